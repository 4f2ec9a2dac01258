/**
 * Reading a sheet's header cells, for budget tables and risk registers alike: a cell's text,
 * how far a row reaches, whether a row may be a header at all, and the block label that stands
 * over each column of a header's upper row.
 */
import { CellValue, SheetGrid, cellValue } from '../grid';
import { looksNumeric } from '../cells/amount';
import { BROKEN_NAME } from './vocabulary';

/**
 * Whether a cell holds a number shown as a percentage ("0%", "0.0%;[Red]-0.0%"): a spreadsheet
 * keeps "42%" as 0.42 formatted so. (A "%" inside quotes or after a backslash is printed text.)
 */
export function isPercentFormatted(sheet: SheetGrid, row: number, col: number): boolean {
  const format = sheet.numberFormats?.[row]?.[col];
  // (A format with no "%" anywhere, as most are, is told without rewriting it: this runs on
  // every figure of every line.)
  return format !== undefined && format.includes('%') && typeof cellValue(sheet, row, col) === 'number' && /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}

export function cellText(sheet: SheetGrid, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  if (typeof v === 'string') return v.trim();
  return '';
}

/** A year saved as a number over a header's columns ("2017" over "Net Expenditure"). */
export function isYearNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2099;
}

/** A year over a column, saved as a number or typed as text ("2023"). */
export function isYearCell(v: unknown): boolean {
  return isYearNumber(v) || (typeof v === 'string' && /^\s*(19|20)\d\d\s*$/.test(v));
}

/** A header cell's words: its text, or a year saved as a number. */
export function headerText(sheet: SheetGrid, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  return isYearNumber(v) ? String(v) : cellText(sheet, row, col);
}

export function rowWidth(sheet: SheetGrid, row: number): number {
  return sheet.values[row]?.length ?? 0;
}

/**
 * Column headers are names, not paragraphs or sentences: a cell of prose ("Business plan
 * prepared for the 2011 bid, worked through since.") is data, whatever words it uses.
 */
export function isHeaderLength(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  const sentence = words >= 5 && /[a-z)]\.\s*$/i.test(text) && !/\b(no|nos|ref|etc|inc|incl)\.\s*$/i.test(text);
  // Measured as read, however it was spaced: "For  the  year  ended" is as long as "For the year ended".
  return text.replace(/\s+/g, ' ').trim().length <= 90 && words <= 12 && !sentence;
}

/**
 * The grid's column letters printed over the sheet ("A | B | C | D", a sheet printed with its
 * headings): letters running on column by column, heading nothing of the table's.
 */
export function isColumnLettersRow(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values) return false;
  let letters = 0;
  let previous: number | null = null;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || !/^[A-Z]$/.test(v.trim())) return false;
    // (Each the letter after the one before, whatever blank columns stand between.)
    const code = v.trim().charCodeAt(0);
    if (previous !== null && code !== previous + 1) return false;
    previous = code;
    letters++;
  }
  return letters >= 3;
}

/**
 * The columns' numbers printed under or over a header ("(1) | (2) | (3) | (5) | (7)", as a
 * council's appendix numbers them to say how one is worked from others): three or more, each
 * greater than the one before, and nothing else on the row. Not a line of negative figures.
 */
export function isColumnNumbersRow(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values) return false;
  let numbers = 0;
  let previous = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    const m = typeof v === 'string' ? /^\((\d{1,2})\)$/.exec(v.trim()) : null;
    if (!m || Number(m[1]) <= previous) return false;
    previous = Number(m[1]);
    numbers++;
  }
  return numbers >= 3;
}

/** Cheap first look: a header row has at least two words and hardly any figures. */
export function mayBeHeaderRow(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values || isColumnLettersRow(sheet, row)) return false;
  let texts = 0;
  let numbers = 0;
  let fields = 0;
  for (const v of values) {
    // A year written as text ("2023" under "FISCAL YEAR TO DATE") heads its column.
    if (isYearCell(v)) texts++;
    else if (typeof v === 'number' || (typeof v === 'string' && looksNumeric(v))) numbers++;
    else if (typeof v === 'string' && v.trim() !== '') {
      texts++;
      if (isFormField(v)) fields++;
    }
  }
  // A report's run line of fields ("Printed: 11/14/2014 | Budget Type: CB Approved | Current
  // Actual YTD: 06/30/14"): each cell a label and its value, heading no column.
  return texts >= 2 && numbers <= 1 && fields * 2 < texts;
}

/** A form's field and its value in one cell: "Budget Type: CB Approved", "Revision: 1". */
export function isFormField(text: string): boolean {
  // (Not a time, "At 15:30": the colon of a field follows its label's words.)
  return text.includes(':') && /^[^:]{1,39}[a-z)]\s*:\s*\S/i.test(text.trim()) && !/\d{1,2}:\d{2}/.test(text);
}

export function mergeAt(sheet: SheetGrid, row: number, col: number) {
  return sheet.merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** How many columns the cell spans: a merge's width, else 1. */
export function columnsSpanned(sheet: SheetGrid, row: number, col: number): number {
  const merge = mergeAt(sheet, row, col);
  return merge ? merge.right - merge.left + 1 : 1;
}

/**
 * The text of a group header above each column: a merged cell over several columns, or a label
 * such as "Year To Date" that stands over the columns up to the next label.
 *
 * `blockStarts` are the columns where a label on a higher header row begins: a label on a lower
 * row never reaches past one ("2011/12" over "YTD" stops where "2012/13 Forecast" begins).
 */
export function groupTexts(sheet: SheetGrid, groupRow: number, width: number, firstCol: number, blockStarts: ReadonlySet<number> = new Set()): string[] {
  const out: string[] = new Array(width).fill('');
  let carry = '';
  // A row that merges the labels it spans over columns ("CURRENT PROJECTION" merged over the two
  // variances under it): its other labels are each its own column's, the first line of a name
  // wrapped over the rows below ("ORIGINAL" over "ADOPTED" over "BUDGET"), carried over nothing.
  const mergesItsSpans = sheet.merges?.some((m) => m.top === groupRow && m.bottom === groupRow && m.right > m.left && m.left >= firstCol) ?? false;
  for (let c = 0; c < width; c++) {
    const merge = mergeAt(sheet, groupRow, c);
    if (merge) {
      out[c] = headerText(sheet, merge.top, merge.left);
      carry = '';
      continue;
    }
    const t = headerText(sheet, groupRow, c);
    if (blockStarts.has(c)) carry = '';
    // A name broken over two lines, its first ending on a joining mark ("Net County Cost/" over
    // "(Contribution)"): its own column's, not a label carried over the columns after it.
    // (So is a share, "% of total" over "income": its column's, never carried over the money beside it.)
    if (t && (BROKEN_NAME.test(t) || /^%/.test(t) || (mergesItsSpans && c >= firstCol))) {
      out[c] = t;
      carry = '';
      continue;
    }
    if (t) carry = t;
    // A blank column between blocks ends the block above it.
    if (!t && columnIsBlank(sheet, groupRow + 1, c)) carry = '';
    out[c] = c >= firstCol ? carry : t;
  }
  return out;
}

/** The columns where a label of this header row begins: a filled cell, or a merge's first column. */
export function labelStarts(sheet: SheetGrid, row: number, width: number): number[] {
  const starts: number[] = [];
  for (let c = 0; c < width; c++) {
    const merge = mergeAt(sheet, row, c);
    if (merge ? merge.left === c : headerText(sheet, row, c) !== '') starts.push(c);
  }
  return starts;
}

/** Group texts for a stack of header rows, top first: each row's labels stop at the blocks above. */
export function stackedGroupTexts(sheet: SheetGrid, groupRows: readonly number[], width: number, firstCol: number): string[][] {
  const blockStarts = new Set<number>();
  return groupRows.map((row) => {
    const texts = groupTexts(sheet, row, width, firstCol, blockStarts);
    for (const c of labelStarts(sheet, row, width)) blockStarts.add(c);
    return texts;
  });
}

function columnIsBlank(sheet: SheetGrid, fromRow: number, col: number): boolean {
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 3); r++) {
    const v = cellValue(sheet, r, col);
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}

/** A row with nothing in it (or only blank text). */
export function isBlankRow(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  return !values || values.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

/**
 * A printout's rule drawn in characters ("________", "--------", "========") across a row, and
 * nothing else in it: no line of a table, and no gap in one.
 */
export function isRuledLine(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  let rules = 0;
  for (const v of values ?? []) {
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || !/^[\s_=\-─━═]{3,}$/.test(v) || !/[_=\-─━═]{3}/.test(v)) return false;
    rules++;
  }
  return rules > 0;
}

/**
 * The rows at the top of a sheet where its title and period are written: the first `count`
 * from its first row with anything in it, however many blank rows stand above that.
 */
export function topRows(sheet: SheetGrid, count: number): number[] {
  let first = 0;
  while (first < sheet.values.length && isBlankRow(sheet, first)) first++;
  const rows: number[] = [];
  for (let r = first; r < Math.min(first + count, sheet.values.length); r++) rows.push(r);
  return rows;
}

const firstColumns = new WeakMap<SheetGrid, number>();

/** The sheet's first column with anything in it: column A, or the one after blank columns left of the tables. */
export function firstUsedColumn(sheet: SheetGrid): number {
  let first = firstColumns.get(sheet);
  if (first !== undefined) return first;
  first = Number.MAX_SAFE_INTEGER;
  for (const row of sheet.values) {
    if (!row) continue;
    for (let c = 0; c < Math.min(row.length, first); c++) {
      const v = row[c];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) {
        first = c;
        break;
      }
    }
    if (first === 0) break;
  }
  if (first === Number.MAX_SAFE_INTEGER) first = 0;
  firstColumns.set(sheet, first);
  return first;
}

/** Of the filled cells in `rows` rows of a column from `fromRow`: how many pass `test`, and how many are filled. */
export function cellsPassing(sheet: SheetGrid, col: number, fromRow: number, rows: number, test: (v: Exclude<CellValue, null>) => boolean): { passing: number; filled: number } {
  let passing = 0;
  let filled = 0;
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + rows); r++) {
    const v = cellValue(sheet, r, col);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    filled++;
    if (test(v)) passing++;
  }
  return { passing, filled };
}
