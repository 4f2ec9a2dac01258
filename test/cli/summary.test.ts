/**
 * The command line's account in the terminal (issue 10, section 4): RAG counts always R, A, G
 * with thousands separators, grade counts in the scheme's band order, a variance's direction
 * in words, and how a register was graded said plainly.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { buildReport } from '../../src/engine/report/report';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { describeReport } from '../../src/cli/summary';
import { generateBudgetWorkbook } from '../../bench/generate-budget';
import { LIVERPOOL, MONTH7, RISKS, analyseSample } from '../taskpane/helpers';
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';

const describeSample = (file: string, config: unknown = {}) => {
  const parsed = parseConfig(config);
  return describeReport(buildReport(analyseSample(file, config), file), { sign: parsed.budget.sign });
};

describe('the command line summary', () => {
  it('counts scores that no band of the key covers apart from risks with no score: scored, not graded, the scores named (Loddon PC, scores per area)', () => {
    const fixture = loadFixture(path.join(__dirname, '../corpus/fixtures/loddon-pc-risk-register-summary-of-risks-2019-09.json'));
    const text = describeReport(buildReport(analyseWorkbook(workbookOf(fixture), parseConfig({})), 'loddon.xlsx'), { sign: 'overspend-positive' });
    expect(text).toContain('current: 0 Low, 4 Moderate, 6 High, 1 Extreme, 7 not graded (7, 14: scores no band covers), 1 not scored\n');
  });

  it('says a register rated on a scale of its own beyond the matrix is scored and checked, not graded, naming its scores, never "graded by the NPSA 5x5 matrix" (Maiden Bradley PC, "SEVERITY 1-10" and no key of that scale)', () => {
    const fixture = loadFixture(path.join(__dirname, '../corpus/fixtures/maiden-bradley-pc-litter-pick-risk-assessment-undated.json'));
    const report = buildReport(analyseWorkbook(workbookOf(fixture), parseConfig({})), 'maiden-bradley.xlsx');
    expect(report.tables[0]).toMatchObject({ kind: 'risk', ratingScale: 10 });
    const text = describeReport(report, { sign: 'overspend-positive' });
    expect(text).toContain('4 risks rated from 1 to 10 on the register\'s own scale, scored and checked but not graded; scores inherent: 16, 24, 48; residual: 4, 8, 12, 16\n');
    expect(text).not.toContain('NPSA');
  });

  it('says a register rated on a scale of its own that its key grades is graded by that key (Cambois RC, "H 20-36 / M 12-18 / L 1-10" in the score\'s header)', () => {
    const fixture = loadFixture(path.join(__dirname, '../corpus/fixtures/cambois-rc-regatta-risk-assessment-2016-05.json'));
    const text = describeReport(buildReport(analyseWorkbook(workbookOf(fixture), parseConfig({})), 'cambois.xlsx'), { sign: 'overspend-positive' });
    expect(text).toContain("3 risks rated from 1 to 6 on the register's own scale, graded by the workbook's own key (Regatta Risk Assessment!G9); current: 1 L, 2 M, 0 H; residual: 3 L, 0 M, 0 H\n");
  });

  it('says a register rated in a workshop\'s averages is graded by the band each score reaches (Cairngorms NPA, 4.30 x 4.70)', () => {
    const fixture = loadFixture(path.join(__dirname, '../corpus/fixtures/cairngorms-npa-risk-workshop-results-2004-11.json'));
    const report = buildReport(analyseWorkbook(workbookOf(fixture), parseConfig({})), 'cairngorms.xlsx');
    expect(report.tables[0]).toMatchObject({ kind: 'risk', averagedRatings: true });
    expect(describeReport(report, { sign: 'overspend-positive' })).toContain('27 risks rated in averages with decimals, graded by the NPSA 5x5 matrix (npsa-4band) by the band each score reaches; current: 0 Low, 0 Moderate, 19 High, 8 Extreme\n');
  });

  it('says a project register rating each risk from its cost and time impacts by a rule of its own gives its scores as typed, not graded (Leicestershire CC, Melton Mowbray Distributor Road QRA)', () => {
    const fixture = loadFixture(path.join(__dirname, '../corpus/fixtures/leicestershire-cc-melton-mowbray-distributor-road-risk-register-qra-2017-11.json'));
    const report = buildReport(analyseWorkbook(workbookOf(fixture), parseConfig({})), 'melton.xlsx');
    expect(report.tables[0]).toMatchObject({ kind: 'risk', slotsRatedAsTyped: ['current', 'residual'] });
    const text = describeReport(report, { sign: 'overspend-positive' });
    expect(text).toContain('2 risks rated by the register\'s own rule from their impacts in several areas; current: scores 10, 21 as typed, not graded; residual: scores 2, 12 as typed, not graded\n');
    expect(text).toContain('Checks: 0 errors, 0 warnings');
  });

  it('gives RAG counts in the order R, A, G, and says overspend beside a positive variance', () => {
    const text = describeSample(LIVERPOOL);
    expect(text).toContain('9 lines; YTD variance £124,532 overspend; forecast variance £240,320 overspend; RAG 1 R, 1 A, 7 G\n');
    // Always all three letters, in that order, even where a count is 0.
    expect(text).toContain('1 line; RAG 0 R, 0 A, 1 G\n');
  });

  it('still says overspend when the config counts an underspend positive (the sign changes, the direction does not); never a bare bracketed figure', () => {
    const text = describeSample(LIVERPOOL, { budget: { sign: 'favourable-positive' } });
    expect(text).toContain('YTD variance £124,532 overspend; forecast variance £240,320 overspend');
    const month7 = describeSample(MONTH7);
    expect(month7).toMatch(/variance £[\d,]+k (underspend|overspend)/);
    expect(month7).not.toMatch(/variance \(/);
  });

  it('names the workbook key a register was graded by, and gives grade counts in band order with every band', () => {
    const text = describeSample(LIVERPOOL);
    expect(text).toContain("15 risks graded by the workbook's own key (Key!A13); current: 0 Low, 2 Moderate, 12 High, 1 Extreme; residual: 1 Low, 6 Moderate, 6 High, 2 Extreme\n");
    expect(text).not.toMatch(/graded by workbook|slot names/);
    expect(text).toMatch(/check which columns hold the scores/);
    const preset = describeSample(LIVERPOOL, { risk: { scheme: 'npsa-4band' } });
    expect(preset).toContain('graded by the NPSA 5x5 matrix (npsa-4band); current: ');
    const three = describeSample(RISKS, { risk: { scheme: 'three-band' } });
    expect(three).toMatch(/graded by three bands \(three-band\); inherent: \d+ Low, \d+ Medium, \d+ High/);
  });

  it('writes counts over a thousand with separators', () => {
    const gen = generateBudgetWorkbook({ lines: 3_000, seed: 20181105 });
    const analysis = analyseWorkbook(readXlsx(gen.bytes), parseConfig({}));
    const text = describeReport(buildReport(analysis, 'budget-3000.xlsx'));
    const m = /3,000 lines; YTD variance £[\d,]+k (?:overspend|underspend); forecast variance £[\d,]+k (?:overspend|underspend); RAG ([\d,]+) R, ([\d,]+) A, ([\d,]+) G\n/.exec(text);
    expect(m).not.toBeNull();
    const [r, a, g] = m!.slice(1).map((x) => Number(x.replace(/,/g, '')));
    expect(r! + a! + g!).toBe(3_000);
    expect(m![3]).toMatch(/^\d,\d{3}$/);
    expect(text).toMatch(/Checks: \d+ errors?, \d+ warnings?, \d+ within rounding/);
  });
});
