/**
 * Rows labelled as totals that are lines of a summary ("Total Restricted Income", "Total
 * Unrestricted Income", then "Total Income", as an academy's management report prints them,
 * corpus: aldridge-school-...). Read as totals of the rows above, every column of them was a
 * false alarm; a total that is really wrong must still be reported.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import type { BudgetTable } from '../../src/engine/model';

const header = ['Description', 'YTD Budget', 'YTD Actual', 'YTD Variance'];
const analyse = (rows: (string | number | null)[][]) => {
  const a = analyseWorkbook({ sheets: [{ name: 'Summary', visibility: 'visible', values: [header, ...rows] }] });
  return { table: a.tables[0] as BudgetTable, checks: a.checks.filter((c) => c.severity === 'error') };
};

describe('rows labelled as totals', () => {
  it('a summary of totals from elsewhere: the named totals are lines, the last is their total, and nothing is raised', () => {
    const { table, checks } = analyse([
      ['Total Restricted Income', 8439593, 8475597, 36004],
      ['Total Unrestricted Income', 42000, 39542, -2458],
      ['Total Income', 8481593, 8515139, 33546],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(['line', 'line', 'total']);
    expect(checks).toEqual([]);
  });

  it('"Administration Total" between lines is a line where the grand total adds it up', () => {
    const { table, checks } = analyse([
      ['Staffing Total', 5985477, 5990545, 5068],
      ['Premises', 1212630, 778021, -434609],
      ['Administration Total', 888534, 763110, -125424],
      ['Curriculum', 238649, 206352, -32297],
      ['Grand Total Expenditure', 8325290, 7738028, -587262],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(['line', 'line', 'line', 'line', 'total']);
    expect(checks).toEqual([]);
  });

  it('a total that leaves out a line still adds up, and its mismatch is raised', () => {
    const { table, checks } = analyse([
      ['Salaries', 100, 110, 10],
      ['Agency', 50, 40, -10],
      ['Training', 20, 25, 5],
      ['Total Staffing', 150, 145, -5],
      ['Rent', 30, 30, 0],
      ['Grand Total', 200, 205, 5],
    ]);
    // With more lines after it, it closes a block: a subtotal.
    expect(table.rows.map((r) => r.kind)).toEqual(['line', 'line', 'line', 'subtotal', 'line', 'total']);
    expect(checks.filter((c) => c.row === 4).map((c) => c.code)).toEqual(['subtotal_mismatch', 'subtotal_mismatch', 'subtotal_mismatch']);
  });

  it('a total wrong in every column, with nothing below it, stays a total and is raised', () => {
    const { table, checks } = analyse([
      ['Salaries', 100, 110, 10],
      ['Agency', 50, 40, -10],
      ['Total', 140, 160, 20],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(['line', 'line', 'total']);
    expect(checks.filter((c) => c.code === 'total_mismatch')).toHaveLength(3);
  });
});

describe('a total that says what it leaves out (Hinton Blewett PC: "Subtotal excluding precept or VAT")', () => {
  it('adds up the lines but those it names, and the lines it leaves out still count in the total below', () => {
    const { table, checks } = analyse([
      ['Precept', 11458, 11458, 0],
      ['Interest Received', 160, 278, 118],
      ['Grant Income', 694, 687, -7],
      ['Subtotal excluding precept or VAT', 854, 965, 111],
      ['VAT reclaimed', 300, 310, 10],
      ['Receipts total', 12612, 12733, 121],
    ]);
    expect(table.rows.find((r) => r.label === 'Subtotal excluding precept or VAT')!.sumOf).toEqual([2, 3]);
    expect(table.rows[5]!.sumOf).toEqual([1, 4, 5]);
    expect(checks).toEqual([]);
  });
});

describe('rows named as lines that add up the block above them (The Christie: "Income", "Total expenditure", "EBITDA")', () => {
  it('are read as sums where every figure is the sum (subtotals of their blocks, the last the total), and nothing false is raised', () => {
    const { table, checks } = analyse([
      ['Block Contract Income', -27064, -26409, 655],
      ['Other non clinical income', -4932, -4597, 335],
      ['Income', -31996, -31006, 990],
      ['Pay', 15595, 14431, -1164],
      ['Drugs', 8280, 8276, -4],
      ['Total expenditure', 23875, 22707, -1168],
      ['EBITDA', -8121, -8299, -178],
    ]);
    expect(table.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Block Contract Income', 'line'],
      ['Other non clinical income', 'line'],
      ['Income', 'subtotal'],
      ['Pay', 'line'],
      ['Drugs', 'line'],
      ['Total expenditure', 'subtotal'],
      ['EBITDA', 'total'],
    ]);
    expect(checks).toEqual([]);
  });

  it('a line that happens to equal the one above it in one column only stays a line', () => {
    const { table } = analyse([
      ['Rent', 100, 120, 20],
      ['Rates', 100, 90, -10],
      ['Cleaning', 200, 200, 0],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(['line', 'line', 'line']);
  });
});

describe('a sum printed above the lines it adds up (NHS England: "Systems (Sub Total)" over its four lines)', () => {
  it('stands for them: they are not counted again in the total', () => {
    const { table, checks } = analyse([
      ['Systems (Sub Total)', 177109, 177672, 563],
      ['ICB net expenditure', 176843, 176778, -65],
      ['Provider Expenditure', 147742, 152745, 5003],
      ['Provider Income', -147568, -151851, -4283],
      ['DSF withheld', 91, 0, -91],
      ['Central Costs', 16326, 16202, -124],
      ['Total', 193435, 193874, 439],
    ]);
    expect(table.rows.map((r) => r.kind)).toEqual(['subtotal', 'line', 'line', 'line', 'line', 'line', 'total']);
    expect(table.rows[0]!.sumOf).toEqual([2, 3, 4, 5]);
    expect(checks).toEqual([]);
  });
});
