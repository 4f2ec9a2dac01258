/**
 * What Apply and Remove say they will do (from a real plan), the column corrections, and the
 * messages for failures: what, where, and what to do.
 */
import * as path from 'path';
import { DEFAULT_CONFIG, parseConfig } from '../../src/engine/config';
import { analyseWorkbook } from '../../src/engine/analyse';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { RagBoardError } from '../../src/engine/errors';
import type { BudgetTable, RiskRegister } from '../../src/engine/model';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { describeClear, describeError, describePlan } from '../../src/taskpane/model/actions';
import { columnViews, NOT_USED, roleLabel, withCorrection, withoutTableCorrections, BUDGET_ROLE_OPTIONS, RISK_ROLE_OPTIONS } from '../../src/taskpane/model/columns';
import { analyseWith, planWith } from '../../src/taskpane/engine/engineOps';
import { reviveError, serialiseError } from '../../src/taskpane/engine/rpc';
import { DEFAULT_SETTINGS } from '../../src/taskpane/model/settingsStore';
import { LIVERPOOL, analyseSample, sampleGrids } from './helpers';

describe('describePlan and describeClear', () => {
  it('lists the sheets and rules the Liverpool plan adds, and promises nothing of the user’s changes', () => {
    const grids = sampleGrids(LIVERPOOL);
    const plan = buildWritePlan(grids, analyseSample(LIVERPOOL), DEFAULT_CONFIG, { takenAt: '2017-08-31' });
    const d = describePlan(plan);
    expect(d.empty).toBe(false);
    expect(d.sheetNames).toEqual(['Budget Summary', 'Risk Summary', 'RAG Board data']);
    expect(d.lines[0]).toBe('Add or replace the sheet “Budget Summary” (the budget lines with live formulas, RAG and checks).');
    expect(d.lines.some((l) => /^Add \d+ colour rules \(conditional formats\) to “Finance”/.test(l))).toBe(true);
    expect(d.lines[d.lines.length - 1]).toMatch(/^No value or formula of yours is changed/);
    expect(d.ruleCount).toBe(plan.sourceRules.reduce((n, s) => n + s.rules.length, 0));
    expect(d.done).toBe(`Added the sheets “Budget Summary” and “Risk Summary”; a hidden sheet “RAG Board data” that remembers this run; and ${d.ruleCount} colour rules on your tables.`);
    expect(describePlan({ sheets: [], sourceRules: [] }).empty).toBe(true);
  });

  it('names RAG Board’s own sheets for Remove, and the hidden one', () => {
    const lines = describeClear(new Map([['Budget Summary', 'budget-summary'], ['RAG Board data', 'snapshot']]));
    expect(lines[0]).toMatch(/^Delete the sheets RAG Board made: “Budget Summary”, the hidden “RAG Board data”\./);
    expect(describeClear(undefined)[0]).toBe('RAG Board found none of its sheets in this workbook.');
  });

  it('says that copies the user made of our sheets are kept', () => {
    const lines = describeClear(new Map([['Risk Summary', 'risk-summary']]), new Set(['Risk Summary (2)', 'June board']));
    expect(lines).toContain('Keep “Risk Summary (2)” and “June board”: copies you made of RAG Board sheets, they are yours now.');
    expect(describeClear(new Map(), new Set(['Risk Summary (2)']))).toContain('Keep “Risk Summary (2)”: a copy you made of a RAG Board sheet, it is yours now.');
    expect(describeClear(new Map()).some((l) => l.startsWith('Keep'))).toBe(false);
  });
});

describe('engine operations (the worker’s, run here in-thread)', () => {
  it('analyses with saved settings and plans with the same', () => {
    const grids = sampleGrids(LIVERPOOL);
    const progress: number[] = [];
    const r = analyseWith(grids, { config: { budget: { redPct: 0.07 } }, columnRoles: [] }, (f) => progress.push(f));
    expect(r.settingsProblem).toBeNull();
    expect(r.effective).toEqual({ boardThreshold: 12, sign: 'overspend-positive', basis: 'forecast', redPct: 0.07, amberPct: 0.01 });
    expect(progress[progress.length - 1]).toBe(1);
    const { plan } = planWith(grids, { config: { budget: { redPct: 0.07 } }, columnRoles: [] }, '2017-08-31');
    const summary = plan.sheets.find((s) => s.role === 'budget-summary')!;
    expect(summary.rows[3]![1]).toMatchObject({ kind: 'number', value: 0.07 });
  });

  it('uses the defaults, and says why, when saved settings are not usable', () => {
    const r = analyseWith(sampleGrids(LIVERPOOL), { config: { budget: { redPct: 0.01, amberPct: 0.02 } }, columnRoles: [] });
    expect(r.settingsProblem).toMatch(/^Saved settings: budget\.amberPct \(0\.02\) is above budget\.redPct \(0\.01\).*The defaults were used; open Settings to correct it\.$/);
    expect(r.effective.redPct).toBe(0.05);
  });

  it('applies column corrections: the column left out is gone from the table the engine reads', () => {
    const r = analyseWith(sampleGrids(LIVERPOOL), { ...DEFAULT_SETTINGS, columnRoles: [{ sheet: 'Finance', headerRow: 2, col: 3, role: null }] });
    expect(r.corrections).toEqual({ saved: 1, applied: true });
    const finance = r.analysis.tables.find((t) => t.sheet === 'Finance')!;
    expect(finance.columns.some((c) => c.col === 3)).toBe(false);
  });
});

describe('column roles', () => {
  const tables = () => analyseSample(LIVERPOOL).tables;

  it('lists every column of the table with the role the engine read, and the ones it left out', () => {
    const finance = tables().find((t): t is BudgetTable => t.kind === 'budget')!;
    const views = columnViews(finance, [], sampleGrids(LIVERPOOL));
    expect(views.map((v) => `${v.letter}:${v.value}`)).toEqual(['A:label', 'B:ytdBudget', 'C:ytdActual', 'D:ytdVariance', 'E:annualBudget', 'F:forecastOutturn', 'G:forecastVariance']);
    const register = tables().find((t): t is RiskRegister => t.kind === 'risk')!;
    const rv = columnViews(register, [], sampleGrids(LIVERPOOL));
    expect(rv.find((v) => v.letter === 'B')).toMatchObject({ header: 'Organisational goal', detected: null, value: NOT_USED });
    expect(rv.find((v) => v.letter === 'J')).toMatchObject({ detected: 'currentScore' });
    expect(roleLabel('risk', 'residualLikelihood')).toBe('Residual likelihood');
    expect(BUDGET_ROLE_OPTIONS.map((o) => o.value)).toContain(NOT_USED);
    expect(RISK_ROLE_OPTIONS).toHaveLength(7 + 16 + 1);
  });

  it('shows each column of impact scored per area with the consequence it gives (Honiton TC business register)', () => {
    const workbook = workbookOf(loadFixture(path.resolve(__dirname, '../corpus/fixtures/honiton-tc-business-risk-register-2014.json')));
    const register = analyseWorkbook(workbook, parseConfig({})).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    const views = columnViews(register, [], workbook);
    expect(views.filter((v) => v.detected === 'inherentConsequence').map((v) => `${v.letter} ${v.header}`)).toEqual(['E S', 'F H', 'G E', 'H D1', 'I D2', 'J D3', 'K F']);
    expect(views.find((v) => v.letter === 'L')).toMatchObject({ detected: 'inherentLikelihood' });
  });

  it('keeps one correction per column, shows it as pending, and undoes a table’s corrections', () => {
    const finance = tables().find((t): t is BudgetTable => t.kind === 'budget')!;
    let corrections = withCorrection([], finance, 3, 'ytdVariance');
    expect(corrections).toEqual([]); // what the engine found anyway
    corrections = withCorrection(corrections, finance, 3, NOT_USED);
    corrections = withCorrection(corrections, finance, 3, 'forecastVariance');
    expect(corrections).toEqual([{ sheet: 'Finance', headerRow: 2, col: 3, role: 'forecastVariance' }]);
    const view = columnViews(finance, corrections).find((v) => v.col === 3)!;
    expect(view).toMatchObject({ value: 'forecastVariance', detected: 'ytdVariance', pending: true });
    // Picking the found role again keeps a correction (the analysis shown may already reflect one).
    expect(withCorrection(corrections, finance, 3, 'ytdVariance')).toEqual([{ sheet: 'Finance', headerRow: 2, col: 3, role: 'ytdVariance' }]);
    expect(withoutTableCorrections(corrections, finance)).toEqual([]);
  });
});

describe('describeError', () => {
  it('lets a RagBoardError describe itself, with a title by kind', () => {
    const e = new RagBoardError('cannot-write', 'The sheet is protected', { where: { sheet: 'Finance' }, hint: 'Unprotect it (Review > Unprotect Sheet), then Apply again' });
    expect(describeError(e, 'applying')).toEqual({
      title: 'The workbook could not be changed',
      text: 'The sheet is protected (sheet "Finance"). Unprotect it (Review > Unprotect Sheet), then Apply again.',
    });
  });

  it('keeps kind, place and hint across the worker boundary', () => {
    const e = new RagBoardError('unreadable-input', 'The file is password-protected', { where: { file: 'a.xlsx' }, hint: 'Remove the password in Excel' });
    const back = reviveError(structuredClone(serialiseError(e)));
    expect(back).toBeInstanceOf(RagBoardError);
    expect(describeError(back, 'reading').text).toBe(e.describe());
    // And a plain object of the same shape (as some adapters throw) is read the same way.
    expect(describeError({ kind: 'internal', message: 'x' }, 'reading').title).toBe('Something went wrong in RAG Board');
  });

  it('gives anything else a plain account and a next step', () => {
    const d = describeError(Object.assign(new Error('Timeout'), { code: 'GeneralException' }), 'applying RAG Board to the workbook');
    expect(d.title).toBe('Could not finish applying RAG Board to the workbook');
    expect(d.text).toBe(
      'RAG Board stopped while applying RAG Board to the workbook. Timeout (GeneralException). Running again is safe: RAG Board replaces its own sheets and rules rather than adding more. If it happens again, save and reopen the workbook, then try once more.',
    );
  });
});
