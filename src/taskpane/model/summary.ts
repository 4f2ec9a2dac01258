/**
 * What the Overview shows, worked out from an analysis: per budget table its totals and RAG
 * counts, per register its grade counts by slot and the risks at or above the board
 * threshold, and the checks by severity. Pure, so it is tested on real engine output.
 */
import { rangeA1 } from '../../engine/grid';
import type { Analysis, BudgetRow, BudgetTable, Rag, RiskRegister, RiskSlot, Severity, Units } from '../../engine/model';
import { RISK_SLOTS } from '../../engine/model';
import { bandRange, boardThresholdFor } from '../../engine/rag/scheme';

export type RagCounts = Record<Rag, number> & { none: number };

export interface BudgetTotals {
  readonly ytdBudget: number | null;
  readonly ytdActual: number | null;
  readonly ytdVariance: number | null;
  readonly annualBudget: number | null;
  readonly forecastOutturn: number | null;
  readonly forecastVariance: number | null;
}

export interface BudgetTableSummary {
  readonly key: string;
  readonly sheet: string;
  readonly range: string;
  readonly title: string | null;
  readonly units: Units;
  readonly lines: number;
  readonly totals: BudgetTotals;
  /** Where the totals come from: the table's own Total row, or the sum of its lines. */
  readonly totalsFrom: 'total row' | 'sum of lines';
  readonly rag: RagCounts;
  /** Lines whose forecast was worked out (straight line) rather than typed. */
  readonly workedOutForecasts: number;
  /** Of those, forecast from each month's budget still to come (the rest straight-line). */
  readonly profiledForecasts: number;
}

export interface GradeCount {
  readonly grade: string;
  readonly colour: string;
  readonly min: number;
  readonly max: number;
  /** The scores it takes, as the legend prints them ("8–12"; none on a grid). */
  readonly range: string;
  readonly count: number;
}

export interface SlotGrades {
  readonly slot: RiskSlot;
  readonly grades: ReadonlyArray<GradeCount>;
  /** Open risks with no score in this slot. */
  readonly unscored: number;
}

export interface RegisterSummary {
  readonly key: string;
  readonly sheet: string;
  readonly range: string;
  readonly title: string | null;
  readonly schemeId: string;
  readonly schemeLabel: string;
  /** "Key!A3" where the workbook's own key was used. */
  readonly schemeSource: string | null;
  readonly risks: number;
  readonly open: number;
  readonly closed: number;
  readonly slots: ReadonlyArray<RiskSlot>;
  readonly grades: ReadonlyArray<SlotGrades>;
  /** Open risks whose latest score (residual, else current, else inherent) is at or above the board threshold. */
  readonly atOrAboveBoard: number;
  readonly boardThreshold: number;
}

export interface AnalysisSummary {
  readonly budgets: ReadonlyArray<BudgetTableSummary>;
  readonly registers: ReadonlyArray<RegisterSummary>;
  /** Over every budget line of every table. */
  readonly rag: RagCounts;
  readonly checks: Readonly<Record<Severity, number>>;
  /** Of the info checks, the sums that could not be checked (the rest are within rounding). */
  readonly notCheckable: number;
  readonly notes: ReadonlyArray<string>;
  /** One sentence for the status line and screen readers. */
  readonly headline: string;
}

export function tableKey(t: { sheet: string; range: { top: number; left: number; bottom: number; right: number } }): string {
  return `${t.sheet}!${rangeA1(t.range)}`;
}

export function emptyRagCounts(): RagCounts {
  return { R: 0, A: 0, G: 0, none: 0 };
}

export function ragCounts(rows: ReadonlyArray<BudgetRow>): RagCounts {
  const counts = emptyRagCounts();
  for (const r of rows) {
    if (r.kind !== 'line') continue;
    if (r.rag) counts[r.rag.rag]++;
    else counts.none++;
  }
  return counts;
}

const TOTAL_KEYS = ['ytdBudget', 'ytdActual', 'ytdVariance', 'annualBudget', 'forecastOutturn', 'forecastVariance'] as const;

function budgetTotals(t: BudgetTable): { totals: BudgetTotals; from: 'total row' | 'sum of lines' } {
  const total = [...t.rows].reverse().find((r) => r.kind === 'total');
  if (total) {
    const totals = Object.fromEntries(TOTAL_KEYS.map((k) => [k, total[k]])) as unknown as BudgetTotals;
    return { totals, from: 'total row' };
  }
  const lines = t.rows.filter((r) => r.kind === 'line');
  const sum = (k: (typeof TOTAL_KEYS)[number]) => {
    const values = lines.map((r) => r[k]).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const totals = Object.fromEntries(TOTAL_KEYS.map((k) => [k, sum(k)])) as unknown as BudgetTotals;
  return { totals, from: 'sum of lines' };
}

export function summariseBudget(t: BudgetTable): BudgetTableSummary {
  const { totals, from } = budgetTotals(t);
  const lines = t.rows.filter((r) => r.kind === 'line');
  return {
    key: tableKey(t),
    sheet: t.sheet,
    range: rangeA1(t.range),
    title: t.title,
    units: t.units,
    lines: lines.length,
    totals,
    totalsFrom: from,
    rag: ragCounts(t.rows),
    workedOutForecasts: lines.filter((r) => r.forecastMethod === 'straight-line' || r.forecastMethod === 'profiled').length,
    profiledForecasts: lines.filter((r) => r.forecastMethod === 'profiled').length,
  };
}

/** The score a board reads for a risk: the latest slot it has (residual, else current, else inherent). */
export function headlineSlotScore(register: RiskRegister, risk: RiskRegister['risks'][number]): number | null {
  for (const slot of ['residual', 'current', 'inherent'] as const) {
    if (!register.slots.includes(slot)) continue;
    const s = risk.scores[slot]?.score;
    if (s !== null && s !== undefined) return s;
  }
  return null;
}

export function summariseRegister(r: RiskRegister, boardThreshold: number): RegisterSummary {
  const open = r.risks.filter((x) => !x.closed);
  const slots = RISK_SLOTS.filter((s) => r.slots.includes(s));
  const grades: SlotGrades[] = slots.map((slot) => {
    let unscored = 0;
    const counts = new Map<string, number>();
    for (const risk of open) {
      const s = risk.scores[slot];
      // (A grade in words that names a band, "Residual Risk: Low" beside scored columns, counts under it.)
      const band = s?.grade ? r.scheme.bands.find((b) => b.name.toLowerCase() === s.grade!.toLowerCase()) : undefined;
      if (!s || (s.score === null && !band) || !s.grade) {
        unscored++;
        continue;
      }
      const name = band?.name ?? s.grade;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return {
      slot,
      grades: r.scheme.bands.map((b) => ({ grade: b.name, colour: b.colour, min: b.min, max: b.max, range: bandRange(r.scheme, b), count: counts.get(b.name) ?? 0 })),
      unscored,
    };
  });
  return {
    key: tableKey(r),
    sheet: r.sheet,
    range: rangeA1(r.range),
    title: r.title,
    schemeId: r.scheme.id,
    schemeLabel: r.scheme.label,
    schemeSource: r.scheme.source ? `${r.scheme.source.sheet}!${r.scheme.source.cell}` : null,
    risks: r.risks.length,
    open: open.length,
    closed: r.risks.length - open.length,
    slots,
    grades,
    atOrAboveBoard: open.filter((x) => (headlineSlotScore(r, x) ?? 0) >= boardThresholdFor(r.scheme, boardThreshold)).length,
    boardThreshold: boardThresholdFor(r.scheme, boardThreshold),
  };
}

export function summarise(analysis: Analysis, options: { boardThreshold?: number } = {}): AnalysisSummary {
  const boardThreshold = options.boardThreshold ?? 12;
  const budgets = analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget').map(summariseBudget);
  const registers = analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk').map((r) => summariseRegister(r, boardThreshold));
  const rag = emptyRagCounts();
  for (const b of budgets) for (const k of ['R', 'A', 'G', 'none'] as const) rag[k] += b.rag[k];
  const checks: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const c of analysis.checks) checks[c.severity]++;
  const notCheckable = analysis.checks.filter((c) => c.code === 'not_checkable').length;
  return { budgets, registers, rag, checks, notCheckable, notes: analysis.notes, headline: headline(budgets, registers, checks) };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function headline(budgets: BudgetTableSummary[], registers: RegisterSummary[], checks: Record<Severity, number>): string {
  if (budgets.length === 0 && registers.length === 0) return 'No budget table or risk register was found.';
  const found = [budgets.length ? count(budgets.length, 'budget table') : '', registers.length ? count(registers.length, 'risk register') : '']
    .filter(Boolean)
    .join(' and ');
  const issues = [checks.error ? count(checks.error, 'error') : '', checks.warning ? count(checks.warning, 'warning') : ''].filter(Boolean);
  return `Found ${found}; ${issues.length ? issues.join(' and ') : 'no errors or warnings'}.`;
}

/** "7 Green, 1 Amber, 1 Red" — words, in the order a board reads them (worst first). */
export function ragSentence(counts: RagCounts): string {
  const parts = [`${counts.R} Red`, `${counts.A} Amber`, `${counts.G} Green`];
  if (counts.none) parts.push(`${counts.none} not graded`);
  return parts.join(', ');
}
