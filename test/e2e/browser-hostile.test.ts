/**
 * Issue 11 in the browser page: it goes through the same reader and writer as the command
 * line (in its worker, with fflate), so the same refusals and the same care hold there. A zip
 * bomb is refused with the reader's message, before anything is inflated; a sheet of the
 * user's carrying a forged mark survives Apply and Remove.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { GENERATED_SHEET_MARK } from '../../src/engine/plan/types';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { UNPACK_LIMITS } from '../../src/workbook/xlsx/zip';
import { sampleBytes, withDeclaredSize, withDefinedName } from '../cli/helpers/hostile';
import { ROOT } from './helpers/build';
import { chromiumAvailable } from './helpers/chromium';
import type { StaticServer } from './helpers/static-server';
import { openBrowserPage, type PageSession } from './helpers/session';

const OUT = path.join(ROOT, 'test-output', 'hostile');
const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

describeIfChromium('browser page on hostile workbooks (Chromium, production build)', () => {
  let session: PageSession;
  let server: StaticServer;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, 'bomb.xlsx'), withDeclaredSize(sampleBytes(), 'xl/worksheets/sheet2.xml', UNPACK_LIMITS.part + 1));
    fs.writeFileSync(path.join(OUT, 'forged.xlsx'), withDefinedName(sampleBytes(), GENERATED_SHEET_MARK, 0, '"budget-summary|Finance"'));
    session = await openBrowserPage({ consoleErrors: false });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('refuses a zip bomb with the reader’s message, and keeps a forged-mark sheet of the user’s through Apply and Remove', async () => {
    await page.goto(`${server.url}/browser.html`);
    await page.setInputFiles('input[type=file]', path.join(OUT, 'bomb.xlsx'));
    await page.getByText(/would unpack to 512 MiB, more than the 512 MiB RAG Board reads in one part/).first().waitFor({ timeout: 60_000 });

    await page.setInputFiles('input[type=file]', path.join(OUT, 'forged.xlsx'));
    await page.getByRole('heading', { name: 'Primary Care Delegated Budget Position as at 30th June 2017' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Apply…' }).click();
    await page.getByRole('alertdialog', { name: 'Apply RAG Board to this workbook?' }).getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Applied', { exact: true }).waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download/ }).click()]);
    const saved = path.join(OUT, 'applied.xlsx');
    await file.saveAs(saved);
    const before = readXlsx(new Uint8Array(fs.readFileSync(path.join(OUT, 'forged.xlsx'))));
    const applied = readXlsx(new Uint8Array(fs.readFileSync(saved)));
    expect(applied.sheets.find((s) => s.name === 'Finance')).toEqual(before.sheets.find((s) => s.name === 'Finance'));
    expect(applied.generatedSheets?.get('Budget Summary')).toBe('budget-summary');

    await page.getByRole('button', { name: 'Remove…' }).click();
    await page.getByRole('alertdialog', { name: 'Remove RAG Board from this workbook?' }).getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('Removed', { exact: true }).waitFor({ timeout: 60_000 });
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download/ }).click()]);
    const removed = path.join(OUT, 'removed.xlsx');
    await again.saveAs(removed);
    const cleared = readXlsx(new Uint8Array(fs.readFileSync(removed)));
    expect(cleared.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(cleared.sheets.find((s) => s.name === 'Finance')).toEqual(before.sheets.find((s) => s.name === 'Finance'));
    expect(pageErrors).toEqual([]);
  });
});
