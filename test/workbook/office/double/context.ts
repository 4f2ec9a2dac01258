/**
 * The request machinery of the Excel double, as Office.js has it: proxies queue loads,
 * writes and method calls on their context; nothing reaches the workbook until
 * context.sync(), which runs the queue in order (what ran before a failing action stays
 * done, as in Excel), and only then hands loaded values to the proxies. A property read
 * before its load has been synced throws PropertyNotLoaded.
 *
 * Every sync is counted, with the bytes of its request (the JSON of every payload, plus a
 * little per action and per object path) and of its response (the JSON of what was
 * loaded); either over the limit fails the sync as Excel on the web does.
 */
import { DoubleOfficeError, MESSAGES, officeError } from './errors';

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT = 5_000_000;
/** Bytes an action costs in a request besides its payload. */
export const ACTION_BYTES = 100;
/** Bytes an object path (getRange, getItem, ...) costs in a request. */
export const PATH_BYTES = 60;
/** Bytes a loaded object costs in a response besides its data. */
export const LOAD_BYTES = 30;

export interface SyncRecord {
  readonly requestBytes: number;
  responseBytes: number;
  readonly actions: number;
}

export interface Engine {
  /** The longest address list given to getRanges, and the longest rule formula set, so far. */
  longestGetRanges: number;
  longestRuleFormula: number;
  /** The ExcelApi minor version the double's Excel has: 13 for ExcelApi 1.13. */
  readonly apiMinor: number;
  readonly date1904: () => boolean;
  runSync(ctx: DoubleContext): Promise<void>;
}

type Deliver = Array<() => void>;

export interface Action {
  readonly bytes: number;
  readonly location: string;
  /** The ExcelApi minor version the member needs (4 for ExcelApi 1.4). */
  readonly since: number;
  /** Runs against the model; returns the bytes it adds to the response. */
  readonly run: (deliver: Deliver) => number;
}

export class DoubleContext {
  queue: Action[] = [];
  pathBytes = 0;
  /** Set by the double right after construction. */
  workbook!: unknown;
  /** Whether the Excel.run this context belongs to asked for delayForCellEdit. */
  delayForCellEdit = false;

  constructor(readonly engine: Engine) {}

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  sync(): Promise<void> {
    return this.engine.runSync(this);
  }
}

export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/**
 * A proxy of an Excel object: resolves to its model object at the first action that needs
 * it (then keeps it, as Office.js keeps an object once the host has found it).
 */
export abstract class Proxy<M> {
  private resolvedModel: { value: M | null } | undefined;
  /** The ExcelApi minor version every action on this object needs at least. */
  protected readonly since: number;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  protected constructor(
    protected readonly ctx: DoubleContext,
    protected readonly typeName: string,
    private readonly resolver: () => M | null,
    options: { orNull?: boolean; since?: number } = {},
  ) {
    this.since = options.since ?? 1;
    ctx.pathBytes += PATH_BYTES;
    if (options.orNull) {
      ctx.enqueue({
        bytes: 0,
        location: `${typeName}.isNullObject`,
        since: this.since,
        run: (deliver) => {
          const m = this.tryModel();
          deliver.push(() => (this.nullState = m === null));
          return 10;
        },
      });
    }
  }

  /** The model object, or null for a null object. */
  tryModel(): M | null {
    if (!this.resolvedModel) this.resolvedModel = { value: this.resolver() };
    const m = this.resolvedModel.value;
    if (m !== null && !this.alive(m)) throw officeError('ItemNotFound', MESSAGES.notFound, `${this.typeName}`);
    return m;
  }

  /** Whether the model object still exists (a deleted sheet's objects do not). */
  protected alive(_m: M): boolean {
    return true;
  }

  /** Values a collection load hands to its items. */
  receive(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  /** The model object; a null object cannot be acted on. */
  model(location: string): M {
    const m = this.tryModel();
    if (m === null) throw officeError('ItemNotFound', MESSAGES.notFound, location);
    return m;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('isNullObject'), `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** The loadable properties: name -> how to read it from the model. */
  protected abstract readonly loadable: Record<string, (m: M) => unknown>;
  /**
   * Loadable properties that need a later ExcelApi minor version than their object, as
   * @types/office-js lists them ("[Api set: ExcelApi 1.7]" on Workbook.name): name -> version.
   */
  protected readonly propertySince: Record<string, number> = {};

  load(arg?: string | string[] | { select?: string }): this {
    const names = parseLoad(arg, Object.keys(this.loadable));
    for (const n of names) if (!(n in this.loadable)) throw new Error(`the double cannot load ${this.typeName}.${n}`);
    this.ctx.enqueue({
      bytes: 40 + names.join(',').length,
      location: `${this.typeName}.load`,
      since: Math.max(this.since, ...names.map((n) => this.propertySince[n] ?? 1)),
      run: (deliver) => {
        const m = this.tryModel();
        if (m === null) return 10; // a null object loads nothing
        const data: Record<string, unknown> = {};
        for (const n of names) data[n] = this.loadable[n]!(m);
        deliver.push(() => {
          for (const n of names) this.loaded.set(n, data[n]);
        });
        return LOAD_BYTES + jsonBytes(data);
      },
    });
    return this;
  }

  /** A loaded property; throws PropertyNotLoaded as Office.js does before load() and sync(). */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw officeError('PropertyNotLoaded', MESSAGES.notLoaded(prop), `${this.typeName}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  /** Queues setting a property. */
  protected write(prop: string, value: unknown, since: number, apply: (m: M) => void): void {
    const location = `${this.typeName}.${prop}`;
    this.ctx.enqueue({ bytes: ACTION_BYTES + jsonBytes(value), location, since: Math.max(since, this.since), run: () => (apply(this.model(location)), 0) });
  }

  /** Queues a method call. */
  protected call(method: string, args: unknown[], since: number, apply: (m: M) => void): void {
    const location = `${this.typeName}.${method}`;
    this.ctx.enqueue({ bytes: ACTION_BYTES + jsonBytes(args), location, since: Math.max(since, this.since), run: () => (apply(this.model(location)), 0) });
  }

  /** Queues a method call whose result is a value delivered at sync (a ClientResult). */
  protected callWithResult<T>(method: string, args: unknown[], since: number, compute: (m: M) => T): { value: T } {
    const location = `${this.typeName}.${method}`;
    let result: { v: T } | undefined;
    const out = {
      get value(): T {
        if (!result) throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('value'), location);
        return result.v;
      },
    };
    this.ctx.enqueue({
      bytes: ACTION_BYTES + jsonBytes(args),
      location,
      since: Math.max(since, this.since),
      run: (deliver) => {
        const v = compute(this.model(location));
        deliver.push(() => (result = { v }));
        return jsonBytes(v);
      },
    });
    return out;
  }

  /** Runs something at sync without sending anything (the path of a new object). */
  protected touch(location: string, since: number, run: (m: M) => void): void {
    this.ctx.enqueue({ bytes: 0, location, since: Math.max(since, this.since), run: () => (run(this.model(location)), 0) });
  }
}

/** "a,b", ["a","b"], "items/a,items/b", { select: "a,b" } -> ["a","b"]; no argument: everything. */
export function parseLoad(arg: string | string[] | { select?: string } | undefined, all: string[]): string[] {
  let text: string[];
  if (arg === undefined) return all;
  if (typeof arg === 'string') text = arg.split(',');
  else if (Array.isArray(arg)) text = arg.flatMap((a) => a.split(','));
  else text = (arg.select ?? '').split(',');
  const names = text.map((t) => t.trim()).filter(Boolean);
  return names.length === 0 ? all : names;
}

/** Re-throws what an action threw as an Office error naming the action. */
export function asOfficeError(e: unknown, location: string): DoubleOfficeError {
  if (e instanceof DoubleOfficeError) {
    if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = location;
    return e;
  }
  const err = officeError('GeneralException', `An internal error has occurred. (${e instanceof Error ? e.message : String(e)})`, location);
  return err;
}
