/**
 * An analysis of variations: a budget and its over or underspend, no outturn printed
 * (Hampshire Fire and Rescue Authority, "Approved Budget | Overspend / undersp'd (-)"). Where
 * the header says which way round the variance is, the outturn is the budget plus it, graded and
 * linked live on the Budget Summary; where it does not, no outturn is made up.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import type { WorkbookGrids } from '../../src/engine/grid';
import type { BudgetTable } from '../../src/engine/model';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';

const grids = (varianceHeader: string): WorkbookGrids => ({
  sheets: [
    {
      name: 'Appendix 1',
      visibility: 'visible',
      values: [
        ['Analysis of variations'],
        [null, "Approved Budget £'000", varianceHeader, 'Comments'],
        ['Support staff pay', 9531, -321, 'Equal pay deferred'],
        ['Vehicle fuel', 369, 86, 'Fuel price'],
        ['Staff car allowances', 893, 110, 'Travel claims'],
      ],
    },
  ],
});

describe('a budget and its stated over or underspend', () => {
  it('gives the outturn as the budget plus the variance, and grades it', () => {
    const a = analyseWorkbook(grids("Overspend / undersp'd (-)"));
    const t = a.tables[0] as BudgetTable;
    expect(t.sheetSignSource).toBe('header');
    expect(t.rows.map((r) => [r.label, r.forecastOutturn, r.forecastMethod, r.forecastVariance])).toEqual([
      ['Support staff pay', 9210, 'budget-plus-variance', -321],
      ['Vehicle fuel', 455, 'budget-plus-variance', 86],
      ['Staff car allowances', 1003, 'budget-plus-variance', 110],
    ]);
    expect(t.rows[1]!.rag?.rag).toBe('R');
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('links the Budget Summary\'s outturn to the sheet\'s budget and variance', () => {
    const g = grids("Overspend / undersp'd (-)");
    const config = parseConfig({});
    const plan = buildWritePlan(g, analyseWorkbook(g, config), config);
    const summary = plan.sheets.find((s) => s.role === 'budget-summary')!;
    const formulas = summary.rows.flatMap((row) => row.flatMap((c) => (c?.kind === 'formula' ? [c.formula] : [])));
    expect(formulas).toContain("'Appendix 1'!B3+'Appendix 1'!C3");
  });

  it('makes up no outturn where the header does not say which way round the variance is', () => {
    const t = analyseWorkbook(grids('Variance')).tables[0] as BudgetTable;
    expect(t.rows.every((r) => r.forecastOutturn === null)).toBe(true);
  });
});
