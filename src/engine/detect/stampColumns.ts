/**
 * Columns a converter or an export stamps on every row (a PDF converter's "Document ID |
 * Filename | Received At", the same on each of its rows): no part of the tables beside them.
 */
import { SheetGrid, cellValue, columnCount } from '../grid';

/**
 * What only a converter or an export stamps: the file it read ("25pgs.pdf") or its own id for
 * the document (a long run of hex digits); never a year or a fund, which a table's own lines
 * may all share.
 */
const CONVERTER_STAMP = /\.(pdf|csv|xlsx?|ods|docx?|txt|json|html?)$|^[0-9a-f]{16,}$/i;

/** Rows a sheet needs before its leading columns are taken as a stamp rather than a table's. */
const MIN_STAMPED_ROWS = 10;

/**
 * The first column after the sheet's stamp, where its leading columns each hold one value
 * (or nothing) on every row under their own header row, two of them at least holding one, one
 * of those a file's name or a document id, and the columns after them vary; null where the
 * sheet has no such stamp.
 */
export function firstColumnAfterStamp(sheet: SheetGrid): number | null {
  const filled = (row: ReadonlyArray<unknown> | undefined) => !!row?.some((v) => v !== null && v !== undefined && String(v).trim() !== '');
  // (Under the stamp's own header, the sheet's first row with anything in it.)
  const top = sheet.values.findIndex((row) => filled(row));
  if (top < 0) return null;
  // (Counted only as far as it needs: a sheet of a hundred thousand lines is not walked for it.)
  let rows = 0;
  for (let r = top + 1; r < sheet.values.length && rows < MIN_STAMPED_ROWS; r++) if (filled(sheet.values[r])) rows++;
  if (rows < MIN_STAMPED_ROWS) return null;
  const width = columnCount(sheet);
  let stamped = 0;
  let byConverter = false;
  let col = 0;
  for (; col < width; col++) {
    const values = new Set<string>();
    for (let r = top + 1; r < sheet.values.length; r++) {
      const v = cellValue(sheet, r, col);
      if (!filled(sheet.values[r])) continue;
      // (Alike whatever their case: a header row retyped in capitals carries the stamp so too.)
      values.add(v === null ? '' : String(v).trim().toLowerCase());
      if (values.size > 1) break;
    }
    if (values.size > 1) break;
    // (A column of one value on every row, not one left blank.)
    if (!values.has('')) {
      stamped++;
      if ([...values].some((v) => CONVERTER_STAMP.test(v))) byConverter = true;
    }
  }
  // (The stamp's own header over it: "Document ID | … | Filename".)
  const named = Array.from({ length: col }, (_x, c) => cellValue(sheet, top, c)).filter((v) => typeof v === 'string' && /[a-z]{2}/i.test(v)).length;
  return stamped >= 2 && byConverter && col < width && named >= stamped ? col : null;
}
