import { strToU8, unzipSync } from 'fflate';
import { RagBoardError } from '../../../src/engine/errors';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { buildFinanceWorkbook } from './fixtures/exceljs-workbook';
import { buildPackage, zipOf } from './fixtures/minimal-package';
import { oleFile } from './fixtures/ole';

/** Runs readXlsx and returns the RagBoardError it throws (failing if it throws anything else). */
function readError(bytes: Uint8Array, fileName = 'in.xlsx'): RagBoardError {
  try {
    readXlsx(bytes, { fileName });
  } catch (e) {
    if (!(e instanceof RagBoardError)) throw new Error(`expected a RagBoardError, got ${String(e)}`);
    return e;
  }
  throw new Error('expected readXlsx to throw');
}

function expectUnreadable(error: RagBoardError, message: RegExp, hint: RegExp): void {
  expect(error.kind).toBe('unreadable-input');
  expect(error.message).toMatch(message);
  expect(error.hint).toMatch(hint);
  expect(error.where?.file).toBe('in.xlsx');
  // The user sees one line: no stack trace, no library jargon in the message itself.
  expect(error.describe()).not.toMatch(/\n|    at |Error:/);
}

let good: Uint8Array;
beforeAll(async () => {
  good = await buildFinanceWorkbook();
});

describe('readXlsx refuses what is not a readable workbook, and says what to do', () => {
  it('an empty file', () => {
    expectUnreadable(readError(new Uint8Array(0)), /empty/, /saving|copying|downloading/);
  });

  it('a CSV file renamed .xlsx', () => {
    const e = readError(strToU8('Cost centre,Budget,Actual\nGP,100,120\n'));
    expectUnreadable(e, /not an Excel workbook.*CSV/, /save it as an Excel Workbook \(\.xlsx\)/);
  });

  it('a text file and an HTML page saved with an .xlsx name', () => {
    expectUnreadable(readError(strToU8('hello there')), /not an Excel workbook.*plain text/, /\.xlsx/);
    expectUnreadable(readError(strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>')), /not an Excel workbook.*web page/, /\.xlsx/);
  });

  it('random binary bytes', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 3) & 0xff);
    expectUnreadable(readError(bytes), /not an Excel workbook/, /\.xlsx/);
  });

  it('a password-protected (encrypted) workbook', () => {
    const e = readError(oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
    expectUnreadable(e, /password/, /remove the password in Excel \(File > Info > Protect Workbook/i);
  });

  it('a legacy .xls workbook', () => {
    const e = readError(oleFile(['Workbook', '\u0005SummaryInformation']));
    expectUnreadable(e, /97-2003 workbook \(\.xls\)/, /save it as an Excel Workbook \(\.xlsx\)/);
  });

  it('a Word document (.docx)', () => {
    const docx = zipOf({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    });
    expectUnreadable(readError(docx), /not an Excel workbook.*Word document/, /\.xlsx/);
  });

  it('a zip with no workbook in it', () => {
    expectUnreadable(readError(zipOf({ 'readme.txt': 'hello', 'data/budget.csv': 'a,b' })), /not an Excel workbook.*no xl\/workbook\.xml/, /\.xlsx/);
  });

  it('an Excel binary workbook (.xlsb)', () => {
    expectUnreadable(readError(zipOf({ 'xl/workbook.bin': new Uint8Array([1, 2, 3]) })), /Binary Workbook \(\.xlsb\)/, /save it as an Excel Workbook \(\.xlsx\)/);
  });

  it('a truncated file', () => {
    for (const length of [good.length - 10, Math.floor(good.length / 2), 30]) {
      expectUnreadable(readError(good.subarray(0, length)), /damaged or incomplete/, /fetch it again|repair/);
    }
  });

  it('a zip whose directory record is corrupt', () => {
    const corrupt = good.slice();
    const view = new DataView(corrupt.buffer);
    let end = corrupt.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    view.setUint16(end + 8, 0xffff, true);
    view.setUint16(end + 10, 0xffff, true);
    expectUnreadable(readError(corrupt), /damaged or incomplete.*zip directory is corrupt/, /repair/);
  });

  it('a zip whose compressed sheet data is corrupt', () => {
    const corrupt = good.slice();
    const at = localDataOffset(corrupt, 'xl/worksheets/sheet1.xml');
    corrupt.fill(0xff, at, at + 64);
    const e = readError(corrupt);
    expectUnreadable(e, /damaged or incomplete.*xl\/worksheets\/sheet1\.xml/, /repair/);
    expect(e.cause).toBeDefined();
  });

  it('malformed XML in a worksheet, naming the part and the sheet', () => {
    const bytes = buildPackage({ sheets: [{ name: 'Budget', xml: '<row r="1"><c r="A1"><v>1</v></row>' }] });
    const e = readError(bytes);
    expectUnreadable(e, /damaged: its part "xl\/worksheets\/sheet1\.xml" is not valid XML \(.*line \d+, column \d+\)/, /repair/);
    expect(e.where?.sheet).toBe('Budget');
    expect(e.describe()).toContain('sheet "Budget"');
  });

  it('a worksheet cut short', () => {
    const bytes = buildPackage({ sheets: [{ name: 'S', xml: '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>' }] });
    expectUnreadable(readError(bytes), /"xl\/worksheets\/sheet1\.xml" is not valid XML \(the text ends before <row> is closed/, /repair/);
  });

  it('malformed XML in the workbook, shared strings and styles parts', () => {
    const parts: Array<[string, string]> = [
      ['xl/workbook.xml', '<workbook><sheets><sheet name="a" r:id="rId1"></sheets></workbook>'],
      ['xl/sharedStrings.xml', '<sst><si><t>unclosed</si></sst>'],
      ['xl/styles.xml', '<styleSheet><cellXfs><xf numFmtId="1"></cellXfs>'],
    ];
    for (const [part, xml] of parts) {
      const bytes = buildPackage({ sharedStrings: ['<si><t>x</t></si>'], styles: '<styleSheet/>', sheets: [{ name: 'S', xml: '' }], parts: { [part]: xml } });
      const e = readError(bytes);
      expectUnreadable(e, new RegExp(`part "${part.replace(/\./g, '\\.')}" is not valid XML`), /repair/);
      expect(e.cause).toBeDefined();
    }
  });

  it('a cell reference beyond Excel\'s grid', () => {
    const bytes = buildPackage({ sheets: [{ name: 'S', xml: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }] });
    expectUnreadable(readError(bytes), /damaged.*outside Excel's grid/, /repair/);
  });

  it('a sheet listed in the workbook whose part is missing', () => {
    const bytes = buildPackage({ sheets: [{ name: 'Gone', xml: '' }] });
    const withoutSheet = zipOf(
      Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([n]) => n !== 'xl/worksheets/sheet1.xml')),
    );
    const e = readError(withoutSheet);
    expectUnreadable(e, /damaged.*"Gone" is missing/, /repair/);
  });
});

/** Offset of an entry's compressed data, from its local file header. */
function localDataOffset(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const decoder = new TextDecoder();
  for (let i = 0; i + 30 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    const extraLength = view.getUint16(i + 28, true);
    if (decoder.decode(zip.subarray(i + 30, i + 30 + nameLength)) === name) return i + 30 + nameLength + extraLength;
  }
  throw new Error(`no local header for ${name}`);
}
