/**
 * Hazard logs kept to the NHS clinical safety standards DCB0129 and DCB0160 (Guy's and St
 * Thomas' clinical scientific computing team's hazard log, holdout 89): rated on the standard's
 * matrix, each pair looked up to a rating of 1 to 5, not multiplied.
 */
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { analyseFixture } from '../corpus/score';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { parseConfig } from '../../src/engine/config';
import { DCB0129_SCHEME, PRESET_SCHEMES, bandMarks, boardThresholdFor, scoreOf } from '../../src/engine/rag/scheme';
import { riskMeasureOf, slotOf } from '../../src/engine/detect/roles';
import type { RiskRegister } from '../../src/engine/model';
import { parseRatingPair } from '../../src/engine/cells/risk';
import { DCB0129_RATING_WORDS } from '../../src/engine/risk/clinicalSafety';

const gstt = loadFixture(path.join(__dirname, '../corpus/fixtures/gstt-csc-mr-spectroscopy-hazard-log-2022-01.json'));

describe('the DCB0129 clinical risk matrix', () => {
  it('rates each pair by looking it up, as NHS England prints it: Low x Considerable is 2, Very high x Catastrophic 5', () => {
    expect(scoreOf(DCB0129_SCHEME, 2, 3)).toBe(2);
    expect(scoreOf(DCB0129_SCHEME, 3, 3)).toBe(3);
    expect(scoreOf(DCB0129_SCHEME, 1, 5)).toBe(3);
    expect(scoreOf(DCB0129_SCHEME, 5, 1)).toBe(3);
    expect(scoreOf(DCB0129_SCHEME, 5, 5)).toBe(5);
    expect(scoreOf(PRESET_SCHEMES['npsa-4band']!, 2, 3)).toBe(6);
  });

  it('marks its heat maps\' cells so that no mark stands for two grades (Undesirable and Unacceptable share a U)', () => {
    expect([...bandMarks(DCB0129_SCHEME.bands)]).toEqual([['Acceptable', 'A'], ['Undesirable', 'Und'], ['Unacceptable', 'Una']]);
    expect([...bandMarks(PRESET_SCHEMES['npsa-4band']!.bands).values()]).toEqual(['L', 'M', 'H', 'E']);
  });

  it('puts before the board what its ratings say (3, undesirable, and above) where the configured threshold is beyond them', () => {
    expect(boardThresholdFor(DCB0129_SCHEME, 12)).toBe(3);
    expect(boardThresholdFor(DCB0129_SCHEME, 4)).toBe(4);
    expect(boardThresholdFor(PRESET_SCHEMES['npsa-4band']!, 12)).toBe(12);
  });

  it('a hazard log with its severity words ("Considerable") is rated on it: headers with slips of the keyboard ("Intial Risk", "Initial Likelihoos") read, the impact written out in words not taken for a rating', () => {
    const analysis = analyseFixture(gstt);
    const [register] = analysis.tables as RiskRegister[];
    expect(register!.scheme.id).toBe('dcb0129');
    expect(register!.columns.map((c) => c.role)).toEqual(expect.arrayContaining(['inherentConsequence', 'inherentLikelihood', 'inherentScore', 'residualConsequence', 'residualLikelihood', 'residualScore']));
    expect(register!.columns.find((c) => c.header === 'Potential Clinical impact')).toBeUndefined();
    expect(register!.risks.map((r) => [r.scores.inherent?.score, r.scores.inherent?.grade, r.scores.residual?.score, r.scores.residual?.grade])).toEqual([
      [2, 'Acceptable', 2, 'Acceptable'],
      [3, 'Undesirable', 2, 'Acceptable'],
      [3, 'Undesirable', 2, 'Acceptable'],
    ]);
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
    expect(analysis.notes.join('\n')).toMatch(/hazard log rated on the DCB0129 clinical risk matrix/);
  });

  it('a typed rating the matrix does not give is a score mismatch, and one beyond it out of range, said in the matrix\'s terms', () => {
    const typed = (rating: string) => gstt.sheets.map((s) => ({ ...s, rows: s.rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === 7 ? rating : v)) : r)) }));
    const said = (rating: string) => analyseFixture({ ...gstt, sheets: typed(rating) }).checks.filter((c) => c.severity === 'error').map((c) => `${c.code}: ${c.message}`);
    expect(said('4')).toEqual(['score_mismatch: The inherent score is typed as 4 but the matrix rates 2 x 3 at 2; the register shows the wrong grade if left']);
    expect(said('6')).toEqual(['out_of_range: The inherent score is 6; the DCB0129 matrix rates from 1 to 5']);
  });

  it('the Risk Summary writes the matrix out and looks each score up on it, and its board table holds the undesirable hazards', () => {
    const analysis = analyseFixture(gstt);
    const plan = buildWritePlan(workbookOf(gstt), analysis, parseConfig({}));
    const summary = plan.sheets.find((s) => s.name === 'Risk Summary')!;
    const texts = summary.rows.flat().filter((c) => c !== undefined).map((c) => (c!.kind === 'text' ? c!.text : c!.kind === 'formula' ? `=${c!.formula}` : ''));
    expect(texts).toContain('The matrix: the rating of each likelihood (across) and consequence (down)');
    expect(texts.filter((t) => /^=IF\(AND\(ISNUMBER\([A-Z]+\d+\),ISNUMBER\([A-Z]+\d+\)\),INDEX\(\$B\$\d+:\$F\$\d+,6-[A-Z]+\d+,[A-Z]+\d+\),""\)$/.test(t)).length).toBe(6);
    expect(texts).toContain('Risks scoring 3 or more (0)');
  });
});

describe('register header words with a slip of the keyboard', () => {
  it('are read as the word meant, but a plural or another word is not', () => {
    expect([riskMeasureOf('Initial Likelihoos'), slotOf('Initial Likelihoos')]).toEqual(['likelihood', 'inherent']);
    expect(slotOf('Intial Risk')).toBe('inherent');
    expect(slotOf('Residaul Score')).toBe('residual');
    expect(slotOf('Initials')).toBeNull();
  });
});

describe('hazard logs of small health-tech makers (holdout 92)', () => {
  const first = (id: string) => analyseFixture(loadFixture(path.join(__dirname, `../corpus/fixtures/${id}.json`))).tables[0] as RiskRegister;

  it('two ratings in words in one cell are told apart by the scale that reads each ("Major" is only a severity); both ways open, the header decides, else neither', () => {
    const dcb = { likelihood: DCB0129_RATING_WORDS.likelihood!, consequence: DCB0129_RATING_WORDS.consequence! };
    expect(parseRatingPair('Major(s) / High', dcb)).toEqual({ likelihood: 4, consequence: 4 });
    expect(parseRatingPair('Considerable(m) / Very low', dcb)).toEqual({ likelihood: 1, consequence: 3 });
    expect(parseRatingPair('Likely x Minor', {})).toEqual({ likelihood: 4, consequence: 2 });
    expect(parseRatingPair('High / Medium', {})).toBeNull();
    expect(parseRatingPair('High / Medium', {}, 'consequence-first')).toEqual({ likelihood: 3, consequence: 4 });
  });

  it('"Initial | (blank) | Residual" over "Major(s) / High | 4": each slot\'s pair in words, its rating looked up on the DCB0129 matrix the log names (AI Discharge Summary Assistant)', () => {
    const register = first('ai-discharge-summary-assistant-hazard-log-2026-09');
    expect(register.scheme.id).toBe('dcb0129');
    expect(register.risks[3]!.scores.inherent).toMatchObject({ likelihood: 4, consequence: 5, score: 5 });
    expect(register.risks[3]!.scores.residual).toMatchObject({ likelihood: 3, consequence: 5, score: 4 });
  });

  it('"Initial S×L" over "4×3": severity then likelihood, the score beside it their product (Medicus Suite)', () => {
    const register = first('medicus-suite-graysbrook-hazard-log-2026-07');
    expect(register.risks[0]!.scores.inherent).toMatchObject({ likelihood: 3, consequence: 4, score: 12 });
    expect(register.risks[0]!.scores.residual).toMatchObject({ likelihood: 2, consequence: 4, score: 8 });
  });

  it('likelihoods in plain levels ("Very Low", "Low", "Medium") beside NPSA severities are 1, 2 and 3 of five (Radio Check)', () => {
    const register = first('radio-check-veterans-app-hazard-log-2025-12');
    expect(register.risks.map((r) => r.scores.current?.likelihood)).toEqual([2, 3, 2, 3, 2, 1, 2]);
    expect(register.risks.map((r) => r.scores.current?.score)).toEqual([10, 6, 8, 9, 6, 4, 8]);
  });
});
