/**
 * A budget and an actual each month: the budget and the actual to date are the months to the
 * period, added up; with all twelve months' budgets, their sum is the year's budget and the rest
 * of the profile gives the forecast. Two layouts real packages print: a month's name over its
 * "Budget | Actual" pair (profiled budgets, as parish accounts packages set them), and Shepherd's
 * Staff's "Budget vs. Actual" export, "B: Jan | A: Jan | … | Total Budget | Total Actuals |
 * Budget less actual" (its help page describes the columns; the figures here are made up, as no
 * saved export was to be found).
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { buildReport } from '../../src/engine/report/report';
import { parseConfig } from '../../src/engine/config';
import { BudgetTable } from '../../src/engine/model';
import type { CellValue, WorkbookGrids } from '../../src/engine/grid';

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

/** Salaries 1,000 a month, rent 500, stationery 50; actuals for the first `spent` months. */
function pairedSheet(title: string, months: number, spent: number): CellValue[][] {
  const head1: CellValue[] = ['Cost centre'];
  const head2: CellValue[] = [null];
  for (const m of MONTHS.slice(0, months)) head1.push(m, null), head2.push('Budget', 'Actual');
  const line = (name: string, budget: number, actuals: number[]): CellValue[] => {
    const row: CellValue[] = [name];
    for (let i = 0; i < months; i++) row.push(budget, i < spent ? actuals[i % actuals.length]! : null);
    return row;
  };
  return [[title], [], head1, head2, line('Salaries', 1000, [990, 1010, 1050]), line('Rent', 500, [500, 520, 500]), line('Stationery', 50, [40, 70, 20])];
}

const workbook = (values: CellValue[][]): WorkbookGrids => ({ sheets: [{ name: 'Monitoring', visibility: 'visible', values }] });

function budgetOf(values: CellValue[][]) {
  const analysis = analyseWorkbook(workbook(values), undefined, { explain: true });
  const table = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget');
  return { analysis, table, line: (label: string) => table!.rows.find((r) => r.label === label)! };
}

describe('a budget and an actual each month, under the month\'s name', () => {
  it('"Month 2" in the title: the budget and the actual to date are April and May added up, not April\'s alone', () => {
    const { table, line } = budgetOf(pairedSheet('Budget monitoring 2024/25, Month 2', 4, 4));
    expect(table!.columns.find((c) => c.role === 'ytdBudget')).toMatchObject({ col: 3, adds: [1, 3] });
    expect(table!.columns.find((c) => c.role === 'ytdActual')).toMatchObject({ col: 4, adds: [2, 4] });
    expect(line('Rent')).toMatchObject({ ytdBudget: 1000, ytdActual: 1020, ytdVariance: 20 });
  });

  it('no period stated, but no actual after May on any line: the months so far', () => {
    const { line } = budgetOf(pairedSheet('Budget monitoring 2024/25', 4, 2));
    expect(line('Salaries')).toMatchObject({ ytdBudget: 2000, ytdActual: 2000 });
    expect(line('Stationery')).toMatchObject({ ytdBudget: 100, ytdActual: 110 });
  });

  it('when the sheet does not say which months are to date, nothing is read, and explain says why', () => {
    const { table, analysis } = budgetOf(pairedSheet('Budget monitoring 2024/25', 4, 4));
    expect(table).toBeUndefined();
    const reasons = analysis.explained!.flatMap((e) => e.columns.map((c) => c.why)).join('\n');
    expect(reasons).toMatch(/budget for April, one of a budget and an actual each month; the sheet does not say which months are to date/);
  });

  it('all twelve months: the year\'s budget is their sum, and the forecast is the actual to date and the months\' budgets still to come (profiled)', () => {
    const { table, line } = budgetOf(pairedSheet('Budget monitoring 2024/25, Month 3', 12, 3));
    expect(table!.columns.find((c) => c.role === 'annualBudget')).toMatchObject({ adds: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23] });
    // Salaries: 12,000 for the year; 3,050 spent against 3,000 to date, so 12,050 forecast.
    expect(line('Salaries')).toMatchObject({ annualBudget: 12000, ytdBudget: 3000, ytdActual: 3050, forecastOutturn: 12050, forecastMethod: 'profiled', forecastVariance: 50 });
  });

  it('the Budget Summary adds each month up from the sheet, and works the profiled forecast out live', () => {
    const book = workbook(pairedSheet('Budget monitoring 2024/25, Month 3', 12, 3));
    const summary = buildWritePlan(book, analyseWorkbook(book), parseConfig({})).sheets.find((s) => s.role === 'budget-summary')!;
    const salaries = summary.rows.filter((r) => r.some((c) => c?.kind === 'text' && c.text === 'Salaries')).pop()!;
    const formulas = salaries.flatMap((c) => (c?.kind === 'formula' ? [c.formula] : []));
    expect(formulas).toContain("SUM('Monitoring'!B5,'Monitoring'!D5,'Monitoring'!F5)");
    const forecast = salaries.find((c) => c?.kind === 'formula' && /^IF\(COUNT\(/.test(c.formula) && /\+.+-/.test(c.formula));
    expect(forecast).toMatchObject({ cached: 12050 });
  });

  it('the report names the months each figure adds up', () => {
    const report = buildReport(analyseWorkbook(workbook(pairedSheet('Budget monitoring 2024/25, Month 2', 4, 4))), 'm.xlsx');
    const [table] = report.tables;
    expect(table!.columns.ytdBudget!.adds).toBe('B,D');
    expect(table!.columns.ytdActual!.adds).toBe('C,E');
  });
});

describe('an accounts package\'s export, "B: Jan | A: Jan | … | Total Budget | Total Actuals" (Shepherd\'s Staff, Budget vs. Actual)', () => {
  const JAN_FIRST = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function exported(spent: number): CellValue[][] {
    const head: CellValue[] = ['Account'];
    for (const m of JAN_FIRST) head.push(`B: ${m}`, `A: ${m}`);
    head.push('Total Budget', 'Total Actuals', 'Budget less actual');
    const line = (name: string, budget: number, actual: number): CellValue[] => {
      const row: CellValue[] = [name];
      for (let i = 0; i < 12; i++) row.push(budget, i < spent ? actual : 0);
      row.push(budget * 12, actual * spent, budget * 12 - actual * spent);
      return row;
    };
    return [['Budget vs. Actual, fiscal year 2025'], head, line('Offering', 4000, 4200), line('Utilities', 600, 640)];
  }

  it('the typed "Total Budget" is the year\'s budget; the months with actuals are to date; "Total Actuals" is their total, read month by month', () => {
    const { table, line } = budgetOf(exported(2));
    expect(table!.columns.find((c) => c.role === 'annualBudget')!.header).toBe('Total Budget');
    expect(line('Utilities')).toMatchObject({ annualBudget: 7200, ytdBudget: 1200, ytdActual: 1280, forecastOutturn: 7280, forecastMethod: 'profiled' });
    expect(table!.columns.some((c) => c.header === 'Total Actuals')).toBe(false);
  });
});
