/**
 * A risk assessment form printed a page at a time: "Risk Rating" over "L1 | C2 | R3" (rating
 * letters, each with the number of its footnote in the key at the page's foot), the key itself
 * ("Likelihood1", "Consequence2", "R = L x C3", then bands "1-4 | acceptable risk", "5-12 |
 * additional controls required" ...), "Page 2 of 3", and the header printed again over the next
 * page's risks. The letters are read as L, C and R; the bands named by what they ask for grade the
 * register; the register goes on over the page.
 */
import { riskRegistersOf } from '../helpers/oneSheet';
import { findSchemeKey } from '../../src/engine/risk/key';

type Grid = ReadonlyArray<ReadonlyArray<string | number | null>>;
const HEADER = ['Activity/Element', 'Hazard', 'Who is harmed', 'Controls in place', 'Risk Rating', null, null, 'Further action'];
const LETTERS = [null, null, null, null, 'L1', 'C2', 'R3'];
const FOOT: Grid = [
  ['How likely1', null, 'How bad2', null, 'Risk Rating R = L x C3'],
  ['1. very unlikely', null, '1. scratch', null, 'Key'],
  ['2. unlikely', null, '2. minor injury', null, '1-4', 'acceptable risk'],
  ['3. could happen', null, '3. major injury', null, '5-12', 'additional controls required'],
  ['4. likely', null, '4. fatality', null, '13-18', 'urgent attention required'],
  ['5. almost certain', null, '5. several fatalities', null, '18-25', 'unacceptable risk – stop work'],
];
const FORM: Grid = [
  ['Garden Day Risk Assessment'],
  HEADER,
  LETTERS,
  ['General site maintenance on the day', 'Back strain from lifting', 'Volunteers', 'Briefing on lifting', '3', '2', '6', 'Rotate tasks'],
  [null, 'Cuts from tools', 'Volunteers', 'Gloves given out', '2', '2', '4', null],
  [null, 'Tripping on hoses', 'Public', 'Hoses coiled away', '1', '3', '3', null],
  [null, 'Stung by wasps', 'Volunteers', 'First aid kit on site', '2', '2', '4', null],
  ['General site maintenance on the day (continued)', 'Sunburn on a hot day', 'Volunteers', 'Shade and water', '2', '2', '4', null],
  ...FOOT,
  ['Page 1 of 3'],
  HEADER,
  LETTERS,
  [null, null, null, 'and tools counted in'],
  ['Bonfire', 'Burns from the fire', 'Volunteers', 'One person tends it', '3', '4', '12', 'Water to hand'],
];

test('"L1 | C2 | R3" whose numbers the key at the foot ends its phrases with are the rating letters L, C and R', () => {
  const [register] = riskRegistersOf('Risk Assessment', FORM);
  expect(register).toBeDefined();
  const first = register!.risks[0]!.scores.current!;
  expect([first.likelihood, first.consequence, first.score]).toEqual([3, 2, 6]);
});

test('the key\'s bands named by what they ask for grade the register', () => {
  const [register] = riskRegistersOf('Risk Assessment', FORM);
  expect(register!.risks.map((r) => r.scores.current?.grade?.toLowerCase())).toEqual(['additional controls required', 'acceptable', 'acceptable', 'acceptable', 'acceptable', 'additional controls required']);
});

test('the register goes on over the page foot and its key to the header printed again: one register', () => {
  const registers = riskRegistersOf('Risk Assessment', FORM);
  expect(registers).toHaveLength(1);
  expect(registers[0]!.risks.map((r) => r.row + 1)).toEqual([4, 5, 6, 7, 8, 19]);
});

test('without the page foot, no register runs on from the first page over the key to the second', () => {
  const noFoot = FORM.filter((row) => row[0] !== 'Page 1 of 3');
  const registers = riskRegistersOf('Risk Assessment', noFoot);
  expect(registers.some((t) => t.risks.some((r) => r.row + 1 === 4) && t.risks.some((r) => r.row + 1 === 18))).toBe(false);
});

test('"L1 | I1 | L2 | I2" (a first and a second assessment) are no footnoted letters: numbers that repeat', () => {
  const twoRounds: Grid = [
    ['Risk', 'L1', 'I1', 'L2', 'I2'],
    ['Flooding of the hall cellar', '3', '4', '2', '4'],
    ['Note: figures are as at review1'],
  ];
  const [register] = riskRegistersOf('Register', twoRounds);
  // Whatever it reads, the columns are not taken as one group "L | I | ..." lettered by footnotes.
  expect(register?.risks[0]?.scores.current?.likelihood ?? null).not.toBe(4);
});

test('ranges beside phrases that do not grade a whole matrix are no key', () => {
  const partial: Grid = [['1-4', 'acceptable risk'], ['5-12', 'additional controls required']];
  expect(findSchemeKey({ name: 'S', values: partial } as never)).toBeNull();
  const agenda: Grid = [['10-12', 'tea and coffee'], ['1-4', 'welcome and apologies'], ['5-9', 'minutes of the last meeting'], ['13-25', 'any other business']];
  expect(findSchemeKey({ name: 'S', values: agenda } as never)).toBeNull();
});
