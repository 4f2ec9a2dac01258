/**
 * A table RAG Board does not read by itself, named by the user in the Tables tab (issue 8, "Let
 * the user correct detection, and explain it, everywhere"): the Rushcliffe CCG assurance
 * framework headed in words RAG Board does not know. The tab says why the row was not read;
 * naming its reference column reads the register, in Debian's Chromium over the production build.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { rushcliffeWithOwnHeaders } from '../corpus/variants';
import { ROOT } from './helpers/build';
import { chromiumAvailable } from './helpers/chromium';
import type { StaticServer } from './helpers/static-server';
import { openBrowserPage, type PageSession } from './helpers/session';
import { seriousAxeProblems } from './helpers/axe';

const OUT = path.join(ROOT, 'test-output', 'refused');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

describeIfChromium('naming the columns of a row not read as a table (Chromium, production build)', () => {
  let session: PageSession;
  let server: StaticServer;
  let page: Page;
  let pageErrors: string[] = [];
  const file = path.join(OUT, 'assurance-framework.xlsx');

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const fixture = rushcliffeWithOwnHeaders();
    const ws = wb.addWorksheet(fixture.sheets[0]!.name);
    for (const row of fixture.sheets[0]!.rows) ws.addRow(row.map((v) => (v === null || typeof v === 'string' || typeof v === 'number' ? v : null)));
    await wb.xlsx.writeFile(file);
    session = await openBrowserPage({ consoleErrors: false });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says why the row was not read, and reads the register once its reference column is named', async () => {
    await page.goto(`${server.url}/browser.html`);
    await page.setInputFiles('input[type=file]', file);
    const pane = page.locator('main');
    await pane.getByRole('tab', { name: 'Tables' }).waitFor({ timeout: 60_000 });
    await pane.getByRole('tab', { name: 'Tables' }).click();
    await pane.getByRole('heading', { name: 'Rows not read as tables (1)' }).waitFor();
    await expect(pane.getByText(/^Why: it has score columns but no reference, risk title or description column/).isVisible()).resolves.toBe(true);
    // What was read is offered as the starting point: L and I as the current likelihood and consequence.
    await expect(pane.getByRole('combobox', { name: 'Role of column H, L' }).inputValue()).resolves.toBe('currentLikelihood');
    await pane.getByRole('combobox', { name: 'Role of column A, GB code' }).selectOption('ref');
    await pane.getByRole('heading', { name: /^Risk register: Assurance Framework/ }).waitFor({ timeout: 60_000 });
    await expect(pane.getByRole('heading', { name: /Rows not read as tables/ }).count()).resolves.toBe(0);
    await expect(pane.getByRole('combobox', { name: 'Role of column A, GB code' }).inputValue()).resolves.toBe('ref');
    await pane.screenshot({ path: path.join(SHOTS, '9-named-register-pane.png') });
    expect(await seriousAxeProblems(page, 'tables after naming')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
