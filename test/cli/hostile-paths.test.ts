/**
 * Issue 11, defects 4 and 10: only regular files are read, and only a new name or a regular
 * file is written. A named pipe as input used to hang, /dev/zero to grow without end; an
 * output path that is a device, a pipe, a folder or a symbolic link was replaced by the
 * temporary file's rename.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkOutputPath } from '../../src/cli/files';
import { expectOneLineMessage, LIVERPOOL, runCli, useScratchDir } from './helpers/cli';

jest.setTimeout(30_000);

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

describe('the input must be a regular file (exit 3)', () => {
  const tmp = useScratchDir();

  it.each([
    ['a named pipe', (dir: string) => {
      const fifo = path.join(dir, 'pipe.xlsx');
      mkfifo(fifo);
      return fifo;
    }, /is a named pipe \(FIFO\), not a workbook file/],
    ['/dev/zero', () => '/dev/zero', /is a device, not a workbook file/],
    ['a symbolic link to /dev/zero', (dir: string) => {
      const link = path.join(dir, 'zero.xlsx');
      fs.symlinkSync('/dev/zero', link);
      return link;
    }, /is a device/],
  ])('%s: refused at once by analyse and clear', async (_what, make, message) => {
    const input = make(tmp());
    for (const argv of [['analyse', input], ['clear', input, '--out', path.join(tmp(), 'out.xlsx')]]) {
      const r = await runCli(argv);
      expect(r.code).toBe(3);
      expect(expectOneLineMessage(r.stderr)).toMatch(message);
    }
  });
});

describe('--out and --report must name a new file or a regular one (exit 2)', () => {
  const tmp = useScratchDir();

  const targets: ReadonlyArray<[string, (dir: string) => string, RegExp]> = [
    ['a named pipe', (dir) => {
      const fifo = path.join(dir, 'pipe.out');
      mkfifo(fifo);
      return fifo;
    }, /is a named pipe \(FIFO\)/],
    // Never a real system device here: code that replaced its target would replace /dev/null itself.
    // A null device of our own in the scratch folder where we may make one (as root), else a symlink.
    ['a device of our own', (dir) => {
      const device = path.join(dir, 'null.out');
      try {
        execFileSync('mknod', ['-m', '666', device, 'c', '1', '3'], { stdio: 'ignore' });
        return device;
      } catch {
        fs.symlinkSync('/dev/null', device);
        return device;
      }
    }, /is (a device|a symbolic link)/],
    ['a symbolic link to /proc/self/fd/1', (dir) => {
      const link = path.join(dir, 'stdout.out');
      fs.symlinkSync('/proc/self/fd/1', link);
      return link;
    }, /is a symbolic link.*Give the path of the file itself/],
    ['a symbolic link to a regular file', (dir) => {
      fs.writeFileSync(path.join(dir, 'real.out'), 'x');
      const link = path.join(dir, 'link.out');
      fs.symlinkSync('real.out', link);
      return link;
    }, /is a symbolic link/],
    ['a folder', (dir) => {
      fs.mkdirSync(path.join(dir, 'folder.out'));
      return path.join(dir, 'folder.out');
    }, /is a folder/],
  ];

  it.each(targets)('--out as %s', async (_what, make, message) => {
    const target = make(tmp());
    const kind = fs.lstatSync(target);
    const out = target;
    for (const argv of [['analyse', LIVERPOOL, '--out', out], ['clear', LIVERPOOL, '--out', out]]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(expectOneLineMessage(r.stderr)).toMatch(new RegExp(`--out ".*" ${message.source}`));
    }
    // Left as it was: still the same kind of thing.
    expect(fs.lstatSync(target).mode).toBe(kind.mode);
    expect(fs.readdirSync(tmp()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each(targets)('--report as %s', async (_what, make, message) => {
    const target = make(tmp());
    const kind = fs.lstatSync(target);
    const r = await runCli(['analyse', LIVERPOOL, '--report', target]);
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toMatch(new RegExp(`--report ".*" ${message.source}`));
    expect(fs.lstatSync(target).mode).toBe(kind.mode);
  });

  it('checkOutputPath names a device as one (only looked at, never written)', () => {
    expect(() => checkOutputPath('/dev/null', '--out')).toThrow(/--out "\/dev\/null" is a device, not a file RAG Board can write/);
    expect(() => checkOutputPath(path.join(tmp(), 'new.xlsx'), '--out')).not.toThrow();
  });

  it('a regular file is replaced, and a new name written', async () => {
    const existing = path.join(tmp(), 'report.json');
    fs.writeFileSync(existing, 'old');
    const r = await runCli(['analyse', LIVERPOOL, '--report', existing, '--out', path.join(tmp(), 'new.xlsx'), '-q']);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(existing, 'utf8')).toMatch(/rag-board\/report@1/);
    expect(fs.statSync(path.join(tmp(), 'new.xlsx')).isFile()).toBe(true);
  });
});
