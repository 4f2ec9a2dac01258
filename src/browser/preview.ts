/**
 * The browser page's stand-in for Excel's selection: a small window of a sheet around a
 * cell, with the cell marked. Pure, so it is tested in node.
 */
import { columnLetter, isErrorValue, parseA1, type CellValue, type SheetGrid, type WorkbookGrids } from '../engine/grid';
import { formatDate, fromExcelSerial, isDateFormat } from '../engine/cells/date';

export interface PreviewCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly numeric: boolean;
  readonly target: boolean;
}

export interface PreviewModel {
  readonly sheet: string;
  readonly columns: ReadonlyArray<{ readonly col: number; readonly letter: string }>;
  readonly rows: ReadonlyArray<{ readonly row: number; readonly cells: ReadonlyArray<PreviewCell> }>;
  readonly target: { readonly row: number; readonly col: number; readonly address: string } | null;
  /** "Rows 3-17, columns A-H of 24 rows and 18 columns." */
  readonly extent: string;
}

export interface PreviewSize {
  readonly rows: number;
  readonly cols: number;
}

const DEFAULT_SIZE: PreviewSize = { rows: 16, cols: 8 };
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function displayValue(value: CellValue | undefined, numberFormat: string | undefined, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat && isDateFormat(numberFormat)) return formatDate(fromExcelSerial(value, date1904));
  if (numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ''))) return `${NUMBER.format(value * 100)}%`;
  return NUMBER.format(value);
}

function width(sheet: SheetGrid): number {
  let max = 0;
  for (const row of sheet.values) if (row && row.length > max) max = row.length;
  return max;
}

/** The window of the sheet around the cell (or its top-left corner when there is none). */
export function previewOf(workbook: WorkbookGrids, sheetName: string, cell: string | null, size: PreviewSize = DEFAULT_SIZE): PreviewModel | null {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const target = cell ? parseA1(cell.replace(/\$/g, '').toUpperCase()) : null;
  const nRows = Math.max(sheet.values.length, target ? target.row + 1 : 0, 1);
  const nCols = Math.max(width(sheet), target ? target.col + 1 : 0, 1);
  const top = target ? clamp(target.row - Math.floor(size.rows / 3), 0, Math.max(0, nRows - size.rows)) : 0;
  const left = target ? clamp(target.col - Math.floor(size.cols / 2), 0, Math.max(0, nCols - size.cols)) : 0;
  const bottom = Math.min(nRows, top + size.rows) - 1;
  const right = Math.min(nCols, left + size.cols) - 1;
  const columns: { col: number; letter: string }[] = [];
  for (let c = left; c <= right; c++) columns.push({ col: c, letter: columnLetter(c) });
  const rows: { row: number; cells: PreviewCell[] }[] = [];
  for (let r = top; r <= bottom; r++) {
    const cells: PreviewCell[] = [];
    for (let c = left; c <= right; c++) {
      const v = sheet.values[r]?.[c];
      cells.push({
        row: r,
        col: c,
        text: displayValue(v, sheet.numberFormats?.[r]?.[c], workbook.date1904 ?? false),
        numeric: typeof v === 'number',
        target: !!target && target.row === r && target.col === c,
      });
    }
    rows.push({ row: r, cells });
  }
  return {
    sheet: sheet.name,
    columns,
    rows,
    target: target ? { ...target, address: `${columnLetter(target.col)}${target.row + 1}` } : null,
    extent: `Rows ${top + 1}–${bottom + 1}, columns ${columnLetter(left)}–${columnLetter(right)}, of ${nRows} rows and ${nCols} columns.`,
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
