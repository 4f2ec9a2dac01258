/**
 * The Budget Summary is for a board: a table of up to 200 lines keeps every line, a larger one
 * lists its exceptions (total, section subtotals, red and amber lines, lines with an error check,
 * the largest variances) and says how many lines it leaves out and where they are. The colour
 * rules on the user's own table still cover every line. budget.summaryLines chooses.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/engine/analyse';
import { DEFAULT_SUMMARY_LINES, parseConfig } from '../../src/engine/config';
import { WorkbookGrids } from '../../src/engine/grid';
import { BudgetTable } from '../../src/engine/model';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { GeneratedSheet, PlannedCell } from '../../src/engine/plan/types';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { generateBudgetWorkbook } from '../../bench/generate-budget';

/** The source rows (0-based) the summary's figures link to, from formulas like 'Delegated'!B123. */
function linkedSourceRows(sheet: GeneratedSheet, source: string): Set<number> {
  const rows = new Set<number>();
  const prefix = `'${source}'!`;
  for (const row of sheet.rows) {
    for (const cell of row) {
      if (cell?.kind !== 'formula' || !cell.formula.startsWith(prefix)) continue;
      const m = /^'[^']+'!\$?[A-Z]+\$?(\d+)$/.exec(cell.formula);
      if (m) rows.add(Number(m[1]) - 1);
    }
  }
  return rows;
}

const textOf = (c: PlannedCell | undefined) => (c?.kind === 'text' ? c.text : '');

describe('a 100,000-line budget', () => {
  const grids = readXlsx(generateBudgetWorkbook({ lines: 100_000, seed: 20181105 }).bytes);
  const config = parseConfig({});
  const analysis = analyseWorkbook(grids, config);
  const plan = buildWritePlan(grids, analysis, config);
  const summary = plan.sheets.find((s) => s.role === 'budget-summary')!;
  const table = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget')!;

  test('gives a Budget Summary of at most 5,000 rows with every red line on it, linked to its figures', () => {
    const red = table.rows.filter((r) => r.kind === 'line' && r.rag?.rag === 'R');
    const linked = linkedSourceRows(summary, table.sheet);
    const missing = red.filter((r) => !linked.has(r.row));
    console.log(`100,000-line budget: Budget Summary of ${summary.rows.length.toLocaleString('en-GB')} rows; ${red.length.toLocaleString('en-GB')} red lines, ${(red.length - missing.length).toLocaleString('en-GB')} of them on it`);
    expect(red.length).toBeGreaterThan(1000);
    expect(summary.rows.length).toBeLessThanOrEqual(5000);
    expect(missing).toEqual([]);
    // The total, and every line with an error check.
    const total = table.rows.find((r) => r.kind === 'total')!;
    expect(linked.has(total.row)).toBe(true);
    const errorRows = new Set(analysis.checks.filter((c) => c.severity === 'error').map((c) => c.row));
    const lineRows = new Set(table.rows.filter((r) => r.kind === 'line').map((r) => r.row));
    for (const row of errorRows) if (lineRows.has(row)) expect([row, linked.has(row)]).toEqual([row, true]);
  }, 120_000);

  test('lists each check once: those in the Check column of a listed line (the first, most severe, of its row) are not listed again', () => {
    const shown = analysis.checks.filter((c) => c.sheet === table.sheet && c.severity !== 'info');
    expect(shown.length).toBeGreaterThan(200);
    const linked = linkedSourceRows(summary, table.sheet);
    const rowsWithChecks = new Set(shown.filter((c) => linked.has(c.row)).map((c) => c.row));
    const note = summary.rows.map((r) => textOf(r[0])).find((t) => / of them are shown in the Check column of their line above and not listed again\.$/.test(t));
    expect(note).toBe(`${rowsWithChecks.size.toLocaleString('en-GB')} of them are shown in the Check column of their line above and not listed again.`);
  }, 120_000);

  test('says how many lines it leaves out, and where they are', () => {
    const notes = summary.rows.map((r) => textOf(r[0])).filter((t) => t.startsWith('Not listed here:'));
    expect(notes).toHaveLength(1);
    const lines = table.rows.filter((r) => r.kind === 'line');
    const green = lines.filter((r) => r.rag?.rag === 'G').length;
    const linked = linkedSourceRows(summary, table.sheet);
    const listedGreen = lines.filter((r) => r.rag?.rag === 'G' && linked.has(r.row)).length;
    expect(notes[0]).toContain(`${(green - listedGreen).toLocaleString('en-GB')} green lines`);
    expect(notes[0]).toContain(`Delegated!A${table.range.top + 1}:G${table.range.bottom + 1}`);
  });

  test('while the colour rules on the table itself still cover every line', () => {
    const rules = plan.sourceRules.find((s) => s.sheet === table.sheet)!.rules;
    const covered = new Set<number>();
    for (const rule of rules) {
      for (const area of rule.ranges.split(' ')) {
        const [from, to] = area.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')) - 1);
        for (let r = from!; r <= (to ?? from)!; r++) covered.add(r);
      }
    }
    const uncovered = table.rows.filter((r) => r.kind === 'line' && !covered.has(r.row));
    expect(uncovered).toEqual([]);
  });
});

describe('budget.summaryLines', () => {
  // The Staffordshire Month 7 tables: six tables of 24 to 39 lines, figures as numbers (so linked).
  const workbook: WorkbookGrids = readXlsx(fs.readFileSync(path.resolve(__dirname, '../../samples/staffordshire-month7-2018.xlsx')));
  const planWith = (summaryLines: unknown) => {
    const config = parseConfig({ budget: { summaryLines } });
    const analysis = analyseWorkbook(workbook, config);
    return { tables: analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget'), sheet: buildWritePlan(workbook, analysis, config).sheets[0]! };
  };
  const notesOf = (sheet: GeneratedSheet) => sheet.rows.map((r) => textOf(r[0])).filter((t) => t.startsWith('Not listed here:'));

  test(`defaults to ${DEFAULT_SUMMARY_LINES}: every line of tables of up to that many lines is listed`, () => {
    expect(parseConfig({}).budget.summaryLines).toBe(200);
    const { tables, sheet } = planWith(200);
    expect(tables).toHaveLength(6);
    for (const t of tables) {
      const linked = linkedSourceRows(sheet, t.sheet);
      expect(t.rows.filter((r) => r.kind !== 'section' && !linked.has(r.row))).toEqual([]);
    }
    expect(notesOf(sheet)).toEqual([]);
  });

  test('"exceptions", or a number below the line count of a table, lists its total, subtotals, red and amber lines and largest variances, and says what it left out', () => {
    for (const setting of ['exceptions', 20] as const) {
      const { tables, sheet } = planWith(setting);
      const summarised = tables.filter((t) => setting === 'exceptions' || t.rows.filter((r) => r.kind === 'line').length > setting);
      expect(summarised.length).toBeGreaterThan(0);
      expect(notesOf(sheet)).toHaveLength(summarised.length);
      for (const t of summarised) {
        const linked = linkedSourceRows(sheet, t.sheet);
        const lines = t.rows.filter((r) => r.kind === 'line');
        for (const r of t.rows.filter((x) => x.kind === 'total' || x.kind === 'subtotal' || (x.kind === 'line' && x.rag?.rag !== 'G'))) expect([t.range.top, r.row, linked.has(r.row)]).toEqual([t.range.top, r.row, true]);
        const left = lines.filter((r) => !linked.has(r.row));
        expect(left.length).toBeGreaterThan(0);
        expect(left.every((r) => r.rag?.rag === 'G')).toBe(true);
        const where = `${t.sheet}!A${t.range.top + 1}:G${t.range.bottom + 1}`;
        expect(notesOf(sheet).find((n) => n.includes(where))).toContain(`${left.length} green line`);
      }
    }
  });

  test('"all" lists every line whatever the size', () => {
    const { sheet } = planWith('all');
    expect(sheet.rows.some((r) => textOf(r[0]).startsWith('Not listed here:'))).toBe(false);
  });

  test('anything else is refused with the key and what it takes', () => {
    expect(() => parseConfig({ budget: { summaryLines: 'some' } })).toThrow('config: budget.summaryLines must be "all", "exceptions" or a whole number of lines');
    expect(() => parseConfig({ budget: { summaryLines: 2.5 } })).toThrow('budget.summaryLines must be');
    expect(() => parseConfig({ budget: { summaryLines: -1 } })).toThrow('budget.summaryLines');
    expect(() => parseConfig({ budget: { summaryLine: 10 } })).toThrow('unknown key "budget.summaryLine"');
  });
});
