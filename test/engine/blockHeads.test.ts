/**
 * A flat extract of a budget's programmes and sub-programmes (Chililabombwe Municipal Council's
 * output-based budget 2024, as a university data project saved it to CSV): "level | programme_code
 * | programme | sub_programme | amount_zmw", each programme's own row naming no sub-programme and
 * standing above the rows that repeat its name, one to each sub-programme.
 */
import * as path from 'path';
import { loadFixture, workbookOf, Fixture } from '../corpus/corpus';
import { analyseWorkbook } from '../../src/engine/analyse';
import { BudgetTable } from '../../src/engine/model';

const CHILILABOMBWE = loadFixture(path.join(__dirname, '../corpus/fixtures/chililabombwe-mc-obb-programme-allocation-2024-as-saved.json'));

function budget(fixture: Fixture) {
  const analysis = analyseWorkbook(workbookOf(fixture));
  return { analysis, table: analysis.tables.find((t): t is BudgetTable => t.kind === 'budget')! };
}

describe('a programme\'s own row over its sub-programmes, in a flat extract', () => {
  it('is the programme\'s sum, named by it, over the sub-programmes after it, each named by its own column', () => {
    const { analysis, table } = budget(CHILILABOMBWE);
    expect(table.columns.find((c) => c.role === 'annualBudget')!.header).toBe('amount_zmw');
    const programme = table.rows.find((r) => r.row === 1)!;
    expect(programme).toMatchObject({ label: 'CONSTITUENCY DEVELOPMENT FUND', kind: 'subtotal', annualBudget: 30635642, sumOf: [2, 3, 4, 5] });
    expect(table.rows.find((r) => r.row === 2)).toMatchObject({ label: 'Community Projects', kind: 'line', code: '1' });
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('is checked against them: one that does not add up is said at its row', () => {
    const wrong = structuredClone(CHILILABOMBWE) as Fixture;
    wrong.sheets[0]!.rows[6]![4] = 10157000; // LOCAL GOVERNANCE, printed 10,157,466
    const { analysis } = budget(wrong);
    expect(analysis.checks.filter((c) => c.severity === 'error').map((c) => `${c.code} ${c.row + 1}`)).toEqual(['subtotal_mismatch 7']);
  });

  it('"BUDGET INCREMENT" set under the last programme is the year\'s rise in the budget, no sub-programme of it', () => {
    const { analysis, table } = budget(CHILILABOMBWE);
    expect(table.rows.find((r) => r.label === 'BUDGET INCREMENT' && r.kind === 'line')).toBeUndefined();
    expect(analysis.checks.filter((c) => c.code === 'subtotal_mismatch')).toEqual([]);
  });
});
