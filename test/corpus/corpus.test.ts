/**
 * The corpus of real layouts: every fixture is well formed and transcribed consistently, the
 * scorer counts what it says it counts, and the engine's reading of the corpus never falls
 * below where it stands (raise MIN_FIDELITY and lower MAX_FALSE_ALARMS as detection improves;
 * README gives the figure). Both are counts over a fixed corpus, the same on every machine;
 * nothing here is timed.
 */
import { loadCorpus, Fixture } from './corpus';
import { analyseFixture, scoreFixture } from './score';
import { figuresAsNumbers, headersRetyped, shifted, withBlankUnderHeader, withCodeColumn, withCommentsColumn, withSpacerColumn, percentagesAsNumbers } from './variants';
import { transcriptionProblems } from './transcription';
import { Analysis, BudgetTable } from '../../src/engine/model';

/**
 * Share of the corpus's expected points the engine reproduces. (Holdouts 3 to 9, documents
 * built before the engine saw them, came in at 43.8% with 5 false alarms, 28.6% with 18, 62.6%
 * with 11, 76.7% with 145, 40.7% with 8, 43.7% with 40 and 10.5% with 23; holdouts 46 to 63 at
 * 51.8% by document with 267. The corpus stood at 95.7% before holdouts 108 and 109, which
 * brought 2,586 points, most of them in four US budget files, and fell to 92.6%; a department's
 * request alone for its year and a long-format open-data extract were read in stop 22, which
 * brought it back to 95.7%. Holdouts 110 to 128 came in at about 55% by document, with false
 * alarms in 9 of 38, and the corpus stood at 95.5%, 29,080 of 30,455 points. Holdouts 129 to
 * 143 (stop 23) came in at about 54% by document, with false alarms in 20 of 40, and brought
 * 6,709 points from the 39 now in the corpus, some in layouts still not read (Russian and French
 * registers and budgets, a five-year capital plan headed by years alone, a second table beside
 * the first); the 401 documents before them read 95.7%, and the corpus now stands at 94.2%,
 * 34,992 of 37,164. Holdouts 144 to 158 (stop 24) came in at about 57% by document, with false
 * alarms in 19 of 40; with the charter summary that waited in pending/, the documents added brought
 * 4,907 points, among them a student government's staircase
 * budget, a conference workbook whose plans and actuals differ only by their blocks' names, a
 * workshop's averaged ratings and a county's capital programme headed by years alone, none of
 * which is read yet (two more wait in pending/); the 440 documents before them read 95.0%, and
 * the corpus stood at 93.0%, 39,144 of 42,071. Holdouts 159 to 174 (stop 25) came in at about
 * 76% by document, with false alarms in 17 of 41, and brought 3,486 points from the 38 now in
 * the corpus (read at 73.2%), among them national tables headed by years alone or by results
 * with no plan (a state budget by article in French, NHS boards' capital allocations, trusts'
 * six-month returns), a budget monitor of variances only, a charity's lists with no header and
 * a register of impact and likelihood pairs, none of which is read yet; the 479 documents before
 * them read 93.2%, and the corpus stood at 91.7%, 41,760 of 45,557. Holdouts 175 to 189 (stop
 * 27) came in at about 56% by document, with false alarms in 15 of 34, and brought 2,150 points
 * from the 28 with figures now in the corpus (read at 86.6%), among them a conference budget in
 * Portuguese, a makerspace's register on its own scales and a borough council's cost of services
 * with its names between two year blocks, none read yet (five more wait in pending/); the 517
 * documents before them read 91.9%, and the corpus stood at 91.7%, 43,743 of 47,707. Holdouts 190
 * to 199 (stop 28) came in at about 60% by document, with false alarms in 9 of 25, and brought
 * 3,260 points from the 24 with figures now in the corpus (read at 76.7%), among them a revenue
 * and expenses summary with no budget named and two students' CSVs of bare "amount" columns,
 * none read; the 547 documents before them read 92.3%, and the corpus stood at 91.3%, 46,514 of
 * 50,967. Holdouts 200 to 213 (stop 29) came in at about 61% by document, with false alarms in
 * 19 of 43, and cost the 572 documents before them nothing; among them two councils' "Gross
 * Expenditure | Income | Net Spending" pages, a student group's "Requested | Recommended | Final"
 * budget, a hackerspace's "Yearly | April-December" vote, budget lists with no header over their
 * amounts, a "Year to" / "Date" header split over two rows, a community council's annual return
 * and registers rated in words alone, none read yet, so the corpus stood at 90.6%, 48,526 of
 * 53,554. In stop 30 those 612 documents came to read 92.0% (councils' gross, income and net
 * pages, plans over years, workshops' averaged ratings); holdouts 214 to 219 came in at about
 * 37% by document, and the corpus stood at 91.7%, 49,896 of 54,385. In stop 31 those 627
 * documents came to read 91.9% (49,976: a flat extract's blocks named down its lines, budget
 * lists with their year beside the title); holdouts 221 to 231 brought 18 documents, which came
 * in at about 29% by document with false alarms in five (registers scored on three ratings, kept
 * as Markdown pages with keys drawn in coloured marks or 3x3 matrices of grade words, rated in
 * chances in percent: read or set aside since, with none), and one waits in pending/; the 17 in
 * the corpus read 77.7%, among them a 0-1 scale, a hackathon's
 * side-by-side budget sheet and a foundation's income and expenses, none read yet. The corpus
 * stood at 91.6%, 50,971 of 55,666. Stop 32 added no documents and read more of those there
 * (a CSV's sheet titled by its file's whole name, headings printed a column left, outline
 * accounts, fund statements' sums, pages printing their column heads alone, keys written as letter pairs): 93.2%, 51,864 of
 * 55,672 (six points more to find after two fixtures were re-judged); the floor is just under
 * it, so that any reading lost fails here. Budget lists under their titles, stages with no
 * year, Gross | VAT | Net and a budget book's page footer then read five small bodies' budgets:
 * 93.7%, 52,144 of 55,672. Stop 33 read an outline stepping across "DETAILS | LINE ITEMS |
 * AMOUNT", French headers, a status of appropriations, probability registers, accounts
 * printed as lists and risk forms printed a page at a time too: 96.2%, 53,575 of 55,672; the
 * floor is just under it.)
 */
const MIN_FIDELITY = 0.962;
/**
 * Wrong figures, figures where a table has none, rows, tables and warnings that are not there:
 * none. (Holdouts 41 to 45 brought five, mended since: Town of Markham's "Year-End Projection |
 * Surplus/(Deficit)" read as a variance, and Greater Wellington's operational costs checked the
 * wrong way round.)
 */
const MAX_FALSE_ALARMS = 0;

const corpus = loadCorpus();

test('the corpus is at least 25 tables from at least 15 organisations', () => {
  expect(corpus.reduce((n, f) => n + f.expected.tables.length, 0)).toBeGreaterThanOrEqual(25);
  expect(new Set(corpus.map((f) => f.source.organisation)).size).toBeGreaterThanOrEqual(15);
});

test.each(corpus.map((f) => [f.id, f] as const))('%s: each expected row holds the label and figures it names', (_id, fixture) => {
  expect(transcriptionProblems(fixture)).toEqual([]);
});

// A ratchet on counts (points reproduced, false alarms raised), never on time: speed is the bench's.
test('the engine reads the corpus at least as well as it did', () => {
  const scores = corpus.map((f) => scoreFixture(f));
  const points = scores.reduce((n, s) => n + s.points, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const falseAlarms = scores.reduce((n, s) => n + s.falseAlarms.length, 0);
  expect(matched / points).toBeGreaterThanOrEqual(MIN_FIDELITY);
  expect(falseAlarms).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
});

/** How well a fixture is read, in a line a failing comparison names. */
function readingOf(f: Fixture): string {
  const s = scoreFixture(f);
  return `${f.id}: ${s.matched} of ${s.points}, ${s.falseAlarms.length} false`;
}

// Where a table stands on its sheet changes nothing of what is read in it: blank rows above the
// title (a sheet whose top rows were cleared) and blank columns left of it (column A kept for
// notes) are common in users' workbooks.
test('every corpus workbook moved down 9 rows and right 2 columns reads exactly as it stands', () => {
  expect(corpus.map((f) => readingOf(shifted(f, 9, 2)))).toEqual(corpus.map(readingOf));
});

// Most figures in the corpus are transcribed as printed text ("£12,345.00"); a user's
// spreadsheet holds them as numbers. Either way the same is read.
test('every corpus workbook with its tables\' figures typed as numbers reads exactly as it stands', () => {
  expect(corpus.map((f) => readingOf(figuresAsNumbers(f)))).toEqual(corpus.map(readingOf));
});

test.each([
  ['in capitals', (t: string) => t.toUpperCase()],
  ['with their spaces doubled', (t: string) => t.replace(/ /g, '  ')],
])('every corpus workbook with its headers retyped %s reads exactly as it stands', (_how, retype) => {
  expect(corpus.map((f) => readingOf(headersRetyped(f, retype)))).toEqual(corpus.map(readingOf));
});

// A spreadsheet holds "42%" as 0.42 shown as a percentage: a "% spent" column, a row of
// performance measures. Their format says they are no money, as the printed "%" does.
test('every corpus workbook with its percentages held as numbers formatted as percentages reads exactly as it stands', () => {
  const varied = corpus.map(percentagesAsNumbers);
  expect(varied.filter((v) => v.sheets.some((s) => s.numberFormats)).length).toBeGreaterThanOrEqual(50);
  expect(varied.map(readingOf)).toEqual(corpus.map(readingOf));
});

// Many sheets leave a blank row between the header and the first line.
test('every corpus workbook with a blank row under each table\'s header reads exactly as it stands', () => {
  expect(corpus.map((f) => readingOf(withBlankUnderHeader(f)))).toEqual(corpus.map(readingOf));
});

// Users keep a "Comments" column beside their figures: words about the figures are not figures.
test('every corpus workbook with a Comments column added after each table reads exactly as it stands', () => {
  expect(corpus.map((f) => readingOf(withCommentsColumn(f)))).toEqual(corpus.map(readingOf));
});

/** Each document a variant applies to, beside its variant. */
function whereItApplies(variant: (f: Fixture) => Fixture | null): Array<readonly [Fixture, Fixture]> {
  return corpus.flatMap((f) => {
    const v = variant(f);
    return v ? [[f, v] as const] : [];
  });
}

// Finance systems export a code before each name: the names, figures and checks stay the same.
test('every single budget table with a code column put before its names reads exactly as it stands', () => {
  const varied = whereItApplies(withCodeColumn);
  expect(varied.length).toBeGreaterThanOrEqual(40);
  expect(varied.map(([, v]) => readingOf(v))).toEqual(varied.map(([f]) => readingOf(f)));
});

// Sheets laid out for print keep a narrow empty column between the names and the figures.
test('every single budget table with an empty column put before its figures reads exactly as it stands', () => {
  const varied = whereItApplies(withSpacerColumn);
  expect(varied.length).toBeGreaterThanOrEqual(100);
  expect(varied.map(([, v]) => readingOf(v))).toEqual(varied.map(([f]) => readingOf(f)));
});

describe('the scorer', () => {
  const fixture: Fixture = {
    id: 'scorer-probe',
    source: { organisation: 'Probe', kind: 'other', title: 't', date: '2024', where: 'here', format: 'pdf' },
    sheets: [{ name: 'S', rows: [['Description', 'YTD Budget', 'YTD Actual'], ['Pay', '100', '110'], ['Non pay', '50', '40']] }],
    expected: {
      tables: [{ kind: 'budget', sheet: 'S', headerRow: 1, rows: [
        { row: 2, kind: 'line', label: 'Pay', ytdBudget: 100, ytdActual: 110, ytdVariance: 10 },
        { row: 3, kind: 'line', label: 'Non pay', ytdBudget: 50, ytdActual: 40, ytdVariance: -10 },
      ] }],
      checks: [],
    },
  };

  test('a faithful reading scores every point and no false alarm', () => {
    const s = scoreFixture(fixture);
    expect(s.matched).toBe(s.points);
    expect(s.falseAlarms).toEqual([]);
  });

  test('a figure read wrong is a miss and a false alarm; a warning nobody would raise is a false alarm', () => {
    const honest = scoreFixture(fixture);
    const wrong: Analysis = (() => {
      const a = analyseFixture(fixture);
      const t = a.tables[0] as BudgetTable;
      const rows = t.rows.map((r) => (r.label === 'Pay' ? { ...r, ytdActual: 111 } : r));
      return { ...a, tables: [{ ...t, rows }], checks: [{ sheet: 'S', row: 1, col: 2, where: 'Pay', code: 'reported_variance_mismatch', severity: 'error', message: 'x' }] };
    })();
    const s = scoreFixture(fixture, wrong);
    expect(s.matched).toBe(honest.matched - 1);
    expect(s.falseAlarms.map((f) => f.what)).toEqual([expect.stringContaining('ytdActual read as 111'), expect.stringContaining('reported_variance_mismatch')]);
  });

  test('a table not found loses all its points', () => {
    const s = scoreFixture(fixture, { tables: [], checks: [], notes: [] });
    expect(s.matched).toBe(0);
    expect(s.misses[0]!.what).toBe('table not found');
  });
});
