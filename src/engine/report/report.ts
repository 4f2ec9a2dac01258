/**
 * The JSON report: the contract other tools read (schema rag-board/report@1). Field names
 * here are fixed by design.md; fields may be added, never renamed. Rows are 1-based Excel
 * rows and cells A1 addresses, as a person reading the sheet would give them.
 */
import { a1, columnLetter, rangeA1, sumArguments } from '../grid';
import { Analysis, BudgetRow, BudgetTable, Check, RiskEntry, RiskRegister, RiskScore, RISK_SLOTS } from '../model';
import { formatDate } from '../cells/date';

export const REPORT_SCHEMA = 'rag-board/report@1';

export interface ReportScore {
  likelihood: number | null;
  consequence: number | null;
  score: number | null;
  grade: string | null;
  typedScore: number | null;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  source: string;
  generatedSheets: string[];
  tables: (BudgetTableReport | RiskRegisterReport)[];
  checks: CheckReport[];
  notes: string[];
  summary: {
    budgetTables: number;
    budgetLines: number;
    riskRegisters: number;
    risks: number;
    checksBySeverity: Record<'error' | 'warning' | 'info', number>;
  };
}

/** A column's letter and header; for a figure added up from months, the columns added ("C:G", or "C,E,G"). */
export interface ColumnReport {
  column: string;
  header: string;
  adds?: string;
}

export interface BudgetTableReport {
  sheet: string;
  kind: 'budget';
  range: string;
  title: string | null;
  units: string | null;
  columns: Record<string, ColumnReport>;
  sheetSign: string;
  sheetSignSource: string;
  monthsElapsed: number | null;
  hiddenColumns: string[];
  rows: BudgetRowReport[];
}

export interface BudgetRowReport {
  row: number;
  label: string | null;
  /** The cost centre, nominal code or line letter printed before the name, where there is one. */
  code: string | null;
  section: string | null;
  kind: string;
  ytdBudget: number | null;
  ytdActual: number | null;
  ytdVariance: number | null;
  ytdVariancePct: number | null;
  annualBudget: number | null;
  forecastOutturn: number | null;
  forecastMethod: string | null;
  /** "actual-less-variance" where the sheet prints no budget to date and it was worked out from the actual and the variance; else null. */
  ytdBudgetMethod: string | null;
  forecastVariance: number | null;
  forecastVariancePct: number | null;
  reported: { ytdVariance: number | null; forecastVariance: number | null };
  rag: string | null;
  ragReason: string | null;
  income: boolean;
  hidden: boolean;
}

export interface RiskRegisterReport {
  sheet: string;
  kind: 'risk';
  range: string;
  title: string | null;
  scheme: string;
  schemeBands: { name: string; min: number; max: number; colour: string }[];
  schemeSource: string | null;
  /** The top of the register's own rating scale where its header states one beyond the matrix ("Probability 0-10": 10): its scores are checked on it, not graded; else null. */
  ratingScale: number | null;
  /** Slots whose ratings the register works from impacts in several areas: read as typed, not graded. */
  slotsRatedAsTyped: string[];
  /** Its likelihoods and impacts are averages with decimals (a workshop's mean votes): checked to their rounding, graded by the band each score reaches, on no heat map. */
  averagedRatings: boolean;
  /** The scales it rates as shares of one ("likelihood", "consequence"): a likelihood as a probability (0.85); read and multiplied as printed, graded by no band, on no heat map. Empty where its ratings are levels. */
  ratedAsShares: string[];
  /** The third rating its scores are the product of, with likelihood and impact ("Controls (1-3)"), as headed; else null. Graded only where a band of the workbook's own key holds the score, on no heat map. */
  scoredWithThirdRating: string | null;
  /** "table": a header row over a row a risk; "cards": a risk to a block, scores in labelled cells (no columns). */
  layout: 'table' | 'cards';
  columns: Record<string, ColumnReport>;
  asAt: string | null;
  hiddenColumns: string[];
  risks: RiskReport[];
}

export interface RiskReport {
  row: number;
  ref: string | null;
  title: string | null;
  section: string | null;
  owner: string | null;
  reviewDate: string | null;
  trend: string | null;
  closed: boolean;
  hidden: boolean;
  inherent: ReportScore | null;
  current: ReportScore | null;
  residual: ReportScore | null;
  target: ReportScore | null;
}

export interface CheckReport {
  sheet: string;
  cell: string;
  where: string;
  code: string;
  severity: string;
  message: string;
}

export function buildReport(analysis: Analysis, source: string, generatedSheets: string[] = []): Report {
  const tables = analysis.tables.map((t) => (t.kind === 'budget' ? budgetTableReport(t) : registerReport(t)));
  const checksBySeverity = { error: 0, warning: 0, info: 0 };
  for (const c of analysis.checks) checksBySeverity[c.severity]++;
  return {
    schema: REPORT_SCHEMA,
    source,
    generatedSheets,
    tables,
    checks: analysis.checks.map(checkReport),
    notes: [...analysis.notes],
    summary: {
      budgetTables: analysis.tables.filter((t) => t.kind === 'budget').length,
      budgetLines: analysis.tables.reduce((n, t) => n + (t.kind === 'budget' ? t.rows.filter((r) => r.kind === 'line').length : 0), 0),
      riskRegisters: analysis.tables.filter((t) => t.kind === 'risk').length,
      risks: analysis.tables.reduce((n, t) => n + (t.kind === 'risk' ? t.risks.length : 0), 0),
      checksBySeverity,
    },
  };
}

function columnsOf(columns: ReadonlyArray<{ role: string; col: number; header: string; adds?: ReadonlyArray<number> }>): Record<string, ColumnReport> {
  const out: Record<string, ColumnReport> = {};
  for (const c of columns) {
    out[c.role] = { column: columnLetter(c.col), header: c.header };
    if (c.adds) out[c.role]!.adds = sumArguments(c.adds, columnLetter, (a, b) => `${columnLetter(a)}:${columnLetter(b)}`);
  }
  return out;
}

function budgetTableReport(t: BudgetTable): BudgetTableReport {
  return {
    sheet: t.sheet,
    kind: 'budget',
    range: rangeA1(t.range),
    title: t.title,
    units: t.units,
    columns: columnsOf(t.columns),
    sheetSign: t.sheetSign,
    sheetSignSource: t.sheetSignSource,
    monthsElapsed: t.monthsElapsed,
    hiddenColumns: t.hiddenColumns.map(columnLetter),
    rows: t.rows.map(budgetRowReport),
  };
}

function budgetRowReport(r: BudgetRow): BudgetRowReport {
  return {
    row: r.row + 1,
    label: r.label,
    code: r.code,
    section: r.section,
    kind: r.kind,
    ytdBudget: r.ytdBudget,
    ytdActual: r.ytdActual,
    ytdVariance: r.ytdVariance,
    ytdVariancePct: r.ytdVariancePct,
    annualBudget: r.annualBudget,
    forecastOutturn: r.forecastOutturn,
    forecastMethod: r.forecastMethod,
    ytdBudgetMethod: r.ytdBudgetMethod ?? null,
    forecastVariance: r.forecastVariance,
    forecastVariancePct: r.forecastVariancePct,
    reported: { ...r.reported },
    rag: r.rag?.rag ?? null,
    ragReason: r.rag?.reason ?? null,
    income: r.income,
    hidden: r.hidden,
  };
}

function scoreReport(s: RiskScore | null): ReportScore | null {
  if (!s) return null;
  return { likelihood: s.likelihood, consequence: s.consequence, score: s.score, grade: s.grade, typedScore: s.typedScore };
}

function registerReport(t: RiskRegister): RiskRegisterReport {
  return {
    sheet: t.sheet,
    kind: 'risk',
    range: rangeA1(t.range),
    title: t.title,
    scheme: t.scheme.id,
    schemeBands: t.scheme.bands.map((b) => ({ ...b })),
    schemeSource: t.scheme.source ? `${t.scheme.source.sheet}!${t.scheme.source.cell}` : null,
    ratingScale: t.ratingScale ?? null,
    slotsRatedAsTyped: [...(t.typedOnlySlots ?? [])],
    averagedRatings: t.averagedRatings === true,
    ratedAsShares: [...(t.shareScales ?? [])],
    scoredWithThirdRating: t.scoreFactor?.header ?? null,
    layout: t.layout ?? 'table',
    columns: columnsOf(t.columns),
    asAt: t.asAt ? formatDate(t.asAt) : null,
    hiddenColumns: t.hiddenColumns.map(columnLetter),
    risks: t.risks.map(riskReport),
  };
}

function riskReport(r: RiskEntry): RiskReport {
  const slots = Object.fromEntries(RISK_SLOTS.map((s) => [s, scoreReport(r.scores[s])])) as Record<(typeof RISK_SLOTS)[number], ReportScore | null>;
  return {
    row: r.row + 1,
    ref: r.ref,
    title: r.title,
    section: r.section,
    owner: r.owner,
    reviewDate: r.reviewDate ? formatDate(r.reviewDate) : null,
    trend: r.trend,
    closed: r.closed,
    hidden: r.hidden,
    inherent: slots.inherent,
    current: slots.current,
    residual: slots.residual,
    target: slots.target,
  };
}

function checkReport(c: Check): CheckReport {
  return { sheet: c.sheet, cell: a1(c.row, c.col), where: c.where, code: c.code, severity: c.severity, message: c.message };
}
