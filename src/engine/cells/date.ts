import { CellValue } from '../grid';

/**
 * Dates as registers and finance packs write them: an Excel serial number, "01/04/2017"
 * (UK day first), "Aug-17", "30th June 2017", "11th October 2018", "Q3 2017/18".
 * Returned as a calendar date in UTC (no time zone games: a review date is a day).
 */
export interface CalendarDate {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A month's number (1 to 12) by its name or the first three letters of it, -1 for no month. */
export function monthIndex(word: string): number {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? -1 : i + 1;
}

/**
 * A year written in two digits, as Excel reads one: 00 to 29 in this century, 30 to 99 in the last
 * ("Mar-99" is March 1999, not 2099).
 */
function fullYear(y: number): number {
  return y < 30 ? 2000 + y : y < 100 ? 1900 + y : y;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Excel serial (1900 system, with its phantom 29 Feb 1900) to a calendar date. */
export function fromExcelSerial(serial: number, date1904 = false): CalendarDate {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Serial 60 is the non-existent 29/02/1900; serials after it are one day ahead.
  const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  const d = new Date(epoch + days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toExcelSerial(date: CalendarDate): number {
  const ms = Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(1899, 11, 30);
  return Math.round(ms / 86400000);
}

/** True when a number format code shows a date (d, m, y tokens outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const stripped = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(stripped) || /(^|[^h:])m{3,}/i.test(stripped) || /\bmm?\b.*\byy/i.test(stripped);
}

/**
 * A date from a cell. `monthEnd` picks the last day for month-only text such as "Aug-17",
 * which in a review date column means "by the end of August".
 */
export function parseDate(cell: CellValue, numberFormat?: string, options: { monthEnd?: boolean; date1904?: boolean } = {}): CalendarDate | null {
  if (typeof cell === 'number') {
    if (!isDateFormat(numberFormat) || cell < 1 || cell > 2958465) return null;
    return fromExcelSerial(cell, options.date1904);
  }
  if (typeof cell !== 'string') return null;
  const t = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) return valid(fullYear(Number(m[3])), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ?(?:st|nd|rd|th)? (?:of )?([a-z]{3,9}),? (\d{2}|\d{4})$/.exec(t);
  if (m && monthIndex(m[2]!) > 0) return valid(fullYear(Number(m[3])), monthIndex(m[2]!), Number(m[1]));
  // "July 4, 2011": the month first, as American papers write a date.
  m = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(t);
  if (m && monthIndex(m[1]!) > 0) return valid(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  m = /^([a-z]{3,9})[ -](\d{2}|\d{4})$/.exec(t);
  if (m && monthIndex(m[1]!) > 0) {
    const year = fullYear(Number(m[2]));
    const month = monthIndex(m[1]!);
    return { year, month, day: options.monthEnd ? lastDayOfMonth(year, month) : 1 };
  }
  return null;
}

function valid(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return { year, month, day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Days from one date to another (the later less the earlier). */
function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/**
 * Whether a line states a period of a whole year, from one date to the next year's ("INCOME/
 * EXPENSE STATEMENT July 4, 2011 – July 1, 2012", a co-op's 52 weeks; "1 April 2022 to 31 March
 * 2023"): a statement of the year, its actuals the year's.
 */
export function statesAWholeYear(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  if (!/\d{4}/.test(t)) return false;
  const DATE = '(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \\d{4}|[A-Za-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})';
  const m = new RegExp(`${DATE}\\s*(?:-|–|—|to|until|through)\\s*${DATE}`, 'i').exec(t);
  if (!m) return false;
  const from = parseDate(m[1]!);
  const to = parseDate(m[2]!);
  if (!from || !to) return false;
  const days = daysBetween(from, to);
  return days >= 350 && days <= 380;
}

/**
 * Months elapsed in the NHS financial year (April to March) at a date: 30 June is month 3.
 * A date before the month's last day counts the month as not yet complete.
 */
export function financialMonthsElapsed(date: CalendarDate): number {
  const monthsSinceApril = (date.month - 4 + 12) % 12;
  const complete = date.day >= lastDayOfMonth(date.year, date.month) - 1;
  return monthsSinceApril + (complete ? 1 : 0);
}

/**
 * The report's own statement of its period, found in titles: "Month 7", "M7",
 * "as at 30th June 2017", "Position as at 30 June 2017". Returns the months elapsed
 * in the financial year and the date where one is given.
 */
export function parsePeriod(text: string): { monthsElapsed: number; asAt: CalendarDate | null } | null {
  const t = text.toLowerCase();
  const month = /\b(?:month\s*|m|period\s*|p)(\d{1,2})\b/.exec(t);
  if (month) {
    const n = Number(month[1]);
    if (n >= 1 && n <= 12) return { monthsElapsed: n, asAt: null };
  }
  // "Quarter 4", "Q2", "3rd quarter": the months to its end.
  const quarter = /\b(?:quarter|qtr\.?|q)\s*([1-4])\b|\b([1-4])(?:st|nd|rd|th) quarter\b/.exec(t);
  if (quarter) return { monthsElapsed: Number(quarter[1] ?? quarter[2]) * 3, asAt: null };
  const asAt = /\bas at (?:the )?(\d{1,2} ?(?:st|nd|rd|th)? (?:of )?[a-z]{3,9},? \d{4})/.exec(t.replace(/\s+/g, ' '));
  if (asAt) {
    const d = parseDate(asAt[1]!);
    if (d) return { monthsElapsed: financialMonthsElapsed(d), asAt: d };
  }
  return null;
}

/**
 * Where a heading's period falls, for telling an earlier review's columns from the latest
 * ("Residual risk assessment: Quarter 1 16/17" before "… Quarter 2 16/17", "March 2016" before
 * "June 2016"): a count of months, or null where the heading names no period. `dated` says
 * whether a year was given; only headings alike in that are compared.
 */
export function periodOfHeading(text: string): { monthIndex: number; dated: boolean } | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  // A month and year ("June 2016", "Jun-16"): a calendar month.
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ -]'?(\d{4}|\d{2})\b/.exec(t);
  if (named) return { monthIndex: fullYear(Number(named[2])) * 12 + monthIndex(named[1]!), dated: true };
  // A financial year ("16/17", "2016/17", "2016-17") and the months of it elapsed ("Quarter 2").
  const fy = /\b(?:(20\d\d|19\d\d)|(\d\d))\s?[/-]\s?(\d{2}|\d{4})\b/.exec(t);
  const startYear = fy ? (fy[1] ? Number(fy[1]) : 2000 + Number(fy[2])) : null;
  const elapsed = parsePeriod(t)?.monthsElapsed ?? null;
  if (elapsed === null) return null;
  return startYear === null ? { monthIndex: elapsed, dated: false } : { monthIndex: startYear * 12 + 3 + elapsed, dated: true };
}
