/** The .xlsx operations the browser page asks of its worker, over any RpcClient. */
import type { WorkbookGrids } from '../engine/grid';
import type { WritePlan } from '../engine/plan/types';
import type { ProgressFn, RpcClient } from '../taskpane/engine/rpc';

export interface XlsxClient {
  read(bytes: Uint8Array, fileName: string, progress?: ProgressFn): Promise<WorkbookGrids>;
  apply(bytes: Uint8Array, plan: WritePlan, fileName: string, progress?: ProgressFn): Promise<Uint8Array>;
  clear(bytes: Uint8Array, fileName: string, progress?: ProgressFn): Promise<Uint8Array>;
}

/** The client over any RpcClient (the page's worker, or in-thread handlers). */
export function xlsxClientOver(rpc: RpcClient): XlsxClient {
  return {
    read: (bytes, fileName, progress) => rpc.call<WorkbookGrids>('read', [bytes, fileName], progress),
    apply: (bytes, plan, fileName, progress) => rpc.call<Uint8Array>('apply', [bytes, plan, fileName], progress),
    clear: (bytes, fileName, progress) => rpc.call<Uint8Array>('clear', [bytes, fileName], progress),
  };
}
