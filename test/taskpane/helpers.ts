/** The bundled samples, read and analysed as the pane does. */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import type { WorkbookGrids } from '../../src/engine/grid';
import type { Analysis } from '../../src/engine/model';
import { readXlsx } from '../../src/workbook/xlsx/read';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLES = path.join(ROOT, 'samples');

export const LIVERPOOL = 'liverpool-pccc-aug-2017.xlsx';
export const MONTH7 = 'staffordshire-month7-2018.xlsx';
export const RISKS = 'staffordshire-risk-register-2018.xlsx';

const cache = new Map<string, WorkbookGrids>();

export function sampleBytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(SAMPLES, file)));
}

export function sampleGrids(file: string): WorkbookGrids {
  if (!cache.has(file)) cache.set(file, readXlsx(sampleBytes(file), { fileName: file }));
  return cache.get(file)!;
}

export function analyseSample(file: string, config: unknown = {}): Analysis {
  return analyseWorkbook(sampleGrids(file), parseConfig(config));
}
