/**
 * npm run fidelity: how much of the corpus of real layouts (test/corpus) the engine reads.
 * Prints one line per fixture and the figure: the share of expected figures, row kinds,
 * labels, scores, grades and checks reproduced, and the number of false alarms.
 *
 *   npm run fidelity                       the whole corpus
 *   npm run fidelity -- -v [ids...]        with every miss and false alarm, for some fixtures
 *   npm run fidelity -- --shift 3,1        every workbook moved down 3 rows and right 1 column
 *   npm run fidelity -- --check <file>...  checks fixtures' shape and transcription only
 *   npm run fidelity -- --xlsx <id> <file>  saves one fixture as an .xlsx, to try it through the CLI or the pane
 */
import * as path from 'path';
import { loadCorpus, loadFixture, Fixture } from '../test/corpus/corpus';
import { scoreFixture, FixtureScore } from '../test/corpus/score';
import { transcriptionProblems } from '../test/corpus/transcription';
import { writeFixtureXlsx } from '../test/corpus/xlsx';
import { shifted } from '../test/corpus/variants';

function check(files: string[]): number {
  let bad = 0;
  for (const f of files) {
    try {
      const fixture = loadFixture(path.resolve(f));
      const problems = transcriptionProblems(fixture);
      console.log(`${fixture.id}: ${problems.length ? `${problems.length} to look at` : 'shape and transcription fine'}`);
      for (const p of problems) console.log(`  ${p}`);
    } catch (e) {
      bad++;
      console.log((e as Error).message);
    }
  }
  return bad ? 1 : 0;
}

function percent(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

async function saveXlsx(id: string | undefined, file: string | undefined): Promise<number> {
  const matches = loadCorpus().filter((f) => id !== undefined && f.id.includes(id));
  if (!id || !file || matches.length !== 1) {
    console.error(`Usage: npm run fidelity -- --xlsx <fixture id or part of it> <file.xlsx>${id && matches.length > 1 ? ` ("${id}" names ${matches.length} fixtures: ${matches.map((f) => f.id).join(', ')})` : id && matches.length === 0 ? ` (no fixture's id contains "${id}")` : ''}`);
    return 2;
  }
  await writeFixtureXlsx(matches[0]!, path.resolve(file));
  console.log(`${matches[0]!.id} saved as ${file}`);
  return 0;
}

function main(argv: string[]): number | Promise<number> {
  if (argv[0] === '--check') return check(argv.slice(1));
  if (argv[0] === '--xlsx') return saveXlsx(argv[1], argv[2]);
  const verbose = argv.includes('-v') || argv.includes('--verbose');
  const only = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--shift');
  // --shift R,C: every workbook moved down R rows and right C columns, its expected values alike.
  const shiftAt = argv.indexOf('--shift');
  const shift = shiftAt >= 0 ? (argv[shiftAt + 1] ?? '').split(',').map(Number) : null;
  let fixtures: Fixture[] = loadCorpus();
  if (shift) fixtures = fixtures.map((f) => shifted(f, shift[0] ?? 0, shift[1] ?? 0));
  if (only.length) fixtures = fixtures.filter((f) => only.some((o) => f.id.includes(o)));
  const scores: FixtureScore[] = fixtures.map((f) => scoreFixture(f));
  const organisations = new Set(fixtures.map((f) => f.source.organisation));
  const tables = fixtures.reduce((n, f) => n + f.expected.tables.length, 0);
  for (const s of scores) {
    console.log(`${percent(s.matched, s.points).padStart(6)}  ${String(s.falseAlarms.length).padStart(3)} false  ${s.fixture}`);
    if (!verbose) continue;
    for (const m of s.misses) console.log(`          miss   ${m.where}: ${m.what}`);
    for (const m of s.falseAlarms) console.log(`          FALSE  ${m.where}: ${m.what}`);
  }
  const points = scores.reduce((n, s) => n + s.points, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const falseAlarms = scores.reduce((n, s) => n + s.falseAlarms.length, 0);
  console.log(`\nFidelity ${percent(matched, points)} (${matched} of ${points} expected points), ${falseAlarms} false alarm${falseAlarms === 1 ? '' : 's'}; ${tables} tables from ${organisations.size} organisations in ${fixtures.length} documents`);
  return 0;
}

void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
