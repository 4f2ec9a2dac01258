/**
 * A financial system's report whose lines carry a ledger key before their object code
 * ("11000011 | 511003 | | Compensation - Temp/Seasonal"), its divisions' headings named in the
 * codes column with their own code left of it ("11 | Governing Body Division"), and their totals
 * named there too with the word TOTAL left of it ("TOTAL | Governing Body Divisio", the name cut
 * short as the report prints it): the heading has the code, the total is the division's sum.
 * Shape from a city's budget analysis report
 * (city-of-asheville-budget-analysis-fy2015-adopted-administration-services).
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  budgetTablesOf('2014AdoptedBudget', values)[0]!;

test('"11 | Governing Body Division" is a heading coded 11, "TOTAL | Governing Body Divisio" its subtotal', () => {
  const line = (key: number, code: number, name: string, figures: number[]) => [key, code, '     ', name, ...figures, '0.00%'];
  const t = budgetOn([
    ['ACCOUNTS FOR:', null, null, null, 2013, 2014, 2014, 2014, 2014, 2015, 'PCT'],
    ['General Fund', null, null, null, 'ACTUAL', 'ORIG BUD', 'REVISED BUD', 'ACTUAL', 'PROJECTION', '  Approved', 'CHANGE'],
    [],
    [11, 'Governing Body Division'],
    line(11000011, 511003, 'Compensation - Temp/Seasonal', [139358.91, 140927, 140927, 138211.98, 0, 145951]),
    line(11000011, 512001, 'FICA Tax Expense', [9030.45, 10781, 10781, 9292.01, 0, 11165]),
    line(11000011, 523001, 'Training', [17285.42, 16000, 16000, 17493.45, 0, 16000]),
    [],
    ['TOTAL', 'Governing Body Divisio', null, null, 165674.78, 167708, 167708, 164997.44, 0, 173116, '3.20%'],
    [],
    [12, 'City Clerk Division'],
    line(11000012, 511001, 'Compensation - Full Time Reg', [200000, 210000, 210000, 190000, 0, 215000]),
    line(11000012, 512001, 'FICA Tax Expense', [15000, 16000, 16000, 14000, 0, 16500]),
    [],
    ['TOTAL', 'City Clerk Division', null, null, 215000, 226000, 226000, 204000, 0, 231500, '2.40%'],
  ]);
  const row = (r: number) => t.rows.find((x) => x.row === r - 1)!;
  expect(row(4)).toMatchObject({ kind: 'section', code: '11', label: 'Governing Body Division' });
  expect(row(9)).toMatchObject({ kind: 'subtotal', label: 'Governing Body Divisio', annualBudget: 173116 });
  expect(row(11)).toMatchObject({ kind: 'section', code: '12' });
  expect(row(15)).toMatchObject({ kind: 'subtotal', annualBudget: 231500 });
});
