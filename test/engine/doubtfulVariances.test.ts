/**
 * A variance column that disagrees with its budget and actual on most lines measures something
 * else, or was misread: its checks would be false alarms, so they are dropped with a note. A few
 * wrong lines in a column that agrees elsewhere are errors, and stay.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import type { WorkbookGrids } from '../../src/engine/grid';

const table = (wrongLines: number): WorkbookGrids => ({
  sheets: [{
    name: 'Budget',
    visibility: 'visible',
    values: [
      ['Cost centre', 'Budget to date', 'Actual to date', 'Variance'],
      ...Array.from({ length: 10 }, (_v, i) => [`Cost centre ${i + 1}`, 1000, 1200, i < wrongLines ? 900 : 200]),
    ],
  }],
});

describe('a variance column that disagrees with its figures', () => {
  it('on most lines: not checked, and a note says which column and on how many lines', () => {
    const a = analyseWorkbook(table(8));
    expect(a.checks.filter((c) => c.code === 'reported_variance_mismatch')).toEqual([]);
    expect(a.notes.some((n) => n.includes('the column "Variance" does not equal YTD actual − YTD budget on 8 of 10 lines'))).toBe(true);
  });
  it('on a few lines: each is an error', () => {
    const a = analyseWorkbook(table(3));
    expect(a.checks.filter((c) => c.code === 'reported_variance_mismatch').map((c) => c.row)).toEqual([1, 2, 3]);
    expect(a.notes.some((n) => n.includes('does not equal'))).toBe(false);
  });
});
