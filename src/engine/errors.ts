/**
 * One error type for everything the user can be told about. It keeps the inner error
 * (so a developer can still see what went wrong underneath) while the message stays
 * the user's: what happened, where, and what to do.
 */
export type RagBoardErrorKind =
  /** The command or call was given something it cannot use (unknown option, bad config). */
  | 'bad-arguments'
  /** The workbook could not be read: missing, not a workbook, corrupt, encrypted. */
  | 'unreadable-input'
  /** The workbook was read but cannot be written back (protected sheet, name clash we cannot avoid). */
  | 'cannot-write'
  /** Anything else: a fault of ours. */
  | 'internal';

export interface ErrorLocation {
  readonly sheet?: string;
  readonly cell?: string;
  readonly file?: string;
}

export class RagBoardError extends Error {
  readonly kind: RagBoardErrorKind;
  readonly where: ErrorLocation | undefined;
  /** What the user can do about it, in one sentence. */
  readonly hint: string | undefined;
  override readonly cause: unknown;

  constructor(
    kind: RagBoardErrorKind,
    message: string,
    options: { where?: ErrorLocation; hint?: string; cause?: unknown } = {},
  ) {
    super(message);
    this.name = 'RagBoardError';
    this.kind = kind;
    this.where = options.where;
    this.hint = options.hint;
    this.cause = options.cause;
  }

  /** One line for a person: "what (where). what to do". */
  describe(): string {
    const place = [this.where?.file, this.where?.sheet && `sheet "${this.where.sheet}"`, this.where?.cell && `cell ${this.where.cell}`]
      .filter(Boolean)
      .join(', ');
    const what = this.message.replace(/\.\s*$/, '');
    const hint = this.hint ? ` ${this.hint.replace(/([^.!?])$/, '$1.')}` : '';
    return `${what}${place ? ` (${place})` : ''}.${hint}`;
  }
}

export function isRagBoardError(e: unknown): e is RagBoardError {
  return e instanceof RagBoardError;
}
