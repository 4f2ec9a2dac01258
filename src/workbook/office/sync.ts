/**
 * context.sync(), with word to the user when Excel is slow to answer, and the one place where
 * a write is cut into requests: Excel on the web refuses a request or response over 5 MB, so
 * writes are queued until the next would pass a budget below that (by the JSON size of what
 * is queued), then synced. The number of syncs follows the size of the data, never the
 * number of rows, sheets or actions.
 *
 * No deadline of our own: every Excel.run asks for delayForCellEdit, and with it "if the user
 * is in cell edit mode then the batch request is delayed until the user exits cell edit mode"
 * (Excel.RunOptions.delayForCellEdit, API reference) — for as long as the edit lasts, and on
 * the desktop until another cell is clicked (OfficeDev/office-js#806). A request held that way
 * is still carried out when the edit ends, so saying it failed would be false. Instead, once a
 * sync has waited waitNoticeMs, the progress says what Excel is waiting for and what to do.
 */
import type { Operation } from './errors';
import type { Requirements } from './requirements';

/** What every step of the adapter is given. */
export interface Deps {
  readonly requirements: Requirements;
  /** Milliseconds a context.sync() waits before the progress says what Excel may be waiting for. */
  readonly waitNoticeMs: number;
  /** Bytes one request or response may carry, as we estimate them. */
  readonly payloadBudget: number;
  /** Bytes a cell costs in a read response (value, number format and value type), as we estimate them. */
  readonly bytesPerCellRead: number;
  /** The most cells read from one sheet. */
  readonly maxCellsPerSheet: number;
}

export type ProgressFn = (fraction: number, what: string) => void;

/** What the progress says while Excel holds a request: what it may be waiting for, and what to do. */
export const WAITING_FOR_EXCEL =
  'Waiting for Excel. If you are typing in a cell, press Enter or Esc (on the desktop, or click another cell): Excel holds RAG Board’s request until the cell edit ends, then carries it out.';

/** One Excel.run: its context, its count of syncs and its progress reports. */
export class Session {
  syncs = 0;
  private fraction = 0;
  private what = '';

  constructor(
    readonly context: Excel.RequestContext,
    readonly deps: Deps,
    readonly op: Operation,
    private readonly progress: ProgressFn | undefined,
  ) {}

  /**
   * context.sync(). Should Excel not have answered within waitNoticeMs, the progress says it is
   * waiting (a cell edit holds the request) and the sync goes on being awaited: never given up.
   */
  async sync(step: string): Promise<void> {
    this.syncs++;
    let waited = false;
    const timer = setTimeout(() => {
      waited = true;
      this.progress?.(this.fraction, WAITING_FOR_EXCEL);
    }, this.deps.waitNoticeMs);
    try {
      await this.context.sync();
    } finally {
      clearTimeout(timer);
      if (waited) this.progress?.(this.fraction, this.what || step);
    }
  }

  report(fraction: number, what: string): void {
    this.fraction = Math.max(0, Math.min(1, fraction));
    this.what = what;
    this.progress?.(this.fraction, what);
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
