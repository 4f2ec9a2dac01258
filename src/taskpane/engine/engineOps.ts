/**
 * The engine's work for the pane, as handlers the worker (or, failing a worker, the page)
 * runs: keep the workbook's grids, analyse them with the user's settings, plan the write.
 */
import { analyseWorkbook } from '../../engine/analyse';
import { DEFAULT_CONFIG, parseConfig, type RagBoardConfig } from '../../engine/config';
import { isRagBoardError } from '../../engine/errors';
import type { WorkbookGrids } from '../../engine/grid';
import type { Analysis } from '../../engine/model';
import { buildWritePlan } from '../../engine/plan/buildPlan';
import type { WritePlan } from '../../engine/plan/types';
import type { PaneSettings } from '../model/settingsStore';
import type { Handlers, ProgressFn } from './rpc';

/** analyseWorkbook takes the user's column-role corrections (AnalyseOptions.columnRoles). */
export const ENGINE_TAKES_COLUMN_ROLES = true;

export interface EngineResult {
  readonly analysis: Analysis;
  /** Set when the saved settings were not usable and the defaults were used instead. */
  readonly settingsProblem: string | null;
  /** The settings the engine ran with, as the pane shows them. */
  readonly effective: {
    readonly boardThreshold: number;
    readonly sign: RagBoardConfig['budget']['sign'];
    readonly basis: RagBoardConfig['budget']['basis'];
    readonly redPct: number;
    readonly amberPct: number;
  };
  readonly corrections: { readonly saved: number; readonly applied: boolean };
}

export interface PlanResult {
  readonly plan: WritePlan;
  readonly result: EngineResult;
}

function configOf(settings: PaneSettings): { config: RagBoardConfig; problem: string | null } {
  try {
    return { config: parseConfig(settings.config, 'Saved settings'), problem: null };
  } catch (e) {
    if (!isRagBoardError(e)) throw e;
    return { config: DEFAULT_CONFIG, problem: `${e.describe()} The defaults were used; open Settings to correct it.` };
  }
}

export function analyseWith(grids: WorkbookGrids, settings: PaneSettings, progress?: ProgressFn): EngineResult {
  const { config, problem } = configOf(settings);
  const analysis = analyseWorkbook(grids, config, {
    onProgress: (f) => progress?.(f, 'Finding tables and checking figures'),
    columnRoles: settings.columnRoles,
    // The Tables tab says why each column was read as it was, and why other rows were not tables.
    explain: true,
  });
  return {
    analysis,
    settingsProblem: problem,
    effective: {
      boardThreshold: config.risk.boardThreshold,
      sign: config.budget.sign,
      basis: config.budget.basis,
      redPct: config.budget.redPct,
      amberPct: config.budget.amberPct,
    },
    corrections: { saved: settings.columnRoles.length, applied: ENGINE_TAKES_COLUMN_ROLES },
  };
}

export function planWith(grids: WorkbookGrids, settings: PaneSettings, takenAt: string | null, progress?: ProgressFn): PlanResult {
  const result = analyseWith(grids, settings, (f, what) => progress?.(f * 0.8, what));
  const { config } = configOf(settings);
  progress?.(0.9, 'Planning the summary sheets and colour rules');
  const plan = buildWritePlan(grids, result.analysis, config, { takenAt });
  progress?.(1, 'Planned');
  return { plan, result };
}

/** Handlers over one workbook at a time, kept between calls so the grids cross to the worker once. */
export function createEngineHandlers(): Handlers {
  let grids: WorkbookGrids | null = null;
  const need = () => {
    if (!grids) throw new Error('no workbook has been read yet');
    return grids;
  };
  return {
    load: ([g]) => {
      grids = g as WorkbookGrids;
      return null;
    },
    analyse: ([settings], progress) => analyseWith(need(), settings as PaneSettings, progress),
    plan: ([settings, takenAt], progress) => planWith(need(), settings as PaneSettings, (takenAt as string | null) ?? null, progress),
  };
}
