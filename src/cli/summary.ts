/**
 * The short account a person reads in the terminal: what was found, the totals, the RAG
 * counts, and the checks worth acting on. Rounding notes are counted, not listed.
 */
import { BudgetTableReport, Report, RiskRegisterReport } from '../engine/report/report';
import { plural } from '../engine/report/wording';

function money(n: number | null, units: string | null): string {
  if (n === null) return '-';
  const s = Math.abs(units === '£m' ? Math.round(n * 10) / 10 : Math.round(n)).toLocaleString('en-GB');
  const text = units === "£'000s" ? `£${s}k` : units === '£m' ? `£${s}m` : `£${s}`;
  return n < 0 ? `(${text})` : text;
}

function countBy<T>(items: T[], key: (t: T) => string | null): string {
  const counts = new Map<string, number>();
  for (const i of items) {
    const k = key(i);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
}

function budgetLine(t: BudgetTableReport): string {
  const lines = t.rows.filter((r) => r.kind === 'line');
  const total = [...t.rows].reverse().find((r) => r.kind === 'total') ?? null;
  const parts = [plural(lines.length, 'line')];
  if (total) {
    if (total.ytdVariance !== null) parts.push(`YTD variance ${money(total.ytdVariance, t.units)}`);
    if (total.forecastVariance !== null) parts.push(`forecast variance ${money(total.forecastVariance, t.units)}`);
  }
  parts.push(`RAG ${countBy(lines, (r) => r.rag)}`);
  return `  ${t.sheet}!${t.range}  budget${t.title ? `  "${t.title}"` : ''}${t.units ? ` (${t.units})` : ''}\n      ${parts.join('; ')}\n`;
}

function riskLine(t: RiskRegisterReport): string {
  const slots = (['inherent', 'current', 'residual', 'target'] as const).filter((s) => t.risks.some((r) => r[s] !== null));
  const grades = slots.map((s) => `${s}: ${countBy(t.risks, (r) => r[s]?.grade ?? null)}`).join('; ');
  return `  ${t.sheet}!${t.range}  risk register${t.title ? `  "${t.title}"` : ''}\n      ${plural(t.risks.length, 'risk')} graded by ${t.scheme}; ${grades}\n`;
}

export function describeReport(report: Report): string {
  let out = `${report.source}\n`;
  if (report.tables.length === 0) out += '  Nothing recognised.\n';
  for (const t of report.tables) out += t.kind === 'budget' ? budgetLine(t) : riskLine(t);
  const s = report.summary.checksBySeverity;
  out += `  Checks: ${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} within rounding\n`;
  for (const c of report.checks) {
    if (c.severity === 'info') continue;
    out += `    ${c.severity.padEnd(7)} ${c.sheet}!${c.cell}  ${c.where}: ${c.message}\n`;
  }
  for (const n of report.notes) out += `  Note: ${n}\n`;
  return out;
}
