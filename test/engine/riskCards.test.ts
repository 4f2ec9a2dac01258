/**
 * Risks laid out as cards, one to a block with no header row, from three real documents
 * (test/corpus/fixtures): a board assurance framework's page per risk (Norfolk and Suffolk NHS
 * FT), a university's strategic risk register (Newcastle) and a council's register published
 * as a web page per risk (Exeter).
 */
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { CellValue, SheetGrid, WorkbookGrids } from '../../src/engine/grid';
import { RiskRegister } from '../../src/engine/model';
import { buildReport } from '../../src/engine/report/report';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { asGrid } from '../helpers/generatedSheets';

const config = parseConfig({});
const workbook = (id: string) => workbookOf(loadFixture(path.join(__dirname, '../corpus/fixtures', `${id}.json`)));
const register = (wb: WorkbookGrids) => analyseWorkbook(wb, config).tables.find((t): t is RiskRegister => t.kind === 'risk')!;

test('"Inherent risk" over "Likelihood | 3", "Impact | 3", "Risk score | 9", and the residual block below (Exeter City Council)', () => {
  const r = register(workbook('exeter-city-council-net-zero-risk-register-afforestation-2022'));
  expect(r.layout).toBe('cards');
  expect(r.columns).toEqual([]);
  expect(r.risks).toHaveLength(1);
  expect(r.risks[0]).toMatchObject({ row: 2, ref: '5' });
  expect(r.risks[0]!.scores.inherent).toMatchObject({ likelihood: 3, consequence: 3, score: 9 });
  expect(r.risks[0]!.scores.residual).toMatchObject({ likelihood: 2, consequence: 2, score: 4 });
});

test('"RISK SCORES | IMPACT | LIKELIHOOD | TOTAL" over "GROSS" and "NET" rows: impact before likelihood (Newcastle University)', () => {
  const r = register(workbook('newcastle-university-strategic-risk-register-2012-12'));
  expect(r.risks.map((x) => x.ref)).toEqual(['SR1A']);
  expect(r.risks[0]!.scores.inherent).toMatchObject({ likelihood: 4, consequence: 4, score: 16 });
  expect(r.risks[0]!.scores.residual).toMatchObject({ likelihood: 3, consequence: 4, score: 12 });
});

test('"Rationale for current score: (l x c)" beside "High Risk 4 x 4 = 16", and the target "3 x 4 = 12 December 2024" (Norfolk and Suffolk NHS FT)', () => {
  const r = register(workbook('norfolk-suffolk-nhsft-board-assurance-framework-2023-09'));
  expect(r.risks[0]).toMatchObject({ ref: '1.1', title: expect.stringMatching(/^Failure to recruit/) });
  expect(r.risks[0]!.scores.current).toMatchObject({ likelihood: 4, consequence: 4, score: 16 });
  expect(r.risks[0]!.scores.target).toMatchObject({ likelihood: 3, consequence: 4, score: 12 });
});

test("a card's typed total that is not its likelihood times impact is an error on that cell, and the report says the register is cards", () => {
  const wb = workbook('exeter-city-council-net-zero-risk-register-afforestation-2022');
  const rows = wb.sheets[0]!.values.map((r) => [...(r ?? [])]) as CellValue[][];
  const at = rows.findIndex((r, i) => i > 30 && r[0] === 'Risk score');
  rows[at]![1] = '8';
  const changed: WorkbookGrids = { ...wb, sheets: [{ ...wb.sheets[0]!, values: rows } as SheetGrid] };
  const analysis = analyseWorkbook(changed, config);
  expect(analysis.checks.filter((c) => c.severity === 'error').map((c) => [c.code, c.row, c.col])).toEqual([['score_mismatch', at, 1]]);
  const report = buildReport(analysis, 'exeter.xlsx');
  expect(report.tables[0]).toMatchObject({ kind: 'risk', layout: 'cards', columns: {} });
});

test('a key of the matrix is no card: "Likelihood | 1 | 2 | 3" holds more than one value a row', () => {
  const sheet: SheetGrid = {
    name: 'Key',
    visibility: 'visible',
    values: [['1. Risk scoring explained for the board'], ['Likelihood', 1, 2, 3, 4, 5], ['Impact', 1, 2, 3, 4, 5], ['Risk score', 1, 25]],
  };
  expect(analyseWorkbook({ sheets: [sheet] }, config).tables).toEqual([]);
});

test("the Risk Summary lists a card's risk with its scores, and says they are as the cards give them", () => {
  const wb = workbook('norfolk-suffolk-nhsft-board-assurance-framework-2023-09');
  const plan = buildWritePlan(wb, analyseWorkbook(wb, config), config);
  const summary = plan.sheets.find((s) => s.role === 'risk-summary')!;
  const values = asGrid(summary).values;
  expect(values[1]![0]).toMatch(/as the risks' cards give them/);
  const rows = values.filter((r) => r?.[0] === '1.1');
  expect(rows.length).toBeGreaterThanOrEqual(2); // the board table and every risk
  expect(rows[rows.length - 1]!.slice(1, 5)).toEqual([4, 4, 16, 'Extreme']);
});
