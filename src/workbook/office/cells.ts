/**
 * A generated sheet's cells as the Excel JavaScript API wants them: rectangular blocks of
 * rows (formulas and number formats as 2D arrays whose shape is the block's), cut so that
 * no block passes the request budget; equal looks gathered into rectangles; column widths
 * in points.
 *
 * Text stays text: every text cell is given the number format "@" (Text) first, then its
 * text is written through Range.values, in the same request; formulas and numbers go through
 * Range.formulas. This rests on documented behaviour only:
 *  - Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 *    ("="), Excel interprets this value as a formula" (Excel.Range.values, API reference) —
 *    unless the cell is formatted as Text: a cell formatted as Text before a value goes in
 *    keeps what it is given as text ("Format numbers as text", Microsoft Support: apply the
 *    Text format first, then enter the value), so "=HYPERLINK(...)", "@SUM(A1)", "+cmd", "-x",
 *    "00123", "1/2" and "TRUE" stay those characters.
 *  - Range.formulas is for formulas; whether it keeps "=..." as text under "@" is not
 *    documented, and it loses a leading apostrophe (OfficeDev/office-js#6687), so text never
 *    goes through it.
 *  - A null in the 2-D array leaves that cell as it is ("null input in 2-D array", Blank and
 *    null values in Excel add-ins), so one block is written as formulas with null where the
 *    text goes, then as values with null everywhere else.
 * A text cell whose style has a number format of its own gets it after its value (changing a
 * format never re-reads a cell Excel already holds as text). A formula or number never gets
 * "@" before its value, whatever its style says: it gets it afterwards in the same way.
 */
import { a1, type CellRange } from '../../engine/grid';
import type { CellStyle, GeneratedSheet, PlannedCell } from '../../engine/plan/types';
import { packCell, rectangles } from './addresses';
import { planFault } from './errors';
import { utf8Length } from './sync';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

/** The longest text Excel keeps in a cell. */
const MAX_TEXT = 32767;
/** The longest formula Excel takes. */
const MAX_FORMULA = 8192;

export type FormulaInput = string | number | boolean | null;

export interface CellBlock {
  readonly top: number;
  readonly left: number;
  /** formulas[r][c]: a number, "=..." for a formula, "" for an empty cell, null where text goes. */
  readonly formulas: FormulaInput[][];
  /** values[r][c]: the text of a text cell, null elsewhere; null when the block has no text. */
  readonly values: Array<Array<string | null>> | null;
  /** numberFormats[r][c], the same shape as formulas. */
  readonly numberFormats: string[][];
  /** Bytes of the arrays in a request's JSON (UTF-8). */
  readonly bytes: number;
}

/** The sheet's cells as blocks of whole rows, each at most `maxBytes` (a single row may pass it). */
export function cellBlocks(sheet: GeneratedSheet, maxBytes: number): CellBlock[] {
  const width = sheet.rows.reduce((w, row) => Math.max(w, lastDefined(row) + 1), 0);
  if (width === 0) return [];
  let height = sheet.rows.length;
  while (height > 0 && lastDefined(sheet.rows[height - 1] ?? []) < 0) height--;
  const blocks: CellBlock[] = [];
  let top = 0;
  let formulas: FormulaInput[][] = [];
  let texts: Array<Array<string | null>> = [];
  let anyText = false;
  let formats: string[][] = [];
  // Each array's brackets; each row adds its own cost and a comma to both arrays.
  const EMPTY = 4;
  let bytes = EMPTY;
  const formatCost = new Map<string, number>();
  const flush = () => {
    if (formulas.length === 0) return;
    blocks.push({ top, left: 0, formulas, values: anyText ? texts : null, numberFormats: formats, bytes: bytes - 2 + (anyText ? textBytes - 1 : 0) });
    top += formulas.length;
    formulas = [];
    texts = [];
    anyText = false;
    formats = [];
    bytes = EMPTY;
    textBytes = 2;
  };
  let textBytes = 2;
  for (let r = 0; r < height; r++) {
    const row = sheet.rows[r] ?? [];
    const fRow: FormulaInput[] = new Array<FormulaInput>(width);
    const tRow: Array<string | null> = new Array<string | null>(width);
    const nRow: string[] = new Array<string>(width);
    let rowText = false;
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell?.kind === 'text') {
        if (cell.text.length > MAX_TEXT) throw planFault(`the text of cell ${cellName(r, c)} is longer than the ${MAX_TEXT} characters Excel keeps`, { sheet: sheet.name, cell: cellName(r, c) });
        fRow[c] = null;
        tRow[c] = cell.text;
        rowText = true;
      } else {
        fRow[c] = formulaInput(cell, sheet.name, r, c);
        tRow[c] = null;
      }
      nRow[c] = preValueFormat(cell);
    }
    const rowBytes = rowCost(fRow, formatCost) + rowCost(nRow, formatCost) + 2;
    // The values array costs its texts and a null for every other cell.
    const rowTextBytes = rowCost(tRow, formatCost) + 1;
    if (formulas.length > 0 && bytes - 2 + rowBytes + (anyText || rowText ? textBytes + rowTextBytes : 0) > maxBytes) flush();
    if (rowText && !anyText) {
      // The rows before this one had no text: their nulls count now.
      for (const t of texts) textBytes += rowCost(t, formatCost) + 1;
      anyText = true;
    }
    formulas.push(fRow);
    texts.push(tRow);
    formats.push(nRow);
    bytes += rowBytes;
    if (anyText) textBytes += rowTextBytes;
  }
  flush();
  return blocks;
}

/** Characters JSON escapes or that take more than one byte in UTF-8. */
const COSTLY = /["\\\u0000-\u001f\u007f-\uffff]/;

/** Bytes of a row in a request's JSON: the same as payloadBytes(row), without building the JSON. */
function rowCost(row: ReadonlyArray<FormulaInput>, cache: Map<string, number>): number {
  let n = 2 + Math.max(0, row.length - 1);
  for (const v of row) {
    if (typeof v === 'string') {
      // Number formats and short labels repeat down a sheet: their cost is remembered.
      let cost = v.length <= 48 ? cache.get(v) : undefined;
      if (cost === undefined) {
        cost = COSTLY.test(v) ? utf8Length(JSON.stringify(v)) : v.length + 2;
        if (v.length <= 48 && cache.size < 4096) cache.set(v, cost);
      }
      n += cost;
    } else if (typeof v === 'number') n += String(v).length;
    else if (v === null) n += 4;
    else n += v ? 4 : 5;
  }
  return n;
}

function lastDefined(row: ReadonlyArray<PlannedCell | undefined>): number {
  for (let c = row.length - 1; c >= 0; c--) if (row[c] !== undefined) return c;
  return -1;
}

function formulaInput(cell: PlannedCell | undefined, sheet: string, r: number, c: number): FormulaInput {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'text':
      return null;
    case 'number':
      if (!Number.isFinite(cell.value)) throw planFault(`cell ${cellName(r, c)} holds ${cell.value}, which is not a number Excel can store`, { sheet, cell: cellName(r, c) });
      return cell.value;
    case 'formula': {
      const f = cell.formula.trim().replace(/^=/, '');
      if (f === '') throw planFault(`the formula of cell ${cellName(r, c)} is empty`, { sheet, cell: cellName(r, c) });
      if (f.length + 1 > MAX_FORMULA) throw planFault(`the formula of cell ${cellName(r, c)} is longer than the ${MAX_FORMULA} characters Excel takes`, { sheet, cell: cellName(r, c) });
      return `=${f}`;
    }
  }
}

function cellName(r: number, c: number): string {
  return a1(r, c);
}

/** The format a cell has when its value goes in: Text for text, the style's format otherwise (never Text). */
function preValueFormat(cell: PlannedCell | undefined): string {
  if (cell === undefined) return GENERAL_FORMAT;
  if (cell.kind === 'text') return TEXT_FORMAT;
  const nf = cell.style?.numberFormat;
  return nf && nf !== TEXT_FORMAT ? nf : GENERAL_FORMAT;
}

/** The format a cell's style asks for where it differs from the one it had when its value went in: set after the values. */
function postValueFormat(cell: PlannedCell | undefined): string | undefined {
  if (cell === undefined) return undefined;
  const nf = cell.style?.numberFormat;
  if (cell.kind === 'text') return nf && nf !== TEXT_FORMAT ? nf : undefined;
  return nf === TEXT_FORMAT ? TEXT_FORMAT : undefined;
}

/** Cells whose style asks for a number format other than the one they had when their values went in, by format. */
export function textFormatFixups(sheet: GeneratedSheet): Array<{ numberFormat: string; ranges: CellRange[] }> {
  const byFormat = new Map<string, number[]>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const nf = postValueFormat(cell);
      if (!nf) return;
      const cells = byFormat.get(nf);
      if (cells) cells.push(packCell(r, c));
      else byFormat.set(nf, [packCell(r, c)]);
    }),
  );
  return [...byFormat].map(([numberFormat, cells]) => ({ numberFormat, ranges: rectangles(cells) }));
}

/** A look without its number format (which travels with the cells): what fills, fonts and borders need. */
export type Look = Omit<CellStyle, 'numberFormat'>;

export interface StyleGroup {
  readonly look: Look;
  readonly ranges: CellRange[];
}

/** Cells of equal look, as rectangles; looks with nothing to set are left out. */
export function styleGroups(sheet: GeneratedSheet): StyleGroup[] {
  const byKey = new Map<string, { look: Look; cells: number[] }>();
  const seen = new WeakMap<CellStyle, string>();
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const style = cell?.style;
      if (!style) return;
      let key = seen.get(style);
      if (key === undefined) {
        key = lookKey(style);
        seen.set(style, key);
      }
      if (key === '') return;
      const entry = byKey.get(key);
      if (entry) entry.cells.push(packCell(r, c));
      else byKey.set(key, { look: lookOf(style)!, cells: [packCell(r, c)] });
    }),
  );
  return [...byKey.values()].map(({ look, cells }) => ({ look, ranges: rectangles(cells) }));
}

/** A key equal for equal looks, '' for a look with nothing to set (cheaper than JSON for a million cells). */
function lookKey(style: CellStyle): string {
  const size = style.size !== undefined && style.size !== 11 ? style.size : '';
  const key = `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}${style.wrap ? 'w' : ''}${style.border ? 'r' : ''}|${style.fill ?? ''}|${style.fontColour ?? ''}|${style.horizontal ?? ''}|${size}`;
  return key === '||||' ? '' : key.toUpperCase();
}

function lookOf(style: CellStyle | undefined): Look | undefined {
  if (!style) return undefined;
  const look: { -readonly [K in keyof Look]: Look[K] } = {};
  if (style.bold) look.bold = true;
  if (style.italic) look.italic = true;
  if (style.fill) look.fill = colour(style.fill);
  if (style.fontColour) look.fontColour = colour(style.fontColour);
  if (style.horizontal) look.horizontal = style.horizontal;
  if (style.wrap) look.wrap = true;
  if (style.border) look.border = true;
  if (style.size !== undefined && style.size !== 11) look.size = style.size;
  return Object.keys(look).length > 0 ? look : undefined;
}

/** "#RRGGBB", upper case; anything else is a fault of the plan. */
export function colour(c: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(c.trim());
  if (!m) throw planFault(`"${c}" is not a colour (#RRGGBB)`);
  return `#${m[1]!.toUpperCase()}`;
}

/** Excel's horizontal alignment for a planned one. */
export function alignment(h: NonNullable<CellStyle['horizontal']>): 'Left' | 'Center' | 'Right' {
  return h === 'left' ? 'Left' : h === 'centre' ? 'Center' : 'Right';
}

/**
 * A width in characters (of the default font's digits, as Excel's column width is given) in
 * points, as Range.format.columnWidth takes it: 7 pixels a digit and 5 of padding for
 * Calibri 11, at 96 pixels to 72 points.
 */
export function widthInPoints(chars: number): number {
  return Math.round((Math.max(0, chars) * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive columns of equal width: [left, right, points]. */
export function widthRuns(widths: ReadonlyArray<number>): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  widths.forEach((w, c) => {
    if (!(w > 0)) return;
    const pts = widthInPoints(w);
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1 && last[2] === pts) last[1] = c;
    else runs.push([c, c, pts]);
  });
  return runs;
}

