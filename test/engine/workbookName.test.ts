/**
 * A CSV opened in Excel is one sheet named after its file, cut to the 31 characters Excel
 * allows: the workbook's name is then the sheet's whole name, and says what the sheet is as a
 * title would (a Zambian town council's output-based budget saved as a CSV by a university
 * data project, "db-unza26-csc4792-lusangazi_obb_budget_2026 (1).csv").
 */
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { analyseWorkbook } from '../../src/engine/analyse';
import { BudgetTable } from '../../src/engine/model';
import { nameCutFrom } from '../../src/engine/sheetNames';
import type { WorkbookGrids } from '../../src/engine/grid';

const LUSANGAZI = loadFixture(path.join(__dirname, '../corpus/fixtures/lusangazi-tc-obb-budget-2026-as-saved.json'));
const SHEET = 'db-unza26-csc4792-lusangazi_obb';

function named(name: string | undefined): WorkbookGrids {
  const { name: _given, ...grids } = workbookOf(LUSANGAZI);
  return name === undefined ? grids : { ...grids, name };
}

describe('the name Excel cut a sheet\'s from', () => {
  it('is the workbook\'s, less its extension, where the sheet\'s is its first 31 characters', () => {
    expect(nameCutFrom(SHEET, 'db-unza26-csc4792-lusangazi_obb_budget_2026 (1).csv')).toBe('db-unza26-csc4792-lusangazi_obb_budget_2026 (1)');
    expect(nameCutFrom('TEST FY25 General Fund Budget M', 'TEST FY25 General Fund Budget Master for Accounting.xlsx')).toBe('TEST FY25 General Fund Budget Master for Accounting');
  });

  it('is none where the sheet\'s name is shorter than Excel\'s limit, is not the start of the workbook\'s, or there is no workbook name', () => {
    expect(nameCutFrom('Budget', 'Budget 2026 monitoring.xlsx')).toBeUndefined();
    expect(nameCutFrom(SHEET, 'Council accounts 2026 with the budget beside them.xlsx')).toBeUndefined();
    expect(nameCutFrom(SHEET, SHEET + '.csv')).toBeUndefined();
    expect(nameCutFrom(SHEET, undefined)).toBeUndefined();
  });
});

describe('a CSV\'s one sheet, its name cut from a file named as the year\'s budget', () => {
  it('reads "amount" as the year\'s budget, stated by the workbook\'s name, as a title over the sheet would state it', () => {
    const analysis = analyseWorkbook(named('db-unza26-csc4792-lusangazi_obb_budget_2026 (1).csv'));
    const [table] = analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget');
    expect(table!.columns.map((c) => `${c.role} ${c.header}`)).toEqual(['label description', 'annualBudget amount']);
    expect(table!.rows.find((r) => r.label === 'Personal levy')).toMatchObject({ annualBudget: 8925, code: '1' });
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('reads nothing where the workbook has no name to say so, or its name is not the one the sheet\'s was cut from: "amount" alone is no budget', () => {
    expect(analyseWorkbook(named(undefined)).tables).toEqual([]);
    expect(analyseWorkbook(named('lusangazi_obb_budget_2026.csv')).tables).toEqual([]);
  });
});
