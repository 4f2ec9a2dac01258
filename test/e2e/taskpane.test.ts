/**
 * The Excel task pane page (taskpane.html, production build) in Chromium, without Excel:
 * office.js is answered by a stand-in whose Excel.run fails, and the pane must start, show
 * the Office.js adapter's message for the failure in its message bar, and pass axe-core. (The pane's work itself is tested through the browser page, which uses the same
 * pane; the Office.js adapter has its own tests.)
 */
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { DIST, ROOT, ensureBuild } from './helpers/build';
import { chromiumAvailable, launchChromium } from './helpers/chromium';
import { serveStatic, type StaticServer } from './helpers/static-server';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SHOTS = path.join(ROOT, 'test-output/screenshots');

/** Just enough of Office for the pane to start: Excel, whose Excel.run fails. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: 'Excel' },
  onReady: function (cb) {
    var info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(function () { if (cb) cb(info); });
    return Promise.resolve(info);
  },
  context: {
    requirements: { isSetSupported: function () { return true; } },
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: 'succeeded' }); } } }
  }
};
window.Excel = { run: function () { return Promise.reject(new Error('There is no Excel here')); } };
`;

const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

describeIfChromium('task pane page (Chromium, production build, Office stand-in)', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuild();
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads office.js by its script tag, starts, and shows why it cannot read the workbook', async () => {
    // AxeBuilder needs a page from an explicit context.
    const context = await browser.newContext({ viewport: { width: 350, height: 700 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requested: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requested.push(r.url()));
    await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }));

    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { level: 1, name: 'RAG Board' }).waitFor();
    const bar = page.locator('.fui-MessageBar');
    await bar.waitFor({ timeout: 30_000 });
    await expect(bar.innerText()).resolves.toMatch(/read the workbook: There is no Excel here/);
    await expect(page.getByText('Not analysed yet. Choose Analyse again to read the workbook.').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SHOTS, '8-taskpane-no-excel.png'), fullPage: true });

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) : v.nodes }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
    expect(serious).toEqual([]);

    expect(errors).toEqual([]);
    // office.js is the page's only request off its own server.
    expect(requested.filter((u) => !u.startsWith(server.url))).toEqual([OFFICE_JS]);
    await context.close();
  });

  it('says so when office.js cannot be loaded', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 700 } });
    await page.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText(/could not load Office’s script from Microsoft/).waitFor();
    await page.close();
  });

  it('ships a commands page for the ribbon that loads office.js too', () => {
    const html = fs.readFileSync(path.join(DIST, 'commands.html'), 'utf8');
    expect(html).toContain(OFFICE_JS);
    expect(fs.readFileSync(path.join(DIST, 'browser.html'), 'utf8')).not.toContain('appsforoffice');
  });
});
