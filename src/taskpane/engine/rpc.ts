/**
 * A small request/response protocol over a Worker, with progress, and with errors that keep
 * what the user needs (RagBoardError's kind, hint and place) across the boundary. When a
 * worker cannot be started (or fails to load), the same handlers run on the page instead.
 */
import { RagBoardError, type ErrorLocation, type RagBoardErrorKind } from '../../engine/errors';

export type ProgressFn = (fraction: number, what: string) => void;
export type Handler = (args: unknown[], progress: ProgressFn) => unknown;
export type Handlers = Readonly<Record<string, Handler>>;

interface Request {
  readonly id: number;
  readonly op: string;
  readonly args: unknown[];
}

type Response =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number; readonly what: string }
  | { readonly id: number; readonly type: 'result'; readonly value: unknown }
  | { readonly id: number; readonly type: 'error'; readonly error: SerialError };

export interface SerialError {
  readonly name: string;
  readonly message: string;
  readonly kind?: RagBoardErrorKind;
  readonly hint?: string;
  readonly where?: ErrorLocation;
}

export function serialiseError(e: unknown): SerialError {
  if (e instanceof RagBoardError) return { name: e.name, message: e.message, kind: e.kind, hint: e.hint, where: e.where ? { ...e.where } : undefined };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: 'Error', message: String(e) };
}

export function reviveError(s: SerialError): Error {
  if (s.kind) return new RagBoardError(s.kind, s.message, { hint: s.hint, where: s.where });
  const e = new Error(s.message);
  e.name = s.name;
  return e;
}

/** Results that are byte arrays go back without a copy. */
function transferList(value: unknown): Transferable[] {
  return value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? [value.buffer as ArrayBuffer] : [];
}

interface WorkerScope {
  onmessage: ((ev: MessageEvent<Request>) => void) | null;
  postMessage(message: Response, transfer?: Transferable[]): void;
}

/** Inside a worker: answers requests with the handlers. */
export function serve(scope: unknown, handlers: Handlers): void {
  const s = scope as WorkerScope;
  s.onmessage = async (ev) => {
    const { id, op, args } = ev.data;
    const progress: ProgressFn = (fraction, what) => s.postMessage({ id, type: 'progress', fraction, what });
    try {
      const handler = handlers[op];
      if (!handler) throw new Error(`no operation "${op}"`);
      const value = await handler(args, progress);
      s.postMessage({ id, type: 'result', value }, transferList(value));
    } catch (e) {
      s.postMessage({ id, type: 'error', error: serialiseError(e) });
    }
  };
}

interface Pending {
  readonly op: string;
  readonly args: unknown[];
  readonly progress: ProgressFn | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export class RpcClient {
  private worker: Worker | null | undefined;
  private inlineHandlers: Promise<Handlers> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private answered = false;

  constructor(
    private readonly spawn: () => Worker,
    private readonly inline: () => Promise<Handlers>,
  ) {}

  call<T>(op: string, args: unknown[], progress?: ProgressFn): Promise<T> {
    const worker = this.getWorker();
    if (!worker) return this.callInline<T>(op, args, progress);
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { op, args, progress, resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, args } satisfies Request);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private async callInline<T>(op: string, args: unknown[], progress?: ProgressFn): Promise<T> {
    this.inlineHandlers ??= this.inline();
    const handlers = await this.inlineHandlers;
    const handler = handlers[op];
    if (!handler) throw new Error(`no operation "${op}"`);
    // Let the page paint the progress bar before the work takes the thread.
    await new Promise((r) => setTimeout(r, 0));
    return (await handler(args, progress ?? (() => undefined))) as T;
  }

  private getWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const w = this.spawn();
      w.onmessage = (ev: MessageEvent<Response>) => this.receive(ev.data);
      w.onerror = (ev) => {
        // A worker that never answered (its script did not load) is given up for the inline handlers.
        if (this.answered) return;
        ev.preventDefault?.();
        this.fallBack();
      };
      this.worker = w;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) this.callInline(p.op, p.args, p.progress).then(p.resolve, p.reject);
  }

  private receive(message: Response): void {
    this.answered = true;
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.progress?.(message.fraction, message.what);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'result') p.resolve(message.value);
    else p.reject(reviveError(message.error));
  }
}
