/**
 * Round trips to Excel, counted: the Office.js adapter reading and writing the bench workbooks
 * through the test double of the Excel API (test/workbook/office/double), which counts syncs
 * and bytes per request and response against Excel on the web's 5 MB limits. Counts, not
 * timings: they do not depend on the machine.
 */
import type { WorkbookGrids } from '../src/engine/grid';
import { analyseWorkbook } from '../src/engine/analyse';
import { buildWritePlan } from '../src/engine/plan/buildPlan';
import { DEFAULT_CONFIG } from '../src/engine/config';
import { ExcelDouble } from '../test/workbook/office/double';
import { createOfficeWorkbook } from '../src/workbook/office';

export interface SyncCounts {
  readonly rows: number;
  readonly read: { syncs: number; maxRequestBytes: number; maxResponseBytes: number };
  readonly apply: { syncs: number; maxRequestBytes: number; maxResponseBytes: number };
}

export async function officeSyncCounts(grids: WorkbookGrids): Promise<SyncCounts> {
  const excel = new ExcelDouble({
    date1904: grids.date1904,
    sheets: grids.sheets.map((s) => ({ name: s.name, visibility: s.visibility, values: s.values, numberFormats: s.numberFormats, formulas: s.formulas, hiddenRows: s.hiddenRows, hiddenColumns: s.hiddenColumns, merges: s.merges })),
  });
  const uninstall = excel.install();
  try {
    const port = createOfficeWorkbook();
    excel.resetStats();
    const read = await port.read();
    const readStats = { syncs: excel.stats.syncs, maxRequestBytes: excel.stats.maxRequestBytes, maxResponseBytes: excel.stats.maxResponseBytes };
    const plan = buildWritePlan(read, analyseWorkbook(read, DEFAULT_CONFIG), DEFAULT_CONFIG);
    excel.resetStats();
    await port.apply(plan);
    const applyStats = { syncs: excel.stats.syncs, maxRequestBytes: excel.stats.maxRequestBytes, maxResponseBytes: excel.stats.maxResponseBytes };
    return { rows: grids.sheets.reduce((n, s) => n + s.values.length, 0), read: readStats, apply: applyStats };
  } finally {
    uninstall();
  }
}
