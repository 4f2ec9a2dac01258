/**
 * The worksheet part of a generated sheet, written whole by us: frozen header rows,
 * column widths, the cells (text as inline strings, never as formulas; numbers;
 * formulas with their cached values), merges, the sheet's own conditional formats,
 * and its page setup. Also the XML of a conditional format rule, which source sheets
 * get too.
 */
import { a1, columnLetter } from '../../../engine/grid';
import { planSharedFormulas, sharedKey, SharedRole } from './shared-formulas';
import { ownedRuleFormula, type CellStyle, type GeneratedSheet, type PlannedCell, type PlannedRule } from '../../../engine/plan/types';
import { MAX_COLUMNS, MAX_ROWS } from '../worksheet';
import { escapeAttribute, escapeXstring as escapeXstringImported } from './xml-outline';

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

export function generatedSheetXml(sheet: GeneratedSheet, ctx: SheetXmlContext): string {
  const rows = sheet.rows;
  if (rows.length > MAX_ROWS) throw new PlanValueError(`it has ${rows.length} rows, more than Excel's ${MAX_ROWS}`);
  let lastRow = -1;
  let lastCol = -1;
  const rowXml: string[] = [];
  const shared = planSharedFormulas(sheet);
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const letters: string[] = [];
  for (let c = 0; c < width; c++) letters.push(columnLetter(c));
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) continue;
    if (cells.length > MAX_COLUMNS) throw new PlanValueError(`its row ${r + 1} has ${cells.length} columns, more than Excel's ${MAX_COLUMNS}`);
    let xml = '';
    const rowNumber = r + 1;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      xml += cellXml(cell, letters[c]! + rowNumber, ctx, cell.kind === 'formula' ? shared.get(sharedKey(r, c)) : undefined);
      if (c > lastCol) lastCol = c;
    }
    if (xml === '') continue;
    lastRow = r;
    rowXml.push(`<row r="${r + 1}">${xml}</row>`);
  }

  const parts: string[] = [];
  parts.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${ctx.mainNamespace}" xmlns:r="${ctx.relationshipsNamespace}">`,
  );
  if (sheet.print?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${lastRow < 0 ? 'A1' : `A1:${a1(lastRow, lastCol)}`}"/>`);
  parts.push(sheetViews(sheet.freezeRows));
  const cols = columns(sheet.columnWidths);
  if (cols) parts.push(cols);
  parts.push(rowXml.length ? `<sheetData>${rowXml.join('')}</sheetData>` : '<sheetData/>');
  if (sheet.merges.length) {
    parts.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeAttribute(m)}"/>`).join('')}</mergeCells>`);
  }
  parts.push(ruleElements('', sheet.rules, ctx.dxfFor, 1));
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    const fit = sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    parts.push(`<pageSetup orientation="${sheet.print.landscape ? 'landscape' : 'portrait'}"${fit}/>`);
  }
  parts.push('</worksheet>');
  return parts.join('');
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

function cellXml(cell: PlannedCell, ref: string, ctx: SheetXmlContext, sharedRole?: SharedRole): string {
  const xf = ctx.xfFor(cell.style);
  const s = xf !== 0 ? ` s="${xf}"` : '';
  switch (cell.kind) {
    case 'text':
      if (cell.text.length > MAX_TEXT) throw new PlanValueError(`the text of cell ${ref} is longer than the ${MAX_TEXT} characters a cell can hold`);
      // An inline string: whatever the text starts with ("=", "+", "-", "@"), it is text.
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXstring(cell.text)}</t></is></c>`;
    case 'number':
      if (!Number.isFinite(cell.value)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
      return `<c r="${ref}"${s}><v>${numberText(cell.value)}</v></c>`;
    case 'formula': {
      const formula = cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula;
      if (formula.trim() === '') throw new PlanValueError(`the formula of cell ${ref} is empty`);
      if (formula.length > MAX_FORMULA) throw new PlanValueError(`the formula of cell ${ref} is longer than the ${MAX_FORMULA} characters Excel allows`);
      const f = !sharedRole
        ? `<f>${escapeXstring(formula)}</f>`
        : sharedRole.master
          ? `<f t="shared" ref="${sharedRole.ref}" si="${sharedRole.si}">${escapeXstring(formula)}</f>`
          : `<f t="shared" si="${sharedRole.si}"/>`;
      const v = cell.cached;
      if (v === null || v === undefined) return `<c r="${ref}"${s}>${f}</c>`;
      if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
      if (typeof v === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${escapeXstring(v)}</v></c>`;
      if (!Number.isFinite(v)) return `<c r="${ref}"${s} t="e">${f}<v>#NUM!</v></c>`;
      return `<c r="${ref}"${s}>${f}<v>${numberText(v)}</v></c>`;
    }
    default:
      throw new PlanValueError(`cell ${ref} is of an unknown kind`);
  }
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
