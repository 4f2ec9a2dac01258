/**
 * Test set-up for the Office.js adapter: an Excel double installed as the globals the
 * add-in page has (Excel, Office, OfficeExtension), and the adapter over it.
 */
import { createOfficeWorkbook, type OfficeWorkbookOptions } from '../../../src/workbook/office';
import type { WorkbookPort } from '../../../src/workbook/port';
import { ExcelDouble, type DoubleOptions, type SeedWorkbook } from './double';
import type { CellValue } from '../../../src/engine/grid';
import { gridFingerprint } from '../../../src/engine/plan/fingerprint';
import { GENERATED_SHEET_MARK, markConstant } from '../../../src/engine/plan/types';

export interface Setup {
  readonly excel: ExcelDouble;
  readonly port: WorkbookPort;
  readonly uninstall: () => void;
}

const installed: Array<() => void> = [];

/** A double seeded with `seed`, installed as the globals, and the adapter using those globals. */
export function setup(seed: SeedWorkbook, options: DoubleOptions & { adapter?: OfficeWorkbookOptions } = {}): Setup {
  const excel = new ExcelDouble(seed, options);
  const uninstall = excel.install();
  installed.push(uninstall);
  return { excel, port: createOfficeWorkbook(options.adapter), uninstall };
}

/** Undoes every setup's globals; call from afterEach. */
export function teardown(): void {
  while (installed.length) installed.pop()!();
}

/** What a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail, and it succeeded');
}

/**
 * The mark an earlier run left on a sheet holding `values` (from A1): its role, its name and the
 * fingerprint of those cells, as the adapters write it. A mark proves a sheet ours only with it.
 */
export function ourMark(role: string, sheetName: string, values: CellValue[][]): { name: string; formula: string; visible: boolean } {
  const fingerprint = gridFingerprint({ name: sheetName, visibility: 'visible', values });
  return { name: GENERATED_SHEET_MARK, formula: `=${markConstant(role, sheetName, fingerprint)}`, visible: false };
}
