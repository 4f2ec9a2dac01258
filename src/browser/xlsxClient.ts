/**
 * The page's way to the .xlsx reader and writer, in a worker; their code loads only when a
 * file is opened. (Kept apart from xlsxClientCore: the import.meta webpack needs here cannot
 * load in the node tests.)
 */
import { RpcClient } from '../taskpane/engine/rpc';
import { xlsxClientOver, type XlsxClient } from './xlsxClientCore';

export type { XlsxClient };

export function createXlsxClient(): XlsxClient {
  return xlsxClientOver(
    new RpcClient(
      // (@ts-ignore: import.meta is for the web build's ES modules; the node tsconfig is CommonJS.)
      // @ts-ignore
      () => new Worker(new URL('./xlsx.worker.ts', import.meta.url), { name: 'rag-board-xlsx' }),
      () => import(/* webpackChunkName: "xlsx" */ './xlsxOps').then((m) => m.createXlsxHandlers()),
    ),
  );
}
