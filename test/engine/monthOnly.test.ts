/**
 * A sheet whose title says its figures are one month's ("For the month of July 2021", a US
 * borough's budget-to-actual summary) reads columns that name no period as that month's:
 * context, never the year to date. Columns that say their period are read as they say.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import type { WorkbookGrids } from '../../src/engine/grid';
import type { BudgetTable } from '../../src/engine/model';

const sheet = (title: string, header: string[]): WorkbookGrids => ({
  sheets: [
    {
      name: 'Summary',
      visibility: 'visible',
      values: [
        [title],
        [],
        [null, ...header],
        ['Administration', 1200, 1150, -50],
        ['Police', 5400, 5610, 210],
        ['Public Works', 3100, 2990, -110],
        ['Total', 9700, 9750, 50],
      ],
    },
  ],
});

const budgets = (grids: WorkbookGrids) => analyseWorkbook(grids).tables.filter((t): t is BudgetTable => t.kind === 'budget');

describe('a sheet for one month', () => {
  it('reads "Budget | Actual | Variance" under "For the month of July 2021" as the month\'s figures, not to date, and says so', () => {
    const analysis = analyseWorkbook(sheet('Budget to Actual Summary For the month of July 2021', ['Budget', 'Actual', 'Variance']));
    expect(analysis.tables.filter((t) => t.kind === 'budget')).toEqual([]);
  });

  it('still reads columns that say they are to date ("YTD Budget | YTD Actual") under such a title', () => {
    const [t] = budgets(sheet('Budget to Actual Summary For the month of July 2021', ['YTD Budget', 'YTD Actual', 'YTD Variance']));
    expect(t!.columns.map((c) => c.role)).toEqual(expect.arrayContaining(['ytdBudget', 'ytdActual']));
    expect(t!.rows.find((r) => r.label === 'Police')).toMatchObject({ ytdBudget: 5400, ytdActual: 5610 });
  });

  it('reads the same columns as to date where the title is a report at a month\'s end ("for the month ending"), not one month\'s', () => {
    const [t] = budgets(sheet('Financial Statements for the Month Ending 31 July 2021', ['Budget', 'Actual', 'Variance']));
    expect(t!.rows.find((r) => r.label === 'Police')).toMatchObject({ ytdActual: 5610 });
  });
});
