/**
 * The browser page's stand-in for Excel's selection: a small window of a sheet around a
 * cell, with the cell marked. Pure, so it is tested in node.
 */
import { columnLetter, isErrorValue, parseA1, type CellValue, type SheetGrid, type WorkbookGrids } from '../engine/grid';
import { fromExcelSerial, isDateFormat } from '../engine/cells/date';

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
  /** The sheet's size, and the first row shown (0-based), for moving the window a page at a time. */
  readonly sheetRows: number;
  readonly top: number;
  readonly pageRows: number;
}

export interface PreviewSize {
  readonly rows: number;
  readonly cols: number;
}

/**
 * Rows and columns drawn at a time: the box scrolls over them (a second table below the first
 * is in view a scroll away), and "Later rows" moves on a page for longer sheets. A window, so
 * a sheet of 100,000 rows is never drawn whole.
 */
export const DEFAULT_SIZE: PreviewSize = { rows: 200, cols: 30 };
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const two = (n: number) => String(n).padStart(2, '0');

/** A date (and time, where the format shows one) as people in the UK write it: 01/04/2017, 01/04/2017 09:30. */
function formatDateGB(serial: number, numberFormat: string, date1904: boolean): string {
  const d = fromExcelSerial(serial, date1904);
  const day = `${two(d.day)}/${two(d.month)}/${d.year}`;
  const withTime = /h/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  if (!withTime) return day;
  const minutes = Math.round((serial - Math.floor(serial)) * 24 * 60) % (24 * 60);
  return `${day} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

export function displayValue(value: CellValue | undefined, numberFormat: string | undefined, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (numberFormat && isDateFormat(numberFormat)) return formatDateGB(value, numberFormat, date1904);
  if (numberFormat && /%/.test(numberFormat.replace(/"[^"]*"/g, ''))) return `${NUMBER.format(value * 100)}%`;
  return NUMBER.format(value);
}

function width(sheet: SheetGrid): number {
  let max = 0;
  for (const row of sheet.values) if (row && row.length > max) max = row.length;
  return max;
}

/**
 * The window of the sheet around the cell (or from row `from`, 0-based, or the top-left
 * corner when neither is given).
 */
export function previewOf(workbook: WorkbookGrids, sheetName: string, cell: string | null, size: PreviewSize = DEFAULT_SIZE, from: number | null = null): PreviewModel | null {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const target = cell ? parseA1(cell.replace(/\$/g, '').toUpperCase()) : null;
  const nRows = Math.max(sheet.values.length, target ? target.row + 1 : 0, 1);
  const nCols = Math.max(width(sheet), target ? target.col + 1 : 0, 1);
  const top = target
    ? clamp(target.row - Math.floor(size.rows / 3), 0, Math.max(0, nRows - size.rows))
    : from !== null
      ? clamp(from, 0, Math.max(0, nRows - size.rows))
      : 0;
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
    extent: `Rows ${(top + 1).toLocaleString('en-GB')}–${(bottom + 1).toLocaleString('en-GB')}, columns ${columnLetter(left)}–${columnLetter(right)}, of ${nRows.toLocaleString('en-GB')} rows and ${nCols} columns.`,
    sheetRows: nRows,
    top,
    pageRows: size.rows,
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
