/**
 * How a generated sheet prints: A4 landscape at a percentage scale worked out here from the
 * column widths, never by a spreadsheet's fit-to-pages zoom (which Excel on the desktop does not
 * apply reliably through the API: OfficeDev/office-js#1860), so Excel, LibreOffice and the
 * .xlsx writer all print the same pages. The summaries choose widths that give a scale where
 * 11 pt text prints at about 8 pt or more; long text wraps in columns of fixed width rather
 * than widening the page.
 *
 * Also a rough measure of a row's height, so a planner can tell what fits on the first page.
 */
import { a1 } from '../grid';
import type { PlannedCell, PrintSettings } from './types';

/** A4 in points: 297 x 210 mm. */
export const A4_LONG_SIDE = 841.89;
export const A4_SHORT_SIDE = 595.28;

/** The margins RAG Board prints with, in points: half an inch at the sides, top and bottom; headers and footers a quarter inch from the edge. */
export const PRINT_MARGINS = { left: 36, right: 36, top: 36, bottom: 36, header: 18, footer: 18 } as const;

/**
 * A width in characters (of the default font's digits, as Excel's column width is given) in
 * points: 7 pixels a digit and 5 of padding for Calibri 11, at 96 pixels to 72 points.
 */
export function widthInPoints(chars: number): number {
  return Math.round((Math.max(0, chars) * 7 + 5) * 0.75 * 100) / 100;
}

/** Excel's default column width, 8.43 characters: 64 pixels, in points. */
const DEFAULT_COLUMN_POINTS = 48;

/**
 * Pixels a character of column width may take when printed: Calibri's digits are 7 pixels, but
 * where Calibri (and its metric twin Carlito) is missing, LibreOffice sets the sheet in DejaVu
 * Sans, whose digits are a third wider, and every column with them. The scale is worked out for
 * the wider font, so the columns fit across the page in either; in Excel they then leave some
 * of the page's width unused.
 */
const PRINT_PIXELS_PER_CHARACTER = 9.5;

/**
 * The scale (percent) at which columns `left`..`right` fit across A4 landscape between the
 * margins, in Calibri or in the wider font that stands in for it: what "fit to one page wide" would give, never above 100 and never below Excel's
 * least, 10 (PageLayoutZoomOptions.scale).
 */
export function printScale(widths: ReadonlyArray<number>, left = 0, right = widths.length - 1): number {
  let points = 0;
  for (let c = left; c <= right; c++) points += widths[c]! > 0 ? (widths[c]! * PRINT_PIXELS_PER_CHARACTER + 5) * 0.75 : DEFAULT_COLUMN_POINTS;
  const printable = A4_LONG_SIDE - PRINT_MARGINS.left - PRINT_MARGINS.right;
  return Math.max(10, Math.min(100, Math.floor((printable / Math.max(points, 1)) * 100)));
}

/** The height of a page's printable part, in the sheet's own points (before scaling). */
export function pageHeightOnSheet(scale: number): number {
  return (A4_SHORT_SIDE - PRINT_MARGINS.top - PRINT_MARGINS.bottom) / (scale / 100);
}

/** A line of 11 pt text, in points, as Excel and LibreOffice set it. */
export const LINE_HEIGHT = 15;

/**
 * A row's height as a spreadsheet would fit it: the most lines any wrapped text cell needs in
 * its column, wrapped at word boundaries (a rough measure, erring on the tall side: a row a
 * little too tall leaves white space, one too short hides the first lines of its text).
 */
export function estimatedRowHeight(cells: ReadonlyArray<PlannedCell | undefined> | undefined, widths: ReadonlyArray<number>): number {
  let lines = 1;
  let size = 11;
  for (let c = 0; c < (cells?.length ?? 0); c++) {
    const cell = cells![c];
    if (!cell) continue;
    if (cell.style?.size && cell.style.size > size) size = cell.style.size;
    if (!cell.style?.wrap) continue;
    const t = cell.kind === 'text' ? cell.text : cell.kind === 'formula' && typeof cell.cached === 'string' ? cell.cached : '';
    const perLine = Math.max(1, Math.floor((widths[c] ?? 8) * CHARACTERS_PER_WIDTH));
    let n = 0;
    for (const part of t.split('\n')) n += wrappedLines(part, perLine);
    if (n > lines) lines = n;
  }
  return lines * LINE_HEIGHT * (size / 11);
}

/**
 * Characters of text a character of column width holds, in the narrower of the fonts a summary
 * prints in (measured on LibreOffice's PDF of the samples: about 13 on a column 12 wide).
 */
const CHARACTERS_PER_WIDTH = 1.05;

/** Lines a paragraph takes when wrapped at word boundaries, as a spreadsheet wraps it; a word longer than a line is broken. */
export function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/)) {
    if (!word) continue;
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than the line runs on over as many lines as it needs.
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** The heights of rows whose wrapped text needs more than one line; undefined for the rest. */
export function wrappedRowHeights(rows: ReadonlyArray<ReadonlyArray<PlannedCell | undefined> | undefined>, widths: ReadonlyArray<number>): Array<number | undefined> {
  const heights: Array<number | undefined> = [];
  rows.forEach((cells, r) => {
    if (!cells?.some((c) => c?.style?.wrap)) return;
    const h = estimatedRowHeight(cells, widths);
    if (h > LINE_HEIGHT * 1.5) heights[r] = Math.min(h, 409);
  });
  return heights;
}

/** A summary's print settings: A4 landscape, the scale its widths give, header rows repeated, pages broken before `breaksBefore`. */
export function summaryPrint(widths: ReadonlyArray<number>, lastRow: number, titleRow: number | null, breaksBefore: ReadonlyArray<number>): PrintSettings {
  const lastCol = Math.max(widths.length - 1, 0);
  return {
    area: `A1:${a1(Math.max(lastRow, 0), lastCol)}`,
    orientation: 'landscape',
    paper: 'A4',
    scale: Math.max(printScale(widths, 0, lastCol), 10),
    margins: PRINT_MARGINS,
    ...(titleRow !== null ? { titleRows: `$${titleRow + 1}:$${titleRow + 1}` } : {}),
    breaksBefore: [...new Set(breaksBefore)].filter((r) => r > 0 && r <= lastRow).sort((a, b) => a - b),
  };
}
