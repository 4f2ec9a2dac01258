/**
 * The browser page in Debian's Chromium over the production build, as each end-to-end suite
 * opens it: the build made if missing, a static server, one page at 1280 x 900 in en-GB, and
 * the page's errors (and, if asked, its console errors) collected.
 */
import type { Browser, Page } from 'playwright-core';
import { DIST, ensureBuild } from './build';
import { launchChromium } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

export interface PageSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly page: Page;
  /** Uncaught errors on the page, and console errors where asked for. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowserPage(options: { consoleErrors?: boolean } = {}): Promise<PageSession> {
  ensureBuild();
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  if (options.consoleErrors) {
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  }
  return {
    server,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
