/**
 * A parish's risk assessment register rated on one scale alone, in the words of three levels with
 * no key ("ITEM | RISK PROBABILITY | RISK CONTROL | DATE REVIEWED" over "Low", "Medium/High"): a
 * register, its items listed as its risks, the words read as no number (no key says what Low is).
 */
import { riskRegistersOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | number | null>>;
const REGISTER: Grid = [
  ['Risk Assessment Register'],
  [],
  ['ITEM', 'RISK PROBABILITY', 'RISK CONTROL', 'DATE REVIEWED'],
  ['Bus shelter', 'Low', 'Inspected monthly by the clerk', 'March 2022'],
  ['Allotment water troughs', 'Low', 'Insured; checked by the allotment warden', 'June 2021'],
  ['Play area swings', 'Medium/High', 'Annual inspection; repairs by contractor', 'May 2021'],
];

test('one likelihood in the words of three levels, in a register naming its risks: the items are its risks, unrated', () => {
  const [register] = riskRegistersOf('Risks', REGISTER);
  expect(register).toBeDefined();
  expect(register!.risks.map((r) => r.ref ?? r.title)).toEqual(['Bus shelter', 'Allotment water troughs', 'Play area swings']);
  expect(register!.risks.every((r) => r.scores.current === null || (r.scores.current.likelihood === null && r.scores.current.score === null))).toBe(true);
});

test('a list with a probability in words that names no risk or hazard (a sales pipeline) is no register', () => {
  const pipeline: Grid = [
    ['CUSTOMER', 'PROBABILITY', 'NEXT STEP', 'DATE'],
    ['Acme Ltd', 'High', 'Send the quote', 'March 2022'],
    ['Bloggs & Co', 'Low', 'Call back in spring', 'April 2022'],
  ];
  expect(riskRegistersOf('Pipeline', pipeline)).toEqual([]);
});
