/**
 * The summaries printed as a board member would print them: LibreOffice turns each sample's
 * summaries (and only them) into a PDF, and `pdftotext -bbox` gives every word's box. Every page
 * is A4 landscape, words come out at 9 pt or more (the median word's box), the board's part is on
 * page 1, the header rows are printed again at the top of later pages, differences within
 * rounding are counted rather than listed, and no column is printed that every row leaves empty.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { applyPlan } from '../../src/workbook/xlsx/write/apply';
import { libreOfficeAvailable } from '../helpers/libreoffice';
import { isA4, isLandscape, pdfToolsAvailable, printSheets, readPrintedPages, type PrintedPage } from '../helpers/printed';

const SAMPLES = path.resolve(__dirname, '../../samples');
const available = libreOfficeAvailable() && pdfToolsAvailable();
if (!available) console.warn('LibreOffice or pdftotext is not installed: the print tests are skipped (apt-get install libreoffice-calc poppler-utils)');
const maybe = available ? describe : describe.skip;

const config = parseConfig({});
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-print-'));

function printed(file: string, sheet: string): PrintedPage[] {
  const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, file)));
  const grids = readXlsx(bytes);
  const plan = buildWritePlan(grids, analyseWorkbook(grids, config), config, { takenAt: '2018-12-01' });
  const pdf = printSheets(applyPlan(bytes, plan), [sheet], outDir, `${path.basename(file, '.xlsx')}-${sheet.replace(/\W/g, '')}`);
  return readPrintedPages(pdf);
}

const CASES = [
  ['liverpool-pccc-aug-2017.xlsx', 'Budget Summary'],
  ['liverpool-pccc-aug-2017.xlsx', 'Risk Summary'],
  ['staffordshire-month7-2018.xlsx', 'Budget Summary'],
  ['staffordshire-risk-register-2018.xlsx', 'Risk Summary'],
] as const;

maybe('printed with LibreOffice', () => {
  const pages = new Map<string, PrintedPage[]>();
  beforeAll(() => {
    for (const [file, sheet] of CASES) pages.set(`${file} ${sheet}`, printed(file, sheet));
    for (const [key, list] of pages) {
      console.log(`${key}: ${list.length} page(s), ${list.map((p, i) => `page ${i + 1} ${p.width.toFixed(0)}x${p.height.toFixed(0)} pt, median word ${p.medianWordHeight.toFixed(2)} pt`).join('; ')}`);
    }
  }, 300_000);

  test.each(CASES)('%s, %s: every page A4 landscape, words of 9 pt or more', (file, sheet) => {
    const list = pages.get(`${file} ${sheet}`)!;
    expect(list.length).toBeGreaterThan(0);
    for (const [i, page] of list.entries()) {
      expect([i + 1, isA4(page), isLandscape(page)]).toEqual([i + 1, true, true]);
      expect(page.words.length).toBeGreaterThan(0);
      expect([i + 1, page.medianWordHeight]).toEqual([i + 1, expect.any(Number)]);
      expect(page.medianWordHeight).toBeGreaterThanOrEqual(9);
    }
  });

  test("the Budget Summary's first page is the board's: totals, the largest variances, the exceptions; the detail follows under repeated headers", () => {
    for (const file of ['liverpool-pccc-aug-2017.xlsx', 'staffordshire-month7-2018.xlsx']) {
      const list = pages.get(`${file} Budget Summary`)!;
      const first = list[0]!.text;
      for (const words of ['Budget Summary', 'Totals', 'Largest adverse variances', 'Largest favourable variances', 'Other red and amber lines']) expect([file, first.includes(words)]).toEqual([file, true]);
      // The detail starts on a page of its own, each later page headed by the column names.
      expect(list.length).toBeGreaterThan(1);
      for (const page of list.slice(1)) expect([file, page.text.startsWith('Line') || page.text.includes('YTD budget YTD actual')]).toEqual([file, true]);
      // Differences within rounding are counted, not listed one by one.
      expect(list.some((p) => p.text.includes('rounding_only'))).toBe(false);
    }
    const staffs = pages.get('staffordshire-month7-2018.xlsx Budget Summary')!;
    expect(staffs.map((p) => p.text).join(' ')).toContain('110 differences within rounding, counted here');
  });

  test("the Risk Summary's first page is the board's: bands, heat maps, profile and the risks at or above the threshold; every risk after, under repeated headers", () => {
    for (const file of ['liverpool-pccc-aug-2017.xlsx', 'staffordshire-risk-register-2018.xlsx']) {
      const list = pages.get(`${file} Risk Summary`)!;
      const first = list[0]!.text;
      for (const words of ['Risk Summary', 'Heat map', 'Risk profile', 'Risks scoring 12 or more']) expect([file, first.includes(words)]).toEqual([file, true]);
      expect(first).not.toContain('Every risk');
      const rest = list.slice(1);
      expect(rest.length).toBeGreaterThan(0);
      expect(rest.some((p) => p.text.includes('Every risk'))).toBe(true);
      for (const page of rest) expect([file, /\bRef\b/.test(page.text) && /\bMovement\b/.test(page.text)]).toEqual([file, true]);
    }
    // Liverpool's register has no inherent or target scores, Staffordshire's no current or target
    // scores: those columns are not printed.
    const liverpool = pages.get('liverpool-pccc-aug-2017.xlsx Risk Summary')!.map((p) => p.text).join(' ');
    expect(liverpool).not.toMatch(/\b(Inherent|Target)\b/);
    const staffs = pages.get('staffordshire-risk-register-2018.xlsx Risk Summary')!.map((p) => p.text).join(' ');
    expect(staffs).not.toMatch(/\bTarget\b/);
  });
});
