/**
 * A register from a Word document whose assessments are two ratings in one cell split by a comma
 * ("Inherent Assessment" over "4,3", "Residual Assessment" over "3,3"), the header's words broken
 * where the cell wraps with no hyphen ("Inherent Assess" / "ment"): each slot's score is the
 * product, graded; the likelihood and consequence are read only where the two are the same,
 * since the cell does not say which comes first.
 */
import { riskRegistersOf } from '../helpers/oneSheet';
import { parseScore } from '../../src/engine/cells/risk';
import { normaliseHeader } from '../../src/engine/detect/roles';

type Grid = ReadonlyArray<ReadonlyArray<string | number | null>>;
const REGISTER: Grid = [
  ['Strategic Risk Register'],
  [],
  ['Risk No.', 'Strategic Risk', 'Inherent Assess\nment', 'Residual Assess\nment', 'Change'],
  ['SR1', 'Loss of key funding stream leaves services unfunded.', '5,4', '3,3', 'None'],
  ['SR2', 'Data breach through weak access controls.', '4,4', '2,3', 'Increase'],
  ['SR3', 'Volunteers too few to run the programme.', '2,2', '1,2', 'None'],
];

test('"a,b" assessments are read as their product and graded; the pair only where both are the same', () => {
  const [register] = riskRegistersOf('Register', REGISTER);
  expect(register).toBeDefined();
  const slots = register!.risks.map((r) => [r.ref, r.scores.inherent?.score, r.scores.residual?.score]);
  expect(slots).toEqual([['SR1', 20, 9], ['SR2', 16, 6], ['SR3', 4, 2]]);
  expect(register!.risks.map((r) => r.scores.inherent?.grade)).toEqual(['Extreme', 'Extreme', 'Moderate']);
  const sr1 = register!.risks[0]!.scores;
  expect([sr1.inherent?.likelihood, sr1.inherent?.consequence]).toEqual([null, null]);
  expect([sr1.residual?.likelihood, sr1.residual?.consequence]).toEqual([3, 3]);
});

test('an amount with a thousands comma is no pair of ratings, and nor is a pair beyond single digits', () => {
  expect(parseScore('4,300').kind).not.toBe('score');
  expect(parseScore('12,4').kind).not.toBe('score');
  expect(parseScore('4,3')).toMatchObject({ kind: 'score', score: 12, likelihood: null, consequence: null });
});

test('a word broken with no hyphen is joined only where the parts make a header word and are not both words', () => {
  expect(normaliseHeader('Inherent Assess\nment')).toBe('inherent assessment');
  expect(normaliseHeader('Likeli\nhood')).toBe('likelihood');
  expect(normaliseHeader('Risk\nOwner')).toBe('risk owner');
  expect(normaliseHeader('To\nDate')).toBe('to date');
});
