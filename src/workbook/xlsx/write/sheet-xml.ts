/**
 * The worksheet part of a generated sheet, written whole by us: frozen header rows,
 * column widths, the cells (text as inline strings, never as formulas; numbers;
 * formulas with their cached values), merges, the sheet's own conditional formats,
 * and its page setup. Also the XML of a conditional format rule, which source sheets
 * get too.
 */
import { a1, columnLetter } from '../../../engine/grid';
import { planSharedFormulas, type SharedRole } from './shared-formulas';
import { ownedRuleFormula, type CellStyle, type GeneratedSheet, type PlannedCell, type PlannedRule, type PrintSettings } from '../../../engine/plan/types';
import { MAX_COLUMNS, MAX_ROWS } from '../worksheet';
import { escapeAttribute, escapeXstring as escapeXstringImported } from './xml-outline';
import type { ByteSink } from './byte-sink';

// Local bindings for what the per-cell loop calls: under a transpiler, a call through an
// imported binding is a property read each time, and a summary can have a million cells.
const escapeXstring = escapeXstringImported;

export interface SheetXmlContext {
  /** The cellXfs index of a cell style (0 for none). */
  readonly xfFor: (style: CellStyle | undefined) => number;
  /** The dxfs index of what a rule shows. */
  readonly dxfFor: (style: PlannedRule['style']) => number;
  /** SpreadsheetML main namespace of the workbook (transitional or strict). */
  readonly mainNamespace: string;
  /** Relationships namespace of the workbook. */
  readonly relationshipsNamespace: string;
}

/** Excel's limits: characters in a cell, characters in a formula. */
const MAX_TEXT = 32_767;
const MAX_FORMULA = 8_192;

/** A plan the writer cannot carry out as given; the caller names the sheet. */
export class PlanValueError extends Error {}

/** Writes the worksheet part into the sink as UTF-8, a cell at a time (see ByteSink for why not one string). */
export function writeGeneratedSheet(sheet: GeneratedSheet, ctx: SheetXmlContext, out: ByteSink): void {
  const rows = sheet.rows;
  if (rows.length > MAX_ROWS) throw new PlanValueError(`it has ${rows.length} rows, more than Excel's ${MAX_ROWS}`);
  // The extent first: <dimension> comes before the cells.
  let lastRow = -1;
  let lastCol = -1;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    if (cells.length > MAX_COLUMNS) throw new PlanValueError(`its row ${r + 1} has ${cells.length} columns, more than Excel's ${MAX_COLUMNS}`);
    for (let c = cells.length - 1; c >= 0; c--) {
      if (!cells[c]) continue;
      lastRow = r;
      if (c > lastCol) lastCol = c;
      break;
    }
  }

  out.text('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  out.text(`<worksheet xmlns="${ctx.mainNamespace}" xmlns:r="${ctx.relationshipsNamespace}">`);
  out.text(`<dimension ref="${lastRow < 0 ? 'A1' : `A1:${a1(lastRow, lastCol)}`}"/>`);
  out.text(sheetViews(sheet.freezeRows));
  out.text(columns(sheet.columnWidths));
  if (lastRow < 0) out.text('<sheetData/>');
  else {
    out.text('<sheetData>');
    const shared = planSharedFormulas(sheet);
    const letters: string[] = [];
    for (let c = 0; c <= lastCol; c++) letters.push(columnLetter(c));
    for (let r = 0; r <= lastRow; r++) {
      const cells = rows[r];
      if (!cells || !cells.some((c) => c !== undefined)) continue;
      const rowNumber = String(r + 1);
      out.ascii('<row r="');
      out.ascii(rowNumber);
      const height = sheet.rowHeights?.[r];
      if (height !== undefined) {
        if (!(height > 0 && height <= 409)) throw new PlanValueError(`its row ${r + 1} is ${height} points high; Excel allows up to 409`);
        out.ascii(`" ht="${Math.round(height * 100) / 100}" customHeight="1`);
      }
      out.ascii('">');
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell) continue;
        writeCell(out, cell, letters[c]!, rowNumber, ctx, cell.kind === 'formula' ? shared.roleAt(r, c) : undefined);
      }
      out.ascii('</row>');
    }
    out.text('</sheetData>');
  }
  if (sheet.merges.length) {
    out.text(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeAttribute(m)}"/>`).join('')}</mergeCells>`);
  }
  out.text(ruleElements('', sheet.rules, ctx.dxfFor, 1));
  out.text(pageSettings(sheet.print));
  out.text('</worksheet>');
}

/** OOXML's paperSize for each paper a plan names (ECMA-376 Part 1, 18.3.1.63: 9 is A4). */
const PAPER_SIZE = { A4: 9 } as const;

/**
 * The page margins, page setup and manual page breaks, exactly as the plan gives them: its paper,
 * orientation and percentage scale (never fit-to-pages), margins in inches as OOXML has them,
 * and a break above each row the plan starts a page at.
 */
function pageSettings(print: PrintSettings | null): string {
  if (!print) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const inches = (points: number) => String(Math.round((points / 72) * 10000) / 10000);
  const m = print.margins;
  const scale = Math.round(print.scale);
  if (!(scale >= 10 && scale <= 400)) throw new PlanValueError(`its print scale ${print.scale} is not between 10 and 400`);
  let xml = `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header)}" footer="${inches(m.footer)}"/>`;
  xml += `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" scale="${scale}" orientation="${print.orientation}"/>`;
  const breaks = print.breaksBefore.filter((r) => Number.isInteger(r) && r > 0 && r < MAX_ROWS);
  if (breaks.length) {
    // A break's id is the row above it, 1-based: a page starting at 0-based row r breaks after row r.
    xml += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
  }
  return xml;
}

function sheetViews(freezeRows: number): string {
  if (!(freezeRows > 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  if (!Number.isInteger(freezeRows) || freezeRows >= MAX_ROWS) throw new PlanValueError(`it freezes ${freezeRows} rows`);
  const topLeft = `A${freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

/**
 * Column widths in characters -> <cols>. Excel stores a width with the cell padding of
 * its default font included: truncate((chars * 7 + 5) / 7 * 256) / 256 for the 7-pixel
 * digit of Calibri 11 (so 30 characters is 30.7109375).
 */
function columns(widths: ReadonlyArray<number>): string {
  let xml = '';
  widths.forEach((w, c) => {
    if (!(w > 0) || !Number.isFinite(w) || c >= MAX_COLUMNS) return;
    const chars = Math.min(w, 254);
    const width = Math.trunc(((chars * 7 + 5) / 7) * 256) / 256;
    xml += `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`;
  });
  return xml ? `<cols>${xml}</cols>` : '';
}

/**
 * One <c> element, straight into the sink: a summary has a million of them, so no string is
 * built for a cell beyond its text.
 */
function writeCell(out: ByteSink, cell: PlannedCell, letters: string, rowNumber: string, ctx: SheetXmlContext, sharedRole: SharedRole | undefined): void {
  const xf = ctx.xfFor(cell.style);
  switch (cell.kind) {
    case 'text': {
      if (cell.text.length > MAX_TEXT) throw new PlanValueError(`the text of cell ${letters}${rowNumber} is longer than the ${MAX_TEXT} characters a cell can hold`);
      if (cell.text === '') {
        // No text: a blank cell that keeps its style, as Excel writes one.
        openCell(out, letters, rowNumber, xf, '"/>');
        return;
      }
      // An inline string: whatever the text starts with ("=", "+", "-", "@"), it is text.
      openCell(out, letters, rowNumber, xf, needsPreserve(cell.text) ? '" t="inlineStr"><is><t xml:space="preserve">' : '" t="inlineStr"><is><t>');
      out.text(escapeXstring(cell.text));
      out.ascii('</t></is></c>');
      return;
    }
    case 'number':
      if (!Number.isFinite(cell.value)) {
        openCell(out, letters, rowNumber, xf, '" t="e"><v>#NUM!</v></c>');
        return;
      }
      openCell(out, letters, rowNumber, xf, '"><v>');
      out.ascii(numberText(cell.value));
      out.ascii('</v></c>');
      return;
    case 'formula': {
      const formula = cell.formula.charCodeAt(0) === 61 /* = */ ? cell.formula.slice(1) : cell.formula;
      if (formula.trim() === '') throw new PlanValueError(`the formula of cell ${letters}${rowNumber} is empty`);
      if (formula.length > MAX_FORMULA) throw new PlanValueError(`the formula of cell ${letters}${rowNumber} is longer than the ${MAX_FORMULA} characters Excel allows`);
      const v = cell.cached;
      const type = v === null || v === undefined ? '">' : typeof v === 'boolean' ? '" t="b">' : typeof v === 'string' ? '" t="str">' : Number.isFinite(v) ? '">' : '" t="e">';
      openCell(out, letters, rowNumber, xf, type);
      if (sharedRole === undefined) {
        out.ascii('<f>');
        out.text(escapeXstring(formula));
        out.ascii('</f>');
      } else if (sharedRole.master) {
        out.ascii('<f t="shared" ref="');
        out.ascii(sharedRole.ref);
        out.ascii('" si="');
        out.ascii(String(sharedRole.si));
        out.ascii('">');
        out.text(escapeXstring(formula));
        out.ascii('</f>');
      } else {
        out.ascii(sharedRole.tag);
      }
      if (v !== null && v !== undefined) {
        out.ascii('<v>');
        if (typeof v === 'boolean') out.ascii(v ? '1' : '0');
        else if (typeof v === 'string') out.text(escapeXstring(v));
        else out.ascii(Number.isFinite(v) ? numberText(v) : '#NUM!');
        out.ascii('</v>');
      }
      out.ascii('</c>');
      return;
    }
    default:
      throw new PlanValueError(`cell ${letters}${rowNumber} is of an unknown kind`);
  }
}

/** `<c r="A1" s="3"` and then `rest`, the type and what follows. */
function openCell(out: ByteSink, letters: string, rowNumber: string, xf: number, rest: string): void {
  out.ascii('<c r="');
  out.ascii(letters);
  out.ascii(rowNumber);
  if (xf !== 0) out.ascii(styleAttribute[xf] ??= `" s="${xf}`);
  out.ascii(rest);
}

/** `" s="N`, made once for each style index rather than for each of a million cells. */
const styleAttribute: string[] = [];

/** Whether text needs xml:space="preserve" to keep its spaces: spaces at either end, tabs or line breaks. */
function needsPreserve(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 || /[\t\n\r]| {2}/.test(text);
}

/** The shortest text that reads back as the same double; -0 is 0. */
function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/**
 * <conditionalFormatting> elements for rules, one per rule, in the rules' order, with
 * priorities from `firstPriority` up and stopIfTrue (the first rule that matches wins).
 * Each formula carries the owned-rule mark.
 */
export function ruleElements(prefix: string, rules: ReadonlyArray<PlannedRule>, dxfFor: (style: PlannedRule['style']) => number, firstPriority: number): string {
  const ordered = rules.map((r, i) => ({ r, i })).sort((a, b) => a.r.order - b.r.order || a.i - b.i);
  let xml = '';
  ordered.forEach(({ r }, k) => {
    const ranges = r.ranges.trim().replace(/\s+/g, ' ').toUpperCase();
    if (!/^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?( \$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?)*$/.test(ranges)) {
      throw new PlanValueError(`a rule's ranges "${r.ranges}" are not A1 ranges`);
    }
    const condition = r.condition.trim().replace(/^=/, '');
    if (condition === '') throw new PlanValueError(`a rule on ${ranges} has no condition`);
    const p = prefix;
    xml +=
      `<${p}conditionalFormatting sqref="${escapeAttribute(ranges.replace(/\$/g, ''))}">` +
      `<${p}cfRule type="expression" dxfId="${dxfFor(r.style)}" priority="${firstPriority + k}" stopIfTrue="1">` +
      `<${p}formula>${escapeXstring(ownedRuleFormula(condition))}</${p}formula>` +
      `</${p}cfRule></${p}conditionalFormatting>`;
  });
  return xml;
}

/** A sheet name as it stands in a formula: always quoted, quotes inside doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A print area or print titles value for a sheet: "A1:G20" -> 'Name'!$A$1:$G$20,
 * "1:3" -> 'Name'!$1:$3. A value that already names a sheet is kept as given.
 */
export function printRangeFormula(sheetName: string, range: string): string {
  const trimmed = range.trim().replace(/^=/, '');
  if (trimmed.includes('!')) return trimmed;
  return trimmed
    .split(',')
    .map((part) => {
      const abs = part
        .trim()
        .split(':')
        .map((ref) => {
          const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(ref);
          if (!m || (m[1] === undefined && m[2] === undefined)) throw new PlanValueError(`the print range "${range}" is not an A1 range`);
          return `${m[1] !== undefined ? `$${m[1].toUpperCase()}` : ''}${m[2] !== undefined ? `$${m[2]}` : ''}`;
        })
        .join(':');
      return `${quoteSheetName(sheetName)}!${abs}`;
    })
    .join(',');
}
