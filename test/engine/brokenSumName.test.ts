/**
 * A sum's name broken over two rows by a fixed-width printout ("TOTAL INCOME AND" alone, then
 * "SALES TAX" with the figures), as a state comptroller's monthly analysis of revenue prints
 * it: one name, the row with the figures', which adds up the lines above it. A group's heading
 * that ends on a dash ("Other revenue -" over its lines) stays a heading.
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetsOn = (values: ReadonlyArray<ReadonlyArray<string | null>>) =>
  budgetTablesOf('FM 08', values);

const header = [
  ['ANALYSIS OF REVENUE BY CATEGORY'],
  ['FY97 THROUGH FM 08 FEBRUARY 1997'],
  [null, 'ORIGINAL', 'ADJUSTED', 'ACTUAL', 'ACTUAL'],
  [null, 'ESTIMATED', 'ESTIMATED', 'MONTHLY', 'YTD'],
  [null, 'REVENUE', 'REVENUE', 'REVENUE', 'REVENUE'],
];
const lines = [
  ['RETAIL SALES TAX', '1,590,833,134.00', '1,590,833,134.00', '114,255,253.66', '925,730,473.11'],
  ['EXCISE TAX-C SALE', '14,474,032.00', '14,474,032.00', '980,586.29', '7,407,007.12'],
  ['IND INCOME TAX', '1,835,918,929.00', '1,835,918,929.00', '56,848,285.11', '1,403,419,276.78'],
  ['CORP INCOME TAX', '256,080,335.00', '256,080,335.00', '3,063,181.83', '108,116,384.50'],
];
const after = [
  ['OTHER REVENUE:'],
  ['ADMISSION TAX', '3,000,000.00', '3,000,000.00', '176,441.01', '1,230,944.30'],
  ['AIRCRAFT TAX', '3,888,415.00', '3,888,415.00', '-23.00', '3,256,501.04'],
];

test('"TOTAL INCOME AND" over "SALES TAX" and its figures: one sum\'s name, the subtotal of the four lines above', () => {
  const [t] = budgetsOn([...header, ...lines, ['TOTAL INCOME AND'], ['SALES TAX', '3,697,306,430.00', '3,697,306,430.00', '175,147,306.89', '2,444,673,141.51'], ...after]);
  const sum = t!.rows.find((r) => r.row === 10)!;
  expect(sum).toMatchObject({ kind: 'subtotal', label: 'TOTAL INCOME AND SALES TAX', annualBudget: 3697306430, ytdActual: 2444673141.51 });
  expect(t!.rows.some((r) => r.row === 9)).toBe(false);
});

test('a group\'s heading ending on a dash ("Other revenue -") over its lines stays their heading', () => {
  const [t] = budgetsOn([...header, ...lines, ['Other revenue -'], ['Interest earned on investments', '3,000,000.00', '3,000,000.00', '176,441.01', '1,230,944.30'], ...after]);
  expect(t!.rows.find((r) => r.row === 9)).toMatchObject({ kind: 'section', label: 'Other revenue -' });
  expect(t!.rows.find((r) => r.row === 10)).toMatchObject({ kind: 'line', label: 'Interest earned on investments' });
});
