/**
 * A parent account with nothing beside its name, in an outline whose upper levels stand left of
 * the accounts, closed further down by "Total <its code and name>": the heading of its
 * sub-accounts, as QuickBooks prints a parent account, not a line left to fill in. Shape from a
 * student society's operating budget (university-of-toronto-engineering-society-operating-budget-2019-01).
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  budgetTablesOf('Operating Budget', values)[0]!;

const header = [
  [null, null, null, null, '2018-2019 Year', null, '2017-2018 Year'],
  [null, null, null, null, 'Budget', 'Actuals', 'Budget'],
  [],
];

test('"5-1030 · Council & Ex Expenses" over its sub-accounts, closed by "Total 5-1030 · Council & Ex Expenses", is a section', () => {
  const t = budgetOn([
    ...header,
    ['EXPENSES'],
    [null, '5-1009 · Bank charges', null, null, '$500.00', '$2,701.66', '$1,000.00'],
    [null, '5-1010 · Repair and upkeep', null, null, '$1,500.00', '$123.11', '$2,000.00'],
    [null, '5-1011 · Insurance', null, null, '$14,000.00', '$13,835.44', '$13,119.92'],
    [null, '5-1020 · Audit and legal', null, null, '$25,000.00', '$18,925.24', '$25,000.00'],
    [null, '5-1030 · Council & Ex Expenses'],
    [null, null, '5-1031 · EngSoc Council meeting food', null, '$1,000.00', '$367.29', '$500.00'],
    [null, null, '5-1032 · Finance Committee', null, '$562.38', '$179.52', null],
    [null, 'Total 5-1030 · Council & Ex Expenses', null, null, '$1,562.38', '$546.81', '$500.00'],
    [null, '5-1050 · Elections'],
    [null, null, '5-1053 · CRO election expenses', null, '$357.00', '$0.00', '$355.95'],
    [null, 'Total 5-1050 · Elections', null, null, '$357.00', '$0.00', '$355.95'],
    [null, '6-2004 · Webmaster'],
    [null, '6-2006 · Academic', null, null, '$1,522.50', '$365.78', '$1,400.00'],
    ['Total Expense', null, null, null, '$44,766.88', '$36,318.04', null],
  ]);
  const row = (r: number) => t.rows.find((x) => x.row === r - 1)!;
  expect(row(9)).toMatchObject({ kind: 'section', code: '5-1030', label: 'Council & Ex Expenses' });
  expect(row(12)).toMatchObject({ kind: 'subtotal', annualBudget: 1562.38 });
  expect(row(13)).toMatchObject({ kind: 'section', code: '5-1050', label: 'Elections' });
  // A name with nothing beside it that no total closes stays a line not filled in, as the outline reads it.
  expect(row(16)).toMatchObject({ kind: 'line', code: '6-2004', label: 'Webmaster' });
});
