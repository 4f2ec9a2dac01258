/**
 * Relative cell references in formula text: moving a formula as Excel does when it fills a
 * shared formula down a column, and telling whether one formula is another moved. Used by the
 * reader (shared-formula followers carry no text of their own) and by the writer (which stores
 * a column of equal formulas as one shared formula). Both rest on one reading of a formula into
 * the text between its references and the references themselves.
 */
import { columnIndex, columnLetter } from '../../engine/grid';

/** A cell reference as written: $A$1, B12, $C7. */
interface CellRef {
  readonly colAbs: boolean;
  /** The column letters and row digits as written. */
  readonly letters: string;
  readonly rowAbs: boolean;
  readonly digits: string;
  /** Column (A = 1) and row as numbers. */
  readonly col: number;
  readonly row: number;
}

/** A formula cut at its references: texts[k] stands before refs[k], and the last text after the last reference. */
interface SplitFormula {
  readonly texts: string[];
  readonly refs: CellRef[];
}

/**
 * The formula cut at its cell references: those outside string literals and not part of a name
 * or a function call ("LOG10(" is a function, "A1B" a name).
 */
function splitAtRefs(formula: string): SplitFormula {
  const texts: string[] = [];
  const refs: CellRef[] = [];
  const n = formula.length;
  let textStart = 0;
  let i = 0;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34 /* " */) {
      // A string literal, with "" for a quote inside it: text, whatever it holds.
      i++;
      while (i < n) {
        if (formula.charCodeAt(i) === 34) {
          if (formula.charCodeAt(i + 1) === 34) i += 2;
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    const prev = i > 0 ? formula.charCodeAt(i - 1) : 0;
    if ((ch === 36 /* $ */ || isUpper(ch)) && !isNameChar(prev) && scanRef(formula, i)) {
      texts.push(formula.slice(textStart, i));
      const lettersStart = scanned.colAbs ? i + 1 : i;
      const digitsEnd = scanned.end;
      const digitsStart = digitsEnd - scanned.digitCount;
      const lettersEnd = scanned.rowAbs ? digitsStart - 1 : digitsStart;
      refs.push({
        colAbs: scanned.colAbs,
        letters: formula.slice(lettersStart, lettersEnd),
        rowAbs: scanned.rowAbs,
        digits: formula.slice(digitsStart, digitsEnd),
        col: scanned.col,
        row: scanned.row,
      });
      i = scanned.end;
      textStart = i;
      continue;
    }
    // Not a reference: a run of name characters is skipped whole, so "LOG10" is not read as "G10".
    if (isNameChar(ch)) {
      i++;
      while (i < n && isNameChar(formula.charCodeAt(i))) i++;
      continue;
    }
    i++;
  }
  texts.push(formula.slice(textStart, n));
  return { texts, refs };
}

/** The formula moved by (rows, cols): relative parts of references shift, absolute ones stay. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const { texts, refs } = splitAtRefs(formula);
  let out = texts[0]!;
  refs.forEach((r, k) => {
    const col = r.colAbs ? `$${r.letters}` : columnLetter(columnIndex(r.letters) + cols);
    const row = r.rowAbs ? `$${r.digits}` : String(Number(r.digits) + rows);
    out += col + row + texts[k + 1]!;
  });
  return out;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 /* _ */ || c === 46 /* . */;
}

/**
 * A formula read once into the text between its references and the references themselves, so
 * that many formulas can be compared with it quickly: the writer asks, for every formula cell of
 * a summary (a million for a 100,000-line budget), whether it is the one above moved down.
 */
export class FormulaShape {
  private readonly shape: SplitFormula;

  constructor(
    formula: string,
    private readonly row: number,
    private readonly col: number,
  ) {
    this.shape = splitAtRefs(formula);
  }

  /** Whether `b` at (row, col) is this formula moved there. */
  matches(b: string, row: number, col: number): boolean {
    const { texts, refs } = this.shape;
    const nb = b.length;
    const dRow = row - this.row;
    const dCol = col - this.col;
    let j = 0;
    for (let k = 0; ; k++) {
      // The text before the reference is the same, character for character.
      const text = texts[k]!;
      const length = text.length;
      if (j + length > nb) return false;
      for (let t = 0; t < length; t++) if (text.charCodeAt(t) !== b.charCodeAt(j + t)) return false;
      j += length;
      if (k === refs.length) return j === nb;
      // The reference has moved by exactly (dRow, dCol) where it is relative, and not where it is absolute.
      if (!scanRef(b, j)) return false;
      const ref = refs[k]!;
      if (scanned.colAbs !== ref.colAbs || scanned.rowAbs !== ref.rowAbs) return false;
      if (scanned.col - ref.col !== (ref.colAbs ? 0 : dCol)) return false;
      if (scanned.row - ref.row !== (ref.rowAbs ? 0 : dRow)) return false;
      j = scanned.end;
    }
  }
}

/** What scanRef found: a reference's end, its column and row numbers and which are absolute, and how many digits its row has. */
const scanned = { end: 0, colAbs: false, col: 0, rowAbs: false, row: 0, digitCount: 0 };

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
  scanned.digitCount = i - digitsStart;
  return true;
}
