/**
 * The user's corrections of column roles ("that column is the forecast, not the annual
 * budget"), applied to a header the engine found, before the table is read. A correction
 * names the sheet, the table's last header row and the column; a role of null leaves the
 * column out. Corrections that fit no table, or give a budget role to a register's column, are
 * reported as notes and otherwise ignored.
 */
import { SheetGrid } from '../grid';
import { BUDGET_COLUMN_ROLES, BudgetRole, ColumnAssignment, RISK_COLUMN_ROLES, RiskRole, RiskSlot } from '../model';
import { BudgetHeader } from './budgetHeader';
import { RiskHeader } from './riskHeader';
import { cellText } from './headerCells';

export interface ColumnRoleOverride {
  readonly sheet: string;
  /** 0-based: the table's last header row. */
  readonly headerRow: number;
  /** 0-based. */
  readonly col: number;
  readonly role: string | null;
}

const BUDGET_ROLES = new Set<string>(BUDGET_COLUMN_ROLES);
const RISK_ROLES = new Set<string>(RISK_COLUMN_ROLES);

function forHeader(overrides: ReadonlyArray<ColumnRoleOverride>, sheet: SheetGrid, headerRows: ReadonlyArray<number>): ColumnRoleOverride[] {
  const last = headerRows[headerRows.length - 1];
  return overrides.filter((o) => o.sheet === sheet.name && o.headerRow === last);
}

function reassign<R extends string>(columns: ReadonlyArray<ColumnAssignment<R>>, o: ColumnRoleOverride, sheet: SheetGrid): ColumnAssignment<R>[] {
  const kept = columns.filter((c) => c.col !== o.col && c.role !== o.role);
  if (o.role === null) return kept;
  const header = cellText(sheet, o.headerRow, o.col);
  return [...kept, { role: o.role as R, col: o.col, header }].sort((a, b) => a.col - b.col);
}

export function overrideBudgetHeader(sheet: SheetGrid, header: BudgetHeader, overrides: ReadonlyArray<ColumnRoleOverride>, notes: string[]): BudgetHeader {
  const mine = forHeader(overrides, sheet, header.headerRows);
  if (mine.length === 0) return header;
  let columns = header.columns;
  let codeCol = header.codeCol;
  for (const o of mine) {
    if (o.role !== null && !BUDGET_ROLES.has(o.role)) {
      notes.push(`The correction of column ${o.col + 1} on "${sheet.name}" to "${o.role}" is not a budget column role; it was ignored.`);
      continue;
    }
    if (o.role === 'code') {
      codeCol = o.col;
      columns = columns.filter((c) => c.col !== o.col);
      continue;
    }
    if (codeCol === o.col) codeCol = null;
    columns = reassign(columns, o, sheet);
  }
  const label = columns.find((c) => c.role === 'label');
  return { ...header, columns, codeCol, codesInLabels: codeCol === null && header.codesInLabels, labelCol: label?.col ?? header.labelCol };
}

/**
 * A header the user named in the config where RAG Board found none: the columns as the user
 * gave them. A budget table needs its label column or a column of figures; a register, a
 * likelihood, consequence, score or grade column.
 */
export function headerFromOverrides(sheet: SheetGrid, headerRow: number, overrides: ReadonlyArray<ColumnRoleOverride>): BudgetHeader | RiskHeader | null {
  const mine = overrides.filter((o) => o.sheet === sheet.name && o.headerRow === headerRow && o.role !== null);
  if (mine.length === 0) return null;
  const header = (o: ColumnRoleOverride) => cellText(sheet, headerRow, o.col);
  if (mine.every((o) => BUDGET_ROLES.has(o.role!))) {
    const codeCol = mine.find((o) => o.role === 'code')?.col ?? null;
    const named = mine.filter((o) => o.role !== 'code');
    const labelCol = named.find((o) => o.role === 'label')?.col ?? 0;
    const columns: ColumnAssignment<BudgetRole>[] = [
      { role: 'label', col: labelCol, header: cellText(sheet, headerRow, labelCol) },
      ...named.filter((o) => o.role !== 'label').map((o) => ({ role: o.role as BudgetRole, col: o.col, header: header(o) })),
    ];
    if (columns.length < 2) return null;
    const readings = columns.filter((c) => c.role !== 'label').map((c) => ({ col: c.col, text: c.header, measure: null, block: null, role: c.role, why: 'named in the config' }));
    return { kind: 'budget', headerRows: [headerRow], labelCol, codeCol, codesInLabels: false, columns, readings };
  }
  if (mine.every((o) => RISK_ROLES.has(o.role!))) {
    const columns = mine.map((o) => ({ role: o.role as RiskRole, col: o.col, header: header(o) }));
    const order: RiskSlot[] = ['inherent', 'current', 'residual', 'target'];
    const slots = order.filter((s) => columns.some((c) => c.role.startsWith(s)));
    return slots.length ? { kind: 'risk', headerRows: [headerRow], columns, slots } : null;
  }
  return null;
}

export function overrideRiskHeader(sheet: SheetGrid, header: RiskHeader, overrides: ReadonlyArray<ColumnRoleOverride>, notes: string[]): RiskHeader {
  const mine = forHeader(overrides, sheet, header.headerRows);
  if (mine.length === 0) return header;
  let columns: ColumnAssignment<RiskRole>[] = [...header.columns];
  for (const o of mine) {
    if (o.role !== null && !RISK_ROLES.has(o.role)) {
      notes.push(`The correction of column ${o.col + 1} on "${sheet.name}" to "${o.role}" is not a risk register column role; it was ignored.`);
      continue;
    }
    columns = reassign(columns, o, sheet);
  }
  // Impact scored per area: a corrected area column leaves the areas; a consequence column the
  // user names replaces them.
  const { consequenceAreas: found, ...rest } = header;
  const kept = found?.cols.filter((c) => !mine.some((o) => o.col === c)) ?? [];
  const areas = found && kept.length > 0 && !columns.some((c) => c.role === `${found.slot}Consequence`) ? { slot: found.slot, cols: kept } : undefined;
  const order: RiskSlot[] = ['inherent', 'current', 'residual', 'target'];
  const slots = order.filter((s) => areas?.slot === s || columns.some((c) => new RegExp(`^${s}(Likelihood|Consequence|Score)$`).test(c.role)));
  // The reasons RAG Board gave stand only for the columns the user did not correct.
  const why = header.why ? new Map([...header.why].filter(([col]) => !mine.some((o) => o.col === col))) : undefined;
  // Three-level ratings and marked scales the user names otherwise give way to the correction.
  const threeLevelColumns = rest.threeLevelColumns?.filter((c) => !mine.some((o) => o.col === c.col));
  const markedScales = rest.markedScales?.filter((m) => !mine.some((o) => m.cols.includes(o.col)));
  // Scores per area the user names otherwise, or a score column named for their slot: the areas give way.
  const scoreAreaCols = rest.scoreAreas?.cols.filter((c) => !mine.some((o) => o.col === c)) ?? [];
  const scoreAreas = rest.scoreAreas && scoreAreaCols.length > 0 && !columns.some((c) => c.role === `${rest.scoreAreas!.slot}Score`) ? { slot: rest.scoreAreas.slot, cols: scoreAreaCols } : undefined;
  return { ...rest, columns, slots, why, ...(areas ? { consequenceAreas: areas } : {}), threeLevelColumns, markedScales, scoreAreas };
}

/** Corrections that matched no table found, for a note. */
export function unusedOverrides(overrides: ReadonlyArray<ColumnRoleOverride>, used: ReadonlySet<ColumnRoleOverride>): ColumnRoleOverride[] {
  return overrides.filter((o) => !used.has(o));
}

export type { BudgetRole };
