/**
 * Actuals printed month by month, with no column of their sum: the actual to date is the months
 * to the report's period, added up, where the sheet says which months those are. Built on a
 * parish council's "Monthly Income and Expenditure" (test/corpus/fixtures/
 * unnamed-pc-monthly-income-expenditure-2014-09.json): Budget | Apr 14 … Mar-15 | Total | Forecast
 * | Forecast v. Budget, "Actuals" over April to August and "forecast" over the rest.
 */
import * as path from 'path';
import { loadFixture, workbookOf, Fixture } from '../corpus/corpus';
import { figuresAsNumbers } from '../corpus/variants';
import { analyseWorkbook } from '../../src/engine/analyse';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { budgetSourceRules } from '../../src/engine/plan/sourceRules';
import { parseConfig } from '../../src/engine/config';
import { BudgetTable } from '../../src/engine/model';
import type { CellValue } from '../../src/engine/grid';
import { columnViews } from '../../src/taskpane/model/columns';

const ID = 'unnamed-pc-monthly-income-expenditure-2014-09';
const parish = () => loadFixture(path.join(__dirname, '../corpus/fixtures', `${ID}.json`));

/** The fixture with its rows changed: `edit` gets a copy of the sheet's rows, 0-based. */
function edited(f: Fixture, edit: (rows: CellValue[][]) => void): Fixture {
  const sheet = f.sheets[0]!;
  const rows = sheet.rows.map((r) => [...r]) as CellValue[][];
  edit(rows);
  return { ...f, sheets: [{ ...sheet, rows }] } as Fixture;
}

function tableOf(f: Fixture) {
  const analysis = analyseWorkbook(workbookOf(f), undefined, { explain: true });
  const table = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget' && t.headerRows.includes(3))!;
  return { analysis, table, line: (label: string) => table.rows.find((r) => r.label === label)! };
}

const APRIL = 2; // column C
const AUGUST = 6; // column G
const SEPTEMBER = 7;

describe('actuals month by month, added up to the period (a parish council\'s Monthly Income and Expenditure)', () => {
  it('"Actuals" over April to August and "forecast" over September to March: the actual to date is April to August added up', () => {
    const { table, line, analysis } = tableOf(parish());
    const actual = table.columns.find((c) => c.role === 'ytdActual')!;
    expect(actual.adds).toEqual([2, 3, 4, 5, 6]);
    expect(actual.col).toBe(AUGUST);
    expect(line('Clerk Salary').ytdActual).toBeCloseTo(5233.22, 2);
    expect(line('Precept & Council Tax Support Grant').ytdActual).toBe(43800);
    // A line with nothing in its months to date has spent nothing.
    expect(line('Interest').ytdActual).toBe(0);
    expect(line('Total Parish Council Receipts')).toMatchObject({ kind: 'subtotal', ytdActual: 44949.66 });
    const why = analysis.explained!.find((e) => e.outcome === 'table' && e.headerRows.includes(3))!.columns;
    expect(why.find((c) => c.col === AUGUST)!.why).toMatch(/actual to date: the 5 months "Apr 14" to "Aug 14" added up \(headed as actuals, the months after them as the forecast\)/);
    expect(why.find((c) => c.col === SEPTEMBER)!.why).toMatch(/after the period reported/);
  });

  it('with no words over the months, "as at 31 August 2014" in the title says which months are to date', () => {
    const f = edited(parish(), (rows) => {
      rows[0] = ['Monthly Income and Expenditure as at 31 August 2014'];
      rows[1] = [];
    });
    const { table, line } = tableOf(f);
    expect(table.columns.find((c) => c.role === 'ytdActual')!.adds).toEqual([2, 3, 4, 5, 6]);
    expect(line('Clerk Salary').ytdActual).toBeCloseTo(5233.22, 2);
  });

  it('"Month 3" in the title: the first three months', () => {
    const f = edited(parish(), (rows) => {
      rows[0] = ['Monthly Income and Expenditure, Month 3'];
      rows[1] = [];
    });
    const { table, line } = tableOf(f);
    expect(table.columns.find((c) => c.role === 'ytdActual')!.adds).toEqual([2, 3, 4]);
    // Clerk Salary: 738.67 + 1,177.37 + 1,258.14.
    expect(line('Clerk Salary').ytdActual).toBeCloseTo(3174.18, 2);
  });

  it('with no words and no period, figures in April to August and none after on any line: the months so far', () => {
    const f = edited(parish(), (rows) => {
      rows[1] = [];
      for (const row of rows.slice(4)) for (let c = SEPTEMBER; c <= 13; c++) if (row[c] !== undefined) row[c] = row[c] === null ? null : '0.00';
    });
    const { table, line } = tableOf(f);
    expect(table.columns.find((c) => c.role === 'ytdActual')!.adds).toEqual([2, 3, 4, 5, 6]);
    expect(line('Village Groundsman').ytdActual).toBeCloseTo(433.69, 2);
  });

  it('with no words, no period and figures in the later months: none is read, and the reason says so', () => {
    const f = edited(parish(), (rows) => {
      rows[1] = [];
    });
    const { table, analysis } = tableOf(f);
    expect(table.columns.find((c) => c.role === 'ytdActual')).toBeUndefined();
    expect(table.rows.every((r) => r.ytdActual === null)).toBe(true);
    const why = analysis.explained!.find((e) => e.outcome === 'table' && e.headerRows.includes(3))!.columns;
    expect(why.find((c) => c.col === APRIL)!.why).toMatch(/the sheet does not say which are to date/);
  });

  it('a month typed as a word ("TBC") is flagged in its own cell, and the line\'s actual to date is not read', () => {
    const f = edited(parish(), (rows) => {
      rows[16]![4] = 'TBC';
    });
    const { analysis, line } = tableOf(f);
    expect(line('Clerk Salary').ytdActual).toBeNull();
    expect(analysis.checks.find((c) => c.code === 'not_a_number' && c.row === 16)).toMatchObject({ col: 4 });
  });
});

describe('the months added up are live on the Budget Summary and in the rules on the user\'s table', () => {
  it('the summary\'s YTD actual is SUM over the months of the line, and its value the sum', () => {
    const f = figuresAsNumbers(parish());
    const workbook = workbookOf(f);
    const analysis = analyseWorkbook(workbook);
    const summary = buildWritePlan(workbook, analysis, parseConfig({})).sheets.find((s) => s.role === 'budget-summary')!;
    // (The line's row in the detail, after the board's rows that link to it.)
    const groundsman = summary.rows.filter((r) => r.some((c) => c?.kind === 'text' && c.text === 'Village Groundsman')).pop()!;
    const sums = groundsman.filter((c) => c?.kind === 'formula' && c.formula.startsWith('SUM('));
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatchObject({ formula: "SUM('Monthly Income and Expenditure'!C18:G18)" });
    expect((sums[0] as { cached: number }).cached).toBeCloseTo(433.69, 2);
  });

  it('a month typed with a footnote mark ("1177.37[3]") is no number to Excel: the sum is written as a figure', () => {
    const workbook = workbookOf(figuresAsNumbers(parish()));
    const analysis = analyseWorkbook(workbook);
    const summary = buildWritePlan(workbook, analysis, parseConfig({})).sheets.find((s) => s.role === 'budget-summary')!;
    const clerk = summary.rows.filter((r) => r.some((c) => c?.kind === 'text' && c.text === 'Clerk Salary')).pop()!;
    expect(clerk.some((c) => c?.kind === 'formula' && c.formula.startsWith('SUM('))).toBe(false);
    expect(clerk.some((c) => c?.kind === 'number' && Math.abs(c.value - 5233.22) < 0.005)).toBe(true);
  });

  it('no colour is put on one month\'s cell for the year to date; the forecast against the budget is coloured on the sheet\'s own variance', () => {
    const workbook = workbookOf(figuresAsNumbers(parish()));
    const analysis = analyseWorkbook(workbook);
    const table = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget')!;
    const rules = budgetSourceRules(workbook.sheets[0]!, table, parseConfig({}).budget);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.ranges.split(' ').every((a) => a.startsWith('Q')))).toBe(true);
  });
});

it('where the sheet has its own variance of the actual to date, its colour rule adds the months up live', () => {
  const workbook = workbookOf(figuresAsNumbers(parish()));
  const table = analyseWorkbook(workbook).tables.find((t): t is BudgetTable => t.kind === 'budget')!;
  // The same table as if column B were the budget to date and column P its variance.
  const withVariance: BudgetTable = {
    ...table,
    columns: [...table.columns.filter((c) => c.col !== 1 && c.col !== 15), { role: 'ytdBudget', col: 1, header: 'Budget' }, { role: 'ytdVariance', col: 15, header: 'Variance' }],
  };
  const rules = budgetSourceRules(workbook.sheets[0]!, withVariance, parseConfig({}).budget);
  const ytd = rules.filter((r) => r.ranges.startsWith('P'));
  expect(ytd.length).toBeGreaterThan(0);
  expect(ytd[0]!.condition).toMatch(/^IF\(COUNT\(SUM\(\$C(\d+):\$G\1\),\$B\1\)=2,/);
});

describe('the pane\'s Tables tab shows the months added up', () => {
  it('each month to date is shown as giving the actual to date, with the reason; the later months are not used', () => {
    const f = parish();
    const grids = workbookOf(f);
    const analysis = analyseWorkbook(grids, undefined, { explain: true });
    const table = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget')!;
    const views = columnViews(table, [], grids, analysis.explained);
    expect(views.filter((v) => v.detected === 'ytdActual').map((v) => v.letter)).toEqual(['C', 'D', 'E', 'F', 'G']);
    expect(views.find((v) => v.letter === 'H')!.detected).toBeNull();
    expect(views.find((v) => v.letter === 'C')!.why).toMatch(/added into the actual to date \(column 7\)/);
  });
});
