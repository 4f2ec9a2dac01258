/** The .xlsx operations the browser page asks of its worker, over any RpcClient. */
import type { WorkbookGrids } from '../engine/grid';
import type { WritePlan } from '../engine/plan/types';
import type { ProgressFn, RpcClient } from '../taskpane/engine/rpc';

export interface XlsxClient {
  read(bytes: Uint8Array, fileName: string, progress?: ProgressFn): Promise<WorkbookGrids>;
  /** `ownSheets`: the sheets the last read proved RAG Board's own (its generatedSheets); left out, the writer proves them itself. */
  apply(bytes: Uint8Array, plan: WritePlan, fileName: string, progress?: ProgressFn, ownSheets?: ReadonlyArray<string>): Promise<Uint8Array>;
  clear(bytes: Uint8Array, fileName: string, progress?: ProgressFn, ownSheets?: ReadonlyArray<string>): Promise<Uint8Array>;
}

/** The client over any RpcClient (the page's worker, or in-thread handlers). */
export function xlsxClientOver(rpc: RpcClient): XlsxClient {
  return {
    read: (bytes, fileName, progress) => rpc.call<WorkbookGrids>('read', [bytes, fileName], progress),
    apply: (bytes, plan, fileName, progress, ownSheets) => rpc.call<Uint8Array>('apply', [bytes, plan, fileName, ownSheets], progress),
    clear: (bytes, fileName, progress, ownSheets) => rpc.call<Uint8Array>('clear', [bytes, fileName, ownSheets], progress),
  };
}
