/**
 * What the Overview lists of a budget table: its sections (lines, RAG counts and variance of
 * each) and its lines under a filter (red and amber, lines with checks, all), a page at a
 * time. A table of 100,000 lines is shown by its exceptions, never one element per line.
 * Pure, so it is tested in node on real engine output.
 */
import type { BudgetTable, Check, Severity } from '../../engine/model';
import type { SignConvention } from '../../engine/config';
import { a1 } from '../../engine/grid';
import { formatVariance, plural } from './format';
import { emptyRagCounts, type RagCounts } from './summary';
import { varianceBars, type VarianceBar, type VarianceChart } from './variance';

export type LineFilter = 'exceptions' | 'checks' | 'all';

export const FILTER_LABEL: Readonly<Record<LineFilter, string>> = {
  exceptions: 'Red and amber',
  checks: 'Lines with checks',
  all: 'All lines',
};

/** A line's check: errors and warnings (differences within rounding are counted in Checks, not listed here). */
export interface LineCheck {
  readonly severity: Exclude<Severity, 'info'>;
  readonly cell: string;
  readonly message: string;
}

export interface LineItem extends VarianceBar {
  readonly section: string | null;
  readonly checks: ReadonlyArray<LineCheck>;
}

export interface SectionItem {
  readonly name: string;
  readonly lines: number;
  readonly rag: RagCounts;
  /** Sum of the lines' variances on the basis their RAG uses, in the report's sign. */
  readonly variance: number | null;
  readonly varianceText: string;
}

export interface BudgetLinesModel {
  readonly chart: Omit<VarianceChart, 'bars'>;
  readonly lines: number;
  readonly counts: Readonly<Record<LineFilter, number>>;
  /** Sections in sheet order; empty when the table has none. */
  readonly sections: ReadonlyArray<SectionItem>;
  /** The filter to start with: all lines for a short table, else red and amber. */
  readonly defaultFilter: LineFilter;
  /** The lines under a filter, in the order they are listed. */
  filtered(filter: LineFilter): ReadonlyArray<LineItem>;
}

/** Up to this many lines, a table starts on "All lines": nothing a reader might look for is hidden. */
export const SHORT_TABLE = 40;

/** Lines listed at a time; "Show more" adds as many again. */
export const PAGE = 50;

/**
 * The lines and sections of one table. `checks` are the analysis's checks (any sheet): those
 * on a line's row of this table's sheet go with the line.
 */
export function budgetLines(table: BudgetTable, checks: ReadonlyArray<Check>, sign: SignConvention, redPct: number | null): BudgetLinesModel {
  const { bars, ...chart } = varianceBars(table, sign, redPct);
  const byRow = new Map<number, LineCheck[]>();
  for (const c of checks) {
    if (c.sheet !== table.sheet || c.severity === 'info') continue;
    if (c.row < table.range.top || c.row > table.range.bottom) continue;
    const list = byRow.get(c.row) ?? [];
    list.push({ severity: c.severity, cell: a1(c.row, c.col), message: c.message });
    byRow.set(c.row, list);
  }
  const sectionOf = new Map<number, string | null>();
  for (const r of table.rows) if (r.kind === 'line') sectionOf.set(r.row, r.section);
  const items: LineItem[] = bars.map((b) => ({ ...b, section: sectionOf.get(b.row) ?? null, checks: byRow.get(b.row) ?? [] }));

  const sections = new Map<string, { lines: number; rag: RagCounts; variance: number | null }>();
  for (const i of items) {
    if (i.section === null) continue;
    const s = sections.get(i.section) ?? { lines: 0, rag: emptyRagCounts(), variance: null };
    s.lines++;
    if (i.rag) s.rag[i.rag]++;
    else s.rag.none++;
    if (i.variance !== null) s.variance = (s.variance ?? 0) + i.variance;
    sections.set(i.section, s);
  }

  const exceptions = items.filter((i) => i.rag === 'R' || i.rag === 'A');
  // Red before amber; within each, the largest variance (by amount) first.
  exceptions.sort((a, b) => (a.rag === b.rag ? 0 : a.rag === 'R' ? -1 : 1) || Math.abs(b.variance ?? 0) - Math.abs(a.variance ?? 0) || a.row - b.row);
  const withChecks = items.filter((i) => i.checks.length > 0);
  // Errors before warnings, then in sheet order.
  const worst = (i: LineItem) => (i.checks.some((c) => c.severity === 'error') ? 0 : 1);
  withChecks.sort((a, b) => worst(a) - worst(b) || a.row - b.row);
  const lists: Record<LineFilter, ReadonlyArray<LineItem>> = { exceptions, checks: withChecks, all: items };

  return {
    chart,
    lines: items.length,
    counts: { exceptions: exceptions.length, checks: withChecks.length, all: items.length },
    sections: [...sections].map(([name, s]) => ({ name, ...s, varianceText: formatVariance(s.variance, table.units) })),
    defaultFilter: items.length <= SHORT_TABLE ? 'all' : 'exceptions',
    filtered: (filter) => lists[filter],
  };
}

/** "Showing 50 of 1,918 red and amber lines." for the list's status line (read out when it changes). */
export function shownSentence(filter: LineFilter, shown: number, total: number): string {
  const what = filter === 'exceptions' ? 'red and amber line' : filter === 'checks' ? 'line with checks' : 'line';
  const many = filter === 'checks' ? 'lines with checks' : `${what}s`;
  if (total === 0) return filter === 'exceptions' ? 'No line is red or amber.' : filter === 'checks' ? 'No line has an error or warning.' : 'The table has no lines.';
  if (shown >= total) return total === 1 ? `Showing the one ${what}.` : `Showing all ${plural(total, what, many)}.`;
  return `Showing ${shown.toLocaleString('en-GB')} of ${plural(total, what, many)}.`;
}
