/**
 * The in-memory workbook behind the Excel double: sheets of cells (value, formula, number
 * format, look), hidden rows and columns, widths, merges, frozen panes, conditional formats,
 * names (workbook and sheet scoped), protection, visibility, print settings. Seeded from
 * WorkbookGrids-like sheets; inspected by the tests directly (never through the proxies).
 *
 * Cell input is interpreted as Excel interprets what is typed or given to Range.values:
 * "=..." (and "+x", "-x", "@x" that are not numbers) becomes a formula, "123", "1,234",
 * "5%" and "2017-08-15" become numbers, "TRUE" a boolean, "#N/A" an error, unless the
 * cell's number format is Text ("@") or the text starts with an apostrophe.
 */
import { officeError, MESSAGES } from './errors';

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ErrorCell {
  readonly error: string;
}

export type ModelValue = number | string | boolean | ErrorCell | null;

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

export type BorderSide = 'top' | 'bottom' | 'left' | 'right';

export interface ModelStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  horizontal?: string;
  wrap?: boolean;
  /** Line style per side ("Continuous/Thin"). */
  borders?: Partial<Record<BorderSide, string>>;
}

export interface RuleFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  numberFormat?: string;
}

export interface ModelRule {
  id: string;
  type: string;
  ranges: Rect[];
  formula: string | null;
  format: RuleFormat;
  stopIfTrue: boolean;
}

export interface ModelName {
  name: string;
  /** "=..." as Excel gives NamedItem.formula. */
  formula: string;
  visible: boolean;
  comment?: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface PageLayoutModel {
  printArea?: string;
  printTitleRows?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  paperSize?: string;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  /** 0-based rows with a manual page break above them (Worksheet.horizontalPageBreaks). */
  rowBreaks?: number[];
}

const key = (r: number, c: number) => r * MAX_COLS + c;

// Column letters and A1 addresses are the engine's own; the double only adds ranges.
export { columnLetter as columnLetters, a1 } from '../../../../src/engine/grid';
import { a1 } from '../../../../src/engine/grid';

export function rectA1(rect: Rect): string {
  return rect.top === rect.bottom && rect.left === rect.right ? a1(rect.top, rect.left) : `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "A1:B2", "A:C", "3:5" (with or without $) as a rectangle; undefined when not an address. */
export function parseAddress(address: string): Rect | undefined {
  const s = address.trim().replace(/\$/g, '');
  let m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(s);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = colIndex(m[1]!);
    const r2 = m[4] !== undefined ? Number(m[4]) - 1 : r1;
    const c2 = m[3] !== undefined ? colIndex(m[3]) : c1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS || c1 >= MAX_COLS || c2 >= MAX_COLS) return undefined;
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(s);
  if (m) {
    const c1 = colIndex(m[1]!);
    const c2 = colIndex(m[2]!);
    if (c1 >= MAX_COLS || c2 >= MAX_COLS) return undefined;
    return { top: 0, left: Math.min(c1, c2), bottom: MAX_ROWS - 1, right: Math.max(c1, c2) };
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(s);
  if (m) {
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) return undefined;
    return { top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: MAX_COLS - 1 };
  }
  return undefined;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function inside(inner: Rect, outer: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function cellsIn(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!']);
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const OTHER_DATE = /^\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?$/;

/** What a cell holds once given `input`, as Excel would store it. */
export interface Stored {
  readonly value: ModelValue;
  readonly formula?: string;
}

export function interpretInput(input: string | number | boolean, numberFormat: string, date1904: boolean): Stored {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'Range.values');
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  const s = input;
  if (s === '') return { value: null };
  if (numberFormat === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { value: null, formula: s };
  const compact = s.trim();
  if (compact !== '' && /\d/.test(compact) && NUMBER.test(compact)) {
    const pct = compact.endsWith('%');
    const n = Number(compact.replace(/[,%]/g, ''));
    if (Number.isFinite(n)) return { value: pct ? n / 100 : n };
  }
  if (/^[+\-@]/.test(s) && s.length > 1) return { value: null, formula: `=${s}` };
  if (/^(true|false)$/i.test(compact)) return { value: compact.toUpperCase() === 'TRUE' };
  if (ERRORS.has(compact.toUpperCase())) return { value: { error: compact.toUpperCase() } };
  const iso = ISO_DATE.exec(compact);
  if (iso) return { value: dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), date1904) };
  if (OTHER_DATE.test(compact)) return { value: dateSerial(2000, 1, 1, date1904) };
  return { value: s };
}

/** Excel's serial number of a date in the 1900 or 1904 system. */
export function dateSerial(y: number, m: number, d: number, date1904: boolean): number {
  const utc = Date.UTC(y, m - 1, d);
  if (date1904) return Math.round((utc - Date.UTC(1904, 0, 1)) / 86400000);
  const days = Math.round((utc - Date.UTC(1899, 11, 31)) / 86400000);
  return days >= 60 ? days + 1 : days; // Excel's 29 February 1900
}

export class ModelSheet {
  name: string;
  visibility: Visibility = 'Visible';
  isProtected = false;
  readonly formulas = new Map<number, string>();
  readonly styles = new Map<number, ModelStyle>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Rect[] = [];
  freezeRows = 0;
  freezeColumns = 0;
  rules: ModelRule[] = [];
  names: ModelName[] = [];
  pageLayout: PageLayoutModel = {};
  private vals: Array<Array<ModelValue | undefined> | undefined> = [];
  private nfs: Array<Array<string | undefined> | undefined> = [];

  constructor(
    readonly id: number,
    name: string,
  ) {
    this.name = name;
  }

  value(r: number, c: number): ModelValue {
    return this.vals[r]?.[c] ?? null;
  }

  formula(r: number, c: number): string | undefined {
    return this.formulas.get(key(r, c));
  }

  numberFormat(r: number, c: number): string {
    return this.nfs[r]?.[c] ?? 'General';
  }

  style(r: number, c: number): ModelStyle | undefined {
    return this.styles.get(key(r, c));
  }

  store(r: number, c: number, stored: Stored): void {
    const row = (this.vals[r] ??= []);
    row[c] = stored.value;
    if (stored.formula !== undefined) this.formulas.set(key(r, c), stored.formula);
    else this.formulas.delete(key(r, c));
  }

  setNumberFormat(r: number, c: number, nf: string): void {
    if (nf === 'General') {
      const row = this.nfs[r];
      if (row) row[c] = undefined;
      return;
    }
    (this.nfs[r] ??= [])[c] = nf;
  }

  setStyle(r: number, c: number, change: (s: ModelStyle) => void): void {
    const k = key(r, c);
    const s = { ...(this.styles.get(k) ?? {}) };
    change(s);
    this.styles.set(k, s);
  }

  /** The smallest rectangle holding every value and formula; undefined for an empty sheet. */
  usedRect(): Rect | undefined {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.vals.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    for (const k of this.formulas.keys()) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (top < 0 || r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return top < 0 ? undefined : { top, left, bottom, right };
  }

  /** Clears contents, formats or both over a rectangle. */
  clear(rect: Rect, what: 'All' | 'Contents' | 'Formats'): void {
    const whole = rect.top === 0 && rect.left === 0 && rect.bottom === MAX_ROWS - 1 && rect.right === MAX_COLS - 1;
    const contents = what === 'All' || what === 'Contents';
    const formats = what === 'All' || what === 'Formats';
    if (contents) {
      if (whole) this.vals = [];
      else for (let r = rect.top; r <= Math.min(rect.bottom, this.vals.length - 1); r++) {
        const row = this.vals[r];
        if (row) for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) row[c] = undefined;
      }
      for (const k of [...this.formulas.keys()]) if (inRect(k, rect)) this.formulas.delete(k);
    }
    if (formats) {
      if (whole) this.nfs = [];
      else for (let r = rect.top; r <= Math.min(rect.bottom, this.nfs.length - 1); r++) {
        const row = this.nfs[r];
        if (row) for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) row[c] = undefined;
      }
      for (const k of [...this.styles.keys()]) if (inRect(k, rect)) this.styles.delete(k);
      this.merges = this.merges.filter((m) => !inside(m, rect));
      this.rules = this.rules.filter((rule) => !rule.ranges.every((r) => inside(r, rect)));
    }
  }

  /** Every cell that holds something, for comparisons. */
  cells(): Array<{ address: string; value: ModelValue; formula?: string; numberFormat: string; style?: ModelStyle }> {
    const out: Array<{ address: string; value: ModelValue; formula?: string; numberFormat: string; style?: ModelStyle }> = [];
    const keys = new Set<number>();
    this.vals.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && keys.add(key(r, c))));
    this.nfs.forEach((row, r) => row?.forEach((v, c) => v !== undefined && keys.add(key(r, c))));
    for (const k of this.formulas.keys()) keys.add(k);
    for (const k of this.styles.keys()) keys.add(k);
    for (const k of [...keys].sort((a, b) => a - b)) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      const formula = this.formula(r, c);
      const style = this.style(r, c);
      out.push({ address: a1(r, c), value: this.value(r, c), ...(formula ? { formula } : {}), numberFormat: this.numberFormat(r, c), ...(style ? { style } : {}) });
    }
    return out;
  }
}

function inRect(k: number, rect: Rect): boolean {
  const r = Math.floor(k / MAX_COLS);
  const c = k % MAX_COLS;
  return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
}

/** A sheet to seed, shaped like the engine's SheetGrid, plus what only a live workbook has. */
export interface SeedSheet {
  readonly name: string;
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** values[row][col]: numbers, text, booleans, { error: "#REF!" }, null. */
  readonly values?: ReadonlyArray<ReadonlyArray<ModelValue | undefined> | undefined>;
  readonly numberFormats?: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  /** Formula text per cell, with or without the leading "=". */
  readonly formulas?: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  readonly hiddenRows?: Iterable<number>;
  readonly hiddenColumns?: Iterable<number>;
  readonly merges?: ReadonlyArray<Rect>;
  readonly protected?: boolean;
  /** Conditional formats already on the sheet (the user's, or ours from an earlier run). */
  readonly rules?: ReadonlyArray<{ ranges: string; formula: string; type?: string; format?: RuleFormat }>;
  /** Sheet-scoped names. */
  readonly names?: ReadonlyArray<{ name: string; formula: string; visible?: boolean }>;
}

export interface SeedWorkbook {
  readonly sheets: ReadonlyArray<SeedSheet>;
  /** The workbook's name as Excel gives it (Workbook.name), its file's; "Book1" where unsaved. */
  readonly name?: string;
  readonly date1904?: boolean;
  readonly structureProtected?: boolean;
  readonly names?: ReadonlyArray<{ name: string; formula: string; visible?: boolean }>;
}

export class ModelWorkbook {
  name = 'Book1';
  sheets: ModelSheet[] = [];
  names: ModelName[] = [];
  structureProtected = false;
  date1904 = false;
  activeSheetId: number | undefined;
  selection: { sheetId: number; address: string } | undefined;
  private nextSheetId = 1;
  private nextRuleId = 1;

  static seed(seed: SeedWorkbook): ModelWorkbook {
    const wb = new ModelWorkbook();
    wb.date1904 = seed.date1904 ?? false;
    if (seed.name !== undefined) wb.name = seed.name;
    wb.structureProtected = seed.structureProtected ?? false;
    wb.names = (seed.names ?? []).map((n) => ({ name: n.name, formula: n.formula, visible: n.visible ?? true }));
    for (const s of seed.sheets) {
      const sheet = wb.addSheet(s.name);
      sheet.visibility = s.visibility === 'hidden' ? 'Hidden' : s.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible';
      sheet.isProtected = s.protected ?? false;
      s.values?.forEach((row, r) =>
        row?.forEach((v, c) => {
          if (v !== null && v !== undefined) sheet.store(r, c, { value: v });
        }),
      );
      s.numberFormats?.forEach((row, r) => row?.forEach((f, c) => f !== undefined && sheet.setNumberFormat(r, c, f)));
      s.formulas?.forEach((row, r) =>
        row?.forEach((f, c) => {
          if (f !== undefined) sheet.store(r, c, { value: sheet.value(r, c), formula: f.startsWith('=') ? f : `=${f}` });
        }),
      );
      for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r);
      for (const c of s.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
      sheet.merges = [...(s.merges ?? [])];
      sheet.rules = (s.rules ?? []).map((rule) => wb.newRule(rule.type ?? 'Custom', rule.ranges.split(/[\s,]+/).map((a) => parseAddress(a)!), rule.formula, rule.format ?? {}));
      sheet.names = (s.names ?? []).map((n) => ({ name: n.name, formula: n.formula, visible: n.visible ?? true }));
    }
    wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')?.id;
    return wb;
  }

  addSheet(name: string): ModelSheet {
    const sheet = new ModelSheet(this.nextSheetId++, name);
    this.sheets.push(sheet);
    return sheet;
  }

  newRule(type: string, ranges: Rect[], formula: string | null, format: RuleFormat): ModelRule {
    return { id: `{RULE-${this.nextRuleId++}}`, type, ranges, formula, format: { ...format }, stopIfTrue: false };
  }

  sheet(name: string): ModelSheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  /** The sheet by name; throws in the test (not as Excel would) when there is none. */
  get(name: string): ModelSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`the double has no sheet "${name}" (it has ${this.sheets.map((x) => x.name).join(', ')})`);
    return s;
  }

  /** The whole state as plain data, for "nothing changed" and "the same as once" comparisons (rule ids left out). */
  snapshot(): unknown {
    return {
      structureProtected: this.structureProtected,
      names: this.names,
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        isProtected: s.isProtected,
        cells: s.cells(),
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
        columnWidths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
        merges: s.merges.map(rectA1),
        freeze: [s.freezeRows, s.freezeColumns],
        rules: s.rules.map((r) => ({ type: r.type, ranges: r.ranges.map(rectA1), formula: r.formula, format: r.format, stopIfTrue: r.stopIfTrue })),
        names: s.names,
        pageLayout: s.pageLayout,
      })),
    };
  }
}

export function notProtected(sheet: ModelSheet, location: string): void {
  if (sheet.isProtected) throw officeError('AccessDenied', MESSAGES.protectedSheet, location);
}
