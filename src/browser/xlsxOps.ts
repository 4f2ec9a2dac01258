/**
 * The .xlsx work of the browser page, as handlers its worker (or, failing a worker, the
 * page) runs: read into grids, apply a plan, take RAG Board's additions off. The file's
 * bytes stay in this browser.
 */
import type { WritePlan } from '../engine/plan/types';
import { readXlsx } from '../workbook/xlsx/read';
import { applyPlan, clearOwned } from '../workbook/xlsx/write/apply';
import type { Handlers } from '../taskpane/engine/rpc';

export function createXlsxHandlers(): Handlers {
  return {
    read: ([bytes, fileName], progress) =>
      readXlsx(bytes as Uint8Array, { fileName: fileName as string, onProgress: (f) => progress(f, 'Reading the workbook') }),
    apply: ([bytes, plan, fileName, ownSheets], progress) =>
      applyPlan(bytes as Uint8Array, plan as WritePlan, { fileName: fileName as string, ownSheets: ownSheets as ReadonlyArray<string> | undefined, onProgress: progress }),
    clear: ([bytes, fileName, ownSheets], progress) =>
      clearOwned(bytes as Uint8Array, { fileName: fileName as string, ownSheets: ownSheets as ReadonlyArray<string> | undefined, onProgress: progress }),
  };
}
