/**
 * The plain browser page, end to end, in Debian's Chromium over the production build: open
 * the Liverpool sample, see its tables, raise the red threshold to 7%, Apply, download, and
 * read the downloaded workbook back. Also: axe-core finds no serious or critical problems
 * in any state of the pane, and screenshots are kept for a person to look at.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { cellValue } from '../../src/engine/grid';
import type { BudgetTable } from '../../src/engine/model';
import { listTable } from '../../src/engine/plan/budgetSummary';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { DIST, ROOT, ensureBuild } from './helpers/build';
import { chromiumAvailable, launchChromium } from './helpers/chromium';
import { seriousAxeProblems } from './helpers/axe';
import { serveStatic, type StaticServer } from './helpers/static-server';

const SAMPLE = path.join(ROOT, 'samples/liverpool-pccc-aug-2017.xlsx');
const OUT = path.join(ROOT, 'test-output');
const SHOTS = path.join(OUT, 'screenshots');
const DOWNLOADS = path.join(OUT, 'downloads');

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

describeIfChromium('browser page (Chromium, production build)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const offsite: string[] = [];
  const requested: string[] = [];
  const axeProblems: string[] = [];

  async function axe(state: string): Promise<void> {
    axeProblems.push(...(await seriousAxeProblems(page, state)));
  }

  async function shot(name: string): Promise<void> {
    await page.locator('main').screenshot({ path: path.join(SHOTS, `${name}-pane.png`) });
    await page.screenshot({ path: path.join(SHOTS, `${name}-page.png`), fullPage: true });
  }

  beforeAll(async () => {
    ensureBuild();
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.mkdirSync(DOWNLOADS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    // Nothing may leave the machine: every request must go to the page's own server.
    page.on('request', (r) => {
      const url = r.url();
      requested.push(url);
      if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) offsite.push(url);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the sample and shows its budget table and risk register', async () => {
    await page.goto(`${server.url}/browser.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'RAG Board' }).isVisible()).resolves.toBe(true);
    await axe('empty page');
    await page.setInputFiles('input[type=file]', SAMPLE);
    await page.getByRole('heading', { name: 'Primary Care Delegated Budget Position as at 30th June 2017' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: /LIVERPOOL CCG: Head of Primary Quality and Improvement/ }).waitFor();
    const pane = page.locator('main');
    await expect(pane.getByText('Found 2 budget tables and 1 risk register; 1 warning.', { exact: true }).isVisible()).resolves.toBe(true);
    // The heat map is an image with a text alternative, and its counts are a table for screen readers.
    await expect(pane.getByRole('img', { name: /Current risk heat map/ }).count()).resolves.toBe(1);
    await expect(pane.getByRole('table', { name: /open risks by consequence/ }).count()).resolves.toBe(1);
    await shot('1-after-load');
    await axe('overview');

    // The lines of a table are listed under a filter, changed by keyboard (issue 10): the
    // Finance table is short, so it starts on all its 9 lines.
    const finance = pane.getByRole('region', { name: 'Primary Care Delegated Budget Position as at 30th June 2017' });
    const all = finance.getByRole('radio', { name: 'All lines (9)' });
    await expect(all.isChecked()).resolves.toBe(true);
    await expect(finance.getByRole('list', { name: 'Forecast variance by line' }).getByRole('listitem').count()).resolves.toBe(9);
    await all.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(finance.getByRole('radio', { name: 'Red and amber (2)' }).isChecked()).resolves.toBe(true);
    await expect(finance.getByRole('status').textContent()).resolves.toBe('Showing all 2 red and amber lines.');
    const listed = finance.getByRole('list', { name: 'Forecast variance by line' }).getByRole('listitem');
    await expect(listed.count()).resolves.toBe(2);
    // Red first, its word beside its colour.
    await expect(listed.first().textContent()).resolves.toMatch(/^QOF.*Red/);
    await shot('1b-red-and-amber');
    await axe('overview, red and amber');
    await page.keyboard.press('ArrowRight');
    await expect(finance.getByRole('status').textContent()).resolves.toBe('No line has an error or warning.');
    await page.keyboard.press('ArrowRight');
    await expect(all.isChecked()).resolves.toBe(true);

    await page.getByRole('tab', { name: 'Tables' }).click();
    await page.getByRole('heading', { name: 'Budget table: Finance A3:G13' }).waitFor();
    await page.getByRole('heading', { name: 'Risk register: Risk Register A3:R24' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Role of column D, YTD Variance £' }).inputValue()).resolves.toBe('ytdVariance');
    // Each role says why it was read (the dropdown's description), and rows not read as tables say why not.
    await expect(page.getByRole('combobox', { name: 'Role of column D, YTD Variance £' }).getAttribute('aria-describedby')).resolves.toBeTruthy();
    await expect(pane.getByText('year to date + variance', { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: 'Rows not read as tables (3)' }).waitFor();
    await expect(pane.getByText(/^Why: it has score columns but no reference/).count()).resolves.toBe(2);
    await shot('2-tables');
    await axe('tables');
  });

  it('selects a check’s cell in the preview', async () => {
    await page.getByRole('tab', { name: /Checks/ }).click();
    const check = page.getByRole('button', { name: /Warning.*Risk Register!O6|Risk Register'!O6/ });
    await check.first().click();
    await page.getByRole('region', { name: 'Preview of sheet Risk Register' }).waitFor();
    await expect(page.locator('caption', { hasText: 'Risk Register, cell O6' }).count()).resolves.toBe(1);
    // Dates as 01/04/2017 (en-GB), not 2017-04-01.
    const preview = page.getByRole('region', { name: 'Preview of sheet Risk Register' });
    await expect(preview.getByRole('cell', { name: '01/04/2017' }).count()).resolves.toBeGreaterThan(0);
    await expect(preview.getByText(/^\d{4}-\d{2}-\d{2}$/).count()).resolves.toBe(0);
    await shot('3-checks');
    await axe('checks');
  });

  it('shows the second table on a sheet in the preview, a scroll away', async () => {
    await page.getByRole('combobox', { name: 'Sheet' }).selectOption('Finance');
    const preview = page.getByRole('region', { name: 'Preview of sheet Finance' });
    const second = preview.getByRole('cell', { name: 'Prescribing Expenditure' });
    await second.scrollIntoViewIfNeeded();
    await expect(second.isVisible()).resolves.toBe(true);
    const box = (await preview.boundingBox())!;
    const cell = (await second.boundingBox())!;
    expect(cell.y).toBeGreaterThanOrEqual(box.y);
    expect(cell.y + cell.height).toBeLessThanOrEqual(box.y + box.height + 1);
    await shot('3b-preview-second-table');
  });

  it('raises the red threshold to 7%, applies, and downloads a workbook that says so', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const red = page.getByLabel('Red from (overspend, % of budget)');
    await expect(red.inputValue()).resolves.toBe('5');
    // Nothing touched: nothing "not saved" (issue 10).
    await expect(page.getByText(/changes that are not saved/).count()).resolves.toBe(0);
    // The scheme box keeps within the pane at 1280 px.
    const paneBox = (await page.locator('main').boundingBox())!;
    const scheme = (await page.getByRole('combobox', { name: 'Risk grading scheme' }).boundingBox())!;
    expect(scheme.x + scheme.width).toBeLessThanOrEqual(paneBox.x + paneBox.width);
    await expect(page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth)).resolves.toBeLessThanOrEqual(0);
    // What the Budget Summary lists: the default, every line up to 200, with its number box.
    await expect(page.getByRole('radiogroup', { name: 'Lines listed for each table' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Every line up to a limit, exceptions above it' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Most lines listed in full' }).inputValue()).resolves.toBe('200');
    await page.locator('main').screenshot({ path: path.join(SHOTS, '3c-settings-1280.png') });
    await axe('settings');

    // A wrong value is refused with the engine's message under the box.
    await red.fill('0.5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/“Amber from” \(1%\) is above “Red from” \(0\.5%\)/).waitFor();
    await axe('settings with an error');

    await red.fill('7');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Apply…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Apply RAG Board to this workbook?' });
    await dialog.waitFor();
    await expect(dialog.getByText(/Add or replace the sheet “Budget Summary”/).isVisible()).resolves.toBe(true);
    await shot('4-confirm');
    await axe('apply confirmation');
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Applied', { exact: true }).waitFor({ timeout: 60_000 });
    await shot('5-after-apply');
    await axe('after apply');

    const download = page.getByRole('button', { name: /^Download/ });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('liverpool-pccc-aug-2017 (RAG Board).xlsx');
    const saved = path.join(DOWNLOADS, file.suggestedFilename());
    await file.saveAs(saved);

    const out = readXlsx(new Uint8Array(fs.readFileSync(saved)), { fileName: path.basename(saved) });
    const summary = out.sheets.find((s) => s.name === 'Budget Summary');
    expect(summary).toBeDefined();
    expect(out.generatedSheets?.get('Budget Summary')).toBe('budget-summary');
    expect(cellValue(summary!, 0, 0)).toBe('Budget Summary');
    expect(cellValue(summary!, 3, 0)).toMatch(/^Red from/);
    expect(cellValue(summary!, 3, 1)).toBeCloseTo(0.07, 10);

    // What the engine says of QOF at 7%, and what the downloaded summary says.
    const original = readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
    const at7 = analyseWorkbook(original, parseConfig({ budget: { redPct: 0.07 } }));
    const finance = at7.tables.find((t): t is BudgetTable => t.kind === 'budget' && t.sheet === 'Finance')!;
    const qof = finance.rows.find((r) => r.label === 'QOF')!;
    const expected = { R: 'Red', A: 'Amber', G: 'Green' }[qof.rag!.rag];
    expect(['Red', 'Amber']).toContain(expected);
    const qofRow = summary!.values.findIndex((row) => row?.[0] === 'QOF');
    expect(qofRow).toBeGreaterThan(0);
    // The RAG column, by its header (the summary leaves out columns no table fills).
    const ragCol = summary!.values.find((row) => row?.[0] === 'Line')!.indexOf('RAG');
    expect(ragCol).toBeGreaterThan(0);
    expect(cellValue(summary!, qofRow, ragCol)).toBe(expected);

    // The user's own cells are as they were.
    const before = original.sheets.find((s) => s.name === 'Finance')!;
    const after = out.sheets.find((s) => s.name === 'Finance')!;
    expect(after.values).toEqual(before.values);
  });

  it('removes what it added, after a confirmation', async () => {
    // Escape closes the confirmation and puts focus back on the button that opened it.
    await page.getByRole('button', { name: 'Remove…' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog', { name: 'Remove RAG Board from this workbook?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Remove…');

    await page.getByRole('button', { name: 'Remove…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Remove RAG Board from this workbook?' });
    await dialog.waitFor();
    await expect(dialog.getByText(/Delete the sheets RAG Board made: “Budget Summary”/).isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByText('Removed', { exact: true }).waitFor({ timeout: 60_000 });
    const sheets = await page.getByRole('combobox', { name: 'Sheet' }).locator('option').allTextContents();
    expect(sheets).not.toContain('Budget Summary');
  });

  it('lists only the exceptions on the Budget Summary when Settings says so', async () => {
    await page.getByRole('tab', { name: 'Settings' }).click();
    const limitChoice = page.getByRole('radio', { name: 'Every line up to a limit, exceptions above it' });
    const limit = page.getByRole('textbox', { name: 'Most lines listed in full' });
    // A limit that is not a whole number of lines is refused under its box, announced, and focused.
    await limit.fill('2.5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'Enter a whole number of lines from 1 to 1,048,576, for example 200.' });
    await problem.waitFor();
    await expect(limit.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(limit.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(limit.getAttribute('aria-describedby')).resolves.toContain((await problem.getAttribute('id'))!);
    await page.locator('main').screenshot({ path: path.join(SHOTS, '3d-settings-limit-refused.png') });
    await axe('settings, a limit refused');

    // By keyboard, as a screen reader user would: up from the limit to "Exceptions only"; the number box and its problem go.
    await limitChoice.focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'Exceptions only (totals, subtotals, red and amber lines, checks)' }).isChecked()).resolves.toBe(true);
    await expect(limit.count()).resolves.toBe(0);
    await expect(problem.count()).resolves.toBe(0);
    await expect(page.getByText(/changes that are not saved/).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved', { exact: true }).waitFor();
    await expect(page.getByText(/changes that are not saved/).count()).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Apply…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Apply RAG Board to this workbook?' });
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Applied', { exact: true }).waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download/ }).click()]);
    const saved = path.join(DOWNLOADS, 'exceptions only.xlsx');
    await file.saveAs(saved);

    // The engine's own choice of exceptions for the Finance table, at the saved settings (red from 7%, exceptions only).
    const original = readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
    const analysis = analyseWorkbook(original, parseConfig({ budget: { redPct: 0.07, summaryLines: 'exceptions' } }));
    const finance = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget' && t.title === 'Primary Care Delegated Budget Position as at 30th June 2017')!;
    const listing = listTable(finance, analysis.checks, 'exceptions');
    const listed = listing.rows.filter((r) => r.kind === 'line').map((r) => r.label);
    const leftOut = finance.rows.filter((r) => r.kind === 'line' && !listing.rows.includes(r)).map((r) => r.label);
    expect(listed).toContain('QOF');
    expect(leftOut.length).toBeGreaterThan(0);

    const summary = readXlsx(new Uint8Array(fs.readFileSync(saved))).sheets.find((s) => s.name === 'Budget Summary')!;
    const labels = summary.values.map((row) => row?.[0]);
    for (const label of listed) expect(labels).toContain(label);
    for (const label of leftOut) expect(labels).not.toContain(label);
    expect(labels).toContain(`Not listed here: ${leftOut.length} green lines. They are in the table at Finance!A3:G13, each coloured there by its RAG, and in the report. To list every line, choose "Every line" under Budget Summary in the pane's Settings, or set budget.summaryLines to "all" in the config.`);
  });

  it('fits a narrow window, as a task pane is', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('tab', { name: 'Overview' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('main').screenshot({ path: path.join(SHOTS, '6-narrow-pane.png') });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.locator('main').screenshot({ path: path.join(SHOTS, '7-narrow-settings.png') });
    await axe('narrow');
    // At 320 px, the narrowest task pane, with the Budget Summary's number box shown: nothing runs off the side.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('radio', { name: 'Every line up to a limit, exceptions above it' }).check();
    await page.getByRole('textbox', { name: 'Most lines listed in full' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
    await expect(page.locator('main').evaluate((m) => m.scrollWidth - m.clientWidth)).resolves.toBeLessThanOrEqual(0);
    await page.locator('main').screenshot({ path: path.join(SHOTS, '7b-settings-320.png') });
    await axe('settings at 320 px');
  });

  it('kept the page free of errors, off-site requests and serious accessibility problems', () => {
    // The engine and the .xlsx reader and writer ran in their workers, loaded on first use.
    expect(requested.some((u) => /\/rag-board-engine\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(requested.some((u) => /\/rag-board-xlsx\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(offsite).toEqual([]);
    expect(axeProblems).toEqual([]);
  });
});
