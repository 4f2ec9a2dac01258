/**
 * npm run bench: how fast RAG Board reads and analyses big workbooks, as ratios to the floor
 * no reader can beat, in one run on one machine (design.md, "Performance budget").
 *
 * 1. Generates two workbooks into the temp folder, the same bytes every run (seeded):
 *    a budget monitoring pack of 100,000 lines and a risk register of 20,000 risks.
 * 2. Times, each a few times after a warm-up: the floor (unzip and one pass over the XML),
 *    the .xlsx reader, the engine on the grids already read, the command line end to end
 *    in-process, and once each: the command line as a child process, and ExcelJS loading
 *    the budget workbook, for context.
 *    The write-back (`analyse --out`) runs as the user runs it, bin/rag-board.js in a child
 *    process (what `npm run rag-board` starts), with its peak memory (RSS), against its own
 *    floor: Node starting, plus unzip, one pass over the XML and writing the copy with only the
 *    changed and added parts deflated (bench/floor.ts).
 * 3. Checks the analysis found what the generator planted, so the timings are of real work.
 *
 * Prints a table and writes bench/results.json. No thresholds: timings on a shared machine
 * are noisy, the ratios are the point.
 *
 * Options: --repeats N (measured runs per step, default 3), --lines N, --risks N,
 * --no-exceljs, --no-child.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { readXlsx } from '../src/workbook/xlsx/read';
import { analyseWorkbook } from '../src/engine/analyse';
import { buildReport } from '../src/engine/report/report';
import type { Analysis } from '../src/engine/model';
import type { SheetGrid, WorkbookGrids } from '../src/engine/grid';
import { run as runCli, type CliIo } from '../src/cli/main';
import { officeSyncCounts, type SyncCounts } from './office-syncs';
import { floorScan, floorScanDecoded, floorWrite, writeFloorPlan, type FloorCount } from './floor';
import { generateBudgetWorkbook } from './generate-budget';
import { generateRiskWorkbook } from './generate-risk';
import { LONG_RUN_MS, measure, summarise, type Stat } from './timing';
import { verifyBudget, verifyRisk, type Verdict } from './verify';

const ROOT = path.resolve(__dirname, '..');
/** What `npm run rag-board` runs: the launcher of the compiled bundle (built here when stale). */
const CLI = path.join(ROOT, 'bin', 'rag-board.js');
const RSS_PRELOAD = path.join(__dirname, 'child-rss.js');
const RESULTS = path.join(__dirname, 'results.json');

interface Args {
  repeats: number;
  lines: number;
  risks: number;
  exceljs: boolean;
  child: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { repeats: 3, lines: 100_000, risks: 20_000, exceljs: true, child: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a whole number`);
      return n;
    };
    if (a === '--repeats') args.repeats = num();
    else if (a === '--lines') args.lines = num();
    else if (a === '--risks') args.risks = num();
    else if (a === '--no-exceljs') args.exceljs = false;
    else if (a === '--no-child') args.child = false;
    else throw new Error(`unknown option ${a} (options: --repeats N, --lines N, --risks N, --no-exceljs, --no-child)`);
  }
  return args;
}

// ------------------------------------------------------------------ formatting

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (n: number | null | undefined) => (n == null ? '' : n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${int(n)} ms`);
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null || b === 0 ? null : a / b);
const x = (r: number | null) => (r == null ? '' : `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}x`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const out = (line = '') => process.stdout.write(`${line.trimEnd()}\n`);

// ------------------------------------------------------------------ steps

interface WorkbookRun {
  readonly key: 'budget' | 'risk';
  readonly label: string;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly generateMs: number;
  readonly cellsWritten: number;
  readonly sheetRows: number;
  stats: Partial<Record<StepKey, Stat>>;
  floor?: FloorCount;
  /** Peak resident memory of the write-back's child process, the largest of its runs. */
  writeBackPeakRss?: number;
  /** What the write floor deflated: the parts that changed or were added. */
  writeFloorParts?: { parts: ReadonlyArray<string>; bytes: number };
  engineRows?: number;
  verdict?: Verdict;
  reportSummary?: unknown;
  notes: string[];
}

type StepKey = 'floor' | 'floorDecoded' | 'reader' | 'engine' | 'report' | 'cli' | 'child' | 'writeBack' | 'writeFloor' | 'exceljs' | 'exceljsRoundTrip';

const STEPS: ReadonlyArray<readonly [StepKey, string]> = [
  ['floor', 'floor: unzip + one pass over the XML bytes'],
  ['floorDecoded', 'floor + UTF-8 decode to a string'],
  ['reader', 'reader: readXlsx'],
  ['engine', 'engine: analyseWorkbook on read grids'],
  ['report', 'report: buildReport + JSON.stringify'],
  ['cli', 'end to end: CLI in-process (run())'],
  ['child', 'end to end: CLI as a child process (once)'],
  ['writeBack', 'write-back: analyse --out, child process'],
  ['writeFloor', 'write floor: node start + unzip + scan + write'],
  ['exceljs', 'ExcelJS 4.4.0 xlsx.load, read only (once)'],
  ['exceljsRoundTrip', 'ExcelJS 4.4.0 load + writeBuffer (once)'],
];

const silentIo = (errors: string[]): CliIo => ({ stdout: () => undefined, stderr: (t) => errors.push(t), stderrIsTty: false });

/** The rows of the sheet the engine read, for "ms per 10,000 rows". */
function gridRows(grids: WorkbookGrids): number {
  return grids.sheets.reduce((n, s) => n + s.values.length, 0);
}

/**
 * The in-process steps for one workbook. `inspect` sees the grids and the analysis between
 * the engine and the end-to-end steps; nothing holds on to them after it returns, so the
 * command line runs on a heap as clean as a fresh process would give it.
 */
async function measureWorkbook(wb: WorkbookRun, repeats: number, tmp: string, inspect: (grids: WorkbookGrids, analysis: Analysis) => Promise<void>): Promise<void> {
  const opts = { repeats };
  const floor = await measure(() => floorScan(wb.bytes), opts);
  wb.stats.floor = floor.stat;
  wb.floor = floor.result;
  wb.stats.floorDecoded = (await measure(() => floorScanDecoded(wb.bytes), opts)).stat;

  await (async () => {
    const reader = await measure(() => readXlsx(wb.bytes, { fileName: path.basename(wb.file) }), opts);
    wb.stats.reader = reader.stat;
    const grids = reader.result;
    wb.engineRows = gridRows(grids);
    const engine = await measure(() => analyseWorkbook(grids), opts);
    wb.stats.engine = engine.stat;
    wb.stats.report = (await measure(() => JSON.stringify(buildReport(engine.result, wb.file), null, 2).length, opts)).stat;
    await inspect(grids, engine.result);
  })();

  const report = path.join(tmp, `${wb.key}.report.json`);
  const errors: string[] = [];
  const cli = await measure(async () => {
    const code = await runCli(['analyse', wb.file, '--report', report, '--quiet'], silentIo(errors));
    if (code !== 0) throw new Error(`the CLI exited with ${code}: ${errors.join('')}`);
    return code;
  }, opts);
  wb.stats.cli = cli.stat;
  // What the command line wrote: its summary should say what the engine found.
  const parsed = JSON.parse(fs.readFileSync(report, 'utf8')) as { summary?: unknown };
  wb.reportSummary = parsed.summary;
  wb.notes.push(`report written by the CLI: ${mb(fs.statSync(report).size)}`);
}

function childRun(args: string[], command: string[] = [process.execPath, '--require', RSS_PRELOAD, CLI]): { ms: number; status: number | null; stderr: string; peakRss: number | null } {
  const rssFile = path.join(os.tmpdir(), `rag-board-bench-rss-${process.pid}`);
  fs.rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const res = spawnSync(command[0]!, [...command.slice(1), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RAG_BOARD_BENCH_RSS: rssFile },
  });
  const elapsed = performance.now() - t0;
  const peakRss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : null;
  fs.rmSync(rssFile, { force: true });
  return { ms: elapsed, status: res.status, stderr: res.stderr ?? '', peakRss };
}

/** Time growing as rows^1.4 or faster on the budget sheet is no longer linear: a step is scanning. */
const MAX_LINEAR_EXPONENT = 1.4;

const once = (ms: number): Stat => ({ samples: [ms], medianMs: ms, minMs: ms, warmupMs: null, warmupCounted: false });

/**
 * The engine on the first quarter of the budget sheet (cut after a subtotal row), to see how
 * its time grows with rows: 4x the rows taking 4x the time is linear, 16x is quadratic.
 */
async function engineScaling(grids: WorkbookGrids, fullMedian: number, repeats: number) {
  const sheet = grids.sheets[0]!;
  const rows = sheet.values.length;
  let cut = Math.floor(rows / 4);
  while (cut < rows) {
    const r = sheet.values[cut];
    if (r && (r[0] === null || r[0] === undefined) && typeof r[1] === 'number') break;
    cut++;
  }
  const slice = <T>(a: ReadonlyArray<T> | undefined) => a?.slice(0, cut + 1);
  const part: SheetGrid = { ...sheet, values: slice(sheet.values)!, numberFormats: slice(sheet.numberFormats), formulas: slice(sheet.formulas) };
  const { stat } = await measure(() => analyseWorkbook({ ...grids, sheets: [part] }), { repeats });
  const rowRatio = rows / (cut + 1);
  const timeRatio = fullMedian / stat.medianMs;
  return { partRows: cut + 1, fullRows: rows, partStat: stat, rowRatio, timeRatio, exponent: Math.log(timeRatio) / Math.log(rowRatio) };
}

/**
 * A budget every one of whose sums is wrong ("Total Expenses" and an account's total under each
 * of its cost centres' twenty lines): the engine tries wrong sums as lines, reading the table
 * again for each, so its time here shows whether those tries stay bounded. Grids in memory, as
 * the engine takes them.
 */
function wrongSumsGrids(sections: number): WorkbookGrids {
  const values: (string | number | null)[][] = [['Name', 'Budget', 'Actual']];
  for (let s = 0; s < sections; s++) {
    values.push([`Cost centre ${s}`, null, null]);
    for (let l = 0; l < 20; l++) values.push([`Line ${s}-${l}`, 100 + l, 90 + l]);
    values.push(['Total Expenses', 999, -123]);
    values.push([`Total 66${String(s % 100).padStart(2, '0')} Publications`, 77, 55]);
  }
  return { sheets: [{ name: 'Wrong sums', values }] } as unknown as WorkbookGrids;
}

/** The engine on the wrong-sums budget at two sizes, and how its time grows between them. */
async function wrongSumsScaling(repeats: number) {
  const small = wrongSumsGrids(250);
  const large = wrongSumsGrids(1000);
  const { stat: smallStat } = await measure(() => analyseWorkbook(small), { repeats });
  const { stat: largeStat } = await measure(() => analyseWorkbook(large), { repeats });
  const rowRatio = large.sheets[0]!.values.length / small.sheets[0]!.values.length;
  return { smallRows: small.sheets[0]!.values.length, largeRows: large.sheets[0]!.values.length, smallStat, largeStat, exponent: Math.log(largeStat.medianMs / smallStat.medianMs) / Math.log(rowRatio) };
}

async function excelJsLoad(bytes: Uint8Array): Promise<{ ms: number; roundTripMs: number; rows: number }> {
  // Loaded here, not at the top: it takes a while to require and only this step needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const t0 = performance.now();
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings declare their own Buffer (an ArrayBuffer); at run time it takes Node's Buffer.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const elapsed = performance.now() - t0;
  // The round trip a library-based writer would make: read, then write the workbook back.
  await workbook.xlsx.writeBuffer();
  const roundTrip = performance.now() - t0;
  return { ms: elapsed, roundTripMs: roundTrip, rows: workbook.worksheets.reduce((n, w) => n + w.rowCount, 0) };
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const tmp = path.join(os.tmpdir(), 'rag-board-bench');
  fs.mkdirSync(tmp, { recursive: true });

  out(`RAG Board bench: node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${args.repeats} measured runs per step after one warm-up`);
  out(`Workbooks in ${tmp} (seeded: the same bytes every run)`);

  let t0 = performance.now();
  const budgetGen = generateBudgetWorkbook({ lines: args.lines, seed: 20181105 });
  const budgetGenMs = performance.now() - t0;
  const budgetFile = path.join(tmp, `budget-${args.lines}.xlsx`);
  fs.writeFileSync(budgetFile, budgetGen.bytes);
  t0 = performance.now();
  const riskGen = generateRiskWorkbook({ risks: args.risks, seed: 20170831 });
  const riskGenMs = performance.now() - t0;
  const riskFile = path.join(tmp, `risk-${args.risks}.xlsx`);
  fs.writeFileSync(riskFile, riskGen.bytes);

  const budget: WorkbookRun = {
    key: 'budget',
    label: `budget (${int(budgetGen.expected.lines)} lines)`,
    file: budgetFile,
    bytes: budgetGen.bytes,
    generateMs: budgetGenMs,
    cellsWritten: budgetGen.cells,
    sheetRows: budgetGen.expected.sheetRows,
    stats: {},
    notes: [],
  };
  const risk: WorkbookRun = {
    key: 'risk',
    label: `risk (${int(riskGen.expected.risks)} risks)`,
    file: riskFile,
    bytes: riskGen.bytes,
    generateMs: riskGenMs,
    cellsWritten: riskGen.cells,
    sheetRows: riskGen.expected.sheetRows,
    stats: {},
    notes: [],
  };
  for (const wb of [budget, risk]) {
    out(`  ${pad(wb.label, 24)} ${path.basename(wb.file)}: ${mb(wb.bytes.length)}, ${int(wb.sheetRows)} rows, ${int(wb.cellsWritten)} cells, generated in ${ms(wb.generateMs)}`);
  }
  out();

  let scaling!: Awaited<ReturnType<typeof engineScaling>>;
  const syncs: { label: string; counts: SyncCounts }[] = [];
  await measureWorkbook(budget, args.repeats, tmp, async (grids, analysis) => {
    budget.verdict = verifyBudget(analysis, budgetGen.expected);
    scaling = await engineScaling(grids, budget.stats.engine!.medianMs, args.repeats);
    syncs.push({ label: budget.label, counts: await officeSyncCounts(grids) });
  });
  const wrongSums = await wrongSumsScaling(args.repeats);
  await measureWorkbook(risk, args.repeats, tmp, async (grids, analysis) => {
    risk.verdict = verifyRisk(analysis, riskGen.expected);
    syncs.push({ label: risk.label, counts: await officeSyncCounts(grids) });
  });
  const small = generateBudgetWorkbook({ lines: 10, seed: 20181105 });
  syncs.unshift({ label: 'budget (10 lines)', counts: await officeSyncCounts(readXlsx(small.bytes)) });

  let childStart: { ms: number; status: number | null } | null = null;
  let npmStart: number | null = null;
  let nodeStart: Stat | null = null;
  if (args.child) {
    // The first call builds the bundle if a source is newer than it; not counted.
    const build = childRun(['--help']);
    if (build.status !== 0) throw new Error(`bin/rag-board.js --help exited with ${build.status}: ${build.stderr}`);
    for (const wb of [budget, risk]) {
      const res = childRun(['analyse', wb.file, '--report', path.join(tmp, `${wb.key}.child.report.json`), '--quiet']);
      if (res.status !== 0) wb.notes.push(`child process exited with ${res.status}: ${res.stderr.trim()}`);
      wb.stats.child = once(res.ms);
    }
    const help = childRun(['--help']);
    childStart = { ms: help.ms, status: help.status };
    npmStart = childRun(['run', '--silent', 'rag-board', '--', '--help'], ['npm']).ms;
    // Node itself, started and stopped: part of the write floor, as the write-back is a process.
    const nodeRuns: number[] = [];
    for (let i = 0; i < Math.max(3, args.repeats); i++) nodeRuns.push(childRun([], [process.execPath, '-e', '0']).ms);
    nodeStart = summarise(nodeRuns);
    // Write-back: the RAG-formatted copy with its summary sheets, end to end, as many times as
    // the other steps (a single run on a shared machine can be off by a second or more).
    for (const wb of [budget, risk]) {
      const samples: number[] = [];
      const outFile = path.join(tmp, `${wb.key}.out.xlsx`);
      for (let i = 0; i < args.repeats; i++) {
        const res = childRun(['analyse', wb.file, '--out', outFile, '--quiet']);
        if (res.status !== 0) wb.notes.push(`--out child process exited with ${res.status}: ${res.stderr.trim()}`);
        samples.push(res.ms);
        if (res.peakRss !== null) wb.writeBackPeakRss = Math.max(wb.writeBackPeakRss ?? 0, res.peakRss);
      }
      wb.stats.writeBack = summarise(samples);
      // Its floor, in this process (Node's start-up, measured above, added to it).
      const plan = writeFloorPlan(wb.bytes, new Uint8Array(fs.readFileSync(outFile)));
      wb.writeFloorParts = { parts: plan.writtenParts, bytes: plan.writtenBytes };
      const floorOut = path.join(tmp, `${wb.key}.floor.xlsx`);
      const { stat } = await measure(() => floorWrite(wb.bytes, plan, floorOut), { repeats: args.repeats });
      wb.stats.writeFloor = { ...stat, samples: stat.samples.map((v) => v + nodeStart!.medianMs), medianMs: stat.medianMs + nodeStart.medianMs, minMs: stat.minMs + nodeStart.medianMs };
      fs.rmSync(floorOut, { force: true });
    }
  }
  let excelRows: number | null = null;
  if (args.exceljs) {
    const e = await excelJsLoad(budget.bytes);
    budget.stats.exceljs = { samples: [e.ms], medianMs: e.ms, minMs: e.ms, warmupMs: null, warmupCounted: false };
    budget.stats.exceljsRoundTrip = { samples: [e.roundTripMs], medianMs: e.roundTripMs, minMs: e.roundTripMs, warmupMs: null, warmupCounted: false };
    excelRows = e.rows;
  }

  // ---------------------------------------------------------------- the table
  const W = 44;
  const col = (s: string) => lpad(s, 10);
  out(`${pad('step', W)}${lpad(budget.label, 26)}      ${lpad(risk.label, 26)}`);
  out(`${pad('', W)}${col('median')}${col('min')}${lpad('runs', 6)}      ${col('median')}${col('min')}${lpad('runs', 6)}`);
  const cellFor = (s: Stat | undefined) => {
    if (!s) return `${col('-')}${col('')}${lpad('', 6)}      `;
    const runs = `${s.samples.length}${s.warmupCounted ? '*' : ''}`;
    return `${col(ms(s.medianMs))}${col(s.samples.length > 1 ? ms(s.minMs) : '')}${lpad(runs, 6)}      `;
  };
  for (const [key, name] of STEPS) {
    if (!budget.stats[key] && !risk.stats[key]) continue;
    out(`${pad(name, W)}${cellFor(budget.stats[key])}${cellFor(risk.stats[key])}`);
  }
  const per10k = (wb: WorkbookRun) => (wb.stats.engine && wb.engineRows ? (wb.stats.engine.medianMs / wb.engineRows) * 10_000 : null);
  out(`${pad('engine per 10,000 grid rows', W)}${col(ms(per10k(budget)))}${lpad(`(${int(budget.engineRows ?? 0)} rows)`, 22)}${col(ms(per10k(risk)))}${lpad(`(${int(risk.engineRows ?? 0)} rows)`, 22)}`);
  if (childStart) out(`${pad('child process start: rag-board --help (once)', W)}${col(ms(childStart.ms))}`);
  if (npmStart !== null) out(`${pad('npm run --silent rag-board -- --help (once)', W)}${col(ms(npmStart))}`);
  if (nodeStart) out(`${pad('node -e 0 (in the write floor)', W)}${col(ms(nodeStart.medianMs))}${col(ms(nodeStart.minMs))}${lpad(String(nodeStart.samples.length), 6)}`);
  const rss = (wb: WorkbookRun) => (wb.writeBackPeakRss === undefined ? '-' : mb(wb.writeBackPeakRss));
  if (budget.writeBackPeakRss !== undefined || risk.writeBackPeakRss !== undefined)
    out(`${pad('write-back: peak memory (RSS, child process)', W)}${col(rss(budget))}${lpad('', 16)}      ${col(rss(risk))}`);
  if ([budget, risk].some((wb) => Object.values(wb.stats).some((s) => s?.warmupCounted)))
    out(`  * the warm-up run took over ${LONG_RUN_MS / 1000} s, so it was counted as a sample rather than run twice`);
  out();

  const ratios = (wb: WorkbookRun) => ({
    readerOverFloor: ratio(wb.stats.reader?.medianMs, wb.stats.floor?.medianMs),
    readerOverDecodedFloor: ratio(wb.stats.reader?.medianMs, wb.stats.floorDecoded?.medianMs),
    endToEndOverFloor: ratio(wb.stats.cli?.medianMs, wb.stats.floor?.medianMs),
    engineOverReader: ratio(wb.stats.engine?.medianMs, wb.stats.reader?.medianMs),
    childOverInProcess: ratio(wb.stats.child?.medianMs, wb.stats.cli?.medianMs),
    excelJsOverEndToEnd: ratio(wb.stats.exceljs?.medianMs, wb.stats.cli?.medianMs),
    writeBackOverExcelJsRoundTrip: ratio(wb.stats.writeBack?.medianMs, wb.stats.exceljsRoundTrip?.medianMs),
    writeBackOverWriteFloor: ratio(wb.stats.writeBack?.medianMs, wb.stats.writeFloor?.medianMs),
  });
  const rb = ratios(budget);
  const rr = ratios(risk);
  const ratioRows: [string, keyof ReturnType<typeof ratios>][] = [
    ['reader / floor', 'readerOverFloor'],
    ['reader / (floor + decode)', 'readerOverDecodedFloor'],
    ['end to end in-process / floor', 'endToEndOverFloor'],
    ['engine / reader', 'engineOverReader'],
    ['child process / in-process end to end', 'childOverInProcess'],
    ['ExcelJS load alone / our end to end', 'excelJsOverEndToEnd'],
    ['our write-back / ExcelJS load + write', 'writeBackOverExcelJsRoundTrip'],
    ['write-back / write floor (target 1.5x)', 'writeBackOverWriteFloor'],
  ];
  out(`${pad('ratios (of medians)', W)}${lpad('budget', 10)}${lpad('risk', 32)}`);
  for (const [name, key] of ratioRows) {
    if (rb[key] == null && rr[key] == null) continue;
    out(`${pad(name, W)}${lpad(x(rb[key]), 10)}${lpad(x(rr[key]), 32)}`);
  }
  out(
    `engine growth on the budget sheet: ${int(scaling.partRows)} -> ${int(scaling.fullRows)} rows (${scaling.rowRatio.toFixed(1)}x) took ` +
      `${ms(scaling.partStat.medianMs)} -> ${ms(budget.stats.engine!.medianMs)} (${scaling.timeRatio.toFixed(1)}x): ` +
      `time ~ rows^${scaling.exponent.toFixed(2)} (1 = linear, 2 = quadratic)`,
  );
  // A scan of every row above each row (a check asked of every section's first line) does not
  // fail a test, it only makes a 100,000-line budget take a minute: the bench says so and fails.
  out(
    `engine growth on a budget whose every sum is wrong: ${int(wrongSums.smallRows)} -> ${int(wrongSums.largeRows)} rows took ` +
      `${ms(wrongSums.smallStat.medianMs)} -> ${ms(wrongSums.largeStat.medianMs)}: time ~ rows^${wrongSums.exponent.toFixed(2)}`,
  );
  const growsTooFast = scaling.exponent > MAX_LINEAR_EXPONENT || wrongSums.exponent > MAX_LINEAR_EXPONENT;
  if (growsTooFast) out(`<-- the engine grows faster than linear (above rows^${MAX_LINEAR_EXPONENT}): some step looks over all the rows above each row, or reads the table again for each of its sums`);
  if (excelRows !== null) out(`(ExcelJS read ${int(excelRows)} rows; it finds and checks nothing, so it is context, not a competitor)`);
  out();

  // ---------------------------------------------------------------- what was measured
  out('what the analysis found, against what the generator planted');
  let allOk = true;
  for (const wb of [budget, risk]) {
    out(`  ${wb.label}${wb.verdict!.ok ? '' : '   <-- DIFFERS'}`);
    for (const row of wb.verdict!.rows) {
      const differs = !row.note && (row.expected !== row.found || row.missing?.length || row.extra?.length);
      out(`    ${pad(row.what, 70)}${lpad(int(row.expected), 9)}${lpad(int(row.found), 9)}${differs ? '  <-- differs' : ''}`);
      if (differs && row.missing?.length) out(`      expected but not reported: ${row.missing.join(', ')}`);
      if (differs && row.extra?.length) out(`      reported but not planted: ${row.extra.join(', ')}`);
    }
    if (wb.floor) out(`    (floor counted ${int(wb.floor.cells)} cells and ${int(wb.floor.sharedStrings)} shared strings in ${mb(wb.floor.xmlBytes)} of XML)`);
    out(`    CLI report summary: ${JSON.stringify(wb.reportSummary)}`);
    if (wb.writeFloorParts) out(`    (write floor deflated ${wb.writeFloorParts.parts.join(', ')}: ${mb(wb.writeFloorParts.bytes)} of XML; copied the rest)`);
    for (const n of wb.notes) out(`    ${n}`);
    allOk &&= wb.verdict!.ok;
  }
  const totalMs = performance.now() - started;
  out();
  out();
  out('Office.js adapter on the Excel API double: round trips (context.sync) and the largest request and response (Excel on the web refuses over 5 MB)');
  for (const { label, counts } of syncs) {
    out(`  ${pad(label, 30)} read: ${counts.read.syncs} syncs, largest response ${mb(counts.read.maxResponseBytes)}; apply: ${counts.apply.syncs} syncs, largest request ${mb(counts.apply.maxRequestBytes)}`);
  }
  out(`${allOk ? 'All counts as planted.' : 'Some counts differ from what was planted: see "<-- differs" above.'} Bench took ${ms(totalMs)}; results in ${path.relative(ROOT, RESULTS)}`);

  const stepJson = (wb: WorkbookRun) =>
    Object.fromEntries(
      Object.entries(wb.stats).map(([k, s]) => [k, { medianMs: round(s!.medianMs), minMs: round(s!.minMs), samples: s!.samples.map(round), warmupMs: s!.warmupMs === null ? null : round(s!.warmupMs), warmupCounted: s!.warmupCounted }]),
    );
  const workbookJson = (wb: WorkbookRun, rat: ReturnType<typeof ratios>) => ({
    file: wb.file,
    bytes: wb.bytes.length,
    sheetRows: wb.sheetRows,
    cells: wb.cellsWritten,
    generateMs: round(wb.generateMs),
    engineGridRows: wb.engineRows,
    engineMsPer10kRows: per10k(wb) === null ? null : round(per10k(wb)!),
    steps: stepJson(wb),
    ratios: Object.fromEntries(Object.entries(rat).map(([k, v]) => [k, v === null ? null : Math.round(v * 100) / 100])),
    checks: wb.verdict,
    reportSummary: wb.reportSummary,
    writeBackPeakRssBytes: wb.writeBackPeakRss ?? null,
    writeFloorParts: wb.writeFloorParts ?? null,
    notes: wb.notes,
  });
  const results = {
    schema: 'rag-board/bench@1',
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    repeats: args.repeats,
    totalMs: round(totalMs),
    budget: workbookJson(budget, rb),
    risk: workbookJson(risk, rr),
    engineScaling: {
      partRows: scaling.partRows,
      fullRows: scaling.fullRows,
      partMedianMs: round(scaling.partStat.medianMs),
      fullMedianMs: round(budget.stats.engine!.medianMs),
      exponent: Math.round(scaling.exponent * 100) / 100,
    },
    wrongSumsScaling: {
      smallRows: wrongSums.smallRows,
      largeRows: wrongSums.largeRows,
      smallMedianMs: round(wrongSums.smallStat.medianMs),
      largeMedianMs: round(wrongSums.largeStat.medianMs),
      exponent: Math.round(wrongSums.exponent * 100) / 100,
    },
    childProcessStartMs: childStart ? round(childStart.ms) : null,
    npmRunStartMs: npmStart === null ? null : round(npmStart),
    nodeStartMs: nodeStart ? round(nodeStart.medianMs) : null,
    allCountsAsPlanted: allOk,
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  if (!allOk || growsTooFast) process.exitCode = 1;
  // The workbooks stay for a rerun or a look in Excel; the reports (tens of MB) go.
  for (const f of fs.readdirSync(tmp)) if (f.endsWith('.report.json')) fs.rmSync(path.join(tmp, f), { force: true });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
