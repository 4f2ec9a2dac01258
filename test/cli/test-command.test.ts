/**
 * npm test runs both its parts (issue 10): the end-to-end tests run even when the jest suites
 * fail, both are reported, and the exit code is non-zero when either failed (CI's .ci/run).
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runParts } = require('../../scripts/test-all.js') as {
  runParts(parts: { name: string; command: string; args: string[] }[], write: (t: string) => void, cwd?: string): number;
};

const ROOT = path.resolve(__dirname, '../..');
const node = (name: string, code: number) => ({ name, command: process.execPath, args: ['-e', `process.exit(${code})`] });

describe('npm test', () => {
  it('is the runner of both parts', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toBe('node scripts/test-all.js');
    expect(pkg.scripts['test:unit']).toMatch(/^jest\b/);
    expect(pkg.scripts['test:e2e']).toMatch(/jest -c test\/e2e\/jest.config.js/);
  });

  it('runs the second part when the first fails, reports both, and fails', () => {
    let out = '';
    const code = runParts([node('jest suites', 1), node('end-to-end', 0)], (t) => (out += t));
    expect(code).toBe(1);
    expect(out).toContain('=== end-to-end');
    expect(out).toMatch(/FAILED \(exit 1\) {2}jest suites\n {2}passed {2}end-to-end\n$/);
  });

  it('fails when only the second part fails, and passes when both pass', () => {
    expect(runParts([node('jest suites', 0), node('end-to-end', 3)], () => undefined)).toBe(1);
    expect(runParts([node('jest suites', 0), node('end-to-end', 0)], () => undefined)).toBe(0);
  });
});
