import type { CellValue } from '../grid';
/**
 * A write plan: everything RAG Board will add to a workbook, as plain data. The engine
 * decides it; the .xlsx adapter and the Excel add-in adapter only carry it out, so both write
 * the same cells, formulas, styles and rules.
 *
 * Rows and columns are 0-based, as everywhere in the engine.
 */

/** A look, by value. Adapters turn equal styles into one shared style. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** #RRGGBB */
  readonly fill?: string;
  /** #RRGGBB */
  readonly fontColour?: string;
  /** Excel number format code, e.g. "#,##0;(#,##0)" or "0.0%". */
  readonly numberFormat?: string;
  readonly horizontal?: 'left' | 'centre' | 'right';
  readonly wrap?: boolean;
  /** A thin border all round. */
  readonly border?: boolean;
  /** Font size in points, where not the default 11. */
  readonly size?: number;
}

/**
 * A cell of a generated sheet. Text is always written as text, never as a formula, whatever
 * it starts with ("=HYPERLINK(...)" from a cell stays those characters). A formula carries
 * the value the engine worked out, cached, so a viewer that does not recalculate shows it.
 */
export type PlannedCell =
  | { readonly kind: 'text'; readonly text: string; readonly style?: CellStyle }
  | { readonly kind: 'number'; readonly value: number; readonly style?: CellStyle }
  | { readonly kind: 'formula'; readonly formula: string; readonly cached: number | string | boolean | null; readonly style?: CellStyle };

/** A rule owned by RAG Board: an expression rule whose formula carries OWNED_RULE_MARK. */
export interface PlannedRule {
  /** A1 ranges, space separated, as Excel's sqref ("D5:D13 G5:G13"). */
  readonly ranges: string;
  /**
   * The condition, written for the top-left cell of the first range with relative
   * references (Excel's convention), without "=" and without the mark (adapters add it).
   */
  readonly condition: string;
  /**
   * What the rule shows. numberFormat puts the word beside the colour without touching the
   * cell's value ("R "#,##0 shows 416,470 as "R 416,470"; @" High" adds " High" to text).
   */
  readonly style: { readonly fill?: string; readonly fontColour?: string; readonly bold?: boolean; readonly numberFormat?: string };
  /** Rules on one sheet apply in this order (lower first), and stop at the first that matches. */
  readonly order: number;
}

/**
 * The longest rule formula RAG Board writes, counted as Excel shows it (with "=" and the mark):
 * Excel's conditional formatting rules manager cannot edit a longer one. Every planner keeps
 * within it by design, whatever the sheet's columns, rows and thresholds (the engine tests
 * build the worst case), and the Excel add-in refuses a plan that passes it.
 */
export const MAX_RULE_FORMULA_LENGTH = 255;

/**
 * The longest address list of one rule, as the Excel add-in passes it to Worksheet.getRanges
 * (areas joined by ", "): Excel refuses longer ones with InvalidArgument (from about 8,200
 * characters, OfficeDev/office-js#5198). Planners split a rule's areas into groups that fit.
 */
export const MAX_RULE_ADDRESS_LENGTH = 8000;

/**
 * Every rule we add carries this in its formula, so that we (and a person reading the rule in
 * Excel's manager) can tell ours from the user's: N("...") is 0, so it changes nothing.
 */
export const OWNED_RULE_MARK = 'N("RAG Board")=0';

/** The formula an adapter writes for a rule: the condition, and the mark. */
export function ownedRuleFormula(condition: string): string {
  return `AND(${condition},${OWNED_RULE_MARK})`;
}

export function isOwnedRuleFormula(formula: string): boolean {
  return formula.replace(/\s+/g, '').includes(OWNED_RULE_MARK.replace(/\s+/g, ''));
}

/**
 * How a generated sheet prints. Both adapters apply exactly these: the paper, the orientation,
 * a percentage scale (never a fit-to-pages zoom, which Excel on the desktop does not apply
 * reliably through the API, OfficeDev/office-js#1860), the margins, the print area, the rows
 * repeated at the top of every page, and manual page breaks.
 */
export interface PrintSettings {
  /** A1 range, e.g. "A1:K120". */
  readonly area: string;
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  /** Percent, 10 to 400. */
  readonly scale: number;
  /** In points. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  /** Rows repeated at the top of every page, e.g. "$12:$12". */
  readonly titleRows?: string;
  /** 0-based rows that start a new page (a manual break above each). */
  readonly breaksBefore: ReadonlyArray<number>;
}

export interface GeneratedSheet {
  /** What the sheet is for; the mark an adapter leaves on it says this too. */
  readonly role: 'budget-summary' | 'risk-summary' | 'snapshot';
  /** The name to use. The planner has already avoided the names of the user's sheets. */
  readonly name: string;
  /** rows[r][c]; undefined for an empty cell. */
  readonly rows: ReadonlyArray<ReadonlyArray<PlannedCell | undefined>>;
  /** Column widths in characters, by column. */
  readonly columnWidths: ReadonlyArray<number>;
  /**
   * Row heights in points, by row, where a row needs more than the default (wrapped text):
   * written out, as neither Excel nor LibreOffice reliably fits a row to wrapped text it did not
   * lay out itself. Undefined (or absent) for the default height.
   */
  readonly rowHeights?: ReadonlyArray<number | undefined>;
  readonly merges: ReadonlyArray<string>;
  /** Rows above this (0-based row index) stay in view when scrolling; 0 for none. */
  readonly freezeRows: number;
  readonly rules: ReadonlyArray<PlannedRule>;
  readonly print: PrintSettings | null;
  readonly visibility: 'visible' | 'veryHidden';
}

export interface SourceSheetRules {
  readonly sheet: string;
  readonly rules: ReadonlyArray<PlannedRule>;
}

/**
 * What a plan was made from, for each sheet it touches (the sheets its tables and rules are on):
 * how far the sheet's cells reached when it was read, and its tables' header rows as read. An
 * adapter that writes into a workbook that may have changed since (Excel, while the pane waits
 * for the user to confirm) checks these first: rows inserted, deleted or a header edited would
 * put the rules on the wrong rows.
 */
export interface SheetBasis {
  readonly sheet: string;
  /** Rows to the last row holding anything (a value, an empty text), columns to the last such column, as read. */
  readonly rows: number;
  readonly columns: number;
  /** Header rows (0-based) with their values as read, trailing empty cells left out. */
  readonly headers: ReadonlyArray<{ readonly row: number; readonly values: ReadonlyArray<CellValue> }>;
}

export interface WritePlan {
  /** Sheets to (re)write. A previous run's sheet of the same role is replaced, never a user's. */
  readonly sheets: ReadonlyArray<GeneratedSheet>;
  /** Rules on the user's own sheets. Our previous rules there are taken off first. */
  readonly sourceRules: ReadonlyArray<SourceSheetRules>;
  /** What the plan was made from (absent in plans made by hand). */
  readonly basis?: ReadonlyArray<SheetBasis>;
  /** What the reader of the report should know of how the sheets were written (text cut to fit a cell); absent when nothing. */
  readonly notes?: ReadonlyArray<string>;
}

/** A row of values with its trailing empty cells left out, for comparing what was read with what is there. */
export function trimmedRow(row: ReadonlyArray<CellValue | undefined> | undefined): CellValue[] {
  const out = (row ?? []).map((v) => (v === undefined || v === '' ? null : v));
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

/** The mark left on a generated sheet: a sheet-scoped hidden defined name with this name. */
export const GENERATED_SHEET_MARK = '_RAGBoard_Generated';

/**
 * The value of a mark, as an Excel string constant: the sheet's role, the name it was written
 * under and the fingerprint of what was written there ("risk-summary|Risk Summary|#0123456789abcdef",
 * quotes inside doubled; see fingerprint.ts). Excel copies a sheet's own names with it, so a copy
 * ("Risk Summary (2)") carries the mark too, naming the original: that is how a copy, or a summary
 * the user renamed to keep, is told from ours and left alone. The fingerprint is what lets a mark
 * count as evidence at all: a mark without one, or whose sheet no longer holds what it
 * fingerprints, makes the sheet the user's.
 */
export function markConstant(role: string, sheetName: string, fingerprint?: string): string {
  const text = `${role}|${sheetName}${fingerprint ? `|#${fingerprint}` : ''}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The text of an Excel string constant ('"a ""b"""', or '="x"' as a name's formula), or undefined when the value is not one. */
export function stringConstantText(value: string): string | undefined {
  const m = /^\s*=?\s*"((?:[^"]|"")*)"\s*$/.exec(value);
  return m ? m[1]!.replace(/""/g, '"') : undefined;
}

/** What a sheet's mark says of that sheet. */
export interface SheetMark {
  readonly role: string;
  /** The mark names another sheet: a copy the user keeps, or a summary the user renamed. */
  readonly kept: boolean;
  /** The fingerprint of what was written on the sheet; undefined in a mark without one. */
  readonly fingerprint?: string;
}

/** What a sheet's mark says of that sheet: ours (to replace, given the evidence), a kept copy (the user's), or not a mark at all. */
export function markedAs(text: string, sheetName: string): SheetMark | undefined {
  const fp = /\|#([0-9a-f]{16})$/.exec(text);
  const body = fp ? text.slice(0, fp.index) : text;
  const bar = body.indexOf('|');
  const role = (bar < 0 ? body : body.slice(0, bar)).trim();
  if (role === '') return undefined;
  const fingerprint = fp ? { fingerprint: fp[1]! } : {};
  // A mark without a name (written by an earlier version) is taken as the sheet's own.
  if (bar < 0) return { role, kept: false, ...fingerprint };
  const same = (a: string) => a.normalize('NFC').toLowerCase();
  return { role, kept: same(body.slice(bar + 1)) !== same(sheetName), ...fingerprint };
}
