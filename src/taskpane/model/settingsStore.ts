/**
 * The pane's settings as they are remembered with the workbook (port.saveSettings): the
 * same configuration JSON the command line takes with --config (only what the user set),
 * and the user's corrections of column roles. No zod here: the pane's first screen reads
 * these without loading the validator; the engine validates the config when it runs.
 */
import type { ColumnRoleCorrection } from './columns';

export const SETTINGS_SCHEMA = 'rag-board/pane-settings@1';

export interface BandInput {
  name: string;
  min: number;
  max: number;
  colour?: string;
}

/** The --config JSON, every key optional (see README "Configuration"). */
export interface ConfigInput {
  budget?: {
    basis?: 'forecast' | 'ytd';
    amberPct?: number;
    redPct?: number;
    underspendAmberPct?: number;
    materiality?: number;
    sign?: 'overspend-positive' | 'favourable-positive';
    incomeLines?: string[];
    /** What the Budget Summary lists: every line, the exceptions, or every line up to this many (default 200). */
    summaryLines?: 'all' | 'exceptions' | number;
  };
  risk?: { scheme?: string | { bands: BandInput[] }; boardThreshold?: number };
  sheets?: { budgetSummary?: string; riskSummary?: string };
  asAt?: string;
}

export interface PaneSettings {
  readonly config: ConfigInput;
  readonly columnRoles: ReadonlyArray<ColumnRoleCorrection>;
}

export const DEFAULT_SETTINGS: PaneSettings = { config: {}, columnRoles: [] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCorrection(v: unknown): v is ColumnRoleCorrection {
  return (
    isObject(v) &&
    typeof v['sheet'] === 'string' &&
    Number.isInteger(v['headerRow']) &&
    Number.isInteger(v['col']) &&
    (v['role'] === null || typeof v['role'] === 'string')
  );
}

/**
 * Reads saved settings. Never throws: settings someone damaged by hand give the defaults and
 * a sentence saying so, so the pane still opens.
 */
export function readSettings(json: string | null | undefined): { settings: PaneSettings; problem: string | null } {
  if (json === null || json === undefined || json.trim() === '') return { settings: DEFAULT_SETTINGS, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { settings: DEFAULT_SETTINGS, problem: 'The saved RAG Board settings are not readable JSON, so the defaults are used. Save the settings again to replace them.' };
  }
  if (!isObject(parsed) || parsed['schema'] !== SETTINGS_SCHEMA) {
    return { settings: DEFAULT_SETTINGS, problem: 'The saved RAG Board settings are from another version, so the defaults are used. Save the settings again to replace them.' };
  }
  const config = isObject(parsed['config']) ? (parsed['config'] as ConfigInput) : {};
  const roles = Array.isArray(parsed['columnRoles']) ? parsed['columnRoles'].filter(isCorrection) : [];
  return { settings: { config, columnRoles: roles }, problem: null };
}

export function writeSettings(settings: PaneSettings): string {
  return JSON.stringify({ schema: SETTINGS_SCHEMA, config: settings.config, columnRoles: settings.columnRoles });
}

/** The board threshold the settings ask for (the engine's default where they do not say). */
export function boardThresholdOf(settings: PaneSettings): number {
  const t = settings.config.risk?.boardThreshold;
  return typeof t === 'number' && Number.isInteger(t) && t >= 1 && t <= 25 ? t : 12;
}
