/**
 * The command line's exit codes and messages (design.md, "Command line contract"):
 * 0 done, 2 bad arguments, 3 input unreadable, 1 anything else; every failure is one
 * line on stderr that says what, where and what to do, never a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { zipSync, strToU8 } from 'fflate';
import {
  LIVERPOOL,
  expectNoStackTrace,
  expectOneLineMessage,
  oleBytes,
  runCli,
  sha256,
  useScratchDir,
  writeWorkbook,
} from './helpers/cli';

jest.setTimeout(60_000);

describe('input that cannot be read: exit 3 with one line naming the problem', () => {
  const tmp = useScratchDir();

  it('a missing file: 3, and the message names the file', async () => {
    const missing = path.join(tmp(), 'no-such-budget.xlsx');
    const r = await runCli(['analyse', missing]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('no-such-budget.xlsx');
    expect(line).toMatch(/no file/i);
    expect(r.stdout).toBe('');
  });

  it('a folder given as the input: 3, and it says it is a folder', async () => {
    const folder = path.join(tmp(), 'budget.xlsx');
    fs.mkdirSync(folder);
    const r = await runCli(['analyse', folder]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/folder/i);
    expect(line).toContain('budget.xlsx');
  });

  it('a CSV file renamed .xlsx: 3, "not an Excel workbook"', async () => {
    const file = path.join(tmp(), 'export.xlsx');
    fs.writeFileSync(file, 'Description,YTD Budget,YTD Actual\nGMS,10382337,9842921\nPMS,659304,466947\n');
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/not an Excel workbook/);
    expect(line).toMatch(/CSV/);
    expect(line).toContain('export.xlsx');
  });

  it('a plain text file renamed .xlsx: 3, "not an Excel workbook"', async () => {
    const file = path.join(tmp(), 'notes.xlsx');
    fs.writeFileSync(file, 'These are the notes from the finance meeting.\nNothing tabular here.\n');
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    expect(expectOneLineMessage(r.stderr)).toMatch(/not an Excel workbook/);
  });

  it('an empty (0 byte) file: 3, and it says the file is empty', async () => {
    const file = path.join(tmp(), 'empty.xlsx');
    fs.writeFileSync(file, '');
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    expect(expectOneLineMessage(r.stderr)).toMatch(/empty/i);
  });

  it('a truncated copy of a sample (first half of its bytes): 3, "damaged"', async () => {
    const whole = fs.readFileSync(LIVERPOOL);
    const file = path.join(tmp(), 'half.xlsx');
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/damaged/i);
    expect(line).toContain('half.xlsx');
  });

  it('an OLE file with an EncryptionInfo stream (encrypted workbook): 3, "password"', async () => {
    const file = path.join(tmp(), 'locked.xlsx');
    fs.writeFileSync(file, oleBytes(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/password/i);
    expect(line).not.toMatch(/\.xls\)/);
  });

  it('an OLE file without EncryptionInfo (a legacy .xls): 3, ".xls"', async () => {
    const file = path.join(tmp(), 'old.xlsx');
    fs.writeFileSync(file, oleBytes(['Root Entry', 'Workbook', '\u0005SummaryInformation']));
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/\.xls\b/);
    expect(line).not.toMatch(/password/i);
  });

  it('a .docx-like zip (word/document.xml): 3, and it says it is not a workbook', async () => {
    const file = path.join(tmp(), 'minutes.xlsx');
    fs.writeFileSync(
      file,
      zipSync({
        '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        'word/document.xml': strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'),
      }),
    );
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/not an Excel workbook/);
    expect(line).toMatch(/Word/);
  });

  it('a zip with no workbook in it: 3', async () => {
    const file = path.join(tmp(), 'archive.xlsx');
    fs.writeFileSync(file, zipSync({ 'readme.txt': strToU8('hello') }));
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(3);
    expect(expectOneLineMessage(r.stderr)).toMatch(/not an Excel workbook/);
  });

  it('a failed input writes no report and leaves an old report as it was', async () => {
    const file = path.join(tmp(), 'export.xlsx');
    fs.writeFileSync(file, 'a,b,c\n1,2,3\n');
    const report = path.join(tmp(), 'report.json');
    fs.writeFileSync(report, '{"previous":true}\n');
    const r = await runCli(['analyse', file, '--report', report]);
    expect(r.code).toBe(3);
    expect(fs.readFileSync(report, 'utf8')).toBe('{"previous":true}\n');
    expect(fs.readdirSync(tmp()).sort()).toEqual(['export.xlsx', 'report.json']);
  });
});

describe('workbooks with nothing to recognise: exit 0 with a note', () => {
  const tmp = useScratchDir();

  it('a sheet of words and numbers that are not a table: 0, "nothing recognised" on stdout', async () => {
    const file = path.join(tmp(), 'scribbles.xlsx');
    await writeWorkbook(file, [
      {
        name: 'Notes',
        rows: [
          ['Meeting notes'],
          [],
          ['Attendees', 7],
          ['Next meeting in', 'March'],
          [42],
          ['the quick brown fox', null, 3.5],
        ],
      },
    ]);
    const before = sha256(file);
    const report = path.join(tmp(), 'r.json');
    const r = await runCli(['analyse', file, '--report', report]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/nothing (was )?recognised/i);
    expect(sha256(file)).toBe(before);
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(json.tables).toEqual([]);
    expect(json.checks).toEqual([]);
    expect(json.notes.join(' ')).toMatch(/recognised/i);
  });

  it('an empty workbook (one empty sheet): 0, "nothing recognised" on stdout', async () => {
    const file = path.join(tmp(), 'blank.xlsx');
    await writeWorkbook(file, [{ name: 'Sheet1', rows: [] }]);
    const r = await runCli(['analyse', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/nothing (was )?recognised/i);
  });
});

describe('bad arguments: exit 2', () => {
  it('no arguments: 2, and the usage is shown on stderr', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: rag-board/);
    expect(r.stderr).toMatch(/analyse/);
    expect(r.stdout).toBe('');
    expectNoStackTrace(r.stderr);
  });

  it('an unknown command: 2, and the message names it', async () => {
    const r = await runCli(['analyze-all', LIVERPOOL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/i);
    expect(r.stderr).toContain('analyze-all');
    expectNoStackTrace(r.stderr);
  });

  it('an unknown option: 2, and the message names it', async () => {
    const r = await runCli(['analyse', LIVERPOOL, '--colour-blind']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/i);
    expect(r.stderr).toContain('--colour-blind');
    expect(r.stdout).toBe('');
    expectNoStackTrace(r.stderr);
  });

  it('analyse without <in.xlsx>: 2, and the message says what is missing', async () => {
    const r = await runCli(['analyse']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument/i);
    expect(r.stderr).toContain('in.xlsx');
    expectNoStackTrace(r.stderr);
  });

  it('an option without its value: 2', async () => {
    const r = await runCli(['analyse', LIVERPOOL, '--report']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--report/);
    expectNoStackTrace(r.stderr);
  });

  it('--help: 0, usage on stdout', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: rag-board/);
    expect(r.stdout).toMatch(/analyse/);
    expect(r.stderr).toBe('');
  });

  it('analyse --help: 0, and it lists --report and --config', async () => {
    const r = await runCli(['analyse', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--report/);
    expect(r.stdout).toMatch(/--config/);
    expect(r.stderr).toBe('');
  });
});

describe('--report refuses to overwrite the input, and fails cleanly where it cannot write', () => {
  const tmp = useScratchDir();

  it('--report pointing at the input file: 2, and the input is unchanged', async () => {
    const input = path.join(tmp(), 'budget.xlsx');
    fs.copyFileSync(LIVERPOOL, input);
    const before = sha256(input);
    const r = await runCli(['analyse', input, '--report', input]);
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/overwrite the input/);
    expect(sha256(input)).toBe(before);
    expect(fs.readdirSync(tmp())).toEqual(['budget.xlsx']);
  });

  it('--report naming the input by another spelling of its path: still 2', async () => {
    const input = path.join(tmp(), 'budget.xlsx');
    fs.copyFileSync(LIVERPOOL, input);
    const before = sha256(input);
    const other = path.join(tmp(), '.', 'sub', '..', 'budget.xlsx');
    const r = await runCli(['analyse', input, '--report', other]);
    expect(r.code).toBe(2);
    expectOneLineMessage(r.stderr);
    expect(sha256(input)).toBe(before);
  });

  it('--report into a folder that does not exist: non-zero, a message, no temp file left', async () => {
    const report = path.join(tmp(), 'no-such-folder', 'report.json');
    const r = await runCli(['analyse', LIVERPOOL, '--report', report]);
    expect(r.code).not.toBe(0);
    expect([1, 2]).toContain(r.code);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('report.json');
    expect(line).toMatch(/folder does not exist/);
    expect(fs.existsSync(path.dirname(report))).toBe(false);
    expect(fs.readdirSync(tmp())).toEqual([]);
  });
});
