/**
 * A statement of comprehensive income goes on after its operating result under a long heading in
 * capitals, "OTHER COMPREHENSIVE INCOME Items not subject to subsequent reclassification …", with
 * no stop at its end: a heading over the next lines of the same table, not a sentence of
 * commentary that ends it. (Rows are counted from 0.) A sentence under a table (ending with a stop) still ends it. And "asset
 * revaluation surplus" names a reserve, not the year's result.
 */
import { budgetTablesOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | null>>;

const statement = (heading: string): Grid => [
  ['Statement of Comprehensive Income for the period ended 30 June 2021'],
  [null, '2021', '2020', 'Original budget'],
  [null, "$'000", "$'000", "$'000"],
  ['Expenses'],
  ['Staff costs', '5,100', '4,900', '5,000'],
  ['Suppliers', '2,200', '2,100', '2,400'],
  ['Total expenses', '7,300', '7,000', '7,400'],
  ['Income'],
  ['Grants received', '7,500', '7,100', '7,400'],
  ['Total income', '7,500', '7,100', '7,400'],
  ['Operating surplus', '200', '100', '-'],
  [heading],
  ['Changes in asset revaluation surplus', '40', '-', '-'],
  ['Total other comprehensive income', '40', '-', '-'],
  ['Total comprehensive income', '240', '100', '-'],
];

describe('a long heading in capitals over the next block of a statement', () => {
  it('reads the lines under it as the same table', () => {
    const [table] = budgetTablesOf('Comprehensive Income', statement('OTHER COMPREHENSIVE INCOME Items not subject to subsequent reclassification to net cost of services'));
    expect(table).toBeDefined();
    const byRow = new Map(table!.rows.map((r) => [r.row, r]));
    expect(byRow.get(11)).toMatchObject({ kind: 'section' });
    expect(byRow.get(12)).toMatchObject({ kind: 'line', label: 'Changes in asset revaluation surplus', ytdActual: 40, annualBudget: 0 });
    expect(byRow.get(14)).toMatchObject({ kind: 'total', label: 'Total comprehensive income', ytdActual: 240 });
  });

  it('still ends the table at a sentence of commentary', () => {
    const [table] = budgetTablesOf('Comprehensive Income', statement('The statement above should be read in conjunction with the accompanying notes to the financial statements.'));
    expect(table).toBeDefined();
    expect(Math.max(...table!.rows.map((r) => r.row))).toBe(10);
  });

  it('still ends the table at a long line of text in small letters with no stop', () => {
    const [table] = budgetTablesOf('Comprehensive Income', statement('Explanations of major variances against the original budget are given in note 6.2 of the accompanying notes'));
    expect(table).toBeDefined();
    expect(Math.max(...table!.rows.map((r) => r.row))).toBe(10);
  });
});
