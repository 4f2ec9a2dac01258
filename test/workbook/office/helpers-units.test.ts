/**
 * The adapter's pure parts: addresses, rectangles, the request-size estimate, marks, widths.
 */
import { packCell, parseAreasAddress, parseRangeList, rectangles, rowOfAddress, joinAddresses } from '../../../src/workbook/office/addresses';
import { cellBlocks, styleGroups, widthInPoints, widthRuns } from '../../../src/workbook/office/cells';
import { markFormula, markOf, sheetNameProblem } from '../../../src/workbook/office/marks';
import { payloadBytes } from '../../../src/workbook/office/sync';
import { toCellValue } from '../../../src/workbook/office/read';
import { num, summarySheet, text } from './plans';

test('cells of one look become the fewest rectangles, in order', () => {
  const cells = [
    [1, 1],
    [1, 2],
    [2, 1],
    [2, 2],
    [3, 1],
    [5, 1],
    [5, 2],
    [1, 5],
  ].map(([r, c]) => packCell(r!, c!));
  expect(rectangles(cells)).toEqual([
    { top: 1, left: 1, bottom: 2, right: 2 },
    { top: 1, left: 5, bottom: 1, right: 5 },
    { top: 3, left: 1, bottom: 3, right: 1 },
    { top: 5, left: 1, bottom: 5, right: 2 },
  ]);
  expect(rectangles([])).toEqual([]);
});

test('addresses: sqref lists, areas Excel gives back (quoted sheet names with commas), visible-view cells', () => {
  expect(parseRangeList('D5:D13 G5:G13')).toEqual([
    { top: 4, left: 3, bottom: 12, right: 3 },
    { top: 4, left: 6, bottom: 12, right: 6 },
  ]);
  expect(parseRangeList('D5:D13 nonsense')).toBeUndefined();
  expect(parseAreasAddress("'Budget, 2018'!A1:B2, 'Budget, 2018'!$D$4")).toEqual([
    { top: 0, left: 0, bottom: 1, right: 1 },
    { top: 3, left: 3, bottom: 3, right: 3 },
  ]);
  expect(rowOfAddress("'My sheet'!$A$17")).toBe(16);
  expect(joinAddresses(['A1', 'B2:C3', 'D4'], 9)).toEqual(['A1, B2:C3', 'D4']);
});

test("the estimate of a block's bytes is the JSON of its arrays, non-ASCII and escapes included", () => {
  const sheet = summarySheet({
    rows: [
      [text('£ and € and "quotes" and \\ and ▲'), num(-1234.5678), text('=IF(A1="x","y","")')],
      [undefined, num(1e21), text('plain')],
    ],
  });
  const [block] = cellBlocks(sheet, 1e9);
  expect(block!.bytes).toBe(payloadBytes(block!.formulas) + payloadBytes(block!.numberFormats) + payloadBytes(block!.values));
  // Text goes through values, everything else through formulas; null leaves a cell to the other.
  expect(block!.formulas).toEqual([
    [null, -1234.5678, null],
    ['', 1e21, null],
  ]);
  expect(block!.values).toEqual([
    ['£ and € and "quotes" and \\ and ▲', null, '=IF(A1="x","y","")'],
    [null, null, 'plain'],
  ]);
  expect(block!.numberFormats).toEqual([
    ['@', 'General', '@'],
    ['General', 'General', '@'],
  ]);
});

test('blocks are cut by bytes, whole rows at a time', () => {
  const rows = Array.from({ length: 100 }, (_, r) => [text(`row ${r} ${'x'.repeat(90)}`)]);
  const blocks = cellBlocks(summarySheet({ rows }), 1000);
  expect(blocks.length).toBeGreaterThan(5);
  expect(blocks.every((b) => b.bytes <= 1000)).toBe(true);
  expect(blocks.reduce((n, b) => n + b.formulas.length, 0)).toBe(100);
  expect(blocks.map((b) => b.top)).toEqual(blocks.map((_, i) => blocks.slice(0, i).reduce((n, b) => n + b.formulas.length, 0)));
});

test('equal looks share a group, whatever object carries them', () => {
  const sheet = summarySheet({ rows: [[text('a', { bold: true, fill: '#ff0000' }), text('b', { fill: '#FF0000', bold: true })], [text('c', { numberFormat: '0' })]] });
  expect(styleGroups(sheet)).toEqual([{ look: { bold: true, fill: '#FF0000' }, ranges: [{ top: 0, left: 0, bottom: 0, right: 1 }] }]);
});

test('widths: characters to points, equal neighbours together', () => {
  expect(widthInPoints(10)).toBe(56.25);
  expect(widthRuns([10, 10, 12, 0, 12])).toEqual([
    [0, 1, 56.25],
    [2, 2, widthInPoints(12)],
    [4, 4, widthInPoints(12)],
  ]);
});

test('marks: the role and the sheet it was written on as a string constant, as the .xlsx adapter writes it', () => {
  expect(markFormula('budget-summary', 'Budget Summary', '0123456789abcdef')).toBe('="budget-summary|Budget Summary|#0123456789abcdef"');
  expect(markFormula('risk-summary', 'Risk "Q1"', '0123456789abcdef')).toBe('="risk-summary|Risk ""Q1""|#0123456789abcdef"');
  expect(markOf('String', 'risk-summary|Risk Summary', 'Risk Summary')).toEqual({ role: 'risk-summary', kept: false });
  expect(markOf('String', 'risk-summary|Risk Summary', 'risk summary')).toEqual({ role: 'risk-summary', kept: false });
  // Excel copies a sheet's names with it: the copy's mark names the original.
  expect(markOf('String', 'risk-summary|Risk Summary', 'Risk Summary (2)')).toEqual({ role: 'risk-summary', kept: true });
  // Marks written before they named their sheet belong to the sheet they are on.
  expect(markOf('String', 'risk-summary', 'Anything')).toEqual({ role: 'risk-summary', kept: false });
  expect(markOf('String', '"snapshot"', 'RAG Board data')).toEqual({ role: 'snapshot', kept: false });
  expect(markOf('Range', 'Sheet1!$A$1', 'Sheet1')).toBeUndefined();
  expect(sheetNameProblem('Budget Summary')).toBeUndefined();
  expect(sheetNameProblem('a/b')).toMatch(/character/);
  expect(sheetNameProblem('x'.repeat(32))).toMatch(/31/);
});

test('cell values: errors apart from text, empty as null', () => {
  expect(toCellValue('#N/A', 'Error')).toEqual({ error: '#N/A' });
  expect(toCellValue('#N/A', 'String')).toBe('#N/A');
  expect(toCellValue('', 'Empty')).toBeNull();
  expect(toCellValue(12, 'Double')).toBe(12);
  expect(toCellValue(true, 'Boolean')).toBe(true);
  expect(toCellValue('', 'Unknown')).toBeNull();
});
