/**
 * A 3x3 key written as the pairs of level letters each grade takes ("Green: LL, LM, ML; Yellow:
 * LH, MM, HL; Red: MH, HM, HH"), as the risk-log template of a project method prints its risk
 * map on an instructions sheet beside the log (a student team's risk log, test/corpus/fixtures
 * runtime-terror-…): the same grid as one drawn in cells, so the log's High / Medium / Low
 * ratings are read as 1 to 3 and graded by it.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { CellValue } from '../../src/engine/grid';
import { RiskRegister } from '../../src/engine/model';
import { findMatrixGrid, gridGrade } from '../../src/engine/risk/matrixGrid';

const RISK_MAP =
  'Risk Map: This is a calculated field based on the values selected for both Risk Impact and Probability of Occurrence.\n\n' +
  'o Green: LL (Low Probability, Low Impact), LM (Low Probability, Medium Impact), ML (Medium Probability, Low Impact)\n' +
  'o Yellow: LH (Low Probability, High Impact), MM (Medium Probability, Medium Impact), HL (High Probability, Low Impact)\n' +
  'o Red: MH (Medium Probability, High Impact), HM (High Probability Medium Impact), HH (High Probability, High Impact)';

const instructions = (key: string) => ({
  name: 'Instructions',
  visibility: 'visible' as const,
  values: [['RISK MANAGEMENT LOG'], ['Column', 'Instructions For Completing This Document'], ['C', 'Risk Impact: High, Medium or Low'], ['E', key]] as CellValue[][],
});

const log = {
  name: 'Risk_Tracking_Log',
  visibility: 'visible' as const,
  values: [
    ['RISK MANAGEMENT LOG'],
    ['Project Name:', null, null, 'Naaman'],
    ['ID', 'Current\nStatus', 'Risk\nImpact', 'Probability of\nOccurrence', 'Risk\nMap', 'Risk\nDescription', 'Project\nImpact', 'Risk Area'],
    ['Data Loss', 'Open', 'High', 'Low', 'Yellow', 'Hardware failure loses data', 'Project rebuilt from scratch', 'Project Resources'],
    ['Health Issues', 'Open', 'Medium', 'Low', 'Green', 'A team member falls ill', 'Outcomes delayed', 'Schedule'],
    ['Insufficient QA time', 'Open', 'Medium', 'Medium', 'Yellow', 'Too little time to test the app', 'App untested', 'Outcome'],
    ['Budget risk', 'Open', 'Low', 'Medium', 'Green', 'Budget short for development', 'Not fully completed', 'Outcome'],
  ] as CellValue[][],
};

const registerOf = (key: string) =>
  analyseWorkbook({ sheets: [instructions(key), log] } as never, parseConfig({})).tables.find((t): t is RiskRegister => t.kind === 'risk')!;

test('the pairs make a 3x3 grid, probability first as the pairs spelt out say', () => {
  const grid = findMatrixGrid(instructions(RISK_MAP))!;
  expect(grid.size).toBe(3);
  expect(grid.at).toBe('Instructions!B4');
  expect(gridGrade(grid, 1, 3)).toBe('Yellow'); // LH
  expect(gridGrade(grid, 2, 3)).toBe('Red'); // MH
  expect(gridGrade(grid, 2, 1)).toBe('Green'); // ML
});

test('the log on the next sheet is rated 1 to 3 and graded by the key, a Yellow band coloured yellow', () => {
  const register = registerOf(RISK_MAP);
  expect(register.scheme.matrixSize).toBe(3);
  expect(register.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Green', 1, 2], ['Yellow', 3, 4], ['Red', 6, 9]]);
  expect(register.scheme.bands[1]!.colour).toBe('#FFEB3B');
  expect(register.risks.map((r) => [r.ref, r.scores.current?.likelihood, r.scores.current?.consequence, r.scores.current?.grade])).toEqual([
    ['Data Loss', 1, 3, 'Yellow'],
    ['Health Issues', 1, 2, 'Green'],
    ['Insufficient QA time', 2, 2, 'Yellow'],
    ['Budget risk', 2, 1, 'Green'],
  ]);
});

test('pairs that do not say which letter is which scale are taken only where both orders grade alike', () => {
  const unspelt = 'Green: LL, LM, ML\nYellow: LH, MM, HL\nRed: MH, HM, HH';
  expect(gridGrade(findMatrixGrid(instructions(unspelt))!, 3, 1)).toBe('Yellow');
  // LH Red but HL Yellow, and nothing says which letter is the probability: no key.
  expect(findMatrixGrid(instructions('Green: LL, LM, ML\nYellow: MM, HL\nRed: LH, MH, HM, HH'))).toBeNull();
});

test('a pair left out, or given two grades, is no key', () => {
  expect(findMatrixGrid(instructions('Green: LL, LM, ML\nYellow: LH, MM, HL\nRed: MH, HM'))).toBeNull();
  expect(findMatrixGrid(instructions('Green: LL, LM, ML, MM\nYellow: LH, MM, HL\nRed: MH, HM, HH'))).toBeNull();
});
