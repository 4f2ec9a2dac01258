/**
 * eslint.config.mjs: the Office.js rules run on src/workbook/office and pass, and they do
 * catch a property read before load() and sync() and a sync() inside a loop.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

function eslint(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [ESLINT, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

jest.setTimeout(90_000);

test('the adapter passes the Office.js rules', () => {
  const r = eslint(['src/workbook/office']);
  expect(r.out).toBe('');
  expect(r.status).toBe(0);
});

test('the rules catch a read before load and sync, and a sync in a loop', () => {
  const bad = [
    'export async function f(context: Excel.RequestContext): Promise<void> {',
    "  const range = context.workbook.worksheets.getItem('A').getRange('A1');",
    '  console.log(range.values);',
    '  for (const x of [1, 2]) {',
    '    await context.sync();',
    '    console.log(x);',
    '  }',
    '}',
  ].join('\n');
  const r = eslint(['--stdin', '--stdin-filename', 'src/workbook/office/example.ts'], bad);
  expect(r.status).toBe(1);
  expect(r.out).toMatch(/office-addins\/load-object-before-read/);
  expect(r.out).toMatch(/office-addins\/call-sync-before-read/);
  expect(r.out).toMatch(/office-addins\/no-context-sync-in-loop/);
});
