/**
 * A register whose risks carry money beside their rating (a budget risks register: "Likelihood
 * (1-5) | Annual Exposure | Lifetime Exposure"), with a units line "£m | £m" under the header,
 * printed again under the header repeated on each page, and a group's heading with its sums
 * ("Smaller risks (under £5m) | … | 40.0") over the risks it groups: the units line is the
 * header's, the heading a section, and the register is read through both.
 */
import { riskRegistersOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | number | null>>;
const HEADER = ['Service', 'Risk Title', 'Cause', 'Likelihood (1-5)', 'Annual Exposure', 'Lifetime Exposure'];
const UNITS = [null, null, null, null, '£m', '£m'];

const REGISTER: Grid = [
  ['Budget risks 2026-27'],
  HEADER,
  UNITS,
  ['Larger risks (over £5m)'],
  ['ALL', 'Pay award above the sum budgeted', 'National pay settlement', '4', '12.5', null],
  ['ADULTS', 'Care market prices rising fast', 'Provider costs', '3', '8.0', null],
  ['Budget risks 2026-27'],
  HEADER,
  UNITS,
  ['CHILDREN', 'Placement costs of looked after children', 'Shortage of places', '4', null, '20.0'],
  [],
  ['Smaller risks (under £5m)', null, null, null, '40.0', '10.0'],
  ['ALL', 'Interest rates fall on cash held', 'Markets', '2', null, null],
  ['ROADS', 'Winter maintenance beyond its budget', 'Weather', '3', null, null],
  [],
  [null, 'Likelihood'],
  [null, 'Very likely', '5'],
  [null, 'Likely', '4'],
];

test('a money units line under a register\'s header and under each repeat of it is the header\'s, and a group\'s heading with its sums is a section: one register, every risk read', () => {
  const registers = riskRegistersOf('Budget Risks', REGISTER);
  expect(registers).toHaveLength(1);
  const [register] = registers;
  expect(register!.headerRows[register!.headerRows.length - 1]).toBe(1);
  expect(register!.risks.map((r) => r.row + 1)).toEqual([5, 6, 10, 13, 14]);
  expect(register!.risks.map((r) => r.scores.current?.likelihood)).toEqual([4, 3, 4, 2, 3]);
  // No consequence is given: no score, no grade.
  expect(register!.risks.every((r) => r.scores.current?.score == null && r.scores.current?.grade == null)).toBe(true);
});

test('the key under the register, after a gap, is still no risk', () => {
  const [register] = riskRegistersOf('Budget Risks', REGISTER);
  expect(register!.risks.some((r) => r.row + 1 >= 16)).toBe(false);
});

test('a letter that could be a rating ("M") is no money unit: a line of rating letters under a header stays unread as units', () => {
  const letters: Grid = [HEADER, [null, null, null, 'M', 'M', 'M'], ...REGISTER.slice(4, 6)];
  const [register] = riskRegistersOf('Budget Risks', letters);
  // Not taken into the header: the register's header is the first row alone.
  expect(register?.headerRows ?? [0]).toEqual([0]);
});

test('a heading after a gap with no named, rated risk straight under it still ends the register', () => {
  const ended: Grid = [...REGISTER.slice(0, 6), [], ['Notes on the figures', null, null, null, '40.0'], ['All amounts are estimates']];
  const [register] = riskRegistersOf('Budget Risks', ended);
  expect(register!.risks.map((r) => r.row + 1)).toEqual([5, 6]);
});
