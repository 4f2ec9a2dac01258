/**
 * A register's first column numbers what it lists by a word and "No" ("Para No", the paragraph
 * of a walk's route description each hazard is on): that column is the risk's reference, not
 * the hazard's words beside it. Shape from a walking group's event risk assessment
 * (ldwa-irregulars-marsden-moor-meander-risk-assessment-2017-12).
 */
import { riskInfoRoleOf } from '../../src/engine/detect/roles';
import { riskRegistersOf } from '../helpers/oneSheet';

const registerOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  riskRegistersOf('Risk Assessment', values)[0];

const routeAssessment = [
  ['Event Risk Assessment'],
  [],
  ['RISK ASSESSMENT'],
  [],
  ['Para No', 'Grid Ref', 'Hazard', 'Risk Level', 'Control Measures'],
  ['Throughout', 'Throughout the route', 'Rough & uneven ground throughout, with some steep climbs', 'LOW', 'Caution to be taken throughout the event.'],
  ['11', 'SE039146', 'Short walk (80yds) along A640.', 'MEDIUM', 'Walk facing oncoming traffic'],
  ['23', 'SE035155', 'Road crossing B6114.', 'LOW', 'Cross with caution.'],
  ['SHORT ROUTE', 'SD983142', 'Road crossing A672.', 'MEDIUM', 'Warning signs for traffic'],
  ['59', 'SD978120', 'Road crossing A672.', 'MEDIUM', 'Cross with caution.'],
];

test('"Para No" over the points of a route is the risks\' reference, words and numbers as printed', () => {
  const register = registerOn(routeAssessment)!;
  expect(register.risks.map((r) => r.ref)).toEqual(['Throughout', '11', '23', 'SHORT ROUTE', '59']);
  expect(register.risks[1]).toMatchObject({ title: 'Short walk (80yds) along A640.' });
});

test('a word or its abbreviation with "No" or "Number" names a reference column; "Yes/No" does not', () => {
  expect(riskInfoRoleOf('Para No')).toBe('ref');
  expect(riskInfoRoleOf('Haz No.')).toBe('ref');
  expect(riskInfoRoleOf('SR No.')).toBe('ref');
  expect(riskInfoRoleOf('Acceptable Risk Yes/ No')).toBeNull();
  expect(riskInfoRoleOf('Grid Ref')).toBeNull();
});
