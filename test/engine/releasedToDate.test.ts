/**
 * A government's status of appropriations, allotments and obligations: the year's appropriation,
 * the budget released before this month ("PREVIOUS ALLOTMENT"), this month's ("ALLOTMENT FOR THE
 * MONTH") and their sum (headed "TOTAL ALLOTMENT FOR THE MONTH", as printed), then the
 * obligations the same way. The sum of the released parts is the budget to date, the sum of the
 * obligations the actual to date; the parts are context. Codes in three parts after the names,
 * under "ACCOUNT CODE", are the lines' codes. A last column that is not the sum of the two
 * before it is no budget to date. (Rows counted from 0.)
 */
import { budgetTablesOf } from '../helpers/oneSheet';

type Grid = Array<Array<string | null>>;

const HEADER: Grid = [
  ['Status of Appropriation, Allotments and Obligations'],
  ['For the Period March 1-31, 2021'],
  ['PROGRAM/PROJECTS/ACTIVITIES', 'ACCOUNT', 'ANNUAL', 'PREVIOUS', 'ALLOTMENT', 'TOTAL ALLOTMENT', 'PREVIOUS', 'OBLIGATIONS', 'TOTAL', 'UNOBLIGATED'],
  [null, 'CODE', 'BUDGET', 'ALLOTMENT', 'FOR THE MONTH', 'FOR THE MONTH', 'OBLIGATIONS', 'FOR THE MONTH', 'OBLIGATIONS', 'ALLOTMENT'],
];
const line = (name: string, code: string, annual: number, previous: number, month: number, total: number, obPrev: number, obMonth: number): Array<string | null> => {
  const ob = obPrev + obMonth;
  return [name, code, annual.toFixed(2), previous.toFixed(2), month.toFixed(2), total.toFixed(2), obPrev.toFixed(2), obMonth.toFixed(2), ob.toFixed(2), (total - ob).toFixed(2)];
};
const status = (totals: (previous: number, month: number) => number): Grid => [
  ...HEADER,
  line('Salaries and Wages', '5-01-01-010', 1200000, 200000, 100000, totals(200000, 100000), 190000, 95000),
  line('Representation Allowance', '5-01-02-020', 96000, 16000, 8000, totals(16000, 8000), 16000, 8000),
  line('Hazard Pay', '5-01-02-110', 48000, 8000, 4000, totals(8000, 4000), 7500, 3900),
  line('Retirement Premiums', '5-01-03-010', 144000, 24000, 12000, totals(24000, 12000), 23000, 11500),
];

describe('the budget released to date, as the sum of what was released before and this month', () => {
  it('reads the sums of the parts as the budget and the actual to date', () => {
    const [table] = budgetTablesOf('Sheet1', status((p, m) => p + m));
    expect(table).toBeDefined();
    expect(table!.rows[0]).toMatchObject({ label: 'Salaries and Wages', code: '5-01-01-010', annualBudget: 1200000, ytdBudget: 300000, ytdActual: 285000, ytdVariance: -15000 });
    expect(table!.rows[3]).toMatchObject({ label: 'Retirement Premiums', code: '5-01-03-010', ytdBudget: 36000, ytdActual: 34500 });
  });

  it('does not read a column that is not that sum as the budget to date', () => {
    const [table] = budgetTablesOf('Sheet1', status((p, m) => p + 3 * m));
    expect(table?.rows.some((r) => r.ytdBudget !== null) ?? false).toBe(false);
  });
});
