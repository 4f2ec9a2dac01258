/**
 * A check on a big budget's total can name hundreds of rows; its message lists the first ten
 * and says how many more, so the command line and the pane stay readable.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import type { WorkbookGrids } from '../../src/engine/grid';
import { firstFew } from '../../src/engine/listed';

describe('firstFew', () => {
  it('lists a short list whole, and a long one as its first items and how many more', () => {
    expect(firstFew([1, 2, 3])).toBe('1, 2, 3');
    expect(firstFew(['A1', 'B2', 'C3', 'D4'], 3)).toBe('A1, B2, C3 and 1 more');
    expect(firstFew(Array.from({ length: 1210 }, (_v, i) => i + 1))).toBe('1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 1,200 more');
  });
});

describe('a total that adds up wrong variances on many lines', () => {
  // 40 lines, the first 12 with their typed variance 50 too high, and a total that adds the typed
  // variances. (Were most lines wrong, the column would be doubted as a variance at all.)
  const lines = Array.from({ length: 40 }, (_v, i) => [`Cost centre ${i + 1}`, 1000, 1100, i < 12 ? 150 : 100]);
  const grids: WorkbookGrids = {
    sheets: [{
      name: 'Budget',
      visibility: 'visible',
      values: [['Cost centre', 'Budget to date', 'Actual to date', 'Variance'], ...lines, ['Total', 40000, 44000, 4600]],
    }],
  };
  it('names the first ten rows and counts the rest', () => {
    const a = analyseWorkbook(grids);
    const total = a.checks.find((c) => c.row === 41 && c.code === 'reported_variance_mismatch');
    expect(total?.message).toContain('on rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more; correct those first');
    // Each line's own check still names its own row.
    expect(a.checks.filter((c) => c.code === 'reported_variance_mismatch' && c.row < 41)).toHaveLength(12);
  });
});

describe('a sheet as tall as Excel allows', () => {
  // 1,048,576 rows, a note at the top and a mark on the last row: the sheet is measured row by
  // row, never by spreading its rows into one call's arguments (which overflows the stack).
  it('is read without overflowing, its two cells no table', () => {
    const values: (string | null)[][] = Array.from({ length: 1_048_576 }, () => []);
    values[0] = ['Notes kept by the clerk'];
    values[1_048_575] = ['end'];
    const grids: WorkbookGrids = { sheets: [{ name: 'Tall', visibility: 'visible', values }] };
    expect(analyseWorkbook(grids).tables).toEqual([]);
  });
});
