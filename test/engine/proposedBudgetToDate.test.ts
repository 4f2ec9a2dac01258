/**
 * A homeowners' association's "PROPOSED BUDGET WORKSHEET" (Mill Creek South HOA, 2004): the
 * year's budget headed "BUD - YTD 12/31/2004", beside the budgets and actuals of the years before.
 * A paper proposing a budget budgets the whole year: that column is the year's budget.
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const LINES: ReadonlyArray<ReadonlyArray<string | null>> = [
  [null, null, 'BUD - YTD', null, 'ACT - YTD', null, 'BUD - YTD', null, 'ACT - YTD'],
  [null, null, '12/31/2004', null, '12/31/2003', null, '12/31/2003', null, '12/31/2002'],
  [],
  ['EXPENSES'],
  ['Lighting, Repairs/Electricity', null, '$ 165', null, '$ 72', null, '$ 400', null, '$ 374'],
  ['Insurance', null, '1,850', null, '949', null, '1,000', null, '2,413'],
  ['Commons Maint.', null, '16,000', null, '8,351', null, '9,300', null, '8,799'],
  ['Misc. Expense', null, '200', null, '0', null, '200', null, '51'],
  ['Office Expense', null, '1,500', null, '652', null, '1,500', null, '1,241'],
];

const budgetsUnder = (titles: ReadonlyArray<ReadonlyArray<string | null>>) =>
  budgetTablesOf('sheet013', [...titles, ...LINES]);

test('under a title proposing a budget, the budget "to date" the year\'s end is the year\'s budget; the years before are context', () => {
  const [t] = budgetsUnder([['MCSHOA'], ['PROPOSED BUDGET WORKSHEET'], []]);
  expect(t!.columns.map((c) => `${c.role} ${c.col}`)).toEqual(['label 0', 'annualBudget 2']);
  expect(t!.rows.find((r) => r.label === 'Commons Maint.')!.annualBudget).toBe(16000);
});

test('with no such title, a budget to date alone is no table: nothing says it budgets the whole year', () => {
  expect(budgetsUnder([['MCSHOA'], ['MONEY WORKSHEET'], []])).toEqual([]);
});
