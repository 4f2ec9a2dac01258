/**
 * Helpers for the command-line tests: run the CLI in-process with captured output, make
 * a fresh scratch folder per test, hash files, and build the odd inputs (OLE, .docx-like
 * zip, workbooks made with ExcelJS) that the contract has to cope with.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../../src/cli/main';

export const ROOT = path.resolve(__dirname, '../../..');
export const SAMPLES = path.join(ROOT, 'samples');
export const LIVERPOOL = path.join(SAMPLES, 'liverpool-pccc-aug-2017.xlsx');
export const MONTH7 = path.join(SAMPLES, 'staffordshire-month7-2018.xlsx');
export const STAFFS_RISKS = path.join(SAMPLES, 'staffordshire-risk-register-2018.xlsx');
export const ALL_SAMPLES = [LIVERPOOL, MONTH7, STAFFS_RISKS];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `rag-board <argv>` in this process with captured stdout and stderr. */
export async function runCli(argv: string[], options: { stderrIsTty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stderrIsTty: options.stderrIsTty ?? false,
  });
  return { code, stdout, stderr };
}

/**
 * A fresh folder under os.tmpdir() for each test. Call inside describe(); the folder is
 * made before each test and removed after it.
 */
export function useScratchDir(): () => string {
  let dir: string | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-cli-'));
  });
  afterEach(() => {
    if (dir) {
      // Undo any permission games a test played, so the folder can be removed.
      try {
        fs.chmodSync(dir, 0o700);
      } catch {
        // already gone
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
    dir = undefined;
  });
  return () => {
    if (!dir) throw new Error('useScratchDir: only available inside a test');
    return dir;
  };
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Files in a folder whose names end in .tmp (what an atomic write leaves if it fails half-way). */
export function tempFilesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => /\.tmp$/i.test(f));
}

/**
 * The one-line failure contract: "rag-board: <what> (<where>). <what to do>." on stderr,
 * one line, no stack trace, no "Error:" from a raw throw.
 */
export function expectOneLineMessage(stderr: string): string {
  expect(stderr).toMatch(/^rag-board: /);
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.replace(/\n$/, '').split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s{2,}at /m);
  expect(stderr).not.toMatch(/^(\w*Error|Error):/m);
  expect(stderr).not.toMatch(/\bRagBoardError\b|\bTypeError\b|\bReferenceError\b/);
  expect(stderr).not.toMatch(/something went wrong that we did not expect/);
  return lines[0]!;
}

/** Messages from commander (usage errors) may span lines, but never carry a stack trace. */
export function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s{2,}at /m);
  expect(stderr).not.toMatch(/^(\w*Error|Error):/m);
}

export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The start of an OLE compound file: the signature, a header's worth of padding, then the
 * given directory entry names in UTF-16LE (as Office writes them).
 */
export function oleBytes(streamNames: string[]): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.from(OLE_SIGNATURE), new Uint8Array(512 - OLE_SIGNATURE.length)];
  for (const name of streamNames) {
    const entry = new Uint8Array(128);
    entry.set(utf16le(name), 0);
    parts.push(entry);
  }
  parts.push(new Uint8Array(512));
  return Buffer.concat(parts);
}

/** A workbook built with ExcelJS (fine for building fresh test files). */
export async function writeWorkbook(
  file: string,
  sheets: { name: string; rows: (string | number | null)[][] }[],
): Promise<void> {
  // Loaded lazily: ExcelJS is slow to require and only some tests need it.
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

export function readJson<T = any>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
