/**
 * Test set-up for the Office.js adapter: an Excel double installed as the globals the
 * add-in page has (Excel, Office, OfficeExtension), and the adapter over it.
 */
import { createOfficeWorkbook, type OfficeWorkbookOptions } from '../../../src/workbook/office';
import type { WorkbookPort } from '../../../src/workbook/port';
import { ExcelDouble, type DoubleOptions, type SeedWorkbook } from './double';

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
