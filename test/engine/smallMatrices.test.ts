/**
 * Registers scored on a 3x3 or 4x4 matrix, graded by the key the workbook prints: the key is
 * read for that matrix, scores and ratings outside it are errors, and the heat maps on the Risk
 * Summary and in the pane have that many rows and columns. From the Colwall Orchard Group's
 * organisational risk assessment (test/corpus/fixtures), a 3x3 matrix with "1-2 Low risk",
 * "3-4 Medium risk", "6-9 Risk unacceptable".
 */
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { CellValue, SheetGrid } from '../../src/engine/grid';
import { RiskRegister } from '../../src/engine/model';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { asGrid, heatMapAt, heatMapCounts } from '../helpers/generatedSheets';
import { findSchemeKey } from '../../src/engine/risk/key';
import { bandProblem } from '../../src/engine/rag/scheme';
import { heatMap } from '../../src/taskpane/model/heatmap';

const colwall = () => workbookOf(loadFixture(path.join(__dirname, '../corpus/fixtures/colwall-orchard-group-organisational-risk-assessment-2012.json')));
const config = parseConfig({});

test('the key of a 3x3 matrix is read as one, its bands named as printed without "risk"', () => {
  const key = findSchemeKey(colwall().sheets[0]!)!;
  expect(key.matrixSize).toBe(3);
  expect(key.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Low', 1, 2], ['Medium', 3, 4], ['Unacceptable', 6, 9]]);
  expect(key.label).toMatch(/3x3 matrix/);
  // The same bands leave 5x5 scores ungraded: never read as a key of a 5x5 matrix.
  expect(bandProblem(key.bands, 5)).toMatch(/no band covers/);
});

test('the risks are graded by that key, and a 4 on a 3x3 matrix is an error, not a grade', () => {
  const workbook = colwall();
  const register = analyseWorkbook(workbook, config).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks.map((r) => [r.ref, r.scores.current?.grade, r.scores.residual?.grade])).toEqual([
    ['1.1', 'Medium', 'Low'], ['1.2', 'Medium', 'Low'], ['1.3', 'Unacceptable', 'Low'], ['2.1', 'Medium', 'Low'],
  ]);
  const rows = workbook.sheets[0]!.values.map((r) => [...(r ?? [])]) as CellValue[][];
  rows[7]![1] = '8 (4x2)';
  const changed = { ...workbook, sheets: [{ ...workbook.sheets[0]!, values: rows } as SheetGrid] };
  const checks = analyseWorkbook(changed, config).checks.filter((c) => c.code === 'out_of_range');
  expect(checks.map((c) => [c.row + 1, c.col + 1])).toEqual([[8, 2]]);
  expect(checks[0]!.message).toMatch(/from 1 to 3/);
});

test("the key's rows above the register are not its title", () => {
  const register = analyseWorkbook(colwall(), config).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  // "Inc. severity → 1 1 2 3 1-2 Low risk …" is the matrix key; the register has no title of its own.
  expect(register.title).toBeNull();
  // A title above a table still counts when no row of figures stands between them.
  const rows = [['Corporate Risk Register'], [], ...colwall().sheets[0]!.values.slice(6)] as CellValue[][];
  const titled = analyseWorkbook({ sheets: [{ ...colwall().sheets[0]!, values: rows } as SheetGrid] }, config);
  expect((titled.tables[0] as RiskRegister).title).toBe('Corporate Risk Register');
});

test('the Risk Summary draws a 3x3 heat map whose colour rules follow its band table', () => {
  const workbook = colwall();
  const plan = buildWritePlan(workbook, analyseWorkbook(workbook, config), config);
  const summary = plan.sheets.find((s) => s.role === 'risk-summary')!;
  const values = asGrid(summary).values;
  const current = heatMapAt(values, 'current');
  const head = current.top + 2;
  expect(values[head]!.slice(0, 4)).toEqual(['Consequence', 'L 1', 'L 2', 'L 3']);
  expect(values[head]![4] ?? null).toBeNull();
  expect(values.slice(head + 1, head + 4).map((r) => r?.[0])).toEqual(['3', '2', '1']);
  // The current map first: 2 x 2 for risks 1.1, 1.2 and 2.1, 3 x 2 for 1.3.
  expect(heatMapCounts(values, 'current', 3)).toEqual([[0, 0, 0], [0, 3, 1], [0, 0, 0]]);
  // Then, beside it on the same rows, the residual map: 1 x 1 for 1.1 and 1.2, 2 x 1 for 1.3, 1 x 2 for 2.1.
  const residual = heatMapAt(values, 'residual');
  expect(residual).toEqual({ top: current.top, left: 5 });
  expect(heatMapCounts(values, 'residual', 3)).toEqual([[0, 0, 0], [1, 0, 0], [2, 1, 0]]);
  const heatRules = summary.rules!.filter((r) => r.condition.includes('COLUMN()'));
  expect(new Set(heatRules.map((r) => r.ranges))).toEqual(new Set([`B${head + 2}:D${head + 4}`, `G${head + 2}:I${head + 4}`]));
});

test("the pane's heat map has three rows of three", () => {
  const register = analyseWorkbook(colwall(), config).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  const map = heatMap(register, 'current');
  expect(map.size).toBe(3);
  expect(map.rows.map((r) => r.map((c) => c.score))).toEqual([[3, 6, 9], [2, 4, 6], [1, 2, 3]]);
  expect(map.placed).toBe(4);
});

test('a register scored before and after controls (inherent and residual, no current) gets both heat maps on its Risk Summary (Newcastle University)', () => {
  const workbook = workbookOf(loadFixture(path.join(__dirname, '../corpus/fixtures/newcastle-university-strategic-risk-register-2012-12.json')));
  const plan = buildWritePlan(workbook, analyseWorkbook(workbook, config), config);
  const values = asGrid(plan.sheets.find((s) => s.role === 'risk-summary')!).values;
  // Side by side: before controls on the left, after them on the right.
  const inherent = heatMapAt(values, 'inherent');
  expect(heatMapAt(values, 'residual')).toEqual({ top: inherent.top, left: inherent.left + 7 });
});
