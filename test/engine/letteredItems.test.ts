/**
 * Items lettered under a numbered item of a summary's outline ("1) Interfund Transfers" over
 * "a) Transfers In", "b) Transfers Out"), as California's state interim form prints them: the
 * letter is the line's code, as the number of "1) LCFF Sources" is, and no part of its name.
 * The grid is San Juan USD's Form 01I (test/corpus/fixtures), its sections A and D.
 */
import { BudgetTable } from '../../src/engine/model';
import { reportedCode } from '../../src/engine/budget/analyseTable';
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetsOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  budgetTablesOf('Form 01I', values);

const FORM_01I: ReadonlyArray<ReadonlyArray<string | null>> = [
  ['Revenues, Expenditures, and Changes in Fund Balance'],
  [],
  [null, null, null, null, 'Board Approved', null, 'Projected Year', 'Difference', '% Diff'],
  [null, null, 'Object', 'Original Budget', 'Operating Budget', 'Actuals To Date', 'Totals', '(Col B & D)', '(E/B)'],
  ['Description', 'Resource Codes', 'Codes', '(A)', '(B)', '(C)', '(D)', '(E)', '(F)'],
  ['A. REVENUES'],
  ['1) LCFF Sources', null, '8010-8099', '336,672,339.00', '367,246,847.00', '206,004,644.93', '365,550,111.00', '(1,696,736.00)', '-0.5%'],
  ['2) Federal Revenue', null, '8100-8299', '0.00', '0.00', '0.00', '0.00', '0.00', '0.0%'],
  ['3) Other State Revenue', null, '8300-8599', '6,771,578.00', '7,438,389.00', '3,488,082.01', '7,387,084.00', '(51,305.00)', '-0.7%'],
  ['4) Other Local Revenue', null, '8600-8799', '1,948,560.00', '1,914,944.00', '964,161.06', '1,368,276.00', '(546,668.00)', '-28.5%'],
  ['5) TOTAL, REVENUES', null, null, '345,392,477.00', '376,600,180.00', '210,456,888.00', '374,305,471.00'],
  ['B. EXPENDITURES'],
  ['1) Certificated Salaries', null, '1000-1999', '161,823,810.00', '161,017,877.00', '84,236,963.83', '159,622,527.00', '1,395,350.00', '0.9%'],
  ['7) Other Outgo (excluding Transfers of Indirect Costs)', null, '7100-7299 7400-7499', '613,293.00', '1,010,405.00', '690,579.29', '1,010,405.00', '0.00', '0.0%'],
  ['9) TOTAL, EXPENDITURES', null, null, '162,437,103.00', '162,028,282.00', '84,927,543.12', '160,632,932.00'],
  ['D. OTHER FINANCING SOURCES/USES'],
  ['1) Interfund Transfers'],
  ['a) Transfers In', null, '8900-8929', '0.00', '0.00', '0.00', '0.00', '0.00', '0.0%'],
  ['b) Transfers Out', null, '7600-7629', '227,872.00', '1,727,872.00', '9,529.00', '3,727,872.00', '(2,000,000.00)', '-115.7%'],
  ['2) Other Sources/Uses'],
  ['a) Sources', null, '8930-8979', '0.00', '0.00', '0.00', '0.00', '0.00', '0.0%'],
  ['b) Uses', null, '7630-7699', '0.00', '0.00', '0.00', '0.00', '0.00', '0.0%'],
  ['3) Contributions', null, '8980-8999', '(55,254,057.00)', '(53,974,622.00)', '(2,447,401.00)', '(55,097,683.00)', '(1,123,061.00)', '2.1%'],
  ['4) TOTAL, OTHER FINANCING SOURCES/USES', null, null, '(55,481,929.00)', '(55,702,494.00)', '(2,456,930.00)', '(58,825,555.00)'],
];

const rowAt = (t: BudgetTable, sheetRow: number) => t.rows.find((r) => r.row === sheetRow - 1);

test('"a) Transfers In" under "1) Interfund Transfers": the letter is the code, the rest the name (San Juan USD, Form 01I)', () => {
  const [t] = budgetsOn(FORM_01I);
  expect(rowAt(t!, 18)).toMatchObject({ kind: 'line', label: 'Transfers In', code: 'a', annualBudget: 0 });
  expect(rowAt(t!, 19)).toMatchObject({ kind: 'line', label: 'Transfers Out', code: 'b', annualBudget: 1727872, forecastOutturn: 3727872 });
  expect(rowAt(t!, 21)).toMatchObject({ label: 'Sources', code: 'a' });
  expect(rowAt(t!, 22)).toMatchObject({ label: 'Uses', code: 'b' });
  // (The numbered items as before: their number, without its bracket.)
  expect(rowAt(t!, 7)).toMatchObject({ label: 'LCFF Sources', code: '1' });
});

test('where the object codes are read as the codes, the letter is no part of the name either', () => {
  // (Without section B, whose "7100-7299 7400-7499" is no one code, the object codes' column is the code column.)
  const [t] = budgetsOn(FORM_01I.filter((_r, i) => i < 11 || i > 14));
  const named = (label: string) => t!.rows.find((r) => r.label === label);
  expect(named('Transfers In')).toMatchObject({ kind: 'line', code: '8900-8929' });
  expect(named('Transfers Out')).toMatchObject({ kind: 'line', code: '7600-7629', annualBudget: 1727872 });
  expect(named('LCFF Sources')).toMatchObject({ code: '8010-8099' });
});

test('a name that only starts with a letter and a bracket in a table whose names carry no codes keeps it', () => {
  const [t] = budgetsOn([
    ['Item', 'Budget', 'Actual'],
    ['Staff', '1,000', '900'],
    ['a) Hall hire', '200', '150'],
    ['Total', '1,200', '1,050'],
  ]);
  expect(t!.rows.find((r) => r.row === 2)).toMatchObject({ label: 'a) Hall hire', code: null });
});

test('an outline\'s letter is reported without its stop, as the form refers to it ("A. REVENUES" is A, "D." D), and codes of other shapes as printed', () => {
  const [t] = budgetsOn(FORM_01I);
  expect(rowAt(t!, 6)).toMatchObject({ label: 'REVENUES', code: 'A' });
  expect(rowAt(t!, 16)).toMatchObject({ label: 'OTHER FINANCING SOURCES/USES', code: 'D' });
  expect(reportedCode('F. 1)')).toBe('F1');
  expect(reportedCode('2.')).toBe('2');
  expect(reportedCode('8010-8099')).toBe('8010-8099');
  expect(reportedCode('A1010.1')).toBe('A1010.1');
  expect(reportedCode('(1a)')).toBe('(1a)');
});
