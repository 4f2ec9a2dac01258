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

/** The formula with its relative references written as offsets from its own cell. */
export function relativeShape(formula: string, row: number, col: number): string {
  return formula.replace(REF, (m, literal: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (literal !== undefined) return m;
    const c = colAbs ? `C${letters}` : `c${columnIndex(letters) - col}`;
    const r = rowAbs ? `R${digits}` : `r${Number(digits) - 1 - row}`;
    return `<${c}${r}>`;
  });
}
