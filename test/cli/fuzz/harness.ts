/**
 * Runs the command line on a hostile package and lists every invariant it breaks (issue 11):
 * - exit code 0, 2 or 3, never 1; a refusal is one line, no stack trace;
 * - the input unchanged; nothing written but --out and --report (no temporary files left);
 * - an output that opens: a zip our reader reads, every XML part well-formed with no DOCTYPE,
 *   entry names with "/" and none twice; every part it had no reason to touch byte-identical;
 * - no user sheet lost: every sheet of the input that is not proven ours is in the output,
 *   holding the same cells;
 * - bounded memory: the case adds less than 1.5 GB to the process's resident memory.
 * Plain functions (no jest), so `npm run fuzz` runs the same checks outside the test runner.
 */
import { createHash } from 'crypto';
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import { run } from '../../../src/cli/main';
import type { WorkbookGrids } from '../../../src/engine/grid';
import { readXlsx } from '../../../src/workbook/xlsx/read';

export const MEMORY_LIMIT = 1.5 * 1024 * 1024 * 1024;

/** Parts the writer may change: the workbook, its relationships, content types, styles, worksheets, the calculation chain. */
const MAY_CHANGE = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/calcChain\.xml|xl\/worksheets\/.*)$/i;

export interface CaseResult {
  readonly codes: { analyse: number; clear: number };
  readonly problems: string[];
}

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTty: false });
  return { code, stdout, stderr };
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function tryRead(bytes: Uint8Array): WorkbookGrids | undefined {
  try {
    return readXlsx(bytes);
  } catch {
    return undefined;
  }
}

/** What is wrong with a package we wrote, if anything. */
export function packageProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    return [`the output is not a zip fflate reads (${(e as Error).message})`];
  }
  const names = Object.keys(files);
  if (names.some((n) => n.includes('\\'))) problems.push('an entry name holds "\\"');
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) problems.push('two entries share a name');
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/') || !/\.(xml|rels)$/i.test(name)) continue;
    const text = strFromU8(data).replace(/^\uFEFF/, '');
    if (/<!DOCTYPE/i.test(text.slice(0, 4096))) problems.push(`${name} carries a DOCTYPE`);
    const parser = new SaxesParser({ xmlns: true });
    let problem: string | undefined;
    parser.on('error', (e) => void (problem ??= e.message));
    try {
      parser.write(text).close();
    } catch (e) {
      problem ??= (e as Error).message;
    }
    if (problem) problems.push(`${name} is not well-formed XML: ${problem}`);
  }
  try {
    readXlsx(bytes);
  } catch (e) {
    problems.push(`the output cannot be read back: ${(e as Error).message}`);
  }
  return problems;
}

function sheetsKept(label: string, input: WorkbookGrids, output: WorkbookGrids, problems: string[]): void {
  for (const sheet of input.sheets) {
    if (input.generatedSheets?.has(sheet.name)) continue;
    const after = output.sheets.find((s) => s.name === sheet.name);
    if (!after) problems.push(`${label}: the user's sheet "${sheet.name}" is lost`);
    else if (JSON.stringify(after.values) !== JSON.stringify(sheet.values) || JSON.stringify(after.formulas ?? []) !== JSON.stringify(sheet.formulas ?? [])) {
      problems.push(`${label}: the user's sheet "${sheet.name}" changed`);
    }
  }
}

function untouchedParts(label: string, input: Uint8Array, output: Uint8Array, problems: string[]): void {
  let before: Record<string, Uint8Array>;
  let after: Record<string, Uint8Array>;
  try {
    before = unzipSync(input);
    after = unzipSync(output);
  } catch {
    return; // reported elsewhere (input a zip fflate cannot read, but ours can)
  }
  for (const [rawName, data] of Object.entries(before)) {
    const name = rawName.replace(/\\/g, '/');
    if (name.endsWith('/') || MAY_CHANGE.test(name) || /^xl\/worksheets\/_rels\//i.test(name)) continue;
    const now = after[name];
    if (!now) problems.push(`${label}: the part ${name} is missing from the output`);
    else if (Buffer.compare(Buffer.from(now), Buffer.from(data)) !== 0) problems.push(`${label}: the part ${name} changed`);
  }
}

function refusal(label: string, r: { code: number; stderr: string }, problems: string[]): void {
  if (r.code === 0) return;
  if (r.code !== 2 && r.code !== 3) problems.push(`${label}: exit ${r.code}: ${r.stderr.trim()}`);
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  if (lines.length !== 1 || !/^rag-board: /.test(lines[0]!)) problems.push(`${label}: the refusal is not one line: ${JSON.stringify(r.stderr)}`);
  if (/\n\s+at /.test(r.stderr)) problems.push(`${label}: a stack trace`);
}

/** Runs analyse --out --report and clear on `bytes` in a fresh folder, and lists what broke. */
export async function runCase(bytes: Uint8Array, name = 'in.xlsx'): Promise<CaseResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-fuzz-'));
  const problems: string[] = [];
  // Memory is measured as what this case adds: a test runner's worker that ran other suites
  // before starts well above a fresh process, and its size then says nothing of this input.
  const rssBefore = process.memoryUsage().rss;
  try {
    const input = path.join(dir, name);
    fs.writeFileSync(input, bytes);
    const hash = sha(bytes);
    const out = path.join(dir, 'out.xlsx');
    const report = path.join(dir, 'report.json');
    const cleared = path.join(dir, 'cleared.xlsx');

    const a = await cli(['analyse', input, '--out', out, '--report', report, '-q']);
    refusal('analyse', a, problems);
    const c = await cli(['clear', input, '--out', cleared, '-q']);
    refusal('clear', c, problems);

    if (sha(new Uint8Array(fs.readFileSync(input))) !== hash) problems.push('the input changed');
    const expected = new Set([name, ...(a.code === 0 ? ['out.xlsx', 'report.json'] : []), ...(c.code === 0 ? ['cleared.xlsx'] : [])]);
    const present = fs.readdirSync(dir);
    for (const f of present) if (!expected.has(f)) problems.push(`a file was left behind: ${f}`);
    for (const f of expected) if (!present.includes(f)) problems.push(`exit 0 but ${f} was not written`);

    const before = a.code === 0 || c.code === 0 ? tryRead(bytes) : undefined;
    if ((a.code === 0 || c.code === 0) && !before) problems.push('exit 0 on an input the reader refuses');
    for (const [label, code, file] of [['analyse', a.code, out], ['clear', c.code, cleared]] as const) {
      if (code !== 0 || !fs.existsSync(file)) continue;
      const written = new Uint8Array(fs.readFileSync(file));
      for (const p of packageProblems(written)) problems.push(`${label}: ${p}`);
      const after = tryRead(written);
      if (before && after) sheetsKept(label, before, after, problems);
      untouchedParts(label, bytes, written, problems);
    }
    if (a.code === 0) {
      try {
        JSON.parse(fs.readFileSync(report, 'utf8'));
      } catch {
        problems.push('the report is not JSON');
      }
    }
    const grown = process.memoryUsage().rss - rssBefore;
    if (grown > MEMORY_LIMIT) problems.push(`memory: ${Math.round(grown / 1e6)} MB more resident after the case, over 1.5 GB`);
    return { codes: { analyse: a.code, clear: c.code }, problems };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
