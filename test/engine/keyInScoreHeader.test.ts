/**
 * A register rated on a scale beyond a 5x5 that prints its key in its score's header cell
 * ("Risk Rating / H 20-36 / M 12-18 / L 1-10" over a 6x6 matrix's scores, as a rowing club's
 * regatta risk assessment does, test/corpus/fixtures cambois-…): read and checked on that
 * scale, and graded by that key, its bands named as printed, where the key gives every score of
 * the larger matrix one band. A key that leaves some of those scores ungraded grades none.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { CellValue } from '../../src/engine/grid';
import { RiskRegister } from '../../src/engine/model';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { riskSourceRules } from '../../src/engine/plan/sourceRules';
import { gradedByBands } from '../../src/engine/risk/gradeWords';

const regatta = (ratingHeader: string) => ({
  sheets: [
    {
      name: 'Regatta Risk Assessment',
      visibility: 'visible' as const,
      values: [
        ['Rowing Club'],
        [],
        ['Regatta Risk Assessment Form'],
        [],
        ['Item No.', 'Activity/equipment/materials, etc.', 'Hazard', 'Persons at risk', 'Severity', 'Likelihood', ratingHeader, 'Control Measures Required', 'Final Result*'],
        ['1', 'Racing Shells\nRescue Craft', 'Incident through difficult weather or water conditions.', 'All competitors', '4', '4', 'Medium 16', 'Assess weather and water; cancel if needed', 'Low 8'],
        ['2', 'Racing Shells\nBlades', 'Lightning', 'All competitors', '5', '2', 'Low 10', 'Weather-warning plan', 'Low 2'],
        ['3', 'Racing Shells\nBlades', 'Collisions between competitors', 'All competitors', '4', '3', 'Medium 12', 'Navigation rules briefed; marshals', 'Low 6'],
      ] as CellValue[][],
    },
  ],
});

const read = (ratingHeader: string) => {
  const workbook = regatta(ratingHeader);
  const analysis = analyseWorkbook(workbook as never, parseConfig({}));
  return { workbook, analysis, register: analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')! };
};

test('the key in the score header grades the 6x6 register, bands named as printed', () => {
  const { register, analysis } = read('Risk Rating\nH 20-36\nM 12-18\nL 1-10');
  expect(register.ratingScale).toBe(6);
  expect(register.scheme.scaleTop).toBe(6);
  expect(register.scheme.source).toEqual({ sheet: 'Regatta Risk Assessment', cell: 'G5' });
  expect(register.risks.map((r) => [r.scores.current?.score, r.scores.current?.grade, r.scores.residual?.score, r.scores.residual?.grade])).toEqual([
    [16, 'M', 8, 'L'],
    [10, 'L', 2, 'L'],
    [12, 'M', 6, 'L'],
  ]);
  expect(analysis.checks).toEqual([]);
  expect(analysis.notes.join(' ')).toMatch(/graded by its key at G5/);
});

test('graded, its score columns are coloured by the key and its Risk Summary is written', () => {
  const { register, workbook, analysis } = read('Risk Rating\nH 20-36\nM 12-18\nL 1-10');
  expect(gradedByBands(register, 'current')).toBe(true);
  expect(riskSourceRules(register).length).toBeGreaterThan(0);
  expect(buildWritePlan(workbook as never, analysis, parseConfig({})).sheets.some((s) => s.role === 'risk-summary')).toBe(true);
});

test('a key that leaves a 6x6 score without a band (24 and 25 between M and H) grades nothing', () => {
  const { register } = read('Risk Rating\nH 26-36\nM 12-18\nL 1-10');
  expect(register.ratingScale).toBe(6);
  expect(register.risks.map((r) => r.scores.current?.grade)).toEqual([null, null, null]);
});
