/**
 * From an analysis to the plan of what to write: the summary sheets, the snapshot that lets
 * the next run report movement, and RAG rules on the user's own tables.
 */
import { WorkbookGrids, a1 } from '../grid';
import { MAX_CELL_TEXT, wasCut } from './cells';
import { RagBoardConfig } from '../config';
import { Analysis, BudgetTable, RiskRegister } from '../model';
import { GeneratedSheet, PlannedRule, SheetBasis, SourceSheetRules, WritePlan, trimmedRow } from './types';
import { budgetSummarySheet } from './budgetSummary';
import { riskSummarySheet } from './riskSummary';
import { nextSnapshots, readSnapshots, snapshotOf, snapshotSheet } from './snapshot';
import { budgetSourceRules, ragColumnRules, riskSourceRules } from './sourceRules';
import { findRagColumns } from '../detect/ragColumns';
import { firstFew } from '../listed';

export interface PlanOptions {
  /** When this run happened (ISO date), recorded in the snapshot. The engine does not read clocks. */
  readonly takenAt?: string | null;
}

export const SNAPSHOT_SHEET_NAME = 'RAG Board data';

/**
 * A name for a generated sheet that no sheet of the user's has (Excel compares names without
 * case). Our own earlier sheet of that name is fine: it is ours to replace.
 */
export function freeSheetName(wanted: string, workbook: WorkbookGrids, taken: Set<string>): string {
  const ours = workbook.generatedSheets ?? new Map<string, string>();
  const users = new Set(workbook.sheets.filter((s) => !ours.has(s.name)).map((s) => s.name.toLowerCase()));
  const free = (n: string) => !users.has(n.toLowerCase()) && !taken.has(n.toLowerCase());
  let name = wanted.slice(0, 31);
  if (!free(name)) name = `${wanted.slice(0, 18)} (RAG Board)`;
  for (let i = 2; !free(name); i++) name = `${wanted.slice(0, 24)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

export function buildWritePlan(workbook: WorkbookGrids, analysis: Analysis, config: RagBoardConfig, options: PlanOptions = {}): WritePlan {
  const budgets = analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget');
  const registers = analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk');
  const taken = new Set<string>();
  const sheets: GeneratedSheet[] = [];
  if (budgets.length) {
    sheets.push(budgetSummarySheet({ name: freeSheetName(config.sheets.budgetSummary, workbook, taken), workbook, tables: budgets, checks: analysis.checks, settings: config.budget }));
  }
  if (registers.length) {
    const snapshots = nextSnapshots(readSnapshots(workbook), snapshotOf(registers, options.takenAt ?? null));
    sheets.push(
      riskSummarySheet({
        name: freeSheetName(config.sheets.riskSummary, workbook, taken),
        workbook,
        registers,
        scheme: registers[0]!.scheme,
        boardThreshold: config.risk.boardThreshold,
        previous: snapshots.baseline,
      }),
    );
    sheets.push(snapshotSheet(freeSheetName(SNAPSHOT_SHEET_NAME, workbook, taken), snapshots));
  }

  const bySheet = new Map<string, PlannedRule[]>();
  const add = (sheet: string, rules: PlannedRule[]) => {
    if (rules.length) bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), ...rules]);
  };
  for (const t of budgets) add(t.sheet, budgetSourceRules(workbook.sheets.find((s) => s.name === t.sheet)!, t, config.budget));
  for (const r of registers) add(r.sheet, riskSourceRules(r));
  for (const sheet of workbook.sheets) {
    if (workbook.generatedSheets?.has(sheet.name) || workbook.keptCopies?.has(sheet.name)) continue;
    for (const column of findRagColumns(sheet)) add(sheet.name, ragColumnRules(column));
  }
  const sourceRules: SourceSheetRules[] = [...bySheet].map(([sheet, rules]) => ({ sheet, rules: rules.map((rule, i) => ({ ...rule, order: i + 1 })) }));
  const basis = basisOf(workbook, [...budgets, ...registers], [...bySheet.keys()]);
  const notes = cutTextNotes(sheets);
  return notes.length ? { sheets, sourceRules, basis, notes } : { sheets, sourceRules, basis };
}

/** What the plan rests on: for each sheet with a table or a rule, its extent and its tables' header rows as read. */
function basisOf(workbook: WorkbookGrids, tables: ReadonlyArray<BudgetTable | RiskRegister>, ruleSheets: ReadonlyArray<string>): SheetBasis[] {
  const names = [...new Set([...tables.map((t) => t.sheet), ...ruleSheets])];
  return names.flatMap((name) => {
    const sheet = workbook.sheets.find((s) => s.name === name);
    if (!sheet) return [];
    // To the last row and column holding anything, as Excel's used range (values only) reaches.
    let rows = 0;
    let columns = 0;
    sheet.values.forEach((row, r) => {
      if (!row) return;
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        if (v !== null && v !== undefined) {
          rows = r + 1;
          if (c + 1 > columns) columns = c + 1;
          break;
        }
      }
    });
    const headerRows = [...new Set(tables.filter((t) => t.sheet === name).flatMap((t) => t.headerRows))].sort((a, b) => a - b);
    return [{ sheet: name, rows, columns, headers: headerRows.map((row) => ({ row, values: trimmedRow(sheet.values[row]) })) }];
  });
}

/** A note for each generated sheet where text longer than a cell holds was cut to fit. */
function cutTextNotes(sheets: ReadonlyArray<GeneratedSheet>): string[] {
  const notes: string[] = [];
  for (const sheet of sheets) {
    const cut: string[] = [];
    sheet.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        const t = cell?.kind === 'text' ? cell.text : cell?.kind === 'formula' && typeof cell.cached === 'string' ? cell.cached : undefined;
        if (t !== undefined && wasCut(t)) cut.push(a1(r, c));
      }),
    );
    if (cut.length) {
      const where = firstFew(cut, 3);
      notes.push(`"${sheet.name}" ${where}: text longer than the ${MAX_CELL_TEXT.toLocaleString('en-GB')} characters a cell holds was cut to ${MAX_CELL_TEXT.toLocaleString('en-GB')} characters, ending "…".`);
    }
  }
  return notes;
}
