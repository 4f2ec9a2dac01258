/**
 * A minimal .xlsx writer for the bench: XML strings and fflate's zipSync, nothing else.
 *
 * It writes the parts Excel writes, in the way Excel writes them: [Content_Types].xml,
 * _rels/.rels, docProps, xl/workbook.xml with its relationships, a shared strings table,
 * styles.xml with custom number formats, and worksheets with <dimension>, <cols>,
 * <row r spans> and <c r s t>, merged cells after the sheet data. Text always goes
 * through the shared strings table, as Excel does (never inline strings).
 *
 * ExcelJS could write the same workbooks, but takes about 9 s for the 100,000-line one;
 * this takes well under a second, so the bench spends its time measuring, not preparing.
 */
import { zipSync, strToU8, type Zippable } from 'fflate';
import { columnLetter } from '../src/engine/grid';

/** Cell styles (indexes into <cellXfs> of the styles part written below). */
export const STYLE = {
  normal: 0,
  bold: 1,
  /** Figures: "#,##0;(#,##0)". */
  figure: 2,
  /** Subtotal and total figures: bold "#,##0;(#,##0)". */
  boldFigure: 3,
  /** Dates: "dd/mm/yyyy". */
  date: 4,
  /** Long text: wrapped, top-aligned. */
  wrap: 5,
  /** Group headers over merged cells: bold, centred. */
  boldCentre: 6,
  /** Column headers: bold, centred, wrapped. */
  header: 7,
} as const;

export const FIGURE_FORMAT = '#,##0;(#,##0)';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A cell: text, a number, nothing, or either with a style. */
export type CellInput = string | number | null | undefined | { readonly v: string | number; readonly s: number };

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}


/** The workbook's shared strings table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  /** Cells referring to the table (Excel's count attribute). */
  count = 0;

  ref(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(text, i);
      this.items.push(text);
    }
    return i;
  }

  get uniqueCount(): number {
    return this.items.length;
  }

  toXml(): string {
    const parts: string[] = [`${XML_DECL}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.items.length}">`];
    for (const t of this.items) {
      const preserve = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : '';
      parts.push(`<si><t${preserve}>${escapeXml(t)}</t></si>`);
    }
    parts.push('</sst>');
    return parts.join('');
  }
}

/**
 * A growable byte buffer for XML that is plain ASCII (worksheet markup: references,
 * numbers, shared string indexes). Writing bytes as the rows come, rather than holding
 * a string per row, keeps the garbage collector out of the way: several times faster.
 */
class AsciiWriter {
  private buf = new Uint8Array(1 << 20);
  length = 0;

  text(s: string): void {
    const n = s.length;
    if (this.length + n > this.buf.length) this.grow(n);
    const b = this.buf;
    let l = this.length;
    for (let i = 0; i < n; i++) b[l++] = s.charCodeAt(i);
    this.length = l;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  private grow(n: number): void {
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}

/** One worksheet, written row by row into XML bytes as the rows come. */
export class SheetWriter {
  private readonly out = new AsciiWriter();
  private readonly merges: string[] = [];
  private readonly letters: string[] = [];
  private rowNumber = 0;
  private maxCol = 0;
  /** Cells written, for the bench's own sanity counts. */
  cells = 0;

  constructor(
    readonly name: string,
    private readonly sst: SharedStrings,
    /** Column widths in characters, from column A. */
    private readonly widths: ReadonlyArray<number> = [],
  ) {}

  /** The 1-based row number the next row() call writes. */
  get nextRow(): number {
    return this.rowNumber + 1;
  }

  /** Leaves rows empty (Excel writes no <row> for them). */
  blank(count = 1): void {
    this.rowNumber += count;
  }

  /** Writes the next row; `style` applies to cells given without their own. Returns its 1-based row number. */
  row(cells: ReadonlyArray<CellInput>, style: number = STYLE.normal): number {
    const r = ++this.rowNumber;
    let first = -1;
    let last = -1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) return r;
    const out = this.out;
    const rs = String(r);
    out.text(`<row r="${rs}" spans="${first + 1}:${last + 1}" x14ac:dyDescent="0.25">`);
    for (let c = first; c <= last; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined) continue;
      const value = typeof cell === 'object' ? cell.v : cell;
      const s = typeof cell === 'object' ? cell.s : style;
      out.text('<c r="');
      out.text(this.letters[c] ?? (this.letters[c] = columnLetter(c)));
      out.text(rs);
      if (s !== 0) {
        out.text('" s="');
        out.text(String(s));
      }
      if (typeof value === 'number') {
        out.text('"><v>');
        out.text(String(value));
      } else {
        out.text('" t="s"><v>');
        out.text(String(this.sst.ref(value)));
      }
      out.text('</v></c>');
      this.cells++;
    }
    out.text('</row>');
    if (last + 1 > this.maxCol) this.maxCol = last + 1;
    return r;
  }

  /** Merges a range such as "B6:D6". */
  merge(ref: string): void {
    this.merges.push(ref);
  }

  get lastRow(): number {
    return this.rowNumber;
  }

  toBytes(tabSelected: boolean): Uint8Array {
    const dimension = this.rowNumber > 0 && this.maxCol > 0 ? `A1:${columnLetter(this.maxCol - 1)}${this.rowNumber}` : 'A1';
    const cols = this.widths.length
      ? `<cols>${this.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const merges = this.merges.length ? `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    const head = strToU8(
      `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3">` +
        `<dimension ref="${dimension}"/>` +
        `<sheetViews><sheetView${tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews>` +
        `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
        cols +
        `<sheetData>`,
    );
    const tail = strToU8(
      `</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
    const body = this.out.bytes();
    const all = new Uint8Array(head.length + body.length + tail.length);
    all.set(head, 0);
    all.set(body, head.length);
    all.set(tail, head.length + body.length);
    return all;
  }
}

function stylesXml(): string {
  const xf = (numFmtId: number, fontId: number, extra = '', alignment = '') =>
    `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${extra}${alignment ? `>${alignment}</xf>` : '/>'}`;
  const cellXfs = [
    xf(0, 0), // normal
    xf(0, 1), // bold
    xf(164, 0), // figure
    xf(164, 1), // bold figure
    xf(165, 0), // date
    xf(0, 0, ' applyAlignment="1"', '<alignment vertical="top" wrapText="1"/>'), // wrap
    xf(0, 1, ' applyAlignment="1"', '<alignment horizontal="center"/>'), // bold centre
    xf(0, 1, ' applyAlignment="1"', '<alignment horizontal="center" vertical="center" wrapText="1"/>'), // header
  ];
  return (
    `${XML_DECL}<styleSheet xmlns="${NS_MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
    `<numFmts count="2"><numFmt numFmtId="164" formatCode="${escapeXml(FIGURE_FORMAT)}"/><numFmt numFmtId="165" formatCode="${escapeXml(DATE_FORMAT)}"/></numFmts>` +
    `<fonts count="2" x14ac:knownFonts="1">` +
    `<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>` +
    `<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>` +
    `</fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${cellXfs.length}">${cellXfs.join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
    `</styleSheet>`
  );
}

/** Zip entries get this date, so the package is the same bytes on every run. */
const FIXED_MTIME = new Date('2018-11-05T09:00:00Z');

/** The whole package: sheets in order, the first one selected. */
export function buildXlsx(sheets: ReadonlyArray<SheetWriter>, sst: SharedStrings, title: string): Uint8Array {
  const sheetEntries = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const workbook =
    `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">` +
    `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="22228"/>` +
    `<workbookPr defaultThemeVersion="166925"/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
    `<sheets>${sheetEntries}</sheets><calcPr calcId="191029"/></workbook>`;
  const n = sheets.length;
  const workbookRels =
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
    `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    `</Relationships>`;
  const contentTypes =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`;
  const rootRels =
    `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `</Relationships>`;
  const core =
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>rag-board bench</dc:creator><cp:lastModifiedBy>rag-board bench</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">2018-11-05T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2018-11-05T09:00:00Z</dcterms:modified>` +
    `</cp:coreProperties>`;
  const app =
    `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${sheets.map((s) => `<vt:lpstr>${escapeXml(s.name)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    `<AppVersion>16.0300</AppVersion></Properties>`;

  // Entry order as Excel writes it: content types and package relationships first.
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'xl/workbook.xml': strToU8(workbook),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = s.toBytes(i === 0);
  });
  files['xl/styles.xml'] = strToU8(stylesXml());
  files['xl/sharedStrings.xml'] = strToU8(sst.toXml());
  files['docProps/core.xml'] = strToU8(core);
  files['docProps/app.xml'] = strToU8(app);
  return zipSync(files, { level: 6, mtime: FIXED_MTIME });
}
