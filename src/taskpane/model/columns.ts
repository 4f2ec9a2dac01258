/**
 * The columns of a found table with the role the engine gave each, the roles a user can
 * choose instead, and the corrections the user has made (kept in the settings).
 */
import { columnLetter, type SheetGrid, type WorkbookGrids } from '../../engine/grid';
import type { BudgetRole, FoundTable, HeaderExplained, RiskRole, RiskSlot } from '../../engine/model';
import { suggestedRole } from '../../engine/detect/explain';
import { RISK_SLOTS } from '../../engine/model';

/**
 * A user's correction of a column's role: which table (its sheet and last header row,
 * 0-based, as FoundTable.headerRows gives it), which column (0-based), and the role to
 * force, or null to leave the column out.
 */
export interface ColumnRoleCorrection {
  readonly sheet: string;
  readonly headerRow: number;
  readonly col: number;
  readonly role: string | null;
}

export interface RoleOption {
  readonly value: string;
  readonly label: string;
}

/** The value the role dropdown uses for "not used". */
export const NOT_USED = '';

const BUDGET_ROLE_LABEL: Readonly<Record<BudgetRole, string>> = {
  label: 'Line name',
  ytdBudget: 'YTD budget',
  ytdActual: 'YTD actual',
  ytdVariance: 'YTD variance',
  ytdVariancePct: 'YTD variance %',
  annualBudget: 'Annual budget',
  forecastOutturn: 'Forecast outturn',
  forecastVariance: 'Forecast variance',
  forecastVariancePct: 'Forecast variance %',
  remaining: 'Remaining budget',
};

const RISK_INFO_LABEL: Readonly<Record<string, string>> = {
  ref: 'Reference',
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  reviewDate: 'Review date',
  trend: 'Trend',
  status: 'Status',
};

const SLOT_LABEL: Readonly<Record<RiskSlot, string>> = { inherent: 'Inherent', current: 'Current', residual: 'Residual', target: 'Target' };
const MEASURES = [
  ['Likelihood', 'likelihood'],
  ['Consequence', 'consequence'],
  ['Score', 'score'],
  ['Grade', 'grade'],
] as const;

export const BUDGET_ROLE_OPTIONS: ReadonlyArray<RoleOption> = [
  ...(Object.keys(BUDGET_ROLE_LABEL) as BudgetRole[]).map((r) => ({ value: r, label: BUDGET_ROLE_LABEL[r] })),
  { value: NOT_USED, label: 'Not used' },
];

export const RISK_ROLE_OPTIONS: ReadonlyArray<RoleOption> = [
  ...Object.entries(RISK_INFO_LABEL).map(([value, label]) => ({ value, label })),
  ...RISK_SLOTS.flatMap((slot) => MEASURES.map(([suffix, word]) => ({ value: `${slot}${suffix}` as RiskRole, label: `${SLOT_LABEL[slot]} ${word}` }))),
  { value: NOT_USED, label: 'Not used' },
];

export function roleLabel(kind: FoundTable['kind'], role: string | null): string {
  const options = kind === 'budget' ? BUDGET_ROLE_OPTIONS : RISK_ROLE_OPTIONS;
  return options.find((o) => o.value === (role ?? NOT_USED))?.label ?? role ?? 'Not used';
}

export interface ColumnView {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  /** The role the engine gave the column; null when it did not use it. */
  readonly detected: string | null;
  /** The user's correction, where there is one (null: "not used"). */
  readonly corrected: string | null | undefined;
  /** What the dropdown shows: the correction where there is one, else the detected role. */
  readonly value: string;
  /** The correction is saved but the analysis shown does not reflect it. */
  readonly pending: boolean;
  /** Why RAG Board read the column as it did, where the analysis says. */
  readonly why: string | null;
}

export function lastHeaderRow(t: FoundTable): number {
  return t.headerRows[t.headerRows.length - 1] ?? t.range.top;
}

export function sameColumn(a: Pick<ColumnRoleCorrection, 'sheet' | 'headerRow' | 'col'>, b: Pick<ColumnRoleCorrection, 'sheet' | 'headerRow' | 'col'>): boolean {
  return a.sheet === b.sheet && a.headerRow === b.headerRow && a.col === b.col;
}

function headerTextOf(sheet: SheetGrid | undefined, rows: ReadonlyArray<number>, col: number): string {
  if (!sheet) return '';
  return rows
    .map((r) => sheet.values[r]?.[col])
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * Every column of the table, left to right: those the engine used with their role, and, when
 * the grids are given, the others in the table's range with their header text, so that a
 * column the engine missed can be given a role.
 */
export function columnViews(
  table: FoundTable,
  corrections: ReadonlyArray<ColumnRoleCorrection>,
  grids?: WorkbookGrids | null,
  explained?: ReadonlyArray<HeaderExplained>,
): ColumnView[] {
  const reasons = explanationOf(table, explained)?.columns ?? [];
  const headerRow = lastHeaderRow(table);
  const sheet = grids?.sheets.find((s) => s.name === table.sheet);
  const byCol = new Map<number, { role: string; header: string }>();
  for (const c of table.columns) byCol.set(c.col, { role: c.role, header: c.header });
  // Months added up for a figure (the actual to date): each month's column gives it.
  for (const c of table.columns) for (const col of 'adds' in c && c.adds ? c.adds : []) if (!byCol.has(col)) byCol.set(col, { role: c.role, header: headerTextOf(sheet, table.headerRows, col) });
  // Impact scored per area: each area column gives the slot's consequence (its highest counts).
  const areas = table.kind === 'risk' ? table.consequenceAreas : undefined;
  for (const col of areas?.cols ?? []) byCol.set(col, { role: `${areas!.slot}Consequence`, header: headerTextOf(sheet, table.headerRows, col) });
  const cols = new Set<number>(byCol.keys());
  if (sheet) for (let c = table.range.left; c <= table.range.right; c++) if (headerTextOf(sheet, table.headerRows, c)) cols.add(c);
  return [...cols]
    .sort((a, b) => a - b)
    .map((col) => {
      const detected = byCol.get(col)?.role ?? null;
      const correction = corrections.find((k) => sameColumn(k, { sheet: table.sheet, headerRow, col }));
      const corrected = correction ? correction.role : undefined;
      const value = (corrected !== undefined ? corrected : detected) ?? NOT_USED;
      return {
        col,
        letter: columnLetter(col),
        header: byCol.get(col)?.header || headerTextOf(sheet, table.headerRows, col) || `(column ${columnLetter(col)})`,
        detected,
        corrected,
        value,
        pending: corrected !== undefined && corrected !== detected,
        why: reasons.find((r) => r.col === col)?.why ?? null,
      };
    });
}

/** The explanation of a found table: the header read at its rows. */
export function explanationOf(table: FoundTable, explained: ReadonlyArray<HeaderExplained> | undefined): HeaderExplained | undefined {
  const last = lastHeaderRow(table);
  return explained?.find((e) => e.outcome !== 'refused' && e.sheet === table.sheet && e.headerRows[e.headerRows.length - 1] === last);
}

/** The rows refused as headers, where naming their columns would read them as tables. */
export function refusedRows(explained: ReadonlyArray<HeaderExplained> | undefined): HeaderExplained[] {
  return (explained ?? []).filter((e) => e.outcome !== 'table');
}

/** Refused rows with the most columns read first (the likeliest tables), then in sheet order. */
export function orderedRefusals(rows: ReadonlyArray<HeaderExplained>): HeaderExplained[] {
  const read = (r: HeaderExplained) => r.columns.filter((c) => c.role).length;
  return rows.map((row, i) => ({ row, i })).sort((a, b) => read(b.row) - read(a.row) || a.i - b.i).map((x) => x.row);
}

/** A refused row's columns as the dropdowns show them: the user's roles, else what RAG Board read. */
export function refusedColumnViews(row: HeaderExplained, corrections: ReadonlyArray<ColumnRoleCorrection>): ColumnView[] {
  const headerRow = row.headerRows[row.headerRows.length - 1]!;
  const options = row.kind === 'budget' ? BUDGET_ROLE_OPTIONS : RISK_ROLE_OPTIONS;
  return row.columns.map((c) => {
    const suggested = suggestedRole(row.kind, c.role);
    const detected = suggested !== null && options.some((o) => o.value === suggested) ? suggested : null;
    const correction = corrections.find((k) => sameColumn(k, { sheet: row.sheet, headerRow, col: c.col }));
    const corrected = correction ? correction.role : undefined;
    return {
      col: c.col,
      letter: columnLetter(c.col),
      header: c.header || `(column ${columnLetter(c.col)})`,
      detected,
      corrected,
      value: (corrected !== undefined ? corrected : detected) ?? NOT_USED,
      pending: false,
      why: c.why,
    };
  });
}

/**
 * The corrections after the user names a column of a refused row: every column of the row as
 * its dropdown shows it, so that the row is read with all of them (a table the engine did not
 * find is read from the user's naming alone).
 */
export function withRowReading(corrections: ReadonlyArray<ColumnRoleCorrection>, row: HeaderExplained, col: number, value: string): ColumnRoleCorrection[] {
  const headerRow = row.headerRows[row.headerRows.length - 1]!;
  const rest = corrections.filter((k) => !(k.sheet === row.sheet && k.headerRow === headerRow));
  const named = refusedColumnViews(row, corrections)
    .map((v) => ({ sheet: row.sheet, headerRow, col: v.col, role: v.col === col ? value : v.value }))
    .filter((k) => k.role !== NOT_USED);
  return [...rest, ...named];
}

/**
 * The corrections after the user picks a role for a column: replaces any earlier correction
 * of that column. Picking what the engine found, for a column with no correction, adds none.
 * (The roles shown come from the analysis, which already reflects the corrections the engine
 * applied, so "detected" is not a safe reason to drop an existing correction.)
 */
export function withCorrection(
  corrections: ReadonlyArray<ColumnRoleCorrection>,
  table: FoundTable,
  col: number,
  value: string,
): ColumnRoleCorrection[] {
  const key = { sheet: table.sheet, headerRow: lastHeaderRow(table), col };
  const had = corrections.some((k) => sameColumn(k, key));
  const rest = corrections.filter((k) => !sameColumn(k, key));
  const detected = table.columns.find((c) => c.col === col)?.role ?? null;
  const role = value === NOT_USED ? null : value;
  if (!had && role === detected) return rest;
  return [...rest, { ...key, role }];
}

/** The corrections without those of one table ("Undo my corrections"). */
export function withoutTableCorrections(corrections: ReadonlyArray<ColumnRoleCorrection>, table: FoundTable): ColumnRoleCorrection[] {
  const headerRow = lastHeaderRow(table);
  return corrections.filter((k) => !(k.sheet === table.sheet && k.headerRow === headerRow));
}
