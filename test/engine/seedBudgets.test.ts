/**
 * The budget tables of the real documents, read as pasted from the PDFs ("(539,416)",
 * "-0", two-row headers, unlabelled subtotals): every figure is reproduced and every
 * oddity of the seeds is found, and nothing more.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig, type RagBoardConfig } from '../../src/engine/config';
import { BudgetTable, Check } from '../../src/engine/model';
import {
  liverpoolDelegatedBudget,
  liverpoolPrescribingForecast,
  printedAmount,
  staffordshireCommissioningBudgets,
  staffordshireDelegatedBudgets,
  SeedRows,
} from '../fixtures/seeds';
import { sheetFromSeed, workbookOf } from './seedGrid';

function analyseSeed(rows: SeedRows, config?: RagBoardConfig) {
  const sheet = sheetFromSeed('Budget', rows);
  const analysis = analyseWorkbook(workbookOf(sheet), config);
  const tables = analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget');
  return { analysis, tables, rows };
}

/** Seed lines that carry six printed figures, with their 0-based row in the sheet. */
function printedLines(rows: SeedRows): { row: number; label: string; figures: number[] }[] {
  const out: { row: number; label: string; figures: number[] }[] = [];
  rows.forEach((cells, row) => {
    const figures = cells.slice(1, 7).map((c) => (c.trim() === '-0' ? 0 : printedAmount(c)));
    if (figures.length === 6 && figures.every((f) => f !== undefined)) out.push({ row, label: cells[0]!.trim(), figures: figures as number[] });
  });
  return out;
}

describe('Liverpool delegated budget (seed 000, as at 30 June 2017)', () => {
  const { analysis, tables, rows } = analyseSeed(liverpoolDelegatedBudget());
  const table = tables[0]!;

  test('one table, in pounds, titled by the line above it, month 3 of the year', () => {
    expect(tables).toHaveLength(1);
    expect(table.units).toBe('£');
    expect(table.title).toBe('Primary Care Delegated Budget Position as at 30th June 2017');
    expect(table.monthsElapsed).toBe(3);
    expect(table.rows.filter((r) => r.kind === 'line')).toHaveLength(9);
    expect(table.rows.filter((r) => r.kind === 'total').map((r) => r.label)).toEqual(['Total']);
  });

  test('every printed figure is read and every variance worked out again', () => {
    const printed = printedLines(rows);
    expect(printed).toHaveLength(10);
    for (const p of printed) {
      const r = table.rows.find((x) => x.row === p.row)!;
      const [ytdBudget, ytdActual, ytdVariance, annualBudget, forecastOutturn, forecastVariance] = p.figures as [number, number, number, number, number, number];
      expect(r.label).toBe(p.label);
      expect([r.ytdBudget, r.ytdActual, r.annualBudget, r.forecastOutturn]).toEqual([ytdBudget, ytdActual, annualBudget, forecastOutturn]);
      expect(r.reported).toEqual({ ytdVariance, forecastVariance });
      expect(r.ytdVariance).toBe(ytdActual - ytdBudget);
      expect(r.forecastVariance).toBe(forecastOutturn - annualBudget);
    }
    const gms = table.rows.find((r) => r.label === 'General Practice - GMS')!;
    expect(gms.ytdVariance).toBe(-539416);
    expect(gms.ytdVariancePct).toBeCloseTo(-539416 / 10382337, 10);
    expect(gms.forecastVariancePct).toBeCloseTo(-315304 / 41529743, 10);
  });

  test("the two £1 differences are found as rounding, and nothing else is raised", () => {
    const codes = analysis.checks.map((c: Check) => [c.code, c.where, c.row, c.col]);
    expect(codes).toEqual([
      ['rounding_only', 'Primary Care NHS Property Services Costs', table.rows.find((r) => r.label?.startsWith('Primary Care NHS'))!.row, 3],
      ['rounding_only', 'Total', table.rows.find((r) => r.label === 'Total')!.row, 2],
    ]);
  });

  test('RAG on the forecast by default: QOF 6.1% over is red, NHS Property Services 3.5% over amber, GMS 0.8% under green', () => {
    const rag = (label: string) => table.rows.find((r) => r.label === label)!.rag!;
    expect(rag('QOF').rag).toBe('R');
    expect(rag('Primary Care NHS Property Services Costs').rag).toBe('A');
    expect(rag('General Practice - GMS').rag).toBe('G');
    expect(rag('QOF').reason).toMatch(/Overspend 6\.1% of annual budget/);
  });

  test('the prescribing table, with annual budget, forecast and variance only, is read as far as it goes', () => {
    const { tables: t, analysis: a } = analyseSeed(liverpoolPrescribingForecast());
    expect(t).toHaveLength(1);
    const line = t[0]!.rows.find((r) => r.kind === 'line')!;
    expect(line.label).toBe('Prescribing Expenditure');
    expect([line.annualBudget, line.forecastOutturn, line.reported.forecastVariance]).toEqual([86381974, 86962323, 580349]);
    expect(line.forecastVariance).toBe(580349);
    expect(line.ytdBudget).toBeNull();
    expect(line.ytdVariance).toBeNull();
    expect(t[0]!.sheetSignSource).toBe('header');
    expect(a.checks).toEqual([]);
  });

  test('with a year-to-date basis, the prescribing table (no YTD figures) is graded on its forecast, and says so', () => {
    const { tables: t } = analyseSeed(liverpoolPrescribingForecast(), parseConfig({ budget: { basis: 'ytd' } }));
    const line = t[0]!.rows.find((r) => r.kind === 'line')!;
    // 580,349 over an annual budget of 86,381,974 is a 0.67% overspend: green under the default amber of 1%, amber from 0.5%.
    expect(line.rag).toMatchObject({ basis: 'forecast', rag: 'G' });
    expect(line.rag!.reason).toMatch(/forecast/);
    const strict = analyseSeed(liverpoolPrescribingForecast(), parseConfig({ budget: { basis: 'ytd', amberPct: 0.005 } })).tables[0]!.rows.find((r) => r.kind === 'line')!;
    expect(strict.rag).toMatchObject({ basis: 'forecast', rag: 'A' });
  });
});

describe.each([
  ['delegated', staffordshireDelegatedBudgets, ['Cannock Chase CCG', 'Stafford & Surrounds CCG', 'South East Staffs & Seisdon CCG'], 5, 2],
  ['commissioning', staffordshireCommissioningBudgets, ['Cannock Chase CCG', 'SES & SP CCG', 'Stafford & Surrounds CCG'], 3, 1],
])('Staffordshire Month 7 %s budgets (seed 001, £000s)', (_name, fixture, ccgs, subtotalsPerTable, totalsPerTable) => {
  const { analysis, tables, rows } = analyseSeed(fixture());

  test('three tables stacked on one sheet, each titled by its CCG, in £000s, month 7', () => {
    expect(tables.map((t) => t.title!.split(' — ')[0])).toEqual(ccgs);
    for (const t of tables) {
      expect(t.units).toBe("£'000s");
      expect(t.monthsElapsed).toBe(7);
      expect(t.headerRows).toHaveLength(2);
      expect(t.columns.map((c) => c.role)).toEqual(['label', 'ytdBudget', 'ytdActual', 'ytdVariance', 'annualBudget', 'forecastOutturn', 'forecastVariance']);
    }
  });

  test('unlabelled rows under each section are its subtotal; the rows after are totals, but "Sub Total" stays a subtotal', () => {
    for (const t of tables) {
      // "Sub Total" adds up the whole table, but a reader takes the kind its label gives.
      for (const s of t.rows.filter((r) => r.label === 'Sub Total')) {
        expect(s.kind).toBe('subtotal');
        expect(s.sumOf!.length).toBeGreaterThan(1);
      }
      const subtotals = t.rows.filter((r) => r.kind === 'subtotal' && r.label !== 'Sub Total');
      expect(subtotals).toHaveLength(subtotalsPerTable);
      for (const s of subtotals) {
        expect(s.label).toBeNull();
        const members = t.rows.filter((r) => r.kind === 'line' && r.section === s.section);
        expect(s.sumOf).toEqual(members.map((m) => m.row));
      }
      const subTotals = t.rows.filter((r) => r.label === 'Sub Total').length;
      expect(t.rows.filter((r) => r.kind === 'total')).toHaveLength(totalsPerTable - subTotals);
      // Lines that stand outside any section (QOF, GP IT) are counted at the top level.
      const standalone = t.rows.filter((r) => r.kind === 'line' && r.section === null).map((r) => r.label);
      expect(standalone.length).toBeGreaterThanOrEqual(1);
      expect(standalone.every((l) => l === 'QOF' || l === 'GP IT')).toBe(true);
    }
  });

  test('every printed figure is read, "-0" included, and every variance worked out again', () => {
    const printed = printedLines(rows);
    const all = tables.flatMap((t) => t.rows);
    for (const p of printed) {
      const r = all.find((x) => x.row === p.row)!;
      expect(r).toBeDefined();
      const [b, a, v, ab, fo, fv] = p.figures as [number, number, number, number, number, number];
      expect([r.ytdBudget, r.ytdActual, r.annualBudget, r.forecastOutturn]).toEqual([b, a, ab, fo]);
      expect(r.reported.ytdVariance).toBe(v);
      expect(r.reported.forecastVariance).toBe(fv);
      expect(r.ytdVariance).toBe(a - b);
      expect(r.forecastVariance).toBe(fo - ab);
    }
  });

  test('the many differences of 1 or 2 are rounding, never errors, and each is raised once where it is', () => {
    expect(analysis.checks.filter((c) => c.severity !== 'info')).toEqual([]);
    expect(analysis.checks.every((c) => c.code === 'rounding_only')).toBe(true);
    // Count independently from the printed figures: a variance off by 1-2 on any row.
    let expectedVarianceRounding = 0;
    for (const p of printedLines(rows)) {
      const [b, a, v, ab, fo, fv] = p.figures as [number, number, number, number, number, number];
      if (v !== a - b) expectedVarianceRounding++;
      if (fv !== fo - ab) expectedVarianceRounding++;
    }
    const varianceChecks = analysis.checks.filter((c) => /differs from .* − /.test(c.message));
    expect(varianceChecks).toHaveLength(expectedVarianceRounding);
    for (const c of analysis.checks) expect(c.message).toMatch(/by [12],/);
  });
});
