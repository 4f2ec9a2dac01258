/**
 * A worksheet part (sheetN.xml) into grid arrays: cell values, number formats and
 * formulas, hidden rows and columns, merged ranges. This is where nearly all of a
 * workbook's bytes are, so it runs on the hand-written XmlScanner (see xml-scanner.ts)
 * and keeps per-cell work to a few comparisons.
 */
import type { CellRange, CellValue } from '../../engine/grid';
import { shiftFormula } from './formula-refs';
import { isoToSerial } from './dates';
import type { CellFormats } from './styles';
import * as text from './text';
import * as scanner from './xml-scanner';

// Module-local copies of what the hot loop uses from other modules. tsx and bundlers
// (esbuild) turn each use of an imported binding into a getter call on the module
// object; over a million cells that made this loop 1.7 times slower. A local does not.
const { XmlScanner } = scanner;
const EOF: number = scanner.EOF;
const START: number = scanner.START;
const TEXT: number = scanner.TEXT;
const unescapeXstring = text.unescapeXstring;
const xmlTrue = text.xmlTrue;

/** Excel's limits: 1,048,576 rows and 16,384 columns (A..XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface WorksheetContext {
  readonly sharedStrings: ReadonlyArray<string>;
  readonly cellFormats: CellFormats;
  readonly date1904: boolean;
  /** Called now and then with how far through the part the reader is (0..1). */
  readonly onProgress?: (fraction: number) => void;
}

export interface WorksheetData {
  values: Array<CellValue[] | undefined>;
  numberFormats: Array<Array<string | undefined> | undefined>;
  formulas: Array<Array<string | undefined> | undefined>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  merges: CellRange[];
}

/** A cell or range reference outside what Excel allows, or a cell that points at nothing: the part is damaged. */
export class WorksheetRangeError extends Error {
  constructor(
    readonly ref: string,
    message = `a cell reference ("${ref}") outside Excel's grid`,
  ) {
    super(message);
    this.name = 'WorksheetRangeError';
  }
}

/** A cell whose shared string the workbook does not have (a missing or cut-short sharedStrings.xml). */
function missingSharedString(index: number, count: number, row: number, col: number): WorksheetRangeError {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  const ref = `${letters}${row + 1}`;
  return new WorksheetRangeError(ref, `a cell (${ref}) that refers to shared string ${index + 1}, but the workbook has ${count === 0 ? 'no shared strings' : `only ${count}`}`);
}

const CAPTURE_NONE = 0;
const CAPTURE_V = 1;
const CAPTURE_F = 2;
const CAPTURE_T = 3;

/** Cell types (the t attribute), as small integers so that the hot loop compares numbers. */
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;
const T_OTHER = 7;

const PROGRESS_EVERY_ROWS = 2048;

export function parseWorksheet(xml: string, ctx: WorksheetContext): WorksheetData {
  const data: WorksheetData = {
    values: [],
    numberFormats: [],
    formulas: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merges: [],
  };
  const { sharedStrings, cellFormats, date1904, onProgress } = ctx;
  const values = data.values;
  const sc = new XmlScanner(xml);

  let inSheetData = false;
  let inRow = false;
  let inCell = false;
  let inCols = false;
  let inMergeCells = false;

  let rowIndex = -1; // 0-based row of the current <row>
  let lastRow = -1; // for rows without r
  let prevCol = -1; // for cells without r

  let cellRow = 0;
  let cellCol = 0;
  let cellType = T_NUMBER;
  let cellStyle = 0;
  // The <v> text: while it is one plain piece of the source, only its position is kept.
  let vPieces = 0;
  let vStart = 0;
  let vEnd = 0;
  let vCdata = false;
  let vText = '';
  let fText: string | undefined;
  // Shared formulas: the first cell of each group carries the text; the others are filled from it.
  let fShared = -1;
  const sharedMasters = new Map<number, { text: string; row: number; col: number }>();
  let isText: string | undefined;
  let inIs = false;
  let phonetic = 0;
  let capture = CAPTURE_NONE;
  let buf = '';
  let rowsSinceProgress = 0;

  for (let tok = sc.next(); tok !== EOF; tok = sc.next()) {
    if (tok === TEXT) {
      if (capture === CAPTURE_V) {
        if (vPieces === 0) {
          vStart = sc.textStart;
          vEnd = sc.textEnd;
          vCdata = sc.textIsCdata;
        } else {
          if (vPieces === 1) vText = sc.textOf(vStart, vEnd, vCdata);
          vText += sc.text();
        }
        vPieces++;
      } else if (capture !== CAPTURE_NONE) {
        buf += sc.text();
      }
      continue;
    }
    const name = sc.name;
    if (tok === START) {
      if (inCell) {
        if (name === 'v') {
          capture = CAPTURE_V;
          vPieces = 0;
          vText = '';
        } else if (name === 'f') {
          capture = CAPTURE_F;
          buf = '';
          fShared = sc.attr('t') === 'shared' ? parseInt(sc.attr('si') ?? '', 10) : -1;
        } else if (name === 'is') {
          inIs = true;
          isText = '';
        } else if (inIs) {
          if (name === 'rPh') phonetic++;
          else if (name === 't' && phonetic === 0) {
            capture = CAPTURE_T;
            buf = '';
          }
        }
      } else if (inRow) {
        if (name === 'c') {
          inCell = true;
          vPieces = -1; // no <v> yet
          fText = isText = undefined;
          fShared = -1;
          inIs = false;
          phonetic = 0;
          cellType = typeOf(sc);
          const s = sc.attrIndex('s');
          cellStyle = s < 0 ? 0 : parseIntAt(xml, sc.attrValueStart(s), sc.attrValueEnd(s));
          const r = sc.attrIndex('r');
          const ref = r < 0 ? INVALID : parseCellRefAt(xml, sc.attrValueStart(r), sc.attrValueEnd(r));
          if (ref >= 0) {
            cellRow = Math.floor(ref / MAX_COLUMNS);
            cellCol = ref - cellRow * MAX_COLUMNS;
          } else if (ref === OUT_OF_RANGE) {
            throw new WorksheetRangeError(sc.attr('r') ?? '');
          } else {
            cellRow = rowIndex;
            cellCol = prevCol + 1;
            if (cellCol >= MAX_COLUMNS) throw new WorksheetRangeError(`row ${rowIndex + 1}, column ${cellCol + 1}`);
          }
          prevCol = cellCol;
          if (cellRow > lastRow) lastRow = cellRow;
        }
      } else if (inSheetData) {
        if (name === 'row') {
          inRow = true;
          prevCol = -1;
          const r = sc.attrIndex('r');
          const n = r < 0 ? -1 : parseIntAt(xml, sc.attrValueStart(r), sc.attrValueEnd(r));
          rowIndex = n >= 1 ? n - 1 : lastRow + 1;
          if (rowIndex >= MAX_ROWS) throw new WorksheetRangeError(`row ${rowIndex + 1}`);
          if (rowIndex > lastRow) lastRow = rowIndex;
          if (xmlTrue(sc.attr('hidden'))) data.hiddenRows.add(rowIndex);
        }
      } else if (name === 'sheetData') {
        if (!sc.selfClosing) inSheetData = true;
      } else if (name === 'cols') {
        inCols = true;
      } else if (name === 'col') {
        if (inCols && xmlTrue(sc.attr('hidden'))) {
          const min = parseInt(sc.attr('min') ?? '', 10);
          const max = Math.min(parseInt(sc.attr('max') ?? '', 10) || min, MAX_COLUMNS);
          if (min >= 1) for (let c = min - 1; c < max; c++) data.hiddenColumns.add(c);
        }
      } else if (name === 'mergeCells') {
        inMergeCells = true;
      } else if (name === 'mergeCell') {
        const range = inMergeCells ? parseRangeRef(sc.attr('ref') ?? '') : undefined;
        if (range) data.merges.push(range);
      }
      continue;
    }
    // END
    if (inCell) {
      if (capture !== CAPTURE_NONE) {
        if (capture === CAPTURE_V && name === 'v') {
          if (vPieces === 0) vText = '';
          capture = CAPTURE_NONE;
        } else if (capture === CAPTURE_F && name === 'f') {
          fText = buf;
          capture = CAPTURE_NONE;
        } else if (capture === CAPTURE_T && name === 't') {
          isText += buf;
          capture = CAPTURE_NONE;
        }
      } else if (name === 'c') {
        inCell = false;
        let value: CellValue = null;
        // The common case of a shared string index: read the digits where they lie.
        const index = vPieces === 1 && cellType === T_SHARED ? parseIntAt(xml, vStart, vEnd) : -1;
        // The common case of a whole number: read where it lies, as Number() would read it.
        const integer = vPieces === 1 && cellType === T_NUMBER && !vCdata ? parseIntegerAt(xml, vStart, vEnd) : NaN;
        if (index >= 0) {
          const v = sharedStrings[index];
          if (v === undefined) throw missingSharedString(index, sharedStrings.length, cellRow, cellCol);
          value = v;
        } else if (integer === integer) {
          value = integer;
        } else if (vPieces >= 0 || isText !== undefined) {
          const text = vPieces === 1 ? sc.textOf(vStart, vEnd, vCdata) : vPieces > 1 ? vText : vPieces === 0 ? '' : undefined;
          value = cellValueOf(cellType, text, isText, sharedStrings, date1904);
          if (cellType === T_SHARED && value === null && text !== undefined && /^\s*\d+\s*$/.test(text)) throw missingSharedString(parseInt(text, 10), sharedStrings.length, cellRow, cellCol);
        }
        if (value !== null) {
          let cells = values[cellRow];
          if (cells === undefined) {
            while (values.length < cellRow) values.push(undefined);
            cells = [];
            values[cellRow] = cells;
          }
          while (cells.length < cellCol) cells.push(null);
          cells[cellCol] = value;
          const format = cellFormats[cellStyle];
          if (format !== undefined) setCell(data.numberFormats, cellRow, cellCol, format);
        }
        if (fText !== undefined && fText !== '') {
          const text = unescapeXstring(fText.charCodeAt(0) === 61 /* = */ ? fText.slice(1) : fText);
          setCell(data.formulas, cellRow, cellCol, text);
          if (fShared >= 0) sharedMasters.set(fShared, { text, row: cellRow, col: cellCol });
        } else if (fShared >= 0) {
          const master = sharedMasters.get(fShared);
          if (master) setCell(data.formulas, cellRow, cellCol, shiftFormula(master.text, cellRow - master.row, cellCol - master.col));
        }
      } else if (name === 'rPh') {
        if (phonetic > 0) phonetic--;
      } else if (name === 'is') {
        inIs = false;
      }
    } else if (inRow) {
      if (name === 'row') {
        inRow = false;
        if (onProgress && ++rowsSinceProgress >= PROGRESS_EVERY_ROWS) {
          rowsSinceProgress = 0;
          onProgress(sc.progress);
        }
      }
    } else if (name === 'sheetData') inSheetData = false;
    else if (name === 'cols') inCols = false;
    else if (name === 'mergeCells') inMergeCells = false;
  }
  return data;
}

/** The t attribute of the current <c> as a T_ constant, read without slicing it out. */
function typeOf(sc: scanner.XmlScanner): number {
  const k = sc.attrIndex('t');
  if (k < 0) return T_NUMBER;
  const src = sc.source;
  const start = sc.attrValueStart(k);
  const len = sc.attrValueEnd(k) - start;
  const c = src.charCodeAt(start);
  if (len === 1) {
    if (c === 115 /* s */) return T_SHARED;
    if (c === 110 /* n */) return T_NUMBER;
    if (c === 98 /* b */) return T_BOOL;
    if (c === 101 /* e */) return T_ERROR;
    if (c === 100 /* d */) return T_DATE;
  } else if (len === 3 && src.startsWith('str', start)) return T_STR;
  else if (len === 9 && src.startsWith('inlineStr', start)) return T_INLINE;
  return T_OTHER;
}

/** A cell's value from its type and texts; `text` is the <v> text (undefined without <v>). */
function cellValueOf(
  type: number,
  text: string | undefined,
  inline: string | undefined,
  sharedStrings: ReadonlyArray<string>,
  date1904: boolean,
): CellValue {
  switch (type) {
    case T_SHARED: {
      if (text === undefined) return null;
      const v = sharedStrings[parseInt(text, 10)];
      return v === undefined ? null : v;
    }
    case T_STR:
      return text === undefined ? null : unescapeXstring(text);
    case T_INLINE:
      if (inline !== undefined) return unescapeXstring(inline);
      return text === undefined ? null : unescapeXstring(text);
    case T_BOOL:
      return text === undefined ? null : xmlTrue(text.trim());
    case T_ERROR:
      return text === undefined ? null : { error: text.trim() };
    case T_DATE: {
      const t = text?.trim();
      return t ? (isoToSerial(t, date1904) ?? t) : null;
    }
    default: {
      // t="n" or no t. Text that is not a number is kept as text rather than lost.
      if (text === undefined || text === '') return null;
      const num = Number(text);
      if (num === num && (num !== 0 || text.trim() !== '')) return num;
      const t = text.trim();
      return t === '' ? null : unescapeXstring(t);
    }
  }
}

/** A non-negative decimal integer from source[start, end), or -1 when it is not one. */
function parseIntAt(src: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A decimal integer ("-" and up to 15 digits, so exact) from source[start, end), or NaN when it is not one. */
function parseIntegerAt(src: string, start: number, end: number): number {
  const negative = src.charCodeAt(start) === 45; /* - */
  const from = negative ? start + 1 : start;
  if (end <= from || end - from > 15) return NaN;
  let n = 0;
  for (let i = from; i < end; i++) {
    const c = src.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return negative ? -n : n;
}

function setCell<T>(rows: Array<Array<T | undefined> | undefined>, row: number, col: number, value: T): void {
  let cells = rows[row];
  if (cells === undefined) {
    while (rows.length < row) rows.push(undefined);
    cells = [];
    rows[row] = cells;
  }
  while (cells.length < col) cells.push(undefined);
  cells[col] = value;
}

const INVALID = -1;
const OUT_OF_RANGE = -2;

/**
 * "BC12" -> row * MAX_COLUMNS + col (0-based), or INVALID when it is not a cell
 * reference, OUT_OF_RANGE when it is one past Excel's grid. Accepts lower case and "$".
 */
export function parseCellRef(ref: string): number {
  return parseCellRefAt(ref, 0, ref.length);
}

function parseCellRefAt(src: string, start: number, end: number): number {
  let i = start;
  if (i < end && src.charCodeAt(i) === 36) i++;
  let col = 0;
  const colStart = i;
  for (; i < end; i++) {
    let c = src.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > 1e7) return OUT_OF_RANGE;
  }
  if (i === colStart) return INVALID;
  if (i < end && src.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c < 48 || c > 57) return INVALID;
    row = row * 10 + (c - 48);
    if (row > 1e9) return OUT_OF_RANGE;
  }
  if (i === rowStart || row === 0) return INVALID;
  if (row > MAX_ROWS || col > MAX_COLUMNS) return OUT_OF_RANGE;
  return (row - 1) * MAX_COLUMNS + (col - 1);
}

/** "A1:C3" (or "A1") -> 0-based inclusive range; undefined when it is not one. */
export function parseRangeRef(ref: string): CellRange | undefined {
  const colon = ref.indexOf(':');
  const a = parseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(ref.slice(colon + 1));
  if (a < 0 || b < 0) return undefined;
  const r1 = Math.floor(a / MAX_COLUMNS);
  const c1 = a % MAX_COLUMNS;
  const r2 = Math.floor(b / MAX_COLUMNS);
  const c2 = b % MAX_COLUMNS;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
