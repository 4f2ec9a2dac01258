#!/usr/bin/env node
/**
 * rag-board: the command line. A thin adapter: it reads files, hands bytes to the .xlsx
 * reader and grids to the engine, and writes what the engine returns. Exit codes are part
 * of the contract (design.md): 0 done, 2 bad arguments, 3 input unreadable, 1 anything else.
 */
import { Command, CommanderError } from 'commander';
import { RagBoardError, isRagBoardError } from '../engine/errors';
import { analyseWorkbook } from '../engine/analyse';
import { buildReport } from '../engine/report/report';
import { readXlsx } from '../workbook/xlsx/read';
import { applyPlan, clearOwned } from '../workbook/xlsx/write/apply';
import { buildWritePlan } from '../engine/plan/buildPlan';
import { DEFAULT_CONFIG } from '../engine/config';
import { checkOutputPath, loadConfigFile, readInputFile, samePath, writeFileAtomically } from './files';
import { describeReport } from './summary';
import { describeExplanation } from './explain';
import { nodeZipCodec } from './node-zip-codec';
import { deflateCellsEarly } from './deflate-early';
import * as path from 'path';
import { PACKAGE_EXTENSIONS, workbookFormat } from '../workbook/xlsx/format';

export const EXIT = { ok: 0, failed: 1, badArguments: 2, unreadable: 3 } as const;

/** At most this much of the parts the reader inflated is kept for the writer (--out). */
const KEEP_INFLATED = 256 * 1024 * 1024;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal, so a progress line can be redrawn in place. */
  readonly stderrIsTty: boolean;
}

const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTty: Boolean(process.stderr.isTTY),
};

interface AnalyseOptions {
  report?: string;
  out?: string;
  config?: string;
  quiet?: boolean;
}

interface ExplainOptions {
  sheet?: string;
  config?: string;
}

interface ClearOptions {
  out: string;
  quiet?: boolean;
}

export async function run(argv: string[], io: CliIo = nodeIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('rag-board')
    .description('Finds budget tables and risk registers in an Excel workbook, recalculates and checks them, and reports RAG.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run "rag-board --help" for usage)');

  program
    .command('analyse')
    .alias('analyze')
    .description('analyse a workbook: tables found, variances, scores, checks')
    .argument('<in.xlsx>', 'the workbook to analyse (.xlsx or .xlsm); it is never changed')
    .option('--out <out.xlsx>', 'write a copy of the workbook with RAG formatting and the summary sheets added (the input is never changed)')
    .option('--report <report.json>', 'write the JSON report (schema rag-board/report@1) to this file')
    .option('--config <config.json>', 'thresholds, scheme and sheet names (see README, "Configuration")')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (input: string, options: AnalyseOptions) => {
      exitCode = await analyse(input, options, io);
    });

  program
    .command('explain')
    .description('say, for each sheet, which rows were read as table headers, the role given to each column and why, and why other rows were not taken as tables')
    .argument('<in.xlsx>', 'the workbook to explain (.xlsx or .xlsm); it is never changed')
    .option('--sheet <name>', 'explain this sheet only')
    .option('--config <config.json>', 'the config analyse would use, with its "tables" corrections')
    .action(async (input: string, options: ExplainOptions) => {
      exitCode = await explain(input, options, io);
    });

  program
    .command('clear')
    .description("write a copy of the workbook with everything RAG Board added taken off (its sheets and its rules), nothing else")
    .argument('<in.xlsx>', 'a workbook RAG Board wrote to')
    .requiredOption('--out <out.xlsx>', 'where to write the cleared copy (the input is never changed)')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (input: string, options: ClearOptions) => {
      exitCode = await clear(input, options, io);
    });

  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return EXIT.badArguments;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.badArguments;
    }
    return reportFailure(e, io);
  }
}

async function analyse(input: string, options: AnalyseOptions, io: CliIo): Promise<number> {
  // Quiet means nothing but errors: no progress line either.
  const progress = options.quiet ? () => undefined : progressLine(io, input);
  try {
    const config = options.config ? loadConfigFile(options.config) : undefined;
    if (options.report && samePath(options.report, input)) {
      throw new RagBoardError('bad-arguments', `--report would overwrite the input workbook "${input}"`, { hint: 'Give the report a file name of its own, such as report.json' });
    }
    refuseToOverwriteInput(options.out, input);
    if (options.out && options.report && samePath(options.out, options.report)) {
      throw new RagBoardError('bad-arguments', '--out and --report name the same file', { hint: 'Give each its own name' });
    }
    if (options.out) checkOutputPath(options.out, '--out');
    if (options.report) checkOutputPath(options.report, '--report');
    const bytes = readInputFile(input);
    // For --out, the parts the reader inflates are kept for the writer, and a big sheet's cells are
    // deflated on the other core while the engine runs (deflate-early.ts).
    // Kept up to KEEP_INFLATED bytes: the reader lets each sheet go once read, and a workbook near
    // the unpack limit must not be held whole on top of its grids.
    const inflated = options.out ? new Map<string, Uint8Array>() : undefined;
    let kept = 0;
    const keep = (part: string, b: Uint8Array) => {
      if (kept + b.length > KEEP_INFLATED) return;
      kept += b.length;
      inflated!.set(part, b);
    };
    const grids = readXlsx(bytes, { fileName: input, codec: nodeZipCodec, onProgress: (f) => progress(f * 0.8), onPart: inflated && keep });
    if (options.out) refuseWrongExtension(options.out, bytes, input);
    const deflating = inflated ? deflateCellsEarly(inflated) : undefined;
    const analysis = analyseWorkbook(grids, config, { onProgress: (f) => progress(0.8 + f * 0.2) });
    progress(null);
    let generated: string[] = [];
    let planNotes: ReadonlyArray<string> = [];
    if (options.out) {
      const plan = buildWritePlan(grids, analysis, config ?? DEFAULT_CONFIG, { takenAt: new Date().toISOString().slice(0, 10) });
      planNotes = plan.notes ?? [];
      const deflatedStarts = await deflating;
      writeFileAtomically(options.out, applyPlan(bytes, plan, { fileName: input, codec: nodeZipCodec, ownSheets: [...(grids.generatedSheets?.keys() ?? [])], inflated, deflatedStarts }), '--out');
      generated = plan.sheets.map((s) => s.name);
    }
    const report = buildReport(analysis, input, generated);
    report.notes.push(...planNotes);
    if (options.report) writeFileAtomically(options.report, JSON.stringify(report, null, 2) + '\n', '--report');
    if (!options.quiet) io.stdout(describeReport(report, { sign: (config ?? DEFAULT_CONFIG).budget.sign }) + (options.out ? writtenLine(options.out, generated, analysis.tables.length > 0, grids.keptCopies) + unprovenLine(grids.unprovenMarks) : ''));
    return EXIT.ok;
  } catch (e) {
    // The error starts on a clean line, not after "Analysing ... 40%".
    progress(null);
    return reportFailure(e, io);
  }
}

/** "Reading budget.xlsx 45%" on a terminal for files that take a while; nothing when piped. */
function progressLine(io: CliIo, file: string): (fraction: number | null) => void {
  if (!io.stderrIsTty) return () => undefined;
  const started = Date.now();
  let shown = false;
  let last = -1;
  return (fraction) => {
    if (fraction === null) {
      if (shown) io.stderr('\r\x1b[K');
      return;
    }
    const pct = Math.floor(fraction * 100);
    if (pct === last || Date.now() - started < 500) return;
    last = pct;
    shown = true;
    io.stderr(`\rAnalysing ${file} ${pct}%`);
  };
}

function refuseToOverwriteInput(out: string | undefined, input: string): void {
  if (out && samePath(out, input)) {
    throw new RagBoardError('bad-arguments', `--out would overwrite the input workbook "${input}"`, {
      hint: 'RAG Board never changes the workbook it reads; give the copy a name of its own, such as "budget (RAG Board).xlsx"',
    });
  }
}

async function explain(input: string, options: ExplainOptions, io: CliIo): Promise<number> {
  try {
    const config = options.config ? loadConfigFile(options.config) : undefined;
    const grids = readXlsx(readInputFile(input), { fileName: input, codec: nodeZipCodec });
    const names = grids.sheets.map((s) => s.name);
    if (options.sheet !== undefined && !names.includes(options.sheet)) {
      throw new RagBoardError('bad-arguments', `--sheet "${options.sheet}": the workbook has no sheet of that name`, { hint: `Its sheets are ${names.map((n) => `"${n}"`).join(', ')}` });
    }
    const analysis = analyseWorkbook(grids, config, { explain: true });
    // Our own summaries are never read as tables, so there is nothing to explain on them.
    const shown = names.filter((n) => (options.sheet === undefined || n === options.sheet) && !grids.generatedSheets?.has(n) && !grids.keptCopies?.has(n));
    io.stdout(describeExplanation(input, shown, analysis));
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e, io);
  }
}

/**
 * A copy keeps the kind of its workbook (.xlsx, macro-enabled .xlsm, template, ...), and Excel
 * refuses a package whose kind does not match its extension: so --out must name the same kind.
 * Converting would drop the macros; refusing loses nothing.
 */
function refuseWrongExtension(out: string, bytes: Uint8Array, input: string): void {
  const format = workbookFormat(bytes, { fileName: input, codec: nodeZipCodec });
  const ext = path.extname(out).toLowerCase();
  if (ext === format.extension) return;
  const suggestion = `${out.slice(0, out.length - ext.length)}${format.extension}`;
  const keep = format.macros ? ' to keep the macros' : '';
  const what = PACKAGE_EXTENSIONS.has(ext) || ext === '' ? `under ${ext === '' ? 'a name without an extension' : `an ${ext} name`}` : `under an "${ext}" name`;
  throw new RagBoardError('bad-arguments', `--out "${out}" would hold ${format.description} ${what}, which Excel refuses to open`, {
    hint: `Write to "${suggestion}"${keep}`,
  });
}

async function clear(input: string, options: ClearOptions, io: CliIo): Promise<number> {
  try {
    refuseToOverwriteInput(options.out, input);
    checkOutputPath(options.out, '--out');
    const bytes = readInputFile(input);
    // Read and checked as analyse reads it: a damaged workbook is refused, not copied; and only
    // the sheets proven ours (marked, and holding what we wrote) are taken off.
    const grids = readXlsx(bytes, { fileName: input, codec: nodeZipCodec });
    refuseWrongExtension(options.out, bytes, input);
    writeFileAtomically(options.out, clearOwned(bytes, { fileName: input, codec: nodeZipCodec, ownSheets: [...(grids.generatedSheets?.keys() ?? [])] }), '--out');
    if (!options.quiet) io.stdout(`${input}\n  Written: ${options.out}, with RAG Board's sheets and rules taken off\n${unprovenLine(grids.unprovenMarks)}`);
    return EXIT.ok;
  } catch (e) {
    return reportFailure(e, io);
  }
}

function reportFailure(e: unknown, io: CliIo): number {
  if (isRagBoardError(e)) {
    io.stderr(`rag-board: ${e.describe()}\n`);
    if (e.kind === 'bad-arguments') return EXIT.badArguments;
    if (e.kind === 'unreadable-input') return EXIT.unreadable;
    return EXIT.failed;
  }
  const detail = e instanceof Error ? e.message : String(e);
  io.stderr(`rag-board: something went wrong that we did not expect (${detail}). Nothing was written. Please report it with the workbook's layout (not its data).\n`);
  if (process.env.RAG_BOARD_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
  return EXIT.failed;
}

/** The command as a process runs it: its exit code set from what `run` returns, never a stack trace. */
export function main(argv: string[]): Promise<void> {
  return run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.exitCode = reportFailure(e, nodeIo);
    },
  );
}

// Run directly (tsx src/cli/main.ts); bin/rag-board.js calls main() on the bundle.
if (require.main === module) void main(process.argv.slice(2));

/** What --out wrote, and which copies of earlier summaries it left alone as the user's. */
function writtenLine(out: string, generated: ReadonlyArray<string>, formatted: boolean, keptCopies: ReadonlySet<string> | undefined): string {
  const quoted = (names: Iterable<string>) => [...names].map((n) => `"${n}"`).join(', ');
  const one = keptCopies?.size === 1;
  const kept = keptCopies?.size ? `; kept ${quoted(keptCopies)} as ${one ? 'it is (your copy of an earlier summary)' : 'they are (your copies of earlier summaries)'}` : '';
  return `  Written: ${out} (added ${generated.length ? quoted(generated) : 'no sheets'}${formatted ? ' and RAG formatting on the tables' : ''}${kept})\n`;
}

/** The sheets that carry RAG Board's mark without holding what it wrote there: kept as the user's. */
function unprovenLine(unproven: ReadonlySet<string> | undefined): string {
  if (!unproven?.size) return '';
  const names = [...unproven].map((n) => `"${n}"`).join(', ');
  const one = unproven.size === 1;
  return `  Kept ${names} as ${one ? 'it is: it carries' : 'they are: they carry'} RAG Board's mark but not what RAG Board wrote there, so ${one ? 'it is' : 'they are'} treated as yours\n`;
}
