/**
 * Registers graded in words or letters with no scores ("L", "M", "H"; "High", "Medium", "Low"),
 * as many parish and town councils keep them: the Risk Summary counts them by their own words,
 * puts the high ones before the board, colours them by severity, and the command line counts
 * them in order of severity.
 */
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { buildReport } from '../../src/engine/report/report';
import { describeReport } from '../../src/cli/summary';
import { gradeWordLevel, inSeverityOrder } from '../../src/engine/risk/gradeWords';
import { asGrid } from '../helpers/generatedSheets';
import { profileTable } from '../helpers/riskProfile';

const fixture = (id: string) => loadFixture(path.join(__dirname, '../corpus/fixtures', `${id}.json`));

function summaryOf(id: string) {
  const grids = workbookOf(fixture(id));
  const config = parseConfig({});
  const analysis = analyseWorkbook(grids, config);
  const plan = buildWritePlan(grids, analysis, config);
  const sheet = plan.sheets.find((s) => s.role === 'risk-summary')!;
  return { analysis, sheet, values: asGrid(sheet).values };
}

test('grade words are put in order of severity, letters as their words', () => {
  expect(inSeverityOrder(['H', 'L', 'Medium', 'Very High', 'Low-Medium', 'RED', 'n/a'])).toEqual(['L', 'Low-Medium', 'Medium', 'H', 'RED', 'Very High', 'n/a']);
  expect(gradeWordLevel('med/high')).toBe(3.5);
  expect(gradeWordLevel('Owner')).toBeNull();
});

describe('a register graded L, M and H with no scores (Nuneham Courtenay PC)', () => {
  const id = 'nuneham-courtenay-pc-risk-assessment-2021';
  it('its profile counts each letter, most severe first, with no empty score bands beside them', () => {
    const { analysis, values } = summaryOf(id);
    const risks = analysis.tables.flatMap((t) => (t.kind === 'risk' ? t.risks : []));
    const count = (g: string) => risks.filter((r) => r.scores.current?.grade === g).length;
    expect(profileTable(values, 3)).toEqual([
      ['H', 'in words', count('H'), 'first run'],
      ['M', 'in words', count('M'), 'first run'],
      ['L', 'in words', count('L'), 'first run'],
    ]);
    expect(profileTable(values, 4)[3]).toEqual([]);
  });
  it('the board table holds the risks graded H, as the band the threshold score falls in (High) would', () => {
    const { analysis, values } = summaryOf(id);
    const high = analysis.tables.flatMap((t) => (t.kind === 'risk' ? t.risks : [])).filter((r) => r.scores.current?.grade === 'H');
    expect(high.length).toBeGreaterThan(0);
    const title = values.flat().find((v) => typeof v === 'string' && v.startsWith('Risks scoring'));
    expect(title).toBe(`Risks scoring 12 or more, or graded High or above in words (${high.length})`);
  });
  it('each grade is live on the register\'s cell and coloured by its severity, the letter always in the cell', () => {
    const { sheet } = summaryOf(id);
    const formulas = sheet.rows.flat().filter((c) => c?.kind === 'formula').map((c) => (c as { formula: string }).formula);
    expect(formulas.some((f) => /TRIM\(""&'[^']+'![A-Z]+\d+\)/.test(f))).toBe(true);
    const colours = Object.fromEntries(sheet.rules.filter((r) => /="[LMH]"$/.test(r.condition)).map((r) => [r.condition.slice(-2, -1), r.style.fill]));
    expect(colours).toEqual({ L: '#007F3B', M: '#FFB81C', H: '#D5281B' });
  });
});

test('"High", "Medium" and "Low" with no scores are profiled as written; "High" goes before the board (Ferndown TC)', () => {
  const { analysis, values } = summaryOf('ferndown-tc-financial-risk-management-2020-21');
  const risks = analysis.tables.flatMap((t) => (t.kind === 'risk' ? t.risks : []));
  expect(profileTable(values, 3).map((r) => r.slice(0, 2))).toEqual([['High', 'in words'], ['Medium', 'in words'], ['Low', 'in words']]);
  const high = risks.filter((r) => r.scores.current?.grade === 'High' || r.scores.residual?.grade === 'High');
  expect(values.flat()).toContain(`Risks scoring 12 or more, or graded High or above in words (${high.length})`);
});

test('the command line says the register grades in its own words and counts them from the least severe (Ryde TC)', () => {
  const grids = workbookOf(fixture('ryde-tc-risk-assessment-2021-01'));
  const analysis = analyseWorkbook(grids, parseConfig({}));
  const text = describeReport(buildReport(analysis, 'ryde.xlsx'));
  expect(text).toContain("3 risks graded in the register's own words, with no scores; current: 1 L, 1 M, 1 not graded");
});

test('a second run shows movement by the grades\' severity: a risk regraded from L to H deteriorates, one left at M is unchanged (Nuneham Courtenay PC)', () => {
  const f = fixture('nuneham-courtenay-pc-risk-assessment-2021');
  const config = parseConfig({});
  const first = workbookOf(f);
  const plan = buildWritePlan(first, analyseWorkbook(first, config), config);
  const snapshot = plan.sheets.find((s) => s.role === 'snapshot')!;
  // Risk 1 ("Precept") regraded from L to H in the register.
  const sheet = f.sheets[0]!;
  const at = sheet.rows.findIndex((r) => r?.includes('Precept'));
  const col = sheet.rows[at]!.indexOf('L');
  const regraded = { ...f, sheets: [{ ...sheet, rows: sheet.rows.map((r, i) => (i === at ? r.map((v, c) => (c === col ? 'H' : v)) : r)) }] };
  const next = { ...workbookOf(regraded), sheets: [...workbookOf(regraded).sheets, asGrid(snapshot)], generatedSheets: new Map([[snapshot.name, 'snapshot' as const]]) };
  const summary = buildWritePlan(next, analyseWorkbook(next, config), config).sheets.find((s) => s.role === 'risk-summary')!;
  const rows = asGrid(summary).values.filter((r) => r?.includes('Open'));
  const movement = (title: string) => rows.filter((r) => r!.includes(title)).map((r) => r![r!.length - 1]).pop();
  expect(movement('Precept')).toBe('▲ Deteriorating');
  expect(movement('Annual return')).toBe('► Unchanged');
});
