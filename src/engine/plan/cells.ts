/**
 * Small builders for planned cells and formula text, so the summary planners read as
 * layouts rather than as string handling.
 */
import { SheetGrid, a1, cellValue, columnLetter, sumArguments } from '../grid';
import { CellStyle, MAX_RULE_ADDRESS_LENGTH, PlannedCell } from './types';

/** 'Budget Monitoring'!B5 — always quoted, quotes in the name doubled, as Excel writes it. */
export function sheetRef(sheet: string, row: number, col: number, absolute = false): string {
  const cell = absolute ? `$${columnLetter(col)}$${row + 1}` : a1(row, col);
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Text cut to what a cell holds, ending in an ellipsis where it was cut (never between the
 * halves of a surrogate pair). Only a damaged or hand-made workbook has longer text in a cell.
 */
export function fitCell(t: string): string {
  if (t.length <= MAX_CELL_TEXT) return t;
  let end = MAX_CELL_TEXT - 1;
  const last = t.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${t.slice(0, end)}…`;
}

/** Whether a cell's text is one fitCell cut. */
export function wasCut(t: string): boolean {
  return t.length >= MAX_CELL_TEXT - 1 && t.endsWith('…');
}

export function text(t: string, style?: CellStyle): PlannedCell {
  const fitted = fitCell(t);
  return style ? { kind: 'text', text: fitted, style } : { kind: 'text', text: fitted };
}

export function num(value: number, style?: CellStyle): PlannedCell {
  return style ? { kind: 'number', value, style } : { kind: 'number', value };
}

export function formula(f: string, cachedValue: number | string | boolean | null, style?: CellStyle): PlannedCell {
  const text = flattened(f);
  const cached = typeof cachedValue === 'string' ? fitCell(cachedValue) : cachedValue;
  return style ? { kind: 'formula', formula: text, cached, style } : { kind: 'formula', formula: text, cached };
}

/**
 * The same string, made flat now. A formula built from pieces is held by the JavaScript engine
 * as a tree of those pieces until its characters are first read; a summary keeps a million
 * formulas until they are written, and the trees would outlive their short life and be copied
 * from one heap generation to the next. Reading one character makes the engine flatten it at
 * once, and the pieces die young, cheaply.
 */
function flattened(s: string): string {
  s.charCodeAt(0);
  return s;
}

/**
 * A figure from a source cell: a live reference where the cell holds a number, so the summary
 * follows when the figure is retyped; the engine's value where the cell holds text that only
 * reads as a number ("(539,416)" pasted from a PDF), which a formula could not do arithmetic on.
 */
export function sourceFigure(sheet: SheetGrid, row: number, col: number, value: number | null, style?: CellStyle): PlannedCell | undefined {
  if (value === null) return undefined;
  if (typeof cellValue(sheet, row, col) === 'number') return formula(sheetRef(sheet.name, row, col), value, style);
  return num(value, style);
}

/**
 * A figure the sheet prints month by month (`adds`, its columns), added up live on its cells:
 * SUM('Sheet'!C7:G7), or SUM of each cell where they stand apart. Where a month is typed as text
 * ("147.40[1]", a footnote mark after it), Excel's SUM would pass over it: there, the figure read.
 */
export function sourceSum(sheet: SheetGrid, row: number, adds: ReadonlyArray<number>, value: number | null, style?: CellStyle): PlannedCell | undefined {
  if (value === null) return undefined;
  const live = adds.every((c) => {
    const v = cellValue(sheet, row, c);
    return typeof v === 'number' || v === null || v === undefined || v === '';
  });
  return live ? formula(`SUM(${sumArguments(adds, (c) => sheetRef(sheet.name, row, c), (a, b) => `${sheetRef(sheet.name, row, a)}:${a1(row, b)}`)})`, value, style) : num(value, style);
}

/** An Excel string literal: "a ""quoted"" word". */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Consecutive rows of one column as Excel ranges: "D4:D9 D11 D13:D14". */
export function columnRanges(col: number, rows: ReadonlyArray<number>): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = -1;
  let prev = -2;
  const flush = () => {
    if (start < 0) return;
    parts.push(start === prev ? a1(start, col) : `${a1(start, col)}:${a1(prev, col)}`);
  };
  for (const r of sorted) {
    if (r !== prev + 1) {
      flush();
      start = r;
    }
    prev = r;
  }
  flush();
  return parts.join(' ');
}

/**
 * A rule's rows of one column in groups whose address list stays within
 * MAX_RULE_ADDRESS_LENGTH characters (as the Excel add-in passes it to getRanges, areas joined
 * by ", "), each with its own first row, which the group's condition is written for. A table
 * whose lines are broken by section and subtotal rows has one area per run of lines: a
 * 100,000-line budget would otherwise give one rule an address list of tens of thousands of
 * characters. Groups never overlap, so the rules behave as one.
 */
export function ruleGroups(col: number, rows: ReadonlyArray<number>, maxLength: number = MAX_RULE_ADDRESS_LENGTH): Array<{ ranges: string; first: number }> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const groups: Array<{ ranges: string; first: number }> = [];
  let parts: string[] = [];
  let length = 0;
  let first = -1;
  const close = () => {
    if (parts.length) groups.push({ ranges: parts.join(' '), first });
    parts = [];
    length = 0;
  };
  let start = -1;
  let prev = -2;
  const area = () => {
    if (start < 0) return;
    const a = start === prev ? a1(start, col) : `${a1(start, col)}:${a1(prev, col)}`;
    const added = (parts.length ? 2 : 0) + a.length;
    if (parts.length && length + added > maxLength) close();
    if (!parts.length) first = start;
    length += (parts.length ? 2 : 0) + a.length;
    parts.push(a);
  };
  for (const r of sorted) {
    if (r !== prev + 1) {
      area();
      start = r;
    }
    prev = r;
  }
  area();
  close();
  return groups;
}

/** A number format with a word before or after every section: the word shows, the value stays. */
export function withWord(format: string | undefined, word: string, where: 'before' | 'after'): string {
  const base = format && format !== 'General' ? format : '#,##0';
  const sections = splitSections(base);
  const positive = sections[0]!;
  const negative = sections[1] ?? `-${positive}`;
  const zero = sections[2] ?? positive;
  const quoted = `"${where === 'before' ? `${word} ` : ` ${word}`}"`;
  const wrap = (s: string) => (where === 'before' ? `${quoted}${s}` : `${s}${quoted}`);
  return [wrap(positive), wrap(negative), wrap(zero), wrap('@')].join(';');
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < format.length) {
      current += ch + format[++i]!;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out.slice(0, 3);
}
