/**
 * Every colour rule RAG Board plans fits Excel: its formula (with "=" and the ownership mark)
 * within the 255 characters Excel's rules manager can edit, and its address list within the
 * 8,000 characters the Excel add-in can pass to getRanges. By design, not by luck: the worst
 * case (the last column and row a sheet has, thresholds that print as long as a number can) is
 * built here, and so are the plans for every sample and a 100,000-line budget. Every cell
 * formula stays within Excel's 8,192 characters too.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { leadingScore, budgetRagConditions, ragColumnRules } from '../../src/engine/plan/sourceRules';
import { MAX_RULE_ADDRESS_LENGTH, MAX_RULE_FORMULA_LENGTH, ownedRuleFormula, type WritePlan } from '../../src/engine/plan/types';
import { ruleGroups } from '../../src/engine/plan/cells';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { generateBudgetWorkbook } from '../../bench/generate-budget';

const formulaOf = (condition: string) => `=${ownedRuleFormula(condition)}`;
const addressListOf = (ranges: string) => ranges.trim().split(/\s+/).join(', ');

function longest(plan: WritePlan): { formula: number; address: number; cellFormula: number } {
  const rules = [...plan.sheets.flatMap((s) => s.rules), ...plan.sourceRules.flatMap((s) => s.rules)];
  let cellFormula = 0;
  for (const s of plan.sheets) for (const row of s.rows) for (const c of row) if (c?.kind === 'formula') cellFormula = Math.max(cellFormula, c.formula.length + 1);
  return {
    formula: Math.max(0, ...rules.map((r) => formulaOf(r.condition).length)),
    address: Math.max(0, ...rules.map((r) => addressListOf(r.ranges).length)),
    cellFormula,
  };
}

describe('the worst case a sheet can give', () => {
  // The last column and row of a sheet, and thresholds as long as JavaScript prints a number.
  const a = '$XFC1048576';
  const b = '$XFD1048576';
  const long = { redPct: 0.30000000000000004, amberPct: 1.2345678901234567e-7, underspendAmberPct: 0.12345678901234568, materiality: 0, sign: 'overspend-positive' as const, basis: 'forecast' as const };

  test.each([
    [false, 0],
    [true, 0],
    [false, 1.2345678901234567e21],
    [true, 1.2345678901234567e21],
  ])('budget rules, income %s, materiality %s: every formula within 255 characters', (income, materiality) => {
    const settings = { ...parseConfig({}).budget, ...long };
    const c = budgetRagConditions(a, b, income, settings, materiality);
    for (const condition of [c.red, c.amber, c.green]) expect(formulaOf(condition).length).toBeLessThanOrEqual(MAX_RULE_FORMULA_LENGTH);
  });

  test('risk score rules and RAG letter rules', () => {
    const score = leadingScore('$XFD1048576');
    expect(formulaOf(`AND(${score}>=25,${score}<=25)`).length).toBeLessThanOrEqual(MAX_RULE_FORMULA_LENGTH);
    for (const rule of ragColumnRules({ col: 16383, rows: [1048575] } as Parameters<typeof ragColumnRules>[0])) {
      expect(formulaOf(rule.condition).length).toBeLessThanOrEqual(MAX_RULE_FORMULA_LENGTH);
    }
  });

  test("a column of lines broken every other row is split into groups of at most 8,000 characters, covering every row once, each with its own first row", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => 1_000_000 + i * 2);
    const groups = ruleGroups(16383, rows);
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) expect(addressListOf(g.ranges).length).toBeLessThanOrEqual(MAX_RULE_ADDRESS_LENGTH);
    const covered = groups.flatMap((g) => g.ranges.split(' ').map((r) => Number(r.replace(/^[A-Z]+/, '')) - 1));
    expect(covered).toEqual(rows);
    for (const g of groups) expect(g.first + 1).toBe(Number(g.ranges.split(' ')[0]!.replace(/^[A-Z]+/, '')));
  });
});

describe('the plans RAG Board makes', () => {
  const SAMPLES = path.resolve(__dirname, '../../samples');
  const other = { budget: { basis: 'ytd', redPct: 0.03, amberPct: 0.005, materiality: 400000, sign: 'favourable-positive' }, risk: { scheme: 'three-band', boardThreshold: 9 } };
  const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx'));

  test.each(files.flatMap((f) => [[f, {}] as const, [f, other] as const]))('%s with config %j', (file, json) => {
    const grids = readXlsx(fs.readFileSync(path.join(SAMPLES, file)));
    const config = parseConfig(json);
    const m = longest(buildWritePlan(grids, analyseWorkbook(grids, config), config));
    expect(m.formula).toBeLessThanOrEqual(MAX_RULE_FORMULA_LENGTH);
    expect(m.address).toBeLessThanOrEqual(MAX_RULE_ADDRESS_LENGTH);
    expect(m.cellFormula).toBeLessThanOrEqual(8192);
  });

  test('a 100,000-line budget', () => {
    const grids = readXlsx(generateBudgetWorkbook({ lines: 100_000, seed: 20181105 }).bytes);
    const config = parseConfig({});
    const plan = buildWritePlan(grids, analyseWorkbook(grids, config), config);
    const m = longest(plan);
    console.log(`100,000-line budget: longest rule formula ${m.formula} characters, longest rule address list ${m.address}, longest cell formula ${m.cellFormula}`);
    expect(m.formula).toBeLessThanOrEqual(MAX_RULE_FORMULA_LENGTH);
    expect(m.address).toBeLessThanOrEqual(MAX_RULE_ADDRESS_LENGTH);
    expect(m.cellFormula).toBeLessThanOrEqual(8192);
    // Its lines are broken by sections and subtotals: without groups one rule would need far more.
    expect(plan.sourceRules.flatMap((s) => s.rules).length).toBeGreaterThan(6);
  }, 60_000);
});
