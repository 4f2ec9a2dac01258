/**
 * The years a budget header names, and which is the table's: a column's financial year ("2023/24",
 * "FY26", "year ended 31 May 2024"), the year a budget-setting paper sets (by its title, its
 * sheet's name or its stages, "FY26 DEPT | FY26 ADMIN"), and the columns of other years and of
 * periods dated a year before, which are context.
 */
import { SheetGrid, nameAsTitle } from '../grid';
import { CalendarDate, compareDates, monthIndex, parseDate } from '../cells/date';
import { normaliseHeader, stripUnits } from './roles';
import { topRows } from './headerCells';
import { NOTES_HEADER, PLAN_ONLY_WORDS, BETWEEN_YEARS, BUDGET_BOOK_TITLE, BUDGET_SETTING_TITLE, CHANGE_WORDS, SET_STAGE, PROPOSED_BUDGET, BUDGET_STAGES, REQUEST_WORD, FINAL_STAGE, MONITORING_TITLE, SETS_BUDGET_FOR, YEAR_END, YEAR_TITLE, PLAN_OVER_YEARS_TITLE, GROSS_PART, INCOME_PART } from './vocabulary';
import type { Draft } from './budgetDraft';

/** A financial or calendar year: 2023/24, 2023-2024, 2023/4, FY24. */
const YEAR = /\b((?:199|20\d)\d)\s*[/-]\s*(\d{1,2}|\d{4})\b|\bfy\s?'?(\d{2})\b/;

/** The financial year a header names (its first calendar year), by its span or by its last day. */
export function yearIn(text: string): number | null {
  // ("FY2016" is "FY 2016", the year run on to its letters.)
  const t = normaliseHeader(text).replace(/\bfy(?=(?:19|20)\d\d\b)/g, 'fy ');
  // "FY22-23", "FY 25-26": a financial year written as its two years, the first the year it
  // starts in, as "22-23" is (not "FY22" alone, the year ending in 2022).
  const range = /\bfy\s?'?(\d{2})\s*[/-]\s*(\d{2})\b/.exec(t);
  if (range && Number(range[2]) === (Number(range[1]) + 1) % 100) return 2000 + Number(range[1]);
  const m = YEAR.exec(t);
  if (m) return m[1] ? Number(m[1]) : 2000 + Number(m[3]) - 1;
  // (A year end written short, "31/03/17", is 2017's.)
  const end = YEAR_END.exec(t);
  if (end) return (end[1]!.length === 2 ? 2000 + Number(end[1]) : Number(end[1])) - 1;
  // "Budget 20/21": a financial year written short, two years in a row (not a date's "30/09").
  const short = shortYear(t, SHORT_YEAR_WITHIN);
  if (short !== null) return short;
  // "2425 Budget": a financial year as its two years' last digits, run together (not a calendar
  // year, 19xx or 20xx, which is read as one below).
  const compact = /\b(\d{2})(\d{2})\b/.exec(t);
  if (compact && !/^(19|20)$/.test(compact[1]!) && Number(compact[2]) === (Number(compact[1]) + 1) % 100) return 2000 + Number(compact[1]);
  // "For the year ended 31 May 2024": a fiscal year named, as North American ones are, by the
  // year it ends in (a year to 31 March keeps the British reading above, 2023/24 for 2024).
  const ended = /\byear (?:ended|ending) (?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? (?:\d{1,2},? )?((?:19|20)\d\d)\b/.exec(t);
  if (ended) return Number(ended[1]);
  // A year alone ("annual_budget_2022", "Budget 2022"), not a date's year ("30/09/2023", "March 2024").
  const bare = BARE_YEAR.exec(t);
  return bare ? Number(bare[1]) : null;
}

const BARE_YEAR = /(?<![/.-]\s?)(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s)\b((?:199|20\d)\d)\b(?!\s*[/-]\s*\d)/;

export function namesYearEnd(text: string): boolean {
  return YEAR_END.test(normaliseHeader(text));
}

/** A financial year written short ("20/21", "98/99", "99/2000"): within a header's words, or the whole of a cell. */
const SHORT_YEAR_WITHIN = /(?<![\d/.:-])(\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})(?![\d/.:-])/;
const SHORT_YEAR_ALONE = /^(\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})$/;

/** The first calendar year of a financial year written short, two years in a row; null for anything else ("30/09"). */
function shortYear(text: string, pattern: RegExp): number | null {
  const m = pattern.exec(text.trim());
  if (!m || Number(m[2]!.slice(-2)) !== (Number(m[1]) + 1) % 100) return null;
  return (Number(m[1]) >= 90 ? 1900 : 2000) + Number(m[1]);
}

/** "23-24" as a header cell of its own, over "Budget": the financial year 2023/24 (the first year of two in a row). */
export function shortYearIn(cells: ReadonlyArray<string>): number | null {
  for (const t of cells) {
    const year = shortYear(t, SHORT_YEAR_ALONE);
    if (year !== null) return year;
  }
  return null;
}

/** "98/99" or "99/2000" written alone: a financial year written short, as a "Year" column lists them. */
export function isShortFinancialYear(text: string): boolean {
  return shortYear(text, SHORT_YEAR_ALONE) !== null;
}

/**
 * Two blocks alike, told apart only by the dates in their headers ("YTD as of 9/30/13" and "YTD
 * as of 9/30/12", "Actual Sept 22-Aug 23" and "Actuals Sept 2023-Feb 2024"): a column whose
 * period starts a year or more before the latest's is last year's, context.
 */
export function datedAYearBefore(drafts: Draft[]): void {
  // Periods are compared by where they start: "Actual Sept 22-Aug 23" beside "Actuals Sept 2023-Feb 2024".
  const dated = drafts.filter((d) => d.measure !== null && d.year === null).map((d) => ({ d, date: startDateIn(d.text) })).filter((x): x is { d: Draft; date: CalendarDate } => x.date !== null);
  if (dated.length < 2) return;
  const latest = dated.reduce((a, b) => (compareDates(b.date, a.date) > 0 ? b : a)).date;
  for (const { d, date } of dated) {
    const monthsBefore = (latest.year - date.year) * 12 + latest.month - date.month;
    if (monthsBefore >= 12) d.block = 'prior';
  }
}

/** The dates written in a header ("01.04.13 to 10.11.13", "as at 30 September 2013", "Sept 22-Aug 23"). */
function datesIn(text: string): CalendarDate[] {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const found: CalendarDate[] = [];
  // (A month's name, not any word: "YTD 11/07/2012" is the date, not "ytd 11".)
  for (const m of t.matchAll(/\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9},? \d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[ -]?'?(?:\d{4}|\d{2})\b/g)) {
    // "9/30/13" is written month first, as in the US, where no 30th month allows the other reading.
    const token = m[0].replace(/^([a-z]{3,9})[ -]?'?(\d)/, '$1 $2');
    const date = parseDate(token) ?? parseDate(token.replace(/^(\d{1,2})([/.-])(\d{1,2})\2/, '$3$2$1$2'));
    if (date) found.push(date);
  }
  return found;
}

/** The latest date written in a header. */
export function latestDateIn(text: string): CalendarDate | null {
  return datesIn(text).reduce<CalendarDate | null>((latest, d) => (latest === null || compareDates(d, latest) > 0 ? d : latest), null);
}

/**
 * Whether a header names the year as a financial year across two calendar years ("2015-16",
 * "2015/2016"), one that begins in April or later of its first (none begins before).
 */
export function namesSplitYear(text: string, year: number): boolean {
  const m = /\b((?:19|20)\d\d)\s*[/-]\s*(\d{2}|\d{4})\b/.exec(normaliseHeader(text));
  return m !== null && Number(m[1]) === year && Number(m[2]) % 100 === (year + 1) % 100;
}

/** Where a header's period starts: its earliest date ("Sept 22" of "Sept 22-Aug 23"). */
function startDateIn(text: string): CalendarDate | null {
  return datesIn(text).reduce<CalendarDate | null>((earliest, d) => (earliest === null || compareDates(d, earliest) < 0 ? d : earliest), null);
}

/**
 * The year the table reports on: the latest year its actuals are headed with; else the year most
 * columns name (the latest on a tie). Earlier years are last year's context; a later year is
 * next year's budget, context too.
 */
export function currentYearOf(drafts: Draft[], budgetYear: number | null = null): number | null {
  // The year the sheet's title sets a budget for ("Agreed Budget 2024-2025", "Precept
  // 2019/2020"), where a budget column is dated with it: the year the table is about. This
  // year's budget and its estimated outturn beside it are then last year's context.
  if (budgetYear !== null && drafts.some((d) => d.measure === 'budget' && d.year === budgetYear)) return budgetYear;
  // A change between two years ("FY 16 VS FY 17 DIFFERENCE"): the later is the year the paper
  // reports, where the table budgets it; a plan for a year after it ("FY 18 PLANNED") is context.
  for (const d of drafts) {
    const between = BETWEEN_YEARS.exec(d.text);
    const years = between ? [yearIn(between[1]!), yearIn(between[2]!)] : [];
    if (years.length !== 2 || years.some((y) => y === null)) continue;
    const later = Math.max(...(years as number[]));
    if (drafts.some((b) => b.measure === 'budget' && b.year === later)) return later;
  }
  // A change from a year named alone ("Change from 2018" beside "2018 Adopted Budget | 2019
  // Round 1 Budget"): the change to the budget after it, the year the paper sets.
  for (const d of drafts) {
    const from = /\b(?:change|increase|decrease|movement|difference)s? (?:from|since|over|on) (.+)$/.exec(normaliseHeader(d.text));
    // (A year alone, not "Difference from 2012 Budget and Yr End", a change within that year.)
    const base = from && /^(as )?(\$|%|£|€)?$/.test(wordsBesideItsYear(from[1]!)) ? yearIn(from[1]!) : null;
    if (base === null) continue;
    const after = drafts.filter((b) => b.measure === 'budget' && b.year !== null && b.year > base).map((b) => b.year!);
    if (after.length && drafts.some((b) => b.measure === 'budget' && b.year === base)) return Math.min(...after);
  }
  // The next year's budget as set ("2015 Approved"), the latest column of a budget but for the
  // change from this year's beside it ("PCT CHANGE"), after this year's actual and projection: the
  // paper sets that year's budget, this year's figures its context.
  const years = drafts.filter((d) => d.year !== null).map((d) => d.year!);
  if (years.length) {
    const latestYear = Math.max(...years);
    const set = drafts.filter((d) => d.year === latestYear && d.measure === 'budget' && SET_STAGE.test(normaliseHeader(d.text)));
    const after = set.length === 1 ? drafts.filter((d) => d.col > set[0]!.col) : [];
    if (set.length === 1 && after.length > 0 && after.every((d) => CHANGE_WORDS.test(normaliseHeader(d.text))) && drafts.some((d) => d.year === latestYear - 1 && (d.measure === 'actual' || d.measure === 'forecast'))) return latestYear;
  }
  // Not a forecast's year: "Provisional Outturn 2021/22" beside "2022/23 Budget" is last year's.
  // Actuals of several years side by side ("2020 | 2021 | 2022", each budget and collected): the latest.
  const budgetYearsNamed = new Set(drafts.filter((d) => d.measure === 'budget' && d.year !== null).map((d) => d.year!));
  // An actual to a date ("YTD 11/07/2012") is of the year that date falls in: the calendar
  // year, or the financial year begun the year before (31/01/2013 is in 2012/13), whichever a
  // budget beside it names.
  const datedYear = (d: Draft): number | null => {
    const date = d.year === null ? latestDateIn(d.text) : null;
    if (!date) return null;
    return budgetYearsNamed.has(date.year) || !budgetYearsNamed.has(date.year - 1) ? date.year : date.year - 1;
  };
  // (So is a forecast dated to the year's end, "Projected to 31st March, 2021": the year it
  // projects, 2020/21. A forecast named only by a year, "Forecast 2026/27", may be a plan's.)
  const measuredToADate = (d: Draft) => d.measure === 'actual' || (d.measure === 'forecast' && latestDateIn(d.text) !== null);
  const actualYears = drafts.filter(measuredToADate).map((d) => d.year ?? datedYear(d)).filter((y): y is number => y !== null);
  if (actualYears.length) {
    const latest = Math.max(...actualYears);
    // Every budget dated after the latest actual ("Budget 2017" beside "Actual 2016", and no
    // undated "Budget"): the actual is last year's, beside this year's budget; a variance
    // between two years means nothing.
    const budgets = drafts.filter((d) => d.measure === 'budget');
    const budgetYears = budgets.map((d) => d.year);
    if (budgets.length && budgetYears.every((y): y is number => y !== null && y > latest)) {
      // A budget proposed for two years or more at once ("FY 2013-14 Proposed Budget | FY 2014-15
      // Proposed Budget"): the first is the year it sets; the next is proposed with it, context.
      const proposed = [...new Set(budgets.filter((d) => PROPOSED_BUDGET.test(normaliseHeader(d.text))).map((d) => d.year!))];
      const latestBudget = Math.max(...(budgetYears as number[]));
      if (proposed.length >= 2 && proposed.includes(latestBudget)) return Math.min(...proposed);
      const planned = plannedAfterSet(budgets, latestBudget);
      if (planned !== null) return planned;
      return latestBudget;
    }
    // A budget for the year after, first of the figures ("Appropriated * CY 2013 * | CY 2012 | …
    // | Expended CY 2012"), before a year's budget and what was spent in it, whole, with nothing
    // measured during a year (no forecast, no variance, no actual to a date): the paper sets the
    // later year, as a budget form lays it out; the year before is its context. (A statement at
    // a year's end prints next year's budget last, after the year's own.)
    const nextFirst = budgets.find((d) => d.year !== null && d.year > latest && drafts.every((x) => x.col >= d.col || x.measure === null));
    const measuredDuringAYear = drafts.some((d) => d.measure === 'forecast' || d.measure === 'variance' || d.measure === 'variancePct' || d.measure === 'percentSpent' || d.measure === 'remaining' || d.block === 'ytd' || d.block === 'month' || (d.measure === 'actual' && latestDateIn(d.text) !== null));
    if (nextFirst && !measuredDuringAYear) return nextFirst.year;
    return latest;
  }
  // No actual: the latest budget that is not only a plan, where the latest is ("2019 Adopted
  // Budget | 2020 Adopted Budget | 2021 Projected Budget": 2020).
  const datedBudgets = drafts.filter((d) => d.measure === 'budget' && d.year !== null);
  const plannedAfter = datedBudgets.length ? plannedAfterSet(datedBudgets, Math.max(...datedBudgets.map((d) => d.year!))) : null;
  if (plannedAfter !== null) return plannedAfter;
  // One year named as the budget among estimates and projections of the years around it ("2015–16
  // Estimated actual | 2016–17 Budget | 2017–18 Forward estimate …", a budget paper's): that year.
  const budgetedYears = new Set(drafts.filter((d) => d.measure === 'budget' && d.year !== null).map((d) => d.year!));
  if (budgetedYears.size === 1 && drafts.filter((d) => d.year !== null).every((d) => d.measure === 'budget' || d.measure === 'forecast')) return [...budgetedYears][0]!;
  // (In a report on the year under way, its actual or forecast undated: counted over the columns
  // naming a measure, where any does. "2019/20 Budget | Actual | Forecasted Year End Expenditure"
  // beside the next three years' plans headed by their years alone, "2020/21 | 2021/22 |
  // 2022/23", is of 2019/20. A paper setting a budget, with no actual, may be of a year headed alone.)
  const underWay = drafts.some((d) => d.year === null && (d.measure === 'actual' || d.measure === 'forecast'));
  const measured = underWay && drafts.some((d) => d.year !== null && d.measure !== null);
  const counts = new Map<number, number>();
  for (const d of drafts) if (d.year !== null && (d.measure !== null || !measured)) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

/**
 * The latest budgets only planned or projected ("FY 2026-27 Budget Plan", "Projected Budget
 * 2021-22 | 2022-23"), after a budget set for an earlier year ("FY 2025-26 Adopted Budget", "1st
 * Interim 2020-21"), as a biennial budget or a budget with its later years' projections prints
 * them: the latest budget not only planned is the year set, the plans after it context. Null
 * where the latest budget is not a plan alone.
 */
function plannedAfterSet(budgets: ReadonlyArray<Draft>, latestBudget: number): number | null {
  const planOnly = (d: Draft) => PLAN_ONLY_WORDS.test(normaliseHeader(d.text)) && !SET_STAGE.test(normaliseHeader(d.text));
  if (!budgets.filter((d) => d.year === latestBudget).every(planOnly)) return null;
  const set = budgets.filter((d) => d.year !== null && d.year < latestBudget && !planOnly(d)).map((d) => d.year!);
  return set.length ? Math.max(...set) : null;
}

/** The titles in the sheet's first `depth` rows: rows of one text cell alone, trimmed. */
function titlesNearTop(sheet: SheetGrid, depth: number): string[] {
  const titles: string[] = [];
  for (const r of topRows(sheet, depth)) {
    const texts = (sheet.values[r] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (texts.length === 1) titles.push(texts[0]!.trim());
  }
  return titles;
}

/** The sheet's last filled row, where it is one text cell alone: a page's footer. */
function pageFooter(sheet: SheetGrid): string | null {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const row = sheet.values[r] ?? [];
    const filled = row.filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
    if (filled.length === 0) continue;
    return filled.length === 1 && typeof filled[0] === 'string' ? filled[0].trim().replace(/\s+/g, ' ') : null;
  }
  return null;
}

/** Whether a title row near the top sets a budget and names no year ("ANNUAL OPERATING BUDGET ESTIMATE"), not a report on one. */
export function budgetTitledWithoutYear(sheet: SheetGrid): boolean {
  for (const title of titlesNearTop(sheet, 6)) {
    if (BUDGET_BOOK_TITLE.test(title) && !MONITORING_TITLE.test(title) && yearIn(title) === null && title.split(/\s+/).length <= 8) return true;
  }
  // (Or the sheet is named so, "Final Budget Allocations", with no title of its own.)
  const named = nameAsTitle(sheet);
  return BUDGET_BOOK_TITLE.test(named) && !MONITORING_TITLE.test(named) && yearIn(named) === null;
}

/**
 * The financial year the sheet's title sets a budget for: a title row (one cell alone near the
 * top) naming a budget or precept and a year, and not a report on a year under way.
 */
export function budgetYearStatedOn(sheet: SheetGrid): number | null {
  for (const r of topRows(sheet, 8)) {
    const row = sheet.values[r] ?? [];
    // (A "Comments" heading beside it heads the notes column, not a second title.)
    const texts = row.map((v) => (typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v))).filter((t) => t !== '' && !NOTES_HEADER.test(t.toLowerCase()));
    if (texts.length !== 1) continue;
    // ("… BUDGET SUMMARY - July 1, 2020 through June 30, 2021": one financial year, written as its
    // first and last days, the year it starts in as "2020/21" is.)
    const span = financialYearWrittenOut(texts[0]!);
    const title = span ? texts[0]!.replace(span.text, span.written) : texts[0]!;
    // "… the Parish Council will set the precept for 2017/18; …": said in so many words.
    const sets = SETS_BUDGET_FOR.exec(title);
    if (sets) {
      const year = yearIn(sets[1]!);
      if (year !== null) return year;
    }
    // A title, not a sentence about the table ("The table below summarises … changes to approved budgets:").
    // (Nor a sentence ending in its full stop, "Importantly, the 2005 budgets are included.": a
    // remark on what the table holds beside the year it reports.)
    if (!BUDGET_SETTING_TITLE.test(title) || MONITORING_TITLE.test(title) || title.split(/\s+/).length > 12 || /\w,? .*\s\w+\.$/.test(title) && title.split(/\s+/).length > 4) continue;
    // (A span of years, "Revenue Budget 2023/24 - 2027/28", a plan's, names no one year.)
    if (spansYears(title)) continue;
    const year = yearIn(title);
    if (year !== null) return year;
  }
  // Or the page's running footer, its last line, naming the book the page is of ("9/18 FY 2024
  // Adopted Budget", as a budget book prints its name under every page).
  const footer = pageFooter(sheet);
  if (footer !== null && BUDGET_BOOK_TITLE.test(footer) && !MONITORING_TITLE.test(footer) && !spansYears(footer) && footer.split(/\s+/).length <= 6) {
    const year = yearIn(footer.replace(/^\d{1,2}\/\d{1,2}\s+/, ''));
    if (year !== null) return year;
  }
  // A sheet with no title of its own may be named for it ("FY25 General Fund Budget", a CSV's
  // sheet named after its file).
  // ("Efficiency plan 2024-25": a plan for the year.)
  const named = nameAsTitle(sheet);
  if ((BUDGET_SETTING_TITLE.test(named) || /\bplan\b/i.test(named)) && !MONITORING_TITLE.test(named) && !spansYears(named)) return yearIn(named);
  return null;
}

const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// (With or without its days: "July 1, 2020 through June 30, 2021", "April 2025 to March 2026".)
const YEAR_WRITTEN_OUT = new RegExp(`\\b${MONTH_WORD}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)\\s*(?:through|thru|to|until|-|–)\\s*${MONTH_WORD}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)\\b`, 'i');

/**
 * A financial year written as its first and last days ("July 1, 2020 through June 30, 2021"):
 * the year it starts in, and the words that say it. Null for any other span.
 */
export function financialYearWrittenOut(text: string): { year: number; text: string; written: string } | null {
  const m = YEAR_WRITTEN_OUT.exec(text);
  if (!m) return null;
  const [from, to] = [monthIndex(m[1]!), monthIndex(m[3]!)];
  const [start, end] = [Number(m[2]), Number(m[4])];
  // (Twelve months: ending the month before it began, a year on; or January to December.)
  const twelve = (end === start + 1 && to === ((from + 10) % 12) + 1 && from !== 1) || (end === start && from === 1 && to === 12);
  // (Written again as such a title writes its year, "2020/21", or the calendar year alone.)
  return twelve ? { year: start, text: m[0], written: end === start ? `year ${start}` : `${start}/${String(end % 100).padStart(2, '0')}` } : null;
}

/**
 * The first year of a plan set over several years, where the sheet's title sets a budget or a
 * programme and spans its years ("Draft capital programme 2017/18 – 2021/22", "CAPITAL
 * INVESTMENT SUMMARY 2025-26 TO 2034-35", "3 YEAR REVENUE BUDGETS" over "2012-13 to 2014-15"):
 * the year the plan sets now, its later years indicative. Null where no title spans years so,
 * or a title reports on a year under way.
 */
export function planStartStatedOn(sheet: SheetGrid): number | null {
  const titles = titlesNearTop(sheet, 8);
  if (!titles.some((t) => PLAN_OVER_YEARS_TITLE.test(t)) || titles.some((t) => MONITORING_TITLE.test(t))) return null;
  const span = titles.find((t) => spansYears(t));
  return span === undefined ? null : yearIn(span);
}

/**
 * The financial year a monitoring report's title reports on ("CAPITAL MONITORING REPORT -
 * QUARTER 1 2010/11"): a title row (one cell alone near the top) naming a report and one year.
 */
export function reportYearStatedOn(sheet: SheetGrid): number | null {
  for (const title of titlesNearTop(sheet, 6)) {
    if (!MONITORING_TITLE.test(title) || title.split(/\s+/).length > 12 || spansYears(title)) continue;
    const year = yearIn(title);
    if (year !== null) return year;
  }
  return null;
}

/**
 * Whether the sheet's first title is a year alone ("2025-2026", "FY2024", "2019/20"), as a
 * club's or a PTA's workbook heads its sheet for the year: its bare budget is the year's.
 */
export function titledByYearAlone(sheet: SheetGrid): boolean {
  const first = titlesNearTop(sheet, 3)[0];
  return first !== undefined && yearIn(first) !== null && /^(fy\s?)?(?:199|20\d)\d(\s*[/-]\s*(?:\d{2}|(?:199|20\d)\d))?$/i.test(first.trim());
}

/** Whether a title names two years or more ("2023/24 - 2027/28", "2022 to 2025"). */
function spansYears(text: string): boolean {
  return (normaliseHeader(text).match(/\b(?:199|20\d)\d\b/g) ?? []).length >= 2 && !/^\D*(?:199|20\d)\d\s*[/-]\s*(?:\d{2}|(?:199|20\d)\d)\D*$/.test(normaliseHeader(text));
}

/**
 * A paper setting the budget for a year whose columns give that year with no budget word: as
 * a projection ("2017/2018 Projected" beside earlier actuals), or with a word of its own
 * ("CLAIM 2014 - 2015" beside this year's precept and estimate). That column is the budget put
 * to the council; the other years' figures are context.
 */
export function statedYearAsBudget(drafts: Draft[], budgetYear: number | null): void {
  if (budgetYear === null) return;
  // A budget column of that year ("FY25-26 1st Interim" under "… FY25-26 Budget"): the budget
  // the title sets, whatever stage it names.
  const ofTheYear = drafts.filter((d) => d.measure === 'budget' && d.year === budgetYear);
  for (const d of ofTheYear) d.budgetByTitle = true;
  if (ofTheYear.length) return;
  // (A year and a word or two, "CLAIM 2014 - 2015", heads a column; "2010 AGM (in addition to
  // above)" names a line.)
  // (Its unit is no word of its own: "2025-26 | Year 1 | £000s".)
  const wordsWithoutUnit = (d: Draft) => stripUnits(wordsBesideItsYear(d.text));
  const candidates = drafts.filter((d) => d.year === budgetYear && (d.measure === 'forecast' || d.measure === null) && !d.period && !d.yearColumn && wordsWithoutUnit(d).split(' ').filter(Boolean).length <= 2);
  // (Or the year's net beside its parts, "2012-13" over "Expenditure | Income | Net": the net.)
  const net = candidates.length >= 2 ? candidates.filter((d) => /^net\b/.test(wordsWithoutUnit(d))) : [];
  const parts = net.length === 1 ? drafts.filter((d) => d.year === budgetYear && d !== net[0] && (GROSS_PART.test(wordsWithoutUnit(d)) || INCOME_PART.test(wordsWithoutUnit(d)))) : [];
  if (net.length === 1 && candidates.every((d) => d === net[0] || parts.includes(d))) {
    for (const d of parts) {
      d.measure = null;
      d.why = `a part of "${net[0]!.text}", the year's net: context only`;
    }
    candidates.splice(0, candidates.length, net[0]!);
  }
  if (candidates.length !== 1) return;
  const column = candidates[0]!;
  column.why = column.measure === 'forecast'
    ? 'the projection for the year the paper sets its budget for: the budget put to the council'
    : 'the only column for the year the paper sets its budget for: the budget put to the council';
  column.measure = 'budget';
  column.budgetByTitle = true;
}

/**
 * A budget proposed before the forecasts of the years after it ("FY 2013-14 Proposed | FY
 * 2014-15 Proposed | FY 2015-16 Forecast …", a five-year forecast with no budget word), with no
 * actual or budget named: the first year proposed is the budget the paper sets, the later years
 * proposed and forecast context. Returns that year, or null.
 */
export function proposedBeforeForecasts(drafts: Draft[]): number | null {
  if (drafts.some((d) => d.measure === 'actual' || d.measure === 'budget')) return null;
  const proposed = drafts.filter((d) => d.measure === null && d.year !== null && PROPOSED_BUDGET.test(normaliseHeader(d.text)));
  const forecasts = drafts.filter((d) => d.measure === 'forecast');
  if (proposed.length === 0 || forecasts.length === 0) return null;
  const first = proposed.reduce((a, b) => (b.year! < a.year! ? b : a));
  if (!forecasts.every((f) => f.year !== null && f.year > Math.max(...proposed.map((p) => p.year!)))) return null;
  first.measure = 'budget';
  first.block = 'fullYear';
  first.budgetByStage = true;
  first.why = 'the budget proposed for the first year, before the forecasts of the years after it: the budget the paper sets';
  for (const d of proposed) {
    if (d === first) continue;
    d.otherYear = true;
    d.why = `proposed for a later year than column ${first.col + 1}: context only`;
  }
  return first.year;
}

/** The stage of setting a budget a header names beside its year and nothing else ("FY26 DEPT": the request), earliest 0. */
/**
 * A header's words with its year taken out ("Proposed FY 2016" is "proposed", "Amended_FY13"
 * is "amended"): the year's own words, "FY" and "Fiscal", go with it.
 */
export function wordsBesideItsYear(text: string): string {
  return normaliseHeader(text).replace(YEAR, ' ').replace(BARE_YEAR, ' ').replace(/[.()]/g, ' ').replace(/\b(fy|fiscal( year)?)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

function budgetStageOf(d: Draft): number | null {
  if (d.measure !== null || d.year === null) return null;
  const rest = wordsBesideItsYear(d.text);
  const stage = BUDGET_STAGES.findIndex((re) => re.test(rest));
  return stage >= 0 ? stage : null;
}

/**
 * A table setting next year's budget through its stages ("FY25 ACTUAL | FY26 DEPT | FY26 ADMIN",
 * a department's request beside the administrator's recommendation), with no budget word for
 * that year: its latest stage is the budget put to the council, and the earlier stages are
 * context. Returns the year the table sets a budget for.
 */
export function latestStageAsBudget(drafts: Draft[]): number | null {
  const years = drafts.map((d) => d.year).filter((y): y is number => y !== null);
  if (!years.length) return null;
  const latestYear = Math.max(...years);
  const ofYear = drafts.filter((d) => d.year === latestYear);
  // The year's budget as finally set beside its request ("2015 Request | 2015 Approved"): the
  // table sets that year's budget; the request is an earlier stage, context.
  const requested = ofYear.filter((d) => budgetStageOf(d) !== null);
  const settled = ofYear.filter((d) => d.measure === 'budget' && FINAL_STAGE.test(normaliseHeader(d.text).replace(YEAR, ' ').replace(BARE_YEAR, ' ').trim()));
  if (requested.length >= 1 && settled.length === 1 && ofYear.every((d) => requested.includes(d) || settled.includes(d))) {
    const last = settled[0]!;
    last.block = 'fullYear';
    last.budgetByStage = true;
    last.why = 'the budget as set for its year, beside the request before it: the budget the table sets';
    for (const d of requested) {
      d.otherYear = true;
      d.why = `an earlier stage of the same year's budget, before column ${last.col + 1}: context only`;
    }
    return latestYear;
  }
  // A budget, actual or forecast word for the year decides, as it does everywhere else.
  if (ofYear.some((d) => d.measure !== null)) return null;
  const staged = ofYear.map((d) => ({ d, stage: budgetStageOf(d) })).filter((x): x is { d: Draft; stage: number } => x.stage !== null);
  // One stage alone says nothing of the others: a request beside last year's budget is not the one set.
  // (But the year's budget as proposed, "2009/2010 Proposed", alone beside last year's actuals, is
  // the budget the paper puts.)
  // (Not beside an earlier year's budget: a year under way, its budget beside its actual, is the
  // one the table reports, "2012/13 Recommended" the next year's.)
  // (An earlier year's budget beside its own actual is a year under way; beside none, "Estimated
  // FY 2015" or "Fiscal 2014 original" before "Proposed FY 2016", it is the year before's, context.)
  const underWay = drafts.some((b) => b.measure === 'budget' && b.year !== null && b.year < latestYear && drafts.some((a) => a.measure === 'actual' && a.year === b.year));
  const earlierFigures = drafts.some((d) => (d.measure === 'actual' || d.measure === 'budget' || /\boriginal\b/.test(normaliseHeader(d.text))) && d.year !== null && d.year < latestYear);
  // A department's request alone says so in words ("Fiscal 2015 requested"); "FY26 DEPT" alone
  // may name a department's column, so only a later stage's word puts it.
  const putAlone = (x: { d: Draft; stage: number }) => x.stage >= 1 || REQUEST_WORD.test(wordsBesideItsYear(x.d.text));
  const proposedAlone = staged.length === 1 && ofYear.length === 1 && putAlone(staged[0]!) && earlierFigures && !underWay;
  if (!proposedAlone && (staged.length < 2 || new Set(staged.map((x) => x.stage)).size < 2)) return null;
  const last = staged.reduce((a, b) => (b.stage >= a.stage ? b : a)).d;
  last.measure = 'budget';
  last.block = 'fullYear';
  last.budgetByStage = true;
  last.why = 'the latest stage of the budget the table sets for its year: the budget put to the council';
  for (const { d } of staged) {
    if (d === last) continue;
    d.otherYear = true;
    d.why = `an earlier stage of the same year's budget, before column ${last.col + 1}: context only`;
  }
  return latestYear;
}

/**
 * A budget's stages side by side with no year over any of them ("Requested | Recommended |
 * Final", a student government's allocation to a society): the last, named as the stage that
 * settles a budget (Final, Approved, Adopted, Agreed), is the budget the page sets, right of
 * the earlier stages, which are context. With a budget, actual or forecast word anywhere in the
 * header, those words decide, as they do everywhere else. True where it read one.
 */
export function finalStageUndated(drafts: Draft[]): boolean {
  if (drafts.some((d) => d.year !== null || d.measure !== null)) return false;
  const staged = drafts.filter((d) => BUDGET_STAGES.some((re) => re.test(wordsBesideItsYear(d.text))));
  const settled = drafts.filter((d) => FINAL_STAGE.test(wordsBesideItsYear(d.text)));
  if (staged.length === 0 || settled.length !== 1) return false;
  const last = settled[0]!;
  if (!staged.every((d) => d.col < last.col)) return false;
  last.measure = 'budget';
  last.block = 'fullYear';
  last.budgetByStage = true;
  last.why = 'the budget as finally set, right of the stages before it: the budget the table sets';
  for (const d of staged) {
    d.otherYear = true;
    d.why = `an earlier stage of the same budget, before column ${last.col + 1}: context only`;
  }
  return true;
}

/**
 * The nearest line within `depth` rows over a row that is a title naming its year alone
 * ("Financial Year 2019/2020", "Budget 2019/20"), of at most `maxWords` words: the line, its
 * spaces closed up, and the year.
 */
export function yearTitleOver(sheet: SheetGrid, row: number, depth: number, maxWords = Infinity): { line: string; year: number } | null {
  for (let r = row - 1; r >= Math.max(0, row - depth); r--) {
    const texts = (sheet.values[r] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (texts.length !== 1) continue;
    const line = texts[0]!.trim().replace(/\s+/g, ' ');
    if (!YEAR_TITLE.test(line) || line.split(' ').length > maxWords) continue;
    const year = yearIn(line);
    if (year !== null) return { line, year };
  }
  return null;
}
