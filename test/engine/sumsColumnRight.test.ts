/**
 * Years side by side, each year's lines in one column and its sums one column right ("2012
 * Budget" over the lines, "Total Revenue" 5,918.60 a column on), another fund's columns beyond:
 * the sums are read from their own column. Shape from a Quaker meeting's budget sheet
 * (colorado-springs-friends-meeting-final-budget-2012).
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  budgetTablesOf('budget', values)[0];

test('a sum one column right of the year\'s lines is the sum\'s figure, though another fund\'s figures stand beyond it', () => {
  const table = budgetOn([
    ['Friends Meeting'],
    ['Final Budget for 2012'],
    [],
    [null, null, null, null, '2011 Budget', null, null, '2012 Budget', null, null, '2012 Budget'],
    [null, null, null, null, 'General Fund', null, null, 'General Fund', null, null, 'Building Fund'],
    [],
    ['Revenue:'],
    [null, 'General Fund Donations', null, '(12)', '4,737.60', 'pledged +', null, '5,913.60', 'pledged +', null, '2,880.00'],
    [null, 'Interest Income', null, null, '5.00', null, null, '5.00', null, null, '116.00'],
    [null, null, 'Total Revenue', null, null, '4,742.60', null, null, '5,918.60', null, null, '2,996.00'],
    [],
    ['Expenses:'],
    [null, 'Rent', null, null, '1,320.00', null, null, '1,320.00', null, null, '300.00'],
    [null, 'Postage', null, null, '50.00', null, null, '50.00', null, null, '552.24'],
    [null, null, 'Total Expenses', null, null, '1,370.00', null, null, '1,370.00', null, null, '852.24'],
  ])!;
  const sums = table.rows.filter((r) => r.label?.startsWith('Total'));
  expect(sums.map((r) => [r.label, r.annualBudget])).toEqual([['Total Revenue', 5918.6], ['Total Expenses', 1370]]);
});

test('a column right of the figures holding figures beside the lines is no sums column', () => {
  const table = budgetOn([
    ['Final Budget for 2012'],
    [],
    ['Item', '2012 Budget', null, '2012 Budget'],
    [null, null, null, 'Building Fund'],
    ['Rent', '1,320.00', '12.00', '300.00'],
    ['Postage', '50.00', '14.00', '552.24'],
    ['Total Expenses', null, '26.00', '852.24'],
  ]);
  expect(table?.rows.find((r) => r.label === 'Total Expenses')?.annualBudget ?? null).not.toBe(26);
});
