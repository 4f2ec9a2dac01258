/**
 * The browser page on a big budget and on a file it cannot read (issue 10), in Debian's
 * Chromium over the production build:
 * - a 20,000-line budget: the Overview lists exceptions and sections, not one element per
 *   line; its filter works by keyboard; "Show more" adds a page; Apply and Download make a
 *   workbook that reads back. Counts, never timings: npm run bench:browser measures the
 *   100,000-line workbook.
 * - a file that is not a workbook: the pane offers "Open another workbook" in place of
 *   Apply, Remove and Analyse again.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { generateBudgetWorkbook } from '../../bench/generate-budget';
import { ROOT } from './helpers/build';
import { chromiumAvailable } from './helpers/chromium';
import { seriousAxeProblems } from './helpers/axe';
import type { StaticServer } from './helpers/static-server';
import { openBrowserPage, type PageSession } from './helpers/session';

const OUT = path.join(ROOT, 'test-output', 'large');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const LINES = 20_000;

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

describeIfChromium('browser page on a big budget and an unreadable file (Chromium, production build)', () => {
  let session: PageSession;
  let server: StaticServer;
  let page: Page;
  let pageErrors: string[] = [];
  const axeProblems: string[] = [];
  const big = path.join(OUT, `budget-${LINES}.xlsx`);

  async function axe(state: string): Promise<void> {
    axeProblems.push(...(await seriousAxeProblems(page, state)));
  }

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(big, generateBudgetWorkbook({ lines: LINES, seed: 20181105 }).bytes);
    fs.writeFileSync(path.join(OUT, 'not-a-workbook.xlsx'), 'These are the minutes of the March board meeting, saved with the wrong name.\n'.repeat(40));
    session = await openBrowserPage({ consoleErrors: true });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('after a file it cannot read, offers "Open another workbook" rather than actions that repeat the error', async () => {
    await page.goto(`${server.url}/browser.html`);
    await page.setInputFiles('input[type=file]', path.join(OUT, 'not-a-workbook.xlsx'));
    const pane = page.locator('main');
    const open = pane.getByRole('button', { name: 'Open another workbook…' });
    await open.waitFor({ timeout: 60_000 });
    await expect(pane.getByText('The workbook could not be read', { exact: true }).isVisible()).resolves.toBe(true);
    for (const name of ['Apply…', 'Remove…', 'Analyse again']) await expect(pane.getByRole('button', { name }).count()).resolves.toBe(0);
    await expect(pane.getByText(/Choose Analyse again/).count()).resolves.toBe(0);
    await page.locator('main').screenshot({ path: path.join(SHOTS, '10-unreadable-pane.png') });
    await axe('unreadable file');
    // It opens the file chooser, by keyboard too (once the failed read has finished). The waiter
    // comes first: it turns on playwright's interception of the chooser, which takes a moment.
    const choosing = page.waitForEvent('filechooser');
    await pane.locator('button:not([aria-disabled="true"])', { hasText: 'Open another workbook…' }).waitFor();
    await open.focus();
    await page.keyboard.press('Enter');
    const chooser = await choosing;
    // Choosing a good file from there brings the actions back.
    await chooser.setFiles(big);
    await pane.getByRole('heading', { name: 'Primary Medical Services - Delegated Budgets 2018/19' }).waitFor({ timeout: 180_000 });
    await expect(pane.getByRole('button', { name: 'Apply…' }).count()).resolves.toBe(1);
  });

  it(`lists the exceptions and sections of ${LINES.toLocaleString('en-GB')} lines, not one element per line, filtered by keyboard`, async () => {
    const pane = page.locator('main');
    await page.locator('[role=progressbar]').waitFor({ state: 'detached', timeout: 180_000 });
    const table = pane.getByRole('region', { name: 'Primary Medical Services - Delegated Budgets 2018/19' });
    await expect(table.getByText(/; 20,000 lines/).count()).resolves.toBeGreaterThan(0);
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(elements).toBeLessThan(3_000);

    // A long table starts on red and amber, fifty at a time, with its sections in a table.
    const exceptions = table.getByRole('radio', { name: /^Red and amber \([\d,]+\)$/ });
    await expect(exceptions.isChecked()).resolves.toBe(true);
    const label = await table.locator('label', { hasText: /^Red and amber/ }).textContent();
    const total = Number(/\(([\d,]+)\)$/.exec(label ?? '')![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(50);
    const list = table.getByRole('list', { name: 'Forecast variance by line' }).getByRole('listitem');
    await expect(list.count()).resolves.toBe(50);
    await expect(table.getByRole('status').textContent()).resolves.toBe(`Showing 50 of ${total.toLocaleString('en-GB')} red and amber lines.`);
    await expect(table.getByRole('table', { name: /^Sections \([\d,]+ sections/ }).count()).resolves.toBe(1);
    await table.getByRole('button', { name: /^Show 50 more \(/ }).click();
    await expect(list.count()).resolves.toBe(100);
    await page.locator('main').screenshot({ path: path.join(SHOTS, '11-large-overview.png') });
    // The top of it as a person first sees it, in the window.
    await table.getByRole('heading', { level: 3 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, '11b-large-overview-window.png') });
    await table.getByRole('radio', { name: /^Red and amber/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, '11c-large-overview-lines.png') });
    await axe('large overview');

    // By keyboard: the checked radio, then the arrow keys.
    await exceptions.focus();
    await page.keyboard.press('ArrowRight');
    await expect(table.getByRole('radio', { name: /^Lines with checks/ }).isChecked()).resolves.toBe(true);
    await expect(table.getByRole('status').textContent()).resolves.toMatch(/^Showing (50 of [\d,]+|all [\d,]+) lines with checks\.$/);
    await expect(list.first().textContent()).resolves.toMatch(/(Error|Warning) [A-Z]+\d+: /);
    await page.keyboard.press('ArrowRight');
    await expect(table.getByRole('status').textContent()).resolves.toBe('Showing 50 of 20,000 lines.');
    await expect(list.count()).resolves.toBe(50);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3_000);
  });

  it('applies and downloads a workbook that reads back with its summary', async () => {
    await page.getByRole('button', { name: 'Apply…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Apply RAG Board to this workbook?' });
    await dialog.waitFor({ timeout: 180_000 });
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Applied', { exact: true }).waitFor({ timeout: 300_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download/ }).click()]);
    const saved = path.join(OUT, file.suggestedFilename());
    await file.saveAs(saved);
    const out = readXlsx(new Uint8Array(fs.readFileSync(saved)));
    expect(out.generatedSheets?.get('Budget Summary')).toBe('budget-summary');
    const before = readXlsx(new Uint8Array(fs.readFileSync(big)));
    expect(out.sheets.find((s) => s.name === 'Delegated')!.values).toEqual(before.sheets.find((s) => s.name === 'Delegated')!.values);
  });

  it('kept the page free of errors and serious accessibility problems', () => {
    expect(pageErrors).toEqual([]);
    expect(axeProblems).toEqual([]);
  });
});
