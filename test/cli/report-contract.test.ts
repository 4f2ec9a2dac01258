/**
 * The JSON report contract (design.md, "Command line contract"): schema rag-board/report@1,
 * its field names and types, 1-based rows and A1 addresses, fractions for percentages,
 * and concrete values from the seed papers, on every bundled sample.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ALL_SAMPLES, LIVERPOOL, MONTH7, STAFFS_RISKS, readJson, runCli, writeWorkbook } from './helpers/cli';
import { KNOWN_CHECK_CODES, columnOfCell, reportProblems, rowOfCell, rowsOfRange } from './helpers/report-shape';

jest.setTimeout(60_000);

let scratch: string;
const reports = new Map<string, any>();
const stdouts = new Map<string, string>();

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-report-'));
  for (const sample of ALL_SAMPLES) {
    const out = path.join(scratch, path.basename(sample, '.xlsx') + '.json');
    const r = await runCli(['analyse', sample, '--report', out]);
    if (r.code !== 0) throw new Error(`analyse ${sample} exited ${r.code}: ${r.stderr}`);
    reports.set(sample, readJson(out));
    stdouts.set(sample, r.stdout);
  }
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const report = (sample: string) => {
  const r = reports.get(sample);
  if (!r) throw new Error(`no report for ${sample}`);
  return r;
};

function budgetRow(sample: string, label: string): any {
  const rows = report(sample)
    .tables.filter((t: any) => t.kind === 'budget')
    .flatMap((t: any) => t.rows.map((r: any) => ({ ...r, table: t })))
    .filter((r: any) => r.label === label);
  expect(rows.map((r: any) => `${r.table.sheet}!${r.row}`)).toHaveLength(1);
  return rows[0];
}

describe.each(ALL_SAMPLES.map((s) => [path.basename(s), s]))('%s: the report keeps the contract', (_name, sample) => {
  it('has the schema, source and field types design.md fixes', () => {
    const r = report(sample);
    expect(reportProblems(r)).toEqual([]);
    expect(r.schema).toBe('rag-board/report@1');
    expect(r.source).toBe(sample);
    // --out is not written, so no sheet is generated.
    expect(r.generatedSheets).toEqual([]);
    expect(r.tables.length).toBeGreaterThan(0);
  });

  it('every check code is one of design.md\'s (plus current_above_inherent, sign_convention)', () => {
    const codes = report(sample).checks.map((c: any) => c.code);
    expect(codes.filter((c: string) => !KNOWN_CHECK_CODES.has(c))).toEqual([]);
  });

  it('every check sits on a sheet and row of a table it concerns', () => {
    const r = report(sample);
    const misplaced = r.checks.filter((c: any) => {
      const row = rowOfCell(c.cell);
      return !r.tables.some((t: any) => {
        if (t.sheet !== c.sheet) return false;
        const items = t.kind === 'budget' ? t.rows : t.risks;
        return items.some((i: any) => i.row === row);
      });
    });
    expect(misplaced).toEqual([]);
  });

  it('the terminal summary names every table by sheet and range', () => {
    const out = stdouts.get(sample)!;
    expect(out.startsWith(sample + '\n')).toBe(true);
    for (const t of report(sample).tables) expect(out).toContain(`${t.sheet}!${t.range}`);
    expect(out).toMatch(/Checks: \d+ errors?, \d+ warnings?, \d+ within rounding/);
  });
});

describe('Liverpool CCG PCCC Aug 2017: values from the seed', () => {
  it('finds the delegated budget on Finance at A3:G13 in £, with its title', () => {
    const t = report(LIVERPOOL).tables.find((x: any) => x.kind === 'budget' && x.sheet === 'Finance' && x.range === 'A3:G13');
    expect(t).toBeDefined();
    expect(t.units).toBe('£');
    expect(t.title).toMatch(/Primary Care Delegated Budget Position/);
    expect(t.rows.filter((r: any) => r.kind === 'line')).toHaveLength(9);
    expect(t.rows.filter((r: any) => r.kind === 'total').map((r: any) => [r.row, r.label])).toEqual([[13, 'Total']]);
  });

  it('"General Practice - GMS": the seed\'s figures, variances with the overspend-positive sign, fractions', () => {
    const r = budgetRow(LIVERPOOL, 'General Practice - GMS');
    expect(r).toMatchObject({
      row: 5,
      label: 'General Practice - GMS',
      section: null,
      kind: 'line',
      ytdBudget: 10382337,
      ytdActual: 9842921,
      ytdVariance: -539416,
      annualBudget: 41529743,
      forecastOutturn: 41214439,
      forecastVariance: -315304,
      reported: { ytdVariance: -539416, forecastVariance: -315304 },
      rag: 'G',
    });
    // Fractions, not percentages: -539,416 / 10,382,337 = -0.05195...
    expect(r.ytdVariancePct).toBeCloseTo(-539416 / 10382337, 12);
    expect(r.ytdVariancePct).toBeCloseTo(-0.05196, 4);
    expect(r.forecastVariancePct).toBeCloseTo(-315304 / 41529743, 12);
    expect(r.forecastVariancePct).toBeCloseTo(-0.00759, 4);
  });

  it('the Total row: the printed totals and its own variances', () => {
    const r = budgetRow(LIVERPOOL, 'Total');
    expect(r).toMatchObject({
      row: 13,
      kind: 'total',
      ytdBudget: 18049315,
      ytdActual: 18173847,
      ytdVariance: 124532,
      annualBudget: 72547000,
      forecastOutturn: 72787320,
      forecastVariance: 240320,
      reported: { ytdVariance: 124532, forecastVariance: 240320 },
    });
  });

  it('RAG follows the forecast by default: QOF red (6.1% over), NHS Property Services amber (3.5% over)', () => {
    expect(budgetRow(LIVERPOOL, 'QOF').rag).toBe('R');
    expect(budgetRow(LIVERPOOL, 'Primary Care NHS Property Services Costs').rag).toBe('A');
    expect(budgetRow(LIVERPOOL, 'General Practice - PMS').rag).toBe('G');
  });

  it('the printed YTD variance that is 1 off is kept as reported and flagged rounding_only on its own row', () => {
    const r = budgetRow(LIVERPOOL, 'Primary Care NHS Property Services Costs');
    expect(r.ytdVariance).toBe(38597);
    expect(r.reported.ytdVariance).toBe(38596);
    const c = report(LIVERPOOL).checks.filter((x: any) => x.code === 'rounding_only' && x.sheet === 'Finance' && rowOfCell(x.cell) === r.row);
    expect(c.map((x: any) => [x.cell, x.severity])).toEqual([['D11', 'info']]);
  });

  it('the risk register on "Risk Register": 15 risks, current and residual slots, graded by the workbook\'s own key', () => {
    const t = report(LIVERPOOL).tables.find((x: any) => x.kind === 'risk' && x.sheet === 'Risk Register');
    expect(t).toBeDefined();
    expect(t.range).toBe('A3:R24');
    expect(t.scheme).toBe('workbook');
    expect(t.risks).toHaveLength(15);
    for (const r of t.risks) {
      expect([r.ref, r.inherent, r.target]).toEqual([r.ref, null, null]);
      expect(r.current).not.toBeNull();
      expect(r.residual).not.toBeNull();
    }
  });

  it('Co-Com 02: current 3x3=9 High, residual 4x4=16 Extreme, and a residual_above_current check at O<row>', () => {
    const t = report(LIVERPOOL).tables.find((x: any) => x.kind === 'risk' && x.sheet === 'Risk Register');
    const risk = t.risks.find((r: any) => r.ref === 'Co-Com 02');
    expect(risk).toBeDefined();
    expect(risk.title).toMatch(/Capita/);
    expect(risk.inherent).toBeNull();
    expect(risk.target).toBeNull();
    expect(risk.current).toMatchObject({ likelihood: 3, consequence: 3, score: 9, grade: 'High' });
    expect(risk.residual).toMatchObject({ likelihood: 4, consequence: 4, score: 16, grade: 'Extreme' });
    // The residual score column is O on this sheet.
    expect(t.columns?.residualScore?.column ?? 'O').toBe('O');

    const checks = report(LIVERPOOL).checks.filter((c: any) => c.code === 'residual_above_current');
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      sheet: 'Risk Register',
      cell: `O${risk.row}`,
      where: 'Co-Com 02',
      code: 'residual_above_current',
      severity: 'warning',
    });
    expect(checks[0].message).toMatch(/16/);
    expect(checks[0].message).toMatch(/9/);
  });

  it('the forecast-only prescribing table below the delegated budget is a table of its own', () => {
    const r = budgetRow(LIVERPOOL, 'Prescribing Expenditure');
    expect(r).toMatchObject({ ytdBudget: null, ytdActual: null, ytdVariance: null, ytdVariancePct: null, annualBudget: 86381974, forecastOutturn: 86962323, forecastVariance: 580349 });
    expect(r.table.range).not.toBe('A3:G13');
  });
});

describe("Staffordshire Month 7 2018/19: £'000s, sections, subtotals, totals", () => {
  it("finds three delegated and three commissioning tables in £'000s", () => {
    const tables = report(MONTH7).tables;
    expect(tables.filter((t: any) => t.sheet === 'Delegated' && t.kind === 'budget')).toHaveLength(3);
    expect(tables.filter((t: any) => t.sheet === 'Commissioning' && t.kind === 'budget')).toHaveLength(3);
    for (const t of tables) expect(t.units).toBe("£'000s");
  });

  it('uses all four row kinds, and section rows carry no figures and no RAG', () => {
    const rows = report(MONTH7).tables.flatMap((t: any) => t.rows);
    expect(new Set(rows.map((r: any) => r.kind))).toEqual(new Set(['line', 'subtotal', 'total', 'section']));
    for (const r of rows.filter((x: any) => x.kind === 'section')) {
      expect([r.label, r.ytdBudget, r.ytdActual, r.rag]).toEqual([r.label, null, null, null]);
      expect(typeof r.label).toBe('string');
    }
  });

  it('Cannock Chase delegated GMS: row 9 in section "Core contracts", the printed 134 kept as reported', () => {
    const t = report(MONTH7).tables.find((x: any) => x.sheet === 'Delegated' && x.title?.startsWith('Cannock Chase'));
    expect(t.range).toBe('A6:G46');
    const gms = t.rows.find((r: any) => r.label === 'GMS');
    expect(gms).toMatchObject({ row: 9, section: 'Core contracts', kind: 'line', ytdBudget: 5674, ytdActual: 5807, ytdVariance: 133, reported: { ytdVariance: 134, forecastVariance: 0 } });
    // Lines under a section name it; the section row itself does not.
    const section = t.rows.find((r: any) => r.row === 8);
    expect(section).toMatchObject({ kind: 'section', label: 'Core contracts' });
  });

  it('differences of 1 in £\'000s are rounding notes (info), never errors', () => {
    const r = report(MONTH7);
    const rounding = r.checks.filter((c: any) => c.code === 'rounding_only');
    expect(rounding.length).toBeGreaterThan(0);
    for (const c of rounding) expect(c.severity).toBe('info');
    expect(r.checks.filter((c: any) => c.severity === 'error')).toEqual([]);
  });
});

describe('Staffordshire corporate risk register 2018', () => {
  it('reads "16 (4x4)" scores into inherent and residual, graded by the workbook\'s three-band key', () => {
    const t = report(STAFFS_RISKS).tables.find((x: any) => x.kind === 'risk');
    expect(t.sheet).toBe('Corporate Risk Register');
    expect(t.scheme).toBe('workbook');
    const a154 = t.risks.find((r: any) => r.ref === 'A1.54');
    expect(a154.inherent).toMatchObject({ likelihood: 4, consequence: 4, score: 16, grade: 'High' });
    expect(a154.residual).toMatchObject({ likelihood: 4, consequence: 4, score: 16, grade: 'High' });
    const a155 = t.risks.find((r: any) => r.ref === 'A1.55');
    expect(a155.inherent).toMatchObject({ score: 9, grade: 'Medium' });
    expect(a155.residual).toMatchObject({ likelihood: 2, consequence: 2, score: 4, grade: 'Low' });
    const [top, bottom] = rowsOfRange(t.range);
    for (const r of t.risks) expect(r.row > top && r.row <= bottom).toBe(true);
  });
});

describe('a workbook with mistakes: checks name the cell on the row they concern', () => {
  let dir: string;
  let r: any;
  let exit: number;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-report-'));
    const file = path.join(dir, 'mistakes.xlsx');
    await writeWorkbook(file, [
      {
        name: 'Budget',
        rows: [
          ['Test Trust budget monitoring, Month 6 2024/25'],
          [],
          ['Description', 'YTD Budget', 'YTD Actual', 'YTD Variance', 'Annual Budget', 'Forecast Outturn', 'Forecast Variance'],
          ['Pay', 1000, 1100, 100, 2000, 2200, 200],
          ['Non-pay', 500, 400, -100, 1000, 800, -200],
          ['Drugs', 300, 300, 50, 600, 600, 0],
          ['Total', 1800, 1950, 50, 3600, 3600, 0],
        ],
      },
      {
        name: 'Risks',
        rows: [
          ['Corporate risk register'],
          [],
          ['Ref', 'Risk description', 'Inherent Likelihood', 'Inherent Consequence', 'Inherent Score', 'Residual Likelihood', 'Residual Consequence', 'Residual Score'],
          ['R1', 'Staff shortages', 4, 4, 16, 3, 4, 12],
          ['R2', 'IT outage', 3, 3, 6, 2, 3, 6],
          ['R3', 'Estates', 2, 2, 4, 3, 3, 9],
        ],
      },
    ]);
    const out = path.join(dir, 'r.json');
    const res = await runCli(['analyse', file, '--report', out]);
    exit = res.code;
    r = readJson(out);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('data errors still exit 0, and the report keeps the contract', () => {
    expect(exit).toBe(0);
    expect(reportProblems(r)).toEqual([]);
  });

  it('a typed variance that is wrong: reported_variance_mismatch at D<row of the line>', () => {
    expect(r.checks.filter((c: any) => c.code === 'reported_variance_mismatch' && c.where === 'Drugs').map((c: any) => [c.sheet, c.cell])).toEqual([['Budget', 'D6']]);
  });

  it('a total that does not add up: total_mismatch on the total\'s row, in the column that is off', () => {
    const c = r.checks.filter((x: any) => x.code === 'total_mismatch');
    expect(c.map((x: any) => [x.sheet, x.cell, x.severity])).toEqual([['Budget', 'C7', 'error']]);
  });

  it('a score typed wrong: score_mismatch at the score cell, and the score recomputed', () => {
    const c = r.checks.filter((x: any) => x.code === 'score_mismatch');
    expect(c.map((x: any) => [x.sheet, x.cell, x.where])).toEqual([['Risks', 'E5', 'R2']]);
    const risk = r.tables.find((t: any) => t.kind === 'risk').risks.find((x: any) => x.ref === 'R2');
    expect(risk.inherent).toMatchObject({ likelihood: 3, consequence: 3, score: 9, grade: 'High' });
  });

  it('residual above inherent: residual_above_inherent at the residual score cell', () => {
    const c = r.checks.filter((x: any) => x.code === 'residual_above_inherent');
    expect(c.map((x: any) => [x.sheet, x.cell, x.where])).toEqual([['Risks', 'H6', 'R3']]);
    expect(columnOfCell(c[0].cell)).toBe('H');
  });

  it('with no key in the workbook, risks are graded by the default npsa-4band scheme', () => {
    expect(r.tables.find((t: any) => t.kind === 'risk').scheme).toBe('npsa-4band');
  });
});

describe('the shape check itself catches a broken report', () => {
  it('names each field that breaks the contract', () => {
    const broken = JSON.parse(JSON.stringify(report(LIVERPOOL)));
    const finance = broken.tables[0];
    finance.range = 'A3-G13';
    const gms = finance.rows.find((r: any) => r.label === 'General Practice - GMS');
    gms.ytdVariancePct = -5.2; // a percentage, not a fraction
    delete gms.forecastVariancePct; // renamed away
    gms.rag = 'Green';
    gms.kind = 'detail';
    broken.checks[0].code = 'residualAboveCurrent';
    broken.checks[0].cell = 'O';
    const register = broken.tables.find((t: any) => t.kind === 'risk');
    register.risks[0].current.score = 13;
    delete register.risks[0].target;
    broken.schema = 'rag-board/report@2';
    const problems = reportProblems(broken).join('\n');
    expect(problems).toMatch(/schema is "rag-board\/report@2"/);
    expect(problems).toMatch(/range "A3-G13" is not an A1 range/);
    expect(problems).toMatch(/ytdVariancePct is -5\.2, not variance \/ \|base\|/);
    expect(problems).toMatch(/forecastVariancePct is absent/);
    expect(problems).toMatch(/rag is "Green"/);
    expect(problems).toMatch(/kind is "detail"/);
    expect(problems).toMatch(/code "residualAboveCurrent" is not one of design\.md's codes/);
    expect(problems).toMatch(/cell "O" is not an A1 address/);
    expect(problems).toMatch(/current\.score 13 is not 3 x 4/);
    expect(problems).toMatch(/target is absent/);
  });
});
