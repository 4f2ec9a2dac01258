/**
 * The pane's way to the engine: a worker, so a large workbook never freezes the pane and
 * the progress bar keeps moving; the engine's code is loaded only then, not with the pane.
 * (Kept apart from engineClientCore: the import.meta webpack needs here cannot load in the
 * node tests.)
 */
import { engineClientOver, type EngineClient, type EngineResult, type PlanResult } from './engineClientCore';
import { RpcClient } from './rpc';

export type { EngineClient, EngineResult, PlanResult };

export function createEngineClient(): EngineClient {
  return engineClientOver(
    new RpcClient(
      // webpack bundles the worker from this form. (@ts-ignore: the node tsconfig compiles to
      // CommonJS, where import.meta is not allowed; the web build compiles to ES modules.)
      // @ts-ignore
      () => new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'rag-board-engine' }),
      () => import(/* webpackChunkName: "engine" */ './engineOps').then((m) => m.createEngineHandlers()),
    ),
  );
}
