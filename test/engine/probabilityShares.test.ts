/**
 * Registers that rate as shares of one: a likelihood given as a probability ("Likelihood
 * (0-1)" over 0.6, "Prob" over 0.85), an impact too or on the matrix's scale, the score their
 * product. Read and checked as printed; graded by no band (no key here bands such scores) and
 * placed on no heat map. The shape of a student capstone team's "Risk # | Likelihood (0-1) |
 * Consequence (0-1) | Criticality LxC (0-1)" (test/corpus/fixtures).
 */
import { analyseOneSheet, riskRegistersOf } from '../helpers/oneSheet';
import { placedOnNoMap } from '../../src/engine/risk/gradeWords';

const zeroToOne = [
  ['Risk severities'],
  ['Risk #', 'Likelihood (0-1)', 'Consequence (0-1)', 'Criticality LxC (0-1)', 'Action'],
  ['1', '1.0', '0.6', '0.6', 'M'],
  ['2', '0.6', '0.8', '0.48', 'M'],
  ['3', '0.4', '0.8', '0.32000000000000006', 'W'],
  ['4', '0.0', '0.2', '0.0', 'W'],
];

test('"Risk #" over numbers is the risks\' reference, and likelihoods and consequences from 0 to 1 are read as printed, their product the score, with no grade', () => {
  const [register, ...more] = riskRegistersOf('Risks', zeroToOne);
  expect(more).toEqual([]);
  expect(register!.shareScales).toEqual(['likelihood', 'consequence']);
  expect(register!.risks.map((r) => r.ref)).toEqual(['1', '2', '3', '4']);
  const current = register!.risks.map((r) => r.scores.current);
  expect(current.map((s) => [s?.likelihood, s?.consequence, s?.score])).toEqual([
    [1, 0.6, 0.6],
    [0.6, 0.8, 0.48],
    [0.4, 0.8, 0.32],
    [0, 0.2, 0],
  ]);
  expect(current.every((s) => s?.grade === null)).toBe(true);
  expect(placedOnNoMap(register!)).toBe(true);
  // (0.32000000000000006 is 0.4 x 0.8 with a float's noise: no mismatch, and nothing out of range.)
  expect(analyseOneSheet('Risks', zeroToOne).checks.filter((c) => c.severity !== 'info')).toEqual([]);
});

test('a score typed beside shares that is not their product, to the places it is printed to, is a mismatch', () => {
  const rows = zeroToOne.map((r) => [...r]);
  rows[3]![3] = '0.64';
  const checks = analyseOneSheet('Risks', rows).checks.filter((c) => c.severity !== 'info');
  expect(checks.map((c) => [c.code, c.row, c.col])).toEqual([['score_mismatch', 3, 3]]);
});

test('a probability times an impact on the matrix\'s scale: the likelihood a share, the impact a rating from 1 to 5', () => {
  const rows = [
    ['ID', 'Risk', 'Probability', 'Impact', 'Score'],
    ['R1', 'Key staff leave', 0.85, 4, 3.4],
    ['R2', 'Equipment late', 0.41, 4, 1.64],
    ['R3', 'Requirements change', 0.45, 5, 2.25],
  ];
  const [register] = riskRegistersOf('Risks', rows);
  expect(register!.shareScales).toEqual(['likelihood']);
  expect(register!.risks.map((r) => [r.scores.current?.likelihood, r.scores.current?.consequence, r.scores.current?.score, r.scores.current?.grade])).toEqual([
    [0.85, 4, 3.4, null],
    [0.41, 4, 1.64, null],
    [0.45, 5, 2.25, null],
  ]);
  expect(analyseOneSheet('Risks', rows).checks.filter((c) => c.severity !== 'info')).toEqual([]);
  // An impact beyond its scale is still out of range.
  rows[2]![3] = 7;
  expect(analyseOneSheet('Risks', rows).checks.map((c) => c.code)).toContain('out_of_range');
});

test('ratings from 1 to 5, one of them typed 0.5 among whole numbers, are no shares: the half is out of range as before', () => {
  const rows = [
    ['Ref', 'Risk', 'Likelihood', 'Impact', 'Score'],
    ['R1', 'Flooding', 3, 4, 12],
    ['R2', 'Staff loss', 0.5, 2, 1],
    ['R3', 'Cyber attack', 2, 5, 10],
  ];
  const [register] = riskRegistersOf('Risks', rows);
  expect(register!.shareScales).toBeUndefined();
  expect(analyseOneSheet('Risks', rows).checks.map((c) => c.code)).toContain('out_of_range');
});

test('a probability apart from likelihood words, each read as a slot of its own, is still set aside with its reason', () => {
  const rows = [
    ['Risk ID', 'Risk Description', 'Likelihood', 'Impact', 'Prob', 'Risk Rating'],
    [1, 'Key staff moved to another project', 'Almost Certain', 4, 0.85, 3.4],
    [2, 'Equipment not bought in time', 'Possible', 4, 0.41, 1.64],
    [3, 'Requirements change', 'Possible', 5, 0.45, 2.25],
  ];
  const a = analyseOneSheet('Risk Register', rows);
  expect(a.tables).toEqual([]);
  expect(a.notes.some((n) => n.includes('its likelihoods are probabilities (0.85, 0.41, 0.45 in "Prob")'))).toBe(true);
});

test('"#" alone and "Hazard #" head a reference column; "# of staff" does not', () => {
  const rows = (head: string) => [
    [head, 'Hazard', 'Likelihood', 'Severity', 'Risk'],
    ['1', 'Slips on wet floor', 2, 3, 6],
    ['2', 'Manual handling', 3, 2, 6],
  ];
  expect(riskRegistersOf('RA', rows('#'))[0]!.risks.map((r) => r.ref)).toEqual(['1', '2']);
  expect(riskRegistersOf('RA', rows('Hazard #'))[0]!.risks.map((r) => r.ref)).toEqual(['1', '2']);
  expect(riskRegistersOf('RA', rows('# of staff'))[0]?.risks.map((r) => r.ref) ?? [null, null]).toEqual([null, null]);
});

test('"Total Risk Score" in the "#" column under the risks, with no risk named beside it, is no risk', () => {
  const rows = [
    ['#', 'Cause', 'Event', 'Probability risk rating', 'Impact risk rating', 'Risk score'],
    [1, 'Design failure', 'Launch', 3, 5, 15],
    [2, 'Beta test', 'Office', 2, 3, 6],
    [3, 'Vendor selection', 'Design', 1, 3, 3],
    ['Total Risk Score', null, null, null, null, 24],
  ];
  const [register] = riskRegistersOf('Risks', rows);
  expect(register!.risks.map((r) => r.ref)).toEqual(['1', '2', '3']);
});

describe('a rating given in its words and then as its figure, side by side ("Likelihood | Prob", "Impact | Impact Score"), is one rating, read from the figure', () => {
  const rows = [
    ['Risk ID', 'Risk Description', 'Likelihood', 'Prob', 'Impact', 'Impact Score', 'Risk Level', 'Risk Rating', 'Current Controls'],
    [1, 'Key staff moved to another project', 'Almost Certain', 0.85, 'Major', 4, 'Extreme', 3.4, 'None'],
    [2, 'Equipment not bought in time', 'Possible', 0.41, 'Major', 4, 'Medium', 1.64, 'None'],
    [3, 'Requirements change', 'Possible', 0.45, 'Catastrophic', 5, 'High', 2.25, 'None'],
  ];
  it('one slot, not two: the probability and the impact score', () => {
    const [register] = riskRegistersOf('Risk Register', rows);
    expect(register!.slots).toEqual(['current']);
    const roles = Object.fromEntries(register!.columns.map((c) => [c.role, c.col]));
    expect(roles).toMatchObject({ currentLikelihood: 3, currentConsequence: 5, currentScore: 7 });
    expect(register!.risks.map((r) => r.scores.current?.score)).toEqual([3.4, 1.64, 2.25]);
  });
  it('words and whole-number figures alike: "Likelihood | L" over "Likely | 4" is one rating on the 5x5', () => {
    const whole = [
      ['Ref', 'Risk', 'Likelihood', 'L', 'Impact', 'I', 'Score'],
      ['R1', 'Flooding', 'Likely', 4, 'Major', 4, 16],
      ['R2', 'Staff loss', 'Possible', 3, 'Minor', 2, 6],
      ['R3', 'Cyber attack', 'Rare', 1, 'Catastrophic', 5, 5],
    ];
    const [register] = riskRegistersOf('Risks', whole);
    expect(register!.slots).toEqual(['current']);
    expect(register!.risks.map((r) => [r.scores.current?.likelihood, r.scores.current?.consequence, r.scores.current?.score])).toEqual([[4, 4, 16], [3, 2, 6], [1, 5, 5]]);
  });
  it('two columns of figures under the same measure are left as they were (two slots)', () => {
    const two = [
      ['Ref', 'Risk', 'Likelihood', 'Impact', 'Score', 'Controls', 'Likelihood', 'Impact', 'Score'],
      ['R1', 'Flooding', 4, 4, 16, 'Pumps', 2, 4, 8],
      ['R2', 'Staff loss', 3, 2, 6, 'Cover', 2, 2, 4],
    ];
    const [register] = riskRegistersOf('Risks', two);
    expect(register!.slots.length).toBe(2);
  });
});
