/**
 * The Settings form: what the boxes show for a config, and the config the boxes make,
 * validated by the engine's own parseConfig (the same rules as the command line's
 * --config), with each problem put under the box it is about.
 */
import { DEFAULT_CONFIG, parseConfig } from '../../engine/config';
import { isRagBoardError } from '../../engine/errors';
import { PRESET_SCHEMES } from '../../engine/rag/scheme';
import { pctInput } from './format';
import type { ConfigInput } from './settingsStore';

export interface SettingsForm {
  /** "workbook" (the workbook's own key, else npsa-4band), a preset id, or "custom" (bands from saved settings). */
  scheme: string;
  boardThreshold: string;
  amberPct: string;
  redPct: string;
  underspendAmberPct: string;
  materiality: string;
  basis: 'forecast' | 'ytd';
  sign: 'overspend-positive' | 'favourable-positive';
  /** What the Budget Summary lists: every line, the exceptions, or every line up to the limit. */
  summaryLines: 'all' | 'exceptions' | 'limit';
  /** The limit, as typed; judged only when the choice is "limit". */
  summaryLinesLimit: string;
}

export type FieldName = keyof SettingsForm;
export type FieldErrors = Partial<Record<FieldName, string>>;

export const FIELD_LABEL: Readonly<Record<FieldName, string>> = {
  scheme: 'Risk grading scheme',
  boardThreshold: 'Board threshold (risk score)',
  amberPct: 'Amber from (overspend, % of budget)',
  redPct: 'Red from (overspend, % of budget)',
  underspendAmberPct: 'Underspend amber from (% of budget)',
  materiality: 'Materiality (£, red at or above; 0 for none)',
  basis: 'Variance that sets a line’s RAG',
  sign: 'Sign of variances',
  summaryLines: 'Lines listed for each table',
  summaryLinesLimit: 'Most lines listed in full',
};

/** The boxes in the order they are shown: the first with a problem takes the focus on Save. */
export const FIELD_ORDER: ReadonlyArray<FieldName> = ['amberPct', 'redPct', 'underspendAmberPct', 'materiality', 'basis', 'sign', 'summaryLines', 'summaryLinesLimit', 'scheme', 'boardThreshold'];

/** Excel's most rows: the largest limit the engine takes. */
const MOST_LINES = 1_048_576;

/** The config key each box sets, as parseConfig names it in its messages. */
const CONFIG_PATH: Readonly<Record<FieldName, string>> = {
  scheme: 'risk.scheme',
  boardThreshold: 'risk.boardThreshold',
  amberPct: 'budget.amberPct',
  redPct: 'budget.redPct',
  underspendAmberPct: 'budget.underspendAmberPct',
  materiality: 'budget.materiality',
  basis: 'budget.basis',
  sign: 'budget.sign',
  // The engine can only find fault with the number, so its message goes under the number box.
  summaryLinesLimit: 'budget.summaryLines',
  summaryLines: 'budget.summaryLines',
};

export interface SchemeOption {
  readonly value: string;
  readonly label: string;
}

export function schemeOptions(config: ConfigInput): SchemeOption[] {
  const options: SchemeOption[] = [
    { value: 'workbook', label: 'The workbook’s own key (NPSA 5x5 where it has none)' },
    ...Object.values(PRESET_SCHEMES).map((s) => ({ value: s.id, label: s.label })),
  ];
  if (typeof config.risk?.scheme === 'object') options.push({ value: 'custom', label: 'Custom bands (from the saved settings)' });
  return options;
}

export function formFromConfig(config: ConfigInput): SettingsForm {
  const b = { ...DEFAULT_CONFIG.budget, ...(config.budget ?? {}) };
  const scheme = config.risk?.scheme;
  return {
    scheme: scheme === undefined || scheme === 'auto' ? 'workbook' : typeof scheme === 'string' ? scheme : 'custom',
    boardThreshold: String(config.risk?.boardThreshold ?? DEFAULT_CONFIG.risk.boardThreshold),
    amberPct: pctInput(b.amberPct),
    redPct: pctInput(b.redPct),
    underspendAmberPct: pctInput(b.underspendAmberPct),
    materiality: String(b.materiality),
    basis: b.basis,
    sign: b.sign,
    summaryLines: typeof b.summaryLines === 'number' ? 'limit' : b.summaryLines,
    summaryLinesLimit: String(typeof b.summaryLines === 'number' ? b.summaryLines : DEFAULT_CONFIG.budget.summaryLines),
  };
}

/** "7", "7%", " 7.5 % " -> 7.5; "£10,000" -> 10000; anything else -> null. */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[\s%£,]/g, '');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function fraction(pct: number): number {
  return Number((pct / 100).toPrecision(12));
}

export interface FormResult {
  /** The config to save, or null when a box needs fixing. */
  readonly config: ConfigInput | null;
  readonly errors: FieldErrors;
}

/**
 * The config the form makes, on top of what the saved config holds that the form does not
 * show (income lines, sheet names, asAt, custom bands). Every number is checked for being a
 * number here; everything else is parseConfig's to judge, and its message is shown.
 */
export function configFromForm(form: SettingsForm, base: ConfigInput): FormResult {
  const errors: FieldErrors = {};
  const pct = (field: 'amberPct' | 'redPct' | 'underspendAmberPct') => {
    const n = parseNumber(form[field]);
    if (n === null) errors[field] = 'Enter a percentage, for example 5 for 5%.';
    else if (n < 0 || n > 1000) errors[field] = 'Enter a percentage from 0 to 1000.';
    return n === null ? undefined : fraction(n);
  };
  const amberPct = pct('amberPct');
  const redPct = pct('redPct');
  const underspendAmberPct = pct('underspendAmberPct');
  const materiality = parseNumber(form.materiality);
  if (materiality === null || materiality < 0) errors.materiality = 'Enter an amount in pounds, or 0 for none.';
  const threshold = parseNumber(form.boardThreshold);
  if (threshold === null || !Number.isInteger(threshold) || threshold < 1 || threshold > 25) errors.boardThreshold = 'Enter a whole score from 1 to 25, for example 12.';
  let summaryLines: 'all' | 'exceptions' | number | null = form.summaryLines === 'limit' ? null : form.summaryLines;
  if (form.summaryLines === 'limit') {
    const n = parseNumber(form.summaryLinesLimit);
    if (n === null || !Number.isInteger(n) || n < 1 || n > MOST_LINES) errors.summaryLinesLimit = 'Enter a whole number of lines from 1 to 1,048,576, for example 200.';
    else summaryLines = n;
  }

  const scheme = form.scheme === 'workbook' ? undefined : form.scheme === 'custom' ? base.risk?.scheme : form.scheme;
  const config: ConfigInput = {
    ...base,
    budget: {
      ...(base.budget ?? {}),
      basis: form.basis,
      sign: form.sign,
      ...(amberPct !== undefined ? { amberPct } : {}),
      ...(redPct !== undefined ? { redPct } : {}),
      ...(underspendAmberPct !== undefined ? { underspendAmberPct } : {}),
      ...(materiality !== null && materiality >= 0 ? { materiality } : {}),
      ...(summaryLines !== null ? { summaryLines } : {}),
    },
    risk: {
      ...(base.risk ?? {}),
      ...(threshold !== null ? { boardThreshold: threshold } : {}),
    },
  };
  if (scheme === undefined) delete config.risk!.scheme;
  else config.risk!.scheme = scheme;
  if (Object.keys(errors).length) return { config: null, errors };

  try {
    parseConfig(config, 'Settings');
  } catch (e) {
    if (!isRagBoardError(e)) throw e;
    const named = fieldNamed(e.message);
    // The number box is there only for "limit": otherwise the message goes under the choice.
    const field = named === 'summaryLinesLimit' && form.summaryLines !== 'limit' ? 'summaryLines' : named;
    errors[field] = friendlyMessage(e.message);
    return { config: null, errors };
  }
  return { config, errors };
}

/** The box a parseConfig message is about: the first config key it names. */
export function fieldNamed(message: string): FieldName {
  let best: FieldName = 'scheme';
  let at = Infinity;
  for (const [field, path] of Object.entries(CONFIG_PATH) as [FieldName, string][]) {
    const i = message.indexOf(path);
    if (i >= 0 && i < at) {
      at = i;
      best = field;
    }
  }
  return best;
}

/**
 * parseConfig's message in the form's terms: config keys become the boxes' names, and the
 * fractions it quotes for percentage keys become the percentages the user typed.
 */
export function friendlyMessage(message: string): string {
  let text = message.replace(/^Settings:\s*/, '');
  for (const [field, path] of Object.entries(CONFIG_PATH) as [FieldName, string][]) {
    const isPct = field === 'amberPct' || field === 'redPct' || field === 'underspendAmberPct';
    const name = `“${FIELD_LABEL[field].replace(/ \(.*\)$/, '')}”`;
    text = text.split(path).join(name);
    if (isPct) text = text.replace(new RegExp(`${name} \\(([-\\d.e]+)\\)`, 'g'), (_, f: string) => `${name} (${pctInput(Number(f))}%)`);
  }
  text = text.replace(/^./, (c) => c.toUpperCase());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * True when the form says something the saved settings do not: compared as the engine reads
 * them (defaults filled in), so a form that only shows the saved settings is not "changed",
 * whether the saved settings name every key or none, nor when they hold a value written by
 * hand that the form would refuse (a limit of 0 lines) until the user touches it.
 */
export function formChanged(form: SettingsForm, saved: ConfigInput): boolean {
  if (sameConfig(form as unknown as ConfigInput, formFromConfig(saved) as unknown as ConfigInput)) return false;
  const made = configFromForm(form, saved);
  if (!made.config) return true;
  try {
    return !sameConfig(parseConfig(made.config) as unknown as ConfigInput, parseConfig(saved) as unknown as ConfigInput);
  } catch {
    // Saved settings the engine refuses, and the form shows something else.
    return true;
  }
}

export function sameConfig(a: ConfigInput, b: ConfigInput): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, normalise(x)]),
    );
  }
  return v;
}
