/** The production build the end-to-end tests load: dist/web, built here when it is missing. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist/web');

/**
 * Builds with `webpack --mode production` when dist/web has no browser page, or when
 * RAG_BOARD_E2E_BUILD=1 asks for a fresh build; otherwise uses the build that is there
 * (npm run test:e2e builds first).
 */
export function ensureBuild(): void {
  const have = fs.existsSync(path.join(DIST, 'browser.html'));
  if (have && process.env.RAG_BOARD_E2E_BUILD !== '1') return;
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: 10 * 60_000,
  });
}
