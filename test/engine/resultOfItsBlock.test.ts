/**
 * An accounting package's profit and loss with one figure column: "Net Operating Income" nets
 * the income and expense totals, then "Other Income" and "Other Expenses" blocks, "Net Other
 * Income" (the other income less the other expenses, its own block's result) and "Net Income"
 * (the two results added). Net Other Income is a subtotal of the bottom line, not a line of
 * its own; a row so named that is not that difference stays a line. (Rows counted from 0.)
 */
import { budgetTablesOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | number | null>>;

const profitAndLoss = (netOther: number, net: number): Grid => [
  ['Profit and Loss'],
  ['Account', 'Budget 2024'],
  ['Income'],
  ['   Grants', 50000],
  ['   Donations', 20000],
  ['Total Income', 70000],
  ['Expenses'],
  ['   Salaries', 60000],
  ['   Rent', 15000],
  ['Total Expenses', 75000],
  ['Net Operating Income', -5000],
  ['Other Income'],
  ['   Interest Income', 300],
  ['   Sundry Income', 200],
  ['Total Other Income', 500],
  ['Other Expenses'],
  ['   Exchange Rate Loss', 100],
  ['   Bad Debts', 50],
  ['Total Other Expenses', 150],
  ['Net Other Income', netOther],
  ['Net Income', net],
];

describe("a result of its own block, added into the bottom line", () => {
  it('reads "Net Other Income" as a subtotal of "Net Income"', () => {
    const [table] = budgetTablesOf('P&L', profitAndLoss(350, -4650));
    expect(table).toBeDefined();
    const byLabel = new Map(table!.rows.map((r) => [r.label, r]));
    expect(byLabel.get('Net Other Income')).toMatchObject({ kind: 'subtotal', annualBudget: 350 });
    expect(byLabel.get('Net Income')).toMatchObject({ kind: 'total', annualBudget: -4650 });
    expect(byLabel.get('Net Operating Income')).toMatchObject({ kind: 'subtotal' });
  });

  it('leaves a row so named that nets nothing above it as a line', () => {
    const [table] = budgetTablesOf('P&L', profitAndLoss(900, -4100));
    expect(table).toBeDefined();
    const byLabel = new Map(table!.rows.map((r) => [r.label, r]));
    expect(byLabel.get('Net Other Income')!.kind).toBe('line');
  });
});
