/**
 * A real spreadsheet engine agrees with us: every formula RAG Board writes into the sample
 * workbooks is recalculated by LibreOffice (with our cached results taken out first, so
 * nothing can pass by copying them) and compared with the value the engine cached.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { analyseWorkbook } from '../../src/engine/analyse';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { parseConfig } from '../../src/engine/config';
import { applyPlan } from '../../src/workbook/xlsx/write/apply';
import { convertWithLibreOffice, libreOfficeAvailable, withoutCachedResults } from '../helpers/libreoffice';
import { Fixture, loadFixture } from '../corpus/corpus';
import { writeFixtureXlsx } from '../corpus/xlsx';

const SAMPLES = path.resolve(__dirname, '../../samples');
const available = libreOfficeAvailable();
if (!available && process.env.CI) {
  throw new Error('LibreOffice (soffice) is required in CI for the recalculation tests: .ci/run installs libreoffice-calc');
}
if (!available) {
  // CI installs LibreOffice (.ci/run); say loudly where it is missing rather than pass quietly.
  console.warn('LibreOffice (soffice) is not installed: the recalculation tests are skipped. apt-get install libreoffice-calc');
}
const maybe = available ? test : test.skip;

jest.setTimeout(240_000);

const cases: [string, object][] = [
  ['liverpool-pccc-aug-2017.xlsx', {}],
  ['staffordshire-month7-2018.xlsx', {}],
  ['staffordshire-risk-register-2018.xlsx', {}],
  // Thresholds and sign changed, so the other branches of the formulas are exercised too.
  ['liverpool-pccc-aug-2017.xlsx', { budget: { basis: 'ytd', redPct: 0.03, amberPct: 0.005, materiality: 400000, sign: 'favourable-positive' }, risk: { scheme: 'three-band', boardThreshold: 9 } }],
];

/** Writes the plan into the workbook, has LibreOffice recalculate it with our cached results taken out, and lists every formula whose value differs. */
function recalculationMismatches(bytes: Buffer, configJson: object): { formulas: number; mismatches: string[]; planned: string[] } {
  const grids = readXlsx(bytes);
  const config = parseConfig(configJson);
  const plan = buildWritePlan(grids, analyseWorkbook(grids, config), config);
  const written = applyPlan(bytes, plan);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-recalc-'));
  const input = path.join(dir, 'stripped.xlsx');
  fs.writeFileSync(input, withoutCachedResults(written, (part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part)));
  const back = readXlsx(fs.readFileSync(convertWithLibreOffice(input, 'xlsx', path.join(dir, 'out'))));
  const mismatches: string[] = [];
  const planned: string[] = [];
  let formulas = 0;
  for (const sheet of plan.sheets) {
    const grid = back.sheets.find((s) => s.name === sheet.name);
    expect(grid).toBeDefined();
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.kind !== 'formula') return;
        formulas++;
        planned.push(cell.formula);
        const got = grid!.values[r]?.[c] ?? null;
        const want = cell.cached === '' ? null : cell.cached;
        const same =
          typeof want === 'number' && typeof got === 'number'
            ? Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want))
            : got === want || (want === null && got === '');
        if (!same) mismatches.push(`${sheet.name}!R${r + 1}C${c + 1} =${cell.formula}: cached ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}`);
      }),
    );
  }
  return { formulas, mismatches, planned };
}

/** A corpus document saved as a workbook (each cell through `cell`: text as a spreadsheet would hold it), written back and recalculated. */
async function recalculatedCorpusDocument(id: string, cell: (v: Fixture['sheets'][number]['rows'][number][number]) => Fixture['sheets'][number]['rows'][number][number] = (v) => v): Promise<ReturnType<typeof recalculationMismatches>> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-recalc-')), `${id}.xlsx`);
  const fixture = loadFixture(path.resolve(__dirname, `../corpus/fixtures/${id}.json`));
  await writeFixtureXlsx({ ...fixture, sheets: fixture.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(cell)) })) }, file);
  return recalculationMismatches(fs.readFileSync(file), {});
}

describe('LibreOffice recalculates every formula we write to the value we cached', () => {
  maybe.each(cases)('%s with config %j', (file, configJson) => {
    const { formulas, mismatches } = recalculationMismatches(fs.readFileSync(path.join(SAMPLES, file)), configJson);
    expect(formulas).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  });

  // A register scoring impact per area and giving each risk two rows: the Risk Summary's
  // consequence is the highest area, live, and its residual links to each risk's second row.
  maybe('a register that scores impact per area, two rows to a risk (Honiton TC, from the corpus)', async () => {
    // Its scores as a spreadsheet holds them, numbers (the fixture has them as the printed text).
    const { formulas, mismatches, planned } = await recalculatedCorpusDocument('honiton-tc-business-risk-register-2014', (v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v));
    expect(formulas).toBeGreaterThan(20);
    expect(planned.some((f) => f.startsWith("IF(MAX('Risk register'!E6:K6)>0"))).toBe(true);
    expect(planned).toContain("'Risk register'!L6");
    expect(mismatches).toEqual([]);
  });

  // Actuals and their variances with no budget: the summary's budget is the actual less the
  // variance, live on the sheet's cells, and its variance and RAG follow from it.
  maybe('actuals to date and their variances with no budget column (Essex Fire Authority, from the corpus)', async () => {
    // Its figures as a spreadsheet holds them, numbers (the fixture has them as the printed text).
    const { formulas, mismatches, planned } = await recalculatedCorpusDocument('essex-fire-authority-management-accounts-m10-2009-10', (v) =>
      typeof v === 'string' && /^\(?[\d,]+\)?$/.test(v) ? (v.startsWith('(') ? -1 : 1) * Number(v.replace(/[(),]/g, '')) : v,
    );
    expect(formulas).toBeGreaterThan(20);
    expect(planned).toContain("'EFA-032-10'!B19-'EFA-032-10'!C19");
    expect(mismatches).toEqual([]);
  });

  // Graded by the matrix printed as a grid under the register (a grade word in each cell, not
  // bands of the score): the summary writes the grid out and each grade is looked up on it, live.
  maybe('a register graded by its matrix grid, in words (Victoria University of Wellington student team, from the corpus)', async () => {
    const { formulas, mismatches, planned } = await recalculatedCorpusDocument('vuw-world-builder-project-risk-register-2023-08');
    expect(formulas).toBeGreaterThan(20);
    expect(planned.filter((f) => f.includes('INDEX($B$')).length).toBeGreaterThanOrEqual(6);
    expect(mismatches).toEqual([]);
  });

  // A DCB0129 hazard log: each score is the rating its likelihood and severity are given on the
  // standard's matrix, which the summary writes out and looks up, live.
  maybe('a hazard log rated on the DCB0129 matrix (Guy\'s and St Thomas\' clinical scientific computing, from the corpus)', async () => {
    const { formulas, mismatches, planned } = await recalculatedCorpusDocument('gstt-csc-mr-spectroscopy-hazard-log-2022-01');
    expect(formulas).toBeGreaterThan(10);
    expect(planned.filter((f) => f.includes('INDEX($B$')).length).toBe(6);
    expect(mismatches).toEqual([]);
  });

  // A matrix that ranks its 25 cells 1 to 25 ("Possible x Major = High 18"), its grades bands of
  // the ranks: the summary writes the ranks out and looks each pair's score up on them, live.
  maybe('a register on a ranked matrix (an Australian body\'s sample risk assessment, from the corpus)', async () => {
    const { formulas, mismatches, planned } = await recalculatedCorpusDocument('unnamed-au-body-sample-risk-assessment-ranked-matrix-undated');
    expect(formulas).toBeGreaterThan(5);
    expect(planned.filter((f) => f.includes('INDEX($B$')).length).toBeGreaterThanOrEqual(2);
    expect(mismatches).toEqual([]);
  });

  // Graded in letters with no scores, one risk's letter two lines below its name: the summary's
  // grades are live on the register's cells (that one on its own line), counted in the profile
  // and coloured by severity.
  maybe('a register graded in words alone, a grade on a later line of its risk (Bardney Group PC, from the corpus)', async () => {
    const { formulas, mismatches, planned } = await recalculatedCorpusDocument('bardney-group-pc-financial-risk-assessment-2021-03');
    expect(formulas).toBeGreaterThan(5);
    // The third risk is named on row 18 and graded on row 20.
    expect(planned.some((f) => f.includes(`TRIM(""&'Risk Assessment Form'!D20)`))).toBe(true);
    expect(planned.some((f) => f.includes(`TRIM(""&'Risk Assessment Form'!D18)`))).toBe(false);
    expect(mismatches).toEqual([]);
  });
});
