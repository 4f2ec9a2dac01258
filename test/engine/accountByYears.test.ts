/**
 * Accounts of years that have happened, by year, with no budget: the latest year's figures are
 * its actual, the lines and sums checked.
 * - A charity's accounts with the year alone over the figures ("| | 2023") and the name of the
 *   account's first block under it ("INCOMING RESOURCES"), each block's sum a column right of its
 *   lines, unnamed, and a figure a scan misread ("1+97") raised as not a number.
 * - A treasurer's CSV saved as "Cash Inflows" or "Cash Outflows", years across: the sheet's name
 *   names the account.
 * The shapes are those of a charity's filed accounts and a homeowners' association's cash flows
 * (test/corpus/fixtures); the rows here are made up.
 */
import { analyseOneSheet, budgetTablesOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | null>>;

const CHARITY: Grid = [
  [null, null, '2024', null, null, null],
  ['INCOMING RESOURCES', null, null, null, null, null],
  ['Donations', null, '5,000', null, '4,000', null],
  ['Grants', null, '1,000', null, null, null],
  [null, null, null, '6,000', null, '4,000'],
  ['RESOURCES EXPENDED', null, null, null, null, null],
  ['Rent', null, '2,500', null, '2,400', null],
  ['Heating', null, '1+00', null, '600', null],
  ['Insurance', null, '500', null, '450', null],
  [null, null, null, '3,700', null, '3,450'],
  ['Net incoming resources for the year', null, null, '2,300', null, '550'],
];

describe('a charity\'s account under its year alone', () => {
  it('reads the year\'s lines and its unnamed sums a column right, and raises the misread figure', () => {
    const analysis = analyseOneSheet('Accounts', CHARITY);
    const [table] = analysis.tables.filter((t) => t.kind === 'budget');
    expect(table).toBeDefined();
    if (table?.kind !== 'budget') return;
    const at = (row: number) => table.rows.find((r) => r.row === row - 1);
    expect(at(3)).toMatchObject({ kind: 'line', label: 'Donations', ytdActual: 5000, annualBudget: null });
    expect(at(5)).toMatchObject({ kind: 'subtotal', ytdActual: 6000 });
    expect(at(10)).toMatchObject({ kind: 'subtotal', ytdActual: 3700 });
    expect(at(11)).toMatchObject({ kind: 'total', ytdActual: 2300 });
    expect(analysis.checks.filter((c) => c.severity !== 'info').map((c) => `${c.code} ${c.row + 1}:${c.col}`)).toEqual(['not_a_number 8:2']);
  });

  it('reads it the same with a blank row under the year', () => {
    const rows = [CHARITY[0]!, [], ...CHARITY.slice(1)];
    const [table] = budgetTablesOf('Accounts', rows);
    expect(table!.rows.find((r) => r.label === 'Rent')).toMatchObject({ kind: 'line', ytdActual: 2500 });
  });

  it('leaves a year alone over lines that name no account unread', () => {
    const rows = CHARITY.map((r) => (r[0] === 'INCOMING RESOURCES' ? ['Money in', null, null, null, null, null] : r));
    expect(budgetTablesOf('Accounts', rows)).toHaveLength(0);
  });
});

const FLOWS: Grid = [
  ['Category', '2021', '2022', '2023', 'Total'],
  ['Gardening', '$1,000', '$1,100', '$1,200', '$3,300'],
  ['Insurance', '$500', '$550', '$600', '$1,650'],
  ['Legal', '$0', '$200', '$100', '$300'],
  ['TOTAL OUTFLOW', '$1,500', '$1,850', '$1,900', '$5,250'],
];

describe('years of cash flows in a sheet named for them', () => {
  it('reads the latest year as its actual', () => {
    const [table, ...others] = budgetTablesOf('Cash Outflows by Category', FLOWS);
    expect(others).toHaveLength(0);
    expect(table!.rows.find((r) => r.label === 'Gardening')).toMatchObject({ kind: 'line', ytdActual: 1200, annualBudget: null });
    expect(table!.rows.find((r) => r.label === 'TOTAL OUTFLOW')).toMatchObject({ kind: 'total', ytdActual: 1900 });
  });

  it('leaves the same years unread in a sheet whose name names no account', () => {
    expect(budgetTablesOf('Summary', FLOWS)).toHaveLength(0);
  });
});
