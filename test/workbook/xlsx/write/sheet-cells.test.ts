/**
 * A user's sheet gets its colour rules with its cells set aside as bytes (sheet-cells.ts): the
 * result must be exactly what splicing the whole sheet as text gives, for every odd sheet, and
 * any sheet whose cells cannot be found by a plain byte search must be left to that whole-text path.
 */
import { ownedRuleFormula, type PlannedRule } from '../../../../src/engine/plan/types';
import { decodePart } from '../../../../src/workbook/xlsx/text';
import { concatBytes } from '../../../../src/workbook/xlsx/write/byte-sink';
import { setCellsAside } from '../../../../src/workbook/xlsx/write/sheet-cells';
import { SourceSheet } from '../../../../src/workbook/xlsx/write/source-sheet';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RULES: PlannedRule[] = [
  { ranges: 'B2:B3', condition: 'B2>10', style: { fill: '#D5281B' }, order: 1 },
  { ranges: 'B2:B3', condition: 'B2<=10', style: { fill: '#007F3B' }, order: 2 },
];
const CELLS = '<row r="1"><c r="A1" t="inlineStr"><is><t>Ligne à côté &amp; &lt;</t></is></c><c r="B1"><v>12</v></c></row><row r="2"><c r="B2"><v>3</v></c></row>';
const OURS = `<conditionalFormatting sqref="B2"><cfRule type="expression" dxfId="0" priority="9" stopIfTrue="1"><formula>${ownedRuleFormula('B2&gt;1')}</formula></cfRule></conditionalFormatting>`;
const THEIRS = '<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="1" priority="1" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting>';
const EXT_OURS =
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>' +
  `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="4" id="{1}"><xm:f>${ownedRuleFormula('Other!A1&gt;0')}</xm:f></x14:cfRule><xm:sqref>C2</xm:sqref></x14:conditionalFormatting>` +
  '</x14:conditionalFormattings></ext></extLst>';

const utf8 = (s: string) => new TextEncoder().encode(s);
const sheet = (body: string, root = `<worksheet ${NS}>`, close = '</worksheet>') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}${body}${close}`;

/** The sheet's bytes after the rules go in, both ways: whole text, and cells set aside (undefined when not set aside). */
function bothWays(bytes: Uint8Array, rules = RULES): { whole: Uint8Array; aside: Uint8Array | undefined } {
  const dxf = () => 7;
  const wholeText = new SourceSheet(decodePart(bytes)).withRules(rules, dxf);
  const bom = bytes[0] === 0xef ? bytes.subarray(0, 3) : new Uint8Array(0);
  const whole = concatBytes([bom, utf8(wholeText)]);
  const split = setCellsAside(bytes);
  if (!split) return { whole, aside: undefined };
  const edited = new SourceSheet(split.skeleton).withRules(rules, dxf);
  return { whole, aside: concatBytes(split.join(edited)) };
}

describe('a sheet with its cells set aside', () => {
  it.each([
    ['a plain sheet', sheet(`<dimension ref="A1:B2"/><sheetData>${CELLS}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)],
    ['a prefixed sheet (x:)', sheet(`<x:sheetData>${CELLS.replace(/<(\/?)(row|c|v|is|t)\b/g, '<$1x:$2')}</x:sheetData><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`, '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', '</x:worksheet>')],
    ['the user’s rules and ours already there', sheet(`<sheetData>${CELLS}</sheetData>${THEIRS}${OURS}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)],
    ['our rules only, in the main list and the x14 extension list', sheet(`<sheetData>${CELLS}</sheetData>${OURS}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${EXT_OURS}`)],
    ['an extLst and tableParts after the cells, nothing before the rules go in', sheet(`<sheetData>${CELLS}</sheetData><tableParts count="0"/>${EXT_OURS}`)],
    ['nothing after the cells', sheet(`<sheetData>${CELLS}</sheetData>`)],
    ['attributes and white space in the tags', sheet(`<sheetPr codeName="sheetData"/><sheetData a="x>y" >${CELLS}</sheetData ><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)],
    ['a comment and a CDATA section among the cells', sheet(`<sheetData><!-- </sheetData> -->${CELLS}<row r="9"><c r="A9" t="str"><f>"x"</f><v><![CDATA[</sheetData>]]></v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)],
  ])('gives what the whole sheet spliced gives: %s', (_name, xml) => {
    const bytes = utf8(xml);
    const { whole, aside } = bothWays(bytes);
    expect(aside).toBeDefined();
    expect(decodePart(aside!)).toBe(decodePart(whole));
    expect(Buffer.from(aside!).equals(Buffer.from(whole))).toBe(true);
    // The cells come back as the very bytes they were.
    expect(decodePart(aside!)).toContain('Ligne à côté &amp; &lt;');
  });

  it('keeps a UTF-8 byte order mark', () => {
    const bytes = concatBytes([Uint8Array.of(0xef, 0xbb, 0xbf), utf8(sheet(`<sheetData>${CELLS}</sheetData>`))]);
    const { whole, aside } = bothWays(bytes);
    expect([...aside!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(aside!).equals(Buffer.from(whole))).toBe(true);
  });

  it('takes our rules off and puts nothing back: the same as the whole sheet, and the skeleton unchanged where there was nothing to take off', () => {
    const withOurs = utf8(sheet(`<sheetData>${CELLS}</sheetData>${THEIRS}${OURS}${EXT_OURS}`));
    const { whole, aside } = bothWays(withOurs, []);
    expect(Buffer.from(aside!).equals(Buffer.from(whole))).toBe(true);
    const plain = setCellsAside(utf8(sheet(`<sheetData>${CELLS}</sheetData>${THEIRS}`)))!;
    expect(new SourceSheet(plain.skeleton).withRules([], () => 0)).toBe(plain.skeleton);
  });

  it.each([
    ['UTF-16', new Uint8Array([0xff, 0xfe, ...[...sheet(`<sheetData>${CELLS}</sheetData>`)].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
    ['an empty <sheetData/>', utf8(sheet('<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'))],
    ['no sheetData at all', utf8(sheet('<dimension ref="A1"/>'))],
    ['a comment before the cells', utf8(sheet(`<!-- <sheetData> --><sheetData>${CELLS}</sheetData>`))],
    ['a processing instruction after the cells', utf8(sheet(`<sheetData>${CELLS}</sheetData><?pi x?>`))],
    ['a comment after the cells that holds an end tag', utf8(sheet(`<sheetData>${CELLS}</sheetData><!-- </sheetData> -->`))],
    ['a sheetData that is not the root’s child', utf8(sheet(`<sheetPr><sheetData>${CELLS}</sheetData></sheetPr><sheetData/>`))],
  ])('is left to the whole-text path: %s', (_name, bytes) => {
    expect(setCellsAside(bytes)).toBeUndefined();
  });
});
