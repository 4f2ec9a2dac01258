/**
 * The checks list: worst first, each with the A1 cell a click selects.
 */
import { a1 } from '../../engine/grid';
import type { Analysis, Check, Severity } from '../../engine/model';
import { SEVERITY_WORD } from './format';

export interface CheckItem {
  readonly id: string;
  readonly severity: Severity;
  readonly severityWord: string;
  readonly sheet: string;
  readonly cell: string;
  /** "Finance!D11" for display. */
  readonly address: string;
  /** The line label or risk reference. */
  readonly where: string;
  readonly code: string;
  readonly message: string;
  /** The whole item in one sentence, for the button's accessible name. */
  readonly label: string;
}

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Excel quotes sheet names that are not plain words: 'Risk Register'!O6. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function checkItem(c: Check, index: number): CheckItem {
  const cell = a1(c.row, c.col);
  const address = `${sheetRef(c.sheet)}!${cell}`;
  // (An info check is within rounding, or a sum that could not be checked: said as what it is.)
  const severityWord = c.code === 'not_checkable' ? 'Not checkable' : SEVERITY_WORD[c.severity];
  return {
    id: `${index}`,
    severity: c.severity,
    severityWord,
    sheet: c.sheet,
    cell,
    address,
    where: c.where,
    code: c.code,
    message: c.message,
    label: `${severityWord}, ${c.sheet} ${cell}, ${c.where}: ${c.message}. Select the cell.`,
  };
}

export function checkItems(analysis: Analysis): CheckItem[] {
  return analysis.checks
    .map(checkItem)
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet) || compareCells(a.cell, b.cell));
}

function compareCells(a: string, b: string): number {
  const ra = Number(/\d+/.exec(a)?.[0] ?? 0);
  const rb = Number(/\d+/.exec(b)?.[0] ?? 0);
  return ra - rb || a.localeCompare(b);
}

/** "0 errors, 1 warning, 2 within rounding", and how many sums could not be checked, of the info counted, where any. */
export function checksSentence(counts: Readonly<Record<Severity, number>>, notCheckable = 0): string {
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  return `${n(counts.error, 'error')}, ${n(counts.warning, 'warning')}, ${counts.info - notCheckable} within rounding${notCheckable ? `, ${notCheckable} not checkable` : ''}`;
}
