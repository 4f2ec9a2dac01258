/**
 * A workbook carrying most of what a user's workbook can hold, for proving that the
 * writer loses nothing: a chart (and a chart sheet), an image, notes (comments), a
 * threaded comment, data validation, a user's own conditional format, defined names
 * (one workbook-wide, one scoped to the LAST sheet), an Excel table, a hidden sheet,
 * a pivot cache, customXml, printer settings, and, for the .xlsm variant, a VBA project.
 *
 * ExcelJS builds the cells; chart-workbook.ts and fflate add what ExcelJS cannot write.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { addChartParts, CHART_DATA } from '../fixtures/chart-workbook';
import { TINY_PNG, toBytes } from '../fixtures/exceljs-workbook';

/** Sheets in tab order (the chart sheet "Budget chart" comes second, holding no cells). */
export const RICH_SHEETS = ['Budget', 'Budget chart', 'Register', 'Lookups', 'Chart data', 'Notes'] as const;
/** The worksheets that hold cells, in tab order, as readXlsx lists them. */
export const RICH_WORKSHEETS = ['Budget', 'Register', 'Lookups', 'Chart data', 'Notes'] as const;
export const BUDGET_PART = 'xl/worksheets/sheet1.xml';
/** The sheet-scoped defined name on the last sheet ("Notes", index 5). */
export const NOTES_NAME = 'NotesArea';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export async function buildRichWorkbook(options: { macros?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RAG Board tests';

  const budget = wb.addWorksheet('Budget');
  budget.getCell('A1').value = 'Budget monitoring, month 10';
  budget.mergeCells('A1:D1');
  budget.getRow(3).values = ['Cost centre', 'YTD Budget', 'YTD Actual', 'Variance'];
  budget.getRow(4).values = ['General Practice', 10382337, 9842921, { formula: 'C4-B4', result: -539416 }];
  budget.getRow(5).values = ['Community', 800, 760, { formula: 'C5-B5', result: -40 }];
  budget.getRow(6).values = ['Corporate', 400, 410, { formula: 'C6-B6', result: 10 }];
  for (const r of [4, 5, 6]) for (const c of [2, 3, 4]) budget.getCell(r, c).numFmt = '#,##0;(#,##0)';
  budget.getCell('B4').note = 'Checked against the ledger';
  budget.getCell('E4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No"'] };
  budget.addConditionalFormatting({
    ref: 'D4:D6',
    rules: [{ type: 'expression', priority: 1, formulae: ['D4>0'], style: { font: { bold: true } } }],
  });
  const image = wb.addImage({ buffer: Buffer.from(TINY_PNG) as unknown as ExcelJS.Buffer, extension: 'png' });
  budget.addImage(image, 'G2:H4');
  wb.definedNames.add("'Budget'!$B$4:$C$6", 'Amounts');

  const register = wb.addWorksheet('Register');
  register.addTable({
    name: 'Risks',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Ref' }, { name: 'Title' }, { name: 'Score' }],
    rows: [
      ['R1', 'Staffing', 16],
      ['R2', 'Estates', 6],
    ],
  });

  const lookups = wb.addWorksheet('Lookups', { state: 'hidden' });
  lookups.addRow(['Code', 'Name']);
  lookups.addRow([1, 'Low']);

  const chartData = wb.addWorksheet('Chart data');
  for (const row of CHART_DATA) chartData.addRow([...row]);

  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 'Notes for the board';
  notes.getCell('A2').value = 42;

  // sheet4 is "Chart data": the chart goes there; the chart sheet becomes the second tab.
  const withChart = addChartParts(await toBytes(wb), 'sheet4', { vba: options.macros ?? false });
  return addExtras(withChart);
}

/** customXml, a threaded comment, printer settings, and the sheet-scoped name on the last sheet. */
function addExtras(bytes: Uint8Array): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const put = (name: string, content: string | Uint8Array) => {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  };

  let workbook = text('xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
  if (sheets.join('|') !== RICH_SHEETS.join('|')) throw new Error(`fixture: sheets are ${sheets.join(', ')}`);
  const local = `<definedName name="${NOTES_NAME}" localSheetId="${RICH_SHEETS.length - 1}">'Notes'!$A$1:$A$2</definedName>`;
  workbook = workbook.includes('</definedNames>') ? workbook.replace('</definedNames>', `${local}</definedNames>`) : workbook.replace('</sheets>', `</sheets><definedNames>${local}</definedNames>`);
  put('xl/workbook.xml', workbook);

  put('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"/>');
  put(
    'customXml/itemProps1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  put(
    'customXml/_rels/item1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    text('xl/_rels/workbook.xml.rels').replace('</Relationships>', `<Relationship Id="rIdCx1" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`),
  );

  put(
    'xl/threadedComments/threadedComment1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C4" dT="2024-01-31T10:00:00.00" personId="{AAAAAAAA-0000-0000-0000-000000000001}" id="{BBBBBBBB-0000-0000-0000-000000000001}"><text>Is this right?</text></threadedComment></ThreadedComments>',
  );
  put(
    'xl/persons/person.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="A Reviewer" id="{AAAAAAAA-0000-0000-0000-000000000001}" userId="reviewer" providerId="None"/></personList>',
  );
  put('xl/printerSettings/printerSettings1.bin', Uint8Array.from({ length: 512 }, (_, i) => (i * 31) & 0xff));
  const budgetRels = 'xl/worksheets/_rels/sheet1.xml.rels';
  put(
    budgetRels,
    text(budgetRels).replace(
      '</Relationships>',
      `<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>` +
        `<Relationship Id="rIdPs1" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>`,
    ),
  );
  put(
    '[Content_Types].xml',
    text('[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>' +
        '<Override PartName="/xl/printerSettings/printerSettings1.bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>' +
        '</Types>',
    ),
  );
  return zipSync(files);
}
