/**
 * A sports programme's risk assessment form: "Risk prior to measures | Who may be harmed |
 * Precautions | Risk rating after measures", the first column naming each hazard in words (no
 * rating before the measures), the last a word of the HSE's five-level estimator ("Trivial",
 * "Low"). The hazards are the risks' names; the rating after the measures is the residual grade.
 */
import { riskRegistersOf } from '../helpers/oneSheet';
import { slotOf } from '../../src/engine/detect/roles';

type Grid = ReadonlyArray<ReadonlyArray<string | number | null>>;
const FORM: Grid = [
  ['Risk Assessment Form – Holiday Netball Camp'],
  ['Risk prior to measures', 'Who may be harmed', 'Precautions', 'Risk rating after measures'],
  ['Players slipping on a wet court surface', 'Players', 'Court checked and dried before play', 'Trivial'],
  ['Balls striking spectators behind the court', 'Spectators', 'Spectators kept behind the barrier', 'Low'],
  ['Twisted ankles from poor footwear', 'Players', 'Footwear checked at registration', 'Trivial'],
];

test('"after measures" is after the controls (residual) and "prior to measures" before them (inherent)', () => {
  expect(slotOf('Risk rating after measures')).toBe('residual');
  expect(slotOf('Risk prior to measures')).toBe('inherent');
});

test('the hazards named under "Risk prior to measures" are the risks, graded by the HSE word after the measures', () => {
  const [register] = riskRegistersOf('Risk Assessment', FORM);
  expect(register).toBeDefined();
  expect(register!.risks.map((r) => r.title)).toEqual(['Players slipping on a wet court surface', 'Balls striking spectators behind the court', 'Twisted ankles from poor footwear']);
  expect(register!.risks.map((r) => r.scores.residual?.grade)).toEqual(['Trivial', 'Low', 'Trivial']);
  expect(register!.risks.every((r) => r.scores.inherent === null)).toBe(true);
});

test('a "Risk prior to measures" column holding ratings is no column of names', () => {
  const rated: Grid = [
    ['Activity', 'Risk prior to measures', 'Precautions', 'Risk rating after measures'],
    ['Warm up', 'Low', 'Coach leads warm up', 'Trivial'],
    ['Matches', 'High', 'Umpire on court', 'Low'],
  ];
  const [register] = riskRegistersOf('Risk Assessment', rated);
  expect(register?.risks.some((r) => r.title === 'Low' || r.title === 'High') ?? false).toBe(false);
});
