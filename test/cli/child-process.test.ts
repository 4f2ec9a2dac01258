/**
 * The command as other tools run it (design.md): `npm run --silent rag-board -- ...`, a child
 * process with real exit codes and streams, through bin/rag-board.js and the compiled bundle.
 * Slow (each spawn starts npm), so only the cases that matter.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from './helpers/cli';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildCli = require('../../scripts/build-cli.js') as { isFresh(): boolean; BUNDLE: string };

jest.setTimeout(120_000);

function ragBoard(args: string[]) {
  const r = spawnSync('npm', ['run', '--silent', 'rag-board', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
    // Piped, not a terminal: no progress line, no colour.
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  // npm may warn about the user's own npm config on stderr; that is npm, not rag-board.
  const stderr = r.stderr
    .split('\n')
    .filter((l) => !/^npm (warn|notice)/i.test(l))
    .join('\n');
  return { status: r.status, stdout: r.stdout, stderr };
}

describe('npm run --silent rag-board -- ... (a child process)', () => {
  it('analyse samples/liverpool-pccc-aug-2017.xlsx: exits 0 and prints the table summary', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-child-'));
    try {
      const report = path.join(dir, 'report.json');
      const r = ragBoard(['analyse', 'samples/liverpool-pccc-aug-2017.xlsx', '--report', report]);
      expect(r.stderr.trim()).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^samples\/liverpool-pccc-aug-2017\.xlsx\n/);
      expect(r.stdout).toContain('Finance!A3:G13  budget');
      expect(r.stdout).toContain('9 lines; YTD variance £124,532 overspend; forecast variance £240,320 overspend; RAG 1 R, 1 A, 7 G');
      expect(r.stdout).toContain('Risk Register!A3:R24  risk register');
      expect(r.stdout).toMatch(/15 risks graded by the workbook's own key \(Key!A\d+\)/);
      expect(r.stdout).toMatch(/warning +Risk Register!O\d+ +Co-Com 02: Residual score above current/);
      const json = JSON.parse(fs.readFileSync(report, 'utf8'));
      expect(json.schema).toBe('rag-board/report@1');
      expect(json.source).toBe('samples/liverpool-pccc-aug-2017.xlsx');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing file: exits 3 with one line on stderr and nothing on stdout', () => {
    const r = ragBoard(['analyse', 'samples/no-such-workbook.xlsx']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rag-board: .*no-such-workbook\.xlsx/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('bin/rag-board.js never runs a stale build', () => {
  it('rebuilds the bundle when it is older than a source it was built from, then runs it', () => {
    // Make sure there is a bundle, then date it before every source.
    expect(spawnSync(process.execPath, ['bin/rag-board.js', '--help'], { cwd: ROOT }).status).toBe(0);
    const old = new Date('2001-01-01T00:00:00Z');
    fs.utimesSync(buildCli.BUNDLE, old, old);
    expect(buildCli.isFresh()).toBe(false);
    const r = spawnSync(process.execPath, ['bin/rag-board.js', 'analyse', 'samples/no-such-workbook.xlsx'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.statSync(buildCli.BUNDLE).mtimeMs).toBeGreaterThan(old.getTime());
    expect(buildCli.isFresh()).toBe(true);
  });
});
