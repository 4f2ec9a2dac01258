/**
 * Row heights of the generated summaries: text wraps at word boundaries, so a row is measured
 * the same way; a row too short would hide the first lines of its text when printed.
 */
import { estimatedRowHeight, LINE_HEIGHT, wrappedLines } from '../../src/engine/plan/print';
import type { PlannedCell } from '../../src/engine/plan/types';

const wrapped = (t: string): PlannedCell => ({ kind: 'text', text: t, style: { wrap: true } });

test('an owner from the Staffordshire register takes five lines in a column 12 wide, as LibreOffice prints it', () => {
  // "Andy Hadley," / "Primary Care" / "Digital" / "Programme" / "Lead": a count of characters alone says four.
  expect(wrappedLines('Andy Hadley, Primary Care Digital Programme Lead', 12)).toBe(5);
  expect(estimatedRowHeight([undefined, wrapped('Andy Hadley, Primary Care Digital Programme Lead')], [12, 12])).toBe(5 * LINE_HEIGHT);
});

test('a word longer than the line runs on; blank text and line breaks are counted', () => {
  expect(wrappedLines('', 10)).toBe(1);
  expect(wrappedLines('abcdefghijklmnopqrstuvwxy', 10)).toBe(3);
  expect(wrappedLines('ab abcdefghijklmnopqrst cd', 10)).toBe(4);
  expect(estimatedRowHeight([wrapped('one\ntwo\nthree')], [40])).toBe(3 * LINE_HEIGHT);
});

test('the tallest wrapped cell sets the row; unwrapped text does not', () => {
  const cells: PlannedCell[] = [{ kind: 'text', text: 'x '.repeat(200) }, wrapped('a b c d e f g h i j')];
  expect(estimatedRowHeight(cells, [5, 5])).toBe(4 * LINE_HEIGHT);
});
