/**
 * Did the bench measure real work? The analysis of each generated workbook is compared with
 * what the generator planted, cell by cell: a row of the table per thing counted, expected
 * beside found, with a few of the differing cells named where they differ.
 */
import { a1 } from '../src/engine/grid';
import type { Analysis, BudgetTable, Check, RiskRegister } from '../src/engine/model';
import type { BudgetExpectations } from './generate-budget';
import type { RiskExpectations } from './generate-risk';

export interface CountRow {
  readonly what: string;
  readonly expected: number;
  readonly found: number;
  /** Expected cells the analysis did not report, and cells it reported that were not expected (a few of each). */
  readonly missing?: string[];
  readonly extra?: string[];
  /** An observation rather than a pass/fail count. */
  readonly note?: boolean;
}

export interface Verdict {
  readonly rows: CountRow[];
  readonly ok: boolean;
}

const SAMPLE = 5;

function compareCells(what: string, expected: ReadonlyArray<string>, found: ReadonlyArray<string>): CountRow {
  const e = new Set(expected);
  const f = new Set(found);
  return {
    what,
    expected: expected.length,
    found: found.length,
    missing: [...e].filter((c) => !f.has(c)).slice(0, SAMPLE),
    extra: [...f].filter((c) => !e.has(c)).slice(0, SAMPLE),
  };
}

function verdict(rows: CountRow[]): Verdict {
  return { rows, ok: rows.every((r) => r.note || (r.expected === r.found && !r.missing?.length && !r.extra?.length)) };
}

const cellOf = (c: Check) => a1(c.row, c.col);

export function verifyBudget(analysis: Analysis, expected: BudgetExpectations): Verdict {
  const tables = analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget');
  const table = tables[0];
  const kinds = { line: 0, section: 0, subtotal: 0, total: 0 };
  const kindOfRow = new Map<number, string>();
  for (const r of table?.rows ?? []) {
    kinds[r.kind]++;
    kindOfRow.set(r.row, r.kind);
  }
  const checks = analysis.checks.filter((c) => c.sheet === expected.sheet);
  const on = (code: string, rowKinds: string[]) =>
    checks.filter((c) => c.code === code && rowKinds.includes(kindOfRow.get(c.row) ?? '')).map(cellOf);
  const exp = (code: string, rowKinds: string[], roundingOnly?: boolean) =>
    expected.checks.filter((c) => c.code === code && rowKinds.includes(c.rowKind) && (roundingOnly === undefined || c.roundingOnly === roundingOnly)).map((c) => c.cell);
  const sumRows = ['subtotal', 'total'];
  const known = new Set(['reported_variance_mismatch', 'rounding_only']);
  const rows: CountRow[] = [
    { what: 'budget tables', expected: 1, found: tables.length },
    { what: 'lines', expected: expected.lines, found: kinds.line },
    { what: 'section rows', expected: expected.sections, found: kinds.section },
    { what: 'subtotal rows', expected: expected.subtotals, found: kinds.subtotal },
    { what: 'total rows', expected: expected.totals, found: kinds.total },
    compareCells('line variance planted wrong: reported_variance_mismatch', exp('reported_variance_mismatch', ['line']), on('reported_variance_mismatch', ['line'])),
    compareCells('line variance off by 1: rounding_only', exp('rounding_only', ['line']), on('rounding_only', ['line'])),
    compareCells('subtotal/total variance carrying them: reported_variance_mismatch', exp('reported_variance_mismatch', sumRows), on('reported_variance_mismatch', sumRows)),
    compareCells('subtotal/total variance carrying them: rounding_only', exp('rounding_only', sumRows), on('rounding_only', sumRows)),
    compareCells('subtotal_mismatch and total_mismatch (sums are exact)', [], checks.filter((c) => c.code === 'subtotal_mismatch' || c.code === 'total_mismatch').map(cellOf)),
    compareCells('any other check', [], checks.filter((c) => !known.has(c.code) && c.code !== 'subtotal_mismatch' && c.code !== 'total_mismatch').map((c) => `${cellOf(c)} ${c.code}`)),
  ];
  return verdict(rows);
}

export function verifyRisk(analysis: Analysis, expected: RiskExpectations): Verdict {
  const registers = analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk');
  const register = registers[0];
  let sections = 0;
  let last: string | null | undefined;
  for (const r of register?.risks ?? []) {
    if (r.section !== last) sections++;
    last = r.section;
  }
  const checks = analysis.checks.filter((c) => c.sheet === expected.sheet);
  const cells = (code: string) => checks.filter((c) => c.code === code).map(cellOf);
  const known = new Set(['residual_above_current', 'score_mismatch', 'review_overdue']);
  const rows: CountRow[] = [
    { what: 'risk registers', expected: 1, found: registers.length },
    { what: 'risks', expected: expected.risks, found: register?.risks.length ?? 0 },
    { what: 'sections (runs of risks under one heading)', expected: expected.sections, found: sections },
    compareCells('residual above current: residual_above_current', expected.residualAboveCurrent, cells('residual_above_current')),
    compareCells('score typed as L+C: score_mismatch', expected.scoreMismatch, cells('score_mismatch')),
    compareCells('review date before the as-at date: review_overdue', expected.reviewOverdue, cells('review_overdue')),
    compareCells('any other check', [], checks.filter((c) => !known.has(c.code)).map((c) => `${cellOf(c)} ${c.code}`)),
  ];
  return verdict(rows);
}
