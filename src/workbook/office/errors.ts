/**
 * What goes wrong inside Excel, said the way RAG Board says everything: a RagBoardError with
 * what happened, where, and what to do. An OfficeExtension.Error is never swallowed: it
 * becomes an ExcelApiError carrying Excel's code, the API member Excel names in
 * debugInfo.errorLocation, and the original error as cause.
 */
import { RagBoardError, type ErrorLocation, type RagBoardErrorKind } from '../../engine/errors';

/** What the adapter was doing; it decides the kind of error and the words used. */
export type Operation = 'read' | 'apply' | 'clear' | 'select' | 'settings';

const DOING: Record<Operation, string> = {
  read: 'read the workbook',
  apply: 'write the summary sheets and colour rules',
  clear: "take RAG Board's sheets and colour rules off",
  select: 'go to the cell',
  settings: "save RAG Board's settings in the workbook",
};

/** The kind a failure of Excel's gets: reading fails as unreadable input, writing as cannot-write. */
export function kindFor(op: Operation): RagBoardErrorKind {
  if (op === 'read') return 'unreadable-input';
  if (op === 'select') return 'internal';
  return 'cannot-write';
}

/** A failure Excel reported through the JavaScript API. */
export class ExcelApiError extends RagBoardError {
  /** Excel's error code ("InvalidArgument", "AccessDenied", ...). */
  readonly code: string;
  /** The API member Excel blamed (debugInfo.errorLocation, e.g. "Range.values"), where it said. */
  readonly errorLocation: string | undefined;

  constructor(kind: RagBoardErrorKind, message: string, code: string, errorLocation: string | undefined, options: { where?: ErrorLocation; hint?: string; cause?: unknown }) {
    super(kind, message, options);
    this.code = code;
    this.errorLocation = errorLocation;
  }
}

/** The shape of OfficeExtension.Error that we rely on. */
interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string; readonly statement?: string };
}

/** True for an OfficeExtension.Error (by class where Office.js is loaded, else by its shape). */
export function isOfficeError(e: unknown): e is OfficeErrorLike {
  if (typeof OfficeExtension !== 'undefined' && typeof OfficeExtension.Error === 'function' && e instanceof OfficeExtension.Error) return true;
  if (typeof e !== 'object' || e === null) return false;
  const x = e as { code?: unknown; debugInfo?: unknown };
  return typeof x.code === 'string' && typeof x.debugInfo === 'object' && x.debugInfo !== null;
}

function hintFor(code: string, op: Operation): string {
  const partial = op === 'apply' || op === 'clear' ? ' Part of the change may already be in the workbook: running RAG Board again finishes it (it replaces its own sheets and rules), or press Undo.' : '';
  switch (code) {
    case 'AccessDenied':
      return `A sheet or the workbook's structure is protected, or the workbook is read-only. Unprotect it in Excel (Review > Unprotect Sheet, or Review > Protect Workbook) and try again.${partial}`;
    case 'InvalidOperationInCellEditMode':
      return 'Excel is waiting for you to finish editing a cell. Press Enter or Esc in the cell and try again.';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return `The workbook is too large for Excel on the web to pass in one go. Open it in the Excel desktop app, or use the rag-board command line on the .xlsx file.${partial}`;
    case 'ItemNotFound':
      return `A sheet was renamed or deleted while RAG Board was working. Run RAG Board again.${partial}`;
    case 'ItemAlreadyExists':
      return `A sheet or name RAG Board needs was added while it was working. Run RAG Board again.${partial}`;
    case 'ApiNotFound':
    case 'UnsupportedOperation':
    case 'NotImplemented':
      return 'This version of Excel lacks a feature RAG Board uses. Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web, or use the rag-board command line.';
    default:
      return `Try again. If it keeps failing, report it with the code ${code}.${partial}`;
  }
}

/** An OfficeExtension.Error as a RagBoardError: Excel's code and location kept, the original as cause. */
export function fromOfficeError(e: OfficeErrorLike, op: Operation, where?: ErrorLocation): ExcelApiError {
  const location = e.debugInfo?.errorLocation || undefined;
  const detail = [e.code, location && `at ${location}`].filter(Boolean).join(' ');
  const said = (e.message || '').replace(/\s+$/, '').replace(/\.$/, '');
  return new ExcelApiError(kindFor(op), `Excel could not ${DOING[op]}: ${said || 'it reported an error'} (${detail})`, e.code, location, {
    where,
    hint: hintFor(e.code, op),
    cause: e,
  });
}

/** Anything thrown in a batch, as a RagBoardError: ours pass through, Excel's are wrapped, the rest are our fault. */
export function toRagBoardError(e: unknown, op: Operation): RagBoardError {
  if (e instanceof RagBoardError) return e;
  if (isOfficeError(e)) return fromOfficeError(e, op);
  const message = e instanceof Error ? e.message : String(e);
  return new RagBoardError('internal', `RAG Board failed while trying to ${DOING[op]}: ${message}`, {
    cause: e,
    hint: 'Please report this, with what you were doing.',
  });
}

/** A feature this version of Excel does not have. */
export function missingFeature(op: Operation, what: string, version: string): RagBoardError {
  return new RagBoardError(op === 'read' ? 'unreadable-input' : 'cannot-write', `RAG Board needs the Excel JavaScript API ${version} (ExcelApi ${version}) for ${what}, and this version of Excel does not have it`, {
    hint: 'Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web; or run the rag-board command line on the .xlsx file. Nothing was changed.',
  });
}

/** The write plan asks for something the adapter must not do: a fault of ours, found before anything is written. */
export function planFault(message: string, where?: ErrorLocation): RagBoardError {
  return new RagBoardError('internal', `The write plan cannot be carried out: ${message}`, {
    where,
    hint: 'Nothing was written. Please report this.',
  });
}

/** The workbook as it is cannot take the change; said before anything is written. */
export function cannotWrite(message: string, hint: string, where?: ErrorLocation): RagBoardError {
  return new RagBoardError('cannot-write', message, { where, hint });
}
