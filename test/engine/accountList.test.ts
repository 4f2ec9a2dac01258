/**
 * An account of what a period received and spent printed as a list under its name, one figure a
 * line and no column headers ("Income Statement", "Income and Expenses 2012"), as a small body's
 * web page prints it: the figures are the period's actual, its totals checked. Figures typed
 * with a decimal comma among figures with a decimal point ("1,234,56") are not numbers as
 * printed, and a "Loss" printed positive is the costs less the income.
 * The shapes are those of a hackspace's monthly report and a foundation's yearly cash-flow page
 * (test/corpus/fixtures); the rows here are made up.
 */
import { analyseOneSheet, budgetTablesOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | null>>;

const MONTHLY_REPORT: Grid = [
  ['Makers Club report — June 2015'],
  [],
  ['Members'],
  ['Paying members', '30'],
  [],
  ['Income Statement'],
  ['Revenues', null],
  ['Subscriptions', '£600.00'],
  ['Donations', '£50.00'],
  ['Total Revenue', '£650.00'],
  ['Expenses', null],
  ['Rent', '£400.00'],
  ['Tools', '£120.00'],
  ['Total Expenses', '£520.00'],
  ['Net Income', '£130.00'],
];

describe('an account printed as a list under its name', () => {
  it('reads the figures as the period\'s actual, with its sections, subtotals and result', () => {
    const [table, ...others] = budgetTablesOf('Report', MONTHLY_REPORT);
    expect(others).toHaveLength(0);
    const byLabel = new Map(table!.rows.map((r) => [r.label, r]));
    expect(byLabel.get('Subscriptions')).toMatchObject({ kind: 'line', ytdActual: 600, annualBudget: null, ytdBudget: null });
    expect(byLabel.get('Rent')).toMatchObject({ kind: 'line', ytdActual: 400 });
    expect(byLabel.get('Total Revenue')).toMatchObject({ kind: 'subtotal', ytdActual: 650 });
    expect(byLabel.get('Total Expenses')).toMatchObject({ kind: 'subtotal', ytdActual: 520 });
    expect(byLabel.get('Net Income')).toMatchObject({ kind: 'total', ytdActual: 130 });
    expect(byLabel.get('Paying members')).toBeUndefined();
  });

  it('flags a subtotal its lines do not come to', () => {
    const rows = MONTHLY_REPORT.map((r) => (r[0] === 'Donations' ? ['Donations', '£40.00'] : r));
    const analysis = analyseOneSheet('Report', rows);
    expect(analysis.checks.map((c) => `${c.code} ${c.row + 1}`)).toContain('subtotal_mismatch 10');
  });

  it('reads the same with a column of codes before the names', () => {
    const rows = MONTHLY_REPORT.map((r, i) => (i >= 6 && r[1] ? [`C${100 + i}`, ...r] : [null, ...r]));
    const [table] = budgetTablesOf('Report', rows);
    expect(table!.rows.find((r) => r.label === 'Rent')).toMatchObject({ kind: 'line', ytdActual: 400, code: 'C111' });
  });

  it('leaves a list under a title that names no account, budget or period unread', () => {
    const rows = MONTHLY_REPORT.map((r) => (r[0] === 'Income Statement' ? ['Money'] : r));
    expect(budgetTablesOf('Report', rows)).toHaveLength(0);
  });

  it('leaves an account with no period stated anywhere near its top unread', () => {
    const rows = MONTHLY_REPORT.map((r) => (r[0] === 'Makers Club report — June 2015' ? ['Makers Club report'] : r));
    expect(budgetTablesOf('Report', rows)).toHaveLength(0);
  });
});

const YEARS_PAGE: Grid = [
  ['Income and Expenses 2014'],
  [],
  ['Income', 'EUR'],
  ['Donations', '1,000.50'],
  ['Membership fees', '2,000,25'],
  ['Interest', '10.00'],
  ['Total income', '3,010.75'],
  ['Expenses', 'EUR'],
  ['Staff', '2,500.00'],
  ['Travel', '1,000.00'],
  ['Total expenses', '3,500.00'],
  ['Loss', '489.25'],
];

describe('a year\'s income and expenses under its name', () => {
  it('reads the year\'s actual, raises a figure typed with a decimal comma, and takes a positive "Loss" as the result', () => {
    const analysis = analyseOneSheet('Income and Expenses 2014', YEARS_PAGE);
    const [table] = analysis.tables.filter((t) => t.kind === 'budget');
    expect(table).toBeDefined();
    if (table?.kind !== 'budget') return;
    const byLabel = new Map(table.rows.map((r) => [r.label, r]));
    expect(byLabel.get('Donations')).toMatchObject({ kind: 'line', ytdActual: 1000.5 });
    expect(byLabel.get('Membership fees')).toMatchObject({ kind: 'line', ytdActual: null });
    expect(byLabel.get('Loss')).toMatchObject({ kind: 'total', ytdActual: 489.25 });
    expect(analysis.checks.filter((c) => c.severity !== 'info').map((c) => `${c.code} ${c.row + 1}`)).toEqual(['not_a_number 5']);
  });

  it('does not take a "Loss" its figures do not net to for the result', () => {
    const rows = YEARS_PAGE.map((r) => (r[0] === 'Loss' ? ['Loss', '100.00'] : r));
    const [table] = budgetTablesOf('Income and Expenses 2014', rows);
    expect(table!.rows.find((r) => r.label === 'Loss')?.kind).not.toBe('total');
  });

  it('still reads "Budget 2014" over such a list as the year\'s budget', () => {
    const rows = YEARS_PAGE.map((r) => (r[0] === 'Income and Expenses 2014' ? ['Budget 2014'] : r));
    const [table] = budgetTablesOf('Sheet1', rows);
    expect(table!.rows.find((r) => r.label === 'Staff')).toMatchObject({ annualBudget: 2500, ytdActual: null });
  });
});
