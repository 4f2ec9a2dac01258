/**
 * context.sync() with a deadline of our own, and the one place where a write is cut into
 * requests: Excel on the web refuses a request or response over 5 MB, so writes are
 * queued until the next would pass a budget below that (by the JSON size of what is
 * queued), then synced. The number of syncs follows the size of the data, never the
 * number of rows, sheets or actions.
 */
import { syncTimedOut, type Operation } from './errors';
import type { Requirements } from './requirements';

/** What every step of the adapter is given. */
export interface Deps {
  readonly requirements: Requirements;
  /** Milliseconds a single context.sync() may take. */
  readonly syncTimeoutMs: number;
  /** Bytes one request or response may carry, as we estimate them. */
  readonly payloadBudget: number;
  /** Bytes a cell costs in a read response (value, number format and value type), as we estimate them. */
  readonly bytesPerCellRead: number;
  /** The most cells read from one sheet. */
  readonly maxCellsPerSheet: number;
}

export type ProgressFn = (fraction: number, what: string) => void;

/** One Excel.run: its context, its deadline, its count of syncs and its progress reports. */
export class Session {
  syncs = 0;

  constructor(
    readonly context: Excel.RequestContext,
    readonly deps: Deps,
    readonly op: Operation,
    private readonly progress: ProgressFn | undefined,
  ) {}

  /** context.sync(), failing with a RagBoardError if Excel has not answered in time. */
  async sync(step: string): Promise<void> {
    this.syncs++;
    await syncWithin(this.context, this.deps.syncTimeoutMs, this.op, step);
  }

  report(fraction: number, what: string): void {
    this.progress?.(Math.max(0, Math.min(1, fraction)), what);
  }
}

/**
 * Races context.sync() against our deadline. A failure Excel reports after the deadline
 * has passed cannot reach the caller any more (it has the timeout error already); it is
 * attached to a handler so that it does not surface as an unhandled rejection.
 */
export async function syncWithin(context: Excel.RequestContext, ms: number, op: Operation, step: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(syncTimedOut(op, ms, step)), ms);
  });
  const synced = context.sync();
  synced.then(
    () => undefined,
    () => undefined,
  );
  try {
    await Promise.race([synced, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Bytes of a value once serialised as JSON and encoded as UTF-8: what it adds to a request. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

export function utf8Length(s: string): number {
  if (!/[^\u0000-\u007f]/.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** What one queued action costs beyond its payload: the object paths and the action itself. */
export const ACTION_OVERHEAD = 400;

/**
 * Queues writes and syncs whenever the next would take the request over the budget. A
 * single write is never larger than the budget: callers cut their data to fit first.
 */
export class WriteBatch {
  private pending = 0;
  private written = 0;

  constructor(
    private readonly session: Session,
    private readonly total: number,
    private readonly progressFrom: number,
    private readonly progressTo: number,
  ) {}

  /** Queues `queue()`, worth `bytes`, syncing first if it would not fit in the current request. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.session.deps.payloadBudget) await this.flush();
    queue();
    this.pending += bytes;
  }

  /** Syncs what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.session.sync('writing to the workbook');
    this.written += this.pending;
    this.pending = 0;
    const share = this.total > 0 ? Math.min(1, this.written / this.total) : 1;
    this.session.report(this.progressFrom + share * (this.progressTo - this.progressFrom), 'Writing');
  }
}
