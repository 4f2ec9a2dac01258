/**
 * "Net Income" under "Total Income" and "Total Expense", where the expenses net some revenue
 * against their costs ("Suds Revenue | -$48,700.00" beside "Suds expenses"): the total named
 * for the spending is the costs side, not a result of both, so Net Income is the income less it,
 * the table's total. Shape from a student society's operating budget
 * (university-of-toronto-engineering-society-operating-budget-2019-01).
 */
import { SPENDING_TOTAL_LABEL } from '../../src/engine/detect/vocabulary';
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  budgetTablesOf('Operating Budget', values)[0]!;

test('"Net Income" is Total Income less a "Total Expense" that nets revenue within it: the total', () => {
  const t = budgetOn([
    [null, null, null, null, '2018-2019 Year', null, '2017-2018 Year'],
    [null, null, null, null, 'Budget', 'Actuals', 'Budget'],
    [],
    ['INCOME'],
    [null, '4-0005 · Student Fees', null, null, '$265,000.00', '$162,043.20', '$270,000.00'],
    [null, '4-0007 · UTSU fees', null, null, '$92,000.00', '$40,621.84', '$125,355.99'],
    ['Total Income', null, null, null, '$357,000.00', '$202,665.04', '$395,355.99'],
    ['EXPENSES'],
    [null, '5-1011 · Insurance', null, null, '$14,000.00', '$13,835.44', '$13,119.92'],
    [null, '5-1020 · Audit and legal', null, null, '$25,000.00', '$18,925.24', '$25,000.00'],
    [null, '6-8250 · SUDS - Parent'],
    [null, null, '6-8251 · Suds Revenue', null, '-$48,700.00', '-$27,651.13', '-$50,100.00'],
    [null, null, '6-8252 · Suds expenses', null, '$51,473.10', '$31,831.75', '$51,397.50'],
    [null, 'Total 6-8250 · SUDS - Parent', null, null, '$2,773.10', '$4,180.62', '$1,297.50'],
    [null, '6-9010 · EngSoc Budget Special Projects', null, null, '$50,000.00', '$29,040.58', '$55,000.00'],
    ['Total Expense', null, null, null, '$91,773.10', '$65,981.44', '$94,417.42'],
    [],
    [],
    ['Net Income', null, null, null, '$265,226.90', '$136,683.60', '$300,938.57'],
  ]);
  expect(t.rows.find((x) => x.row === 18)).toMatchObject({ kind: 'total', label: 'Net Income', annualBudget: 265226.9 });
});

test('a total named for the spending alone, not for both sides', () => {
  expect(['Total Expense', 'TOTAL EXPENDITURES', 'Total Operating Costs'].every((l) => SPENDING_TOTAL_LABEL.test(l))).toBe(true);
  expect(['Total Income and Expenditure', 'Total Expense Reimbursements', 'Net Expenditure'].some((l) => SPENDING_TOTAL_LABEL.test(l))).toBe(false);
});
