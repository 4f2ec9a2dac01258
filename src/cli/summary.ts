/**
 * The short account a person reads in the terminal: what was found, the totals, the RAG
 * counts, and the checks worth acting on. Rounding notes are counted, not listed.
 */
import type { SignConvention } from '../engine/config';
import type { BudgetRowReport, BudgetTableReport, Report, RiskRegisterReport } from '../engine/report/report';
import { inSeverityOrder } from '../engine/risk/gradeWords';

const count = (n: number) => n.toLocaleString('en-GB');

function money(n: number, units: string | null): string {
  const s = Math.abs(units === '£m' ? Math.round(n * 10) / 10 : Math.round(n)).toLocaleString('en-GB');
  return units === "£'000s" ? `£${s}k` : units === '£m' ? `£${s}m` : `£${s}`;
}

export interface DescribeOptions {
  /** The report's sign for variances (config budget.sign): which way is an overspend. */
  readonly sign?: SignConvention;
}

/**
 * A variance with its direction in words: "£124,532 overspend", "£539,416 underspend"; for a
 * table of income lines only, "above budget" and "below budget" (more income is no overspend).
 */
function variance(n: number, units: string | null, sign: SignConvention, income: boolean): string {
  const amount = money(n, units);
  if (amount.replace(/[£0.,km]/g, '') === '') return `${amount} (on budget)`;
  const above = sign === 'overspend-positive' ? n > 0 : n < 0;
  if (income) return `${amount} ${above ? 'above budget' : 'below budget'}`;
  return `${amount} ${above ? 'overspend' : 'underspend'}`;
}

/** RAG counts always in the order R, A, G, with thousands separators: "1,918 R, 14,597 A, 83,485 G". */
function ragCounts(rows: BudgetRowReport[]): string {
  const n = { R: 0, A: 0, G: 0, none: 0 };
  for (const r of rows) {
    if (r.rag === 'R' || r.rag === 'A' || r.rag === 'G') n[r.rag]++;
    else n.none++;
  }
  return `${count(n.R)} R, ${count(n.A)} A, ${count(n.G)} G${n.none ? `, ${count(n.none)} not graded` : ''}`;
}

function budgetLine(t: BudgetTableReport, sign: SignConvention): string {
  const lines = t.rows.filter((r) => r.kind === 'line');
  const total = [...t.rows].reverse().find((r) => r.kind === 'total') ?? null;
  const income = lines.length > 0 && lines.every((r) => r.income);
  const parts = [`${count(lines.length)} line${lines.length === 1 ? '' : 's'}`];
  if (total) {
    if (total.ytdVariance !== null) parts.push(`YTD variance ${variance(total.ytdVariance, t.units, sign, income)}`);
    if (total.forecastVariance !== null) parts.push(`forecast variance ${variance(total.forecastVariance, t.units, sign, income)}`);
  }
  parts.push(`RAG ${ragCounts(lines)}`);
  return `  ${t.sheet}!${t.range}  budget${t.title ? `  "${t.title}"` : ''}${t.units ? ` (${t.units})` : ''}\n      ${parts.join('; ')}\n`;
}

/** How the register was graded, in words: "by the workbook's own key (Key!A13)", "by the NPSA 5x5 matrix (npsa-4band)", "in the register's own words". */
function gradedBy(t: RiskRegisterReport): string {
  const slots = ['inherent', 'current', 'residual', 'target'] as const;
  const scored = t.risks.some((r) => slots.some((s) => r[s]?.score != null));
  if (!scored && t.risks.some((r) => slots.some((s) => r[s]?.grade != null))) return "in the register's own words, with no scores";
  if (t.scheme === 'workbook') return `by the workbook's own key${t.schemeSource ? ` (${t.schemeSource})` : ''}`;
  if (t.scheme === 'npsa-4band') return 'by the NPSA 5x5 matrix (npsa-4band)';
  if (t.scheme === 'three-band') return 'by three bands (three-band)';
  if (t.scheme === 'dcb0129') return 'by the DCB0129 clinical risk matrix (dcb0129)';
  return `by the bands in the config (${t.schemeBands.map((b) => `${b.name} ${b.min}-${b.max}`).join(', ')})`;
}

/**
 * Grade counts of one slot in the scheme's band order, every band named (0 where none): "0 Low,
 * 2 Moderate, 12 High, 1 Extreme"; grades the register writes in its own words, with no score,
 * after them from the least severe ("1 L, 2 M"), or alone where no risk is scored.
 */
function gradeCounts(t: RiskRegisterReport, slot: 'inherent' | 'current' | 'residual' | 'target'): string {
  const scored = t.risks.some((r) => r[slot]?.score != null);
  const bands = new Map<string, number>(scored ? t.schemeBands.map((b) => [b.name, 0]) : []);
  const words = new Map<string, number>();
  let unscored = 0;
  // Scores no band of the key covers ("7" on the NPSA 5x5, which no L x C gives): scored, not graded.
  const offKey: number[] = [];
  for (const r of t.risks) {
    const grade = r[slot]?.grade ?? null;
    const score = r[slot]?.score ?? null;
    if (grade !== null && bands.has(grade)) bands.set(grade, bands.get(grade)! + 1);
    else if (grade !== null) words.set(grade, (words.get(grade) ?? 0) + 1);
    else if (score !== null) offKey.push(score);
    else unscored++;
  }
  const parts = [...bands].map(([g, k]) => `${count(k)} ${g}`);
  for (const w of inSeverityOrder(words.keys())) parts.push(`${count(words.get(w)!)} ${w}`);
  if (offKey.length) parts.push(`${count(offKey.length)} not graded (${[...new Set(offKey)].sort((a, b) => a - b).join(', ')}: scores no band covers)`);
  if (unscored) parts.push(`${count(unscored)} not ${scored ? 'scored' : 'graded'}`);
  return parts.join(', ');
}

/** A slot's scores, each once, lowest first: "10, 12, 16". */
function scoresOf(t: RiskRegisterReport, slot: 'inherent' | 'current' | 'residual' | 'target'): string {
  return [...new Set(t.risks.map((r) => r[slot]?.score).filter((x): x is number => x != null))].sort((a, b) => a - b).join(', ');
}

function riskLine(t: RiskRegisterReport): string {
  const slots = (['inherent', 'current', 'residual', 'target'] as const).filter((s) => t.risks.some((r) => r[s] !== null));
  // (A slot rated by the register's own rule from several impacts: its scores as typed, not graded.)
  const asTyped = (s: (typeof slots)[number]) => `${s}: scores ${scoresOf(t, s)} as typed, not graded`;
  const grades = slots.map((s) => (t.slotsRatedAsTyped.includes(s) ? asTyped(s) : `${s}: ${gradeCounts(t, s)}`)).join('; ');
  const risks = `${count(t.risks.length)} risk${t.risks.length === 1 ? '' : 's'}`;
  const head = `  ${t.sheet}!${t.range}  risk register${t.layout === 'cards' ? ' (a risk to a block, no header row)' : ''}${t.title ? `  "${t.title}"` : ''}\n`;
  // Risks listed with nothing to grade them by (ratings in words no key places): said so, not "graded".
  if (slots.length === 0) return `${head}      ${risks}, none scored or graded (see the notes)\n`;
  // Rated on a scale of its own beyond the matrix ("Probability 0-10"): scored and checked, not
  // graded, unless its own key grades that scale ("H 20-36" on a 6x6).
  const gradedOnItsScale = t.ratingScale !== null && t.risks.some((r) => slots.some((s) => r[s]?.grade != null));
  if (gradedOnItsScale) return `${head}      ${risks} rated from 1 to ${t.ratingScale} on the register's own scale, graded ${gradedBy(t)}; ${grades}\n`;
  if (t.ratingScale !== null) {
    const scores = slots.map((s) => `${s}: ${scoresOf(t, s) || 'none scored'}`).join('; ');
    return `${head}      ${risks} rated from 1 to ${t.ratingScale} on the register's own scale, scored and checked but not graded; scores ${scores}\n`;
  }
  if (t.ratedAsShares.length > 0) {
    const scores = slots.map((s) => `${s}: ${scoresOf(t, s) || 'none scored'}`).join('; ');
    return `${head}      ${risks} rated with ${t.ratedAsShares.length === 2 ? 'likelihoods and impacts' : 'likelihoods'} as probabilities (shares of one), scored and checked but not graded; scores ${scores}\n`;
  }
  if (slots.every((s) => t.slotsRatedAsTyped.includes(s))) return `${head}      ${risks} rated by the register's own rule from their impacts in several areas; ${grades}\n`;
  // (Averages of votes with decimals: each score takes the band it has reached.)
  // (Or scored as the product of three ratings: graded only where the workbook's key holds the score.)
  const averaged = t.averagedRatings ? ' rated in averages with decimals,' : t.scoredWithThirdRating ? ` scored as likelihood x impact x "${t.scoredWithThirdRating}",` : '';
  return `${head}      ${risks}${averaged} graded ${gradedBy(t)}${t.averagedRatings ? ' by the band each score reaches' : t.scoredWithThirdRating ? ' where one of its bands holds the score' : ''}; ${grades}\n`;
}

export function describeReport(report: Report, options: DescribeOptions = {}): string {
  const sign = options.sign ?? 'overspend-positive';
  let out = `${report.source}\n`;
  if (report.tables.length === 0) out += '  Nothing recognised.\n';
  for (const t of report.tables) out += t.kind === 'budget' ? budgetLine(t, sign) : riskLine(t);
  const s = report.summary.checksBySeverity;
  // (A sum that could not be checked is no difference within rounding: said as itself.)
  const notCheckable = report.checks.filter((c) => c.code === 'not_checkable').length;
  out += `  Checks: ${count(s.error)} error${s.error === 1 ? '' : 's'}, ${count(s.warning)} warning${s.warning === 1 ? '' : 's'}, ${count(s.info - notCheckable)} within rounding${notCheckable ? `, ${count(notCheckable)} not checkable` : ''}\n`;
  for (const c of report.checks) {
    if (c.severity === 'info') continue;
    out += `    ${c.severity.padEnd(7)} ${c.sheet}!${c.cell}  ${c.where}: ${c.message}\n`;
  }
  for (const n of report.notes) out += `  Note: ${n}\n`;
  return out;
}
