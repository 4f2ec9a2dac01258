/**
 * A budget and an actual printed for each month ("Apr" over "Budget | Actual", then "May" ...;
 * or "Apr Budget | Apr Actual"; or an accounts package's "B: Apr | A: Apr"): the budget and the
 * actual to date are each month's to the report's period, added up. The months to date are
 * taken only where the sheet says which they are, as for actuals alone (`monthsToDate.ts`): the
 * period stated over the header, or every later month's actual empty on every line. Where every
 * month of the year has its budget, their sum is the year's budget, and the rest of the year's
 * profile gives the forecast (`forecastMethod: "profiled"`).
 *
 * Otherwise none is read: one month's budget and actual are never taken for the year to date.
 */
import { SheetGrid } from '../grid';
import type { Draft } from './budgetDraft';
import { byEmptyLaterMonths, byStatedPeriod, consecutive } from './monthsToDate';

const MONTH_NAMES = ['April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'January', 'February', 'March'];

type FiguresOf = (col: number) => ReadonlyArray<number | null>;

interface MonthPair {
  readonly month: number;
  readonly budget: Draft;
  readonly actual: Draft;
}

export function monthlyBudgetsAndActuals(sheet: SheetGrid, drafts: Draft[], topHeaderRow: number, figuresOf: FiguresOf): void {
  const pairs = monthPairs(drafts);
  if (pairs.length < 2) return;
  const actuals: Draft[] = pairs.map((p) => ({ ...p.actual, period: { month: p.month, figures: figuresOf(p.actual.col) } }));
  if (!consecutive(actuals)) return;
  const monthColumns = new Set(pairs.flatMap((p) => [p.budget, p.actual]));
  // The year's budget typed beside the months ("Annual Budget"): kept as the sheet gives it.
  const typedAnnual = drafts.find((d) => d.role === 'annualBudget' && !monthColumns.has(d));
  for (const d of monthColumns) d.role = null;
  const found = byStatedPeriod(sheet, actuals, topHeaderRow) ?? byEmptyLaterMonths(actuals);
  if (!found) {
    for (const p of pairs) {
      for (const d of [p.budget, p.actual]) d.why = `${d.measure} for ${MONTH_NAMES[p.month - 1]}, one of a budget and an actual each month; the sheet does not say which months are to date, so none is read (state the month over the table, or name the columns in the config)`;
    }
    return;
  }
  const toDate = pairs.slice(0, found.toDate.length);
  const last = toDate[toDate.length - 1]!;
  const span = toDate.length === 1 ? MONTH_NAMES[last.month - 1] : `${MONTH_NAMES[toDate[0]!.month - 1]} to ${MONTH_NAMES[last.month - 1]}`;
  last.budget.role = 'ytdBudget';
  last.budget.adds = toDate.map((p) => p.budget.col);
  last.budget.why = `the budget to date: each month's, ${span}, added up (${found.because})`;
  last.actual.role = 'ytdActual';
  last.actual.adds = toDate.map((p) => p.actual.col);
  last.actual.why = `the actual to date: each month's, ${span}, added up (${found.because})`;
  for (const p of pairs) {
    if (p === last) continue;
    const before = toDate.includes(p);
    p.budget.why = before ? `${MONTH_NAMES[p.month - 1]}'s budget, added into the budget to date (column ${last.budget.col + 1})` : `${MONTH_NAMES[p.month - 1]}'s budget, after the period reported: part of the year's budget, not of the budget to date`;
    p.actual.why = before ? `${MONTH_NAMES[p.month - 1]}'s actual, added into the actual to date (column ${last.actual.col + 1})` : `${MONTH_NAMES[p.month - 1]}'s actual, after the period reported: context only`;
  }
  // Typed totals of the months ("Total Budget", "Total Actuals"): the year's budget where every
  // month is given and the sheet has no other; else the months' total, which the months to date
  // are read in place of.
  const wholeYear = pairs.length === 12;
  for (const d of drafts) {
    if (monthColumns.has(d) || (d.role !== 'ytdBudget' && d.role !== 'ytdActual')) continue;
    if (d.role === 'ytdBudget' && wholeYear && !typedAnnual) {
      d.role = 'annualBudget';
      d.why = 'the total of the twelve months\' budgets, as the sheet types it: the year\'s budget';
      continue;
    }
    d.why = `${d.role === 'ytdBudget' ? 'budget' : 'actual'} for all the months shown; the months to date (column ${(d.role === 'ytdBudget' ? last.budget : last.actual).col + 1}) are read instead, context only`;
    d.role = null;
  }
  // No year's budget typed: the twelve months' budgets added up, in the last month's column.
  if (wholeYear && !drafts.some((d) => d.role === 'annualBudget')) {
    const december = pairs[pairs.length - 1]!.budget;
    if (december.role === null) {
      december.role = 'annualBudget';
      december.adds = pairs.map((p) => p.budget.col);
      december.why = 'the year\'s budget: the twelve months\' budgets added up';
    }
  }
}

/** The months with both a budget and an actual column, in the columns' order. */
function monthPairs(drafts: ReadonlyArray<Draft>): MonthPair[] {
  const byMonth = new Map<number, { budget?: Draft; actual?: Draft }>();
  for (const d of drafts) {
    if (d.month === undefined || d.otherYear || d.block === 'prior' || (d.measure !== 'budget' && d.measure !== 'actual')) continue;
    const entry = byMonth.get(d.month) ?? {};
    if (entry[d.measure]) return [];
    entry[d.measure] = d;
    byMonth.set(d.month, entry);
  }
  const pairs: MonthPair[] = [];
  for (const [month, { budget, actual }] of byMonth) if (budget && actual) pairs.push({ month, budget, actual });
  return pairs.sort((a, b) => a.budget.col - b.budget.col);
}
