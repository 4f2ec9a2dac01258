/** The engine operations the pane asks of its worker, over any RpcClient. */
import type { WorkbookGrids } from '../../engine/grid';
import type { PaneSettings } from '../model/settingsStore';
import type { EngineResult, PlanResult } from './engineOps';
import type { ProgressFn, RpcClient } from './rpc';

export interface EngineClient {
  load(grids: WorkbookGrids): Promise<void>;
  analyse(settings: PaneSettings, progress?: ProgressFn): Promise<EngineResult>;
  plan(settings: PaneSettings, takenAt: string | null, progress?: ProgressFn): Promise<PlanResult>;
  dispose(): void;
}

export function engineClientOver(rpc: RpcClient): EngineClient {
  return {
    load: async (grids) => {
      await rpc.call('load', [grids]);
    },
    analyse: (settings, progress) => rpc.call<EngineResult>('analyse', [settings], progress),
    plan: (settings, takenAt, progress) => rpc.call<PlanResult>('plan', [settings, takenAt], progress),
    dispose: () => rpc.dispose(),
  };
}

export type { EngineResult, PlanResult };
