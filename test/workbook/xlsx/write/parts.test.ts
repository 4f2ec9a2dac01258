import { strFromU8, strToU8, unzipSync, zipSync, type UnzipFileInfo, type Zippable } from 'fflate';
import { RagBoardError } from '../../../../src/engine/errors';
import { cellValue } from '../../../../src/engine/grid';
import { ownedRuleFormula, type PlannedRule, type WritePlan } from '../../../../src/engine/plan/types';
import { readXlsx } from '../../../../src/workbook/xlsx/read';
import { unescapeXstring } from '../../../../src/workbook/xlsx/text';
import { parseWorkbook } from '../../../../src/workbook/xlsx/workbook-part';
import { XmlSyntaxError } from '../../../../src/workbook/xlsx/xml-scanner';
import { applyPlan, clearOwned } from '../../../../src/workbook/xlsx/write/apply';
import { StyleBook } from '../../../../src/workbook/xlsx/write/style-book';
import { escapeXstring, innerText, outlineXml, Splice } from '../../../../src/workbook/xlsx/write/xml-outline';
import { buildPackage, NS_MAIN, NS_R, stylesXml, worksheetXml } from '../fixtures/minimal-package';
import { changedParts, conditionalFormats, partsOf, partText, sameBytes } from './helpers';
import { budgetSummary } from './sample-plan';

const RED: PlannedRule = { ranges: 'B2:B3', condition: 'B2>10', style: { fill: '#D5281B', numberFormat: '"R "0' }, order: 1 };
const GREEN: PlannedRule = { ranges: 'B2:B3', condition: 'B2<=10', style: { fill: '#007F3B' }, order: 2 };

const SHEET_DATA = '<row r="1"><c r="A1" t="inlineStr"><is><t>Line</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><v>12</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>b</t></is></c><c r="B3"><v>3</v></c></row>';

function rulesPlan(rules: PlannedRule[] = [RED, GREEN], sheet = 'Data'): WritePlan {
  return { sheets: [], sourceRules: [{ sheet, rules }] };
}

describe('xml outline and splice', () => {
  const xml =
    '<?xml version="1.0"?>\n<!-- a > comment --><x:root xmlns:x="urn:x" a="1 > 0" b=\'q"q\'><x:a/><x:b k="v"><![CDATA[</x:b>]]><x:c>t &amp; u</x:c></x:b><x:skip><x:deep><x:deeper/></x:deep></x:skip></x:root>';

  it('finds elements, their offsets and attributes, minding comments, CDATA and ">" in quotes', () => {
    const root = outlineXml(xml, (el) => el.name !== 'skip');
    expect(root.qname).toBe('x:root');
    expect(root.prefix).toBe('x:');
    expect(root.attrs.map((a) => [a.qname, a.value])).toEqual([
      ['xmlns:x', 'urn:x'],
      ['a', '1 > 0'],
      ['b', 'q"q'],
    ]);
    expect(root.children.map((c) => c.name)).toEqual(['a', 'b', 'skip']);
    const [a, b, skip] = root.children;
    expect(xml.slice(a!.start, a!.end)).toBe('<x:a/>');
    expect(a!.selfClosing).toBe(true);
    expect(b!.children.map((c) => c.name)).toEqual(['c']);
    expect(innerText(xml, b!.children[0]!)).toBe('t & u');
    expect(innerText(xml, b!)).toBe('</x:b>t & u');
    expect(skip!.children).toEqual([]);
    expect(xml.slice(skip!.start, skip!.end)).toBe('<x:skip><x:deep><x:deeper/></x:deep></x:skip>');
    expect(xml.slice(root.closeStart, root.end)).toBe('</x:root>');
  });

  it('fails on unbalanced XML with a position', () => {
    expect(() => outlineXml('<a><b></a>')).toThrow(XmlSyntaxError);
    expect(() => outlineXml('<a><b>')).toThrow(/not closed|ends before/);
    expect(() => outlineXml('<a/><b/>')).toThrow(/second root/);
  });

  it('splices insertions, replacements and removals in one pass, opening up an empty element', () => {
    const src = '<r><a x="1"/><b/><c>1</c></r>';
    const root = outlineXml(src);
    const [a, b, c] = root.children;
    const s = new Splice(src);
    s.setAttribute(a!, 'x', '2 & 3');
    s.setAttribute(a!, 'y', 'new');
    s.appendChildren(b!, '<i/>');
    s.removeElement(c!);
    s.insert(c!.start, '<d/>');
    expect(s.apply()).toBe('<r><a x="2 &amp; 3" y="new"/><b><i/></b><d/></r>');
    const overlap = new Splice(src);
    overlap.remove(root.start, root.end);
    overlap.remove(a!.start, a!.end);
    expect(() => overlap.apply()).toThrow(/overlapping/);
  });

  it('escapes text for OOXML strings so that a reader gets exactly the same text back', () => {
    for (const s of ['plain', 'a & b < c > d', '_x000D_ is literal', '_x005F_', 'ctrl \u0001\u001f\u000b', 'cr\r\nlf', 'lone \ud800 surrogate', 'pair 🙂', '\ufffe']) {
      const escaped = escapeXstring(s);
      expect(escaped).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f]/);
      const decoded = escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      expect(unescapeXstring(decoded)).toBe(s);
    }
  });
});

describe('styles.xml', () => {
  const bare = `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><tableStyles count="0"/></styleSheet>`;

  it('creates <numFmts> first and <dxfs> before <tableStyles>, with counts, and a second pass adds nothing', () => {
    const book = new StyleBook(bare);
    const xf = book.xfFor({ numberFormat: '£#,##0', bold: true });
    const pct = book.xfFor({ numberFormat: '0%' });
    const dxf = book.dxfFor({ fill: '#ffeb9c', numberFormat: '"A "0' });
    expect([xf, pct, dxf]).toEqual([1, 2, 0]);
    const xml = book.result();
    expect(xml).toMatch(/^<\?xml[^>]*>\n<styleSheet[^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="£#,##0"\/><\/numFmts><fonts count="2">/);
    expect(xml).toContain('<font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font>'); // follows the default font
    expect(xml).toContain('<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'); // 0% is built in
    expect(xml).toContain('<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="&quot;A &quot;0"/><fill><patternFill patternType="solid"><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf></dxfs><tableStyles');

    const again = new StyleBook(xml);
    expect([again.xfFor({ bold: true, numberFormat: '£#,##0' }), again.xfFor({ numberFormat: '0%' }), again.dxfFor({ numberFormat: '"A "0', fill: '#FFEB9C' })]).toEqual([1, 2, 0]);
    expect(again.changed).toBe(false);
    expect(again.result()).toBe(xml);
  });

  it('reuses an equal entry however it is written, and avoids format ids in use', () => {
    const written = bare
      .replace('<cellXfs count="1">', '<cellXfs count="2">')
      .replace('</cellXfs>', '<xf applyNumberFormat="1" xfId="0" borderId="0" fillId="0" fontId="0" numFmtId="170"></xf></cellXfs>')
      .replace('<fonts', '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="170" formatCode="#,##0.0"/></numFmts><fonts');
    const book = new StyleBook(written);
    expect(book.xfFor({ numberFormat: '#,##0.0' })).toBe(1);
    expect(book.xfFor({ numberFormat: '0.00000' })).toBe(2);
    expect(book.result()).toContain('<numFmt numFmtId="165" formatCode="0.00000"/></numFmts>');
    expect(book.result()).toContain('<numFmts count="3">');
  });
});

describe('small packages', () => {
  it('creates styles.xml, registered, in a workbook that has none', () => {
    const bytes = buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA }] });
    const out = applyPlan(bytes, { sheets: [budgetSummary()], sourceRules: [{ sheet: 'Data', rules: [RED] }] });
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).toMatch(/Type="[^"]*\/styles" Target="styles.xml"/);
    expect(partText(out, '[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
    expect(partText(out, 'xl/styles.xml')).toContain('<dxfs count="3"><dxf>'); // the summary's two rules and the one on Data
    const grids = readXlsx(out);
    expect(grids.sheets.map((s) => s.name)).toEqual(['Data', 'Budget Summary']);
    expect(cellValue(grids.sheets[1]!, 2, 1)).toBe(10382337);
    expect(sameBytes(applyPlan(out, { sheets: [budgetSummary()], sourceRules: [{ sheet: 'Data', rules: [RED] }] }), out)).toBe(true);
  });

  it('puts rules before </worksheet> when nothing follows them, and before extLst when that is all there is', () => {
    const plain = applyPlan(buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA }] }), rulesPlan());
    const xml = partText(plain, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<\/sheetData><conditionalFormatting sqref="B2:B3"><cfRule type="expression" dxfId="0" priority="1" stopIfTrue="1">/);
    expect(xml.endsWith('</conditionalFormatting></worksheet>')).toBe(true);
    const ext = '<extLst><ext uri="{x}"><y/></ext></extLst>';
    const withExt = applyPlan(buildPackage({ sheets: [{ name: 'Data', xml: worksheetXml(SHEET_DATA, ext) }] }), rulesPlan());
    expect(partText(withExt, 'xl/worksheets/sheet1.xml')).toMatch(/<\/conditionalFormatting><extLst>/);
  });

  it("takes off only our rules: inside a <conditionalFormatting> shared with the user's, and in the x14 extension list", () => {
    const ours = (cond: string) => ownedRuleFormula(cond).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const x14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
    const xm = 'http://schemas.microsoft.com/office/excel/2006/main';
    const after =
      `<conditionalFormatting sqref="B2:B3"><cfRule type="expression" dxfId="0" priority="1"><formula>B2&gt;100</formula></cfRule><cfRule type="expression" dxfId="0" priority="7"><formula>${ours('B2>10')}</formula></cfRule></conditionalFormatting>` +
      `<conditionalFormatting sqref="A2"><cfRule type="expression" dxfId="0" priority="8"><formula>${ours('A2=1')}</formula></cfRule></conditionalFormatting>` +
      `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${x14}"><x14:conditionalFormattings>` +
      `<x14:conditionalFormatting xmlns:xm="${xm}"><x14:cfRule type="expression" priority="9" id="{1}"><xm:f>${ours('Other!A1>1')}</xm:f><x14:dxf/></x14:cfRule><xm:sqref>B2</xm:sqref></x14:conditionalFormatting>` +
      `<x14:conditionalFormatting xmlns:xm="${xm}"><x14:cfRule type="expression" priority="4" id="{2}"><xm:f>Other!A1&gt;2</xm:f><x14:dxf/></x14:cfRule><xm:sqref>B3</xm:sqref></x14:conditionalFormatting>` +
      `</x14:conditionalFormattings></ext></extLst>`;
    const bytes = buildPackage({ sheets: [{ name: 'Data', xml: worksheetXml(SHEET_DATA, after) }], styles: stylesXml([], [0]).replace('</cellStyles>', '</cellStyles><dxfs count="1"><dxf/></dxfs>') });
    const cleared = partText(clearOwned(bytes), 'xl/worksheets/sheet1.xml');
    expect(cleared).not.toContain('RAG Board');
    expect(cleared).toContain('<conditionalFormatting sqref="B2:B3"><cfRule type="expression" dxfId="0" priority="1"><formula>B2&gt;100</formula></cfRule></conditionalFormatting><extLst>');
    expect(cleared).toContain('<xm:f>Other!A1&gt;2</xm:f>');
    expect(cleared.match(/<x14:conditionalFormatting /g)).toHaveLength(1);
    // New rules rank below every rule the user keeps, x14 ones included (user max 4).
    const applied = partText(applyPlan(bytes, rulesPlan([RED])), 'xl/worksheets/sheet1.xml');
    const cfs = conditionalFormats(applied);
    expect(cfs).toHaveLength(2);
    expect(cfs[1]).toMatch(/priority="5"/);
  });

  it('refuses to take earlier rules off a sheet that has since been protected', () => {
    const withRule = applyPlan(buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA }] }), rulesPlan());
    const files = unzipSync(withRule);
    files['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(files['xl/worksheets/sheet1.xml']!).replace('</sheetData>', '</sheetData><sheetProtection sheet="1"/>'));
    const locked = zipSync(files);
    expect(() => clearOwned(locked)).toThrow(/"Data" is protected, so RAG Board cannot take its earlier colour rules off it/);
  });

  it('writes into a workbook whose parts use a namespace prefix (x:), with the prefix', () => {
    const wb = `<?xml version="1.0" encoding="UTF-8"?>\n<x:workbook xmlns:x="${NS_MAIN}" xmlns:rel="${NS_R}"><x:sheets><x:sheet name="Data" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${NS_MAIN}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>12</x:v></x:c></x:row></x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`;
    const styles = stylesXml([], [0]).replace(/<(\/?)(\w+)/g, '<$1x:$2').replace(`xmlns="${NS_MAIN}"`, `xmlns:x="${NS_MAIN}"`).replace('<x:?xml', '<?xml');
    const bytes = buildPackage({ sheets: [{ name: 'Data', xml: sheet }], styles, parts: { 'xl/workbook.xml': wb } });
    const plan: WritePlan = { sheets: [budgetSummary()], sourceRules: [{ sheet: 'Data', rules: [RED] }] };
    const out = applyPlan(bytes, plan);
    const wbOut = partText(out, 'xl/workbook.xml');
    expect(wbOut).toContain('<x:sheet name="Budget Summary" sheetId="2" rel:id="rId');
    expect(wbOut).toContain('<x:definedNames><x:definedName name="_RAGBoard_Generated" localSheetId="1" hidden="1">');
    expect(partText(out, 'xl/worksheets/sheet1.xml')).toMatch(/<\/x:sheetData><x:conditionalFormatting sqref="B2:B3"><x:cfRule [^>]*><x:formula>/);
    expect(partText(out, 'xl/styles.xml')).toContain('<x:dxfs count="3"><x:dxf>');
    const grids = readXlsx(out);
    expect(grids.generatedSheets).toEqual(new Map([['Budget Summary', 'budget-summary']]));
    expect(sameBytes(applyPlan(out, plan), out)).toBe(true);
    expect(changedParts(bytes, clearOwned(out)).changed).toEqual(['xl/styles.xml']);
  });

  it('keeps a UTF-16 part in UTF-16', () => {
    const base = buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA }] });
    const files = unzipSync(base);
    const text = strFromU8(files['xl/workbook.xml']!).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    files['xl/workbook.xml'] = utf16;
    const out = applyPlan(zipSync(files), { sheets: [budgetSummary()], sourceRules: [] });
    const part = partsOf(out)['xl/workbook.xml']!;
    expect([part[0], part[1]]).toEqual([0xff, 0xfe]);
    expect(readXlsx(out).sheets.map((s) => s.name)).toEqual(['Data', 'Budget Summary']);
  });

  it('keeps stored entries stored, and gives the same bytes for the same input and plan', () => {
    const files: Zippable = unzipSync(buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA }] }));
    files['xl/media/stored.png'] = [new Uint8Array([1, 2, 3, 4]), { level: 0 }];
    const bytes = zipSync(files);
    const plan: WritePlan = { sheets: [budgetSummary()], sourceRules: [{ sheet: 'Data', rules: [RED] }] };
    const out = applyPlan(bytes, plan);
    const methods: Record<string, number> = {};
    unzipSync(out, {
      filter(info: UnzipFileInfo) {
        methods[info.name] = info.compression;
        return false;
      },
    });
    expect(methods['xl/media/stored.png']).toBe(0);
    expect(methods['xl/worksheets/sheet2.xml']).toBe(8);
    expect(sameBytes(applyPlan(bytes, plan), out)).toBe(true);
  });

  it('writes an empty text as a blank cell that keeps its style, and keeps spaces only where text has them', () => {
    const bytes = buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA }] });
    const boxed = { border: true };
    const sheet = {
      ...budgetSummary(),
      rows: [[{ kind: 'text' as const, text: '', style: boxed }, { kind: 'text' as const, text: 'Plain words' }, { kind: 'text' as const, text: ' padded  ' }, { kind: 'text' as const, text: 'two\nlines' }]],
    };
    const out = applyPlan(bytes, { sheets: [sheet], sourceRules: [] });
    const xml = partText(out, 'xl/worksheets/sheet2.xml');
    expect(xml).toMatch(/<c r="A1" s="[1-9]\d*"\/>/);
    expect(xml).toContain('<c r="B1" t="inlineStr"><is><t>Plain words</t></is></c>');
    expect(xml).toContain('<t xml:space="preserve"> padded  </t>');
    expect(xml).toContain('<t xml:space="preserve">two\nlines</t>');
    const read = readXlsx(out).sheets.find((s) => s.name === sheet.name)!;
    expect(read.values[0]?.slice(1)).toEqual(['Plain words', ' padded  ', 'two\nlines']);
    expect(cellValue(read, 0, 0)).toBeNull();
  });

  it('refuses text longer than a cell can hold as a fault of the plan, rather than write a file Excel must repair', () => {
    const bytes = buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA }] });
    const long = { ...budgetSummary(), rows: [[{ kind: 'text' as const, text: 'x'.repeat(32_768) }]] };
    expect(() => applyPlan(bytes, { sheets: [long], sourceRules: [] })).toThrow(/cell A1 is longer than the 32767 characters/);
  });

  it('refuses to leave a workbook with no visible sheet', () => {
    const bytes = buildPackage({ sheets: [{ name: 'Data', xml: SHEET_DATA, state: 'hidden' }] });
    const out = applyPlan(bytes, { sheets: [budgetSummary()], sourceRules: [] });
    expect(parseWorkbook(partText(out, 'xl/workbook.xml')).sheets.map((s) => s.visibility)).toEqual(['hidden', 'visible']);
    let error: unknown;
    try {
      clearOwned(out);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RagBoardError);
    expect((error as RagBoardError).kind).toBe('cannot-write');
    expect((error as RagBoardError).describe()).toMatch(/Unhide/);
  });
});
