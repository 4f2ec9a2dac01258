/**
 * An Excel double for the Office.js adapter's tests: Excel.run, the request context and the
 * part of the Excel object model the adapter uses, over an in-memory workbook, with
 * Office.context.requirements.isSetSupported and Office.context.document.settings.
 *
 * Faithful where the adapter could go wrong: properties cannot be read before load() and
 * sync(); writes apply only at sync(); arrays must have their range's shape; a value that
 * starts with "=" (or "+x", "@x", ...) becomes a formula and "00123" a number unless the
 * cell is formatted as Text; getItemOrNullObject gives null objects; protection, names,
 * visibility, freeze panes, widths, merges, number formats, conditional formats with
 * custom rules, print settings; API versions (a member newer than the double's Excel fails
 * with ApiNotFound); syncs counted with their request and response bytes, either over 5 MB
 * failing as in Excel on the web.
 *
 * As strict as Excel's documented behaviour, and stricter where it is uncertain, each rule with
 * its source beside it (test/workbook/office/strict.test.ts checks each): a very hidden sheet
 * cannot be deleted; getRanges refuses address lists over 8,000 characters; rule formulas over
 * 255 characters are refused; a request made while a cell is being edited waits (with
 * delayForCellEdit) or fails (without); text through Range.formulas may become a formula or
 * lose its apostrophe; fit-to-pages print zoom is not applied; freezing panes on another sheet
 * takes the active sheet; getVisibleView leaves out hidden columns.
 *
 * Not modelled: calculation (a formula cell's value stays empty), the recalculation of
 * conditional formats, tables, charts, pivot tables, comments, data validation, events,
 * undo, the host's own timing beyond an optional delay, and members the adapter does not use.
 */
import { DoubleContext, PAYLOAD_LIMIT, asOfficeError, type Engine, type SyncRecord } from './context';
import { DoubleOfficeError, MESSAGES, officeError } from './errors';
import { WorkbookProxy } from './excel';
import { ModelWorkbook, type SeedWorkbook } from './model';

export { DoubleOfficeError } from './errors';
export { ModelWorkbook, ModelSheet, parseAddress, a1, rectA1 } from './model';
export type { SeedSheet, SeedWorkbook, ModelValue, ModelRule, ModelStyle } from './model';
export { PAYLOAD_LIMIT } from './context';
export type { SyncRecord } from './context';

export interface DoubleOptions {
  /** The ExcelApi version of the double's Excel: "1.13" by default. */
  readonly apiVersion?: string;
  /** Milliseconds each sync takes; 0 by default (it still answers asynchronously). */
  readonly syncDelayMs?: number;
  /** The request and response limit: 5 000 000 bytes by default, as Excel on the web. */
  readonly payloadLimit?: number;
}

function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  if (!m) throw new Error(`not an ExcelApi version: ${version}`);
  return Number(m[1]);
}

export class DoubleSettings {
  readonly values = new Map<string, unknown>();
  /** What the last successful saveAsync kept. */
  saved = new Map<string, unknown>();
  failNextSave: { message: string; code: number } | undefined;

  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    const fail = this.failNextSave;
    this.failNextSave = undefined;
    if (!fail) this.saved = new Map(this.values);
    setTimeout(() => {
      const result = fail
        ? { status: 'failed', error: { name: 'Save failed', message: fail.message, code: fail.code }, value: undefined, asyncContext: undefined, diagnostics: undefined }
        : { status: 'succeeded', value: undefined, asyncContext: undefined, diagnostics: undefined };
      callback?.(result as unknown as Office.AsyncResult<void>);
    }, 0);
  }
}

export class ExcelDouble implements Engine {
  readonly model: ModelWorkbook;
  readonly apiMinor: number;
  readonly syncDelayMs: number;
  readonly payloadLimit: number;
  /** Every sync since the last reset, in order. */
  syncs: SyncRecord[] = [];
  /** The options every Excel.run was given. */
  runs: Array<{ options: unknown }> = [];
  /** Actions still queued when a batch function returned (Excel.run syncs them itself). */
  unsyncedAtEnd = 0;
  readonly settings = new DoubleSettings();
  /** The longest address list given to getRanges, and the longest rule formula set (for the record). */
  longestGetRanges = 0;
  longestRuleFormula = 0;
  /** Set while a cell is being edited (see startCellEdit). */
  private cellEdit: { ended: Promise<void>; end: () => void } | undefined;
  /** Syncs that have reached Excel while a cell edit held them. */
  heldByCellEdit = 0;
  private hangAt = new Set<number>();
  private failAt = new Map<number, DoubleOfficeError>();
  private totalSyncs = 0;

  constructor(seed: SeedWorkbook, options: DoubleOptions = {}) {
    this.model = ModelWorkbook.seed(seed);
    this.apiMinor = minor(options.apiVersion ?? '1.13');
    this.syncDelayMs = options.syncDelayMs ?? 0;
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  readonly date1904 = () => this.model.date1904;

  /** Excel.run as Office.js has it: (batch) or (options, batch). */
  readonly run = (async (a: unknown, b?: unknown) => {
    const batch = (typeof a === 'function' ? a : b) as (ctx: unknown) => Promise<unknown>;
    this.runs.push({ options: typeof a === 'function' ? undefined : a });
    const ctx = new DoubleContext(this);
    ctx.delayForCellEdit = typeof a === 'object' && a !== null && (a as { delayForCellEdit?: unknown }).delayForCellEdit === true;
    ctx.workbook = new WorkbookProxy(ctx, this.model);
    const result = await batch(ctx);
    if (ctx.queue.length > 0) {
      this.unsyncedAtEnd += ctx.queue.length;
      await this.runSync(ctx);
    }
    return result;
  }) as unknown as typeof Excel.run;

  readonly isSetSupported = (name: string, version: string): boolean => name === 'ExcelApi' && minor(version) <= this.apiMinor;

  /**
   * The user starts typing in a cell. Until endCellEdit(), a request from an Excel.run with
   * delayForCellEdit waits ("the batch request is delayed until the user exits cell edit
   * mode"), and one without fails with InvalidOperationInCellEditMode ("if the user is in cell
   * edit when the batch request is processed by the host, the batch automatically fails"):
   * Excel.RunOptions.delayForCellEdit, API reference; OfficeDev/office-js#806 for how long it
   * can last on the desktop.
   */
  startCellEdit(): void {
    if (this.cellEdit) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.cellEdit = { ended, end };
  }

  /** The user presses Enter: held requests go ahead. */
  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = undefined;
    edit?.end();
  }

  /** The n-th sync from now (1 = the next) never answers. */
  hangSync(n = 1): void {
    this.hangAt.add(this.totalSyncs + n);
  }

  /** The n-th sync from now (1 = the next) fails with this error, before doing anything. */
  failSync(error: DoubleOfficeError, n = 1): void {
    this.failAt.set(this.totalSyncs + n, error);
  }

  resetStats(): void {
    this.syncs = [];
    this.runs = [];
    this.unsyncedAtEnd = 0;
  }

  get stats(): { syncs: number; maxRequestBytes: number; maxResponseBytes: number; totalRequestBytes: number; totalResponseBytes: number } {
    return {
      syncs: this.syncs.length,
      maxRequestBytes: Math.max(0, ...this.syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...this.syncs.map((s) => s.responseBytes)),
      totalRequestBytes: this.syncs.reduce((n, s) => n + s.requestBytes, 0),
      totalResponseBytes: this.syncs.reduce((n, s) => n + s.responseBytes, 0),
    };
  }

  async runSync(ctx: DoubleContext): Promise<void> {
    const index = ++this.totalSyncs;
    const actions = ctx.queue;
    ctx.queue = [];
    const requestBytes = ctx.pathBytes + actions.reduce((n, a) => n + a.bytes, 0);
    ctx.pathBytes = 0;
    const record: SyncRecord = { requestBytes, responseBytes: 0, actions: actions.length };
    this.syncs.push(record);
    if (this.hangAt.has(index)) return new Promise<void>(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, this.syncDelayMs));
    while (this.cellEdit) {
      if (!ctx.delayForCellEdit) {
        throw officeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.', 'RequestContext.sync');
      }
      this.heldByCellEdit++;
      await this.cellEdit.ended;
    }
    const fault = this.failAt.get(index);
    if (fault) throw fault;
    if (requestBytes > this.payloadLimit) throw officeError('RequestPayloadSizeLimitExceeded', MESSAGES.request, 'RequestContext.sync');
    const deliver: Array<() => void> = [];
    for (const action of actions) {
      if (action.since > this.apiMinor) throw officeError('ApiNotFound', MESSAGES.apiNotFound, action.location);
      try {
        record.responseBytes += action.run(deliver);
      } catch (e) {
        throw asOfficeError(e, action.location);
      }
    }
    if (record.responseBytes > this.payloadLimit) throw officeError('ResponsePayloadSizeLimitExceeded', MESSAGES.response, 'RequestContext.sync');
    for (const d of deliver) d();
  }

  /** Sets Excel, Office and OfficeExtension as globals, as the add-in page has them; returns the undo. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g['Excel'], Office: g['Office'], OfficeExtension: g['OfficeExtension'] };
    g['Excel'] = { run: this.run };
    g['Office'] = {
      context: { requirements: { isSetSupported: this.isSetSupported }, document: { settings: this.settings } },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    };
    g['OfficeExtension'] = { Error: DoubleOfficeError };
    return () => {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete g[k];
        else g[k] = v;
      }
    };
  }
}
