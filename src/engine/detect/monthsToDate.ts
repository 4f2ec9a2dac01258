/**
 * Actuals printed month by month with no column of their sum ("Apr 14 | May 14 | … | Mar-15"
 * beside the year's budget): the actual to date is the months to the report's period, added up.
 * The months to date are taken only where the sheet says which they are:
 *
 * - the words over the months: "Actuals" over April to August, "Forecast" over the rest;
 * - the period the sheet reports to: "Month 6", "as at 30 September 2014";
 * - or the months themselves: figures in the first months, every later month empty on every line.
 *
 * Otherwise none is read, as before: a part of the year is never taken for all of it, nor a
 * profile for actuals.
 */
import { SheetGrid } from '../grid';
import { financialMonthsElapsed, parsePeriod } from '../cells/date';
import type { BudgetMeasure } from './vocabulary';
import type { Draft } from './budgetDraft';
import { cellText, mergeAt } from './headerCells';

type MeasureOf = (text: string) => BudgetMeasure | null;

export function monthsAddedToDate(sheet: SheetGrid, drafts: Draft[], topHeaderRow: number, measureOf: MeasureOf): void {
  // A "Total" of the months read as the actual, where the words over the months head the later
  // ones as projected ("Actuals" over January to October, "Projected" over November and
  // December): actuals and projection added, the forecast for the year.
  const total = drafts.find((d) => d.role === 'ytdActual' && d.periodsTotal);
  if (drafts.some((d) => d.role === 'ytdActual' && d !== total)) return;
  const months = drafts.filter((d) => d.separatePeriod && d.period).sort((a, b) => a.col - b.col);
  if (months.length < 2 || !consecutive(months)) return;
  const found = total ? byWordsOver(sheet, months, topHeaderRow, measureOf) : (byWordsOver(sheet, months, topHeaderRow, measureOf) ?? byStatedPeriod(sheet, months, topHeaderRow) ?? byEmptyLaterMonths(months));
  if (!found || (total && found.toDate.length === months.length)) return;
  const { toDate, because } = found;
  if (total) {
    total.role = drafts.some((d) => d.role === 'forecastOutturn') ? null : 'forecastOutturn';
    total.measure = 'forecast';
    total.periodsTotal = false;
    total.why = `the sum of the ${months.length} months beside it, actuals and the months after them as projected: the forecast for the year`;
  }
  const last = toDate[toDate.length - 1]!;
  const span = toDate.length === 1 ? `"${last.own || last.text}"` : `the ${toDate.length} months "${toDate[0]!.own || toDate[0]!.text}" to "${last.own || last.text}"`;
  for (const d of months) {
    d.separatePeriod = false;
    if (d === last) {
      d.role = 'ytdActual';
      d.adds = toDate.map((x) => x.col);
      d.why = `the actual to date: ${span} added up (${because})`;
    } else if (toDate.includes(d)) {
      d.why = `one month's actuals, added into the actual to date (column ${last.col + 1})`;
    } else {
      d.why = `a month after the period reported (${because}): not an actual to date, context only`;
    }
  }
}

/** Months one after another in the columns' order (or quarters, three months apart), each once. */
export function consecutive(months: ReadonlyArray<Draft>): boolean {
  const step = (a: Draft, b: Draft) => (b.period!.month - a.period!.month + 12) % 12;
  const first = step(months[0]!, months[1]!);
  if (first !== 1 && first !== 3) return false;
  if (months.length * first > 12) return false;
  for (let i = 1; i < months.length; i++) if (step(months[i - 1]!, months[i]!) !== first) return false;
  return true;
}

/** "Actuals" over the first months and "Forecast" (or "Budget") over the others, on the row above the header or in the months' own header. */
function byWordsOver(sheet: SheetGrid, months: ReadonlyArray<Draft>, topHeaderRow: number, measureOf: MeasureOf): { toDate: Draft[]; because: string } | null {
  const markOf = (d: Draft): BudgetMeasure | null => {
    // (The words merged over several months, "Actuals" over January to October, mark each.)
    const merge = topHeaderRow > 0 ? mergeAt(sheet, topHeaderRow - 1, d.col) : undefined;
    const above = topHeaderRow > 0 ? cellText(sheet, merge ? merge.top : topHeaderRow - 1, merge ? merge.left : d.col) : '';
    const own = d.text.replace(d.own, '').trim();
    return measureOf(own) ?? (above ? measureOf(above) : null);
  };
  const marks = months.map(markOf);
  const actual = marks.findIndex((m) => m !== 'actual');
  if (actual <= 0) return null;
  const rest = marks.slice(actual);
  if (!rest.every((m) => m === 'forecast' || m === 'budget')) return null;
  const word = marks[actual] === 'budget' ? 'the budget' : 'the forecast';
  return { toDate: months.slice(0, actual), because: `headed as actuals, the months after them as ${word}` };
}

/** The months to the period the sheet reports to: to the month of its date, or the first N months for "Month N". */
export function byStatedPeriod(sheet: SheetGrid, months: ReadonlyArray<Draft>, topHeaderRow: number): { toDate: Draft[]; because: string } | null {
  const period = periodAbove(sheet, topHeaderRow);
  if (!period) return null;
  if (period.asAt) {
    const month = financialMonthsElapsed(period.asAt);
    const at = months.findIndex((d) => d.period!.month === month);
    if (at < 0) return null;
    return { toDate: months.slice(0, at + 1), because: `the sheet reports to ${String(period.asAt.day).padStart(2, '0')}/${String(period.asAt.month).padStart(2, '0')}/${period.asAt.year}` };
  }
  const perMonth = (months[1]!.period!.month - months[0]!.period!.month + 12) % 12;
  const count = Math.floor(period.monthsElapsed / perMonth);
  if (count < 1 || count > months.length) return null;
  return { toDate: months.slice(0, count), because: `the sheet reports to month ${period.monthsElapsed}` };
}

/**
 * The period stated in the rows over the header ("… as at 31 August 2014", "Month 6"): never
 * the months' own headings, which name a period each.
 */
function periodAbove(sheet: SheetGrid, topHeaderRow: number): ReturnType<typeof parsePeriod> {
  for (let r = topHeaderRow - 1; r >= Math.max(0, topHeaderRow - 8); r--) {
    for (const v of sheet.values[r] ?? []) {
      const p = typeof v === 'string' ? parsePeriod(v) : null;
      if (p) return p;
    }
  }
  return null;
}

/** Figures in the first months only, every later month empty on every line: the year so far. */
export function byEmptyLaterMonths(months: ReadonlyArray<Draft>): { toDate: Draft[]; because: string } | null {
  // (Noughts are no figures: a sheet's formulas print 0.00 in the months still to come.)
  const filled = months.map((d) => d.period!.figures.some((x) => x !== null && x !== 0));
  const firstEmpty = filled.indexOf(false);
  if (firstEmpty <= 0) return null;
  if (filled.slice(firstEmpty).some(Boolean)) return null;
  return { toDate: months.slice(0, firstEmpty), because: 'the later months are empty on every line' };
}
