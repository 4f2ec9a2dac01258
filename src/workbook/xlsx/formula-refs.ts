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

/**
 * The formula with its relative references written as offsets from its own cell. A hand-written
 * scan rather than a regular expression: the writer calls it for every formula of a summary,
 * a million times for a 100,000-line budget.
 */
export function relativeShape(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34 /* " */) {
      // A string literal, with "" for a quote inside it: copied as it is.
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) === 34) {
          if (formula.charCodeAt(j + 1) === 34) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula.charCodeAt(i - 1) : 0;
    if ((ch === 36 /* $ */ || isUpper(ch)) && !isNameChar(prev)) {
      const ref = readRef(formula, i);
      if (ref) {
        const c = ref.colAbs ? `C${ref.letters}` : `c${columnIndex(ref.letters) - col}`;
        const r = ref.rowAbs ? `R${ref.digits}` : `r${Number(ref.digits) - 1 - row}`;
        out += `<${c}${r}>`;
        i = ref.end;
        continue;
      }
    }
    // Not a reference: copy the run of name characters whole, so "LOG10" is not read as "G10".
    if (isNameChar(ch)) {
      let j = i + 1;
      while (j < n && isNameChar(formula.charCodeAt(j))) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 /* _ */ || c === 46 /* . */;
}

function readRef(s: string, start: number): { colAbs: boolean; letters: string; rowAbs: boolean; digits: string; end: number } | null {
  let i = start;
  const colAbs = s.charCodeAt(i) === 36;
  if (colAbs) i++;
  const lettersStart = i;
  while (i < s.length && isUpper(s.charCodeAt(i)) && i - lettersStart < 3) i++;
  if (i === lettersStart) return null;
  const letters = s.slice(lettersStart, i);
  const rowAbs = s.charCodeAt(i) === 36;
  if (rowAbs) i++;
  const digitsStart = i;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return null;
  const next = i < s.length ? s.charCodeAt(i) : 0;
  // A name or a function call follows: not a reference ("A1B", "LOG10(").
  if (isNameChar(next) || next === 40 /* ( */) return null;
  return { colAbs, letters, rowAbs, digits: s.slice(digitsStart, i), end: i };
}

/**
 * Whether formula `b` at (rowB, colB) is formula `a` at (rowA, colA) moved there: the same text
 * but for relative references, which differ by exactly the move. Compares in place, without
 * building either shape or allocating, as the writer asks this for every formula cell of a
 * summary.
 */
export function sameShape(a: string, rowA: number, colA: number, b: string, rowB: number, colB: number): boolean {
  let i = 0;
  let j = 0;
  const dRow = rowB - rowA;
  const dCol = colB - colA;
  const na = a.length;
  const nb = b.length;
  while (i < na && j < nb) {
    const ca = a.charCodeAt(i);
    if (ca === 34) {
      // String literals must be equal as they stand.
      let k = i + 1;
      while (k < na) {
        if (a.charCodeAt(k) === 34) {
          if (a.charCodeAt(k + 1) === 34) k += 2;
          else break;
        } else k++;
      }
      const end = Math.min(k + 1, na);
      if (j + (end - i) > nb) return false;
      for (; i < end; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
      continue;
    }
    const prevA = i > 0 ? a.charCodeAt(i - 1) : 0;
    if ((ca === 36 || isUpper(ca)) && !isNameChar(prevA)) {
      if (scanRef(a, i)) {
        const endA = scanned.end;
        const colAbsA = scanned.colAbs;
        const colValueA = scanned.col;
        const rowAbsA = scanned.rowAbs;
        const rowValueA = scanned.row;
        if (!scanRef(b, j) || colAbsA !== scanned.colAbs || rowAbsA !== scanned.rowAbs) return false;
        if (scanned.col - colValueA !== (colAbsA ? 0 : dCol)) return false;
        if (scanned.row - rowValueA !== (rowAbsA ? 0 : dRow)) return false;
        i = endA;
        j = scanned.end;
        continue;
      }
    }
    if (isNameChar(ca)) {
      // A run of name characters (a function or a name) is compared whole.
      let k = i + 1;
      while (k < na && isNameChar(a.charCodeAt(k))) k++;
      if (j + (k - i) > nb) return false;
      for (; i < k; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
      if (j < nb && isNameChar(b.charCodeAt(j))) return false;
      continue;
    }
    if (ca !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return i === na && j === nb;
}

/** What scanRef found: a reference's end, its column and row numbers and which are absolute. */
const scanned = { end: 0, colAbs: false, col: 0, rowAbs: false, row: 0 };

/** readRef's test, leaving what it read in `scanned` instead of a new object. */
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
