import { isoToSerial } from '../../../src/workbook/xlsx/dates';
import { relsPartFor, resolveTarget } from '../../../src/workbook/xlsx/opc';
import { decodeEntities, decodePart, unescapeXstring } from '../../../src/workbook/xlsx/text';
import { parseCellRef, parseRangeRef } from '../../../src/workbook/xlsx/worksheet';
import { partKey } from '../../../src/workbook/xlsx/zip';

describe('text helpers', () => {
  it('decodes the predefined entities and character references', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#10;&#x41;&#X42;')).toBe('a & b <c> "d" \'e\' \nAB');
    expect(decodeEntities('&#128578;')).toBe('🙂');
    expect(decodeEntities('AT&T &unknown; &#xZZ; & alone')).toBe('AT&T &unknown; &#xZZ; & alone');
  });

  it('undoes _xHHHH_ escapes, with _x005F_ escaping the underscore', () => {
    expect(unescapeXstring('a_x000D_b_x0009_c')).toBe('a\rb\tc');
    expect(unescapeXstring('_x005F_x000D_')).toBe('_x000D_');
    expect(unescapeXstring('my_xvalue_ and _x12_')).toBe('my_xvalue_ and _x12_');
  });

  it('decodes parts in UTF-8 (with or without BOM) and UTF-16 with a BOM', () => {
    expect(decodePart(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]))).toBe('<a/>');
    expect(decodePart(new Uint8Array([0xc2, 0xa3]))).toBe('£');
    expect(decodePart(new Uint8Array([0xff, 0xfe, 0x3c, 0, 0xa3, 0]))).toBe('<£');
    expect(decodePart(new Uint8Array([0xfe, 0xff, 0, 0x3c, 0, 0xa3]))).toBe('<£');
  });
});

describe('ISO dates to serial numbers', () => {
  it.each([
    ['2024-01-31', false, 45322],
    ['2024-01-31T12:00:00', false, 45322.5],
    ['2024-01-31T06:00:00.000Z', false, 45322.25],
    ['1900-01-01', false, 1],
    ['1900-02-28', false, 59],
    ['1900-03-01', false, 61],
    ['1904-01-01', true, 0],
    ['2024-01-31', true, 43860],
    ['12:00:00', false, 0.5],
  ])('%s (1904: %s) is %d', (iso, date1904, serial) => {
    expect(isoToSerial(iso, date1904)).toBeCloseTo(serial, 10);
  });

  it.each(['2024-02-30', '2024-13-01', 'yesterday', '31/01/2024'])('%s is not a date', (text) => {
    expect(isoToSerial(text, false)).toBeUndefined();
  });
});

describe('relationships', () => {
  it('resolves relative, absolute and climbing targets', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl/workbook.xml', './worksheets\\sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });

  it('names the relationships part of a part', () => {
    expect(relsPartFor('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPartFor('')).toBe('_rels/.rels');
  });

  it('matches part names as OPC does: case-insensitive, no leading slash, escapes decoded', () => {
    expect(partKey('/XL/Worksheets/Sheet1.xml')).toBe(partKey('xl/worksheets/sheet1.xml'));
    expect(partKey('xl/worksheets/my%20sheet.xml')).toBe(partKey('xl/worksheets/my sheet.xml'));
  });
});

describe('cell references', () => {
  it('parses A1 references into row * 16384 + col', () => {
    expect(parseCellRef('A1')).toBe(0);
    expect(parseCellRef('B3')).toBe(2 * 16384 + 1);
    expect(parseCellRef('$AA$10')).toBe(9 * 16384 + 26);
    expect(parseCellRef('xfd1048576')).toBe(1048575 * 16384 + 16383);
    expect(parseCellRef('XFE1')).toBe(-2);
    expect(parseCellRef('A1048577')).toBe(-2);
    expect(parseCellRef('A0')).toBe(-1);
    expect(parseCellRef('1A')).toBe(-1);
    expect(parseCellRef('')).toBe(-1);
  });

  it('parses ranges, in either order', () => {
    expect(parseRangeRef('B2:A1')).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    expect(parseRangeRef('C5')).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(parseRangeRef('A:A')).toBeUndefined();
  });
});
