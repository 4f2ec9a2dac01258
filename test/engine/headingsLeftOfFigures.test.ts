/**
 * A council tax page's spending by service, saved without its empty corner cell: the headings
 * "Expenditure (£000's) | Income (£000's) | Net Expenditure (£000's) |" stand one column left of
 * their figures, the first over the names, the last figures unheaded. Read as the page meant
 * them, the table is the one with its headings in place: under "How Council Tax is calculated and
 * spent" its net is the year's budget. Under a title that says nothing of spending plans, neither
 * layout is read. (Rows counted from 0.)
 */
import { budgetTablesOf } from '../helpers/oneSheet';

type Grid = Array<Array<string | null>>;

const LINES: Grid = [
  ['Central services', '4,086', '-1,637', '2,449'],
  ['Cultural services', '5,780', '-2,266', '3,514'],
  ['Planning services', '2,811', '-1,138', '1,673'],
  ['Net operating expenditure', '12,677', '-5,041', '7,636'],
];
const page = (title: string, header: Array<string | null>): Grid => [[title], ['Our other spending'], ['This table shows our divisions of service expenditure.'], header, ...LINES];
const LEFT = ['Expenditure (£000’s)', 'Income (£000’s)', 'Net Expenditure (£000’s)', null];
const IN_PLACE = ['Service', 'Expenditure (£000’s)', 'Income (£000’s)', 'Net Expenditure (£000’s)'];
const readingOf = (grid: Grid) => budgetTablesOf('Spending', grid).map((t) => t.rows.map((r) => [r.row, r.kind, r.label, r.annualBudget, r.ytdActual]));

describe('headings printed one column left of their figures', () => {
  it('are read over the figures they name', () => {
    const [table] = budgetTablesOf('Spending', page('How Council Tax is calculated and spent', LEFT));
    expect(table).toBeDefined();
    expect(table!.rows.map((r) => [r.label, r.kind, r.annualBudget])).toEqual([
      ['Central services', 'line', 2449],
      ['Cultural services', 'line', 3514],
      ['Planning services', 'line', 1673],
      ['Net operating expenditure', 'total', 7636],
    ]);
  });

  it('read as the same table does with its headings in place', () => {
    expect(readingOf(page('How Council Tax is calculated and spent', LEFT))).toEqual(readingOf(page('How Council Tax is calculated and spent', IN_PLACE)));
  });

  it('are not read under a title that says nothing of how the money is spent, as in place', () => {
    expect(readingOf(page('Council services', LEFT))).toEqual([]);
    expect(readingOf(page('Council services', IN_PLACE))).toEqual([]);
  });

  it('leave a header whose every figure column has its heading as it is', () => {
    // ("Expenditure" over the names of the spending lines, "Budget" and "Actual" over their figures.)
    const grid: Grid = [['Finance report'], ['Expenditure', 'Budget 2024', 'Actual'], ['Staff', '4,000', '3,900'], ['Premises', '1,000', '1,200'], ['Supplies', '500', '450'], ['Total', '5,500', '5,550']];
    const [table] = budgetTablesOf('Spending', grid);
    expect(table).toBeDefined();
    expect(table!.rows[0]).toMatchObject({ label: 'Staff', annualBudget: 4000, ytdActual: 3900 });
  });
});
