/**
 * Slips of the keyboard in real headers ("Foreast" in Barking, Havering and Redbridge's board
 * report, "Varaince", "Actaul") are read as the word meant; words one letter away from no
 * header word are left alone.
 */
import { blockIn, measureIn } from '../../src/engine/detect/budgetHeader';
import { analyseWorkbook } from '../../src/engine/analyse';
import { normaliseHeader, riskMeasureOf } from '../../src/engine/detect/roles';
import type { BudgetTable } from '../../src/engine/model';

describe('header words with a slip of the keyboard', () => {
  it('are read as the word meant: dropped, added, changed or swapped letters', () => {
    expect(blockIn('2012/13 Foreast')).toBe('fullYear');
    expect(measureIn('Foreast Outturn')).toBe('forecast');
    expect(measureIn('Varaince')).toBe('variance');
    expect(measureIn('Actaul to date')).toBe('actual');
    expect(measureIn('Buddget')).toBe('budget');
    expect(measureIn('Outurn')).toBe('forecast');
  });

  it('leave other words alone', () => {
    expect(measureIn('Description')).toBeNull();
    expect(measureIn('Department')).toBeNull();
    expect(measureIn('Project')).toBeNull();
    expect(measureIn('Remainder of year')).toBeNull();
  });

  it('a table headed with them is read', () => {
    const a = analyseWorkbook({
      sheets: [{ name: 'Finance', visibility: 'visible', values: [['Service', 'Buget', 'Actaul', 'Varaince'], ['Pay', 100, 110, 10], ['Non pay', 50, 45, -5]] }],
    });
    const t = a.tables[0] as BudgetTable;
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'ytdBudget', 'ytdActual', 'ytdVariance']);
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
});

describe('"Y-T-D" written with stops or hyphens (St Anthony Village\'s budget to actual report)', () => {
  it('is the year to date however it is stopped', () => {
    expect(blockIn('Y-T-D')).toBe('ytd');
    expect(blockIn('Y/T/D Budget')).toBe('ytd');
    expect(blockIn('Y.T.D. Actual')).toBe('ytd');
  });

  it('alone beside "Budget", with no label over it naming the measure, is the actual to date; "Balance" is what remains', () => {
    const a = analyseWorkbook({
      sheets: [{ name: 'General Fund', visibility: 'visible', values: [['Expenditures:'], [null, null, 'Budget', 'Y-T-D', 'Balance'], ['Mayor/Council', null, 59400, 24957.19, 34442.81], ['Elections', null, 25200, 9713.94, 15486.06]] }],
    });
    const t = a.tables[0] as BudgetTable;
    expect(Object.fromEntries(t.columns.map((c) => [c.role, c.col]))).toEqual({ label: 0, annualBudget: 2, ytdActual: 3, remaining: 4 });
  });
});

describe('header words run together in capitals', () => {
  it('are words: "RiskAssessment", "ActualToDate", "YTDActual"', () => {
    expect(measureIn('ActualToDate')).toBe('actual');
    expect(blockIn('YTDActual')).toBe('ytd');
    expect(measureIn('AnnualBudget')).toBe('budget');
  });

  it('"ACT - YTD" is the actual to date abbreviated, beside its YTD only ("ACT" alone may be a territory) (Mill Creek South HOA, holdout 102)', () => {
    expect(measureIn('ACT - YTD')).toBe('actual');
    expect(measureIn('Act YTD')).toBe('actual');
    expect(measureIn('ACT')).toBeNull();
  });

  it('are words in capitals too, or lower case, where the run is nothing but header words: "RISKASSESSMENT", "actualtodate"', () => {
    expect(normaliseHeader('RISKASSESSMENT')).toBe('risk assessment');
    expect(riskMeasureOf('RISKSCORE')).toBe('score');
    expect(measureIn('ACTUALTODATE')).toBe('actual');
    expect(blockIn('yeartodate actual')).toBe('ytd');
    // Words of their own, or runs with other words in them, stay as they are.
    expect(riskMeasureOf('OUTSTANDINGCONCERNS')).toBeNull();
    expect(measureIn('Departmental')).toBeNull();
  });

  it('a parish\'s risk assessment whose grade column is printed "RiskAssessment" is read, graded in words (Morcott PC, holdout 97)', () => {
    const a = analyseWorkbook({
      sheets: [{ name: 'Risk Assessment', visibility: 'visible', values: [
        ['Risk No.', 'Subject', 'Risk(s) Identified (Description)', 'RiskAssessment', 'Mitigation / Control of Risk'],
        ['MPC001', 'Precept', 'Adequacy of precept requirements.', 'Low', 'Budget monitored quarterly'],
        ['MPC002', null, 'Adequate funds for the year', 'Low', 'Clerk drafts the precept'],
        ['MPC004', 'Financial Records', 'Inadequate records.', 'Medium', 'Financial Regulations followed'],
      ] }],
    });
    const register = a.tables.find((t) => t.kind === 'risk');
    expect(register?.kind === 'risk' && register.risks.map((r) => [r.ref, r.scores.current?.grade])).toEqual([['MPC001', 'Low'], ['MPC002', 'Low'], ['MPC004', 'Medium']]);
  });
});
