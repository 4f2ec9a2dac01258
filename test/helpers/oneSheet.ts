/**
 * The engine run on a workbook of one sheet, with the default config: what a test built from a
 * real document's shape (a few of its rows) asks of it.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import type { CellValue } from '../../src/engine/grid';
import type { Analysis, BudgetTable, RiskRegister } from '../../src/engine/model';

export type SheetRows = ReadonlyArray<ReadonlyArray<CellValue>>;

export function analyseOneSheet(name: string, values: SheetRows): Analysis {
  return analyseWorkbook({ sheets: [{ name, visibility: 'visible', values }] }, parseConfig({}));
}

/** The budget tables read on the sheet, top first. */
export function budgetTablesOf(name: string, values: SheetRows): BudgetTable[] {
  return analyseOneSheet(name, values).tables.filter((t): t is BudgetTable => t.kind === 'budget');
}

/** The risk registers read on the sheet, top first. */
export function riskRegistersOf(name: string, values: SheetRows): RiskRegister[] {
  return analyseOneSheet(name, values).tables.filter((t): t is RiskRegister => t.kind === 'risk');
}
