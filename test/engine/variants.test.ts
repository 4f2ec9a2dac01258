/**
 * The real tables with their headers renamed, reordered, moved down and right, split over
 * two rows; and with errors planted, each of which must be found where it is.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { BudgetTable, RiskRegister } from '../../src/engine/model';
import { RagBoardError } from '../../src/engine/errors';
import { liverpoolDelegatedBudget, liverpoolRiskRegister, staffordshireDelegatedBudgets, SeedRows } from '../fixtures/seeds';
import { sheetFromSeed, workbookOf } from './seedGrid';

const base = () => liverpoolDelegatedBudget().map((r) => [...r]);
const HEADER = 2; // index of the header line in the Liverpool fixture

function budgetTables(rows: SeedRows, options?: { startRow?: number; startCol?: number }, config = parseConfig({})) {
  const analysis = analyseWorkbook(workbookOf(sheetFromSeed('S', rows, options)), config);
  return { analysis, tables: analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget') };
}

function gms(t: BudgetTable) {
  return t.rows.find((r) => r.label === 'General Practice - GMS')!;
}

describe('budget header variants of the Liverpool table', () => {
  test.each([
    ['the names users give', ['Budget line', 'Plan YTD', 'Spend to date', 'Over/(Under)', 'FY Budget', 'FOT', 'FOT Variance']],
    ['other common names', ['Cost Centre', 'Budget to date £', 'Actual to date £', 'Variance YTD £', 'Full Year Budget £', 'Projected Outturn £', 'Forecast Over / (Under) £']],
    ['upper case with units in brackets', ['DESCRIPTION', 'YTD BUDGET (£)', 'YTD ACTUAL (£)', 'YTD VARIANCE (£)', 'ANNUAL BUDGET (£)', 'FORECAST OUTTURN (£)', 'FORECAST VARIANCE (£)']],
  ])('renamed: %s', (_name, header) => {
    const rows = base();
    rows[HEADER] = header;
    const { tables } = budgetTables(rows);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns.map((c) => c.role)).toEqual(['label', 'ytdBudget', 'ytdActual', 'ytdVariance', 'annualBudget', 'forecastOutturn', 'forecastVariance']);
    expect(gms(tables[0]!).ytdVariance).toBe(-539416);
  });

  test('reordered: forecast columns first, variance before budget', () => {
    const order = [0, 6, 4, 5, 3, 1, 2];
    const rows = base().map((r, i) => (i >= HEADER && r.length >= 7 ? order.map((k) => r[k]!) : r));
    const { tables, analysis } = budgetTables(rows);
    const t = tables[0]!;
    expect(Object.fromEntries(t.columns.map((c) => [c.role, c.col]))).toEqual({ label: 0, forecastVariance: 1, annualBudget: 2, forecastOutturn: 3, ytdVariance: 4, ytdBudget: 5, ytdActual: 6 });
    expect(gms(t)).toMatchObject({ ytdVariance: -539416, forecastVariance: -315304 });
    expect(analysis.checks.map((c) => c.code)).toEqual(['rounding_only', 'rounding_only']);
  });

  test('moved down and right, under a longer title block', () => {
    const { tables } = budgetTables([['NHS Liverpool CCG'], ['Finance report'], ...base()], { startRow: 9, startCol: 3 });
    const t = tables[0]!;
    expect(t.range).toEqual({ top: 13, left: 3, bottom: 23, right: 9 });
    expect(gms(t).row).toBe(15);
    expect(gms(t).ytdVariance).toBe(-539416);
  });

  test('split over two rows: "Year To Date" and "Forecast" above "Budget | Actual | Variance"', () => {
    const rows = base();
    rows.splice(HEADER, 1, ['', 'Year To Date', '', '', 'Full Year', '', ''], ['Description', 'Budget £', 'Actual £', 'Variance £', 'Budget £', 'Outturn £', 'Variance £']);
    const { tables } = budgetTables(rows);
    const t = tables[0]!;
    expect(t.headerRows).toHaveLength(2);
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'ytdBudget', 'ytdActual', 'ytdVariance', 'annualBudget', 'forecastOutturn', 'forecastVariance']);
    expect(gms(t).forecastVariance).toBe(-315304);
  });

  test('a blank row inside the table does not end it', () => {
    const rows = base();
    rows.splice(7, 0, []);
    const { tables } = budgetTables(rows);
    expect(tables[0]!.rows.filter((r) => r.kind === 'line')).toHaveLength(9);
    expect(tables[0]!.rows.find((r) => r.kind === 'total')!.sumOf).toHaveLength(9);
  });
});

describe('errors planted in the real tables are found where they are', () => {
  test('a variance typed wrong is a mismatch, on its own cell', () => {
    const rows = base();
    rows[4]![3] = '(593,416)'; // GMS YTD variance, digits swapped
    const { analysis } = budgetTables(rows);
    const c = analysis.checks.find((x) => x.code === 'reported_variance_mismatch')!;
    expect(c).toMatchObject({ row: 4, col: 3, where: 'General Practice - GMS', severity: 'error' });
    expect(c.message).toMatch(/\(593,416\).*\(539,416\).*54,000/);
  });

  test('a line left out of a subtotal is a subtotal mismatch on the subtotal row', () => {
    const rows = staffordshireDelegatedBudgets().map((r) => [...r]);
    const gmsRow = rows.findIndex((r) => r[0] === 'GMS');
    rows[gmsRow]![1] = '6,674'; // 1,000 more than printed
    const { analysis } = budgetTables(rows);
    const mismatch = analysis.checks.filter((c) => c.code === 'subtotal_mismatch');
    expect(mismatch.length).toBeGreaterThanOrEqual(1);
    expect(mismatch[0]!.row).toBe(gmsRow + 5); // the unlabelled Core contracts subtotal
    expect(mismatch[0]!.col).toBe(1);
    expect(analysis.checks.some((c) => c.code === 'reported_variance_mismatch' && c.row === gmsRow)).toBe(true);
  });

  test("a subtotal adding up its lines' off-by-one variances is rounding; one adding up a wrong line says which", () => {
    const head = [['', 'Year To Date', '', '', 'Forecast', '', ''], ['', 'Budget', 'Actual', 'Variance', 'Budget', 'Actual', 'Variance'], ['Premises']];
    const lines = [['Rents', '10', '12', '3', '20', '20', '0'], ['Rates', '10', '12', '3', '20', '20', '0'], ['Water', '10', '12', '2', '20', '20', '0']];
    const rounding = budgetTables([...head, ...lines, ['', '30', '36', '8', '60', '60', '0']]).analysis;
    expect(rounding.checks.map((c) => [c.code, c.row])).toEqual([['rounding_only', 3], ['rounding_only', 4], ['rounding_only', 6]]);
    lines[0]![3] = '52';
    const carried = budgetTables([...head, ...lines, ['', '30', '36', '57', '60', '60', '0']]).analysis;
    const onSubtotal = carried.checks.find((c) => c.row === 6)!;
    expect(onSubtotal).toMatchObject({ code: 'reported_variance_mismatch', where: 'Premises subtotal' });
    expect(onSubtotal.message).toMatch(/wrong variance on row 4/);
  });

  test('a wrong typed variance is named once, on its own cell, not again as a total that does not add up (Aldridge School)', () => {
    const head = [['', 'Year To Date', '', '', 'Forecast', '', ''], ['', 'Budget', 'Actual', 'Variance', 'Budget', 'Actual', 'Variance']];
    const lines = [['Staffing', '100', '90', '10', '200', '190', '10'], ['Premises', '50', '40', '10', '100', '80', '20']];
    const codes = (rows: string[][]) => budgetTables(rows).analysis.checks.filter((c) => c.severity === 'error').map((c) => [c.code, c.row, c.col]);
    // A line's variance typed 16 for 10: the line is wrong, the total of 20 is right.
    const wrongLine = lines.map((r) => [...r]);
    wrongLine[1]![3] = '16';
    expect(codes([...head, ...wrongLine, ['Total', '150', '130', '20', '300', '270', '30']])).toEqual([['reported_variance_mismatch', 3, 3]]);
    // The total's own variance typed 25 for 30, while its lines and its own figures agree.
    expect(codes([...head, ...lines, ['Total', '150', '130', '20', '300', '270', '25']])).toEqual([['reported_variance_mismatch', 4, 6]]);
    // A line missing from the total as well: more than the wrong line explains, so the total is still called out.
    expect(codes([...head, ...wrongLine, ['Total', '160', '130', '30', '300', '270', '30']])).toEqual([
      ['reported_variance_mismatch', 3, 3], ['total_mismatch', 4, 1], ['total_mismatch', 4, 3],
    ]);
  });

  test('a total that does not add up is a total mismatch', () => {
    const rows = base();
    rows[12]![4] = '72,647,000';
    const { analysis } = budgetTables(rows);
    expect(analysis.checks.find((c) => c.code === 'total_mismatch')).toMatchObject({ row: 12, col: 4, where: 'Total' });
  });

  test('an error value and a word in the figures are named, not summed', () => {
    const rows = base();
    rows[5]![2] = '#REF!';
    rows[6]![5] = 'TBC';
    const { analysis } = budgetTables(rows);
    expect(analysis.checks.find((c) => c.code === 'error_value')).toMatchObject({ row: 5, col: 2 });
    expect(analysis.checks.find((c) => c.code === 'not_a_number')).toMatchObject({ row: 6, col: 5 });
  });

  test('risk register: a typed score, a likelihood of 6, a word, residual above current, overdue review', () => {
    const rows = liverpoolRiskRegister().map((r) => [...r]);
    const at = (ref: string) => rows.findIndex((r) => r[0] === ref);
    rows[at('Co-Com 01')]![9] = '16'; // 3 x 4 = 12
    rows[at('Co-Com 03')]![7] = '6';
    rows[at('Rx1')]![8] = 'Huge';
    const sheet = sheetFromSeed('R', [['Report date', '31/10/2017'], ...rows]);
    const analysis = analyseWorkbook(workbookOf(sheet), parseConfig({ asAt: '2017-10-31' }));
    const codes = (code: string) => analysis.checks.filter((c) => c.code === code).map((c) => [c.where, c.col]);
    expect(codes('score_mismatch')).toEqual([['Co-Com 01', 9]]);
    expect(codes('out_of_range')).toEqual([['Co-Com 03', 7]]);
    expect(codes('not_a_number')).toEqual([['Rx1', 8]]);
    expect(codes('residual_above_current')).toEqual([['Co-Com 02', 14]]);
    // Reviews due by Aug-17 and Sep-17 are overdue at 31 October 2017; "Monthly" is not a date.
    const overdue = analysis.checks.filter((c) => c.code === 'review_overdue').map((c) => c.where);
    expect(overdue).toEqual(['Co-Com 01', 'Co-Com 02', 'Co-Com 03', 'Co-comm 04', 'Co-comm 05', 'Co-comm 06', 'Trans PC 04']);
    const reg = analysis.tables[0] as RiskRegister;
    expect(reg.risks.find((r) => r.ref === 'Co-Com 01')!.scores.current).toMatchObject({ score: 12, typedScore: 16, grade: 'High' });
  });
});

describe('the sheet and the config decide signs, polarity, forecasts and thresholds', () => {
  test('a sheet that writes Under/(Over) is read in its own sign, and the report keeps overspend positive', () => {
    const rows = base().map((r, i) => (i > HEADER && r.length >= 7 ? [r[0]!, r[1]!, r[2]!, negate(r[3]!), r[4]!, r[5]!, negate(r[6]!)] : r));
    rows[HEADER] = ['Description', 'YTD Budget', 'YTD Actual', 'Under/(Over)', 'Annual Budget', 'Forecast Outturn', 'Forecast Under/(Over)'];
    const { tables, analysis } = budgetTables(rows);
    expect(tables[0]!.sheetSign).toBe('favourable-positive');
    expect(tables[0]!.sheetSignSource).toBe('header');
    expect(gms(tables[0]!).ytdVariance).toBe(-539416);
    expect(gms(tables[0]!).reported.ytdVariance).toBe(539416);
    expect(analysis.checks.map((c) => c.code)).toEqual(['rounding_only', 'rounding_only']);
  });

  test('without a header that says so, the figures tell the sign', () => {
    const rows = base().map((r, i) => (i > HEADER && r.length >= 7 ? [r[0]!, r[1]!, r[2]!, negate(r[3]!), r[4]!, r[5]!, negate(r[6]!)] : r));
    const { tables } = budgetTables(rows);
    expect(tables[0]!.sheetSign).toBe('favourable-positive');
    expect(tables[0]!.sheetSignSource).toBe('figures');
  });

  test('the favourable-positive config flips the reported sign', () => {
    const { tables } = budgetTables(base(), undefined, parseConfig({ budget: { sign: 'favourable-positive' } }));
    expect(gms(tables[0]!).ytdVariance).toBe(539416);
    expect(gms(tables[0]!).ytdVariancePct).toBeCloseTo(539416 / 10382337, 10);
  });

  test('income lines invert: receiving more than budget is green, less is red', () => {
    const rows = [['Description', 'YTD Budget', 'YTD Actual', 'Variance'], ['Income from recharges', '100,000', '80,000', '(20,000)'], ['Staff costs', '100,000', '80,000', '(20,000)']];
    const { tables } = budgetTables(rows, undefined, parseConfig({ budget: { basis: 'ytd' } }));
    const [income, staff] = tables[0]!.rows;
    expect(income!.income).toBe(true);
    expect(income!.rag!.rag).toBe('R');
    expect(staff!.rag).toMatchObject({ rag: 'A' }); // 20% underspend: money at risk of being lost
  });

  test('materiality: whichever is lower makes red', () => {
    const rows = [['Description', 'YTD Budget', 'YTD Actual'], ['Big line', '10,000,000', '10,200,000']];
    expect(budgetTables(rows, undefined, parseConfig({ budget: { basis: 'ytd' } })).tables[0]!.rows[0]!.rag!.rag).toBe('A');
    expect(budgetTables(rows, undefined, parseConfig({ budget: { basis: 'ytd', materiality: 100000 } })).tables[0]!.rows[0]!.rag!.rag).toBe('R');
  });

  test('a table with no forecast gets a straight-line one from its month, labelled as worked out', () => {
    const rows = [['Month 7'], [], ['Description', 'YTD Budget', 'YTD Actual', 'Annual Budget'], ['Locums', '70', '84', '120']];
    const { tables } = budgetTables(rows);
    const line = tables[0]!.rows[0]!;
    expect(line.forecastMethod).toBe('straight-line');
    expect(line.forecastOutturn).toBeCloseTo(144, 10);
    expect(line.forecastVariance).toBeCloseTo(24, 10);
  });

  test('a band table with a gap is refused with the score it misses', () => {
    expect(() => parseConfig({ risk: { scheme: { bands: [{ name: 'Low', min: 1, max: 3 }, { name: 'High', min: 5, max: 25 }] } } })).toThrow(RagBoardError);
    expect(() => parseConfig({ risk: { scheme: { bands: [{ name: 'Low', min: 1, max: 3 }, { name: 'High', min: 5, max: 25 }] } } })).toThrow(/score 4/);
    expect(() => parseConfig({ budget: { redPc: 0.1 } })).toThrow(/budget\.redPc/);
  });
});

function negate(cell: string): string {
  const t = cell.trim();
  if (t === '0' || t === '') return t;
  return t.startsWith('(') ? t.slice(1, -1) : `(${t})`;
}

describe("the user's corrections of column roles", () => {
  test('a column given another role takes it from the column that had it; null leaves a column out', () => {
    const sheet = sheetFromSeed('S', base());
    const corrected = analyseWorkbook(workbookOf(sheet), parseConfig({}), {
      columnRoles: [
        { sheet: 'S', headerRow: HEADER, col: 6, role: null },
        { sheet: 'S', headerRow: HEADER, col: 5, role: 'ytdActual' },
      ],
    });
    const t = corrected.tables[0] as BudgetTable;
    expect(Object.fromEntries(t.columns.map((c) => [c.role, c.col]))).toEqual({ label: 0, ytdBudget: 1, ytdVariance: 3, annualBudget: 4, ytdActual: 5 });
    expect(gms(t)).toMatchObject({ ytdActual: 41214439, reported: { ytdVariance: -539416, forecastVariance: null } });
  });

  test('a correction that fits no table, or the wrong kind of role, is a note, not a failure', () => {
    const sheet = sheetFromSeed('S', base());
    const a = analyseWorkbook(workbookOf(sheet), parseConfig({}), {
      columnRoles: [
        { sheet: 'S', headerRow: HEADER, col: 2, role: 'residualScore' },
        { sheet: 'S', headerRow: 40, col: 2, role: 'ytdActual' },
      ],
    });
    expect(a.notes.join(' ')).toMatch(/not a budget column role/);
    expect(a.notes.join(' ')).toMatch(/matches no table/);
    expect(gms(a.tables[0] as BudgetTable).ytdVariance).toBe(-539416);
  });

  test("a register's score column left out is scored from its L and C alone", () => {
    const rows = liverpoolRiskRegister();
    const header = rows.findIndex((r) => r[0] === 'Ref');
    const a = analyseWorkbook(workbookOf(sheetFromSeed('R', rows)), parseConfig({}), { columnRoles: [{ sheet: 'R', headerRow: header, col: 14, role: null }] });
    const reg = a.tables[0] as RiskRegister;
    expect(reg.columns.some((c) => c.role === 'residualScore')).toBe(false);
    expect(reg.risks.find((r) => r.ref === 'Co-Com 02')!.scores.residual).toMatchObject({ score: 16, typedScore: null });
    // The header repeated on the second page is still read through.
    expect(reg.risks).toHaveLength(15);
  });
});
