/**
 * The engine's view of a workbook: plain grids of cell values, as every adapter
 * (the .xlsx reader, the Office JavaScript API, the browser page) can produce them.
 *
 * Rows and columns are 0-based here; the report turns them into 1-based Excel rows
 * and A1 addresses at the edge, so that no arithmetic in the engine has to remember
 * which convention it is in.
 */

/** An Excel error value such as #REF! or #DIV/0!, kept apart from text that merely looks like one. */
export interface ErrorValue {
  readonly error: string;
}

/**
 * What a cell holds after Excel has calculated it: a number (dates are serial numbers,
 * as Excel stores them), text, a boolean, an error, or nothing.
 */
export type CellValue = number | string | boolean | ErrorValue | null;

export interface CellRange {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** "hidden" and "veryHidden" sheets are read, and reported as such. */
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /** values[row][col]; rows may be ragged or missing (undefined) where the sheet is empty. */
  readonly values: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
  /** Number format code per cell where the cell has one other than General (e.g. "#,##0;(#,##0)"). */
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  /** Formula text per cell (without the leading "="), where the cell has one. */
  readonly formulas?: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  readonly hiddenRows?: ReadonlySet<number>;
  readonly hiddenColumns?: ReadonlySet<number>;
  readonly merges?: ReadonlyArray<CellRange>;
  /**
   * The whole name the sheet's was cut from, where Excel cut it to its 31 characters: a CSV
   * opened in Excel is named after its file ("db-unza26-csc4792-lusangazi_obb" from
   * "db-unza26-csc4792-lusangazi_obb_budget_2026"). Set by the engine from the workbook's name;
   * read as the sheet's name is, as a title (`nameAsTitle`), never to address its cells.
   */
  readonly uncutName?: string;
}

export interface WorkbookGrids {
  readonly sheets: ReadonlyArray<SheetGrid>;
  /** True when the workbook counts dates from 1904 (old Mac workbooks); false for the usual 1900 system. */
  readonly date1904?: boolean;
  /**
   * The workbook's file name, as the adapter knows it ("Budget 2026.csv"); none where it knows
   * none. Only ever read for the sheet names Excel cut from it.
   */
  readonly name?: string;
  /**
   * Sheets an earlier run of RAG Board wrote, by name, with their role ("budget-summary",
   * "risk-summary", "snapshot"), as the adapter found them marked. Never analysed as the
   * user's tables; replaced on the next run.
   */
  readonly generatedSheets?: ReadonlyMap<string, string>;
  /**
   * Sheets that carry RAG Board's mark for another sheet's name: copies of a summary (Excel
   * copies a sheet's names with it) or summaries the user renamed to keep. They are the user's:
   * never replaced or removed, and not analysed (they hold our tables, not theirs).
   */
  readonly keptCopies?: ReadonlySet<string>;
  /**
   * Sheets that carry RAG Board's mark but not the content it wrote there (a summary the user
   * edited, an old summary without a fingerprint, or a mark copied or typed onto a sheet of the
   * user's). A mark alone is no evidence: they are the user's, read as any sheet of theirs.
   */
  readonly unprovenMarks?: ReadonlySet<string>;
}

/** The sheet's name as a title reads it: the whole name where Excel cut it (`uncutName`). */
export function nameAsTitle(sheet: SheetGrid): string {
  return sheet.uncutName ?? sheet.name;
}

export function isErrorValue(value: CellValue | undefined): value is ErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function cellValue(sheet: SheetGrid, row: number, col: number): CellValue {
  const v = sheet.values[row]?.[col];
  return v === undefined ? null : v;
}

export function cellNumberFormat(sheet: SheetGrid, row: number, col: number): string | undefined {
  return sheet.numberFormats?.[row]?.[col];
}

export function cellFormula(sheet: SheetGrid, row: number, col: number): string | undefined {
  return sheet.formulas?.[row]?.[col];
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetGrid): number {
  let max = 0;
  for (const row of sheet.values) if (row && row.length > max) max = row.length;
  return max;
}

/** "A", "B", ... "Z", "AA" for a 0-based column index. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based cell. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeA1(range: CellRange): string {
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

/** 0-based column index of "A".."XFD". Returns -1 for anything else. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Parses "B7" into 0-based row and column; null when it is not an A1 cell reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** A row's columns as the arguments of SUM: one range where they stand side by side, else each cell. */
export function sumArguments(cols: ReadonlyArray<number>, cell: (col: number) => string, range: (first: number, last: number) => string): string {
  const side = cols.every((c, i) => i === 0 || c === cols[i - 1]! + 1);
  return side && cols.length > 1 ? range(cols[0]!, cols[cols.length - 1]!) : cols.map(cell).join(',');
}
