/**
 * The risk registers of the real documents, as pasted: separate L and C columns told apart
 * by the score column beside them (Liverpool), "16 (4x4)" scores (Staffordshire), and each
 * organisation's own grading key.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { RiskRegister } from '../../src/engine/model';
import {
  liverpoolRiskKey,
  liverpoolRiskProfile,
  liverpoolRiskRegister,
  staffordshireRiskGrading,
  staffordshireRiskRegister,
  staffordshireRiskRegisterAligned,
  staffordshireRisks12Plus,
} from '../fixtures/seeds';
import { sheetFromSeed, workbookOf } from './seedGrid';

function registers(...sheets: Parameters<typeof workbookOf>) {
  const analysis = analyseWorkbook(workbookOf(...sheets));
  return { analysis, registers: analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk') };
}

describe('Liverpool primary care risk register (seed 000, August 2017)', () => {
  const register = sheetFromSeed('Risk Register', liverpoolRiskRegister());
  const key = sheetFromSeed('Key', liverpoolRiskKey());
  const { analysis, registers: found } = registers(register, key);
  const reg = found[0]!;

  test('one register over both printed pages, 15 risks in their sections', () => {
    expect(found).toHaveLength(1);
    expect(reg.slots).toEqual(['current', 'residual']);
    expect(reg.risks.map((r) => r.ref)).toEqual([
      'Co-Com 01', 'Co-Com 02', 'Co-Com 03', 'Co-comm 04', 'Co-comm 05', 'Co-comm 06',
      'Trans PC 01', 'Trans PC 02', 'Trans PC 04', 'Trans PC 03', 'Rx1', 'Rx2', 'Rx3', 'Fin 01', 'Fin 02',
    ]);
    expect(reg.risks.find((r) => r.ref === 'Rx2')!.section).toBe('Prescribing');
    expect(reg.risks.find((r) => r.ref === 'Fin 01')!.section).toBe('Finance');
  });

  test('the two L/C pairs are told apart by the score column beside each', () => {
    const roles = Object.fromEntries(reg.columns.map((c) => [c.role, c.col]));
    expect(roles).toMatchObject({ currentLikelihood: 7, currentConsequence: 8, currentScore: 9, residualLikelihood: 12, residualConsequence: 13, residualScore: 14 });
  });

  test('every score is L x C and matches the score the register typed', () => {
    const rows = liverpoolRiskRegister();
    for (const risk of reg.risks) {
      const cells = rows[risk.row]!;
      const [l1, c1, s1, , , l2, c2, s2] = cells.slice(7, 15).map(Number);
      expect(risk.scores.current).toMatchObject({ likelihood: l1, consequence: c1, score: l1! * c1!, typedScore: s1 });
      expect(risk.scores.residual).toMatchObject({ likelihood: l2, consequence: c2, score: l2! * c2!, typedScore: s2 });
    }
  });

  test("graded by the workbook's own key (1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Extreme)", () => {
    expect(reg.scheme.id).toBe('workbook');
    expect(reg.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Low', 1, 3], ['Moderate', 4, 6], ['High', 8, 12], ['Extreme', 15, 25]]);
    expect(reg.scheme.source?.sheet).toBe('Key');
  });

  test("Co-Com 02's residual 4x4=16 above its current 3x3=9 is the one check raised", () => {
    expect(analysis.checks).toHaveLength(1);
    const c = analysis.checks[0]!;
    expect(c).toMatchObject({ code: 'residual_above_current', where: 'Co-Com 02', severity: 'warning', col: 14 });
    expect(c.row).toBe(reg.risks.find((r) => r.ref === 'Co-Com 02')!.row);
  });

  test("the residual grades agree with the paper's own profile table once the closed Co-comm 04 is left out", () => {
    const profile = liverpoolRiskProfile().slice(1).map((r) => [r[0]!.trim(), Number(r[2])]);
    const open = reg.risks.filter((r) => r.ref !== 'Co-comm 04');
    const count = (grade: string) => open.filter((r) => r.scores.residual?.grade === grade).length;
    for (const [grade, total] of profile) expect([grade, count(grade as string)]).toEqual([grade, total]);
    expect(open).toHaveLength(14);
  });
});

describe('Staffordshire corporate risk register (seed 001, October 2018)', () => {
  const grading = sheetFromSeed('Table One', staffordshireRiskGrading());

  test('scores written "16 (4x4)" give L, C and score, graded by the three bands of Table One', () => {
    const { analysis, registers: found } = registers(sheetFromSeed('Register', staffordshireRiskRegisterAligned()), grading);
    const reg = found[0]!;
    expect(reg.slots).toEqual(['inherent', 'residual', 'target']);
    expect(reg.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Low', 1, 4], ['Medium', 5, 10], ['High', 12, 25]]);
    expect(reg.risks).toHaveLength(9);
    const a156 = reg.risks.find((r) => r.ref === 'A1.56')!;
    expect(a156.scores.inherent).toMatchObject({ likelihood: 4, consequence: 4, score: 16, grade: 'High' });
    expect(a156.scores.residual).toMatchObject({ likelihood: 3, consequence: 4, score: 12, grade: 'High' });
    expect(a156.scores.target).toBeNull();
    expect(reg.risks.map((r) => r.trend)).toEqual(['Unchanged', 'Improving', 'Improving', 'Unchanged', 'Improving', 'Unchanged', 'Improving', 'Improving', 'New']);
    expect(analysis.checks).toEqual([]);
  });

  test('the "risks scoring 12+" table of the paper counts the inherent scores: 5 at 16, 3 at 9, 1 at 6', () => {
    const { registers: found } = registers(sheetFromSeed('Register', staffordshireRiskRegisterAligned()), grading);
    const paper = staffordshireRisks12Plus().slice(1).map((r) => [Number(r[0]), Number(r[1]), r[2]!.trim()]);
    for (const [n, score, rating] of paper) {
      const matching = found[0]!.risks.filter((r) => r.scores.inherent?.score === score);
      expect([score, matching.length, matching[0]?.scores.inherent?.grade]).toEqual([score, n, rating]);
    }
  });

  test('as pasted, with the version block above and the page break, the register is still read whole, dated 11 October 2018', () => {
    const { registers: found } = registers(sheetFromSeed('Register', staffordshireRiskRegister()), grading);
    expect(found).toHaveLength(1);
    expect(found[0]!.asAt).toEqual({ year: 2018, month: 10, day: 11 });
    // The version block's heading names the register; "Recommend Closure", a label below it, does not.
    expect(found[0]!.title).toBe('CCG CORPORATE RISK REGISTER (Clinical and Non Clinical Risks)');
    expect(found[0]!.risks.slice(0, 4).map((r) => r.ref)).toEqual(['A1.54', 'A1.55', 'A1.56', 'A1.57']);
    expect(found[0]!.risks.map((r) => r.ref)).toContain('A1.66');
  });

  test("likelihood written as words is read by Table One's own scale (3 = Likely), not NPSA's (Likely = 4), and the report says so", () => {
    // A register in the shape of Staffordshire's, with its likelihoods written as the words of its own key.
    const register = sheetFromSeed('Register', [
      ['Risk Ref', 'Risk Description', 'Likelihood', 'Consequence', 'Score'],
      ['A1.54', 'Workforce', 'Likely', 'Major', '12'],
      ['A1.55', 'Estates', 'Highly Likely', 'Moderate', '12'],
      ['A1.56', 'Investment', 'Rare', 'Catastrophic', '5'],
    ]);
    const { analysis, registers: found } = registers(register, grading);
    const scores = found[0]!.risks.map((r) => [r.ref, r.scores.current?.likelihood, r.scores.current?.consequence, r.scores.current?.score]);
    expect(scores).toEqual([
      ['A1.54', 3, 4, 12],
      ['A1.55', 4, 3, 12],
      ['A1.56', 1, 5, 5],
    ]);
    // The scores typed agree with the register's own scale, so nothing is flagged.
    expect(analysis.checks.filter((c) => c.code === 'score_mismatch')).toEqual([]);
    expect(analysis.notes.join(' ')).toMatch(/Likely = 3.*Table One!A\d+/);
  });

  test('a chosen preset overrides the workbook key, and the report says which was used', () => {
    const analysis = analyseWorkbook(workbookOf(sheetFromSeed('Register', staffordshireRiskRegisterAligned()), grading), parseConfig({ risk: { scheme: 'npsa-4band' } }));
    const reg = analysis.tables[0] as RiskRegister;
    expect(reg.scheme.id).toBe('npsa-4band');
    expect(reg.risks.find((r) => r.ref === 'A1.54')!.scores.inherent!.grade).toBe('Extreme');
  });
});
