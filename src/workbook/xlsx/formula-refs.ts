/**
 * Relative cell references in formula text: moving a formula as Excel does when it fills a
 * shared formula down a column, and writing its shape so equal formulas compare equal. Used by
 * the reader (shared-formula followers carry no text of their own) and by the writer (which
 * stores a column of equal formulas as one shared formula).
 */
import { columnIndex, columnLetter } from '../../engine/grid';

// A cell reference outside a string literal and not part of a name or function: $A$1, B12, $C7.
const REF = /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** The formula moved by (rows, cols): relative parts of references shift, absolute ones stay. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(REF, (m, literal: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (literal !== undefined) return m;
    const col = colAbs ? letters : columnLetter(columnIndex(letters) + cols);
    const row = rowAbs ? digits : String(Number(digits) + rows);
    return `${colAbs}${col}${rowAbs}${row}`;
  });
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 /* _ */ || c === 46 /* . */;
}

/**
 * Whether formula `b` at (rowB, colB) is formula `a` at (rowA, colA) moved there: the same text
 * but for relative references, which differ by exactly the move.
 */
export function sameShape(a: string, rowA: number, colA: number, b: string, rowB: number, colB: number): boolean {
  return new FormulaShape(a, rowA, colA).matches(b, rowB, colB);
}

/**
 * A formula read once into the text between its references and the references themselves, so
 * that many formulas can be compared with it quickly: the writer asks, for every formula cell of
 * a summary (a million for a 100,000-line budget), whether it is the one above moved down.
 */
export class FormulaShape {
  /** The text before each reference, and after the last: [start, end) in the formula. */
  private readonly textStarts: number[] = [];
  private readonly textEnds: number[] = [];
  private readonly colAbs: boolean[] = [];
  private readonly cols: number[] = [];
  private readonly rowAbs: boolean[] = [];
  private readonly rows: number[] = [];

  constructor(
    private readonly formula: string,
    private readonly row: number,
    private readonly col: number,
  ) {
    const a = formula;
    const n = a.length;
    let textStart = 0;
    let i = 0;
    while (i < n) {
      const ch = a.charCodeAt(i);
      if (ch === 34 /* " */) {
        // A string literal, with "" for a quote inside it: text, whatever it holds.
        i++;
        while (i < n) {
          if (a.charCodeAt(i) === 34) {
            if (a.charCodeAt(i + 1) === 34) i += 2;
            else break;
          } else i++;
        }
        i++;
        continue;
      }
      const prev = i > 0 ? a.charCodeAt(i - 1) : 0;
      if ((ch === 36 /* $ */ || isUpper(ch)) && !isNameChar(prev) && scanRef(a, i)) {
        this.textStarts.push(textStart);
        this.textEnds.push(i);
        this.colAbs.push(scanned.colAbs);
        this.cols.push(scanned.col);
        this.rowAbs.push(scanned.rowAbs);
        this.rows.push(scanned.row);
        i = scanned.end;
        textStart = i;
        continue;
      }
      // Not a reference: a run of name characters is skipped whole, so "LOG10" is not read as "G10".
      if (isNameChar(ch)) {
        i++;
        while (i < n && isNameChar(a.charCodeAt(i))) i++;
        continue;
      }
      i++;
    }
    this.textStarts.push(textStart);
    this.textEnds.push(n);
  }

  /** Whether `b` at (row, col) is this formula moved there. */
  matches(b: string, row: number, col: number): boolean {
    const a = this.formula;
    const nb = b.length;
    const dRow = row - this.row;
    const dCol = col - this.col;
    const refs = this.cols.length;
    let j = 0;
    for (let k = 0; ; k++) {
      // The text before the reference is the same, character for character.
      const start = this.textStarts[k]!;
      const length = this.textEnds[k]! - start;
      if (j + length > nb) return false;
      for (let t = 0; t < length; t++) if (a.charCodeAt(start + t) !== b.charCodeAt(j + t)) return false;
      j += length;
      if (k === refs) return j === nb;
      // The reference has moved by exactly (dRow, dCol) where it is relative, and not where it is absolute.
      if (!scanRef(b, j)) return false;
      const colAbs = this.colAbs[k]!;
      const rowAbs = this.rowAbs[k]!;
      if (scanned.colAbs !== colAbs || scanned.rowAbs !== rowAbs) return false;
      if (scanned.col - this.cols[k]! !== (colAbs ? 0 : dCol)) return false;
      if (scanned.row - this.rows[k]! !== (rowAbs ? 0 : dRow)) return false;
      j = scanned.end;
    }
  }
}

/** What scanRef found: a reference's end, its column and row numbers and which are absolute. */
const scanned = { end: 0, colAbs: false, col: 0, rowAbs: false, row: 0 };

/**
 * Whether a cell reference ($A$1, B12, $C7) starts at `start` and is not part of a name or a
 * function call; what it read is left in `scanned` rather than in a new object.
 */
function scanRef(s: string, start: number): boolean {
  let i = start;
  const n = s.length;
  const colAbs = s.charCodeAt(i) === 36;
  if (colAbs) i++;
  let col = 0;
  const lettersStart = i;
  while (i < n && i - lettersStart < 3) {
    const c = s.charCodeAt(i);
    if (!isUpper(c)) break;
    col = col * 26 + (c - 64);
    i++;
  }
  if (i === lettersStart) return false;
  const rowAbs = s.charCodeAt(i) === 36;
  if (rowAbs) i++;
  let row = 0;
  const digitsStart = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === digitsStart) return false;
  const next = i < n ? s.charCodeAt(i) : 0;
  // A name or a function call follows: not a reference ("A1B", "LOG10(").
  if (isNameChar(next) || next === 40 /* ( */) return false;
  scanned.end = i;
  scanned.colAbs = colAbs;
  scanned.col = col;
  scanned.rowAbs = rowAbs;
  scanned.row = row;
  return true;
}
