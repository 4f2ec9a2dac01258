/**
 * Registers of other shapes in the browser page, as a governance manager opens them: a board
 * assurance framework laid out as cards, one risk to a block (Norfolk and Suffolk NHS FT), and a
 * register graded by its own 3x3 key (Colwall Orchard Group), both from the corpus of real
 * layouts, in Debian's Chromium over the production build.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { loadFixture } from '../corpus/corpus';
import { writeFixtureXlsx } from '../corpus/xlsx';
import { ROOT } from './helpers/build';
import { chromiumAvailable } from './helpers/chromium';
import type { StaticServer } from './helpers/static-server';
import { openBrowserPage, type PageSession } from './helpers/session';
import { seriousAxeProblems } from './helpers/axe';

const OUT = path.join(ROOT, 'test-output', 'layouts');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const FIXTURES = path.join(ROOT, 'test', 'corpus', 'fixtures');
const describeIfChromium = chromiumAvailable() ? describe : describe.skip;

describeIfChromium('registers laid out as cards and graded by a 3x3 key (Chromium, production build)', () => {
  let session: PageSession;
  let server: StaticServer;
  let page: Page;
  let pageErrors: string[] = [];
  const cards = path.join(OUT, 'board-assurance-framework.xlsx');
  const threeByThree = path.join(OUT, 'risk-assessment.xlsx');

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    await writeFixtureXlsx(loadFixture(path.join(FIXTURES, 'norfolk-suffolk-nhsft-board-assurance-framework-2023-09.json')), cards);
    await writeFixtureXlsx(loadFixture(path.join(FIXTURES, 'colwall-orchard-group-organisational-risk-assessment-2012.json')), threeByThree);
    session = await openBrowserPage({ consoleErrors: false });
    ({ server, page, pageErrors } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reads a risk laid out as a card, and says on the Tables tab why it has no columns to name', async () => {
    await page.goto(`${server.url}/browser.html`);
    await page.setInputFiles('input[type=file]', cards);
    const pane = page.locator('main');
    await pane.getByText(/Found 1 risk register/).first().waitFor({ timeout: 60_000 });
    await pane.getByRole('tab', { name: 'Tables' }).click();
    await pane.getByText(/Laid out as cards, one risk to a block with no header row/).waitFor();
    await expect(pane.getByRole('combobox', { name: /^Role of column/ }).count()).resolves.toBe(0);
    await pane.screenshot({ path: path.join(SHOTS, '10-cards-tables.png') });
    expect(await seriousAxeProblems(page, 'cards tables')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('draws the 3x3 register\'s heat map with three likelihoods and three consequences', async () => {
    await page.goto(`${server.url}/browser.html`);
    await page.setInputFiles('input[type=file]', threeByThree);
    const pane = page.locator('main');
    await pane.getByText(/Found 1 risk register/).first().waitFor({ timeout: 60_000 });
    const counts = pane.getByRole('table', { name: /open risks by consequence/ });
    await expect(counts.getByRole('columnheader', { name: /^Likelihood \d$/ }).count()).resolves.toBe(3);
    await expect(counts.getByRole('rowheader', { name: /^Consequence \d$/ }).count()).resolves.toBe(3);
    await expect(pane.getByRole('img', { name: /risk heat map/ }).count()).resolves.toBe(1);
    await pane.screenshot({ path: path.join(SHOTS, '11-three-by-three-overview.png') });
    expect(await seriousAxeProblems(page, '3x3 overview')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
