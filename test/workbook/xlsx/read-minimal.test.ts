import { cellFormula, cellNumberFormat, cellValue } from '../../../src/engine/grid';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { buildPackage, NS_MAIN, NS_R, stylesXml, worksheetXml } from './fixtures/minimal-package';

describe('readXlsx on hand-written packages', () => {
  it('reads inline strings, rich inline strings and formula strings', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'S',
            xml:
              '<row r="1"><c r="A1" t="inlineStr"><is><t>Inline &amp; plain</t></is></c>' +
              '<c r="B1" t="inlineStr"><is><r><t>Bold </t></r><r><rPr><b/></rPr><t xml:space="preserve">and  more </t></r></is></c>' +
              '<c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
              '<c r="D1" t="str"><f>""</f><v></v></c>' +
              '<c r="E1" t="inlineStr"><is><t/></is></c></row>',
          },
        ],
      }),
    );
    const s = sheets[0]!;
    expect(s.values[0]).toEqual(['Inline & plain', 'Bold and  more ', 'ab', '', '']);
    expect(cellFormula(s, 0, 2)).toBe('"a"&"b"');
  });

  it('reads numbers as Number() reads them, whole numbers read in place among them', () => {
    const texts = ['0', '-0', '007', '-42', '123456789012345', '1234567890123456', '12.5', '1e3', '-', '--1', '1-', ' 5', '+5', '0x10', '&#49;2', '<![CDATA[77]]>'];
    const { sheets } = readXlsx(buildPackage({ sheets: [{ name: 'N', xml: `<row r="1">${texts.map((t, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${t}</v></c>`).join('')}</row>` }] }));
    const expected = texts.map((t) => {
      const plain = t === '&#49;2' ? '12' : t === '<![CDATA[77]]>' ? '77' : t;
      const n = Number(plain);
      return Number.isNaN(n) ? plain.trim() : n;
    });
    expect(sheets[0]!.values[0]).toEqual(expected);
    expect(Object.is(sheets[0]!.values[0]![1], -0)).toBe(true);
  });

  it('turns t="d" ISO dates into serial numbers', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'Dates',
            xml:
              '<row r="1"><c r="A1" t="d"><v>2024-01-31T00:00:00</v></c><c r="B1" t="d"><v>2024-01-31T18:00:00</v></c>' +
              '<c r="C1" t="d"><v>1900-01-01</v></c><c r="D1" t="d"><v>1900-03-01</v></c><c r="E1" t="d"><v>not a date</v></c></row>',
          },
        ],
      }),
    );
    expect(sheets[0]!.values[0]).toEqual([45322, 45322.75, 1, 61, 'not a date']);
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const grids = readXlsx(
      buildPackage({ date1904: true, sheets: [{ name: 'Mac', xml: '<row r="1"><c r="A1" t="d"><v>2024-01-31</v></c><c r="B1"><v>43860</v></c></row>' }] }),
    );
    expect(grids.date1904).toBe(true);
    expect(grids.sheets[0]!.values[0]).toEqual([45322 - 1462, 43860]);
  });

  it('places rows and cells that have no r attribute after the previous one', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'NoRefs',
            xml:
              '<row><c><v>1</v></c><c><v>2</v></c></row>' + // row 1: A1, B1
              '<row><c><v>3</v></c><c r="D2"><v>4</v></c><c><v>5</v></c></row>' + // row 2: A2, D2, E2
              '<row r="5"><c r="B5"><v>6</v></c><c><v>7</v></c></row>' + // row 5: B5, C5
              '<row hidden="1"><c><v>8</v></c></row>', // row 6, hidden
          },
        ],
      }),
    );
    const s = sheets[0]!;
    expect(s.values).toEqual([[1, 2], [3, null, null, 4, 5], undefined, undefined, [null, 6, 7], [8]]);
    expect([...s.hiddenRows!]).toEqual([5]);
  });

  it('resolves absolute relationship targets and part names that are not sheetN.xml', () => {
    const { sheets } = readXlsx(
      buildPackage({
        absoluteTargets: true,
        sharedStrings: ['<si><t>shared</t></si>'],
        sheets: [
          { name: 'First', part: 'worksheets/budget-data.xml', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
          { name: 'Second', part: 'sheets/other.xml', xml: '<row r="2"><c r="B2"><v>2</v></c></row>' },
        ],
      }),
    );
    expect(sheets.map((s) => s.name)).toEqual(['First', 'Second']);
    expect(cellValue(sheets[0]!, 0, 0)).toBe('shared');
    expect(cellValue(sheets[1]!, 1, 1)).toBe(2);
  });

  it('joins rich-text runs, leaves out phonetic runs and undoes _xHHHH_ escapes', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sharedStrings: [
          '<si><r><rPr><b/></rPr><t>東京</t></r><r><t xml:space="preserve"> office</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
          '<si><t>Line one_x000D_\nLine two</t></si>',
          '<si><t>literal _x005F_x000D_ stays</t></si>',
          '<si><t xml:space="preserve">  padded  </t></si>',
          '<si><t>&lt;tag&gt; &amp; &quot;q&quot; &#163;5 &#x20AC;6</t></si>',
          '<si><t><![CDATA[<raw> & text]]></t></si>',
        ],
        sheets: [
          {
            name: 'S',
            xml: '<row r="1">' + [0, 1, 2, 3, 4, 5].map((i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('') + '</row>',
          },
        ],
      }),
    );
    expect(sheets[0]!.values[0]).toEqual(['東京 office', 'Line one\r\nLine two', 'literal _x000D_ stays', '  padded  ', '<tag> & "q" £5 €6', '<raw> & text']);
  });

  it('reads error cells, booleans and numbers in every notation', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'S',
            xml:
              '<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="e"><v>#REF!</v></c>' +
              '<c r="D1" t="b"><v>0</v></c><c r="E1" t="n"><v>1.5E-3</v></c><c r="F1"><v>-0</v></c><c r="G1"><v> 42 </v></c><c r="H1"><v></v></c><c r="I1" s="0"/></row>',
          },
        ],
      }),
    );
    const row = sheets[0]!.values[0]!;
    expect(row.slice(0, 5)).toEqual([{ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }, false, 0.0015]);
    expect(Object.is(row[5], -0)).toBe(true);
    expect(row[6]).toBe(42);
    expect(row.length).toBe(7); // H1 (empty <v>) and I1 (style only) are null
  });

  it('fills shared formula followers from their master, moved as Excel moves them', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'S',
            xml:
              '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
              '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
              '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"></f><v>6</v></c></row>' +
              '<row r="4"><c r="A4"><f t="array" ref="A4">SUM(A1:A3*B1:B3)</f><v>28</v></c><c r="B4"><f>=A4&lt;&gt;0</f><v>1</v></c><c r="C4"><f>NOW()</f></c></row>',
          },
        ],
      }),
    );
    const s = sheets[0]!;
    expect([0, 1, 2].map((r) => cellValue(s, r, 1))).toEqual([2, 4, 6]);
    expect([0, 1, 2].map((r) => cellFormula(s, r, 1))).toEqual(['A1*2', 'A2*2', 'A3*2']);
    expect(cellFormula(s, 3, 0)).toBe('SUM(A1:A3*B1:B3)');
    expect(cellFormula(s, 3, 1)).toBe('A4<>0');
    expect(cellFormula(s, 3, 2)).toBe('NOW()'); // a formula not yet calculated: no value
    expect(cellValue(s, 3, 2)).toBeNull();
  });

  it('maps cell styles to number formats: custom, built-in, General left out', () => {
    const { sheets } = readXlsx(
      buildPackage({
        styles: stylesXml(
          [
            [164, '#,##0;(#,##0)'],
            [165, '"£"#,##0'],
            [14, 'dd/mm/yyyy'], // a producer redefining a built-in id: its own code wins
          ],
          [0, 164, 165, 3, 37, 38, 14, 49, 200],
        ),
        sheets: [
          {
            name: 'S',
            xml: '<row r="1">' + [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>1</v></c>`).join('') + '</row>',
          },
        ],
      }),
    );
    const s = sheets[0]!;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => cellNumberFormat(s, 0, c))).toEqual([
      undefined,
      '#,##0;(#,##0)',
      '"£"#,##0',
      '#,##0',
      '#,##0 ;(#,##0)',
      '#,##0 ;[Red](#,##0)',
      'dd/mm/yyyy',
      '@',
      undefined, // an id neither defined nor built in reads as General
    ]);
  });

  it('reads hidden columns and merged ranges', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'S',
            xml:
              `<worksheet xmlns="${NS_MAIN}"><cols><col min="2" max="3" width="0" hidden="1"/><col min="5" max="5" hidden="true"/><col min="6" max="6" hidden="0"/></cols>` +
              '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
              '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="B3:D5"/><mergeCell ref="bad"/></mergeCells></worksheet>',
          },
        ],
      }),
    );
    const s = sheets[0]!;
    expect([...s.hiddenColumns!].sort()).toEqual([1, 2, 4]);
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 4, right: 3 },
    ]);
  });

  it('reads elements with a namespace prefix, single-quoted attributes, comments and CRLF line ends', () => {
    const xml =
      `<?xml version='1.0' encoding='UTF-8'?>\r\n<!-- written by a .NET library -->\r\n<x:worksheet xmlns:x='${NS_MAIN}'>\r\n  <x:sheetData>\r\n` +
      `    <x:row r='1'>\r\n      <x:c r='A1' t='inlineStr'><x:is><x:t>two\r\nlines</x:t></x:is></x:c>\r\n      <x:c r='B1' t='s'><x:v>0</x:v></x:c>\r\n` +
      `      <x:c r='C1'><x:v><![CDATA[12.5]]></x:v></x:c><x:c r="D1" t="str"><x:v>a &gt; b</x:v></x:c>\r\n    </x:row>\r\n  </x:sheetData>\r\n</x:worksheet>\r\n`;
    const { sheets } = readXlsx(buildPackage({ sharedStrings: ['<si><t>s</t></si>'], sheets: [{ name: 'Prefixed', xml }] }));
    expect(sheets[0]!.values).toEqual([['two\nlines', 's', 12.5, 'a > b']]);
  });

  it('reads a sheet part encoded as UTF-16 with a byte order mark', () => {
    const xml = worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>£ ünïcödé</t></is></c></row>').replace('UTF-8', 'UTF-16');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff, (utf16[3 + i * 2] = xml.charCodeAt(i) >> 8);
    const { sheets } = readXlsx(buildPackage({ sheets: [{ name: 'U', xml: 'placeholder' }], parts: { 'xl/worksheets/sheet1.xml': utf16 } }));
    expect(cellValue(sheets[0]!, 0, 0)).toBe('£ ünïcödé');
  });

  it('skips dialog sheets and macro sheets, and reads the sheets around them', () => {
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          { name: 'Dialog1', relType: 'dialogsheet', part: 'dialogsheets/sheet1.xml', xml: `<dialogsheet xmlns="${NS_MAIN}"><sheetPr/></dialogsheet>` },
          { name: 'Data', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
          { name: 'Macro1', relType: 'xlMacrosheet', part: 'macrosheets/sheet1.xml', xml: `<xm:macrosheet xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/>` },
        ],
      }),
    );
    expect(sheets.map((s) => s.name)).toEqual(['Data']);
  });

  it('ignores comments, threaded comments, tables, customXml and printer settings parts', () => {
    const junk = new Uint8Array([1, 2, 3, 4, 5]);
    const { sheets } = readXlsx(
      buildPackage({
        sheets: [
          {
            name: 'S',
            xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', `<tableParts count="1"><tablePart r:id="rId9" xmlns:r="${NS_R}"/></tableParts>`),
          },
        ],
        parts: {
          'xl/comments1.xml': '<comments><broken',
          'xl/threadedComments/threadedComment1.xml': '<ThreadedComments/>',
          'xl/tables/table1.xml': '<table id="1" ref="A1:A1"/>',
          'customXml/item1.xml': '<b:Sources/>',
          'xl/printerSettings/printerSettings1.bin': junk,
          'xl/media/image1.png': junk,
        },
      }),
    );
    expect(sheets[0]!.values).toEqual([[1]]);
  });
});
