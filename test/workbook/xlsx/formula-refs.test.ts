import { FormulaShape, shiftFormula } from '../../../src/workbook/xlsx/formula-refs';

/** Whether formula `b` at (rowB, colB) is formula `a` at (rowA, colA) moved there. */
function sameShape(a: string, rowA: number, colA: number, b: string, rowB: number, colB: number): boolean {
  return new FormulaShape(a, rowA, colA).matches(b, rowB, colB);
}

describe('moving formulas as Excel fills them', () => {
  test.each([
    ['A1*2', 1, 0, 'A2*2'],
    ['$A$1+B2', 3, 1, '$A$1+C5'],
    ['IF(D5="Red B7",$K$3,E5)', 2, 0, 'IF(D7="Red B7",$K$3,E7)'],
    ["'Risk Register'!J9*LOG10(C2)", 1, 0, "'Risk Register'!J10*LOG10(C3)"],
    ['SUM($B4:B4)', 1, 0, 'SUM($B5:B5)'],
    ['Z1', 0, 1, 'AA1'],
  ])('%s moved by %i rows and %i columns is %s', (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});

describe('sameShape: is one formula another moved, as shiftFormula moves it', () => {
  test.each([
    ['I12-G12', 11, 'I13-G13', 12, true],
    ['$B$3*I12', 11, '$B$3*I13', 12, true],
    ['I12-G12', 11, 'I12-G13', 12, false],
    ['IF(A5="A5",1,0)', 4, 'IF(A6="A5",1,0)', 5, true],
    ['IF(A5="A5",1,0)', 4, 'IF(A6="A6",1,0)', 5, false],
    ['LOG10(A1)', 0, 'LOG10(A2)', 1, true],
    ["'Risk Register'!J9", 8, "'Risk Register'!J10", 9, true],
    ['SUM(A1:A3)', 0, 'SUM(A2:A4)', 1, true],
    ['SUM(A1:A3)', 0, 'SUM(A2:A5)', 1, false],
    ['A9*2', 8, 'A10*2', 9, true],
    ['A9*2', 8, 'A10*2+1', 9, false],
    ['A9*2', 8, 'A10*', 9, false],
    ['$A9*B$2', 8, '$A10*B$2', 9, true],
    ['$A9*B$2', 8, '$A10*B$3', 9, false],
    ['A9', 8, '$A10', 9, false],
    ['', 0, '', 1, true],
    ['"unterminated', 0, '"unterminated', 1, true],
  ])('%s at row %i and %s at row %i: %s', (a, ra, b, rb, expected) => {
    expect(sameShape(a, ra, 0, b, rb, 0)).toBe(expected);
    expect(shiftFormula(a, rb - ra, 0) === b).toBe(expected);
  });
});
