/**
 * The invariants the command line owns (design.md, "Invariants"):
 * - it never changes its input (5: it never overwrites its input);
 * - running twice gives the same result (2), here: byte-identical reports;
 * - a file is never half-written (5): temp file and rename, nothing left behind, an old
 *   report left as it was when the new one cannot be written;
 * - bad input never gives a stack trace (6), also when a progress line was on screen;
 * - the progress line goes to a terminal only: nothing on stderr when it is piped.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { ALL_SAMPLES, LIVERPOOL, expectOneLineMessage, runCli, sha256, tempFilesIn, useScratchDir } from './helpers/cli';

jest.setTimeout(60_000);

// The fs module object itself (not the import wrapper above), so that jest.spyOn can replace
// its functions for src/cli/files.ts as well.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs: typeof fs = require('fs');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('the input workbook is never changed', () => {
  const tmp = useScratchDir();

  it.each(ALL_SAMPLES.map((s) => [path.basename(s), s]))('%s: same bytes (sha256) and mtime after a run with --report', async (_name, sample) => {
    const input = path.join(tmp(), path.basename(sample));
    fs.copyFileSync(sample, input);
    const before = { hash: sha256(input), mtime: fs.statSync(input).mtimeMs, size: fs.statSync(input).size };
    const r = await runCli(['analyse', input, '--report', path.join(tmp(), 'report.json')]);
    expect(r.code).toBe(0);
    expect({ hash: sha256(input), mtime: fs.statSync(input).mtimeMs, size: fs.statSync(input).size }).toEqual(before);
    // Nothing else appeared beside the input: just the report.
    expect(fs.readdirSync(tmp()).sort()).toEqual([path.basename(sample), 'report.json'].sort());
  });

  it('the bundled samples themselves are unchanged by a run', async () => {
    const before = ALL_SAMPLES.map(sha256);
    for (const s of ALL_SAMPLES) expect((await runCli(['analyse', s, '-q'])).code).toBe(0);
    expect(ALL_SAMPLES.map(sha256)).toEqual(before);
  });
});

describe('the input is never overwritten, whatever path names it', () => {
  const tmp = useScratchDir();

  // Regression (was a bug in src/cli/files.ts, samePath()): the guard compares path.resolve() strings, so it
  // does not see that a symlink (or a differently-cased name on macOS/Windows) names the
  // same file. `analyse link.xlsx --report budget.xlsx`, with link.xlsx -> budget.xlsx,
  // renames the JSON report over budget.xlsx: the user's workbook is replaced by the
  // report and exit code is 0. It should compare real paths (fs.realpathSync on the input,
  // and on the report's folder + name) or device+inode, and refuse with exit 2.
  test('the input given through a symlink, --report naming the real file: refused with 2, workbook unchanged', async () => {
    const real = path.join(tmp(), 'budget.xlsx');
    fs.copyFileSync(LIVERPOOL, real);
    const link = path.join(tmp(), 'link.xlsx');
    fs.symlinkSync('budget.xlsx', link);
    const before = sha256(real);
    const r = await runCli(['analyse', link, '--report', real, '-q']);
    expect(sha256(real)).toBe(before);
    expect(r.code).toBe(2);
    expectOneLineMessage(r.stderr);
  });

  it('--report naming the input through a symlinked folder: refused with 2, workbook unchanged', async () => {
    const realDir = path.join(tmp(), 'papers');
    fs.mkdirSync(realDir);
    const real = path.join(realDir, 'budget.xlsx');
    fs.copyFileSync(LIVERPOOL, real);
    fs.symlinkSync('papers', path.join(tmp(), 'board'));
    const before = sha256(real);
    const r = await runCli(['analyse', real, '--report', path.join(tmp(), 'board', 'budget.xlsx'), '-q']);
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toMatch(/overwrite the input/);
    expect(sha256(real)).toBe(before);
  });

  it('--report naming a symlink to the input: the link is replaced, the workbook itself is not touched', async () => {
    const real = path.join(tmp(), 'budget.xlsx');
    fs.copyFileSync(LIVERPOOL, real);
    const link = path.join(tmp(), 'report.json');
    fs.symlinkSync('budget.xlsx', link);
    const before = sha256(real);
    const r = await runCli(['analyse', real, '--report', link, '-q']);
    // Either refused (2) or the report replaces the link; never written through it.
    expect([0, 2]).toContain(r.code);
    expect(sha256(real)).toBe(before);
  });

  it('a hard link to the input as --report: the input keeps its bytes', async () => {
    const real = path.join(tmp(), 'budget.xlsx');
    fs.copyFileSync(LIVERPOOL, real);
    const hard = path.join(tmp(), 'report.json');
    fs.linkSync(real, hard);
    const before = sha256(real);
    const r = await runCli(['analyse', real, '--report', hard, '-q']);
    expect([0, 2]).toContain(r.code);
    expect(sha256(real)).toBe(before);
  });
});

describe('running twice gives the same report', () => {
  const tmp = useScratchDir();

  it.each(ALL_SAMPLES.map((s) => [path.basename(s), s]))('%s: byte-identical reports, and the same terminal summary', async (_name, sample) => {
    const a = path.join(tmp(), 'a.json');
    const b = path.join(tmp(), 'b.json');
    const first = await runCli(['analyse', sample, '--report', a]);
    const second = await runCli(['analyse', sample, '--report', b]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(fs.readFileSync(b).equals(fs.readFileSync(a))).toBe(true);
    expect(second.stdout).toBe(first.stdout);
  });

  it('writing the report over the previous one gives the same bytes', async () => {
    const report = path.join(tmp(), 'report.json');
    expect((await runCli(['analyse', LIVERPOOL, '--report', report])).code).toBe(0);
    const first = fs.readFileSync(report);
    expect((await runCli(['analyse', LIVERPOOL, '--report', report])).code).toBe(0);
    expect(fs.readFileSync(report).equals(first)).toBe(true);
    expect(fs.readdirSync(tmp())).toEqual(['report.json']);
  });

  it('the report is JSON followed by one newline', async () => {
    const report = path.join(tmp(), 'report.json');
    await runCli(['analyse', LIVERPOOL, '--report', report]);
    const text = fs.readFileSync(report, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(() => JSON.parse(text)).not.toThrow();
  });
});

describe('the report is written atomically', () => {
  const tmp = useScratchDir();

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('after a successful run there is no leftover temporary file', async () => {
    const report = path.join(tmp(), 'report.json');
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).toBe(0);
    expect(tempFilesIn(tmp())).toEqual([]);
    expect(fs.readdirSync(tmp())).toEqual(['report.json']);
  });

  it('the report goes through a temporary file in the same folder, renamed into place', async () => {
    const report = path.join(tmp(), 'report.json');
    const writes: string[] = [];
    const renames: [string, string][] = [];
    const realWrite = fs.writeFileSync;
    const realRename = fs.renameSync;
    jest.spyOn(nodeFs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, data: any, options?: any) => {
      writes.push(String(file));
      return realWrite(file, data, options);
    }) as typeof fs.writeFileSync);
    jest.spyOn(nodeFs, 'renameSync').mockImplementation((from, to) => {
      renames.push([String(from), String(to)]);
      return realRename(from, to);
    });
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).toBe(0);
    // Never written in place.
    expect(writes).not.toContain(report);
    expect(writes).toHaveLength(1);
    expect(path.dirname(path.resolve(writes[0]!))).toBe(tmp());
    expect(renames).toEqual([[writes[0], report]]);
  });

  it('when the folder is missing: non-zero, a message naming the report, and nothing is created', async () => {
    const report = path.join(tmp(), 'out', 'report.json');
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).toBe(1);
    expect(expectOneLineMessage(r.stderr)).toContain(report);
    expect(fs.readdirSync(tmp())).toEqual([]);
  });

  it('when the folder path runs through a file: non-zero, a message, nothing left behind', async () => {
    fs.writeFileSync(path.join(tmp(), 'not-a-folder'), 'x');
    const report = path.join(tmp(), 'not-a-folder', 'report.json');
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).not.toBe(0);
    expect(expectOneLineMessage(r.stderr)).toContain('report.json');
    expect(fs.readdirSync(tmp())).toEqual(['not-a-folder']);
    expect(fs.readFileSync(path.join(tmp(), 'not-a-folder'), 'utf8')).toBe('x');
  });

  it('when the temporary file cannot be written (folder not writable): the previous report is untouched, no temp file', async () => {
    const report = path.join(tmp(), 'report.json');
    fs.writeFileSync(report, '{"previous":"report"}\n');
    const previous = sha256(report);
    const realWrite = fs.writeFileSync;
    // Simulated, so that it also holds when the tests run as root (root writes anywhere).
    jest.spyOn(nodeFs, 'writeFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, data: any, options?: any) => {
      if (typeof file === 'string' && path.dirname(path.resolve(file)) === tmp()) {
        throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: file });
      }
      return realWrite(file, data, options);
    }) as typeof fs.writeFileSync);
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).toBe(1);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain(report);
    expect(line).toMatch(/permission denied/);
    expect(sha256(report)).toBe(previous);
    expect(fs.readdirSync(tmp())).toEqual(['report.json']);
  });

  it('when the rename fails half-way (disk full, say): the previous report is untouched and the temp file is removed', async () => {
    const report = path.join(tmp(), 'report.json');
    fs.writeFileSync(report, '{"previous":"report"}\n');
    const previous = sha256(report);
    jest.spyOn(nodeFs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
    });
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).toBe(1);
    expect(expectOneLineMessage(r.stderr)).toContain(report);
    expect(sha256(report)).toBe(previous);
    expect(tempFilesIn(tmp())).toEqual([]);
    expect(fs.readdirSync(tmp())).toEqual(['report.json']);
  });

  it('when the report path is an existing folder: non-zero, the folder and its contents untouched, no temp file', async () => {
    const report = path.join(tmp(), 'report.json');
    fs.mkdirSync(report);
    fs.writeFileSync(path.join(report, 'keep.txt'), 'keep');
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).not.toBe(0);
    expectOneLineMessage(r.stderr);
    expect(fs.statSync(report).isDirectory()).toBe(true);
    expect(fs.readFileSync(path.join(report, 'keep.txt'), 'utf8')).toBe('keep');
    expect(fs.readdirSync(tmp())).toEqual(['report.json']);
  });

  (isRoot ? it.skip : it)('a folder that is really read-only: the previous report is untouched (skipped as root)', async () => {
    const dir = path.join(tmp(), 'ro');
    fs.mkdirSync(dir);
    const report = path.join(dir, 'report.json');
    fs.writeFileSync(report, '{"previous":"report"}\n');
    fs.chmodSync(dir, 0o555);
    try {
      const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
      expect(r.code).toBe(1);
      expectOneLineMessage(r.stderr);
      expect(fs.readFileSync(report, 'utf8')).toBe('{"previous":"report"}\n');
      expect(fs.readdirSync(dir)).toEqual(['report.json']);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});

describe('the progress line', () => {
  const tmp = useScratchDir();

  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** A clock that moves on a second each time it is read, so every progress step is "slow". */
  function slowClock(): void {
    let now = Date.UTC(2024, 0, 1);
    jest.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
  }

  it.each(ALL_SAMPLES.map((s) => [path.basename(s), s]))('%s: stderr not a terminal: nothing at all on stderr on success', async (_name, sample) => {
    slowClock();
    const r = await runCli(['analyse', sample, '--report', path.join(tmp(), 'r.json')], { stderrIsTty: false });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\r|\x1b/);
  });

  it('stderr a terminal and the work slow: "Analysing <file> N%" on stderr, cleared at the end, never on stdout', async () => {
    slowClock();
    const r = await runCli(['analyse', LIVERPOOL], { stderrIsTty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\rAnalysing .*liverpool-pccc-aug-2017\.xlsx \d{1,2}%/);
    // The line is cleared, so the terminal is left clean.
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    // The percentages rise.
    const pcts = [...r.stderr.matchAll(/ (\d+)%/g)].map((m) => Number(m[1]));
    expect(pcts.length).toBeGreaterThan(1);
    expect(pcts).toEqual([...pcts].sort((a, b) => a - b));
    expect(r.stdout).not.toMatch(/Analysing|\r|\x1b/);
  });

  // Regression (was a bug in src/cli/main.ts, analyse()): -q is documented as "print nothing but errors", yet on
  // a terminal the progress line ("\rAnalysing <file> N%" ... "\r\x1b[K") is still drawn on
  // stderr; progressLine() is made without looking at options.quiet.
  test('stderr a terminal, -q: nothing at all is written (quiet means nothing but errors)', async () => {
    slowClock();
    const r = await runCli(['analyse', LIVERPOOL, '-q'], { stderrIsTty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('stderr a terminal and quick: no progress line at all', async () => {
    // A clock that stands still: under half a second, nothing is shown.
    // Not -q: quiet would hide the line anyway, and this is about the half-second rule.
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2024, 0, 1));
    const r = await runCli(['analyse', LIVERPOOL], { stderrIsTty: true });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/Finance!A3:G13/);
  });

  // Regression (was a bug in src/cli/main.ts, analyse()/progressLine()): when reading fails after the progress
  // line was drawn, reportFailure() writes the message straight after "\rAnalysing x 40%"
  // without clearing the line, so the terminal shows "Analysing x 40%rag-board: ...".
  // The failure message should start on a clean line (clear with "\r\x1b[K" first).
  test('stderr a terminal and the workbook damaged part-way: the message starts on a clean line', async () => {
    const pkg = unzipSync(fs.readFileSync(LIVERPOOL));
    pkg['xl/worksheets/sheet5.xml'] = strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c>');
    const file = path.join(tmp(), 'damaged.xlsx');
    fs.writeFileSync(file, zipSync(pkg));
    slowClock();
    const r = await runCli(['analyse', file], { stderrIsTty: true });
    expect(r.code).toBe(3);
    // What a terminal shows last: the text after the last carriage return or line clear.
    const visible = r.stderr.split(/\r(?:\x1b\[K)?/).pop()!;
    expect(visible).toMatch(/^rag-board: /);
  });
});

describe('a damaged sheet part', () => {
  const tmp = useScratchDir();

  it('exit 3, one line naming the sheet, and the input unchanged', async () => {
    const pkg = unzipSync(fs.readFileSync(LIVERPOOL));
    pkg['xl/worksheets/sheet5.xml'] = strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c>');
    const file = path.join(tmp(), 'damaged.xlsx');
    fs.writeFileSync(file, zipSync(pkg));
    const before = sha256(file);
    const r = await runCli(['analyse', file, '--report', path.join(tmp(), 'r.json')]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/damaged/);
    expect(line).toContain('"Programme"');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(tmp())).toEqual(['damaged.xlsx']);
  });
});
