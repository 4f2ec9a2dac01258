/**
 * An outside opinion on the output: LibreOffice opens what applyPlan wrote and saves it
 * again as .xlsx, which our reader then reads. Skipped where LibreOffice is not installed.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cellValue } from '../../../../src/engine/grid';
import { readXlsx } from '../../../../src/workbook/xlsx/read';
import { applyPlan } from '../../../../src/workbook/xlsx/write/apply';
import { buildRichWorkbook } from './rich-workbook';
import { BUDGET_SUMMARY, DANGEROUS, RISK_SUMMARY, samplePlan } from './sample-plan';

// LibreOffice opens and saves the workbook: 4 s or more. Slow tests get their own timeout rather than jest's 5 s default.
jest.setTimeout(60_000);

function findSoffice(): string | undefined {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const soffice = findSoffice();
const itWithLibreOffice = soffice ? it : it.skip;

describe('LibreOffice', () => {
  itWithLibreOffice(
    'opens the written workbook and saves it again with our sheets and values',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-lo-'));
      try {
        const input = path.join(dir, 'in', 'rich.xlsx');
        const outDir = path.join(dir, 'out');
        fs.mkdirSync(path.dirname(input));
        fs.mkdirSync(outDir);
        fs.writeFileSync(input, applyPlan(await buildRichWorkbook(), samplePlan()));
        execFileSync(soffice!, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, input], {
          timeout: 120_000,
          stdio: 'pipe',
        });
        const converted = path.join(outDir, 'rich.xlsx');
        expect(fs.existsSync(converted)).toBe(true);
        const grids = readXlsx(new Uint8Array(fs.readFileSync(converted)));
        const names = grids.sheets.map((s) => s.name);
        expect(names).toEqual(expect.arrayContaining(['Budget', 'Register', 'Notes', BUDGET_SUMMARY, RISK_SUMMARY]));
        const summary = grids.sheets.find((s) => s.name === BUDGET_SUMMARY)!;
        expect(cellValue(summary, 0, 0)).toBe('Budget summary, month 10');
        expect(cellValue(summary, 3, 1)).toBe(800);
        expect(summary.values[5]).toEqual([...DANGEROUS]);
        const budget = grids.sheets.find((s) => s.name === 'Budget')!;
        expect(cellValue(budget, 3, 1)).toBe(10382337);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
