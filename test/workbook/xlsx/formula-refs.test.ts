import { relativeShape, shiftFormula } from '../../../src/workbook/xlsx/formula-refs';

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
  test('formulas of the same shape in different rows compare equal, different ones do not', () => {
    expect(relativeShape('I12-G12', 11, 8)).toBe(relativeShape('I13-G13', 12, 8));
    expect(relativeShape('$B$3*I12', 11, 8)).toBe(relativeShape('$B$3*I13', 12, 8));
    expect(relativeShape('I12-G12', 11, 8)).not.toBe(relativeShape('I12-G13', 12, 8));
  });
});
