/** Debian's Chromium, driven by playwright-core (no browser download). */
import { chromium, type Browser } from 'playwright-core';
import * as fs from 'fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  const there = fs.existsSync(CHROMIUM);
  // CI sets this: there a missing browser is a broken install, not a reason to skip.
  if (!there && process.env.RAG_BOARD_REQUIRE_BROWSER) throw new Error(`Chromium is required but not found at ${CHROMIUM} (apt-get install chromium)`);
  if (!there) console.warn(`Chromium not found at ${CHROMIUM}: the end-to-end tests are skipped (apt-get install chromium)`);
  return there;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
