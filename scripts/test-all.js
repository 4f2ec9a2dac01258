#!/usr/bin/env node
/**
 * npm test: the jest suites, then the end-to-end tests (webpack build and Chromium), always
 * both: a failure in the first no longer hides the second. Ends with one line per part and
 * exits non-zero when either failed (CI's .ci/run relies on that).
 *
 * Arguments after `npm test --` go to the jest part (a path or -t pattern, for example).
 * Plain JavaScript, so it runs straight after `npm ci` with nothing compiled.
 */
const { spawnSync } = require('child_process');
const path = require('path');

/**
 * Runs every part, whatever the one before gave, and prints how each ended.
 * @param {{ name: string, command: string, args: string[] }[]} parts
 * @param {(text: string) => void} write
 * @returns {number} the exit code: 0 when every part passed, else 1
 */
function runParts(parts, write, cwd) {
  const results = parts.map((part) => {
    write(`\n=== ${part.name}\n`);
    const res = spawnSync(part.command, part.args, { cwd, stdio: 'inherit' });
    const code = res.status ?? 1;
    const why = res.error ? ` (${res.error.message})` : res.signal ? ` (killed by ${res.signal})` : '';
    return { name: part.name, code, why };
  });
  write('\n=== npm test\n');
  for (const r of results) write(`  ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`}  ${r.name}${r.why}\n`);
  return results.some((r) => r.code !== 0) ? 1 : 0;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const extra = process.argv.slice(2);
  process.exitCode = runParts(
    [
      { name: 'jest suites (npm run test:unit)', command: npm, args: ['run', '--silent', 'test:unit', ...(extra.length ? ['--', ...extra] : [])] },
      { name: 'end-to-end tests in Chromium (npm run test:e2e)', command: npm, args: ['run', '--silent', 'test:e2e'] },
    ],
    (text) => process.stdout.write(text),
    root,
  );
}

module.exports = { runParts };
