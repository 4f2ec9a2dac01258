/**
 * "Total Income" printed a level up the outline, left of the accounts under "INCOME", beside a
 * sum's name left over in the names column ("Total 4-0005 · Student Fees", an account that no
 * heading opened): the row is the income's total, named as the level up names it. Shape from a
 * student society's operating budget (university-of-toronto-engineering-society-operating-budget-2019-01).
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  budgetTablesOf('Operating Budget', values)[0]!;

test('"Total Income" a level up beside a stray "Total 4-0005 · Student Fees" names the income\'s total', () => {
  const t = budgetOn([
    [null, null, null, null, '2018-2019 Year', null, '2017-2018 Year'],
    [null, null, null, null, 'Budget', 'Actuals', 'Budget'],
    [],
    ['INCOME'],
    [null, '4-0005 · Student Fees', null, null, '$265,000.00', '$162,043.20', '$270,000.00'],
    [null, '4-0007 · UTSU fees', null, null, '$92,000.00', '$40,621.84', '$125,355.99'],
    [null, '4-0020 · Locker Revenue', null, null, '$5,000.00', '$2,713.30', '$10,000.00'],
    [null, '4-0030 · Alumni support', null, null, '$40,000.00', '$40,000.00', '$40,000.00'],
    ['Total Income', 'Total 4-0005 · Student Fees', null, null, '$402,000.00', '$245,378.34', '$445,355.99'],
    ['EXPENSES'],
    [null, '5-1011 · Insurance', null, null, '$14,000.00', '$13,835.44', '$13,119.92'],
    [null, '5-1020 · Audit and legal', null, null, '$25,000.00', '$18,925.24', '$25,000.00'],
    ['Total Expense', null, null, null, '$39,000.00', '$32,760.68', '$38,119.92'],
  ]);
  expect(t.rows.find((x) => x.row === 8)).toMatchObject({ kind: 'subtotal', label: 'Total Income', annualBudget: 402000, ytdActual: 245378.34 });
});
