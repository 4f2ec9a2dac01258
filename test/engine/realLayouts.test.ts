/**
 * Layouts from the corpus of real documents (test/corpus/fixtures), each read through the
 * mechanism that handles its family: stacked headers, unit rows, blocks, codes, derived
 * columns, grade-only registers. Each test names the document it stands on.
 */
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { riskSourceRules } from '../../src/engine/plan/sourceRules';
import { riskHeaderAt } from '../../src/engine/detect/riskHeader';
import { yearIn } from '../../src/engine/detect/budgetYears';
import { budgetHeaderAt } from '../../src/engine/detect/budgetHeader';
import { riskInfoRoleOf, riskMeasureOf, slotOf } from '../../src/engine/detect/roles';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { asGrid, heatMapAt, heatMapCounts } from '../helpers/generatedSheets';
import { analyseFixture } from '../corpus/score';
import { BudgetTable, RiskRegister } from '../../src/engine/model';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { ACCOUNT_CODE_RANGE, OUTLINE_MARK } from '../../src/engine/detect/vocabulary';
import { sideBySideSplit } from '../../src/engine/detect/sideBySide';
import { firstColumnAfterStamp } from '../../src/engine/detect/stampColumns';
import { withCodeColumn, withCommentsColumn } from '../corpus/variants';

const fixture = (id: string) => loadFixture(path.join(__dirname, '../corpus/fixtures', `${id}.json`));
const budgets = (id: string) => analyseFixture(fixture(id)).tables.filter((t): t is BudgetTable => t.kind === 'budget');
const roles = (t: BudgetTable) => Object.fromEntries(t.columns.map((c) => [c.role, c.col]));
/** The errors the engine raises on a fixture (its wrong sums and variances, as it reads them). */
const errorsIn = (id: string) => analyseFixture(fixture(id)).checks.filter((c) => c.severity === 'error');
/** The first risk register read in a fixture. */
const firstRegister = (id: string) => analyseFixture(fixture(id)).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
/** The tables the engine reads on one sheet of values, as a user's workbook would give it. */
const tablesOnSheet = (values: ReadonlyArray<ReadonlyArray<string | number | null>>, name = 'Sheet1') =>
  analyseWorkbook({ sheets: [{ name, visibility: 'visible' as const, values }] } as never, parseConfig({})).tables;

test('four header rows, annual budget left of the names, month and quarter blocks as context (Southampton, Schedule 5)', () => {
  const [t] = budgets('university-hospital-southampton-ft-finance-report-m8-2012');
  expect(t!.headerRows).toEqual([3, 4, 5, 6]);
  expect(roles(t!)).toEqual({ label: 1, annualBudget: 0, ytdBudget: 8, ytdActual: 9, ytdVariance: 10 });
  const medical = t!.rows.find((r) => r.label === 'Medical and dental.')!;
  expect([medical.annualBudget, medical.ytdBudget, medical.ytdActual, medical.ytdVariance]).toEqual([109736, 71382, 70993, -389]);
});

test('expenditure, income and net blocks: the net block is read, "Variance" beside budget and actual to date is not a variance (Isle of Wight)', () => {
  const [t] = budgets('isle-of-wight-fire-public-safety-revenue-summary-2002-09');
  expect(roles(t!)).toMatchObject({ label: 0, annualBudget: 5, ytdActual: 6 });
  expect(t!.rows.find((r) => r.label === 'Fire & Rescue')).toMatchObject({ annualBudget: 4803.6, ytdActual: 2139 });
});

test('"Budget 2024-25 | YTD | Remaining | %": the year\'s budget and actual to date; Remaining is checked against them, and neither it nor % is money (Hinton Blewett PC)', () => {
  const analysis = analyseFixture(fixture('hinton-blewett-pc-budget-vs-spend-2025-03'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(Object.keys(roles(t!)).sort()).toEqual(['annualBudget', 'label', 'remaining', 'ytdActual']);
  expect(t!.rows.find((r) => r.label === 'Interest Received')).toMatchObject({ annualBudget: 160, ytdActual: 278, ytdBudget: null, forecastOutturn: null });
  // The one line whose Remaining is not its budget less its spend, either way round.
  expect(analysis.checks.filter((c) => c.code === 'reported_variance_mismatch').map((c) => `${c.row + 1}:${c.col}`)).toEqual(['10:3']);
});

test('line numbers before the names are codes (Farringdon PC)', () => {
  const [t] = budgets('farringdon-pc-precept-budget-2019-20');
  expect(t!.rows.find((r) => r.code === '1')).toMatchObject({ label: 'Staff costs' });
});

test('"Projected Qtr. 1 | Actual Qtr. 1" with no budget column: the projection is the plan (Liverpool Hope SU)', () => {
  const [spend, income] = budgets('liverpool-hope-students-union-finance-report-q1-2013');
  expect(roles(spend!)).toMatchObject({ ytdBudget: 1, ytdActual: 2 });
  expect(roles(income!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
});

test('an error value in a % column is said, and the totals over it are not called wrong (Isle of Wight, economic)', () => {
  const a = analyseFixture(fixture('isle-of-wight-economic-select-revenue-summary-2004-11'));
  const errors = a.checks.filter((c) => c.code === 'error_value').map((c) => `${c.row + 1}:${c.col}`);
  expect(errors).toEqual(['14:3', '14:6']);
  expect(a.checks.filter((c) => c.code === 'total_mismatch' || c.code === 'subtotal_mismatch')).toEqual([]);
});

test('a register graded in words alone, "Risk Assessment: Low" (East Keal PC)', () => {
  const r = analyseFixture(fixture('east-keal-pc-risk-register-2025')).tables[0] as RiskRegister;
  expect(r.risks).toHaveLength(7);
  expect(r.risks[0]!.scores.current).toMatchObject({ score: null, grade: 'Low' });
});

test('scores only, "Risk Rating Inherent" and "Risk Rating Mitigation" (Honiton TC)', () => {
  const r = analyseFixture(fixture('honiton-tc-risk-register-undated')).tables[0] as RiskRegister;
  expect(r.slots).toEqual(['inherent', 'residual']);
  expect(r.risks[0]!.scores.inherent!.score).toBe(15);
  expect(r.risks[0]!.scores.residual!.score).toBe(6);
});

test('the reference at the start of the description, "1 – Patient engagement ..." (West London CCG BAF)', () => {
  const a = analyseFixture(fixture('north-west-london-ccg-board-assurance-framework-2014-02'));
  const r = a.tables[0] as RiskRegister;
  expect(r.risks.map((x) => x.ref)).toEqual(['1', '2']);
});

test('a title setting the budget for 2019/2020 makes "Proposed Budget 2019/2020" the year\'s budget; the year before\'s budget and estimate are context, and the "Diff" between two budgets is not read as a variance (Farringdon PC)', () => {
  const a = analyseFixture(fixture('farringdon-pc-precept-budget-2019-20'));
  const t = a.tables[0] as BudgetTable;
  expect(roles(t)).toMatchObject({ annualBudget: 3 });
  expect(t.columns.filter((c) => c.role !== 'label').map((c) => c.role)).toEqual(['annualBudget']);
  expect(t.rows.find((r) => r.label === 'Staff costs')).toMatchObject({ annualBudget: 14140, forecastOutturn: null });
  expect(a.checks.filter((c) => c.severity !== 'info')).toEqual([]);
});

test('actuals dated the year end ("31 March 2016 Actual") are measured against the year\'s budget; next year\'s budget is context (North Hampshire CCG)', () => {
  const [t] = budgets('north-hampshire-ccg-primary-care-medical-outturn-2015-16');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 2, remaining: 3 });
  expect(t!.rows.find((r) => r.label === 'GMS Contracts')).toMatchObject({ annualBudget: 8342, ytdActual: 8344 });
});

test('a header wrapped over rows is read whole: "To Date" over a date is the actual, "Unspent" over "Budget" is what remains, "Target %" is no money; bullets are not part of names; of unlabelled gross, income and net blocks the net is read (Isle of Wight education)', () => {
  const a = analyseFixture(fixture('isle-of-wight-education-outturn-2002-03-page-three'));
  const t = a.tables[0] as BudgetTable;
  // Three unlabelled blocks (gross, income, net): the third is the first less the second on every line, the net, which is read.
  expect(roles(t)).toEqual({ label: 0, annualBudget: 7, ytdActual: 8, remaining: 10 });
  expect(t.rows.find((r) => r.row === 6)).toMatchObject({ label: 'Speech Therapy - Health Service recharge', annualBudget: 71730, ytdActual: 71741 });
  expect(t.rows.find((r) => r.row === 9)).toMatchObject({ label: 'Non-Delegated school Insurance policies', annualBudget: 11683, ytdActual: 13084 });
  expect(a.tables.some((x) => x.headerRows.includes(11))).toBe(false);
});

test('a capital programme: "Programmed Spend" is the budget, "Over or (under) spend" the variance (Bath & North East Somerset)', () => {
  const [t] = budgets('bath-north-east-somerset-capital-budget-monitor-2005-06');
  expect(roles(t!)).toMatchObject({ ytdActual: 1, ytdBudget: 2, ytdVariance: 3, forecastOutturn: 4, annualBudget: 5, forecastVariance: 6 });
});
test('a header wrapped over five rows under "YTD" and "FULL YEAR": the profiled forecast to date is the budget, "Actual as % of Full Year Forecast" no money, and a surplus signs as income (Epping Forest College)', () => {
  const a = analyseFixture(fixture('epping-forest-college-management-accounts-p8-2017-03'));
  const t = a.tables[0] as BudgetTable;
  expect(roles(t)).toEqual({ label: 0, ytdActual: 1, ytdBudget: 2, ytdVariance: 3, forecastOutturn: 5, annualBudget: 6 });
  expect(t.rows.find((r) => r.label === 'Pay Expenditure')).toMatchObject({ ytdBudget: 5459, ytdActual: 5782, annualBudget: 7734, forecastOutturn: 8292 });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

describe('columns headed by periods alone ("1st Quarter" … "4th Quarter")', () => {
  const sheet = (rows: (string | number | null)[][]) =>
    analyseFixture({ ...fixture('belstone-pc-revenue-budget-2022-23'), sheets: [{ name: 'Budget', rows }], expected: { tables: [], checks: [] } });

  it('cumulative quarters: the 4th Quarter is the actual to date, the Adopted Budget the year\'s (Belstone PC)', () => {
    const [t] = budgets('belstone-pc-revenue-budget-2022-23');
    expect(roles(t!)).toMatchObject({ annualBudget: 2, ytdActual: 6 });
    expect(t!.rows.find((r) => r.label === 'VAT Refund')).toMatchObject({ code: 'C', annualBudget: 0, ytdActual: 106.82 });
  });

  it('the latest quarter with figures is read where later ones are still blank', () => {
    const a = sheet([
      ['Heading', 'Budget', 'Q1', 'Q2', 'Q3', 'Q4'],
      ['Salaries', 4000, 1000, 2000, null, null],
      ['Hall hire', 800, 150, 390, null, null],
      ['Insurance', 600, 600, 600, null, null],
    ]);
    const t = a.tables[0] as BudgetTable;
    expect(roles(t)).toMatchObject({ annualBudget: 1, ytdActual: 3 });
    expect(t.rows.map((r) => r.ytdActual)).toEqual([2000, 390, 600]);
  });

  it('quarters that each hold their own spending are not read as the year to date, and nothing false is said', () => {
    const a = sheet([
      ['Heading', 'Budget', 'Q1', 'Q2', 'Q3'],
      ['Salaries', 4000, 1000, 900, 1100],
      ['Hall hire', 800, 150, 240, 100],
      ['Insurance', 600, 600, 0, 0],
    ]);
    expect(a.tables).toEqual([]);
    expect(a.checks).toEqual([]);
  });
});

test('"Projected" blank where the actual is in is what is still to come, not the outturn; balances held are not lines (Old Hutton & Holmescales PC)', () => {
  const a = analyseFixture(fixture('old-hutton-holmescales-pc-budget-2019-20'));
  const t = a.tables[0] as BudgetTable;
  expect(Object.keys(roles(t)).sort()).toEqual(['annualBudget', 'label', 'ytdActual']);
  expect(t.rows.some((r) => /balance/i.test(r.label ?? ''))).toBe(false);
});

test('"Likelihood Score (L)" and "Impact Score (I)" are the two dimensions and "Risk Rank = (L x I)" the score; the grading key under the register is not risks (East Dunbartonshire)', () => {
  const a = analyseFixture(fixture('east-dunbartonshire-council-tenant-participation-risk-assessment-2023'));
  const r = a.tables[0] as RiskRegister;
  expect(r.risks).toHaveLength(3);
  expect(r.risks[0]!.scores.current).toMatchObject({ likelihood: 2, consequence: 1, score: 2 });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a risk over several rows, one per action, is one risk (West Midlands PCC); a memorandum "included within" line is not added in (Southampton)', () => {
  const a = analyseFixture(fixture('west-midlands-pcc-risk-register-2018'));
  const r = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.risks.map((x) => x.ref).slice(0, 2)).toEqual(['1', '2']);
  const [t] = budgets('university-hospital-southampton-ft-finance-report-m8-2012');
  expect(t!.rows.some((x) => /included within/i.test(x.label ?? ''))).toBe(false);
});

test('a budget set for the year with no actuals is read: a header with blank rows inside it and a word over one column (Chard TC), a lone "Budget for 2019/20" over sections apart by blank rows (Freshford PC)', () => {
  const [chard] = budgets('chard-tc-budget-detail-by-centre-2010-11');
  expect(chard!.headerRows).toEqual([4, 6, 7]);
  expect(roles(chard!)).toEqual({ label: 1, annualBudget: 3 });
  expect(chard!.rows.find((r) => r.label === 'Payroll Costs')).toMatchObject({ code: '4001', annualBudget: 159023, ytdActual: null });
  const [freshford] = budgets('freshford-pc-budget-2019-20');
  expect(freshford!.rows.find((r) => r.label === 'Clerks Salary')).toMatchObject({ annualBudget: 5562 });
  expect(freshford!.rows.find((r) => r.label === 'Total Income')).toMatchObject({ kind: 'subtotal' });
});

test('"Month 2" over every figure says when, not which block; last year\'s provisional outturn left of the names is context; "Variance" over "%" is a percentage (Brighton & Hove)', () => {
  const [t] = budgets('brighton-hove-tbm-families-children-learning-m2-2022');
  expect(roles(t!)).toEqual({ label: 1, annualBudget: 2, forecastOutturn: 3, forecastVariance: 4, forecastVariancePct: 5 });
  expect(t!.rows.find((r) => r.label === 'Education & Skills')).toMatchObject({ annualBudget: 9691, forecastOutturn: 10127, forecastVariance: 436 });
});

test('a table of planned and actual surpluses: "surplus/(deficit)" names what is planned, and a deficit better than plan is not called an overspend (Royal Wolverhampton)', () => {
  const [t] = budgets('royal-wolverhampton-nhs-trust-fpc-finance-m2-2017');
  expect(roles(t!)).toMatchObject({ label: 0, ytdBudget: 1, ytdActual: 2 });
  const nhsi = t!.rows.find((r) => r.label === 'NHSI plan')!;
  expect(nhsi).toMatchObject({ ytdBudget: -2455, ytdActual: -2397, income: true });
  expect(nhsi.rag?.reason).not.toMatch(/overspend/i);
});

test('a year-end report ("Quarter 4") measures the actual against the year\'s budget, and of "Allocation" and "Plan" the one its own variance is measured against (NHS England)', () => {
  const found = budgets('nhs-england-financial-performance-report-q4-2025-26');
  for (const t of found) expect(roles(t)).toMatchObject({ label: 0, annualBudget: 2, ytdActual: 3 });
  expect(found[1]!.rows.find((r) => r.label === 'ICB net expenditure')).toMatchObject({ annualBudget: 176843, ytdActual: 176778 });
});

test('a name with no figures is a heading only where it heads lines; named items not yet costed just above a total are lines (Old Hutton & Holmescales PC)', () => {
  const a = analyseFixture(fixture('old-hutton-holmescales-pc-budget-2019-20'));
  const t = a.tables[0] as BudgetTable;
  const kind = (label: string) => t.rows.find((r) => r.label === label)?.kind;
  expect([kind('INCOME'), kind('EXPENDITURE')]).toEqual(['section', 'section']);
  expect([kind('Greaves Solar Farm Community Fund'), kind('Parking at the school'), kind('Total Expenditure')]).toEqual(['line', 'line', 'subtotal']);
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('the label column\'s header on the row of units ("Indicator | £000 | £000 | rating") is part of the header, not a line (Vale of York CCG)', () => {
  const [t] = budgets('vale-of-york-ccg-financial-performance-m9-2015');
  expect(t!.headerRows).toEqual([6, 7, 8]);
  expect(t!.rows.some((r) => r.label === 'Indicator')).toBe(false);
});

test('"Risk Not Active" where the score would be closes the risk, and is no error (Honiton TC)', () => {
  const a = analyseFixture(fixture('honiton-tc-risk-register-undated'));
  const r = a.tables[0] as RiskRegister;
  expect(r.risks.find((x) => x.ref === '5')).toMatchObject({ closed: true });
  expect(a.checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
});

test('a numbered topic left of the risk\'s name ("1.     Invoices") gives the reference (Corscombe, Halstock & District PC)', () => {
  const a = analyseFixture(fixture('corscombe-halstock-district-pc-risk-assessment-2024'));
  const r = a.tables[0] as RiskRegister;
  expect(r.risks.map((x) => [x.ref, x.title])).toEqual([
    ['1', 'Wrong amount or payee on cheque, or blank cheque'],
    ['2', 'Finance report does not agree to bank'],
    ['3', 'Council not kept informed of its finances'],
    ['4', 'Not enough budgeted for rest of year'],
  ]);
});

test('"Forecast Outturn at M3" over Plan, Actual and Variance is the forecast block: "at M3" says when (NHS London)', () => {
  const [t] = budgets('nhs-london-financial-position-m3-2011');
  expect(roles(t!)).toMatchObject({ ytdBudget: 2, ytdActual: 3, ytdVariance: 4, annualBudget: 6, forecastOutturn: 7, forecastVariance: 8 });
});

test('an analysis of variations with no actual and no outturn: the approved budget is the year\'s and "Overspend / undersp\'d (-)" its forecast variance (Hampshire FRA)', () => {
  const [t] = budgets('hampshire-fra-analysis-of-variations-2008');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, forecastVariance: 2 });
  expect(t!.rows.find((r) => r.label === 'Support staff pay')).toMatchObject({ annualBudget: 9531, reported: { ytdVariance: null, forecastVariance: -321 } });
});

test('a numbered list under a blank header left of the risk\'s name is its reference ("1." is 1), and a register graded in H/M/L letters alone is read (Nuneham Courtenay PC)', () => {
  const a = analyseFixture(fixture('nuneham-courtenay-pc-risk-assessment-2021'));
  const r = a.tables[0] as RiskRegister;
  expect(r.risks.map((x) => x.ref)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  expect(r.risks[1]!.scores.current).toMatchObject({ grade: 'H' });
});

test('impact and frequency in H/M/L letters are not the 1 to 5 scale and raise nothing; the 1–9 risk level is the score; blank rows between sections do not end the register (Damerham PC)', () => {
  const a = analyseFixture(fixture('damerham-pc-financial-risk-assessment-undated'));
  const r = a.tables[0] as RiskRegister;
  expect(r.risks.length).toBeGreaterThanOrEqual(7);
  expect(r.risks[0]!.scores.current).toMatchObject({ score: 3, likelihood: null, consequence: null });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a header printed again before the next block, straight on, is read through as the same table; a "YTD Income" column is the actual; a budget column left without a header is found by its Remaining (Cameley PC)', () => {
  const found = budgets('cameley-pc-y2d-spend-vs-budget-2021-07');
  expect(found).toHaveLength(1);
  expect(roles(found[0]!)).toMatchObject({ label: 0, ytdActual: 1, annualBudget: 2 });
  expect(found[0]!.rows.find((r) => r.label === 'Parish Footpath Agency Scheme')).toMatchObject({ ytdActual: 844, annualBudget: 772 });
  expect(found[0]!.rows.some((r) => r.label === 'Payroll')).toBe(true);
});

test('a label on a lower header row stops where a block on the row above begins: "2011/12" over "YTD" does not reach into "2012/13 Foreast" (Barking, Havering and Redbridge)', () => {
  const [t] = budgets('barking-havering-redbridge-uh-nhs-trust-finance-report-m6-2012');
  // Columns E (year-to-date actual) and I–K (the forecast block's budget, outturn and variance).
  expect(roles(t!)).toMatchObject({ label: 3, ytdActual: 4, annualBudget: 8, forecastOutturn: 9 });
  expect(roles(t!).ytdBudget).toBeUndefined();
  expect(t!.rows.find((r) => r.label === 'Pay')).toMatchObject({ ytdActual: 147555, annualBudget: 292971, forecastOutturn: 297334, ytdBudget: null });
});

test('a name with no figures that captions the sum below it ("Income without precept") is not a line (Cameley PC)', () => {
  const [t] = budgets('cameley-pc-y2d-spend-vs-budget-2021-07');
  expect(t!.rows.find((r) => r.label === 'Income without precept')).toBeUndefined();
  // A name with no figures before a total that captions nothing stays a line still to be filled in.
  const [oldHutton] = budgets('old-hutton-holmescales-pc-budget-2019-20');
  expect(oldHutton!.rows.find((r) => r.label === 'Greaves Solar Farm Community Fund')?.kind).toBe('line');
});

test('the cash drawn against a limit is a treasury measure, not a budget line (Vale of York CCG)', () => {
  const [t] = budgets('vale-of-york-ccg-financial-performance-m9-2015');
  expect(t!.rows.find((r) => /cash drawdown/i.test(r.label ?? ''))).toBeUndefined();
  expect(t!.rows.find((r) => /^Programme expenditure/.test(r.label ?? ''))).toMatchObject({ kind: 'line', ytdBudget: 329983, ytdActual: 330428 });
});

test('a variance beside a forecast alone, with no budget or actual, is not read as a budget table (Lancashire CFA)', () => {
  expect(budgets('lancashire-cfa-financial-monitoring-variances-2017-07')).toEqual([]);
});

describe('an organisational risk assessment laid out in steps (Colwall Orchard Group)', () => {
  const analysis = () => analyseFixture(fixture('colwall-orchard-group-organisational-risk-assessment-2012'));
  it('the 3x3 matrix key above it, with no risk under its header, is not a register', () => {
    const registers = analysis().tables.filter((t) => t.kind === 'risk');
    expect(registers.map((r) => r.range.top + 1)).toEqual([7]);
  });
  it('"List significant hazards" names the risks, and "1.1 COG lacks ..." carries its reference', () => {
    const r = analysis().tables.find((t) => t.kind === 'risk') as RiskRegister;
    expect(r.risks.map((x) => x.ref)).toEqual(['1.1', '1.2', '1.3', '2.1']);
    expect(r.risks[0]!.title).toMatch(/^COG lacks direction/);
  });
  it('the score with no slot word beside the named residual takes the slot left, current (issue 8\'s convention); "4 (2x2)" gives L and C', () => {
    const r = analysis().tables.find((t) => t.kind === 'risk') as RiskRegister;
    expect(r.risks[2]!.scores.current).toMatchObject({ likelihood: 3, consequence: 2, score: 6 });
    expect(r.risks[2]!.scores.inherent ?? null).toBeNull();
    expect(r.risks[2]!.scores.residual).toMatchObject({ likelihood: 2, consequence: 1, score: 2 });
  });
});

test('"Impact x Likelihood = Total" over "5x4=20": the impact is the first number, and a long product header still names its slot (North Norfolk DC)', () => {
  const r = analyseFixture(fixture('north-norfolk-dc-corporate-risk-register-2012-03')).tables.find((t) => t.kind === 'risk') as RiskRegister;
  expect(r.risks[0]!.scores.current).toMatchObject({ likelihood: 4, consequence: 5, score: 20 });
  expect(r.risks[0]!.scores.target).toMatchObject({ likelihood: 3, consequence: 4, score: 12 });
});

test('"Risk H/M/L" grades each risk, filed under its subject in a column with no header (Harwell PC)', () => {
  const r = analyseFixture(fixture('harwell-pc-risk-register-2018-02')).tables.find((t) => t.kind === 'risk') as RiskRegister;
  expect(r.risks.map((x) => [x.ref, x.scores.current?.grade])).toEqual([
    ['Precept', 'L'], ['Records', 'M'], ['Cash', 'L'], ['Budgeting', 'L'], ['Online banking', 'L'], ['Investment income', 'L'],
  ]);
});

describe('a parish budget for the year, blocks far apart (Waddington PC)', () => {
  const [t] = budgets('waddington-pc-budget-2020-21');
  it('"Estimated Expenditure 2020/2021" over the only figures is the year\'s budget', () => {
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 6 });
  });
  it('a heading over lines in the same columns after seven blank rows is the next block, not the end of the table', () => {
    expect(t!.rows.find((r) => r.label === 'Parish Council Office')?.kind).toBe('section');
    expect(t!.rows.find((r) => r.label === 'Business Rates')).toMatchObject({ annualBudget: 1500, section: 'Parish Council Office' });
  });
});

test('"Phased budget to 30 September 23" is the budget to date, beside the actual at that date (Cairngorms NPA)', () => {
  const [t] = budgets('cairngorms-npa-budget-monitoring-annex1-2023-09');
  expect(roles(t!)).toMatchObject({ annualBudget: 1, forecastOutturn: 3, ytdBudget: 4, ytdActual: 5, ytdVariance: 6 });
  expect(t!.rows.find((r) => r.label === 'Staff costs')).toMatchObject({ ytdBudget: 2467825, ytdActual: 2539730 });
});

test('"Category" merged down its section beside "Account Grouping" naming every line: the lines are named by the second (Wandle HA)', () => {
  const [t] = budgets('wandle-ha-management-accounts-m2-2021-22');
  expect(roles(t!)).toMatchObject({ label: 1, ytdActual: 2, ytdBudget: 3, ytdVariance: 4 });
  expect(t!.rows.map((r) => [r.label, r.kind])).toEqual([
    ['Net rental & service charge income', 'line'], ['Other Income', 'line'], ['Sales - First Tranche', 'line'], ['TOTAL TURNOVER', 'total'],
  ]);
});

test('machine-style headers of three years side by side ("annual_budget_2022", "annual_revenue_collected_2022"): the latest year is read, the earlier are context (Mumbwa TC)', () => {
  const a = analyseFixture(fixture('mumbwa-tc-revenue-collection-idp-2020-22'));
  const [t] = a.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(roles(t!)).toMatchObject({ label: 1, annualBudget: 8, ytdActual: 9 });
  expect(t!.rows.find((r) => r.label === 'Levies')).toMatchObject({ annualBudget: 1326500, ytdActual: 1699599, forecastOutturn: null });
  // The Grand Total of the 2022 block does not add up, in either column (I12 and J12).
  expect(a.checks.filter((c) => c.code === 'total_mismatch').map((c) => `${c.row + 1}:${c.col + 1}`).sort()).toEqual(['12:10', '12:9']);
});

describe('a statement of accounts converted to a workbook, two notes and a list of allowances (Sutton Coldfield TC)', () => {
  const tables = () => budgets('sutton-coldfield-tc-statement-of-accounts-notes-2016-17');
  it('"2017" saved as a number over "Net" wrapped over "Expenditure", and over "Budget": the year\'s actual and budget', () => {
    const [a, b] = tables();
    expect(a!.headerRows).toEqual([1, 2, 3, 4]);
    expect(roles(a!)).toMatchObject({ label: 1, ytdActual: 3, annualBudget: 5 });
    expect(roles(b!)).toMatchObject({ label: 1, ytdActual: 2, annualBudget: 4 });
  });
  it('a line-named row whose one figure adds up the fifteen lines above is their subtotal; its blank budget is no error', () => {
    const [a] = tables();
    expect(a!.rows.find((r) => r.label === 'Central Support Costs')).toMatchObject({ kind: 'subtotal', ytdActual: 230097, annualBudget: null });
    expect(a!.rows.find((r) => r.label === 'Total')).toMatchObject({ kind: 'total', ytdActual: 229850 });
  });
  it('"Councillor | £" over the allowances list is another table\'s header: the second note ends before it', () => {
    const [, b] = tables();
    expect(b!.rows[b!.rows.length - 1]).toMatchObject({ label: 'Civic and Democratic Costs', kind: 'total' });
  });
});

test('"Profiled Budget Y-T-D" is the budget to date and "Actual + Commitments" the actual (Wycombe DC)', () => {
  const [t] = budgets('wycombe-dc-special-expenses-budgetary-control-q3-2003-04');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdBudget: 2, ytdActual: 3, ytdVariance: 4, ytdVariancePct: 5 });
  expect(t!.rows.find((r) => r.label === 'Cemetery')).toMatchObject({ ytdBudget: 127299, ytdActual: 48741, ytdVariance: -78558 });
});

test('"Revised Estimate | Original estimate | Change" with no actual: the revised is the forecast, the original the budget (University of Cambridge)', () => {
  const [t] = budgets('university-of-cambridge-chest-revised-estimate-2000-01');
  expect(roles(t!)).toMatchObject({ label: 0, forecastOutturn: 1, annualBudget: 2, forecastVariance: 3 });
  expect(t!.rows.find((r) => r.label === 'Chest expenditure')).toMatchObject({ forecastOutturn: 190.9, annualBudget: 186.6, forecastVariance: 4.3 });
});

test('a register in words alone: "Risk Score" over "Medium-High" and "Residual Risk" over "Low" are grades, never a score that is not a number (St Columb Major TC)', () => {
  const a = analyseFixture(fixture('st-columb-major-tc-financial-risk-assessment-2025-05'));
  const r = a.tables.find((t) => t.kind === 'risk') as RiskRegister;
  expect(r.risks.map((x) => [x.title, x.scores.current?.grade, x.scores.residual?.grade]).slice(0, 2)).toEqual([
    ['Budgetary Control', 'Medium-High', 'Low'], ['Precept Setting', 'Medium', 'Low'],
  ]);
  expect(a.checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
});

test('a page footer under a register ("Reviewed and amended February 2015 … Page 1") is not a risk (Shepshed TC)', () => {
  const r = analyseFixture(fixture('shepshed-tc-risk-assessment-parks-cemetery-staff-2015')).tables.find((t) => t.kind === 'risk') as RiskRegister;
  expect(r.risks).toHaveLength(9);
  expect(r.range.bottom + 1).toBe(11);
});

describe('actuals in a column a month, April to March, beside the year\'s budget (Souldern PC)', () => {
  it('the months are detail; the "Totals" column that adds them up on every line is the actual to date, the budget the year\'s', () => {
    const [t] = budgets('souldern-pc-spending-v-budget-2025-26');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 14, remaining: 15 });
    expect(t!.rows.find((r) => r.label === 'Clerk Salary')).toMatchObject({ annualBudget: 2011, ytdActual: expect.closeTo(1206.68, 6) });
    // "Variance" is the budget left (budget less the total), not a variance to check.
    expect(t!.rows.find((r) => r.label === 'Clerk Salary')!.reported.ytdVariance).toBeNull();
  });
  it('no run-rate forecast is made from the months: annual payments (Subs, Insurance) would read as overspends', () => {
    const [t] = budgets('souldern-pc-spending-v-budget-2025-26');
    expect(t!.rows.find((r) => r.label === 'Subs')).toMatchObject({ forecastOutturn: null });
  });
  it('months that do not add up to a total beside them are not read as the year to date', () => {
    const f = fixture('souldern-pc-spending-v-budget-2025-26');
    const rows = f.sheets[0]!.rows.map((r) => [...r]);
    rows[6]![14] = 999; // Clerk Salary's total, no longer its months' sum
    rows[7]![14] = 999;
    const t = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables.find((x): x is BudgetTable => x.kind === 'budget');
    expect(t === undefined || !t.columns.some((c) => c.role === 'ytdActual' && c.col === 14)).toBe(true);
  });
});

describe('a mid-year performance report with its columns keyed "a | b | c=a-b" (Lusaka City Council)', () => {
  const tables = () => budgets('lusaka-city-council-mid-year-budget-performance-2026');
  it('"Actual" over "as at 30-Jun- 2026", the keys row and the ZMW row are one header; the bare "Budget" is the year\'s', () => {
    const [receipts, payments] = tables();
    expect(receipts!.headerRows).toEqual([3, 4, 5, 6]);
    expect(roles(receipts!)).toMatchObject({ label: 2, annualBudget: 3, ytdActual: 4 });
    expect(roles(payments!)).toMatchObject({ annualBudget: 3, ytdActual: 4 });
  });
  it('a row named in the code column is named by it; "Net Budget Performance" is not a line; the debt table below is not read into the payments', () => {
    const [, payments] = tables();
    expect(payments!.rows.find((r) => r.label === 'Total payments')).toMatchObject({ kind: 'total', ytdActual: 374546580.17 });
    expect(payments!.rows.some((r) => /Net Budget Performance|ZESCO/.test(r.label ?? ''))).toBe(false);
  });
  it('the programme table runs on through its sub-headers "Key Output / Output Indicator", which name the same columns in fewer words', () => {
    const programmes = tables()[2]!;
    expect(programmes.headerRows).toEqual([67]);
    expect(programmes.rows.find((r) => r.label === 'Constituency Development')).toMatchObject({ kind: 'line', annualBudget: 280227849 });
    expect(programmes.rows[programmes.rows.length - 1]).toMatchObject({ kind: 'total', annualBudget: 1151994693, ytdActual: expect.closeTo(374546580.17, 2) });
    const analysis = analyseFixture(fixture('lusaka-city-council-mid-year-budget-performance-2026'));
    expect(analysis.checks.filter((c) => c.code === 'total_mismatch' || c.code === 'subtotal_mismatch')).toEqual([]);
  });
  it('an output heading over indicators ("Welfare Services Provided" over "Number of households supported") is no money line, even just above the total', () => {
    const programmes = tables()[2]!;
    for (const label of ['Cash for Work Programme Implemented', 'Welfare Services Provided']) {
      expect(programmes.rows.find((r) => r.label === label)?.kind ?? 'section').toBe('section');
    }
    expect(programmes.rows.filter((r) => r.kind === 'line')).toHaveLength(16);
  });
});

test('a bank reconciliation and balance sheet below the expenditure, named left of its names column, are not lines of it (Souldern PC 2015/16)', () => {
  const [t] = budgets('souldern-pc-accounts-with-budget-2015-16');
  expect(t!.rows[t!.rows.length - 1]).toMatchObject({ label: 'Totals', kind: 'total', ytdActual: 7547.31, annualBudget: 9390 });
});

test('a column repeating one statement name down every line is no label; "final_budget" is the year\'s budget (Kawambwa TC)', () => {
  const [t] = budgets('kawambwa-tc-budget-actual-comparison-2022');
  expect(roles(t!)).toMatchObject({ label: 2, annualBudget: 5, ytdActual: 6 });
  expect(t!.rows.find((r) => r.label === 'Levies')).toMatchObject({ annualBudget: 26700, ytdActual: 25441 });
  expect(t!.rows.some((r) => /Increase\/\(Decrease/.test(r.label ?? ''))).toBe(false);
});

test('"budgeted_amount" beside a "year" column of 2022 and 2024 is the year\'s budget (Mpongwe TC)', () => {
  const [t] = budgets('mpongwe-tc-budget-actual-comparison-2022-2024');
  expect(roles(t!)).toMatchObject({ annualBudget: 4, ytdActual: 5 });
  expect(t!.rows.find((r) => r.label === 'Levies')).toMatchObject({ annualBudget: 3534276, ytdActual: 925541 });
});

test('a row of years alone under a table ("2017 | 2018 | 2018") heads the next table, not a subtotal of this one (Sutton Coldfield TC 2017/18)', () => {
  const [t] = budgets('sutton-coldfield-tc-accounts-net-expenditure-v-budget-2017-18');
  expect(t!.rows[t!.rows.length - 1]).toMatchObject({ label: 'Net Surplus' });
});

test('a code column that codes the sections, and lines that carry sub-codes in their names ("1.1 Local Government Equalisation Fund") (Lusaka City Council)', () => {
  const [receipts] = budgets('lusaka-city-council-mid-year-budget-performance-2026');
  expect(receipts!.rows.find((r) => r.code === '1.1')).toMatchObject({ label: 'Local Government Equalisation Fund', annualBudget: 32400000 });
  expect(receipts!.rows.find((r) => r.label === 'National Support')).toMatchObject({ kind: 'section', code: '1' });
});

describe('a final budget for next year printed beside this year\'s monitoring (Tatsfield PC)', () => {
  it('under "FINAL BUDGET 2012-13", "2012/13 Recommended" is the budget; the 2011/12 budget, figures and forecast are context', () => {
    const [t] = budgets('tatsfield-pc-final-budget-2012-13');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 6 });
    expect(t!.rows.find((r) => r.code === '(a)')).toMatchObject({ label: 'Insurance', annualBudget: 3115, ytdActual: null });
  });
  it('without the title (or a sheet name) that sets the budget, the year under way is read: "Figures as at September" is the actual to date', () => {
    const f = fixture('tatsfield-pc-final-budget-2012-13');
    const rows = f.sheets[0]!.rows.map((r, i) => (i < 4 ? [] : r));
    const [t] = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, name: 'Budget', rows }] }).tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(roles(t!)).toMatchObject({ label: 0, annualBudget: 1, ytdActual: 3, forecastOutturn: 4 });
    expect(t!.rows.find((r) => r.code === '(a)')).toMatchObject({ label: 'Insurance', annualBudget: 3420, ytdActual: 2883.16 });
  });
});

test('under "Precept 2014/15", "CLAIM 2014 - 2015" is the budget put to the council; the actual "01.04.13 to 10.11.13" and the 2013-14 estimate are context (Medbourne PC)', () => {
  const a = analyseFixture(fixture('medbourne-pc-precept-2014-15'));
  const [t] = a.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 6 });
  expect(t!.rows.find((r) => r.label === 'Clerks Salary')).toMatchObject({ kind: 'line', annualBudget: 1755 });
  expect(a.checks.filter((c) => c.severity !== 'info')).toEqual([]);
});

test('"(-3,012,163)", brackets and a minus both, is not read as a figure either way; "Total Expenses" under "Total Revenues" is no sum of it (Town of Nanton)', () => {
  const a = analyseFixture(fixture('nanton-town-budget-vs-actual-2023'));
  const t = a.tables[0] as BudgetTable;
  expect(t.rows.find((r) => r.label === 'Total Expenses')!.kind).toBe('line');
  expect(a.checks.filter((c) => c.code === 'not_a_number').map((c) => `${c.row + 1}:${c.col + 1}`)).toEqual(['7:2', '7:3']);
  expect(a.checks.filter((c) => c.code === 'total_mismatch')).toEqual([]);
});

test('"RISK GRADING AFTER CONTROL" over grade words is the residual grade (Northorpe PC)', () => {
  const r = analyseFixture(fixture('northorpe-pc-risk-assessment-undated')).tables.find((t) => t.kind === 'risk') as RiskRegister;
  expect(r.risks).toHaveLength(7);
  expect(r.risks[0]!.scores.residual).toMatchObject({ grade: 'Low' });
});

test('a precept budget printed as a list under its title, with no column headers, is read as the year\'s budget; the tax base and precept per Band D are not money lines (Whittington and Fisherwick PC)', () => {
  const tables = budgets('whittington-fisherwick-pc-precept-budget-2018-19');
  expect(tables.map((t) => t.headerRows[0]! + 1)).toEqual([3, 68]);
  expect(roles(tables[0]!)).toEqual({ label: 0, annualBudget: 1 });
  expect(tables[0]!.rows.find((r) => r.label === 'Grass cutting')).toMatchObject({ kind: 'line', annualBudget: 12465 });
  expect(tables[0]!.rows.some((r) => /Council Tax Base|per Band/.test(r.label ?? ''))).toBe(false);
});

test('a "section" column repeating "Receipts" then "Payments" gives the lines their sections, and "TOTAL PAYMENTS" closes its own (Kawambwa TC)', () => {
  const [t] = budgets('kawambwa-tc-budget-actual-comparison-2022');
  expect(t!.rows.find((r) => r.label === 'Levies')!.section).toBe('Receipts');
  expect(t!.rows.find((r) => r.label === 'Borrowings - - - -')!.kind).toBe('line');
  expect(t!.rows.find((r) => r.label === 'TOTAL PAYMENTS')).toMatchObject({ kind: 'subtotal', section: 'Payments' });
});

test('"Year to Date" over nothing but dashes, in a budget set before the year, is no actual of nil (Stratford-upon-Avon TC)', () => {
  const [t] = budgets('stratford-upon-avon-tc-budget-2009-10');
  expect(t!.columns.some((c) => c.role === 'ytdActual')).toBe(false);
  expect(t!.rows.find((r) => r.label === 'Precept')).toMatchObject({ annualBudget: 479246, ytdActual: null });
});

test('grades printed "High." are High, and "Section One : Areas where ..." heads its risks (Ferndown TC)', () => {
  const r = analyseFixture(fixture('ferndown-tc-financial-risk-management-2020-21')).tables.find((t) => t.kind === 'risk') as RiskRegister;
  expect(r.risks[0]!.scores.current).toMatchObject({ grade: 'High' });
  expect(r.risks[0]!.section).toMatch(/^Section One/);
  expect(r.risks.some((x) => /^Section/.test(x.title ?? ''))).toBe(false);
});

describe('a strategic register whose bands are its section rows, "High Risk (16 To 20)" down to "Medium/Low (6 to 8)", over two pages (Canterbury City Council)', () => {
  const register = () => analyseFixture(fixture('canterbury-city-council-strategic-risk-register-2010-12')).tables.find((t) => t.kind === 'risk') as RiskRegister;
  it('the key it prints grades it, compound names and all; scores beyond the key would have no band', () => {
    const r = register();
    expect(r.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Medium/Low', 6, 8], ['Medium', 9, 11], ['High/Medium', 12, 15], ['High', 16, 20]]);
    expect(r.scheme.label).toMatch(/no band for scores below 6 or above 20/);
    expect(r.risks.find((x) => x.title === 'Budget Management')!.scores.current).toMatchObject({ score: 16, grade: 'High' });
  });
  it('"Very High | None" heads an empty band; the page printed again under "Continued" is the same register', () => {
    const r = register();
    expect(r.risks.some((x) => x.title === 'Very High')).toBe(false);
    expect(r.risks).toHaveLength(20);
  });
});

test('"Risk(s) Identified" names the risks beside an "H/M/L" grade (Ryde TC)', () => {
  const r = analyseFixture(fixture('ryde-tc-risk-assessment-2021-01')).tables.find((t) => t.kind === 'risk') as RiskRegister;
  expect(r.risks.find((x) => x.row === 9)!.scores.current).toMatchObject({ grade: 'L' });
});

test('an accounting package\'s "Budget vs. Actuals": "Oct ’19 – Jul 20" is the actual to date, "311000 · Ad Valorem" carries its code, "Income" a column left of the accounts heads them (Town of Penney Farms)', () => {
  const [t] = budgets('penney-farms-general-fund-report-2020-07');
  expect(roles(t!)).toMatchObject({ label: 2, ytdActual: 4, ytdBudget: 5 });
  expect(t!.rows[0]).toMatchObject({ kind: 'section', label: 'Income' });
  expect(t!.rows.find((r) => r.code === '361200')).toMatchObject({ label: 'Interest Income', ytdActual: 5868.68, ytdBudget: 8500, section: 'Income' });
});

test('"Budgets 2018 / 2019" over a list of headings each with one figure is the year\'s budget, and its wrong total is said (Driffield TC)', () => {
  const a = analyseFixture(fixture('driffield-tc-budgets-2018-19'));
  const t = a.tables[0] as BudgetTable;
  expect(t.rows.find((r) => r.label === 'Salaries')).toMatchObject({ annualBudget: 158355 });
  expect(a.checks.filter((c) => c.severity === 'error').map((c) => [c.row + 1, c.col + 1])).toEqual([[12, 2]]);
  // "BUDGET TOTAL" adds up the table; the "PRECEPT" under it funds it, and does not make it a subtotal.
  expect(t.rows.find((r) => r.label === 'BUDGET TOTAL')).toMatchObject({ kind: 'total' });
  expect(a.checks.find((c) => c.severity === 'error')!.code).toBe('total_mismatch');
});

test('a net expenditure total followed by the precept, a transfer and the net surplus closes a block: a subtotal (Sutton Coldfield TC)', () => {
  const [t] = budgets('sutton-coldfield-tc-accounts-net-expenditure-v-budget-2017-18');
  expect(t!.rows.find((r) => r.row === 21)).toMatchObject({ kind: 'subtotal' });
});

test('"Agreed Budget 2024-2025" over "23-24 | 23-24 | 24-25": the 24-25 budget is read, the year before is context; the expenditure\'s header printed again with a slip ("23-24" for "24-25") goes on with the table (Corby Glen PC)', () => {
  const a = analyseFixture(fixture('corby-glen-pc-agreed-budget-2024-25'));
  const budgetTables = a.tables.filter((t): t is BudgetTable => t.kind === 'budget');
  expect(budgetTables).toHaveLength(1);
  const [t] = budgetTables;
  expect(roles(t!)).toMatchObject({ annualBudget: 3 });
  expect(t!.columns.some((c) => c.col === 1 || c.col === 2)).toBe(false);
  expect(t!.rows.find((r) => r.label === 'Clerk Computer Support')).toMatchObject({ kind: 'line', annualBudget: 100 });
  // Last year's estimate only, nothing budgeted this year: a line with nothing in it, not a heading.
  expect(t!.rows.find((r) => r.label === 'Donations')).toMatchObject({ kind: 'line', annualBudget: null });
  // The income with the balance brought forward is a balance, not the table's total.
  expect(t!.rows.some((r) => r.label === 'total Funds cumulative')).toBe(false);
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

describe('board assurance frameworks of NHS trusts (holdout 10)', () => {
  const register = (id: string) => analyseFixture(fixture(id)).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  const slot = (s?: { likelihood: number | null; consequence: number | null; score: number | null; grade: string | null } | null) => s && [s.likelihood, s.consequence, s.score, s.grade];

  it('"Initial | Current | Target" under "Level of Risk (consequence x likelihood)" are its three scores, "5x3 = 15" read consequence first; the objective merged across is a heading (Leeds Community Healthcare)', () => {
    const r = register('leeds-community-healthcare-nhs-trust-board-assurance-framework-2014-10');
    expect(r.risks.map((x) => x.ref)).toEqual(['205', '358 (a)']);
    const safeguarding = r.risks[1]!;
    expect(slot(safeguarding.scores.inherent)).toEqual([3, 5, 15, 'Extreme']);
    expect(slot(safeguarding.scores.current)).toEqual([2, 5, 10, 'High']);
    expect(slot(safeguarding.scores.target)).toEqual([1, 5, 5, 'Moderate']);
    expect(safeguarding.section).toMatch(/^Principal objective 1:/);
  });

  it('a bare "TARGET" over scores beside "RATING" is the target score (a trust\'s BAF summary)', () => {
    const r = register('unnamed-mh-ld-community-nhs-trust-baf-summary-2021-03');
    expect(r.risks.map((x) => [x.ref, x.scores.current?.score, x.scores.target?.score])).toEqual([['1.1', 12, 8], ['1.3', 12, 8], ['1.5', 12, 4], ['1.6', undefined, undefined]]);
  });

  it('a card naming its "Principal Risk:" with no reference, scored in a grid of slots by "Impact | Likelihood | Score | Rating"; "Risk on identification" is inherent (Northumberland, Tyne and Wear)', () => {
    const r = register('northumberland-tyne-wear-nhsft-baf-corporate-risk-register-2017-08');
    expect(r.layout).toBe('cards');
    expect(r.risks).toHaveLength(1);
    expect(r.risks[0]!.ref).toBeNull();
    expect(r.risks[0]!.title).toMatch(/^That service model changes/);
    expect(slot(r.risks[0]!.scores.inherent)).toEqual([3, 5, 15, 'Extreme']);
    expect(slot(r.risks[0]!.scores.residual)).toEqual([3, 5, 15, 'Extreme']);
    expect(slot(r.risks[0]!.scores.target)).toEqual([2, 5, 10, 'High']);
  });
});

test('"Supplementary Budgets/virements approved to date" changes the budget and is not one; "Estimated Outturn Variations" is the variance, and the latest budget it is measured against is read (Hinckley and Bosworth BC)', () => {
  const a = analyseFixture(fixture('hinckley-bosworth-bc-budget-monitoring-summary-2019-08'));
  const t = a.tables[0] as BudgetTable;
  expect(roles(t)).toMatchObject({ annualBudget: 3, forecastVariance: 6, forecastOutturn: 7 });
  expect(t.columns.some((c) => c.col === 2)).toBe(false);
  expect(t.rows.find((r) => r.label === 'Community Services')).toMatchObject({ annualBudget: 2850954, forecastOutturn: 2743954 });
  expect(a.checks.filter((c) => c.severity !== 'info')).toEqual([]);
});

test('"Actual 2017" over four units and their "Total": the Total is the actual; a variance column of percentages ("-5.06%") is not money; "Actual 2016" beside "Budget 2017" is last year\'s; headcounts are not lines; "Net Tuition & Fees" nets the two lines above it (Academy of the New Church)', () => {
  const a = analyseFixture(fixture('academy-of-the-new-church-budget-to-actual-fy2017'));
  const t = a.tables[0] as BudgetTable;
  // The percentage is never read as money.
  expect(['ytdVariance', 'forecastVariance']).not.toContain(t.columns.find((c) => c.col === 6)?.role);
  expect(t.columns.some((c) => c.col === 8)).toBe(false);
  expect(roles(t)).toMatchObject({ annualBudget: 7, ytdActual: 5 });
  expect(t.rows.find((r) => r.label === 'Tuition & Fees')).toMatchObject({ ytdActual: 8740262, annualBudget: 9497000 });
  expect(t.rows.some((r) => r.label === 'Enrollments' || r.label === 'Dorm Counts')).toBe(false);
  expect(t.rows.find((r) => r.label === 'Net Tuition & Fees')).toMatchObject({ kind: 'subtotal', annualBudget: 3962530 });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a status table ("Category | Target | Current Status" over "Balanced year end position") is not a budget; the finance table below it is (Cambridgeshire CC)', () => {
  const tables = budgets('cambridgeshire-cc-place-economy-fpr-2018-10');
  expect(tables.map((t) => t.range.top + 1)).toEqual([16]);
  expect(roles(tables[0]!)).toMatchObject({ annualBudget: 2, ytdActual: 3, forecastVariance: 4 });
});

test('"Type | Amount" under "Where the budget comes from", on a page headed "Budget" that states its year, is the year\'s budget; two such tables, each with its total (Penryn TC)', () => {
  const tables = budgets('penryn-tc-budget-2023-24');
  expect(tables.map((t) => roles(t))).toEqual([{ label: 0, annualBudget: 1 }, { label: 0, annualBudget: 1 }]);
  expect(tables[0]!.rows.find((r) => r.label === 'Precept')).toMatchObject({ annualBudget: 313450 });
  expect(tables[1]!.rows.at(-1)).toMatchObject({ kind: 'total', annualBudget: 381863 });
});

test('"Amount" is read as a budget only under a title that says budget and a stated year', () => {
  const grid = (rows: (string | null)[][]) => ({ sheets: [{ name: 'Payments', values: rows, visibility: 'visible' as const }] });
  const lines: (string | null)[][] = [['Type', 'Amount'], ['Stationery', '£120'], ['Hall hire', '£300'], ['Grass cutting', '£1,500'], ['Total', '£1,920']];
  const read = (rows: (string | null)[][]) => analyseWorkbook(grid(rows) as never, parseConfig({})).tables.length;
  expect(read([['Budget 2024/25'], [], ...lines])).toBe(1);
  expect(read([['Payments over £100'], ['2024/25'], [], ...lines])).toBe(0);
  expect(read([['Where the budget goes'], [], ...lines])).toBe(0);
});

describe('a register that scores impact per area and gives each risk two rows (Honiton TC business risk register, holdout 12)', () => {
  const id = 'honiton-tc-business-risk-register-2014';
  const register = () => analyseFixture(fixture(id)).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  it('the consequence is the highest of the areas S, H, E, D1, D2, D3 and F, 0 saying an area does not apply; the score is L times it', () => {
    const r = register();
    expect(r.risks.map((x) => [x.ref, x.scores.inherent?.likelihood, x.scores.inherent?.consequence, x.scores.inherent?.score])).toEqual([
      ['001', 3, 5, 15], ['002', 3, 5, 15], ['003', 3, 5, 15], ['004', 3, 5, 15],
    ]);
    expect(analyseFixture(fixture(id)).checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
  it('the row below each risk, with no reference, holds its residual scores; the page heading under the header is no risk', () => {
    const r = register();
    expect(r.slots).toEqual(['inherent', 'residual']);
    expect(r.risks.map((x) => [x.row + 1, x.secondRow! + 1, x.scores.residual?.likelihood, x.scores.residual?.consequence, x.scores.residual?.score])).toEqual([
      [5, 6, 2, 3, 6], [7, 8, 2, 5, 10], [9, 10, 3, 3, 9], [11, 12, 3, 4, 12],
    ]);
  });
  it('an area scored beyond the matrix is an error on its own cell; a residual above the inherent is said', () => {
    const f = fixture(id);
    const rows = f.sheets[0]!.rows.map((r) => [...r]);
    rows[5]![7] = '7'; // D1 on risk 001's second row: beyond the 5x5 matrix
    rows[9]![11] = '5'; // risk 003 after controls: L 5, D1 4, so 20, above its 15 before them
    rows[9]![7] = '4';
    const checks = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).checks;
    expect(checks.filter((c) => c.code === 'out_of_range').map((c) => [c.row + 1, c.col + 1])).toEqual([[6, 8]]);
    expect(checks.filter((c) => c.code === 'residual_above_inherent').map((c) => c.where)).toEqual(['003']);
  });
  it('an area column the user leaves out leaves the areas: without F, risk 001 is scored on the rest', () => {
    const workbook = workbookOf(fixture(id));
    const read = (columns: Record<string, string | null>) =>
      analyseWorkbook(workbook, parseConfig({ tables: [{ sheet: 'Risk register', headerRow: 3, columns }] })).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    // Without F (finance), risk 001's highest area is D2 or D3, 4.
    expect(read({ K: null }).risks[0]!.scores.inherent).toMatchObject({ consequence: 4, score: 12 });
  });

  it('a correction names the columns as the pane shows them: "Inherent consequence" on S replaces the areas, and each risk keeps its two rows', () => {
    const workbook = workbookOf(fixture(id));
    const r = analyseWorkbook(workbook, parseConfig({ tables: [{ sheet: 'Risk register', headerRow: 3, columns: { E: 'inherentConsequence' } }] })).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(r.slots).toEqual(['inherent', 'residual']);
    expect(r.consequenceAreas).toBeUndefined();
    expect(r.risks.map((x) => x.secondRow! + 1)).toEqual([6, 8, 10, 12]);
  });

  it('on a register of one row to a risk, a consequence column the user names replaces the areas', () => {
    const rows = [
      ['Ref', 'Risk', 'Safety', 'Finance', 'Reputation', 'Likelihood', 'Score'],
      ['R1', 'Playground equipment fails inspection', 4, 2, 3, 2, 8],
      ['R2', 'Precept set too low for the year', 0, 4, 2, 3, 12],
      ['R3', 'Clerk leaves without a handover', 1, 2, 3, 3, 9],
    ];
    const workbook = { sheets: [{ name: 'Risks', visibility: 'visible' as const, values: rows }] };
    const read = (config: object) => analyseWorkbook(workbook as never, parseConfig(config)).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(read({}).consequenceAreas).toEqual({ slot: 'current', cols: [2, 3, 4] });
    expect(read({}).risks.map((r) => r.scores.current?.consequence)).toEqual([4, 4, 3]);
    const named = read({ tables: [{ sheet: 'Risks', headerRow: 1, columns: { D: 'currentConsequence' } }] });
    expect(named.consequenceAreas).toBeUndefined();
    expect(named.risks.map((r) => r.scores.current?.consequence)).toEqual([2, 4, 2]);
  });

  it("the live colours on the user's register cover each risk's second row too, and the Risk Summary maps both slots", () => {
    const workbook = workbookOf(fixture(id));
    const analysis = analyseWorkbook(workbook, parseConfig({}));
    const r = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    const rules = riskSourceRules(r);
    expect(new Set(rules.map((x) => x.ranges))).toEqual(new Set(['M5:M12']));
    const summary = buildWritePlan(workbook, analysis, parseConfig({})).sheets.find((s) => s.role === 'risk-summary')!;
    const values = asGrid(summary).values;
    expect(heatMapAt(values, 'inherent').left).toBe(0);
    expect(heatMapAt(values, 'residual').left).toBe(7);
    // Risk 001 after controls: likelihood 2, consequence 3.
    expect(heatMapCounts(values, 'residual')[2]![1]).toBe(1);
  });
});

test('"R" is the rating only straight after the likelihood ("L | R"); alone, over a RAG key\'s words, it is a letter, not a header', () => {
  const sheet = (rows: (string | null)[][]) => ({ name: 'S', visibility: 'visible' as const, values: rows });
  const refusals: string[] = [];
  const key = sheet([['R', 'Project delay that will have a significant impact'], ['A', 'Project at risk of delay'], ['G', 'Project is on target']]);
  expect(riskHeaderAt(key, 0, (r) => refusals.push(r.reason))).toBeNull();
  expect(refusals).toEqual([]);
  const register = sheet([['Ref', 'Risk', 'C', 'L', 'R'], ['1', 'Loss of income from the market', '4', '3', '12'], ['2', 'Damage to the pavilion roof', '3', '2', '6']]);
  expect(riskHeaderAt(register, 0)?.columns.find((c) => c.col === 4)?.role).toBe('currentScore');
});

test('"In 2023, actuals compared to the Town budget ended as follows" says the year is over: a bare "Budget | Actual" is the year\'s budget and actual (Nanton)', () => {
  const [t] = budgets('nanton-town-budget-vs-actual-2023');
  expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
  expect(t!.rows.find((r) => r.label === 'Total Revenues')).toMatchObject({ annualBudget: 2666132, ytdActual: 2762742, ytdBudget: null });
});

test('a "year-end forecast" does not say the year is over', () => {
  const sheet = { name: 'Finance', visibility: 'visible' as const, values: [['Budget monitoring: year-end forecast position'], [], ['Service', 'Budget', 'Actual', 'Variance'], ['Parks', '1,000', '1,200', '200'], ['Halls', '2,000', '1,900', '(100)'], ['Total', '3,000', '3,100', '100']] };
  const [t] = analyseWorkbook({ sheets: [sheet] } as never, parseConfig({})).tables as BudgetTable[];
  expect(roles(t!)).toMatchObject({ ytdBudget: 1, ytdActual: 2, ytdVariance: 3 });
});

test('"Likeli-" wrapped over "hood" in one header cell is the likelihood (Moray Council)', () => {
  const r = analyseFixture(fixture('moray-council-corporate-risk-register-2016-03')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.risks.map((x) => [x.ref, x.scores.inherent?.likelihood, x.scores.inherent?.consequence, x.scores.residual?.likelihood])).toEqual([['1.1', 5, 5, 4], ['1.2', 5, 4, 4]]);
});

test('a register\'s lines of sentences above its last risk are not a budget header over it: the register reads to its end (Gittisham PC)', () => {
  const r = analyseFixture(fixture('gittisham-pc-risk-management-2023-03')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.risks.at(-1)).toMatchObject({ row: 12, title: 'Data lost to error, theft, flood or fire' });
});

describe('a result table that prints its costs as positive figures: the Total is the revenue less the costs (Capital & Coast DHB)', () => {
  const id = 'capital-coast-dhb-board-financial-overview-2018-09';
  it('the Total is checked as the revenue less the five costs, and graded as a result is: more is better', () => {
    const a = analyseFixture(fixture(id));
    const t = a.tables[0] as BudgetTable;
    const total = t.rows.find((r) => r.label === 'Total')!;
    expect(total).toMatchObject({ kind: 'total', income: true, ytdActual: -6748, ytdBudget: -3599 });
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
  it('a Total that is wrong is still said to be wrong, against the revenue less the costs', () => {
    const f = fixture(id);
    const rows = f.sheets[0]!.rows.map((r) => [...r]);
    rows[13]![4] = '(6,000)'; // the year-to-date actual result: 283,164 less 289,912 is (6,748)
    const errors = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).checks.filter((c) => c.severity === 'error');
    expect(errors.map((c) => [c.code, c.row + 1, c.col + 1])).toContainEqual(['total_mismatch', 14, 5]);
    expect(errors.find((c) => c.code === 'total_mismatch')!.message).toMatch(/income less the costs of rows 8-13 come to \(6,748\)/);
  });
});

test('"Estimated | Other Authorizations | Total Estimated | Actual": the total of the estimates is the year\'s budget, other authorizations a change to it (BC Ministry of Finance)', () => {
  const a = analyseFixture(fixture('bc-ministry-of-finance-report-on-resources-2005-06'));
  const t = a.tables[0] as BudgetTable;
  expect(roles(t)).toMatchObject({ annualBudget: 3, ytdActual: 4 });
  expect(t.columns.some((c) => c.col === 1 || c.col === 2)).toBe(false);
  expect(t.rows.find((r) => r.label === 'Executive and Support Services')).toMatchObject({ annualBudget: 18176, ytdActual: 15635 });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a budget summary of totals from elsewhere ("Total Expenditures", "Total Direct Revenues", ...), one figure column, an unlabelled net of 0: the totals are its lines, the net its total; the year over the kinds is read from text "2019" (Marmora and Lake)', () => {
  const a = analyseFixture(fixture('marmora-and-lake-operating-budget-summary-2019'));
  const t = a.tables[0] as BudgetTable;
  expect(roles(t)).toMatchObject({ annualBudget: 4 });
  expect(t.rows.map((r) => r.kind)).toEqual(['line', 'line', 'line', 'line', 'total']);
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a savings programme read as a table: "Target Saving" the plan, "Savings achieved to 31.3.87" the actual, "Total Savings" the forecast, the "1984/85 Expenditure Level" a baseline (Greater Glasgow Health Board); savings columns beside a budget stay context (Brighton & Hove)', () => {
  const [glasgow] = budgets('greater-glasgow-health-board-efficiency-savings-1986-87');
  expect(roles(glasgow!)).toMatchObject({ annualBudget: 3, ytdActual: 4, forecastOutturn: 6 });
  expect(glasgow!.columns.some((c) => c.col === 2)).toBe(false);
  expect(glasgow!.rows.find((r) => r.label === 'Catering')).toMatchObject({ annualBudget: 1.2, ytdActual: 0.8, forecastOutturn: 1.42 });
  const [brighton] = budgets('brighton-hove-tbm-families-children-learning-m2-2022');
  expect(brighton!.columns.some((c) => c.col >= 6)).toBe(false);
});

test('a name printed with its dotted leader ("Tax liens.........") is read without the dots (Town of Mashpee)', () => {
  const [t] = budgets('mashpee-general-fund-budget-and-actual-fy2004');
  expect(t!.rows.some((r) => /\.{3}/.test(r.label ?? ''))).toBe(false);
  expect(t!.rows.some((r) => r.label === 'Tax liens')).toBe(true);
});

test('"will set the precept for 2017/18" over "2017/2018 Projected" beside earlier actuals: the projection is the budget put to the council (Litton Cheney PC)', () => {
  const [t] = budgets('litton-cheney-pc-budget-projections-2017-18');
  expect(roles(t!)).toMatchObject({ annualBudget: 4 });
  expect(t!.columns.some((c) => c.col >= 1 && c.col <= 3)).toBe(false);
  expect(t!.rows.find((r) => r.label === 'Precept')).toMatchObject({ annualBudget: 7200 });
  // Without the sentence, the projections are forecasts of years after the actuals: no table of this year.
  const f = fixture('litton-cheney-pc-budget-projections-2017-18');
  const rows = f.sheets[0]!.rows.map((r, i) => (i === 2 ? ['Budget projections and previous actuals are shown below.'] : r));
  expect(analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables.filter((x) => x.kind === 'budget')).toEqual([]);
});

describe('a register scored in averages of a workshop\'s votes on 1-6 scales (Fife Council, holdout 18)', () => {
  it('is read on the 1-6 scale its key lists, each average as printed and each score checked, not graded on a 5x5\'s bands nor put on a heat map', () => {
    const a = analyseFixture(fixture('fife-council-register-of-significant-risks-undated'));
    const register = a.tables[0] as RiskRegister;
    expect(register).toMatchObject({ kind: 'risk', averagedRatings: true, ratingScale: 6 });
    expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 5.1, consequence: 4.2, score: 21.42, grade: null });
    expect(a.checks).toEqual([]);
    expect(a.notes.join(' ')).toMatch(/gives its likelihoods and impacts as averages with decimals \(4\.2, 5\.1, 3\.7\)/);
    expect(a.notes.join(' ')).toMatch(/from 1 to 6, as the key by it lists/);
  });

  it('without the key under it, averages above 5 are on a scale nothing here states: set aside with the reason, rather than each called out of range', () => {
    const f = fixture('fife-council-register-of-significant-risks-undated');
    const a = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows: f.sheets[0]!.rows.slice(0, 16) }] });
    expect(a.tables).toEqual([]);
    expect(a.checks).toEqual([]);
    expect(a.notes.join(' ')).toMatch(/row 4 was not read: its likelihoods and impacts are averages with decimals \(4\.2, 5\.1, 3\.7\), some above 5, and no key by it lists the levels of its scale/);
  });
  it('"IMPACT ON SERVICES SCORE" and "LIKELIHOOD SCORE" are its two dimensions; "TOTAL RISK SCORE" the product', () => {
    expect(riskMeasureOf('IMPACT ON SERVICES SCORE')).toBe('consequence');
    expect(riskMeasureOf('Likelihood of occurrence rating')).toBe('likelihood');
    expect(riskMeasureOf('TOTAL RISK SCORE')).toBe('score');
    expect(riskMeasureOf('Likelihood x Impact score')).toBe('score');
  });
  it('a register with whole-number ratings and one typed as a decimal still has that cell called out', () => {
    const f = fixture('fife-council-register-of-significant-risks-undated');
    const rows = f.sheets[0]!.rows.map((r, i) => (i >= 4 && i <= 14 ? [r[0]!, String(Math.round(Number(r[1]))), String(i === 4 ? 4.5 : Math.min(5, Math.round(Number(r[2])))), null] : r));
    const a = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] });
    expect(a.tables).toHaveLength(1);
    expect(a.checks.filter((c) => c.code === 'out_of_range').map((c) => c.row + 1)).toEqual([5]);
  });
});

test('"Year-to-Date" over "Revenues" beside "Year-to-Date" over "Budget" is the actual revenue to date, in both stacked tables; "Other [1]" is named without its footnote mark (Monterey Peninsula WMD)', () => {
  const [revenues, expenditures] = budgets('monterey-peninsula-wmd-q3-financial-activity-2013-14');
  expect(roles(revenues!)).toMatchObject({ label: 0, ytdActual: 1, ytdBudget: 2 });
  expect(roles(expenditures!)).toMatchObject({ label: 0, ytdActual: 1, ytdBudget: 2 });
  expect(revenues!.rows.find((r) => r.row === 14)).toMatchObject({ label: 'Other', ytdActual: 30795, ytdBudget: 2208989 });
  expect(revenues!.rows[revenues!.rows.length - 1]).toMatchObject({ label: 'Total Revenues', kind: 'total' });
});

describe('a US city\'s quarterly report: this year\'s block and last year\'s side by side, told apart by their dates (City of San Leandro)', () => {
  const a = () => analyseWorkbook(workbookOf(fixture('city-of-san-leandro-quarterly-financial-report-2013-09')), undefined, { explain: true });
  it('"Adjusted Budget" beside "Adopted Budget" is the budget in force; "YTD as of 9/30/13" the actual to date', () => {
    const t = a().tables[0] as BudgetTable;
    expect(roles(t)).toEqual({ label: 0, annualBudget: 2, ytdActual: 3 });
    expect(t.rows.find((r) => r.label === 'Intergovernmental')).toMatchObject({ annualBudget: 1033, ytdActual: 695 });
  });
  it('"YTD as of 9/30/12", a year before, is last year\'s; "Yr to Yr Change" compares the years and is no variance', () => {
    const columns = a().explained!.find((e) => e.outcome === 'table')!.columns;
    expect(columns.find((c) => c.col === 7)).toMatchObject({ role: null, why: expect.stringContaining("last year's figure") });
    expect(columns.filter((c) => c.col >= 9).map((c) => c.role)).toEqual([null, null]);
  });
});

describe('a parish risk assessment graded in words under "Level" (Grainthorpe PC, holdout 18)', () => {
  const register = () => analyseFixture(fixture('grainthorpe-pc-risk-assessment-2020')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  it('"Level" over "Low" and "med/high" is the grade; the sections between blank rows go on with the register', () => {
    const r = register();
    expect(r.risks.map((x) => x.row + 1)).toEqual([7, 8, 9, 10, 13, 14, 15, 18, 21, 22]);
    expect(r.risks.map((x) => x.scores.current?.grade)).toEqual(['Low', 'med/high', 'Low', 'Low', 'Low', 'Low', 'Low', 'Low', 'Low', 'Low']);
  });
  it('a graded row whose name cell is empty, straight under a risk, is a risk of its own, not that risk\'s second row', () => {
    expect(register().risks.find((x) => x.row === 9)).toMatchObject({ section: 'Business Continuity' });
  });
});

describe('a South African municipality\'s register with words and numbers in one cell (Greater Tzaneen, holdout 20)', () => {
  const register = () => analyseFixture(fixture('greater-tzaneen-municipality-omm-operational-risk-register-2021-22')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  it('"Major 4" and "Likely 4" are read by their numbers; the unqualified pair are the factors of "Inherent risk" beside them ("High 16")', () => {
    expect(register().risks[0]!.scores.inherent).toMatchObject({ likelihood: 4, consequence: 4, score: 16, typedScore: 16, grade: 'Extreme' });
  });
  it('a residual worked as the inherent score times a control factor ("Medium 10.4") stands as typed, graded by the bands, and is no error', () => {
    const a = analyseFixture(fixture('greater-tzaneen-municipality-omm-operational-risk-register-2021-22'));
    const r = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(r.risks.map((x) => [x.scores.residual?.score, x.scores.residual?.grade])).toEqual([[10.4, 'High'], [16.25, 'Extreme'], [9.75, 'High']]);
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
  it('a fraction in a score worked from its likelihood and consequence is still an error', () => {
    const f = fixture('greater-tzaneen-municipality-omm-operational-risk-register-2021-22');
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 3 ? r.map((v, c) => (c === 8 ? 'High 16.5' : v)) : r));
    const a = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] });
    expect(a.checks.filter((c) => c.severity === 'error').map((c) => `${c.code} ${c.row + 1}:${c.col + 1}`)).toEqual(['out_of_range 4:9']);
  });
});

test('"Monthly actual" is the month\'s; "YearTD actual" and "YearTD budget" are the year to date (Knysna Municipality, Table C1)', () => {
  const [t] = budgets('knysna-municipality-c1-monthly-budget-statement-m09-2018-19');
  expect(roles(t!)).toMatchObject({ annualBudget: 3, ytdActual: 5, ytdBudget: 6, ytdVariance: 7, forecastOutturn: 9 });
});

test('"Estimate to Complete" is what is still to come, context; "FY Estimate" beside the budget and the quarter\'s actuals is the forecast (Housing Authority of Contra Costa County)', () => {
  const [t] = budgets('contra-costa-housing-authority-q1-budget-report-2008-09');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 2, forecastOutturn: 4, forecastVariance: 5 });
});

test('"Grand Total (A+B)", adding the opening balance A to the receipts B, is no total of the table, and no total is called wrong (Acharya N.G. Ranga Agricultural University)', () => {
  const a = analyseFixture(fixture('acharya-ng-ranga-agricultural-university-budget-estimates-at-a-glance-2014-15'));
  const t = a.tables[0] as BudgetTable;
  expect(t.rows.some((r) => /Grand Total/.test(r.label ?? ''))).toBe(false);
  expect(t.rows.filter((r) => r.kind === 'subtotal').map((r) => r.label)).toEqual(['Total (B)', 'Total (C)']);
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

describe('a district council\'s register with its assessments before and after controls under two group titles (Waitomo DC, holdout 20)', () => {
  const register = () => analyseFixture(fixture('waitomo-dc-risk-register-2019-05')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  it('"Risk Assessment Prior to Controls and Treatments" over "Likelihood | Consequences | Risk Level" is the inherent slot; "M (9)" is the score 9', () => {
    expect(register().slots).toEqual(['inherent', 'residual']);
    expect(register().risks[0]!.scores.inherent).toMatchObject({ likelihood: 3, consequence: 3, score: 9, typedScore: 9 });
  });
  it('a heading in capitals, however long, and a numbered heading over the risks it numbers ("1 | GOVERNANCE" over 1.1, 1.2) are sections; the unheaded number column is the reference', () => {
    const r = register();
    expect(r.risks.map((x) => [x.ref, x.section])).toEqual([['1.1', 'GOVERNANCE'], ['1.2', 'GOVERNANCE']]);
  });
});

test('"Principal Risks" names the risks of a board assurance framework graded by "Risk Status RAG", the reference read from "1.1) Implementation …" (NHS Calderdale, Kirklees and Wakefield)', () => {
  const r = analyseFixture(fixture('nhs-calderdale-kirklees-wakefield-cluster-baf-2012-02')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.risks.map((x) => [x.ref, x.scores.current?.grade])).toEqual([['1.1', 'Amber']]);
});

test('a table whose headings stand one column left of their figures (a web page saved without its corner cell) is read with each heading over the figures right of it, never under the wrong measures (Arkansas Valley Ambulance District)', () => {
  const a = analyseWorkbook(workbookOf(fixture('arkansas-valley-ambulance-district-monthly-financial-report-2024-08')), undefined, { explain: true });
  const [t] = a.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(t!.columns.map((c) => `${c.role} ${c.col} ${c.header}`)).toEqual(['label 0 ', 'ytdActual 2 YTD Actual', 'annualBudget 3 2024 Adopted Budget', 'remaining 4 Variance Over (Under)']);
  expect(t!.rows.find((r) => r.label === 'Property Taxes')).toMatchObject({ ytdActual: 264556, annualBudget: 244992 });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  const read = a.explained!.find((e) => e.headerRows.includes(23))!;
  expect(read.columns.find((c) => c.col === 2)!.why).toContain('its heading printed one column left, over column B');
});

describe('a town\'s budget master exported as CSV, its sheet named after the file (Town of Rutland, holdout 21)', () => {
  it('the sheet named "… FY25 General Fund Budget …" sets the FY25 budget: "FY25 DEPT REQ." is read and the earlier years\' budgets and actuals are context', () => {
    const [t] = budgets('rutland-ma-fy25-general-fund-budget-master-2024');
    expect(roles(t!)).toEqual({ label: 1, annualBudget: 7 });
    expect(t!.rows[0]).toMatchObject({ code: '010-114-5100-00-0000', label: 'MODERATOR SALARY', annualBudget: 75 });
  });
  it('"Change" beside budgets alone is the change from one budget to the next, not a variance; its " $(1,019)" is no word in a figure cell', () => {
    const a = analyseFixture(fixture('rutland-ma-fy25-general-fund-budget-master-2024'));
    expect(a.checks.filter((c) => c.severity !== 'info').map((c) => c.code)).toEqual(['error_value']);
  });
});

describe('a city\'s revenue statement with sections in sections (City of Philadelphia, holdout 21)', () => {
  const t = () => budgets('city-of-philadelphia-revenue-collections-2022-12')[0]!;
  it('"FISCAL YEAR TO DATE" over "2023" is the actual to date, "2022" last year\'s; "NECESSARY TO MEET BUDGET ESTIMATES" is what is left, not a budget', () => {
    expect(roles(t())).toEqual({ label: 0, annualBudget: 2, ytdActual: 5, remaining: 8 });
  });
  it('a total of the subtotals just above it, a total less a "LESS:" row, and a budget held at a subtotal over lines without one are no errors', () => {
    expect(t().rows.find((r) => r.label === 'TOTAL PICA AND CITY WAGE TAX')).toMatchObject({ kind: 'subtotal' });
    const a = analyseFixture(fixture('city-of-philadelphia-revenue-collections-2022-12'));
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
});

describe('an open-data export of one budgeted account a row, "Type | Budget Amount | Fund | Department | Program | Account Type | Account | Budget Year" (City of Raleigh)', () => {
  const id = 'city-of-raleigh-budget-by-account-2012-open-data';
  it('"Budget Year" over 2012 on every line says the year: the amount is the year\'s budget, and the year no figure', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ annualBudget: 1, label: 6 });
    expect(t!.rows.find((r) => r.label === 'Medicare')).toMatchObject({ kind: 'line', annualBudget: 6888 });
  });
  it('the names are the account at the right, not the one word ("EXPENSE") repeated down every line left of the figure', () => {
    const [t] = budgets(id);
    expect(new Set(t!.rows.filter((r) => r.kind === 'line').map((r) => r.label)).size).toBeGreaterThan(40);
  });
  it('with the year column gone, the lone "Budget Amount" says no year and the export is not read', () => {
    const f = fixture(id);
    const sheet = f.sheets[0]!;
    const withoutYear = { ...f, sheets: [{ ...sheet, rows: sheet.rows.map((r) => (r ? r.filter((_v, c) => c !== 7) : r)) }] };
    expect(analyseWorkbook(workbookOf(withoutYear)).tables.filter((t) => t.kind === 'budget')).toEqual([]);
  });
});

describe('a town\'s budget set through its stages, "FY25 ACTUAL | FY26 DEPT | FY26 ADMIN", laid out as an outline over five columns (Town of Hubbardston)', () => {
  const id = 'hubbardston-fy26-working-budget-expenditures-2025-02';
  it('the latest stage for the latest year (the administrator\'s, after the department\'s request) is the budget; earlier years, the request and the CHANGE are context', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 4, annualBudget: 9 });
    expect(t!.rows.find((r) => r.label === 'Executive Assistant')).toMatchObject({ kind: 'line', annualBudget: 34348, ytdActual: null });
  });
  it('a request alone for the year, beside last year\'s actuals, is not taken for the budget set', () => {
    const f = fixture(id);
    const sheet = f.sheets[0]!;
    // The administrator's column gone: the department's request is all there is for FY26.
    const withoutAdmin = { ...f, sheets: [{ ...sheet, rows: sheet.rows.map((r) => (r ? r.filter((_v, c) => c !== 9) : r)) }] };
    expect(analyseWorkbook(workbookOf(withoutAdmin)).tables.filter((t) => t.kind === 'budget')).toEqual([]);
  });
  it('a request said in words, alone for the year beside an earlier year\'s original budget, is the budget the export submits (City of Cambridge MA, "Fiscal 2014 original | Fiscal 2015 requested")', () => {
    const [t] = budgets('city-of-cambridge-ma-fy15-submitted-budget-by-department');
    expect(roles(t!)).toEqual({ label: 5, annualBudget: 7 });
    expect(t!.rows.find((r) => r.label === 'Permanent Salaries/Wages')).toMatchObject({ kind: 'line', code: '51100', annualBudget: 325595 });
  });
  it('the running row number in column A is no code or name; categories named left of the lines ("5100 | Personnel") are headings with their codes, or lines where they carry figures', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'Moderator - 114')).toMatchObject({ kind: 'section', code: null });
    expect(t!.rows.find((r) => r.row === 7)).toMatchObject({ kind: 'section', label: 'Personnel', code: '5100' });
    expect(t!.rows.find((r) => r.row === 17)).toMatchObject({ kind: 'line', label: 'Supplies', code: '5400', annualBudget: 0 });
    // "Services" with last year's $0 beside it and nothing for FY26: a heading all the same.
    expect(t!.rows.find((r) => r.row === 139)).toMatchObject({ kind: 'section', label: 'Services', code: '5200' });
    // "PUBLIC WORKS" typed in capitals over last year's actuals: the function's heading.
    expect(t!.rows.find((r) => r.row === 179)).toMatchObject({ kind: 'section', label: 'PUBLIC WORKS' });
  });
  it('each department\'s TOTAL adds its lines across its categories; unnamed rows add the departments of a function (one alone for the school); nameless $0 rows are lines; no false alarm', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.row === 22)).toMatchObject({ kind: 'subtotal', label: 'TOTAL', annualBudget: 86648 });
    expect(t!.rows.find((r) => r.row === 93)).toMatchObject({ kind: 'subtotal', label: null, annualBudget: 731340 });
    expect(t!.rows.find((r) => r.row === 177)).toMatchObject({ kind: 'subtotal', label: null, annualBudget: 7294875 });
    expect(t!.rows.find((r) => r.row === 127)).toMatchObject({ kind: 'line', label: null, annualBudget: 0 });
    expect(t!.rows[t!.rows.length - 1]).toMatchObject({ kind: 'total', label: 'GRAND TOTAL', annualBudget: 11809742 });
    expect(analyseFixture(fixture(id)).checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
});

test('named by the user, a budget whose category rows carry their own figures ("5400 | Supplies" named left of the line names) reads on past them (Town of Hubbardston)', () => {
  const f = fixture('hubbardston-fy26-working-budget-expenditures-2025-02');
  const config = parseConfig({ tables: [{ sheet: f.sheets[0]!.name, headerRow: 1, columns: { E: 'label', J: 'annualBudget', H: 'ytdActual' } }] }, 'test');
  const [t] = analyseWorkbook(workbookOf(f), config).tables as BudgetTable[];
  expect(t!.rows.find((r) => r.label === 'Postage')).toMatchObject({ kind: 'line', annualBudget: 6000 });
  expect(t!.rows.filter((r) => r.label === 'TOTAL').length).toBeGreaterThanOrEqual(5);
});

test('of "ORIGINAL BUDGET" and "REVISED BUDGET", the one a column of the sheet\'s own figures measures the collections against (budget less actual on every line) is read, whatever its garbled heading (School District of Philadelphia)', () => {
  const [t] = budgets('school-district-of-philadelphia-revenue-collections-2022-12');
  expect(roles(t!)).toMatchObject({ annualBudget: 2 });
  expect(t!.rows[0]).toMatchObject({ label: 'REAL ESTATE: CURRENT **1', annualBudget: 983895000, ytdActual: 36925239 });
});

test('"Expenditure | Income | Budget Net Expenditure 2017": the bare Expenditure, less the Income on every line, is the net budget\'s gross side, not an actual; the unnamed last row adds up the section (Laois County Council)', () => {
  const [t] = budgets('laois-county-council-adopted-budget-table-a-2017');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 3 });
  expect(t!.rows[t!.rows.length - 1]).toMatchObject({ label: null, annualBudget: 21509001 });
  expect(errorsIn('laois-county-council-adopted-budget-table-a-2017')).toEqual([]);
});

describe('a village hall\'s budget plan with its mid-year actuals (Hartington Village Hall, holdout 22)', () => {
  it('under "BUDGET PLAN 2023/2024", "2023/4 Forecast" is the budget; "2021/2 Actuals" and "2022/3" are last year\'s', () => {
    const [income] = budgets('hartington-village-hall-budget-plan-mid-year-review-2023-24');
    expect(roles(income!)).toEqual({ label: 0, annualBudget: 4, ytdActual: 5 });
    expect(income!.rows.find((r) => r.label === 'TOTAL HIRE')).toMatchObject({ annualBudget: 13500, ytdActual: 7530 });
  });
  it('"Actual Sept 22-Aug 23", a period starting a year before "Actuals Sept 2023-Feb 2024", is last year\'s', () => {
    const [, spending] = budgets('hartington-village-hall-budget-plan-mid-year-review-2023-24');
    expect(roles(spending!)).toEqual({ label: 0, annualBudget: 3, ytdActual: 4 });
  });
});

test('months named on a header row above the last ("Apr 14 | May 14 …" under "Actuals") are periods, not five actuals to date; "Forecast Total v. Budget" is a variance (a parish council\'s monthly income and expenditure)', () => {
  const [t] = budgets('unnamed-pc-monthly-income-expenditure-2014-09');
  expect(roles(t!)).toMatchObject({ label: 0, annualBudget: 1 });
  expect(roles(t!).ytdActual).not.toBe(2);
  expect(roles(t!).annualBudget).not.toBe(16);
});

test('"Total Actuals", the same as "Total Forecast" on every line with months still to come beside it, is the year\'s figure, not the actual to date (a parish council\'s monthly income and expenditure)', () => {
  const a = analyseWorkbook(workbookOf(fixture('unnamed-pc-monthly-income-expenditure-2014-09')), undefined, { explain: true });
  const [t] = a.tables as BudgetTable[];
  expect(roles(t!)).toMatchObject({ annualBudget: 1, forecastOutturn: 15 });
  // The actual to date is the months headed "Actuals" added up (monthsToDate.test.ts), not column 15.
  expect(t!.columns.find((c) => c.role === 'ytdActual')).toMatchObject({ col: 6, adds: [2, 3, 4, 5, 6] });
  expect(a.explained!.find((e) => e.outcome === 'table')!.columns.find((c) => c.col === 14)!.why).toMatch(/not the actual to date/);
});

test('"Overall Risk (H/M/L)" before the controls, left of "Rating (With Controls)", is the inherent grade (Glendale Show visitor risk assessment)', () => {
  const r = analyseFixture(fixture('glendale-show-visitor-risk-assessment-undated')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.slots).toEqual(['inherent', 'current']);
  expect(r.risks.map((x) => [x.scores.inherent?.grade, x.scores.current?.grade])[0]).toEqual(['M', 'L']);
});

test('"Actual 1999" is last year\'s beside "APPROVED 2006"; a requested item with figures only at the other stages of 2006 is a line, not a heading (Hart County, Georgia)', () => {
  const [t] = budgets('hart-county-ga-budget-2006-library-administration');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 13 });
  expect(t!.rows.find((r) => r.label === 'Materials')).toMatchObject({ kind: 'line', annualBudget: null });
});

test('"TOTAL EXPENDITURE" adds the three blocks\' totals and the "CONTINGENCY" line after them, not the "TOTAL INCOME" above (Far Cotton and Delapre Community Council)', () => {
  const a = analyseFixture(fixture('far-cotton-delapre-cc-budget-2023-24'));
  const [t] = a.tables as BudgetTable[];
  expect(t!.rows.find((r) => r.label === 'TOTAL EXPENDITURE')).toMatchObject({ kind: 'subtotal', annualBudget: 149780 });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

describe('a financial risk assessment whose every cell runs on line by line into the rows below (Bardney Group PC, holdout 23)', () => {
  const register = () => analyseFixture(fixture('bardney-group-pc-financial-risk-assessment-2021-03')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  it('the lines run on below a graded risk are its lines, not risks; the header\'s second line ("L/M/H") is no risk', () => {
    const rows = register().risks.map((x) => x.row + 1);
    expect(rows).toEqual([9, 14, 18, 28]);
  });
  it('the header is "HAZARD | RISK LEVEL" over "ACTIVITY | IDENTIFIED. | L/M/H": "ACTIVITY" names the risk, not the form\'s "REVIEW DATE" above', () => {
    const r = register();
    expect(r.headerRows.map((x) => x + 1)).toEqual([7, 8]);
    expect(r.columns.map((c) => [c.col, c.role])).toEqual(expect.arrayContaining([[0, 'title'], [1, 'description'], [3, 'currentGrade']]));
    expect(r.columns.map((c) => c.role)).not.toContain('reviewDate');
  });
  it('a risk starts where its activity starts again ("ANNUAL RETURN" after a blank), and its grade typed on a later line ("L" two lines down) is its own, not another risk', () => {
    const risks = register().risks;
    expect(risks.map((x) => [x.title, x.scores.current?.grade, x.scoreRow === undefined ? null : x.scoreRow + 1])).toEqual([
      ['UNEXPECTED', 'L', null], ['VAT RECLAIMING', 'L', null], ['ANNUAL RETURN', 'L', 20], ['ANNUAL RETURN', 'L', 29],
    ]);
    expect(analyseFixture(fixture('bardney-group-pc-financial-risk-assessment-2021-03')).checks).toEqual([]);
  });
  it('a register of names with no grades yet keeps every row as a risk (Helpringham PC)', () => {
    const r = analyseFixture(fixture('helpringham-pc-risk-register-2024-25')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(r.risks.slice(0, 3).map((x) => x.row + 1)).toEqual([12, 13, 14]);
  });
});

test('a record of a data export with no figures ("MPONGWE-FIN-2022-009 | … | Borrowings | | | | revenue | Kwacha") is a line with nothing in it, not a heading (Mpongwe Town Council)', () => {
  const [t] = budgets('mpongwe-tc-budget-actual-comparison-2022-2024');
  expect(t!.rows.find((r) => r.row === 9)).toMatchObject({ label: 'Borrowings', kind: 'line', annualBudget: null });
});

test('"Budget Line Item #" over "4008" is the code column, not a budget, however spaced; a title row standing over the first column only is no group label, wherever the table stands (Capilano Students\' Union)', () => {
  const [t] = budgets('capilano-students-union-operating-budget-fy2024');
  expect(roles(t!)).toMatchObject({ label: 1 });
  expect(Object.values(roles(t!))).not.toContain(0);
  expect(t!.rows.find((r) => r.label === 'Basic Student Society Fee')).toMatchObject({ code: '4008', kind: 'line' });
});

test('"Adopted by Council" is the budget, read before "Estimated by Manager"; 2009\'s columns are last year\'s (Kilkenny Borough Council)', () => {
  const [t] = budgets('kilkenny-borough-council-budget-housing-building-2010');
  expect(roles(t!)).toMatchObject({ label: 1, annualBudget: 2 });
  expect(roles(t!).ytdActual).toBeUndefined();
});

test('"Year 1 Actual", the sum of the two half-years\' actuals printed before it, is the actual, and "Year 1 Budget" the year\'s (South Gloucestershire Council, SportsPound)', () => {
  const [t] = budgets('south-gloucestershire-sportspound-cost-reconciliation-2016');
  expect(roles(t!)).toMatchObject({ label: 0, annualBudget: 1, ytdActual: 4 });
  expect(t!.rows[0]).toMatchObject({ annualBudget: 48606, ytdActual: 62746 });
});

test('with no column saying this year\'s budget, the one the sheet\'s own "Variance $" measures the actual against is the budget; "FY 2023 Budget" beside "the year ended 31 May 2024" is last year\'s (Capilano Students\' Union)', () => {
  const [t] = budgets('capilano-students-union-operating-budget-fy2024');
  expect(roles(t!)).toMatchObject({ label: 1, annualBudget: 4, ytdActual: 5 });
  expect(t!.rows.find((r) => r.label === 'Basic Student Society Fee')).toMatchObject({ annualBudget: 1085385, ytdActual: 1459757 });
});

describe('a capital programme\'s outturn against its original and latest programmes, two annexes on one sheet (Oxfordshire County Council, holdout 28)', () => {
  const id = 'oxfordshire-cc-capital-programme-provisional-outturn-2020-21';
  it('"Latest Capital Programme (Council Feb 2021)" is the year\'s budget; the original of Feb 2020 is context', () => {
    const [spend] = budgets(id);
    expect(roles(spend!)).toEqual({ label: 0, annualBudget: 2, ytdActual: 3, remaining: 6 });
    expect(spend!.rows.find((r) => r.label === 'Pupil Places')).toMatchObject({ annualBudget: 44555, ytdActual: 38025 });
  });
  it('the financing annex, under titles of its own after a blank row, is a table of its own though its header reads alike', () => {
    const tables = budgets(id);
    expect(tables.map((t) => [t.headerRows[0]! + 1, t.rows.length])).toEqual([[3, 11], [20, 10]]);
    expect(analyseFixture(fixture(id)).checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
});

test('savings reported achieved at months 2, 6 and 9 beside those achieved at outturn are earlier reports\' figures; the outturn is read (Monmouthshire County Council, holdout 28)', () => {
  const [t] = budgets('monmouthshire-cc-service-savings-mandates-progress-2015-16');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, forecastOutturn: 5 });
  expect(t!.rows.find((r) => r.label === 'Enterprise')).toMatchObject({ annualBudget: 1393, forecastOutturn: 1047, ytdActual: null });
});

test('figures in millions to one place beside one in thousands ("£91.6m" … "£664,000"): the total differs from their sum by rounding, not error (Cleveland PCC, holdout 28)', () => {
  const a = analyseFixture(fixture('cleveland-pcc-annual-police-budget-2020-21'));
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  expect(a.checks.filter((c) => c.code === 'rounding_only').map((c) => c.row + 1)).toEqual(expect.arrayContaining([13, 24]));
});

test('"Value | % Total CRL | Spend (including commitments) as at 30th September 2016": the one amount before the spend, with no budget column, is the year\'s budget; the spend with its commitments is the actual (Northern HSC Trust, holdout 26)', () => {
  const [t] = budgets('northern-hsc-trust-capital-programme-2016-09');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 3 });
  expect(t!.rows.find((r) => r.label === 'Medical Devices')).toMatchObject({ annualBudget: 980451, ytdActual: 150000 });
});

test('"Year to Date Plan | Year to Date Plan Actual | Variance Year to Date Actual", a header run together off a PDF: the column with the plan\'s words and "actual" is the actual (a community NHS trust\'s savings programme, holdout 26)', () => {
  const [t] = budgets('unnamed-community-nhs-trust-pmb-savings-programme-m7-2014');
  expect(roles(t!)).toMatchObject({ annualBudget: 2, forecastOutturn: 3, ytdBudget: 5, ytdActual: 6 });
  expect(t!.rows.find((r) => r.label === 'Procurement')).toMatchObject({ ytdBudget: 89, ytdActual: 61, ytdVariance: -28 });
});

test('a primary care trust\'s financial duties, planned against actual: the "Cash Limit" is a duty like the resource limit, not a cash balance; "Targets" heads the payment policy\'s percentage, left out as a measure (Kirklees PCT, holdout 26)', () => {
  const [t] = budgets('kirklees-pct-financial-duties-outturn-2006-07');
  expect(t!.rows.find((r) => r.label === 'Cash Limit')).toMatchObject({ kind: 'line', annualBudget: 488562, ytdActual: 488562 });
  expect(t!.rows[t!.rows.length - 1]).toMatchObject({ kind: 'section', label: 'Targets' });
  expect(t!.rows.map((r) => r.label)).not.toContain('Public Sector Payment Policy');
});

describe('a housing capital programme laid out as a reconciliation, budget versions and years across (Clackmannanshire Council, holdout 28)', () => {
  const id = 'clackmannanshire-council-housing-capital-programme-2006-07';
  it('a sentence about the table that mentions approved budgets sets no budget year; "Draft Final Position for the year" is the year\'s outturn against the 2006/07 approved budget; later years are context', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, forecastOutturn: 3 });
    expect(t!.rows.find((r) => r.label === 'Gross Expenditure after Transfers')).toMatchObject({ annualBudget: 9370, forecastOutturn: 8819, forecastVariance: -551 });
  });
  it('the variance rows under the total ("Gross Expenditure Variance from Approved 06/07 budget") are no money lines', () => {
    const [t] = budgets(id);
    expect(t!.rows.map((r) => r.label)).not.toContain('Gross Expenditure Variance from Mid Year figures');
    expect(analyseFixture(fixture(id)).checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
});

test('"Current rating (impact x likelhood)" over "5 x 2 = 10": a score, impact first, however misspelt; the "Previous rating" beside it is last quarter\'s, no slot (Cornwall Council, holdout 27)', () => {
  const r = analyseFixture(fixture('cornwall-council-strategic-risks-q4-2016-17')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.slots).toEqual(['current']);
  expect(r.risks[0]).toMatchObject({ ref: 'SR01', scores: { current: { likelihood: 2, consequence: 5, score: 10 } } });
});

test('a board assurance framework\'s card: "RISK I.D | 1" gives the reference, "Risk Title" below the name, and "Initial / Current / Target Risk Score | 20 (4x5)" the three slots (an NHS trust, holdout 27)', () => {
  const r = analyseFixture(fixture('unnamed-nhs-trust-baf-draft-risk-1-2017-08')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.layout).toBe('cards');
  expect(r.risks[0]).toMatchObject({ row: 1, ref: '1', title: 'Capacity and demand threaten patient safety, quality and experience' });
  expect(r.risks[0]!.scores).toMatchObject({ inherent: { likelihood: 4, consequence: 5, score: 20 }, current: { score: 20 }, target: { likelihood: 3, consequence: 5, score: 15 } });
});

test('a clinical safety hazard log: "Hazard Number" is the reference, "Hazard Name" the title, "Initial Risk | Residual Hazard" the two slots (NHS England\'s UK Core hazard log, holdout 30)', () => {
  const r = analyseFixture(fixture('nhs-england-uk-core-hazard-log-implementation-hazards-2023-09')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.columns.map((c) => [c.col, c.role])).toEqual([[0, 'ref'], [1, 'title'], [2, 'inherentScore'], [3, 'residualScore']]);
  expect(r.risks[4]).toMatchObject({ ref: 'FHIR007', scores: { inherent: { score: 4 }, residual: { score: 2 } } });
});

test('"Consequence" over what would happen and "Impact" over classes I to V, beside numbered "Likelihood | Severity", are no ratings; "New Likelihood | New Severity" after the treatment are the residual, the first pair the inherent (a Loughborough University project\'s register, holdout 30)', () => {
  const id = 'loughborough-university-hsuv-project-risk-register-2025-05';
  const r = analyseFixture(fixture(id)).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.columns.filter((c) => /Likelihood|Consequence/.test(c.role)).map((c) => [c.col, c.role])).toEqual([[5, 'inherentLikelihood'], [6, 'inherentConsequence'], [9, 'residualLikelihood'], [10, 'residualConsequence']]);
  expect(analyseFixture(fixture(id)).checks).toEqual([]);
});

describe('a parish precept budget typed as a list, its sums set off a column to the right (Whittington & Fisherwick PC)', () => {
  const id = 'whittington-fisherwick-pc-precept-budget-2018-19';
  it('"TOTAL INCOME | | £55,524" and "sub total | | £48,971" are read with their sums; "TOTAL EXPENDITURE" adds the sub total and the lines after it, not the income', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'TOTAL INCOME')).toMatchObject({ kind: 'subtotal', annualBudget: 55524 });
    expect(t!.rows.find((r) => r.label === 'TOTAL EXPENDITURE')).toMatchObject({ kind: 'subtotal', annualBudget: 55471 });
    expect(errorsIn(id).map((c) => c.row + 1)).toEqual([82]);
  });
  it('names left empty ("VAT", "Transfer to fair fund") straight above a heading in capitals, and those above the total, are lines with nothing in them', () => {
    const [t] = budgets(id);
    expect(t!.rows.filter((r) => r.row >= 49 && ['VAT', 'Transfer to fair fund', 'Allotments', 'S137'].includes(r.label ?? '')).map((r) => r.kind)).toEqual(['line', 'line', 'line', 'line']);
    expect(t!.rows.find((r) => r.label === 'EARMARKED FUNDS EXPENDITURE')).toMatchObject({ kind: 'section' });
  });
});

test('"Budget | Year-to-date Revenues": hyphens change nothing, the budget is the year\'s; "Activity code" before the names is the codes column; "Total TAXES/ASSESSMENTS" written left of the names is the section\'s total (City of Missoula, holdout 29)', () => {
  const [t] = budgets('city-of-missoula-fy24-general-fund-revenue-report-2024');
  expect(roles(t!)).toMatchObject({ label: 5, annualBudget: 6, ytdActual: 7 });
  expect(t!.rows.find((r) => r.label === 'GENERAL PROPERTY TAXES')).toMatchObject({ code: '.000.311000.00', annualBudget: 31440248, ytdActual: 31067509.58 });
  expect(t!.rows.find((r) => r.label === 'Total TAXES/ASSESSMENTS')).toMatchObject({ kind: 'subtotal', annualBudget: 33960748 });
});

test('"In" and "Out" merged down over their blocks name the blocks, not the lines\' codes; "01 Classis Assessments" carries its code (First Reformed Church of Schenectady, holdout 29)', () => {
  const [t] = budgets('first-reformed-church-schenectady-budget-report-2023-09');
  expect(t!.rows.find((r) => r.row === 1)).toMatchObject({ label: 'Classis Assessments', code: '01', annualBudget: 14000, ytdActual: 9904.36 });
  expect(t!.rows.find((r) => r.row === 9)).toMatchObject({ label: 'Worship & Arts', code: '07' });
});

test('a table under a title naming the year\'s outturn ("Capital Programme Provisional Outturn 2020/21") is the year\'s end: its actuals are the year\'s, graded against the year\'s budget (Oxfordshire County Council)', () => {
  const [spend] = budgets('oxfordshire-cc-capital-programme-provisional-outturn-2020-21');
  expect(spend!.monthsElapsed).toBe(12);
  const pupils = spend!.rows.find((r) => r.label === 'Pupil Places')!;
  expect(pupils.forecastOutturn).toBe(38025);
  expect(pupils.rag).not.toBeNull();
});

test('"Forecast Outturn" in a title is no year\'s end (Surrey PCC, month six)', () => {
  const tables = budgets('surrey-pcc-month-six-financial-performance-2023-09');
  expect(tables.every((t) => t.monthsElapsed !== 12)).toBe(true);
});

test('"Actual to Date | Variance (Under)/Overspent" with no budget column: the budget to date is the actual less the variance, so the variance is read and graded; income, whose sign the header does not say, is left (Essex Fire Authority, holdout 28)', () => {
  const [t] = budgets('essex-fire-authority-management-accounts-m10-2009-10');
  expect(t!.rows.find((r) => r.label === 'Firefighters')).toMatchObject({ ytdActual: 32330, ytdBudget: 32272, ytdBudgetMethod: 'actual-less-variance', ytdVariance: 58 });
  expect(t!.rows.find((r) => r.label === 'Operational income')).toMatchObject({ ytdBudget: null, ytdVariance: null });
});

test('a pivot table of three label columns, each level printed once: "3 FINANCING" after "2 EXPENDITURE Total" goes on with the table, as the levels above it did; totals named a level up keep their codes (East Devon DC, holdout 31)', () => {
  const id = 'east-devon-dc-hra-budget-summary-2019-20';
  const [t] = budgets(id);
  expect(t!.rows.find((r) => r.row === 18)).toMatchObject({ kind: 'subtotal', label: 'EXPENDITURE Total', code: '2', annualBudget: 13270515 });
  expect(t!.rows.find((r) => r.row === 19)).toMatchObject({ kind: 'line', label: 'Interest on Balances', code: '1', annualBudget: -49730 });
  expect(t!.rows[t!.rows.length - 1]).toMatchObject({ label: 'Surplus/Defecit', annualBudget: -1154465 });
});

test('"Last YTD Actual" left of the names is last year\'s; "October Revision" beside "Forecast Variance" is the forecast (Thames-Coromandel DC, holdout 33)', () => {
  const [t] = budgets('thames-coromandel-dc-financial-results-at-a-glance-2012-12');
  expect(roles(t!)).toMatchObject({ annualBudget: 2, ytdBudget: 3, ytdActual: 4, forecastOutturn: 6 });
  expect(t!.rows.find((r) => r.label === 'Rates revenue')).toMatchObject({ ytdActual: 37346, forecastOutturn: 56262 });
});

test('"Predicted Year End (a)+(c)+(d)" is the forecast (Shire of Ngaanyatjarraku, holdout 33)', () => {
  const [t] = budgets('shire-of-ngaanyatjarraku-budget-review-2020-01');
  expect(Object.keys(roles(t!))).toContain('forecastOutturn');
});

test('"Budget Proportion to 29/01/21" is the budget to date, a date in figures as in words (South Lanarkshire Council, holdout 33)', () => {
  const [t] = budgets('south-lanarkshire-council-social-work-revenue-monitoring-p11-2020-21');
  expect(roles(t!)).toMatchObject({ annualBudget: 1, forecastOutturn: 2, ytdBudget: 5, ytdActual: 6 });
});

test('"Quarterly Budget (50% of Total)" is the budget to date, an amount said as a share of the year\'s, not a percentage (Indian River County, holdout 33)', () => {
  const [t] = budgets('indian-river-county-quarterly-budget-report-revenue-q2-2015-16');
  expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdBudget: 2, ytdActual: 3 });
  expect(t!.rows.find((r) => r.label === 'Taxes')).toMatchObject({ ytdBudget: 22919612, ytdActual: 42727090 });
});

test('inherent and residual scores written "Impact 4 Likelihood 3" in one cell each: the pair, and L x C as the score (Havering Pension Fund, holdout 34)', () => {
  const r = analyseFixture(fixture('havering-pension-fund-risk-register-appendix-a-undated')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.risks[0]!.scores.inherent).toMatchObject({ likelihood: 3, consequence: 4, score: 12 });
  expect(analyseFixture(fixture('havering-pension-fund-risk-register-appendix-a-undated')).checks).toEqual([]);
});

test('"Total Income" alone on the first line, then "Pay | Non-Pay | Total Expenditure": the expenditure total adds its own lines, not the income; EBITDA adds the two totals (an NHS foundation trust\'s month 7 position, holdout 35)', () => {
  const id = 'unnamed-nhs-foundation-trust-council-of-governors-financial-position-m7-2015';
  const [t] = budgets(id);
  expect(t!.rows.find((r) => r.label === 'Total Expenditure')).toMatchObject({ kind: 'subtotal', sumOf: [12, 13] });
  expect(errorsIn(id)).toEqual([]);
});

test('"SPENDING PROPOSALS 2017/18" sets the budget for 2017/18: this year\'s budget, spend to date and projection are context, the proposed budget is read (a parish\'s precept paper, holdout 36)', () => {
  const [t] = budgets('unnamed-pc-precept-spending-proposals-2017-18');
  expect(roles(t!)).toEqual({ label: 1, annualBudget: 10 });
});

test('a budget list under a title broken before its year ("AGREED BUDGET FOR" over "2018 – 2019") is read (Durley PC, holdout 36)', () => {
  const [t] = budgets('durley-pc-agreed-budget-2018-19');
  expect(t!.rows.find((r) => r.label === 'Precept')).toMatchObject({ annualBudget: 24500 });
});

test('two hazards on one row, their grades stacked in one cell ("L\\nL"): the row\'s grade is the most severe of them (Besthorpe PC, holdout 36)', () => {
  const r = analyseFixture(fixture('besthorpe-pc-financial-risk-assessment-undated')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.risks.map((x) => x.scores.current?.grade)).toEqual(['L', 'L', 'L', 'L']);
});

test('"ADOPTED BUDGET" printed over "Annual Budget | 3 months", then "YTD" beside them: "3 months" is the budget to date and the bare "YTD" the label only reached by carrying is the actual (Westlake Academy, holdout 38)', () => {
  const tables = budgets('westlake-academy-general-fund-quarterly-report-2010-11');
  const spend = tables.find((t) => t.rows.some((r) => r.label === 'Instructional'))!;
  expect(roles(spend)).toMatchObject({ annualBudget: 2, ytdBudget: 3, ytdActual: 4 });
  expect(spend.rows.find((r) => r.label === 'Instructional')).toMatchObject({ annualBudget: 2438264, ytdBudget: 681739, ytdActual: 709853 });
});

test('a budget label above standing over a column of figures ("ADOPTED BUDGET" over "Annual") lets the header stack over it, though the label names no year (Westlake Academy\'s revenues, holdout 38)', () => {
  const tables = budgets('westlake-academy-general-fund-quarterly-report-2010-11');
  const revenue = tables.find((t) => t.headerRows.includes(5))!;
  expect(roles(revenue)).toMatchObject({ annualBudget: 2, ytdBudget: 3, ytdActual: 4 });
  expect(revenue.rows.find((r) => r.row === 14)).toMatchObject({ annualBudget: 3748836, ytdBudget: 937209, ytdActual: 859469 });
});

test('the revenue table\'s names are counted down to the next table\'s header, not past it; codes printed after the names ("Instructional | 11" under "FUNCTION") are the lines\' codes (Westlake Academy, holdout 38)', () => {
  const tables = budgets('westlake-academy-general-fund-quarterly-report-2010-11');
  expect(tables.find((t) => t.headerRows.includes(5))!.rows[0]).toMatchObject({ label: 'Interest Earned', annualBudget: 1500 });
  expect(tables.find((t) => t.rows.some((r) => r.label === 'Instructional'))!.rows[0]).toMatchObject({ label: 'Instructional', code: '11' });
});

test('"Budgeted Amounts" over "Original | Final" and "Variance with" over "Final Budget / Positive / (Negative)": the final budget is the budget, the column under "Variance with" a variance; fund balances are no lines (City of Dover, holdout 39)', () => {
  const [t] = budgets('city-of-dover-oh-street-maintenance-fund-budget-and-actual-2019');
  expect(roles(t!)).toMatchObject({ annualBudget: 2, ytdActual: 3 });
  expect(t!.rows.find((r) => r.label === 'Intergovernmental')).toMatchObject({ annualBudget: 692100, ytdActual: 713964 });
  expect(t!.rows.map((r) => r.label)).not.toContain('Fund Balance Beginning of Year');
});

test('"% Actual" over percentages beside "2013 Budget | 2013 Actual" is the share of the year\'s budget spent: the budget is the year\'s (City of Roseville, holdout 39)', () => {
  const [t] = budgets('city-of-roseville-mn-recreation-fund-summary-2013-06');
  expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
});

test('"Income" again under the income\'s lines, their sum, is the section\'s total; the report total is income less expenditure (King Island Council, holdout 39)', () => {
  const id = 'king-island-council-operating-statement-2010-12';
  const [t] = budgets(id);
  expect(t!.rows.find((r) => r.row === 14)).toMatchObject({ kind: 'subtotal', label: 'Income' });
  expect(errorsIn(id)).toEqual([]);
});

test('"SEVERITY ABC" over letters is a class, not a rating, and no error; the "PRIORITY" the register types ("C2") is the grade where no score can be worked out (Easton College, holdout 40)', () => {
  const id = 'easton-college-sports-hall-risk-assessment-2013-09';
  const r = analyseFixture(fixture(id)).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(r.risks.map((x) => [x.scores.current?.likelihood, x.scores.current?.grade])).toEqual([[2, 'C2'], [3, 'C3']]);
  expect(analyseFixture(fixture(id)).checks).toEqual([]);
});

describe('a church council\'s General Fund Summary in the notes to its accounts (PCC, charity 1134074)', () => {
  it('"Notes to accompany the Accounts: End of December 2023": the year is over, so "Budget" beside "Actual" is the year\'s budget', () => {
    const [income] = budgets('pcc-charity-1134074-general-fund-summary-2023');
    expect(roles(income!)).toMatchObject({ label: 0, annualBudget: 1, ytdActual: 2 });
    expect(roles(income!).ytdBudget).toBeUndefined();
  });

  it('"GF01 Donations": the code is split from the name, though notes typed under the table ("Donations were broken down as") have none', () => {
    const [income] = budgets('pcc-charity-1134074-general-fund-summary-2023');
    expect(income!.rows.find((r) => r.code === 'GF04')).toMatchObject({ label: 'Church Collections', annualBudget: 108317, ytdActual: 105589 });
  });
});

test('"Year-End Projection | Surplus/(Deficit)" over one column does not make every line income: salaries under "Expenditures" are spending, their underspend not an income shortfall (Town of Markham, Engineering)', () => {
  const tables = budgets('markham-ytd-review-of-operations-sept-2008');
  const engineering = tables.find((t) => t.sheet === 'Engineering')!;
  const salaries = engineering.rows.find((r) => r.label === 'Salaries & Benefits')!;
  expect(salaries.income).toBe(false);
  expect(salaries).toMatchObject({ ytdBudget: 2.888, ytdActual: 2.731 });
  // (Amber, not red: an underspend of 5.4% may be money lost at the year's end.)
  expect(salaries.rag).toMatchObject({ rag: 'A', reason: expect.stringMatching(/^Underspend 5\.4%/) });
  expect(engineering.rows.find((r) => r.label === 'User Fees & Service Charges')!.income).toBe(true);
});

test('a savings tracker\'s "Target Amount" beside its "Delivered Amount" is the year\'s target, not a budget to date underspent (Borough of Poole, planned actions 2012/13)', () => {
  const [t] = budgets('borough-of-poole-planned-savings-actions-2012-13');
  expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
  const garden = t!.rows.find((r) => r.label?.startsWith('Chargeable Garden Waste'))!;
  expect(garden).toMatchObject({ annualBudget: 268, ytdActual: 132, ytdBudget: null, ytdVariance: null });
  // Not "Underspend 51% of YTD budget": a shortfall of savings is no underspend.
  expect(garden.rag?.reason ?? '').not.toMatch(/Underspend/);
});

test('a second table under three lines of titles of its own, after a blank row, is a table of its own though its header reads alike (Greater Wellington, 3.1 and 3.2 Financial Summary)', () => {
  const tables = budgets('greater-wellington-rc-financial-summary-h1-2014-15');
  expect(tables.map((t) => t.headerRows)).toEqual([[3], [18]]);
  expect(tables[0]!.rows.some((r) => r.label === 'Catchment Management')).toBe(false);
  expect(tables[1]!.rows.find((r) => r.label === 'Forestry')).toMatchObject({ ytdActual: -119, ytdBudget: -62 });
});

test('a matrix\'s "Impact" labels over a risk card\'s form fields ("Last Reviewed | Q2 2020/21") are no register: a header of ratings alone with no rating under it (Cardiff Council, corporate risk card)', () => {
  const analysis = analyseFixture(fixture('cardiff-council-corporate-risk-statutory-maintenance-2020-09'));
  expect(analysis.tables.filter((t) => t.kind === 'risk')).toEqual([]);
  expect(analysis.checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
});

describe('a projection given on the totals only, and a surplus worked as income less costs (Town of Markham, Planning & Design)', () => {
  const planning = () => budgets('markham-ytd-review-of-operations-sept-2008').find((t) => t.sheet === 'Planning & Design')!;

  it('"Year-End Projection" over "Surplus/(Deficit)" in its one column is the projected amount, kept on the totals where it is filled, not a variance', () => {
    const t = planning();
    expect(roles(t)).toMatchObject({ forecastOutturn: 9, annualBudget: 7 });
    expect(Object.keys(roles(t))).not.toContain('forecastVariance');
    expect(t.rows.find((r) => r.label === 'Expenditures Total')).toMatchObject({ forecastOutturn: 4.923, annualBudget: 5.278 });
    expect(t.rows.find((r) => r.label === 'Expenditures Total')!.forecastVariance).toBeCloseTo(-0.355, 6);
    expect(t.rows.find((r) => r.label === 'Salaries & Benefits')!.forecastOutturn).toBeNull();
  });

  it('"Gross Surplus/(Deficit)" is the revenue total less the expenditures total on every money figure: a sum, graded as income is, and no false alarm', () => {
    const t = planning();
    const gross = t.rows.find((r) => r.label === 'Gross Surplus/(Deficit)')!;
    expect(gross.kind).not.toBe('line');
    expect(gross.income).toBe(true);
    const analysis = analyseFixture(fixture('markham-ytd-review-of-operations-sept-2008'));
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
});

describe('a regional council\'s summary income statement with costs printed positive and a favourable-positive variance (Greater Wellington, 3.1 and 3.2)', () => {
  const tables = () => budgets('greater-wellington-rc-financial-summary-h1-2014-15');

  it('"Regional Rates" and "Levies" under "Total Operating Revenue" are income, so "Operational Costs 2,515" under budget is read as favourable, not a mistyped variance', () => {
    const [statement] = tables();
    expect(statement!.rows.find((r) => r.label === 'Regional Rates')!.income).toBe(true);
    expect(statement!.sheetSign).toBe('favourable-positive');
    const analysis = analyseFixture(fixture('greater-wellington-rc-financial-summary-h1-2014-15'));
    expect(analysis.checks.filter((c) => c.code === 'reported_variance_mismatch')).toEqual([]);
  });

  it('each "Operating Surplus" row adds up or nets the rows above it: revenue less costs, then the transport surplus added, then the movements', () => {
    const [statement] = tables();
    const kinds = statement!.rows.filter((r) => /Surplus/.test(r.label ?? '')).map((r) => [r.label, r.kind]);
    expect(kinds).toEqual([
      ['Operating Surplus / (Deficit) before Transport Improvements', 'subtotal'],
      ['Operating Surplus / (Deficit) from Transport Improvements', 'line'],
      ['Operating Surplus before other movements', 'subtotal'],
      ['Operating Surplus / (Deficit)', 'total'],
    ]);
  });

  it('under the title "Total operating surplus / (deficit)" every group\'s figure is a surplus: more than budgeted is good', () => {
    const [, byGroup] = tables();
    const catchment = byGroup!.rows.find((r) => r.label === 'Catchment Management')!;
    expect(catchment).toMatchObject({ income: true, ytdActual: 2602, ytdBudget: 2102 });
    expect(catchment.rag?.rag).toBe('G');
  });
});

describe('a council\'s progress against its efficiency savings targets (unnamed council, Appendix 9, 2005/06)', () => {
  it('"Required Saving | Forecast Saving | Saving Shortfall": the target, the forecast and their difference', () => {
    const [t] = budgets('unnamed-council-efficiency-savings-progress-2005-06');
    expect(roles(t!)).toMatchObject({ annualBudget: 2, forecastOutturn: 3, forecastVariance: 4 });
    expect(t!.rows.find((r) => r.label === 'Agency Staff')).toMatchObject({ annualBudget: 100, forecastOutturn: 70 });
  });

  it('a forecast saving short of the target is a shortfall, red, never an underspend; one that meets it is on target', () => {
    const [t] = budgets('unnamed-council-efficiency-savings-progress-2005-06');
    const agency = t!.rows.find((r) => r.label === 'Agency Staff')!;
    expect(agency.income).toBe(true);
    expect(agency.rag).toMatchObject({ rag: 'R', reason: expect.stringMatching(/^Savings shortfall 30% of the year's target/) });
    expect(t!.rows.find((r) => r.label === 'Printing')!.rag?.reason).toMatch(/^On target/);
  });

  it('savings achieved beyond the target are ahead, green (Greater Glasgow Health Board, 1986/87)', () => {
    const [t] = budgets('greater-glasgow-health-board-efficiency-savings-1986-87');
    expect(t!.rows.find((r) => r.label === 'Catering')!.rag).toMatchObject({ rag: 'G', reason: expect.stringMatching(/^Savings ahead by 18%/) });
  });
});

test('"2014 Budget | Current Estimate" in a capital projects status: the current estimate is the cost now expected, the forecast against the year\'s budget; a project added in the year, with no budget, is still a line (City of Louisville CO)', () => {
  const [t] = budgets('city-of-louisville-co-capital-projects-status-2014-10');
  expect(roles(t!)).toMatchObject({ annualBudget: 2, forecastOutturn: 3 });
  expect(t!.rows.find((r) => r.label === 'City Services Facility(25 %)')).toMatchObject({ annualBudget: 1800000, forecastOutturn: 1337500 });
  expect(t!.rows.find((r) => r.label === 'Asbestos abatement and demo')).toMatchObject({ kind: 'line', annualBudget: null, forecastOutturn: 125000 });
});

test('"YTD 11/07/2012 | Est End 2012 | 2012 Budget | Difference … | 2013 Budget": the actual to a date is this year\'s, so 2012 is the year read and 2013\'s budget is next year\'s context (Town of Rushford, NY)', () => {
  const [t] = budgets('town-of-rushford-budget-expenditure-2012-11');
  expect(roles(t!)).toMatchObject({ ytdActual: 2, forecastOutturn: 3, annualBudget: 4, forecastVariance: 5 });
  expect(t!.rows.find((r) => r.label === 'Legal Fees')).toMatchObject({ ytdActual: 180, forecastOutturn: 500, annualBudget: 100, forecastVariance: 400 });
});

describe('a town\'s adopted budget beside the year in progress, accounts coded before their names (Town of Ulysses, NY, 2012)', () => {
  it('"Tentative | Preliminary | Adopted Budget 2012": the adopted budget is the one set; the year in progress\'s "Actual YTD Jan 1 - Sep 14" is context, not this year\'s actual', () => {
    const [t] = budgets('town-of-ulysses-ny-adopted-budget-general-fund-2012');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 6 });
    expect(t!.rows.find((r) => r.label === 'Town Justice Clerk PS')).toMatchObject({ annualBudget: 32226, ytdActual: null });
  });

  it('"A1420.4 • Attorney CE" and "1110.12 • Town Justice Clerk PS": the whole account code, the bullet not part of the name; "A1110 • Town Justice | -" is a heading', () => {
    const [t] = budgets('town-of-ulysses-ny-adopted-budget-general-fund-2012');
    expect(t!.rows.find((r) => r.code === 'A1420.4')!.label).toBe('Attorney CE');
    expect(t!.rows.find((r) => r.code === '1110.12')!.label).toBe('Town Justice Clerk PS');
    expect(t!.rows.find((r) => r.code === 'A1110')).toMatchObject({ kind: 'section', label: 'Town Justice' });
  });
});

test('"Severity (H/M/L)" as a parish risk assessment\'s one rating, with no likelihood beside it, is each risk\'s grade (Longsdon PC, May 2025)', () => {
  const register = firstRegister('longsdon-pc-risk-assessment-2025-05');
  expect(register.risks).toHaveLength(12);
  expect(register.risks.every((r) => r.scores.current?.grade === 'L')).toBe(true);
});

describe('US school and college monthly statements (holdout 49)', () => {
  it('"Total" over "Expended" over "As Of 7/31/13" is the actual to date; the object columns that split it are not read (Santa Rosa County District Schools)', () => {
    const [t] = budgets('santa-rosa-county-district-schools-monthly-financial-statement-2013-07');
    expect(roles(t!)).toMatchObject({ annualBudget: 2, ytdActual: 11 });
    expect(t!.rows.find((r) => r.code === '7000')).toMatchObject({ label: 'General Support', annualBudget: 41990451, ytdActual: 1937281 });
  });

  it('"YTD FY2021-22" beside last year\'s "YTD FY2020-21" is this year\'s actual; the rows under "Financial Health Indicators" are no lines (Valencia College)', () => {
    const tables = budgets('valencia-college-monthly-financial-summary-2021-08');
    const detail = tables.find((t) => t.sheet === 'Revenue Detail')!;
    expect(roles(detail)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
    expect(detail.rows.find((r) => r.label === 'Tuition')).toMatchObject({ annualBudget: 78505809, ytdActual: 31616701 });
    const summary = tables.filter((t) => t.sheet === 'Summary');
    expect(summary.flatMap((t) => t.rows).some((r) => /Projected/.test(r.label ?? ''))).toBe(false);
  });

  it('block labels of seven words with a date ("Total Actual as of September 30, 2013") head their blocks: last year\'s is context; "Total FY14", which the "Variance to Budget" is measured by, is the forecast (a Colorado school district, FY14 Q1)', () => {
    const [t] = budgets('unnamed-colorado-school-district-general-fund-budget-to-actual-fy14-q1');
    expect(roles(t!)).toMatchObject({ annualBudget: 6, ytdActual: 7, forecastOutturn: 13, forecastVariance: 14 });
    expect(t!.rows.find((r) => r.label === 'Other Local Support')).toMatchObject({ annualBudget: 6297756, ytdActual: 414528, forecastOutturn: 8448740, forecastMethod: 'typed' });
  });
});

describe('US city budget-and-actual schedules and monthly fund reports (holdout 51)', () => {
  it('"Actual" over "Budget" over "basis" is the actual on the budget basis, not a budget; the GAAP basis beside it is not read (City of Eugene, schedule C-4)', () => {
    const tables = budgets('city-of-eugene-or-budgetary-schedules-c4-e5-fy2009');
    const c4 = tables.find((t) => t.sheet === 'C-4')!;
    expect(roles(c4)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
    expect(c4.rows.find((r) => r.label === 'Miscellaneous')).toMatchObject({ annualBudget: 33000, ytdActual: 17509 });
  });

  it('"Revenues" are income; "Excess (deficiency) of revenues over expenditures" nets the two totals; fund balances at a date are no lines (City of Eugene)', () => {
    const c4 = budgets('city-of-eugene-or-budgetary-schedules-c4-e5-fy2009').find((t) => t.sheet === 'C-4')!;
    expect(c4.rows.find((r) => r.label === 'Taxes')!.income).toBe(true);
    expect(c4.rows.find((r) => r.label === 'Excess (deficiency) of revenues over expenditures')!.kind).not.toBe('line');
    expect(c4.rows.some((r) => /^Fund balance/.test(r.label ?? ''))).toBe(false);
    const analysis = analyseFixture(fixture('city-of-eugene-or-budgetary-schedules-c4-e5-fy2009'));
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('"OPERATING INCOME" under the operating revenue and expense totals is their difference, a sum; the results below it add up from it (City of Centerville, Water Fund)', () => {
    const [t] = budgets('city-of-centerville-mn-water-fund-monthly-report-2003-05');
    const kinds = Object.fromEntries(t!.rows.filter((r) => r.label === r.label?.toUpperCase()).map((r) => [r.label, r.kind]));
    expect(kinds['OPERATING INCOME']).not.toBe('line');
    expect(kinds['INCOME BEFORE OPERATING TRANSFERS']).not.toBe('line');
    expect(kinds['NET INCREASE IN RETAINED EARNINGS']).toBe('total');
  });
});

test('"Level | Control | Revised Level": the grade before the controls and the revised one after them (Deeping St James PC)', () => {
  const register = firstRegister('deeping-st-james-pc-risk-assessment-management-policy-undated');
  expect(register.risks[1]!.scores).toMatchObject({ inherent: { grade: 'H' }, residual: { grade: 'M' } });
});

describe('a school district\'s budget workbook with its accounts as headings left of the line items (Lunenburg Public Schools, FY27 proposed)', () => {
  const table = () => budgets('lunenburg-public-schools-fy27-proposed-budget-district-expenses-2026-02')[0]!;

  it('"1110 - School Committee" in the column left of the names is a heading with its code split off', () => {
    expect(table().rows.find((r) => r.row === 6)).toMatchObject({ kind: 'section', code: '1110', label: 'School Committee' });
  });

  it('a line item with no figures yet ("Special Ed Travel Expenses") is a line under its account, not a heading', () => {
    expect(table().rows.find((r) => r.label === 'Special Ed Travel Expenses')).toMatchObject({ kind: 'line', annualBudget: null });
  });

  it('"TOTAL EXPENSES" written in the headings\' column after a blank row is the table\'s total', () => {
    const total = table().rows.find((r) => r.label === 'TOTAL EXPENSES')!;
    expect(total.kind).toBe('total');
    expect(total.annualBudget).toBeCloseTo(9585083.858, 3);
  });
});

describe('fire authorities\' budget pages and a municipality\'s capital return (holdouts 55 and 56)', () => {
  it('"YTD Actual" at the end of twelve months and four quarters is the actual to date, not the first quarter\'s; "Project Decription" names the lines, not the "Function" beside it (Buffalo City, SC36)', () => {
    const [t] = budgets('buffalo-city-metro-sc36-capital-budget-actuals-m09-2019-20');
    expect(roles(t!)).toMatchObject({ label: 1, annualBudget: 15, ytdActual: 32 });
  });

  it('"Revenue Budget 2023/24 - 2027/28" spans years and sets none; the sheet "Efficiency plan 2024-25" says which year is the budget (Derbyshire FRS)', () => {
    const [t] = budgets('derbyshire-frs-efficiency-plan-revenue-budget-2024-25');
    expect(roles(t!)).toMatchObject({ annualBudget: 2 });
    expect(t!.rows.find((r) => r.label === 'Employees')!.annualBudget).toBe(40552);
  });

  it('a table of reserves held over the plan\'s years is no budget table, and explain says why (Derbyshire FRS)', () => {
    const analysis = analyseFixture(fixture('derbyshire-frs-efficiency-plan-revenue-budget-2024-25'));
    expect(analysis.tables.filter((t) => t.kind === 'budget')).toHaveLength(1);
    expect(analysis.notes.join('\n')).toMatch(/every line is a reserve or balance held \("Capital Development Reserve"/);
  });

  it('"Spending plans | 2023/24 £million | 2024/25 £million": years under a caption naming plans are budgets; the latest is read (Devon and Somerset FRA)', () => {
    const tables = budgets('devon-somerset-fra-what-we-spend-2024-25');
    const plans = tables.find((t) => t.rows.some((r) => r.label === 'Gross expenditure'))!;
    expect(roles(plans)).toMatchObject({ annualBudget: 2 });
    expect(plans.rows.find((r) => r.label === 'Gross expenditure')!.annualBudget).toBe(108);
  });
});

describe('holdouts 57 to 59: school, park and forest-school risk assessments, parish and town budgets', () => {

  it('a merged hazard name over two rated rows ("Ditches" over two hazards) gives two risks, not one risk\'s second row (a forest school at West Lodge)', () => {
    const r = firstRegister('unnamed-forest-school-west-lodge-risk-assessment-undated');
    expect(r.slots).toEqual(['current']);
    expect(r.risks.find((x) => x.row === 6)!.scores.current).toMatchObject({ likelihood: 1, consequence: 5, score: 5 });
  });

  it('"DR" over the ratings before the controls is inherent, as the legend over the header spells it out (The Parks Trust, Milton Keynes)', () => {
    const r = firstRegister('parks-trust-mk-forest-school-risk-assessment-2014-07');
    expect(r.slots).toEqual(['inherent', 'residual']);
    expect(r.risks[0]!.scores.inherent).toMatchObject({ likelihood: 2, consequence: 3, score: 6 });
  });

  it('"Level of Risk" over three figures is likelihood, severity and their product, and a product typed wrong is said (Marston Vale Forest School)', () => {
    const analysis = analyseFixture(fixture('marston-vale-forest-school-site-risk-assessment-undated'));
    const r = analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk')[0]!;
    expect(r.risks[0]!.scores.current).toMatchObject({ likelihood: 1, consequence: 4, score: 4 });
    expect(analysis.checks.filter((c) => c.code === 'score_mismatch').map((c) => `${c.row + 1}`)).toEqual(['10']);
  });

  it('the key printed under a rated register ("L | Leader", "Minor injury | 1", "12+ | High") is not read as risks, and sets the bands (Betteshanger Country Park)', () => {
    const r = firstRegister('betteshanger-country-park-den-building-risk-assessment-2015-05');
    expect(r.risks).toHaveLength(12);
    expect(r.scheme.label).toBe("The workbook's own key: Low 1-5, Medium 6-11, High 12-25");
    expect(r.risks[3]!.scores.current).toMatchObject({ consequence: 4, likelihood: 2, score: 8, grade: 'Medium' });
  });

  it('"2425 Budget" beside last years\' "2324 Budget | 2324 Actual" is 2024/25\'s budget for the whole year (Mid-Buchanan R-V School District)', () => {
    const [t] = budgets('mid-buchanan-r-v-school-district-district-financial-statement-2024-25');
    expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
    expect(Object.keys(roles(t!))).not.toContain('ytdBudget');
  });

  it('a year\'s columns left blank on every line give way to the latest year filled in (St Helens PC, Isle of Wight)', () => {
    const [t] = budgets('st-helens-iow-pc-budget-and-spending-2019-20');
    expect(roles(t!)).toMatchObject({ annualBudget: 2 });
    expect(t!.rows.find((r) => r.label === 'TOILETS')!.annualBudget).toBe(12850);
  });

  it('account codes under no header right of the names ("Personal Services | A1010.1") are the lines\' codes (Town of Caroga, NY)', () => {
    const [t] = budgets('town-of-caroga-ny-adopted-budget-general-fund-2022');
    expect(t!.rows.find((r) => r.code === 'A1010.4')!.label).toBe('Contractual Expenses');
  });
});

describe('town councils\' and charter trustees\' budgets (holdout 61)', () => {
  it('"Budget" beside "Spend to March 2025" is the year\'s budget; "Carried forward" above the Total that counts it is a line (Scarborough Charter Trustees)', () => {
    const analysis = analyseFixture(fixture('scarborough-charter-trustees-finance-report-2025-03'));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
    expect(t!.rows.find((r) => r.label === 'Carried forward')).toMatchObject({ kind: 'line', ytdActual: 1213 });
    expect(analysis.checks.filter((c) => c.code === 'total_mismatch')).toEqual([]);
  });

  it('"Average Cost - Band D Property per anum" is a measure, not a money line (Alford Town Council)', () => {
    const [t] = budgets('alford-tc-budget-precept-2021-22');
    expect(t!.rows.some((r) => /Band D/.test(r.label ?? ''))).toBe(false);
  });

  it('"Budget Heading | Budget Set" under "Financial Year 2019/2020" is that year\'s budget, read alone (Alfreton Town Council)', () => {
    const tables = budgets('alfreton-tc-budget-2020-21-2019-20');
    expect(tables.some((t) => t.columns.some((c) => c.role === 'annualBudget' && c.header === 'Budget Set'))).toBe(true);
  });
});

describe('holdouts 60 to 63: a county\'s budget justification, a county\'s budget by classification, an Australian council\'s service unit, a fete\'s risk assessment', () => {
  it('a run line of fields ("Budget Type: CB Approved | Current Actual YTD: 06/30/14") is no header; "2015 Request | 2015 Approved" sets 2015\'s budget, the 2014 columns context (an unnamed US county)', () => {
    const [t] = budgets('unnamed-us-county-county-board-budget-summary-justification-2015');
    expect(t!.headerRows).not.toContain(2);
    expect(roles(t!)).toMatchObject({ annualBudget: 8 });
    expect(Object.keys(roles(t!))).not.toContain('ytdActual');
  });

  it('"Budgeted Expenses | YTD Expenses" beside a revenue block: the expenses are read together, never a budget of one with the actual of the other (Eagle County, CO)', () => {
    const [t] = budgets('eagle-county-co-openbook-budget-by-classification-undated');
    expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
  });

  it('"2023/24 QBRS Q3 Budget" is the year\'s budget as revised at the third quarter\'s review, read over the adopted one (Inner West Council)', () => {
    const [t] = budgets('inner-west-council-civil-maintenance-service-unit-2024-05');
    expect(roles(t!)).toMatchObject({ ytdBudget: 2, annualBudget: 5 });
  });

  it('"Severity | x | Likelihood" over a key is no register, and says the register\'s "2x1" is severity first; a rating repeated a line to each hazard is read once (Dunchurch Festival)', () => {
    const analysis = analyseFixture(fixture('dunchurch-festival-fete-day-risk-assessment-2016'));
    const registers = analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk');
    expect(registers).toHaveLength(1);
    expect(registers[0]!.risks[0]!.scores.current).toMatchObject({ consequence: 2, likelihood: 2, score: 4 });
    expect(registers[0]!.risks[1]!.scores.current).toMatchObject({ consequence: 2, likelihood: 1, score: 2 });
    expect(analysis.checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
  });
});

describe('governments\' budget forms (holdouts 60 and 63)', () => {
  it('"Cumulative Releases" is the part of the year\'s budget released so far, the budget to date spending is measured against (Luwero District, Uganda)', () => {
    const tables = budgets('luwero-district-lg-quarterly-performance-summary-q3-2018-19');
    const spending = tables.find((t) => t.rows.some((r) => r.label === 'Education'))!;
    expect(roles(spending)).toMatchObject({ annualBudget: 1, ytdBudget: 2, ytdActual: 3 });
  });

  it('"2009/2010 Proposed" alone beside last year\'s actual is the budget the paper puts (Diamond Springs–El Dorado FPD)', () => {
    const [t] = budgets('diamond-springs-el-dorado-fpd-revenue-budget-information-2009-10');
    expect(roles(t!)).toMatchObject({ annualBudget: 1 });
    expect(t!.rows.find((r) => r.label?.includes('Current Secured'))!.annualBudget).toBeCloseTo(3020978.28, 2);
  });

  it('"Budget Estimates for Next Year 2016-17" beside the current and previous years\' is the budget set; its quarters\' allocations are context, and a head printed "0 | 0" is a line (Rourkela Municipal Corporation)', () => {
    const [t] = budgets('rourkela-municipal-corporation-revenue-income-budget-estimates-2016-17');
    expect(roles(t!)).toEqual({ label: 1, annualBudget: 7 });
    expect(t!.rows.find((r) => r.label === 'Sewerage Tax')!.kind).toBe('line');
  });
});

describe('two years\' budgets on one page, and ratings in words before and after the controls (Alfreton TC, Radnor YFC)', () => {
  it('"Budget Heading | Required" is the year\'s budget; "Financial Year 2019/2020" over the next header starts another year\'s table, not a page\'s repeat (Alfreton Town Council)', () => {
    const tables = budgets('alfreton-tc-budget-2020-21-2019-20');
    expect(tables.map((t) => t.columns.find((c) => c.role === 'annualBudget')!.header)).toEqual(['Required', 'Budget Set']);
    expect(tables[0]!.rows.some((r) => r.label === 'Precept')).toBe(false);
  });

  it('"Risk Rating | Control | Risk Rate after control": the rating before the controls and the rating after them, in words (Radnor YFC, Kington Show Dance)', () => {
    const register = firstRegister('radnor-yfc-kington-show-dance-site-risk-assessment-2015-09');
    expect(register.slots).toEqual(['inherent', 'residual']);
    expect(register.risks[0]!.scores).toMatchObject({ inherent: { grade: 'High' }, residual: { grade: 'Medium' } });
  });
});

test('field names numbered in sequence ("budget1 | spend1 | budget2 | spend2"): the highest number is the period read, the others earlier ones\' context, and its budget is the year\'s (Wye Valley Community Council\'s budget CSV)', () => {
  const [t] = budgets('wye-valley-cc-annual-budgets-2023-24');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 3, ytdActual: 4 });
  expect(t!.rows.find((r) => r.label === "Councillors' expenses (travel)")).toMatchObject({ annualBudget: 200, ytdActual: 386 });
});

test('a grant\'s budget saved as a sheet named for it ("DOI-20-budget"): "total" is each line\'s budgeted amount, "unit_cost" is a price and no actual, "cost_item" names the lines, and a fee worked as a share ("(15% of total grant)") is money (University of Guam)', () => {
  const analysis = analyseFixture(fixture('university-of-guam-doi-crb-biocontrol-grant-budget-2020-04'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 5 });
  expect(t!.rows.find((r) => r.label === 'Administration fee (15% of total grant)')).toMatchObject({ kind: 'line', annualBudget: 31303.5 });
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('the residual assessment given for two quarters ("Quarter 1 16/17", then "Quarter 2 16/17"): the latest quarter is the risk now, graded by the register\'s key of colours ("16-25 | Red") (LBHF, RBKC and WCC shared services)', () => {
  const register = firstRegister('lbhf-rbkc-wcc-shared-services-risk-register-2017-01');
  expect(register.columns.filter((c) => c.role.startsWith('residual')).map((c) => c.col)).toEqual([7, 8, 9]);
  expect(register.risks[0]!.scores).toMatchObject({ residual: { likelihood: 3, consequence: 4, score: 12, grade: 'Amber' }, target: { score: 9, grade: 'Green' } });
  // Where the two headings name no review, the first is read, as before.
  const sheet = workbookOf(fixture('lbhf-rbkc-wcc-shared-services-risk-register-2017-01')).sheets[0]!;
  const undated = { ...sheet, values: sheet.values.map((row, r) => (r === 8 && row ? row.map((v) => (typeof v === 'string' && v.startsWith('Residual') ? 'Residual risk assessment' : v)) : row)) };
  expect(riskHeaderAt(undated, 9)!.columns.find((c) => c.role === 'residualLikelihood')!.col).toBe(3);
});

describe('templates and keys of registers saved by project teams (holdout 72)', () => {
  it('a template\'s guidance under the header ("Rate 1 (LOW) to 5 (HIGH)", "(IMPACT X PROBABILITY)") is part of the header, not a risk (Routify)', () => {
    const analysis = analyseFixture(fixture('routify-student-team-app-project-risk-register-2024-07'));
    const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.risks[0]!.row).toBe(5);
    expect(analysis.checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
  });

  it('a key written with signs ("Score ≥6 = High priority, 3–4 = Medium, ≤2 = Low") grades the register on the 3x3 matrix whose scores it names (AnalystLab Africa)', () => {
    const register = firstRegister('analystlab-africa-internship-churn-project-risk-register-2026-08');
    expect(register.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Low', 1, 2], ['Medium', 3, 4], ['High', 6, 25]]);
    expect(register.scheme.matrixSize).toBe(3);
    expect(register.risks.map((r) => r.scores.current?.grade)).toEqual(['High', 'High', 'High', 'High', 'Medium', 'High', 'Medium', 'Medium', 'Low', 'Medium', 'High', 'Medium']);
  });

  it('likelihood and impact in words of three levels ("High", "Medium", "Low") are 3, 2 and 1 on that 3x3 key, their product the score printed (AnalystLab Africa)', () => {
    const register = firstRegister('analystlab-africa-internship-churn-project-risk-register-2026-08');
    expect(register.risks.slice(0, 3).map((r) => [r.scores.current?.likelihood, r.scores.current?.consequence, r.scores.current?.score])).toEqual([[3, 3, 9], [3, 3, 9], [2, 3, 6]]);
  });

  it('on a 5x5 matrix the same words place nothing, and are not read', () => {
    const f = fixture('analystlab-africa-internship-churn-project-risk-register-2026-08');
    const wb = workbookOf(f);
    // The note that states the 3x3 key taken away: the NPSA 5x5 preset grades it.
    const sheet = { ...wb.sheets[0]!, values: wb.sheets[0]!.values.map((row, r) => (r === 19 ? [] : row)) };
    const register = analyseWorkbook({ ...wb, sheets: [sheet] }, parseConfig({}, 'test')).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.columns.some((c) => c.role === 'currentLikelihood')).toBe(false);
    expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: null, consequence: null, score: 9 });
  });
});

describe('a town council\'s budget by cost centre, coded lines under each (Newbury TC, holdout 69)', () => {
  const newbury = 'newbury-tc-budget-by-cost-centre-2020-21';
  it('"Expenditure" under a cost centre\'s lines is their subtotal; "Total Income | - | -" with no income lines adds nothing up and raises no alarm', () => {
    const analysis = analyseFixture(fixture(newbury));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(t!.rows.filter((r) => r.label === 'Expenditure').map((r) => r.kind)).toEqual(['subtotal', 'subtotal', 'subtotal']);
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
  it('the header printed again on the next page, found at its second row, is read through; "Variance 2020-21 vs 2019-20" compares two years\' budgets and is not read as a variance', () => {
    const tables = budgets(newbury);
    expect(tables).toHaveLength(1);
    expect(roles(tables[0]!)).toEqual({ label: 1, annualBudget: 5 });
    expect(tables[0]!.rows.find((r) => r.label === 'Youth Work')).toMatchObject({ code: '4155', annualBudget: 25000 });
  });
});

describe('ratings marked with an X under a scale\'s five levels, "VL | L | M | H | VH" under "Probability" and "Consequences" (Instituto Superior Técnico project register, holdout 72)', () => {
  const id = 'ist-gpi19-group02-ishr-project-risk-register-2019-12';
  it('the level marked is the rating, and the score is their product', () => {
    const register = firstRegister(id);
    expect(register.markedScales?.map((m) => m.cols)).toEqual([[4, 5, 6, 7, 8], [9, 10, 11, 12, 13]]);
    expect(register.risks.map((r) => [r.scores.current?.likelihood, r.scores.current?.consequence, r.scores.current?.score])).toEqual([[3, 2, 6], [1, 4, 4], [1, 4, 4], [4, 2, 8], [2, 3, 6], [2, 3, 6]]);
  });
  it('a rating marked in two levels is said, not guessed', () => {
    const f = fixture(id);
    const sheet = workbookOf(f).sheets[0]!;
    const twice = { ...sheet, values: sheet.values.map((row, r) => (r === 3 && row ? row.map((v, c) => (c === 8 ? 'X' : v)) : row)) };
    const analysis = analyseWorkbook({ ...workbookOf(f), sheets: [twice] }, parseConfig({}, 'test'));
    const check = analysis.checks.find((c) => c.row === 3 && c.code === 'not_a_number')!;
    expect(check.message).toBe('The current likelihood is marked in 2 levels (G4, I4); mark one');
    const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: null, consequence: 2 });
  });
});

describe('a month\'s block beside the year to date, and a budget for the months spanned (holdout 75)', () => {
  it('"December 2009" over "ACTUAL | BUDGET" beside "YTD" over "Actual | Budget | Variance": the month\'s figures are context, the year to date is read (Bella Vista Village POA, golf division)', () => {
    const [t] = budgets('bella-vista-village-poa-golf-division-year-end-2009');
    expect(roles(t!)).toEqual({ label: 0, ytdActual: 3, ytdBudget: 4, ytdVariance: 5, ytdVariancePct: 6 });
  });
  it('"January 2014" over "Actual | Y-T-D Budget" only dates the year to date: no month block (Shire of Ashburton)', () => {
    const [t] = budgets('shire-of-ashburton-annual-budget-review-2014-01');
    expect(roles(t!)).toMatchObject({ ytdActual: 1, ytdBudget: 2 });
  });
  it('"Jan- May | Budget | % of Budget", the actual about the whole of the budget on most lines: the budget for those five months, not the year\'s (a parish newsletter)', () => {
    const [t] = budgets('unnamed-parish-newsletter-financial-statistics-2003-05');
    expect(roles(t!)).toMatchObject({ ytdActual: 1, ytdBudget: 2 });
    expect(t!.columns.find((c) => c.role === 'annualBudget')).toBeUndefined();
  });
});

describe('results and headers of a club\'s and a council\'s statements (holdouts 73 and 75)', () => {
  it('"Net Result" under "Total Income" and "Total Expenses", costs printed negative, is the table\'s total; a "Net Budget Performance" that nets nothing above stays out (CBVA, Lusaka)', () => {
    const [t] = budgets('cbva-beach-volleyball-financial-performance-fy24');
    expect(t!.rows.find((r) => r.label === 'Net Result')).toMatchObject({ kind: 'total', ytdActual: 6052, annualBudget: 10244 });
    expect(budgets('lusaka-city-council-mid-year-budget-performance-2026').flatMap((x) => x.rows).some((r) => r.label === 'Net Budget Performance')).toBe(false);
  });
  it('"TARGET TO" over "03.06.2001" over "£": read whole, the lines say to a date, the budget to date (Halton BC, with a Comments column added to its header)', () => {
    const sheet = workbookOf(fixture('halton-bc-waste-management-budget-statement-2001-06')).sheets[0]!;
    const header = budgetHeaderAt(sheet, 3)!;
    expect(header.columns.find((c) => c.col === 3)).toMatchObject({ role: 'ytdBudget' });
  });
});

describe('management accounts whose formulas broke, "#N/A" in most figure cells (a tenant management organisation, holdout 73)', () => {
  const id = 'unnamed-tenant-management-organisation-management-accounts-q3-2010-01';
  it('"Annual Forecast" over "(Current Month)" is the year\'s forecast as at this month; "Annual Budget to" over "Date" is the budget to date', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toMatchObject({ annualBudget: 1, forecastOutturn: 2, ytdBudget: 5, ytdActual: 6 });
  });
  it('a named row of error values is a line whose figures cannot be read, each error said, not a heading', () => {
    const analysis = analyseFixture(fixture(id));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(t!.rows.find((r) => r.label === 'Management fee')!.kind).toBe('line');
    // (Every one of its eight figure cells, the percentages' too.)
    expect(analysis.checks.filter((c) => c.row === 10 && c.code === 'error_value').map((c) => c.col).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

test('a column read as the year\'s budget whose figures are below the budget to date on nearly every line is not the year\'s budget, and is left unread (Bella Vista Village POA, its month\'s heading retyped "Current")', () => {
  const f = fixture('bella-vista-village-poa-golf-division-year-end-2009');
  const wb = workbookOf(f);
  const sheet = { ...wb.sheets[0]!, values: wb.sheets[0]!.values.map((row) => row?.map((v) => (v === 'December 2009' ? 'Current' : v))) };
  const tables = analyseWorkbook({ ...wb, sheets: [sheet] }, parseConfig({}, 'test')).tables.filter((t): t is BudgetTable => t.kind === 'budget');
  expect(roles(tables[0]!)).not.toHaveProperty('annualBudget');
  expect(roles(tables[0]!)).toMatchObject({ ytdActual: 3, ytdBudget: 4 });
});

test('a parish\'s summary of risks scored per area ("Asset/Activity Risks to | People | Environment | Finance | Reputation" over 7, 0, 4, 7), no likelihood or impact: each risk\'s score is its highest area, 0 where an area does not apply (Loddon PC)', () => {
  const register = firstRegister('loddon-pc-risk-register-summary-of-risks-2019-09');
  expect(register.scoreAreas).toEqual({ slot: 'current', cols: [1, 2, 3, 4] });
  expect(register.risks.slice(0, 4).map((r) => r.scores.current?.score ?? null)).toEqual([7, 15, null, 8]);
  expect(register.risks[1]!.scores.current!.grade).toBe('Extreme');
});

describe('a school\'s outturn on its web page: income, then expenditure under its own header (Astley Cooper School, holdout 76)', () => {
  const id = 'astley-cooper-school-financial-report-outturn-2019-20';
  it('"Original Budget | Current Budget | Actual": the current budget is the year\'s as revised, the original context', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 2, ytdActual: 3 });
  });
  it('a name with no figures straight above the unnamed sum is a line with nothing this year, not a heading', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'Additional grants for schools')!.kind).toBe('line');
  });
});

describe('registers from a council and a parish, written as people write them (holdout 77)', () => {
  it('"L - 2 / I – 4 / Risk Score = 8" on three lines of one cell: the pair and its score; "1. Failure to safeguard …" over the owner\'s lines gives the reference 1 (Maldon DC)', () => {
    const register = firstRegister('maldon-dc-corporate-risk-register-2015-06');
    expect(register.risks[0]).toMatchObject({ ref: '1', scores: { current: { likelihood: 2, consequence: 4, score: 8 } } });
  });
  it('a risk whose name cell is blank and whose grade is "L", which reads as a header of its own, is a risk of the register (Leven PC)', () => {
    const register = firstRegister('leven-pc-gdpr-risk-assessment-2024');
    expect(register.risks.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
  });
});

test('a government portfolio\'s outturn statement: "Restated 2018-19 Outturn" left of the names is last year\'s, and "Gross Expenditure | Income Applied" are the parts of the "Outturn" they net to, not an actual (The Scottish Government, holdout 78)', () => {
  const [t] = budgets('scottish-government-health-sport-portfolio-outturn-2019-20');
  expect(roles(t!)).toEqual({ label: 1, forecastOutturn: 5, annualBudget: 6, forecastVariance: 7 });
});

test('"Surplus/(Deficiency)" after "Contribution to Central O/Heads" (the income less the expenditure) and "Overheads" is the contribution less the overheads: the table\'s total (Halton BC waste management)', () => {
  const [t] = budgets('halton-bc-waste-management-budget-statement-2001-06');
  const surplus = t!.rows.find((r) => r.label === 'Surplus/(Deficiency)')!;
  expect(surplus.kind).toBe('total');
  expect(surplus.annualBudget).toBe(-5007670);
});

test('a parish\'s register rated only "Assessment of Impact (H/M/L) | Likelihood of Probability (H/M/L)", with no key: its risks are listed, not scored, and the notes say why (Coychurch Lower CC)', () => {
  const analysis = analyseFixture(fixture('coychurch-lower-cc-risk-assessment-2018-19'));
  const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks.map((r) => r.row)).toEqual([15, 16]);
  expect(register.risks.every((r) => r.scores.current === null)).toBe(true);
  expect(analysis.notes.join('\n')).toMatch(/rates "ASSESSMENT OF IMPACT \(H\/M\/L\)" and "LIKELIHOOD OF PROBABILITY \(H\/M\/L\)" as High, Medium or Low\. .*its risks are listed but not scored/);
});

describe('capital monitoring with later years\' budgets beside this year\'s (Scottish councils, holdout 80)', () => {
  it('"Approved Budget 2020/21 | Projected to 31st March, 2021 | Actuals at P12" beside the 2021/22 and 2022/23 budgets: a projection to the year\'s end dates the year reported, 2020/21', () => {
    const [t] = budgets('unnamed-scottish-council-housing-capital-monitoring-p12-2020-21');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, forecastOutturn: 2, ytdActual: 3 });
  });
  it('the same headings again for each later year with no year printed: the block beside the actual to date is the year reported (Scottish Borders Council)', () => {
    const [t] = budgets('scottish-borders-council-capital-financial-plan-monitoring-2016-17');
    expect(roles(t!)).toEqual({ label: 0, ytdActual: 1, forecastOutturn: 2, annualBudget: 3, forecastVariance: 4 });
  });
});

test('a club\'s risk assessment with its references under a blank header, a key of scale words laid out like a register, and bands "13 – 25 Unacceptable … 3 – 7 Acceptable" beside an action column that divides them again (Trowbridge Lions Club, holdout 82)', () => {
  const analysis = analyseFixture(fixture('trowbridge-lions-club-meetings-risk-assessment-undated'));
  const registers = analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk');
  expect(registers).toHaveLength(1);
  expect(registers[0]!.risks.map((r) => r.ref)).toEqual(['1A', '2A', '3A', '1A', '1B', '2A', '2B', '1A']);
  expect(registers[0]!.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Acceptable', 3, 7], ['Undesirable', 8, 12], ['Unacceptable', 13, 25]]);
  expect(analysis.notes.join('\n')).toMatch(/words no scale here reads \("Frequent", "Critical", "Occasional"\), so it is a key/);
});

test('a school\'s risk assessment record: grade letters the sheet\'s legend spells out ("RISK LEVEL: H – High M – Medium L – Low") are graded in its words, and the header\'s lower line ("Haz No. | IDENTIFIED HAZARD") is no risk (Leicester Grammar School, holdout 82)', () => {
  const register = firstRegister('leicester-grammar-school-swimming-pool-risk-assessment-2016-11');
  expect(register.risks.map((r) => r.ref)).toEqual(['1', '2', '3', '4', '5', '6']);
  expect(register.risks.map((r) => r.scores.current?.grade)).toEqual(['Medium', 'Medium', 'Low', 'Low', 'Medium', 'Low']);
});

describe('an Irish county\'s income and expenditure account and an Ontario township\'s budget (holdout 83)', () => {
  it('names with no figures in the table\'s columns after a gap below its last figures ("REVENUE COLLECTION 2003", "1 month old | 12%") are what is printed below it, not lines (Kilkenny County Council)', () => {
    const [t] = budgets('kilkenny-county-council-income-expenditure-account-2003');
    expect(t!.rows[t!.rows.length - 1]!.label).toBe('Overall Surplus / (Deficit) for Year');
  });
  it('"Total Expenditure/Income" with figures only under the gross columns, not read, sums the lines and heads nothing; the surpluses after it add up what is above them (Kilkenny County Council)', () => {
    const [t] = budgets('kilkenny-county-council-income-expenditure-account-2003');
    const kind = (label: string) => t!.rows.find((r) => r.label?.startsWith(label))!.kind;
    expect(kind('Total Expenditure/Income')).not.toBe('section');
    expect(kind('Surplus / (Deficit) for Year before Transfers')).toBe('subtotal');
    expect(kind('Overall Surplus / (Deficit) for Year')).toBe('total');
  });
  it('a subtotal that adds up its block but the line at its top ("OMPF", which the total below adds beside it) adds up the lines after it, and raises no alarm (Township of Lake of the Woods)', () => {
    const analysis = analyseFixture(fixture('township-of-lake-of-the-woods-budget-2021'));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(t!.rows.find((r) => r.label === 'subtotal Ontario Conditional grants')!.kind).toBe('subtotal');
    expect(analysis.checks.filter((c) => c.code === 'subtotal_mismatch' || c.code === 'total_mismatch')).toEqual([]);
  });
});

test('"Revised Budget Quarter 1" is the year\'s budget as revised at the first quarter, the latest quarter\'s variance is read, and the names column headed again ("Departmental Division | Variance £000s | Explanation & Action Plans") starts the next table (Hammersmith & Fulham, holdout 86)', () => {
  const [t] = budgets('lb-hammersmith-fulham-tts-variance-by-division-2012-13');
  // "Variance Quarter2" is the variance now; "Variance Quarter 1" beside it last quarter's, context.
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, forecastVariance: 2 });
  expect(t!.rows[t!.rows.length - 1]).toMatchObject({ label: 'Total', kind: 'total', annualBudget: 18897 });
});

describe('a small public body\'s annual report and a joint coroner\'s service\'s report (holdout 87)', () => {
  it('"Budget 20/21 (£)" names the year, so it is the year\'s budget; the printed "Variance (£)" beside it and the year\'s spending is checked, and the one line it is wrong on is said (Boundary Commission for England)', () => {
    const analysis = analyseFixture(fixture('boundary-commission-for-england-budget-and-expenditure-2020-21'));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 2, remaining: 3 });
    expect(t!.rows.find((r) => r.label === 'Pay and related costs')).toMatchObject({ annualBudget: 418170, ytdActual: 365086, ytdBudget: null });
    expect(analysis.checks.filter((c) => c.severity === 'error').map((c) => `${c.code} ${c.row + 1}:${c.col}`)).toEqual(['reported_variance_mismatch 20:3']);
  });
  it('a table of staff numbers ("Staff complement" over quarters\' "Plan | Actual") is set aside with its reason, not read as money (Boundary Commission for England)', () => {
    const analysis = analyseFixture(fixture('boundary-commission-for-england-budget-and-expenditure-2020-21'));
    expect(analysis.tables.filter((x) => x.kind === 'budget')).toHaveLength(1);
    expect(analysis.notes.join('\n')).toMatch(/row 6 was not read: its title \("Staff complement"\) says it counts staff, not money/);
  });
  it('lines each of a year written short ("98/99", "99/2000" under "Year"): each budget is that year\'s (Greater Manchester West Coroner\'s Service)', () => {
    const [t] = budgets('greater-manchester-west-coroners-service-budget-actual-history-2004-12');
    expect(roles(t!)).toMatchObject({ label: 0, annualBudget: 1, ytdActual: 2 });
    expect(t!.rows.find((r) => r.label === '03/04')).toMatchObject({ annualBudget: 696200, ytdActual: 887748, ytdBudget: null });
  });
});

test('a hazard\'s code run into its name ("H1 — Incorrect data" under "Hazard") is its reference, and the grades follow the page\'s own key (Theatrelog hazard log, holdout 89)', () => {
  const register = firstRegister('theatrelog-surgical-logbook-hazard-log-2026-03');
  expect(register.risks.map((r) => r.ref)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
  expect(register.risks[0]!.title).toBe('Incorrect data');
});

test('"Likelihood | Impact | Risk Rating | Mitigation Strategy | Residual Risk": the unnamed three are one slot, the current, and "Residual Risk" typed "Low" is the residual\'s grade (Victoria University of Wellington student team, holdout 89; St Columb Major TC lays its register out alike)', () => {
  const register = firstRegister('vuw-world-builder-project-risk-register-2023-08');
  const role = (header: string) => register.columns.find((c) => c.header === header)?.role;
  expect([role('Likelihood'), role('Impact'), role('Risk Rating'), role('Residual Risk')]).toEqual(['currentLikelihood', 'currentConsequence', 'currentGrade', 'residualGrade']);
  expect(register.slots).toEqual(['current', 'residual']);
  expect(firstRegister('st-columb-major-tc-financial-risk-assessment-2025-05').slots).toEqual(['current', 'residual']);
});

describe('a volunteer conference\'s budget file, its breakdowns drawn as trees (Our Networks 2019, holdout 94)', () => {
  const analysis = () => analyseFixture(fixture('our-networks-2019-conference-budget-expenses-revenue-2020-01'));
  it('"Amount | Against Projected": the amount is the actual, the other its variance against what was projected, which says its sign (the actual less the projection), so the projection is worked out, for income too', () => {
    const [expenses, revenue] = analysis().tables as BudgetTable[];
    expect(roles(expenses!)).toEqual({ label: 0, ytdActual: 1, ytdVariance: 2 });
    expect(expenses!.rows.find((r) => r.label === 'Venue')).toMatchObject({ ytdActual: 3366.13, ytdBudget: 2544, ytdBudgetMethod: 'actual-less-variance', ytdVariance: 822.13 });
    expect(revenue!.rows.find((r) => r.label === 'Sponsorship')).toMatchObject({ ytdBudget: 9000, ytdVariance: 1775.27 });
  });
  it('each branch ("├── Insurance") is a line of the row it hangs from, which is their subtotal; the total adds up the rows they hang from; a breakdown that does not add up is said', () => {
    const a = analysis();
    const [expenses] = a.tables as BudgetTable[];
    const row = (label: string) => expenses!.rows.find((r) => r.label === label)!;
    expect(row('Venue')).toMatchObject({ kind: 'subtotal', sumOf: [6, 7, 8] });
    expect(row('Insurance')).toMatchObject({ kind: 'line', ytdActual: 517.1 });
    expect(row('Expenses Total').kind).toBe('total');
    const sums = a.checks.filter((c) => c.code === 'subtotal_mismatch' || c.code === 'total_mismatch').map((c) => `${c.code} ${c.row + 1}:${c.col}`);
    // (And the variances' totals, printed 3,658.58 and 4,908.73, where their lines add to 3,658.78 and 4,908.67.)
    expect(sums).toEqual(['subtotal_mismatch 19:1', 'total_mismatch 30:2', 'total_mismatch 41:2']);
  });
  it('"Category | Description | Amount", the description a list of what each holds ("Coffee breaks, Lunch, Kickoff"): the category names the line', () => {
    const budget = (analysis().tables as BudgetTable[]).find((t) => t.headerRows.includes(49))!;
    expect(budget.rows.map((r) => r.label).slice(0, 3)).toEqual(['Venue', 'Accessibility', 'A/V']);
  });
});

describe('a project proposal\'s risk register rated 0 to 10 (Greepam, EPAM Kraków, holdout 93)', () => {
  const analysis = () => analyseFixture(fixture('greepam-epam-krakow-project-risk-register-2017-10'));
  it('numbered groups ("1 | Legal") over risks with no references of their own are sections, not risks', () => {
    const register = analysis().tables[0] as RiskRegister;
    expect(register.risks).toHaveLength(18);
    expect(register.risks[0]!.section).toBe('Legal');
  });
  it('"Probability 0-10 | Impact 0-10 | Risk score 0-100": ratings read on that scale and checked, not graded, not mapped, and said so', () => {
    const a = analysis();
    const register = a.tables[0] as RiskRegister;
    expect(register.ratingScale).toBe(10);
    expect(register.risks.find((r) => r.scores.current?.score === 32)!.scores.current).toMatchObject({ likelihood: 8, consequence: 4, grade: null });
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
    expect(a.notes.join('\n')).toMatch(/rates its likelihoods and impacts from 1 to 10, as its header says/);
  });
});

test('months and their "Total", headed by nothing else, under "our budget was the following:" are the year\'s budget and its phasing; under "Our actual spending is as follows:" they are the actuals to date, taken alone and never for a budget (hackEDU proposal budgets, holdout 94)', () => {
  const tables = budgets('hackedu-logan-foundation-proposal-budgets-2015-16');
  expect(tables.map((t) => t.headerRows[0])).toEqual([12, 20, 37]);
  expect(roles(tables[0]!)).toEqual({ label: 0, annualBudget: 13 });
  expect(tables[0]!.rows.find((r) => r.label === 'Salary')).toMatchObject({ annualBudget: 74048, ytdActual: null });
  expect(roles(tables[1]!)).toEqual({ label: 0, ytdActual: 13 });
  expect(tables[1]!.rows.find((r) => r.label === 'Miscellaneous')).toMatchObject({ annualBudget: null, ytdBudget: null, ytdActual: 5952.28 });
});

test('"Fiscal Year" over each year over "Actual | Estimated | Proposed" and a wrapped second line: the deeper reading that drops the years does not win; the proposed year is the budget set, the earlier years context (City of Philadelphia General Fund obligation history, holdout 95)', () => {
  const [t] = budgets('city-of-philadelphia-general-fund-obligation-history-fy2017-proposed');
  expect(t!.headerRows).toEqual([5, 6, 7]);
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 5 });
  expect(t!.rows.find((r) => r.label === 'Contrib., Indemnities & Taxes')).toMatchObject({ annualBudget: 2550000, ytdBudget: null, ytdActual: null });
});

test('a RAG key printed over the header ("2% to 5% | Amber | >5% | Red") is no row of labels over the columns: "Latest Budget" is read, not taken for a percentage (a council\'s corporate budget monitor, September 2011, holdout 97)', () => {
  const [t] = budgets('unnamed-council-corporate-monthly-budget-monitoring-2011-09');
  expect(t!.headerRows).toEqual([3, 4]);
  expect(roles(t!)).toMatchObject({ annualBudget: 2, ytdBudget: 3, ytdActual: 4, forecastOutturn: 7 });
  expect(t!.rows[0]).toMatchObject({ label: 'Expenditure', annualBudget: 115654, forecastOutturn: 117238 });
});

describe('a threat model\'s "Residual Risk Register" under its assets table, its impact scale said in a sentence (Hyperledger Iroha SORA Nexus data availability, holdout 96)', () => {
  const analysis = () => analyseFixture(fixture('hyperledger-iroha-sora-nexus-da-threat-model-residual-risks-2026-01'));
  it('one set of ratings with no slot in the header, under the heading "Residual Risk Register": the residual slot', () => {
    const register = analysis().tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.slots).toEqual(['residual']);
    expect(register.risks).toHaveLength(6);
  });
  it('"Impact scale: Critical …; High …; Moderate …; Low …" is the sheet\'s key, highest first: Low 1 to Critical 4, and said so', () => {
    const a = analysis();
    const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.risks.map((r) => r.scores.residual?.consequence)).toEqual([2, 3, 3, 3, 4, 3]);
    expect(register.risks.map((r) => r.scores.residual?.score)).toEqual([6, 6, 9, 9, 12, 6]);
    expect(a.checks).toEqual([]);
    expect(a.notes.join('\n')).toMatch(/Critical = 4 by the key at Threat Model!A7/);
  });
  it('the assets table\'s rows above are not the register\'s title', () => {
    const register = analysis().tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.title).toBe('Residual Risk Register');
  });
});

test('a parish\'s risk assessment whose level column lost its header cell ("Subject | Risk(s) Identified | (blank) | Management/Control of Risk" over "… | M | …") is read, graded by its letters; a blank-headed column of letters in a table that names no risks is not (Chale PC, holdout 97)', () => {
  const register = firstRegister('chale-pc-financial-risk-assessment-undated');
  expect(register.risks.map((r) => r.scores.current?.grade)).toEqual(['M', 'L']);
  const a = analyseWorkbook({ sheets: [{ name: 'Jobs', visibility: 'visible', values: [['Job', 'Owner', null, 'Due'], ['Paint fence', 'Clerk', 'H', 'May'], ['Mow verge', 'Chair', 'L', 'June']] }] });
  expect(a.tables).toEqual([]);
});

test('"Risk Without Mitigation" over the first ratings is before controls, the inherent, not the residual its word "mitigation" would make it (Monmouth Rowing Club, holdout 99)', () => {
  expect(slotOf('Risk Without Mitigation')).toBe('inherent');
  expect(slotOf('Risk with no controls')).toBe('inherent');
  expect(slotOf('Risk after mitigation')).toBe('residual');
  const a = analyseFixture(fixture('monmouth-rc-normal-club-rowing-risk-assessment-2016-01'));
  const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.slots).toEqual(['inherent', 'current']);
  expect(register.risks[2]!.scores.inherent).toMatchObject({ likelihood: 4, consequence: 5, score: 20 });
  expect(a.checks.filter((c) => c.code === 'residual_above_current')).toEqual([]);
});

test('a key printed in the score\'s header cell ("Risk Rating / H 20-36 / M 12-18 / L 1-10") names no more than "Risk Rating", and its top of 36 says a 6x6 matrix: read and checked on it, and graded by that key (its bands give every 6x6 score one), never on a 5x5; "Item No." is the reference and "Final Result*" the residual score (Cambois Rowing Club regatta, holdout 99)', () => {
  expect(riskMeasureOf('Risk Rating\nH 20-36\nM 12-18\nL 1-10')).toBe('score');
  expect(slotOf('Final Result*')).toBe('residual');
  const a = analyseFixture(fixture('cambois-rc-regatta-risk-assessment-2016-05'));
  const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.ratingScale).toBe(6);
  expect(register.risks.map((r) => r.ref)).toEqual(['1', '2', '3']);
  expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 4, consequence: 4, score: 16, grade: 'M' });
  expect(register.risks[0]!.scores.residual).toMatchObject({ score: 8, grade: 'L' });
  expect(a.checks).toEqual([]);
  expect(a.notes.join('\n')).toMatch(/from 1 to 6/);
});

test('the HSE\'s risk level estimator printed as a grid ("Probability of Occurrence" in its corner, "Slightly harmful | Harmful | Extremely harmful" across, "Trivial Risk" to "Intolerable Risk" in its cells) grades the register; a consequence column that lost its header is read by the grid\'s words; a grade typed against the grid is said (Weybridge Silver Sculls, holdout 99)', () => {
  const a = analyseFixture(fixture('weybridge-rc-silver-sculls-risk-assessment-2016-10'));
  const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks.map((r) => r.scores.current)).toEqual([
    expect.objectContaining({ likelihood: 3, consequence: 2, score: 6, grade: 'Substantial' }),
    expect.objectContaining({ likelihood: 3, consequence: 2, score: 6, grade: 'Substantial' }),
  ]);
  expect(a.checks.map((c) => [c.code, c.row + 1, c.col])).toEqual([['grade_mismatch', 21, 3]]);
});

test('a register rating likelihood and severity in letters no key on the sheet reads ("C", "B") beside the grade it types ("Major") is read for its risks and grades, its letters set aside and said, never an error on every cell; "Potential Risk" names the risk (a sailing programme\'s risk management tables, holdout 99)', () => {
  const a = analyseFixture(fixture('unnamed-sailing-programme-risk-management-tables-2013-03'));
  const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks.slice(0, 3).map((r) => r.scores.current)).toEqual([
    expect.objectContaining({ likelihood: null, consequence: null, grade: 'Major' }),
    expect.objectContaining({ likelihood: null, consequence: null, grade: 'Major' }),
    expect.objectContaining({ likelihood: null, consequence: null, grade: 'Minor' }),
  ]);
  expect(a.checks).toEqual([]);
  expect(a.notes.join('\n')).toMatch(/rates its risks in letters or words \("B", "C", "D", "E"\) that no key here reads/);
});

test('"Project Impact" over phrases ("Outcomes delayed") beside "Risk Impact" over High, Medium and Low describes the risk: the three-level column is the impact, the register is read for its risks, its words read by the 3x3 key its Instructions sheet writes as letter pairs (Runtime Terror risk log, holdout 93)', () => {
  const a = analyseFixture(fixture('runtime-terror-csu-itc303-naaman-risk-log-2021-10'));
  const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks[0]!.ref).toBe('Data Loss');
  expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 1, consequence: 3, score: 3, grade: 'Yellow' });
  expect(a.checks).toEqual([]);
});

describe('registers rating in words no key on the sheet reads, beside a grade they type (holdout 101)', () => {
  it('"Likelihood" typed "Moderate" beside "Overall risk" typed "Low": the grade read, the likelihood set aside and said, never an error (Molesey Amateur Regatta)', () => {
    const a = analyseFixture(fixture('molesey-amateur-regatta-risk-analysis-2024-04'));
    const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.risks.map((r) => r.scores.current)).toEqual([expect.objectContaining({ likelihood: null, grade: 'Low' }), expect.objectContaining({ likelihood: null, grade: 'Low' })]);
    expect(a.checks).toEqual([]);
    expect(a.notes.join('\n')).toMatch(/\("Moderate"\) that no key here reads/);
  });
  it('a military standard\'s words ("Occasional", "Critical", "Marginal") under "Pre-mitigation" beside "RiskLevel": read for the grades, not refused as a key (Pueblo Alliance 5k)', () => {
    const a = analyseFixture(fixture('pueblo-alliance-feast-day-5k-risk-assessment-undated'));
    const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.risks.map((r) => r.scores.inherent?.grade)).toEqual(['Medium', 'Medium', 'Medium', 'Low']);
    expect(register.risks.every((r) => r.scores.inherent?.likelihood == null && r.scores.inherent?.consequence == null)).toBe(true);
    expect(a.checks).toEqual([]);
  });
});

test('"Probability x severity = impact" over "2×2=4" is the score, each cell giving its probability, severity and product (Cardigan Bay Watersports, holdout 101)', () => {
  expect(riskMeasureOf('Probability x severity = impact')).toBe('score');
  expect(riskMeasureOf('Severity * Probability')).toBe('score');
  const register = firstRegister('cardigan-bay-watersports-dinghy-sailing-risk-assessment-2021-03');
  expect(register.risks[7]!.scores.current).toMatchObject({ likelihood: 2, consequence: 5, score: 10 });
});

test('"Importantly, the 2005 budgets are included." over a year-end review is a remark, not a title setting the 2005 budget: the year with a budget, an actual and the variance between them is read, last year\'s actual and next year\'s budget are context (Richmond FC treasurer\'s report 2004, holdout 102)', () => {
  const [t] = budgets('richmond-fc-treasurers-report-trading-2004');
  expect(roles(t!)).toMatchObject({ annualBudget: 2, ytdActual: 3 });
  expect(t!.rows.find((r) => r.label === 'Football Income')).toMatchObject({ annualBudget: 4.8, ytdActual: 4.5 });
});

test('"Approved | Amended" under "2022-2023 Amended Budget": the amended column is the year\'s budget as it now stands, the approved one context, and both tables on the sheet are read (Briarlake Elementary PTA, holdout 102)', () => {
  const tables = budgets('briarlake-elementary-pta-amended-budget-2022-23');
  expect(tables.map((t) => roles(t))).toEqual([{ label: 0, annualBudget: 3 }, { label: 0, annualBudget: 3 }]);
  expect(tables[1]!.rows.find((r) => r.label?.startsWith('BONUS'))).toMatchObject({ annualBudget: 3800, ytdBudget: null });
});

test('"current period" over "Actual | Budget | Variance" is the month\'s block, context; the year to date and "Annual" over "Budget" are read (Highland Park HOA income/expense statement, holdout 102)', () => {
  const [t] = budgets('highland-park-hoa-income-expense-statement-2010-05');
  expect(roles(t!)).toMatchObject({ ytdActual: 4, ytdBudget: 5, ytdVariance: 6, annualBudget: 7 });
  expect(t!.rows.find((r) => r.label === 'Dues')).toMatchObject({ ytdActual: 42000, ytdBudget: 44800, annualBudget: 44800 });
});

test('headers that run their key on after their name ("Likelihood 1 = Rare, 2 = Unlikely …", "Score (Clear = Low Grey = Moderate …") are read by their names; "** 9" is the score (a primary care trust\'s Summary Care Record project log, holdout 105)', () => {
  expect(riskMeasureOf('Likelihood 1 = Rare, 2 = Unlikely, 3 = Possible 4 = Likely, 5 = Certain')).toBe('likelihood');
  expect(riskMeasureOf('Consequence 1 = Minor 2 = Medium, 3 = Significant, 4 = Major')).toBe('consequence');
  expect(riskMeasureOf('Score (Clear = Low Grey = Moderate, Yellow= Significant, Red = High')).toBe('score');
  expect(riskMeasureOf('Likelihood (1-5)')).toBe('likelihood');
  const register = firstRegister('unnamed-pct-summary-care-record-project-risk-log-2009');
  expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 3, consequence: 3, score: 9 });
});

test('"Actuals | Approved_FY12 | Amended_FY12 | Approved_FY13 | Amended_FY13": the undated actuals left of two years\' budgets are an earlier year\'s, context; the amended budget of the latest year is read (City of Sacramento utilities funding, holdout 104)', () => {
  const [t] = budgets('city-of-sacramento-utilities-funding-fy2012-13');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 5 });
  expect(t!.rows.find((r) => r.label === 'General Fund')).toMatchObject({ annualBudget: 122410, ytdActual: null });
});

test('a budget book\'s "FY 18 PLANNED | FY 17 ADOPTED | FY 16 ORIGINAL | FY 16 VS FY 17 DIFFERENCE": the later year the difference compares is the year reported, next year\'s plan context; items indented into the blank column under "Less:" keep their names (City of Tulsa operating budget by fund, holdout 104)', () => {
  const [byFund] = budgets('city-of-tulsa-operating-budget-fy2017');
  expect(roles(byFund!)).toMatchObject({ annualBudget: 5 });
  expect(byFund!.rows.find((r) => r.label === 'General Fund')).toMatchObject({ annualBudget: 267483000 });
  expect(byFund!.rows.find((r) => r.row === 53)).toMatchObject({ label: 'Internal Transfers', kind: 'line', annualBudget: 53246000 });
});

test('a five-year forecast, "FY 2013-14 Proposed | FY 2014-15 Proposed | FY 2015-16 Forecast …", with no budget word: the first year proposed is the budget set, the later years context; where the proposals say "Budget", the first of two is read too (City of Oakland, holdout 104)', () => {
  const tables = budgets('city-of-oakland-five-year-forecast-fy2013-15-proposed');
  expect(tables.length).toBe(4);
  for (const t of tables) expect(Object.keys(roles(t)).filter((r) => r !== 'label' && r !== 'code')).toEqual(['annualBudget']);
  const allFunds = tables[0]!;
  expect(allFunds.rows.find((r) => r.label === 'Civilian salaries')).toMatchObject({ annualBudget: 170226896, forecastOutturn: null });
});

describe('ratings no band grades are not coloured or graded anywhere the plan writes', () => {
  const planOf = (id: string) => {
    const workbook = workbookOf(fixture(id));
    const analysis = analyseWorkbook(workbook, parseConfig({}));
    const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    const summary = buildWritePlan(workbook, analysis, parseConfig({})).sheets.find((s) => s.role === 'risk-summary')!;
    const formulas = summary.rows.flat().flatMap((c) => (c && c.kind === 'formula' ? [c.formula] : []));
    return { register, formulas };
  };
  it('a register rated from 1 to 10 as its headers say, with no key of that scale (Maiden Bradley PC): no band rule on its score cells, no band LOOKUP over its scores on the Risk Summary', () => {
    const { register, formulas } = planOf('maiden-bradley-pc-litter-pick-risk-assessment-undated');
    expect(register.ratingScale).toBe(10);
    expect(riskSourceRules(register)).toEqual([]);
    expect(formulas.filter((f) => /LOOKUP\(/.test(f))).toEqual([]);
  });
  it('a project register rating from cost and time impacts by its own rule (Leicestershire CC QRA): neither', () => {
    const { register, formulas } = planOf('leicestershire-cc-melton-mowbray-distributor-road-risk-register-qra-2017-11');
    expect(register.typedOnlySlots).toEqual(['current', 'residual']);
    expect(riskSourceRules(register)).toEqual([]);
    expect(formulas.filter((f) => /LOOKUP\(/.test(f))).toEqual([]);
  });
});

test('a pivot table\'s group line printed over its risks ("04 | Decant - all | 0", the risk\'s name only a figure, no rating) is a section, not a risk named "0" (Brighton and Sussex University Hospitals 3Ts programme register, holdout 105)', () => {
  const register = firstRegister('bsuh-3ts-programme-risk-register-2016-04');
  expect(register.risks.map((r) => r.row + 1)).toEqual([7, 8, 9, 10]);
  expect(register.risks[0]!.section).toBe('Decant - all');
});

test('each programme\'s sum printed on its heading, named a level up over its departments ("Public Safety and Protection" over Municipal Court, Police, Fire …): a subtotal over its lines, not counted again in the total (City of Tulsa operating budget by programme, holdout 104)', () => {
  const [, byProgramme] = budgets('city-of-tulsa-operating-budget-fy2017');
  const safety = byProgramme!.rows.find((r) => r.label === 'Public Safety and Protection')!;
  expect(safety.kind).toBe('subtotal');
  expect(safety.annualBudget).toBe(180203000);
  expect(byProgramme!.rows.find((r) => r.label === 'Police')!.kind).toBe('line');
  const a = analyseFixture(fixture('city-of-tulsa-operating-budget-fy2017'));
  expect(a.checks.filter((c) => c.code === 'total_mismatch' || c.code === 'subtotal_mismatch')).toEqual([]);
});

test('several lines printed in one row, a figure a line in each cell ("ICB Net Expenditure / Provider Expenditure / Provider Income" over "46,627 / 44,108 / (42,631)"), are no line and no heading: the lines below it are not made income by its words, so "Under/(over) spend" is checked as spending (NHS England board, month 4 2024/25, holdout 107)', () => {
  const a = analyseFixture(fixture('nhs-england-board-financial-performance-update-m4-2024-25'));
  const t = a.tables[0] as BudgetTable;
  expect(t.rows.some((r) => r.label?.includes('Provider Income'))).toBe(false);
  expect(t.rows.find((r) => r.label === 'Central Costs')).toMatchObject({ income: false, section: null });
  expect(a.checks.filter((c) => c.code === 'reported_variance_mismatch')).toEqual([]);
});

test('a third header line of units with words wrapped on ("£000 | £000 | MONTH 2 | | £000 | … | SPENT | … | COMMENTS") is the header\'s, not a line; headings numbered in order ("1. Service Strategy", "2.Childrens Services") keep their numbers as codes (Isle of Wight adult and community services revenue summary, May 2004, holdout 107)', () => {
  const [t] = budgets('isle-of-wight-adult-community-select-revenue-summary-2004-05');
  expect(t!.headerRows[t!.headerRows.length - 1]).toBe(6);
  expect(t!.rows.some((r) => r.row === 6)).toBe(false);
  expect(t!.rows.find((r) => r.code === '2')).toMatchObject({ label: 'Childrens Services' });
  expect(t!.rows.find((r) => r.code === '1')).toMatchObject({ label: 'Service Strategy' });
});

test('a ledger\'s budget to actual: account strings "6500-95-21-950-0000-…-521005- Rental/Lease - Computers" are code and name, a fund\'s "6500 | Mass Transit Fund" heading its code and name, and an available budget 2 cents from budget less actual is rounding, not an error (City of Asheville mass transit fund, holdout 106)', () => {
  const a = analyseFixture(fixture('city-of-asheville-mass-transit-fund-budget-to-actual-fy2013'));
  const t = a.tables[0] as BudgetTable;
  expect(t.rows.find((r) => r.row === 41)).toMatchObject({ label: 'Rental/Lease - Computers', code: '6500-95-21-950-0000-00000-00000-000-521005' });
  expect(t.rows.find((r) => r.row === 4)).toMatchObject({ label: 'Mass Transit Fund', code: '6500', kind: 'section' });
  expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  expect(a.checks.some((c) => c.code === 'rounding_only' && c.row === 41)).toBe(true);
});

describe('a county\'s budget-setting sheet over two pages (Buncombe County annual operating budget estimate FY2016, holdout 106)', () => {
  const id = 'buncombe-county-annual-operating-budget-fy2016';
  it('years printed in the middle of their blocks ("FY2015 Amended" over "Expenditures | Revenues | Net County Cost/ (Contribution)") head the whole block; under "ANNUAL OPERATING BUDGET ESTIMATE" the spending and income are budgeted, and the latest year\'s net is the budget', () => {
    const [page1] = budgets(id);
    expect(roles(page1!)).toMatchObject({ annualBudget: 6 });
    expect(page1!.rows.find((r) => r.label === 'County Manager')).toMatchObject({ annualBudget: 1062882, ytdActual: null, forecastOutturn: null });
  });
  it('"FY2016" is a year however it is run together', () => {
    expect(yearIn('FY2016 Revenues')).toBe(yearIn('FY 2016'));
  });
  it('a section begun at the foot of page 1 and closed at the head of page 2 is checked over both pages: no false mismatch, the real one on page 1 still said', () => {
    const a = analyseFixture(fixture(id));
    expect(a.checks.filter((c) => c.sheet === 'Page 2' && c.code === 'subtotal_mismatch')).toEqual([]);
    expect(a.checks.some((c) => c.sheet === 'Page 1' && c.code === 'subtotal_mismatch' && c.row === 38)).toBe(true);
    expect(a.notes.join('\n')).toMatch(/adds up the lines of the section begun at the foot of "Page 1"/);
  });
});

test('"Fy2014 Budget" beside "Fy2013 Original" is the year\'s budget (City of Cambridge MA FY14 adopted revenue budget, holdout 106)', () => {
  const [t] = budgets('city-of-cambridge-ma-fy14-adopted-revenue-budget');
  expect(Object.keys(roles(t!))).toContain('annualBudget');
});

test('"Total School Budget Allocation" beside its categories, on a sheet named "Final Budget Allocations": the only budget column is the year\'s budget set, the table read (DC Public Schools FY16 initial allocations, holdout 106)', () => {
  const [t] = budgets('dc-public-schools-fy16-initial-school-budget-allocations');
  expect(roles(t!)).toMatchObject({ annualBudget: 11 });
  expect(t!.rows.filter((r) => r.kind === 'line')).toHaveLength(113);
});

test('"Risk Rating before control measures" over the first ratings is the inherent slot; the header printed again shorter on the next page ("PERSONS IN DANGER", one "RESULT" over the ratings after controls) goes on with the register (Maiden Bradley PC litter pick, holdout 109)', () => {
  expect(slotOf('Risk Rating before control measures')).toBe('inherent');
  const a = analyseFixture(fixture('maiden-bradley-pc-litter-pick-risk-assessment-undated'));
  const registers = a.tables.filter((t): t is RiskRegister => t.kind === 'risk');
  expect(registers).toHaveLength(1);
  expect(registers[0]!.slots).toEqual(['inherent', 'residual']);
  expect(registers[0]!.risks.map((r) => r.ref)).toEqual(['1', '2', '3', '4']);
});

test('the HSE estimator whose sides give their levels in brackets ("Highly unlikely (Low)", "Slightly harmful (Low)") reads a register rated "Low | Medium" by them, and a typed grade against it is said (Loughborough Boat Club Soar Head, holdout 109)', () => {
  const a = analyseFixture(fixture('loughborough-bc-soar-head-risk-assessment-2016-11'));
  const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 1, consequence: 2, grade: 'Tolerable' });
  expect(a.checks.map((c) => [c.code, c.row + 1])).toEqual([['grade_mismatch', 22]]);
});

describe('budget-setting reports of US cities (holdout 108)', () => {
  it('"2015 Approved" after this year\'s actual and projection, with only the change from this year after it, is the budget the report sets; the account strings printed under each line are no gap, so the report is read to its totals (City of Asheville budget analysis FY2015)', () => {
    const [t] = budgets('city-of-asheville-budget-analysis-fy2015-adopted-administration-services');
    expect(roles(t!)).toMatchObject({ annualBudget: 9 });
    expect(t!.rows.find((r) => r.label?.trim() === 'Compensation - Temp/Seasonal')).toMatchObject({ annualBudget: 145951, ytdActual: null });
    expect(t!.rows.filter((r) => r.kind === "subtotal" || r.kind === "total").length).toBeGreaterThanOrEqual(5);
  });
  it('"Proposed FY 2016" beside "Estimated FY 2015" and earlier years\' actuals, the estimate with no actual of its year beside it: the proposed year is the budget set (Town of Cary operating expense)', () => {
    const [t] = budgets('town-of-cary-general-fund-operating-expense-fy2016-proposed');
    expect(roles(t!)).toMatchObject({ annualBudget: 9 });
  });
});

test('"Level of Risk – likelihood and consequence" over "High: risk of serious injury." is the grade, a word and then why; the register is read (Nevis Canoe Club, holdout 109)', () => {
  expect(riskMeasureOf('Level of Risk – likelihood and consequence')).toBe('score');
  const register = firstRegister('nevis-canoe-club-risk-assessment-2024-06');
  expect(register.risks.slice(0, 3).map((r) => r.scores.current?.grade)).toEqual(['High', 'Medium', 'High']);
});

describe('an accounting system\'s monthly report, "MONTH | YEAR" over "TO DATE | TO DATE" (Todd County School District, holdout 113)', () => {
  const id = 'todd-county-school-district-monthly-report-general-fund-p10-fy2017';
  it('"MONTH" over "TO DATE" is the month\'s figure, context; "YEAR" over "TO DATE" is the actual to date', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 0, ytdActual: 3, annualBudget: 4, remaining: 5 });
    expect(t!.rows.find((r) => r.label === 'GENERAL REAL PROPERTY TAX')).toMatchObject({ kind: 'line', code: '1111', ytdActual: 1284314.8, annualBudget: 1250000 });
  });
  it('the rule of underscores printed under the header is no line, even with a blank row between them', () => {
    const f = fixture(id);
    const sheet = f.sheets[0]!;
    const spaced = { ...f, sheets: [{ ...sheet, rows: [...sheet.rows.slice(0, 4), [], ...sheet.rows.slice(4)] }] };
    const t = analyseWorkbook(workbookOf(spaced)).tables.find((x): x is BudgetTable => x.kind === 'budget')!;
    expect(t.rows.some((r) => r.label?.startsWith('___'))).toBe(false);
  });
  it('"AVAILABLE BUDGET" agrees with the appropriation less the year to date on every line: no note doubting it, no error', () => {
    const a = analyseFixture(fixture(id));
    expect(a.notes.filter((n) => n.includes('AVAILABLE'))).toEqual([]);
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
});

describe('registers from holdout 112', () => {
  it('"Init L | Init S | Init Risk" and "Res L | Res S | Residual Risk": slots cut short before a measure\'s letter (Elan Health hazard log)', () => {
    expect([riskMeasureOf('Init L'), slotOf('Init L')]).toEqual(['likelihood', 'inherent']);
    expect([riskMeasureOf('Res S'), slotOf('Res S')]).toEqual(['consequence', 'residual']);
    const r = firstRegister('elan-health-joint-journey-hazard-log-2026-07');
    expect(r.risks[0]!.scores.inherent).toMatchObject({ likelihood: 3, consequence: 3, score: 9, grade: 'Unacceptable' });
    expect(r.risks[0]!.scores.residual).toMatchObject({ likelihood: 2, consequence: 2, score: 4 });
  });
  it('"Item | P | I | Risk (P*I)" on a scale to 100 that every score bears out: read on its own scale, not graded, no out-of-range alarm; the formula\'s zeros under it are no risks (CU Boulder ECEN 3753)', () => {
    const a = analyseFixture(fixture('cu-boulder-ecen3753-harkonnen-pong-risk-register-2022-04'));
    const r = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(r.risks.map((x) => x.scores.current?.score)).toEqual([10, 24, 39, 1, 100]);
    expect(r.risks.every((x) => x.scores.current?.grade === null && x.scores.inherent === null)).toBe(true);
    expect(a.checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
  it('a rating beyond 5 on one risk alone is still out of range on a 5x5 register', () => {
    const grids = { sheets: [{ name: 'Risks', visibility: 'visible' as const, values: [['Ref', 'Risk', 'Likelihood', 'Impact', 'Score'], ['R1', 'Flooding of the store', 3, 4, 12], ['R2', 'Loss of key staff', 8, 2, 16], ['R3', 'Cyber attack', 2, 5, 10]] }] };
    expect(analyseWorkbook(grids).checks.map((c) => c.code)).toContain('out_of_range');
  });
  it('items ranked by a priority alone, no risk named in the header, are a plan of actions, not a register (Rowlands Castle PC)', () => {
    expect(analyseFixture(fixture('rowlands-castle-pc-priorities-action-plan-2016-12')).tables).toEqual([]);
  });
});

test('a register whose likelihoods are probabilities ("Prob" over 0.85, 0.41), its words beside them, is read on the probabilities, multiplied as printed and graded by no band, not read as ratings on a 5x5 matrix (Deakin SIT374, holdout 112)', () => {
  const a = analyseFixture(fixture('deakin-sit374-xyz-project-risk-register-2018-03'));
  const [register, ...more] = a.tables.filter((t): t is RiskRegister => t.kind === 'risk');
  expect(more).toEqual([]);
  expect(register!.shareScales).toEqual(['likelihood']);
  expect([register!.risks[0]!.scores.current, register!.risks[0]!.scores.residual].map((s) => [s?.likelihood, s?.consequence, s?.score, s?.grade])).toEqual([[0.85, 4, 3.4, null], [0.3, 4, 1.2, null]]);
  expect(a.notes.some((n) => n.includes('as shares of one'))).toBe(true);
  expect(a.checks.filter((c) => c.severity !== 'info')).toEqual([]);
});

describe('a board\'s risk report with its registers between paragraphs (Leeds Community Healthcare, holdout 110)', () => {
  const id = 'leeds-community-healthcare-nhs-trust-significant-risks-report-2025-09';
  it('the update printed under a risk, and the report\'s paragraphs between its tables, are no risks', () => {
    const registers = analyseFixture(fixture(id)).tables.filter((t): t is RiskRegister => t.kind === 'risk');
    expect(registers.map((r) => r.risks.length)).toEqual([2, 16]);
  });
  it('the matrix counting all risks by likelihood and consequence under the second register ("| 1 - Rare | 2 - Unlikely | …") ends it, and no count is read as a score', () => {
    const a = analyseFixture(fixture(id));
    const second = a.tables.filter((t): t is RiskRegister => t.kind === 'risk')[1]!;
    expect(second.risks[second.risks.length - 1]!.ref).toBe('1336');
    // The first register has no reference column: each risk's Datix number leads its title.
    const first = a.tables.filter((t): t is RiskRegister => t.kind === 'risk')[0]!;
    expect(first.risks.map((r) => r.ref)).toEqual(['1048', '1179']);
    expect(first.risks[0]!.title).toMatch(/^Mind Mate SPA/);
    expect(a.checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
});

describe('a table under a line stating the year\'s budget and its sum (Canterbury CC cost of services, Kent PCC, holdout 110)', () => {
  it('"The net budget requirement for 2021/22 was estimated at £17,563,000" over a column totalling £17,563,000: that column, "Net cost 21/22", is the year\'s budget; the gross and the income beside it are context', () => {
    const [t] = budgets('canterbury-city-council-cost-of-services-2021-22');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 3 });
  });
  it('"gross budget of £458.7 million for 2023/24" over "Source | £m" totalling 458.7: the £m column is the budget', () => {
    const [t] = budgets('kent-pcc-setting-the-police-budget-2023-24');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1 });
    expect(t!.rows.find((r) => r.label === 'Central government grants')).toMatchObject({ annualBudget: 249.1 });
  });
  it('where no total comes to the sum the line states, nothing is read: the sentence alone names no column', () => {
    const f = fixture('kent-pcc-setting-the-police-budget-2023-24');
    const sheet = f.sheets[0]!;
    const rows = sheet.rows.map((r, i) => (i === 0 ? ['The PCC is responsible for the Kent Police gross budget of £460.2 million for 2023/24.'] : r));
    expect(analyseWorkbook(workbookOf({ ...f, sheets: [{ ...sheet, rows }] })).tables.filter((t) => t.kind === 'budget')).toEqual([]);
  });
});

test('a BAF summary whose header runs over three lines ("Current" over "Score" over "(Jun 2025)", "Ref" on the middle line) reads its risks, under the trust\'s matrix (Leeds Community Healthcare BAF 2025/26, holdout 114)', () => {
  const r = firstRegister('leeds-community-healthcare-nhs-trust-baf-2025-26-summary-2025-06');
  expect(r.risks.map((x) => x.ref)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  expect(r.risks[0]!.scores.current).toMatchObject({ score: 16 });
  expect(r.risks[0]!.scores.target).toMatchObject({ score: 12 });
});

describe('a trust\'s key financial targets, money and percentages in one table (Leeds Community Healthcare annual report 2024-25, holdout 114)', () => {
  const id = 'leeds-community-healthcare-nhs-trust-annual-report-key-financial-targets-2024-25';
  it('"Plan | Outturn | Variance" over "£1,000k" lines and "95%" rows: the money lines are read, the rates left out as measures', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, forecastOutturn: 2, forecastVariance: 3 });
    expect(t!.rows.filter((r) => r.kind === 'line').map((r) => r.label)).toEqual(['Surplus on income and expenditure', 'Remain within Capital Resource Limit*', 'Agency']);
  });
  it('"Achieved" over ticks is whether each target was met, not an actual: no "✓ is not a number" alarm', () => {
    const a = analyseFixture(fixture(id));
    expect(a.checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
});

test('last year\'s approved budget and its actual to December, then "Preliminary Budget 2017-2018" and only its "Proposed Changes" after it: the page sets next year\'s budget (Town of Bluefield VA, holdout 124)', () => {
  const [t] = budgets('town-of-bluefield-va-annual-budget-general-fund-2017-18');
  expect(roles(t!)).toEqual({ label: 1, annualBudget: 5 });
  expect(t!.rows.find((r) => r.label === 'Real Estate - Current')).toMatchObject({ code: '001-010-3110', annualBudget: 578000, ytdActual: null });
});

describe('a makerspace\'s laser cutter risk assessment (Makespace Cambridge, holdout 123)', () => {
  const id = 'makespace-cambridge-laser-cutter-risk-assessment-undated';
  it('its key is the sentence under the table, each band\'s name in brackets after its range ("1-4(Low), 5-9(Moderate)")', () => {
    const r = firstRegister(id);
    expect(r.risks.find((x) => x.ref === '1')!.scores.inherent).toMatchObject({ score: 4, grade: 'Low' });
    expect(r.risks.find((x) => x.ref === '2a')!.scores.inherent).toMatchObject({ score: 8, grade: 'Moderate' });
  });
  it('a reference run into its hazard\'s name ("2a.Laser (burns)") is split from it', () => {
    expect(firstRegister(id).risks.find((x) => x.ref === '2a')!.title).toBe('Laser (burns)');
  });
});

describe('a programme board\'s savings slide (an NHS community trust\'s PMB month 8, holdout 125)', () => {
  const id = 'unnamed-community-nhs-trust-pmb-savings-programme-m8-2014';
  it('each variance column runs its own way round: the year to date as plan less actual on every line, the forecast as forecast less plan; only the total\'s year-to-date variance, printed the other way, is wrong', () => {
    const a = analyseFixture(fixture(id));
    expect(a.checks.filter((c) => c.severity === 'error').map((c) => `${c.code} ${c.row + 1}:${c.col + 1}`)).toEqual(['reported_variance_mismatch 22:8']);
  });
  it('a row of figures whose name was lost, adding up nothing above it, is a line of the programme, and the total adds it', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.row === 19)).toMatchObject({ kind: 'line', label: null, annualBudget: 531 });
    expect(t!.rows.find((r) => r.row === 21)).toMatchObject({ kind: 'total' });
  });
});

test('"HAZARD | CONTROLS MEASURES IN PLACE | RISK FACTOR | FURTHER CONTROL MEASURES" graded in words ("High /Medium") between the controls in place and those to come: the current grade, the header repeated section by section (ACES football tournament, holdout 123)', () => {
  expect(riskMeasureOf('RISK FACTOR')).toBe('score');
  const r = firstRegister('aces-football-tournament-event-risk-assessment-undated');
  expect(r.risks[0]!.scores.current).toMatchObject({ score: null });
  expect(r.risks[0]!.scores.current!.grade).toMatch(/high/i);
  expect(r.risks.some((x) => x.title === 'HAZARD')).toBe(false);
});

test('"in-kind contribution" said on several lines in place of a figure leaves "Approved amount" a column of figures, not of names (DBpedia GlobalFactSyncRE grant finances, holdout 127)', () => {
  const [t] = budgets('dbpedia-globalfactsyncre-wmf-project-grant-finances-2020');
  expect(roles(t!)).toMatchObject({ label: 0, annualBudget: 1, ytdActual: 2 });
  expect(t!.rows.find((r) => r.label === 'Travel to Wikimania 2019')).toMatchObject({ kind: 'line', annualBudget: null, ytdActual: null });
  expect(analyseFixture(fixture('dbpedia-globalfactsyncre-wmf-project-grant-finances-2020')).checks.filter((c) => c.severity !== 'info')).toEqual([]);
});

describe('an accounting package\'s board summary, "Dec 2021 | US only | approved Bud | Variance" beside "YTD US Only | approved Bud | $ Over Budget" (OWASP Foundation, holdout 128)', () => {
  const id = 'owasp-foundation-board-summary-pl-2021-12';
  it('a column with no measure word before a budget and a variance that is it less that budget is the actual; under "YTD" the three are the year to date, under the month\'s name that month\'s, context', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toMatchObject({ ytdActual: 8, ytdBudget: 9, ytdVariance: 10 });
    expect(roles(t!)).not.toHaveProperty('annualBudget');
    expect(t!.rows.find((r) => r.label === 'Conference Income')).toMatchObject({ ytdActual: 919183.11, ytdBudget: 875932.5 });
  });
  it('with the variances changed so they no longer follow from the figures, nothing is taken for the actual', () => {
    const f = fixture(id);
    const sheet = f.sheets[0]!;
    const rows = sheet.rows.map((r, i) => (i >= 4 && r && typeof r[10] === 'number' ? r.map((v, c) => (c === 10 || c === 6 ? 1 : v)) : r));
    const t = analyseWorkbook(workbookOf({ ...f, sheets: [{ ...sheet, rows }] })).tables.find((x): x is BudgetTable => x.kind === 'budget');
    expect(t?.columns.some((c) => c.role === 'ytdActual') ?? false).toBe(false);
  });
});

test('"2024 Actual | 2025 Planned | Delta %": a plan headed with its year beside an earlier year\'s actual is the next year\'s budget, the actual context (FreeCAD Project Association, holdout 128)', () => {
  const [t] = budgets('freecad-project-association-financial-plan-2025');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 2 });
  expect(t!.rows.find((r) => r.label === 'Events')).toMatchObject({ annualBudget: 10500, ytdActual: null });
});

test('a key printed beside the matrix on another sheet ("1-5 Negligible risk", "6-10 Tolerable risk", "11-25 Intolerable risk") grades the register, not the NPSA preset (University of Bristol EEE student project risk assessment, holdout 130)', () => {
  const id = 'uob-eee-ppp-group-25-audio-camera-risk-assessment-2023-04';
  const register = firstRegister(id);
  expect(register.scheme).toMatchObject({ id: 'workbook', source: { sheet: 'Risk Matrix' } });
  expect(register.scheme.bands.map((b) => `${b.name} ${b.min}-${b.max}`)).toEqual(['Negligible 1-5', 'Tolerable 6-10', 'Intolerable 11-25']);
  // "Frequency 2 x Consequence 4 = 8": Tolerable on the workbook's key (Moderate on NPSA's).
  expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 2, consequence: 4, score: 8, grade: 'Tolerable' });
  expect(register.risks[0]!.scores.residual).toMatchObject({ score: 10, grade: 'Tolerable' });
});

test('numbered notes under a budget, one of them dated ("1) journal ad and phone-book listing, 2012 rates"), hold no figure and are no table; the budget above is read (Colorado Springs Friends Meeting final budget 2012, holdout 132)', () => {
  const tables = budgets('colorado-springs-friends-meeting-final-budget-2012');
  expect(tables.map((t) => t.headerRows[0])).toEqual([4]);
  expect(roles(tables[0]!)).toMatchObject({ label: 1, annualBudget: 37 });
  expect(tables[0]!.rows.find((r) => r.label === 'Rent')).toMatchObject({ annualBudget: 1320 });
});

test('"Hazard | Risk | Affected Parties | Control Measures | Resulting Risk" graded in words: "Risk" is the grade before the controls (inherent), "Resulting Risk" after them (residual); the table of who does what under it ("Activity | Responsible", "EMF") is no more risks (EMF Camp event management plan, holdout 132)', () => {
  const analysis = analyseFixture(fixture('emf-camp-event-management-plan-risk-assessments-2022-05'));
  const registers = analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk');
  expect(registers.map((r) => [r.headerRows[0], r.risks.length])).toEqual([[4, 12], [32, 6]]);
  expect(registers[0]!.risks[0]!.scores.inherent).toMatchObject({ grade: 'Moderate' });
  expect(registers[0]!.risks[0]!.scores.residual).toMatchObject({ grade: 'Low' });
  expect(registers[0]!.risks.some((r) => r.title === 'Temporary electrical installation')).toBe(false);
});

test('"Budgeted Deliveries | Budgeted Revenue | Actual Deliveries | Actual Revenue": the deliveries (acre-feet of water) are counts, not money; the revenue budget and actual are read, with the revenue variance (San Juan Water District wholesale customers, holdout 131)', () => {
  const [t] = budgets('san-juan-water-district-wholesale-deliveries-revenue-h1-2023-24');
  expect(roles(t!)).toMatchObject({ label: 0, ytdBudget: 2, ytdActual: 4, ytdVariance: 7 });
  expect(t!.columns.some((c) => c.col === 1 || c.col === 3)).toBe(false);
  // (The variance is worked out, 164,460 less 160,368; the sheet prints $4,091, rounded from cents.)
  expect(t!.rows.find((r) => r.label === 'City of Folsom')).toMatchObject({ ytdBudget: 160368, ytdActual: 164460, ytdVariance: 4092 });
});

test('"Revised Budget | YTD Activity": the year\'s budget and the actual to date; the fund balance blocks ("BEGINNING FUND BALANCE, JULY 1" over "Uncommitted | Committed | Restricted") are balances, not lines, and no total adds them (Los Rios Community College District general fund statement, holdout 131)', () => {
  const analysis = analyseFixture(fixture('los-rios-ccd-general-fund-statement-q3-2023-24'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 2 });
  expect(t!.rows.find((r) => r.label === 'BEGINNING FUND BALANCE, JULY 1')).toMatchObject({ kind: 'section' });
  expect(t!.rows.some((r) => r.label === 'Uncommitted' || r.label === 'TOTAL BEGINNING FUND BALANCE')).toBe(false);
  expect(t!.rows.find((r) => r.label === 'Total Computational Revenue')).toMatchObject({ kind: 'line', annualBudget: 406282002, ytdActual: 243920393 });
  expect(t!.rows.find((r) => r.label === 'TOTAL GENERAL PURPOSE')).toMatchObject({ kind: 'subtotal' });
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

describe('an accounting package\'s profit and loss by month, "Actuals" merged over January to October and "Projected" over November and December, a "Total" beside them (OWASP Foundation FY23 actuals and projections, holdout 133)', () => {
  const id = 'owasp-foundation-fy24-draft-budget-fy23-actuals-projections-2023-12';
  it('the months headed as actuals are added up for the actual to date; the total of all twelve, actuals and projection, is the forecast for the year', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toMatchObject({ label: 0, ytdActual: 10, forecastOutturn: 13 });
    expect(t!.columns.find((c) => c.role === 'ytdActual')!.adds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const registrations = t!.rows.find((r) => r.label === 'Registrations')!;
    expect(registrations.ytdActual).toBeCloseTo(986764.23, 2);
    expect(registrations.forecastOutturn).toBeCloseTo(1184117.076, 3);
  });
  it('a parent account showing only its formulas\' noughts ("Travel | 0 | 0 | 0") heads the accounts "Total Travel" adds, and "Total General & Admin - Operations" closes its own heading\'s block, "Total Travel" counted once inside it', () => {
    const analysis = analyseFixture(fixture(id));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    // (Row 69: the "Travel" under Community Outreach, row 30, is an account with figures of its own.)
    expect(t!.rows.find((r) => r.row === 68)).toMatchObject({ kind: 'section' });
    expect(t!.rows.find((r) => r.label === 'Total Travel')).toMatchObject({ kind: 'subtotal' });
    expect(t!.rows.find((r) => r.label === 'Total General & Admin - Operations')).toMatchObject({ kind: 'subtotal' });
    expect(analysis.checks.filter((c) => c.code === 'subtotal_mismatch' || c.code === 'total_mismatch')).toEqual([]);
  });
});

describe('a city\'s departmental obligations printed over two pages, each under the table\'s heading and its five-line header, a footnote between (City of Philadelphia QCMR Table O-2, holdout 133)', () => {
  const id = 'city-of-philadelphia-qcmr-departmental-obligations-fy23-q2';
  it('the second page\'s lines go on the first page\'s table, and "TOTAL GENERAL FUND" adds both', () => {
    const analysis = analyseFixture(fixture(id));
    const tables = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.find((r) => r.label === 'Streets')).toMatchObject({ kind: 'line' });
    expect(tables[0]!.rows.find((r) => r.label === 'TOTAL GENERAL FUND')).toMatchObject({ kind: 'total' });
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
  it('"Finance - Employee Benefits *", the sum of the thirteen benefits printed under it, stands for them: the total counts them once', () => {
    const [t] = budgets(id);
    const benefits = t!.rows.find((r) => r.label?.startsWith('Finance - Employee Benefits'))!;
    expect(benefits.kind).toBe('subtotal');
    // (Its footnote's mark, " *", is no part of its name.)
    expect(benefits.label).toBe('Finance - Employee Benefits');
    expect(t!.rows.find((r) => r.label === 'Pension')).toMatchObject({ kind: 'line' });
  });
  it('names wrapped over three rows ("ORIGINAL" over "ADOPTED" over "BUDGET"), in a header that merges what it spans ("CURRENT PROJECTION" over two variances): each is its own column\'s; "(OVER) UNDER" over "TARGET BUDGET" is the variance from it, and of two variances the one against the budget read is read', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toMatchObject({ label: 0, ytdBudget: 2, ytdActual: 3, ytdVariance: 4, annualBudget: 6, forecastOutturn: 7, forecastVariance: 9 });
    expect(t!.rows.find((r) => r.label === 'Streets')).toMatchObject({ annualBudget: 161849826, forecastOutturn: 161849826 });
  });
});

test('"ACTUAL | BUDGET" under "INCOME/EXPENSE STATEMENT July 4, 2011 – July 1, 2012": a statement of the whole year, its budget the year\'s; the balance sheet printed under it is no part of it (East End Food Co-op treasurer\'s report, holdout 136)', () => {
  const [t] = budgets('east-end-food-coop-treasurers-report-income-expense-2011-12');
  expect(roles(t!)).toMatchObject({ label: 0, ytdActual: 1, annualBudget: 3 });
  expect(t!.rows.find((r) => r.label === 'Sales')).toMatchObject({ ytdActual: 8546539, annualBudget: 8523072 });
  expect(t!.rows.some((r) => r.label === 'Current Assets' || r.label === 'Total Assets')).toBe(false);
});

test('"Outturn Overspend | Outturn Underspend" is the variance split over two columns: neither is read as the variance, which is worked out; the columns numbered "1 | 2 | 3 | 4" under the names are the header\'s, not a line (Bath and North East Somerset provisional outturn 2003/04, holdout 134)', () => {
  const analysis = analyseFixture(fixture('bath-north-east-somerset-provisional-revenue-outturn-variances-2003-04'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(roles(t!)).toEqual({ label: 0, forecastOutturn: 1, annualBudget: 2 });
  expect(t!.headerRows).toEqual([3, 4, 5]);
  expect(t!.rows.find((r) => r.label === 'Total - Transportation and Highways')).toMatchObject({ kind: 'subtotal', forecastVariance: 78 });
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a register of one risk a page, its two-row header ("Risk if no action | Current risk" over "Impact | Likelihood | Score") printed again on every page under a footer: every risk is read, the header rows are no risks, "Risk if no action" is the inherent slot (Fenland District Council corporate risk register, holdout 135)', () => {
  const register = firstRegister('fenland-dc-corporate-risk-register-2020');
  expect(register.risks).toHaveLength(20);
  expect(register.risks.map((r) => r.ref).slice(0, 3)).toEqual(['9', '4', '6']);
  expect(register.risks[0]!.scores.inherent).toMatchObject({ consequence: 5, likelihood: 4, score: 20 });
  expect(register.risks[0]!.scores.current).toMatchObject({ consequence: 4, likelihood: 4, score: 16 });
  expect(register.columns.find((c) => c.role === 'inherentScore')).toBeDefined();
});

test('a school district\'s summary: "Revenue" over the names beside "Total Uncollected | Percent Uncollected" is read (the expenditure table\'s percentages further down are not this table\'s figures without a heading); "Available Budget" beside "Total Encumbered" is the budget less the actual and what is committed, left unchecked; "Fund Balance - July 1, 2009" is a balance, not a line (Troy School District, holdout 138)', () => {
  const analysis = analyseFixture(fixture('troy-school-district-summary-revenue-expense-budget-report-2010-01'));
  const tables = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(tables.map((t) => [t.sheet, t.headerRows[0]])).toEqual([['General Fund', 5], ['General Fund', 12], ['Special Revenue', 5], ['Special Revenue', 12]]);
  expect(roles(tables[3]!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 2 });
  expect(tables[3]!.rows.some((r) => r.label?.startsWith('Fund Balance'))).toBe(false);
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a county ledger\'s budget to actuals: eight-digit commitment items before the names ("10111000 REGULAR EMPLOYEES") are codes; "30 - OTHER CHARGES" rolls up the lines whose codes start "30", however few; "*EXPENDITURE ACCOUNTS*" and "***TOTAL***" between asterisks are sums (Fair Oaks Recreation and Park District, holdout 137)', () => {
  const analysis = analyseFixture(fixture('fair-oaks-rpd-budget-to-actuals-p7-2026-01'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(t!.rows.find((r) => r.code === '10111000')).toMatchObject({ label: 'REGULAR EMPLOYEES', kind: 'line' });
  const otherCharges = t!.rows.find((r) => r.label === 'OTHER CHARGES')!;
  expect(otherCharges).toMatchObject({ code: '30', kind: 'subtotal' });
  expect(t!.rows.find((r) => r.label === '*REIMBURSEMENT ACCOUNTS*')).toMatchObject({ kind: 'subtotal' });
  expect(t!.rows.find((r) => r.label === '***TOTAL***')).toMatchObject({ kind: 'total' });
  expect(analysis.checks.filter((c) => c.sheet === 'Budget to Actuals' && (c.code === 'subtotal_mismatch' || c.code === 'total_mismatch'))).toEqual([]);
});

test('"Budget | Actual | %" under "NON-TAX REVENUE REPORT 50% of FY": the bare "%" is the actual as a share of the budget on every line, so the budget is the year\'s (Fair Oaks Recreation and Park District non-tax revenue, holdout 137)', () => {
  const t = budgets('fair-oaks-rpd-budget-to-actuals-p7-2026-01').find((x) => x.sheet === 'Non-Tax Revenue')!;
  expect(roles(t)).toMatchObject({ annualBudget: 2, ytdActual: 3 });
  expect(roles(t).ytdBudget).toBeUndefined();
  expect(t.rows.find((r) => r.row === 3)).toMatchObject({ annualBudget: 704004, ytdActual: 122293 });
});

test('"Category | Item" down a statement, "Revenue", "Expense" and "Surplus" repeated beside items that differ line by line: the items are the lines\' names (City of Toronto consolidated statement of operations 2024, holdout 133)', () => {
  const [t] = budgets('city-of-toronto-consolidated-statement-of-operations-2024');
  expect(roles(t!)).toMatchObject({ label: 1, annualBudget: 2, ytdActual: 3 });
  expect(t!.rows.find((r) => r.label === 'Government transfers')).toMatchObject({ kind: 'line', annualBudget: 4709, ytdActual: 4669 });
});

test('"2012 | 2013 | 2014" over "Act | Act | Bud" over "£\'000": the abbreviations under their years are the earlier years\' actuals and the coming year\'s budget, which the paper sets (an unnamed parish church\'s treasurer\'s report, holdout 141)', () => {
  const [t] = budgets('unnamed-uk-parish-church-treasurers-report-general-fund-income-2014-04');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 3 });
  expect(t!.rows.find((r) => r.label === 'Standing Orders')).toMatchObject({ annualBudget: 113.4 });
});

test('a finance system\'s budget revision: its title on the top row ("Budget Revision Summary") names no column; "Approved Budget | Increase (Decrease) | Revised Budget" sets the year\'s budget as revised; "8010-8099 LCFF Sources" is a range of object codes and a name (Sacramento County Office of Education, holdout 139)', () => {
  const tables = budgets('sacramento-coe-budget-revision-1-summary-2025-26');
  const summary = tables.find((t) => t.sheet === 'Summary')!;
  expect(summary.headerRows).toEqual([5, 6]);
  expect(roles(summary)).toEqual({ label: 0, annualBudget: 3 });
  expect(summary.rows.find((r) => r.code === '8010-8099')).toMatchObject({ label: 'LCFF Sources', annualBudget: 37405429 });
});

test('"Planned" over "Expenditures" beside "Estimated" over "Actuals": what is planned to be spent is the budget, the estimate of the actuals the forecast (Sacramento County Office of Education mid-year LCAP expenditure, holdout 139)', () => {
  const [t] = budgets('sacramento-coe-midyear-lcap-expenditure-2024-25');
  expect(roles(t!)).toMatchObject({ label: 1, annualBudget: 2, forecastOutturn: 3 });
  expect(t!.rows.find((r) => r.label === 'English Language Development')).toMatchObject({ annualBudget: 494303, forecastOutturn: 503075 });
});

describe('a state school-finance form, its header over nine lines ending in the columns\' keys "(A) | Budget | (C) | (D) | (E)" (Sacramento COE first interim Form 01I, holdout 139; San Juan USD second interim, holdout 137)', () => {
  it('the bracketed keys are no ratings ("(C)" is the third column, not a consequence): it is read as a budget, not a register', () => {
    const analysis = analyseFixture(fixture('sacramento-coe-first-interim-form-01i-2025-26'));
    expect(analysis.tables.map((t) => t.kind)).toEqual(['budget']);
  });
  it('"TOTAL, OTHER FINANCING SOURCES/USES" is the lines named for the side taken away ("Transfers Out", "Uses") less the rest', () => {
    const analysis = analyseFixture(fixture('sacramento-coe-first-interim-form-01i-2025-26'));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    const total = t!.rows.find((r) => r.label?.includes('TOTAL, OTHER FINANCING SOURCES/USES'))!;
    expect(total.kind).toBe('subtotal');
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
  it('"3) Contributions" under "Other Sources/Uses" names neither side: its variance printed as a source\'s is no error', () => {
    const analysis = analyseFixture(fixture('san-juan-usd-second-interim-form-01i-unrestricted-2020-21'));
    expect(analysis.checks.filter((c) => c.code === 'reported_variance_mismatch')).toEqual([]);
  });
});

test('a transit district\'s statement: "INCREASE/(DECREASE) IN NET POSITION" is a result, more being better, and "Capital Grants and Local Contributions" income, so their favourable variances are the actual less the budget (Denver RTD monthly financial status, holdout 140)', () => {
  const analysis = analyseFixture(fixture('denver-rtd-monthly-financial-status-base-system-2014-12'));
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('after a gap, the lines\' names again in order ("Fares | Sales and Use Tax | Grants | Other | Total") over two unheaded columns of variances: the same lines\' other figures, not more lines, and the table\'s "Total" stays its total (Denver RTD Q1 2024 financial update, holdout 140)', () => {
  const analysis = analyseFixture(fixture('denver-rtd-q1-financial-update-revenue-expenditures-2024-06'));
  const [revenue] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(revenue!.rows.filter((r) => r.label === 'Fares')).toHaveLength(1);
  expect(revenue!.rows.find((r) => r.label === 'Total')).toMatchObject({ kind: 'total', ytdActual: 245114 });
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

describe('a school district\'s budget amendment slides and fund statements (Troy School District business services update, holdout 140)', () => {
  const id = 'troy-school-district-business-services-update-budget-amendments-2015-12';
  it('"Original Budget | Budget Amendment #1": the amended budget is the year\'s', () => {
    const t = budgets(id).find((x) => x.sheet === 'GF Revenue')!;
    expect(roles(t)).toMatchObject({ annualBudget: 3 });
    expect(roles(t).ytdBudget).toBeUndefined();
  });
  it('"Fund Balance - Beginning of Year" is a balance, and "Total Expenditures" closes the block its heading "EXPENDITURES:" opened, "Total Capital Outlay" inside it', () => {
    const analysis = analyseFixture(fixture(id));
    const t = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget').find((x) => x.sheet === 'Capital Projects Fund')!;
    expect(t.rows.some((r) => r.label?.startsWith('Fund Balance'))).toBe(false);
    expect(analysis.checks.filter((c) => c.severity === 'error' && c.sheet === 'Capital Projects Fund')).toEqual([]);
  });
});

test('"TOTAL OTHERS FINANCING SOURCES & USES" over transfers in and out, the outs printed negative: the sum of its lines, not of the table above (Sacramento COE adopted budget 2025-26, holdout 139)', () => {
  const analysis = analyseFixture(fixture('sacramento-coe-adopted-budget-summary-2025-26'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(t!.rows.find((r) => r.label === 'TOTAL OTHERS FINANCING SOURCES & USES')).toMatchObject({ kind: 'subtotal' });
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('"Final Total" under "Breakdown | Income | Exp & Projects" in a one-column parish budget: the income less the spending, the balance carried forward, not a sum of everything above (Ludford Parish Council budget/precept 2022/23, holdout 143)', () => {
  const analysis = analyseFixture(fixture('ludford-pc-budget-precept-2022-23'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(t!.rows.find((r) => r.label === 'Final Total')).toMatchObject({ kind: 'total', annualBudget: 291 });
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a water district\'s expense report over two pages, "Page 1 of 3" then the district\'s title and the header again: one table, and the section split by the page adds up over both (Fair Oaks Water District January 2026, holdout 142)', () => {
  const analysis = analyseFixture(fixture('fair-oaks-water-district-monthly-expense-report-2026-01'));
  expect(analysis.tables.filter((t) => t.kind === 'budget')).toHaveLength(1);
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('a park district\'s preliminary budget beside three earlier years: "FY22-23" is 2022/23 (not the year ending 2022), and "FY 25-26" under a "FY 24-25" carried over from the columns left of it is the year the paper sets, its budget read (Fair Oaks Recreation and Park District FY25-26 preliminary budget, holdout 142)', () => {
  const [t] = budgets('fair-oaks-rpd-general-fund-prelim-budget-comparison-2025-26');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 10 });
  expect(t!.rows.find((r) => r.code === '10111000')).toMatchObject({ label: 'REGULAR EMPLOYEE', annualBudget: 1568592 });
});

describe('a charter school fund\'s interim summary printed with its grid (San Juan USD, Choices Charter 2020-21 1st Interim Summary)', () => {
  const id = 'san-juan-usd-choices-charter-first-interim-summary-2020-21';
  it('the line of years under "Unaudited Actuals | 1st Interim | Projected Budget" is the header\'s: the interim revision is the year\'s budget, last year\'s actuals and the later years context', () => {
    const [t] = budgets(id);
    expect(t!.headerRows).toEqual([6, 7]);
    expect(roles(t!)).toEqual({ label: 1, annualBudget: 5 });
    expect(t!.rows.find((r) => r.label === 'Revenue Limit Source')).toMatchObject({ annualBudget: 3072600, code: '8010-8099' });
  });
  it('the sheet\'s printed row numbers and column letters head nothing; "Account Codes" right of the names hold ranges of a chart of accounts', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'Health & Welfare')).toMatchObject({ code: '34XX', annualBudget: 197537 });
    expect(t!.rows.find((r) => r.label === 'Other outgoing')).toMatchObject({ code: '7100-7299; 7400-7699' });
  });
  it('outline marks ("A. REVENUES", "1a.School Age Allocations", "F.1) BEG. FUND BAL.") are no part of a name, and the fund\'s balances are no lines', () => {
    const [t] = budgets(id);
    const labels = t!.rows.map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(['REVENUES', 'School Age Allocations', 'TOTAL EXPENDITURES']));
    expect(labels.some((l) => /^[A-Z1-9][a-z]?[.)]/.test(l ?? ''))).toBe(false);
    expect(t!.rows.filter((r) => r.kind === 'line' && /FUND BAL\./.test(r.label ?? ''))).toEqual([]);
  });
  it('an outline mark is a letter or number before a stop and a space, not the letters of a name run on ("U.S. Grants")', () => {
    expect(OUTLINE_MARK.test('U.S. Grants')).toBe(false);
    expect(OUTLINE_MARK.test('F.1) BEG. FUND BAL.')).toBe(true);
    expect(ACCOUNT_CODE_RANGE.test('1119 & 1909')).toBe(true);
    expect(ACCOUNT_CODE_RANGE.test('Salaries 2000')).toBe(false);
  });
});

test('"EBITDA" is a result, income less expenditure, its variance favourable when above plan as income\'s is (Salisbury NHS FT finance and contracting report, month 5 2016)', () => {
  const [t] = budgets('salisbury-nhsft-finance-contracting-report-m5-2016');
  const ebitda = t!.rows.find((r) => r.label === 'EBITDA')!;
  expect(ebitda.kind).toBe('subtotal');
  expect([ebitda.ytdBudget, ebitda.ytdActual, ebitda.ytdVariance]).toEqual([1491, 3383, 1892]);
  const report = analyseFixture(fixture('salisbury-nhsft-finance-contracting-report-m5-2016'));
  expect(report.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('"2017 $’000 | 2016 $’000 | 2017 Budget $’000": the year alone beside its budget is its actual, the year before context (Australian Public Service Commission, statement of comprehensive income 2016-17)', () => {
  const [t] = budgets('australian-public-service-commission-statement-of-comprehensive-income-2016-17');
  expect(roles(t!)).toEqual({ label: 0, ytdActual: 2, annualBudget: 4 });
  expect(t!.rows.find((r) => r.label === 'Suppliers')).toMatchObject({ ytdActual: 13007, annualBudget: 13876 });
  expect(t!.rows.find((r) => r.label === 'Total comprehensive income/(loss)')).toMatchObject({ kind: 'total', ytdActual: -604 });
});

test('each group\'s sum printed over its items ("Current payments" over its two, "Payments for capital assets" over its one) stands for them, so the TOTAL agrees (Gauteng COGTA appropriation statement 2019-20, note 4.2)', () => {
  const t = budgets('gauteng-cogta-appropriation-statement-2019-20').find((x) => x.sheet === 'Notes 4' && x.rows.some((r) => r.label === 'Current payments'))!;
  expect(t.rows.filter((r) => r.kind === 'subtotal').map((r) => r.label)).toEqual(['Current payments', 'Transfers and subsidies', 'Payments for capital assets']);
  const report = analyseFixture(fixture('gauteng-cogta-appropriation-statement-2019-20'));
  expect(report.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

describe('a project risk register kept on the US DOE marine energy template (Igiugig Village Council, RivGen, February 2017)', () => {
  const id = 'igiugig-village-council-rivgen-risk-register-r2-2017-02';
  it('"SEV | FRQ | RPN" under "Baseline Risk (before response)" and "Residual Risk (after response)" are the consequence, likelihood and score of each slot, and no budget', () => {
    const report = analyseFixture(fixture(id));
    expect(report.tables.map((t) => t.kind)).toEqual(['risk']);
    const register = firstRegister(id);
    expect(Object.fromEntries(register.columns.filter((c) => /Score|Likelihood|Consequence/.test(c.role)).map((c) => [c.role, c.col]))).toEqual({ inherentConsequence: 10, inherentLikelihood: 11, inherentScore: 12, residualConsequence: 17, residualLikelihood: 18, residualScore: 19 });
  });
  it('a category\'s code repeated down the risks ("3.3 Suppliers and vendors") is no reference; the risk goes by its name', () => {
    const register = firstRegister(id);
    expect(register.risks.find((r) => r.row === 10)!.ref).toBeNull();
  });
  it('an RPN beside a detection rating is severity times occurrence times detection, not read as likelihood times consequence', () => {
    const sheet = (rows: (string | null)[][]) => ({ name: 'FMEA', visibility: 'visible' as const, values: rows });
    const fmea = sheet([['Ref', 'Failure mode', 'SEV', 'FRQ', 'DET', 'RPN'], ['1', 'Seal leaks under ice load', '4', '3', '2', '24'], ['2', 'Cable abrades on the river bed', '3', '2', '3', '18']]);
    expect(riskHeaderAt(fmea, 0)?.columns.some((c) => c.role.endsWith('Score'))).toBe(false);
    const plain = sheet([['Ref', 'Failure mode', 'SEV', 'FRQ', 'RPN'], ['1', 'Seal leaks under ice load', '4', '3', '12'], ['2', 'Cable abrades on the river bed', '3', '2', '6']]);
    expect(riskHeaderAt(plain, 0)?.columns.find((c) => c.col === 4)?.role).toBe('currentScore');
  });
});

test('a line of questions under a register\'s header ("How big is the impact of the risk? Scale of 1 to 5", "How likely is the risk to occur?") is guidance, not a risk (Buddha Tech project risk log, February 2023)', () => {
  const register = firstRegister('buddha-tech-mock-system-project-risk-log-2023-02');
  expect(register.risks[0]!.row).toBe(2);
  expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 1, consequence: 5, score: 5 });
});

test('"Annual plan 2011/12 | Actual 2011/12 | LTP 2012/13 | Actual 2012/13": the long-term plan is this year\'s budget, last year\'s pair context (Wellington City Council funding impact statement 2012/13)', () => {
  const [t] = budgets('wellington-city-council-funding-impact-statement-whole-of-council-2012-13');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 3, ytdActual: 4 });
  expect(t!.rows.find((r) => r.label === 'Finance costs')).toMatchObject({ annualBudget: 22647, ytdActual: 22247 });
});

describe('a Canadian department\'s quarterly Statement of Authorities (Department of National Defence, quarter ended December 31, 2011)', () => {
  const id = 'department-of-national-defence-canada-qfr-statement-of-authorities-q3-2011-12';
  it('"Total available for use for the year ending March 31, 2012" is the year\'s budget (2011-12, not 2012), "Year to date used at quarter-end" its actual; the year before is context', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 3 });
    expect(yearIn('Total available for use for the year ending March 31, 2012')).toBe(2011);
  });
  it('"Vote 1– Net Operating expenditures": the vote is the line\'s code', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.code === 'Vote 1')).toMatchObject({ label: 'Net Operating expenditures', annualBudget: 15492837, ytdActual: 10391338 });
  });
});

test('"Current impact | Current likelihood | Risk score": the score with no slot of its own after the current pair is the current score, and there is no residual (Cairngorms NPA strategic risk register, November 2023)', () => {
  const register = firstRegister('cairngorms-npa-strategic-risk-register-2023-11');
  expect(register.columns.filter((c) => c.role.endsWith('Score')).map((c) => [c.role, c.col])).toEqual([['currentScore', 8], ['targetScore', 16]]);
  expect(register.risks[0]!.scores.residual).toBeNull();
  expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 3, consequence: 5, score: 15 });
});

test('"2017 Budget | Collected Through End of Month | Unanticipated Revenue | % | 2018 Budget | …": each year\'s block is of its year, and collected through the end of the month is to date (Mason County WA monthly financial report, January 2018)', () => {
  const [t] = budgets('mason-county-wa-current-expense-revenue-comparison-2018-01');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 5, ytdActual: 6 });
  expect(t!.rows.find((r) => r.label === 'Auditor')).toMatchObject({ annualBudget: 744371, ytdActual: 38230 });
});

describe('a regional district\'s budget round beside four adopted budgets (North Coast Regional District, 2019 Round 1, Administration)', () => {
  const id = 'north-coast-regional-district-administration-requisitions-budget-2019-round-1';
  it('"Change from 2018" beside "2018 Adopted Budget | 2019 Round 1 Budget": the paper sets 2019\'s budget', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 5 });
  });
  it('"Net Taxes Levied" under the last section adds up both sections\' lines; "Limit by law" and "Funding Remaining", restating it, are no lines', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'Net Taxes Levied')).toMatchObject({ kind: 'total', annualBudget: 450001 });
    expect(t!.rows.some((r) => r.label === 'Funding Remaining' || r.label === 'Limit by law')).toBe(false);
  });
});

test('"Account | Character Class | Class Description | Account Description": the eight-digit account headed as the code is each line\'s, not the class repeated down them (City of Oklahoma City FY2016 budget detail)', () => {
  const [t] = budgets('city-of-oklahoma-city-budget-detail-by-account-fy2016');
  expect(t!.rows[0]).toMatchObject({ code: '51000004', annualBudget: -3598 });
});

test('"Sum" before "Jan 2019 … Dec 2019", the months added up on every line, is no budget the months are measured against: the sheet, its plans and actuals told apart only by its blocks\' names, is not read rather than misread (Monero Konferenco 2019 budget workbook)', () => {
  const report = analyseFixture(fixture('monero-konferenco-budget-workbook-summary-2019'));
  expect(report.tables.filter((t) => t.kind === 'budget').flatMap((t) => (t as BudgetTable).columns.map((c) => c.role))).not.toContain('annualBudget');
});

describe('two tables side by side on one sheet, each with its own names (OWASP Foundation, FY23 Actuals & Projections)', () => {
  const id = 'owasp-foundation-fy24-draft-budget-fy23-actuals-projections-2023-12';
  it('the profit and loss export at the left and the year\'s budget by its own chart of accounts at the right are read apart', () => {
    const tables = budgets(id);
    expect(tables.map((t) => roles(t).label)).toEqual([0, 15]);
    expect(tables[1]!.rows.find((r) => r.label?.trim() === 'Fundraising')).toMatchObject({ annualBudget: 80000 });
    expect(tables[0]!.columns.some((c) => c.col >= 15)).toBe(false);
  });
  it('a page spread of the same lines, their names printed again level with themselves, stays one table (City of Tulsa operating budget FY2017)', () => {
    const sheets = workbookOf(fixture('city-of-tulsa-operating-budget-fy2017')).sheets;
    expect(sheets.map((s) => sideBySideSplit(s))).toEqual([null, null]);
  });
});

test('"Net Revenues" under "Total Revenues" and "Total Expenditures", in a budget read in one column, is their difference (City of Southlake budget book FY2023, Library Donation Fund)', () => {
  const [t] = budgets('city-of-southlake-tx-library-donation-fund-budget-fy2023');
  expect(t!.rows.find((r) => r.label === 'Net Revenues')).toMatchObject({ kind: 'subtotal', annualBudget: -3930 });
  const report = analyseFixture(fixture('city-of-southlake-tx-library-donation-fund-budget-fy2023'));
  expect(report.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('"Fund Balance - July 1" is a balance, and "Reconciliation of Budgetary Basis to GAAP Basis:" starts another statement (City of Greensboro CAFR FY2016, Cemetery Fund)', () => {
  const [t] = budgets('city-of-greensboro-nc-cemetery-fund-budget-and-actual-fy2016');
  const labels = t!.rows.map((r) => r.label);
  expect(labels).not.toContain('Fund Balance - July 1');
  expect(labels.some((l) => /^Reconciliation/.test(l ?? ''))).toBe(false);
});

describe('a charity\'s budget page of two tables, money in and money out (Wikimedia UK, 2010 Budget)', () => {
  const id = 'wikimedia-uk-budget-2010';
  it('"Cost (£)" under "Outgoing" on a page titled "2010 Budget" is what each line is budgeted to cost, so "Outgoing" is a table of its own', () => {
    const tables = budgets(id);
    expect(tables.map((t) => t.headerRows[t.headerRows.length - 1])).toEqual([6, 14]);
    expect(roles(tables[1]!)).toMatchObject({ annualBudget: 3 });
  });
  it('"???" and "~45,000" where a figure goes are lines whose figure cannot be read, and the totals over them are not checkable, never wrong', () => {
    const report = analyseFixture(fixture(id));
    expect(report.checks.filter((c) => c.code === 'not_a_number').map((c) => c.row + 1)).toEqual([8, 9, 10, 24]);
    expect(report.checks.filter((c) => c.severity === 'error' && c.code !== 'not_a_number')).toEqual([]);
    expect(budgets(id)[1]!.rows.find((r) => r.row === 23)).toMatchObject({ label: 'Restricted funds payable to WMF', kind: 'line' });
  });
});

test('"Project Authorization" beside "Actual: Prior Year | Current Year | Total to Date": the capital project\'s budget over its life against its actual to date (Cabarrus County, Cannon Memorial Library capital projects fund FY2011)', () => {
  const [t] = budgets('cabarrus-county-nc-cannon-memorial-library-capital-projects-fund-fy2011');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1, ytdActual: 4 });
  expect(t!.rows.find((r) => r.label === 'Investment earnings')).toMatchObject({ annualBudget: 198352, ytdActual: 198016 });
});

test('a line named with the year the page budgets, "2010 AGM (in addition to above)", is no budget column starting another table, however prose stands beside it (Wikimedia UK, 2010 Budget, with a Comments column)', () => {
  const varied = withCommentsColumn(fixture('wikimedia-uk-budget-2010'));
  const outgoing = analyseFixture(varied).tables.filter((t): t is BudgetTable => t.kind === 'budget')[1]!;
  expect(outgoing.rows.some((r) => r.label === '2010 AGM (in addition to above)')).toBe(true);
});

describe('an Australian agency\'s Portfolio Budget Statements table (National Capital Authority, budgeted expenses for Outcome 1, 2016-17)', () => {
  const id = 'national-capital-authority-pbs-budgeted-expenses-outcome-1-2016-17';
  it('"2016–17 Budget" among "Estimated actual" and three "Forward estimate" years is the year budgeted; the forward estimates are projections', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 2 });
  });
  it('"Total expenses for Program 1.2" restates the one block total above it; "Average staffing level (number)" is no money line', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'Total expenses for Program 1.2')).toMatchObject({ kind: 'subtotal', annualBudget: 24613 });
    expect(t!.rows.some((r) => /staffing/.test(r.label ?? ''))).toBe(false);
    expect(errorsIn(id)).toEqual([]);
  });
});

test('"Net Operating Balance", then "Add Depreciation" and "Less Capital Expenditure", then "Fiscal Balance": a government\'s results, more the better, the lines added and taken away as they say (Cook Islands quarterly financial report, September 2018)', () => {
  const [t] = budgets('cook-islands-mfem-quarterly-financial-report-q1-2018-09');
  expect(t!.rows.find((r) => r.label === 'Fiscal Balance')).toMatchObject({ kind: 'total', ytdActual: 4443 });
  expect(errorsIn('cook-islands-mfem-quarterly-financial-report-q1-2018-09')).toEqual([]);
});

test('the key printed after a register ("4 Assessment Guidance", then "Likelihood | Likelihood rating | | Severity | Severity rating" and its levels) is no more risks: words no scale reads where every risk had a number end the register (Student Robotics competition risk assessment, April 2022)', () => {
  const register = firstRegister('student-robotics-competition-risk-assessment-2022-04');
  expect(Math.max(...register.risks.map((r) => r.row + 1))).toBe(41);
  expect(analyseFixture(fixture('student-robotics-competition-risk-assessment-2022-04')).checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
});

test('"ACTUAL 2011 | name | VOTE NOTE | ACTUAL 2012 | MAIN EST 2012 | SUPP EST 2012": the Supplementary Estimates revise the Main, and are the year\'s budget; last year\'s actual left of the names is context (NZ Department of Internal Affairs, non-departmental appropriations 2011-12)', () => {
  const [t] = budgets('nz-department-of-internal-affairs-non-departmental-appropriations-2011-12');
  expect(roles(t!)).toMatchObject({ label: 1, ytdActual: 3, annualBudget: 5 });
  expect(t!.rows.find((r) => r.label === 'Community Development Scheme')).toMatchObject({ ytdActual: 3211, annualBudget: 3825 });
});

test('"Current Control Measures | Risk Rating | Additional Control Measures Required | Revised Risk Rating": the first rating is with the controls in place, the current one, not before them (BarCamp Canterbury risk assessment, 2022)', () => {
  const register = firstRegister('barcamp-canterbury-risk-assessment-2022-10');
  expect(register.columns.filter((c) => c.role.endsWith('Grade')).map((c) => c.role)).toEqual(['currentGrade', 'residualGrade']);
});

test('a service statement whose header, with its "£m" over it, is printed again at each page\'s top is read through as one table (Kent County Council finance monitoring report, Q3 2024-25, Appendix 1)', () => {
  const appendix = budgets('kent-county-council-finance-monitoring-report-q3-2024-25').filter((t) => t.sheet === 'Appendix 1');
  expect(appendix).toHaveLength(1);
  expect(errorsIn('kent-county-council-finance-monitoring-report-q3-2024-25')).toEqual([]);
});

test('a topic that does not apply ("1.4 | Investments | Not applicable to Souldern Parish Council") and a footnote\'s mark where a reference goes ("* | Diary = scheduled agenda item") are no risks, and the register goes on after them (Souldern Parish Council risk assessment, November 2023)', () => {
  const register = firstRegister('souldern-pc-risk-assessment-2023-11');
  const rows = register.risks.map((r) => r.row + 1);
  expect(rows).not.toContain(12);
  expect(rows).not.toContain(15);
  expect(Math.max(...rows)).toBeGreaterThan(20);
});

describe('a student society\'s QuickBooks-style budget over two printed pages (University of Toronto Engineering Society, operating budget January 2019)', () => {
  const id = 'university-of-toronto-engineering-society-operating-budget-2019-01';
  it('"5-1030 · Council & Ex Expenses": the account number, its dash included, is the code; the parent account with no figure heads the block its "Total 5-1030 · …" closes', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'EngSoc Retreat')).toMatchObject({ code: '5-1036' });
    expect(t!.rows.find((r) => r.label === 'Total 5-1030 · Council & Ex Expenses')?.sumOf?.map((x) => x + 1)).toEqual([30, 31, 32, 33, 34, 35, 36]);
  });
  it('the header printed again at page 2\'s top, with its line of versions under it, is read through; "Total Expense" closes "EXPENSES"', () => {
    expect(budgets(id)).toHaveLength(1);
    expect(errorsIn(id)).toEqual([]);
  });
});

test('a result restating the one sum above it is a sum standing for it: QuickBooks\'s "Gross Profit" under "Total Income" with no cost of sales, then "Net Operating Income" its difference from "Total Expenses"; "Net Income" restating "Net Profit" is the total (OWASP FY23 workbook; East End Food Co-op treasurer\'s report)', () => {
  const [pl] = budgets('owasp-foundation-fy24-draft-budget-fy23-actuals-projections-2023-12');
  expect(pl!.rows.find((r) => r.label === 'Gross Profit')).toMatchObject({ kind: 'subtotal' });
  expect(pl!.rows.find((r) => r.label === 'Net Operating Income')?.kind).not.toBe('line');
  const [coop] = budgets('east-end-food-coop-treasurers-report-income-expense-2011-12');
  expect(coop!.rows.filter((r) => r.kind === 'total').map((r) => r.label)).toEqual(['Net Income']);
});

test('"Inflation allocation to" over "2003/04 outturn": inflation added to a base budget is a change to it, not a forecast, in whichever header row "outturn" stands (Hampshire County Council, Policy and Resources base budget 2003/04, analysis of variations)', () => {
  const [t] = budgets('hampshire-cc-policy-resources-base-budget-2003-04');
  expect(roles(t!)).toMatchObject({ annualBudget: 8 });
  expect(t!.columns.map((c) => c.role)).not.toContain('forecastOutturn');
  expect(t!.rows.find((r) => r.label === 'Coroners')).toMatchObject({ annualBudget: 709 });
});

test('"Operating Result" under "Operating Revenue" and "Operating Expenses" is the table\'s result, the revenue less the expenses (Sunshine Coast Regional Council, financial performance report, September 2017, Table 1)', () => {
  const [t] = budgets('sunshine-coast-regional-council-operating-result-2017-09');
  expect(t!.rows.find((r) => r.label === 'Operating Result')).toMatchObject({ kind: 'total', annualBudget: 14256 });
  expect(errorsIn('sunshine-coast-regional-council-operating-result-2017-09')).toEqual([]);
});

test('a portfolio\'s heading printed again under its one service, with the same figures, is the portfolio\'s subtotal (an English district council\'s expenditure comparison, October 2012)', () => {
  const [t] = budgets('unnamed-district-council-expenditure-comparison-2012-10');
  expect(t!.rows.filter((r) => r.kind === 'subtotal').map((r) => [r.label, r.sumOf?.map((x) => x + 1)])).toEqual([
    ['CHIEF EXECUTIVE', [6]],
    ['CORPORATE MANAGEMENT & DRM', [9]],
  ]);
});

describe('a summary whose lines are an outline\'s items (Sacramento County Office of Education, budget revision 1 summary by link code, 2025-26; Troy School District budget amendments)', () => {
  it('"A. TOTAL REVENUES", "F. 1) Beginning Balance": the outline\'s letter, without its stop, is the line\'s code, not part of its name', () => {
    const linkCode = budgets('sacramento-coe-budget-revision-1-summary-2025-26').find((t) => t.sheet === 'LinkCode Summary')!;
    expect(linkCode.rows.slice(0, 2).map((r) => [r.code, r.label])).toEqual([['A', 'TOTAL REVENUES'], ['B', 'TOTAL EXPENDITURES']]);
  });
  it('"D. TOTAL OTHER FINANCING SOURCES/USES" is one item of the outline, not a total of the items above it', () => {
    const id = 'sacramento-coe-budget-revision-1-summary-2025-26';
    const linkCode = budgets(id).find((t) => t.sheet === 'LinkCode Summary')!;
    expect(linkCode.rows.find((r) => r.code === 'D')).toMatchObject({ kind: 'line' });
    expect(errorsIn(id)).toEqual([]);
  });
  it('"1XX Local", "3xxx-4xxx Purchased Services": a family of object codes with its last digits open is the line\'s code', () => {
    const expense = budgets('troy-school-district-business-services-update-budget-amendments-2015-12').find((t) => t.sheet === 'GF Expense')!;
    expect(expense.rows.slice(0, 3).map((r) => [r.code, r.label])).toEqual([['1xxx', 'Salaries'], ['2xxx', 'Benefits'], ['3xxx-4xxx', 'Purchased Services']]);
  });
});

test('"February 2015 Budget Review" beside "Budget for Adoption 2015-16": a month before the financial year begins dates last year\'s revised budget, context, not a budget to date (City of Port Lincoln, adopted annual budget 2015-16)', () => {
  const [t] = budgets('city-of-port-lincoln-adopted-budget-income-statement-2015-16');
  expect(t!.columns.map((c) => c.role)).not.toContain('ytdBudget');
  expect(t!.rows.find((r) => r.label === 'Rates')).toMatchObject({ annualBudget: 12829190 });
});

test('"2019/20 Budget | Actual | Forecasted Year End Expenditure" beside the next three years\' plans headed by their years alone: the report is on 2019/20, whose budget is the year\'s (Inner West Council, capital works monthly report, March 2020)', () => {
  const [t] = budgets('inner-west-council-capital-works-corporate-support-2020-03');
  expect(roles(t!)).toMatchObject({ annualBudget: 1 });
  expect(t!.rows.find((r) => r.label === 'Fleet')).toMatchObject({ annualBudget: 8817, forecastOutturn: 8817 });
});

test('"Full Year Adjusted Budget | July to April Actuals | Var | % of budget spent | Forecast": "Var" beside the actual to date, with no budget to date, is what is left of the year\'s budget, checked as that, not summed as a variance (Queenstown Lakes District Council, capex summary July-April 2020)', () => {
  const id = 'queenstown-lakes-dc-capex-summary-jul-apr-2020';
  const [summary] = budgets(id);
  expect(roles(summary!)).toMatchObject({ annualBudget: 1, ytdActual: 2, remaining: 3, forecastOutturn: 5 });
  expect(analyseFixture(fixture(id)).checks.filter((c) => c.code === 'total_mismatch')).toEqual([]);
});

describe('a county council\'s revenue monitoring by directorate, each a block of gross expenditure, gross income and their net (Oxfordshire County Council, financial monitoring report Annex 1, December 2016)', () => {
  const id = 'oxfordshire-cc-financial-monitoring-annex-1-2016-12';
  it('"Movement to Date" between "Original Budget" and "Latest Budget" is a change to the budget, not a budget to date; the columns\' numbers "(1) | (2) | (3) | (5)" under the units are the header\'s', () => {
    const [t] = budgets(id);
    expect(t!.columns.map((c) => c.role)).not.toContain('ytdBudget');
    expect(t!.headerRows.map((r) => r + 1)).toEqual([5, 6, 7, 8]);
    expect(roles(t!)).toMatchObject({ label: 2, annualBudget: 5, forecastOutturn: 6, forecastVariance: 7 });
  });
  it('the directorate named on its block\'s first line only, beside "Gross Expenditure" and "Gross Income" named on every block\'s lines: the directorate is the block, the lines are named for their flow, the unnamed row their net', () => {
    const [t] = budgets(id);
    expect(t!.rows.filter((r) => r.row + 1 <= 11).map((r) => [r.label, r.kind])).toEqual([['Gross Expenditure', 'line'], ['Gross Income', 'line'], [null, 'subtotal']]);
  });
  it('"Directorate Expenditure Total" adds up every block\'s gross expenditure, "Directorate Income Total" its gross income, and "Directorate Total Net" the two', () => {
    const [t] = budgets(id);
    const sumOf = (label: string) => t!.rows.find((r) => r.label === label)?.sumOf?.map((x) => x + 1);
    expect(sumOf('Directorate Expenditure Total')).toEqual([9, 12, 15, 18, 21, 24]);
    expect(sumOf('Directorate Income Total')).toEqual([10, 13, 16, 19, 22, 25]);
    expect(sumOf('Directorate Total Net')).toEqual([26, 27]);
    expect(errorsIn(id)).toEqual([]);
  });
});

describe('health bodies\' budget tables abroad and in Scotland (holdout 168)', () => {
  it('"2% Efficient Government Savings Target (planned) | Actual Savings | Original budget Allocation on which savings target was based": the target is the budget, the allocation it was worked from is its base, context (Scottish Government, NHS boards\' efficiency savings 2008-09)', () => {
    const [t] = budgets('scottish-government-nhs-boards-efficiency-savings-2008-09');
    expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
    expect(t!.rows.find((r) => r.label === 'Borders')).toMatchObject({ annualBudget: 3178, ytdActual: 5216 });
  });
  it('"Output costs subtotal excluding COVID-19 expenditure" adds up the outputs above it, and "Total (c)" adds it and the COVID-19 costs (Victoria Department of Health, financial outlook 2023-24)', () => {
    const id = 'victoria-department-of-health-financial-outlook-2023-24';
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label?.startsWith('Output costs subtotal'))).toMatchObject({ kind: 'subtotal' });
    expect(t!.rows.find((r) => r.label === 'Total (c)')).toMatchObject({ kind: 'total' });
    expect(errorsIn(id)).toEqual([]);
  });
  it('"Original Budget1 2014-15": the footnote\'s number run on to "Budget" leaves it the budget (ACT Health Directorate, note 45, 2014-15)', () => {
    const [t] = budgets('act-health-directorate-budget-variances-note-45-2014-15');
    expect(roles(t!)).toMatchObject({ ytdActual: 1, annualBudget: 2 });
  });
  it('"2020 $\'000 | 2019 $\'000 | Original budget $\'000": the original budget is 2020\'s, the year alone beside it its actual, 2019 context; a starred nil "-*" is nil (Australian Commission on Safety and Quality in Health Care, 2019-20)', () => {
    const id = 'acsqhc-statement-of-comprehensive-income-2019-20';
    const [t] = budgets(id);
    expect(roles(t!)).toMatchObject({ ytdActual: 2, annualBudget: 4 });
    expect(t!.rows.find((r) => r.label === 'Employee benefits')).toMatchObject({ ytdActual: 13486, annualBudget: 12289 });
    expect(analyseFixture(fixture(id)).checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
  });
});

test('"Revenue | Expenditure | Surplus (deficit) | Planned surplus (deficit) | Variance from plan": the plan is of the surplus, which is the actual; revenue and expenditure are its parts; "financial results" of a year are the year\'s, against its plan for the year (NZ Office of the Auditor-General, DHBs\' 2012/13 results by region)', () => {
  const [t] = budgets('nz-office-of-the-auditor-general-dhb-financial-results-by-region-2012-13');
  expect(roles(t!)).toMatchObject({ ytdActual: 3, annualBudget: 4 });
  expect(t!.rows.find((r) => r.label === 'Auckland')).toMatchObject({ ytdActual: 0.2, annualBudget: 0.1 });
});

describe('a capital programme with its change split over columns (Lancaster City Council, general fund capital programme 2005/06)', () => {
  const id = 'lancaster-city-council-gf-capital-programme-forecast-outturn-2005-06';
  it('"Scheme No. | £000 | £000": the units row with the codes\' heading is the header\'s; "[2]" alone where a figure would be is a note, not a word in a figure cell', () => {
    const [t] = budgets(id);
    expect(t!.rows.some((r) => r.label === 'Scheme No.')).toBe(false);
    expect(analyseFixture(fixture(id)).checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
  });
  it('"Flood Defences" under its schemes, within the section "COSTS INCLUDING EXTERNAL FUNDING", is their sum', () => {
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'Flood Defences')?.sumOf?.map((x) => x + 1)).toEqual([7, 8, 9]);
  });
  it('"Underspend/Overspend" beside "Slippage" is one part of the change: checked only on lines where the other part is empty (Williamson Park\'s, wrong, is found)', () => {
    const errors = errorsIn(id);
    expect(errors.map((c) => [c.code, c.row + 1, c.col + 1])).toEqual([['reported_variance_mismatch', 11, 10]]);
  });
});

describe('a borough\'s budget-to-actual summary by department, revenue and expense pairs side by side (an unnamed Pennsylvania borough, July 2021)', () => {
  const id = 'unnamed-pennsylvania-borough-budget-to-actual-summary-by-department-2021-07';
  it('"For the month of July 2021": columns that say no period are the month\'s, context, not to date', () => {
    expect(budgets(id).filter((t) => t.sheet === 'Page 1')).toEqual([]);
  });
  it('"Original Budget | Actual Revenue | % | Original Budget | Actual Expense": the expense pair is read, its budget the one beside its actual', () => {
    const page2 = budgets(id).find((t) => t.sheet === 'Page 2')!;
    expect(roles(page2)).toMatchObject({ annualBudget: 6, ytdActual: 7 });
    expect(page2.rows.find((r) => r.label === 'Admin')).toMatchObject({ annualBudget: 5000664, ytdActual: 2774093 });
  });
});

describe('annual reports\' statements against budget (holdouts 170 and 171)', () => {
  it('"2019 | 2018 | Original budget | Revised budget": both budgets are 2019\'s, the revised read, the year alone beside them its actual (Great Barrier Reef Marine Park Authority, 2018-19)', () => {
    const [t] = budgets('great-barrier-reef-marine-park-authority-statement-of-comprehensive-income-2018-19');
    expect(roles(t!)).toMatchObject({ ytdActual: 2, annualBudget: 5 });
    expect(t!.columns.map((c) => c.role)).not.toContain('forecastOutturn');
    expect(t!.rows.find((r) => r.label === 'Employee Benefits')).toMatchObject({ ytdActual: 24084, annualBudget: 26865 });
  });
  it('"2014 Actual | 2013 Actual | Variance" with no budget: the variance is the change from last year, and no budget table is read (Public Transport Authority of Western Australia, explanatory statement 2013-14)', () => {
    const tables = budgets('public-transport-authority-wa-explanatory-statement-2013-14');
    expect(tables).toHaveLength(1);
    expect(roles(tables[0]!)).toMatchObject({ annualBudget: 1, ytdActual: 2 });
  });
});

test('"CHANGE IN FUND BALANCE" under "TOTAL REVENUE" and "TOTAL EXPENDITURES" is the year\'s result, the one less the other (St. Charles City-County Library District, FY2017 budget)', () => {
  const [t] = budgets('st-charles-city-county-library-district-general-fund-budget-2017');
  expect(t!.rows.find((r) => r.label === 'CHANGE IN FUND BALANCE')).toMatchObject({ kind: 'total', annualBudget: -848369 });
});

test('"Budget Changes | 2010/11 | 2011/12 | 2012/13" under "CAPITAL MONITORING REPORT - QUARTER 1 2010/11": the year the report\'s title names is the budget read, the later years context (Shropshire Council, capital monitoring Q1 2010/11)', () => {
  const [t] = budgets('shropshire-council-capital-monitoring-budget-changes-q1-2010-11');
  expect(roles(t!)).toMatchObject({ annualBudget: 1 });
  expect(t!.rows.find((r) => r.label === 'Revised Budget Quarter One')).toMatchObject({ kind: 'total', annualBudget: 127537296 });
});

describe('a student activity fund\'s budget sheet (Faculty Student Association, DMC student activity fund budget 2018)', () => {
  const id = 'faculty-student-association-dmc-student-activity-fund-budget-2018';
  it('"Submitted Budget 2018 | Certified Budget 2018": the certified budget is read, the submitted one superseded', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toMatchObject({ annualBudget: 4 });
  });
  it('"Total Expenses + Reserves" adds the sums it names; "Total Net Income less Expenses + Reserves" takes that from the income', () => {
    const [t] = budgets(id);
    const row = (label: string) => t!.rows.find((r) => r.label === label)!;
    expect(row('Total Expenses + Reserves').sumOf?.map((x) => x + 1)).toEqual([13, 17]);
    expect(row('Total Net Income less Expenses + Reserves')).toMatchObject({ kind: 'total' });
    expect(row('Total Net Income less Expenses + Reserves').sumOf?.map((x) => x + 1)).toEqual([5, 18]);
    expect(errorsIn(id)).toEqual([]);
  });
});

test('"Budget 2018-2019 | Actuals 6/30/19 | Projected YE Actuals 2018-2019 | Approved Budget 2019-2020": the actuals dated in the year after the budget beside them begins are that year\'s to its end, context, not this year\'s to date (Bixby Memorial Library, amended budget 2019-2020)', () => {
  const [t] = budgets('bixby-memorial-library-amended-budget-2019-20');
  expect(roles(t!)).toMatchObject({ annualBudget: 6 });
  expect(t!.columns.map((c) => c.role)).not.toContain('ytdActual');
});

test('a section heading under the header, "ADOPTED | Account # 100-02-51110 County Board", is no header row: the account numbers stay codes (a US county board\'s budget summary justification, 2015)', () => {
  const [t] = budgets('unnamed-us-county-county-board-budget-summary-justification-2015');
  expect(t!.headerRows).toEqual([3, 4]);
  const salaries = t!.rows.find((r) => r.label === 'Salaries And Wages')!;
  expect([salaries.code, salaries.annualBudget]).toEqual(['511100', 16940]);
});

test('five actions numbered under "#", notes typed under them: the action titles are the names and the numbers their codes (Sacramento County Office of Education, mid-year LCAP, goal 3)', () => {
  const t = budgets('sacramento-coe-midyear-lcap-expenditure-2024-25').find((x) => x.headerRows.includes(38))!;
  expect(roles(t).label).toBe(1);
  const first = t.rows.find((r) => r.row === 40)!;
  expect([first.code, first.label, first.annualBudget]).toEqual(['1', 'Implement Standardized Enrollment Processes', 1571745]);
});

describe('a fire authority\'s "What we spend" page (Dorset & Wiltshire Fire and Rescue Authority, 2020-21)', () => {
  it('"2019-20 | 2020-21" printed again under "This is funded as shown below:" heads a second table, the funding, not more spending', () => {
    const [spending, funding] = budgets('dorset-wiltshire-fra-what-we-spend-2020-21');
    expect(spending!.rows[spending!.rows.length - 1]!.label).toBe('Amount to be financed');
    expect(funding!.headerRows).toEqual([13]);
    expect(funding!.rows.map((r) => [r.label, r.kind])).toEqual([['Fire precepts', 'line'], ['Revenue Support Grant', 'line'], ['Business Rates/Top-up Grant', 'line'], ['Total financing', 'total']]);
  });

  it('"Amount to be financed" under the spending on services and the income taken off it is the total, on its one figure', () => {
    const [spending] = budgets('dorset-wiltshire-fra-what-we-spend-2020-21');
    const kinds = Object.fromEntries(spending!.rows.map((r) => [r.label, r.kind]));
    expect([kinds['Spending on services'], kinds['Amount to be financed']]).toEqual(['subtotal', 'total']);
  });
});

describe('a parish council\'s precept page (Shinfield Parish Council, 2016/17)', () => {
  it('"Summary | 2015-16 | 2016-17" over two lines: their names are in the first column, not in last year\'s figures, whatever names stand further down', () => {
    const [summary] = budgets('shinfield-pc-budget-precept-2016-17');
    expect(roles(summary!).label).toBe(0);
    expect(summary!.rows[0]!.label).toBe('Precept');
  });

  it('the precept by council tax band, "A" to "H", is a charge per property: no budget table, and a note says why', () => {
    const analysis = analyseFixture(fixture('shinfield-pc-budget-precept-2016-17'));
    expect(analysis.tables.some((t) => t.kind === 'budget' && t.headerRows.includes(8))).toBe(false);
    expect(analysis.notes.some((n) => /council tax bands \("A", "B", "C"\)/.test(n))).toBe(true);
  });
});

describe('a police and crime commissioner\'s council tax page (Cumbria PCC, 2022/23)', () => {
  it('"How the money is spent | 2021 to 2022 £million | 2022 to 2023 £million", its lines coming to the council tax requirement: the later year is the budget, the earlier context', () => {
    const [t] = budgets('cumbria-pcc-council-tax-requirement-2022-23');
    expect(t!.columns.map((c) => [c.role, c.col])).toEqual([['label', 0], ['annualBudget', 2]]);
    expect(t!.rows.find((r) => r.label === 'Police pay and allowances')!.annualBudget).toBe(96.514);
  });

  it('the bridge of last year\'s gross expenditure to this year\'s, under its own heading after the total, is not read as more lines', () => {
    const [t] = budgets('cumbria-pcc-council-tax-requirement-2022-23');
    const last = t!.rows[t!.rows.length - 1]!;
    expect([last.label, last.kind]).toEqual(['Council Tax requirement for the Police and Crime Commissioner for Cumbria', 'total']);
  });
});

test('"Total Risk Score" under the risks is no risk, nor the last risk\'s second row: the one set of ratings is read as current (a project-management capstone\'s risk register, 2024, waiting in pending/)', () => {
  const analysis = analyseFixture(loadFixture(path.join(__dirname, '../corpus/pending', 'ahi-marketing-data-application-capstone-risk-register-2024-04.json')));
  const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  expect(register.risks[0]!.scores.current?.score).toBe(15);
  expect(register.risks.some((r) => r.scores.inherent || r.scores.residual || r.secondRow !== undefined)).toBe(false);
});

test('"Net Change in Fund Balance" under total revenues, total expenditures and "Total Other Financing Sources (Uses)" printed signed: the revenues less the expenditures plus the other financing, the total (Troy School District, community education fund 2015-16)', () => {
  const t = budgets('troy-school-district-business-services-update-budget-amendments-2015-12').find((x) => x.sheet === 'Community Education Fund')!;
  const net = t.rows.find((r) => r.label === 'Net Change in Fund Balance')!;
  expect(net.kind).toBe('total');
  expect(net.annualBudget).toBe(646372);
});

test('"Budgeted Expenses | YTD Expenses | … | Budgeted Revenue | YTD Revenue" under one names column: two tables, each of the rows with its figures, titled by its flow (Eagle County, Colorado, OpenBook budget by classification)', () => {
  const analysis = analyseFixture(fixture('eagle-county-co-openbook-budget-by-classification-undated'));
  const [expenses, revenue] = analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget');
  expect([roles(expenses!), roles(revenue!)]).toEqual([{ label: 0, annualBudget: 1, ytdActual: 2 }, { label: 0, annualBudget: 4, ytdActual: 5 }]);
  expect(expenses!.rows.map((r) => r.label)).not.toContain('Property Tax');
  expect(revenue!.rows.map((r) => r.label)).not.toContain('Salaries and Benefits');
  const misc = (t: BudgetTable) => t.rows.find((r) => r.label === 'Miscellaneous')!;
  expect([misc(expenses!).annualBudget, misc(revenue!).annualBudget]).toEqual([3170000, 2386742]);
  expect([expenses!.title, revenue!.title].map((t) => t?.split(' — ').pop())).toEqual(['Expenses', 'Revenue']);
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('"Numbers of risks | Risk SubTitles | Risk Probability | Risk Impact", 97 risks rated 2 to 10 and no score typed: read on a scale of 1 to 10, each score the product, no rating out of range (a website project team\'s risk register, 2017)', () => {
  const analysis = analyseFixture(fixture('rocky-mountain-college-website-project-risk-register-2017-04'));
  const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks).toHaveLength(97);
  expect([register.risks[0]!.ref, register.risks[0]!.title, register.risks[0]!.scores.current?.score]).toEqual(['1', 'Human Resources not available at time', 42]);
  expect(analysis.checks.filter((c) => c.code === 'out_of_range')).toEqual([]);
});

test('a 5x5 register with one rating of 7 and no score typed: a slip, still out of range (the scale of 1 to 10 is read only where many risks show it)', () => {
  const values = [
    ['Ref', 'Risk', 'Likelihood', 'Impact'],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`R${n}`, `Risk number ${n} of the register`, n === 3 ? 7 : 1 + (n % 5), 1 + ((n + 2) % 5)]),
  ];
  const analysis = analyseWorkbook({ sheets: [{ name: 'Register', visibility: 'visible', values }] }, parseConfig({}, 'test'));
  expect(analysis.checks.filter((c) => c.code === 'out_of_range').map((c) => [c.row, c.col])).toEqual([[3, 2]]);
});

describe('a PTA\'s budget printed from a spreadsheet (Benjamin Franklin Elementary PTA, 2009-2010)', () => {
  it('"Gross Income | Expenses | Net Income/ Expense" beside a budget of each fundraiser\'s net: the net, the gross plus the expenses on every line, is the actual', () => {
    const [t] = budgets('benjamin-franklin-elementary-pta-budget-2009-10');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 2, ytdActual: 5 });
    expect(t!.rows.find((r) => r.label === 'Pizza Day')!.ytdActual).toBe(6431.55);
  });

  it('the running head, "… PTA | 11/02/2021 | 27717357.xls", is no row of the header, so the page\'s repeat after "Page 1 of 4" is read through', () => {
    const tables = budgets('benjamin-franklin-elementary-pta-budget-2009-10');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.headerRows).toEqual([2, 3]);
    expect(tables[0]!.rows.some((r) => r.label === 'Author Visit')).toBe(true);
  });
});

test('a working budget summary "July 1, 2020 through June 30, 2021" sets FY21\'s budget: "FY21 BUDGET" is read, FY20\'s budget and projection are context (Warrenville Public Library District)', () => {
  const analysis = analyseFixture(fixture('warrenville-public-library-district-working-budget-summary-fy2021'));
  const tables = analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget');
  expect(tables.map((t) => roles(t))).toEqual([{ label: 0, annualBudget: 2 }, { label: 0, annualBudget: 2 }]);
});

describe('a community water system\'s budget (Fletcher Creek Improvement District, 2016)', () => {
  it('an unnamed "40" whose note says "# POE units installed", and year-end cash and reserves balances, are no money lines', () => {
    const [t] = budgets('fletcher-creek-improvement-district-budget-2016');
    const rows = new Set(t!.rows.map((r) => r.row + 1));
    expect([4, 36, 37, 38].filter((r) => rows.has(r))).toEqual([]);
    expect(t!.rows.find((r) => r.label === 'Water tax payments')!.annualBudget).toBe(29614);
  });
});

test('"Total expenses" under a one-line "Revenues" and the costs, no heading between: it adds the costs, and where the actuals do not add up that is said; "Net surplus (deficit)" is the revenues less it (The Club at Westpark, June 2020)', () => {
  const analysis = analyseFixture(fixture('club-at-westpark-community-association-financial-results-2020-06'));
  const t = analysis.tables.find((x): x is BudgetTable => x.kind === 'budget')!;
  const total = t.rows.find((r) => r.label === 'Total expenses')!;
  expect(total.sumOf).toEqual([5, 6, 7, 8, 9, 10]);
  expect(t.rows.find((r) => r.label === 'Net surplus (deficit)')!.kind).toBe('total');
  expect(analysis.checks.filter((c) => c.severity === 'error').map((c) => `${c.code} ${c.row}:${c.col}`).sort()).toEqual(['subtotal_mismatch 11:3', 'subtotal_mismatch 11:5']);
});

test('"This year (2024 / 25) Net expenditure (£m)" over lines coming to a "Total budget requirement": the year\'s budget, not an actual spent (Tyne and Wear Fire and Rescue Authority, council tax page 2024/25)', () => {
  const [t] = budgets('tyne-wear-fra-funding-council-tax-2024-25');
  expect(roles(t!)).toEqual({ label: 1, annualBudget: 4 });
  expect(t!.rows.find((r) => r.label === 'Fire service')!.annualBudget).toBe(63.1);
});

describe('a school department\'s article summary, each name printed a line above its figures (South Portland School Department, P8 2026)', () => {
  it('the unnamed row of figures under each article\'s name is that article\'s line, never a sum of what came before', () => {
    const analysis = analyseFixture(fixture('south-portland-school-department-local-budget-article-summary-p8-2026-02'));
    const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(t!.rows.filter((r) => r.kind === 'subtotal')).toEqual([]);
    expect(t!.rows.find((r) => r.row === 12)!.kind).toBe('line');
    expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('"FY26 Year-to-Date" alone is the actual to date', () => {
    const [t] = budgets('south-portland-school-department-local-budget-article-summary-p8-2026-02');
    expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 3 });
  });
});

test('sub-accounts\' figures printed a column left of their heading, under a blank one: read as that heading\'s, so the contract\'s total adds them up (System Dynamics Society, 2001 budget)', () => {
  const analysis = analyseFixture(fixture('system-dynamics-society-budget-2001'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(t!.rows.find((r) => r.label === 'Registrations')!.annualBudget).toBe(98250);
  expect(t!.rows.find((r) => r.label?.startsWith('Salaries'))!.annualBudget).toBe(91867);
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('"Beginning Fund Balance" under "Sources of Funds" is a source the total adds, not a balance beside the table (Saddleback College Associated Student Government, 2013-14)', () => {
  const analysis = analyseFixture(fixture('saddleback-college-asg-budget-presentation-2013-14'));
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(t!.rows.find((r) => r.label === 'Beginning Fund Balance')!.annualBudget).toBe(145386);
  expect(analysis.checks.filter((c) => c.severity === 'error')).toEqual([]);
});

test('"2007/2008 Net Expenditure After Income" alone under "How Your Money Will Be Spent": the year\'s budget, the year before context, the names between them (Tameside MBC, council tax 2007-08)', () => {
  const [t] = budgets('tameside-mbc-council-tax-income-expenditure-by-service-2007-08');
  expect(roles(t!)).toEqual({ label: 2, annualBudget: 4 });
  expect(t!.rows.find((r) => r.label === 'District Assemblies')!.annualBudget).toBe(11048);
  expect(t!.rows[t!.rows.length - 1]!.kind).toBe('total');
});

test('"Risk estimation" heads the risk\'s score, "Medium" over 7 in its cell (United Hospitals Boat Club, head race 2018)', () => {
  const analysis = analyseFixture(fixture('united-hospitals-bc-uh-head-risk-assessment-2018'));
  const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.risks.map((r) => r.scores.current?.score ?? null).slice(0, 2)).toEqual([7, 4]);
});

test('"Risk rating (refer to chart) | Further action required … | Residual risk (refer to chart)": the rating is before the action, the residual after it, and "Probable x moderate, 4x3 = 12" its likelihood, consequence and score (Parkfield School, snowfall risk assessment 2018)', () => {
  const register = firstRegister('parkfield-school-snowfall-risk-assessment-2018-02');
  const first = register.risks[0]!;
  expect([first.scores.current?.likelihood, first.scores.current?.consequence, first.scores.current?.score]).toEqual([4, 3, 12]);
  expect(first.scores.residual?.score ?? null).toBeNull();
  expect(first.scores.residual?.grade).toMatch(/^high$/i);
});

test('severity in words no key on the page reads ("Slight Harm"), beside a typed score: set aside with a note, not raised as not a number (United Hospitals Boat Club, head race 2018)', () => {
  const analysis = analyseFixture(fixture('united-hospitals-bc-uh-head-risk-assessment-2018'));
  expect(analysis.checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
  expect(analysis.notes.some((n) => /Slight Harm/.test(n))).toBe(true);
});

test('"Fund balance -beginning of year", its dash run on to the word, is a balance, no money line (City of Ramsey, General Fund budget and actual 1996)', () => {
  const [t] = budgets('city-of-ramsey-mn-general-fund-budget-and-actual-exhibit-b2-1996');
  expect(t!.rows.some((r) => /fund balance/i.test(r.label ?? '') && r.kind !== 'section')).toBe(false);
});

test('a lone "Planned spend" under "The budget for the year April 2025 to March 2026 has been set at £20.3 million": the year\'s budget, its "Net budget" of 20,329 (£\'000) that sum to its rounding (Elmbridge Borough Council, 2025/26)', () => {
  const [t] = budgets('elmbridge-bc-budget-planned-spend-2025-26');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 1 });
  expect(t!.rows.find((r) => r.label === 'Net budget')!.kind).toBe('total');
});

test('"Appropriated" over "* CY 2013 * | * CY 2012 * | …" beside "Expended CY 2012": the first column sets the year\'s budget, the year before and what it spent its context, and the accounts\' codes ("20-110-1") no figures (Jersey City, adopted budget 2013)', () => {
  const [t] = budgets('jersey-city-adopted-budget-general-appropriations-cy2013');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 2 });
  const election = t!.rows.find((r) => r.label === 'Municipal Election')!;
  expect([election.code, election.annualBudget]).toEqual(['203', 750000]);
});

test('a year\'s budget and actual with next year\'s budget printed last (a statement at the year\'s end, "Actual 2018/19 | … | Main Estimates 2019/20"): still a report on the year, not next year\'s budget (NZ Office of the Auditor-General, 2018/19)', () => {
  const [t] = budgets('nz-office-of-the-auditor-general-statement-of-comprehensive-revenue-and-expense-2018-19');
  const crown = t!.rows.find((r) => r.label === 'Crown funding')!;
  expect([crown.annualBudget, crown.ytdActual]).toEqual([10813, 10825]);
});

test('"Current risk score" and "Target risk score" named only in the header\'s upper row, beside "Likelihood | Impact" under their own headings: the current and target slots (a council\'s transport plan risk table)', () => {
  const register = firstRegister('unnamed-council-transport-plan-risk-table-undated');
  const second = register.risks[1]!;
  expect([second.scores.current?.score, second.scores.target?.likelihood, second.scores.target?.consequence, second.scores.target?.score]).toEqual([12, 2, 3, 6]);
  expect(second.scores.residual ?? null).toBeNull();
});

test('a grade with a remark in brackets ("Low (must not occur)") is the grade (University of Sydney SAIL lab, laser printer risk assessment 2026)', () => {
  const register = firstRegister('university-of-sydney-sail-bambu-h2d-laser-risk-assessment-2026-01');
  expect(register.risks.map((r) => r.scores.residual?.grade)).not.toContain('Low (must not occur)');
  expect(register.risks.some((r) => r.scores.residual?.grade === 'Low')).toBe(true);
});

test('"Category | 2016-2017 | 2017-2018 | Percent Increase" over lines that come to "Total Budget": each year alone is that year\'s budget, the latest read (South Amboy School District, budget portal 2017-18)', () => {
  const [t] = budgets('south-amboy-schools-budget-portal-appropriations-2017-18');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 2 });
  expect(t!.rows.find((r) => r.label === 'Total Budget')!.kind).toBe('total');
  // "$2.159,741", its thousands marked by a point and a comma: said, not read as 2.159741.
  expect(errorsIn('south-amboy-schools-budget-portal-appropriations-2017-18').filter((c) => c.code === 'not_a_number').map((c) => [c.row + 1, c.col])).toEqual([[18, 2]]);
});

test('"No/Item | Category/Description | Budget Amount" on a sheet titled "General Fund Budget": the year\'s budget; "Revenues" with its sum over every line after it is the table\'s total (City of Eutaw, general fund budget FY 2023)', () => {
  const [revenues] = budgets('city-of-eutaw-al-general-fund-budget-fy2023');
  expect(roles(revenues!)).toMatchObject({ label: 1, annualBudget: 2 });
  const first = revenues!.rows.find((r) => r.label === 'Revenues')!;
  expect([first.kind, first.annualBudget]).toEqual(['total', 3026716]);
  expect(errorsIn('city-of-eutaw-al-general-fund-budget-fy2023')).toEqual([]);
});

test('"Revenue | Expenses | Surplus/(Deficit)", each surplus the revenue less the expenses: no variance from a budget, so no budget table with a false variance (City of Blue Mound, adopted budget summary FY 2024)', () => {
  expect(budgets('city-of-blue-mound-tx-adopted-budget-summary-fy2024').filter((t) => t.columns.some((c) => c.role === 'ytdVariance'))).toEqual([]);
});

test('"Excess of Revenues over (under) Expenditures" under "Total Revenues" and a lone "Expenditures" line, in a budget of one column: the revenues less the expenditures (City of Muskego, special revenue funds budget 2019)', () => {
  const [t] = budgets('city-of-muskego-wi-special-revenue-funds-budget-2019');
  const excess = t!.rows.find((r) => r.label === 'Excess of Revenues over (under) Expenditures')!;
  expect([excess.kind, excess.annualBudget]).toEqual(['subtotal', 2477824]);
});

test('"2024" over "ORIGINAL | BUDGET" beside "2023 ACTUAL" and "BUDGET 2025", the header read from its last row: the stack that dates every column is taken, so 2025\'s budget is read, not 2023\'s actual against an undated budget (City of Mounds View, with a code column put before the names)', () => {
  const analysis = analyseFixture(withCodeColumn(fixture('city-of-mounds-view-mn-street-improvement-fund-budget-2025'))!);
  const [t] = analysis.tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(t!.columns.map((c) => c.role).filter((r) => r !== 'label')).toEqual(['annualBudget']);
  expect(t!.rows.find((r) => r.label === 'Property Taxes')!.annualBudget).toBe(300000);
});

test('"Red/ Amber/ Green" under "Risk Score" is the register\'s grade column, not an unread one (Harpenden Town Council, open spaces risk register 2015-16)', () => {
  const analysis = analyseFixture(fixture('harpenden-tc-open-spaces-risk-register-2015-16'));
  const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  expect(register.columns.find((c) => c.role === 'currentGrade')?.col).toBe(7);
});

test('"PROBABILITY | SEVERITY" over "H/M/L | H/M/L" beside a likelihood: the two ratings in words, graded by the 3x3 key above, not a severity taken for the grade (Maidenhead Rowing Club, junior regatta risk assessment)', () => {
  const register = firstRegister('maidenhead-rc-junior-regatta-risk-assessment-undated');
  const first = register.risks[0]!.scores.current!;
  expect([first.likelihood, first.consequence, first.score, first.grade]).toEqual([1, 2, 2, 'Tolerable']);
});

test('years alone ("2007-08 £ Million | … | 2010-11 £ Million") under a sentence introducing them as allocations ("… are detailed in the following table:"): each year\'s allocation, the latest read (Scottish Parliament written answer, NHS boards\' formula capital 2010)', () => {
  const [t] = budgets('scottish-government-nhs-boards-formula-capital-allocations-written-answer-2010');
  expect(roles(t!)).toEqual({ label: 0, annualBudget: 4 });
  expect(t!.rows.find((r) => r.label === 'Borders')!.annualBudget).toBe(5.196);
});

test('"S | F | RF | Control Measures | S | F | RF" under a key naming "Severity (S)", "Frequency (F)" and "Risk Factor": the letters are read by the key, and the ratings either side of the controls are the inherent and the residual (1st Lightwater Scout Group, camp risk assessment 2015)', () => {
  const register = firstRegister('first-lightwater-scout-group-camp-risk-assessment-2015-07');
  const second = register.risks[1]!.scores;
  expect([second.inherent?.consequence, second.inherent?.likelihood, second.inherent?.score, second.residual?.score]).toEqual([2, 4, 8, 2]);
  expect(second.current ?? null).toBeNull();
});

test('"High risk, getting cold and wet …" and "Low. Can cause cuts and bruises." in the level-of-risk column: each the grade, then a sentence on, so the register reads on past them (Nevis Canoe Club, risk assessment 2024)', () => {
  const register = firstRegister('nevis-canoe-club-risk-assessment-2024-06');
  expect(register.risks.map((r) => r.scores.current?.grade)).toEqual(['High', 'Medium', 'High', 'High', 'High', 'High', 'Medium', 'Low', 'Low', 'Low', 'Medium', 'Low', 'Low']);
});

test('"FY 2025-26 Adopted Budget | FY 2026-27 Budget Plan": of a biennial budget, the adopted year is the one set and the plan after it context (City of Santa Monica, revenue detail FY 2025-27); so is "2020 Adopted Budget" before "2021 Projected Budget" (City of Evanston, budget data export)', () => {
  const [monica] = budgets('city-of-santa-monica-revenue-detail-community-development-fy2025-27');
  expect(monica!.columns.find((c) => c.role === 'annualBudget')!.header).toMatch(/2025-26 Adopted/);
  const [evanston] = budgets('city-of-evanston-budget-data-solid-waste-fleet-equipment-2020');
  expect(evanston!.columns.find((c) => c.role === 'annualBudget')!.header).toBe('2020 Adopted Budget');
});

test('a portal\'s export, "appropriation_account | appropriation_account_description | _ordinance_amount_": the ordinance amount is the year\'s budget, the appropriation account its code and name, not an amount (City of Chicago, 2025 budget ordinance)', () => {
  const [t] = budgets('city-of-chicago-2025-budget-ordinance-appropriations-mayor-oig');
  expect(roles(t!)).toEqual({ label: 8, annualBudget: 9 });
  expect(t!.rows[0]!.code).toBe('0005');
  expect(t!.rows[0]!.annualBudget).toBe(10692655);
});

test('"UNOBLIGATED APPROPRIATION" is what is left of the appropriation, never a budget read as money (a Philippine municipality\'s status of appropriations, March 2021)', () => {
  const [t] = budgets('unnamed-ph-municipality-status-of-appropriation-allotments-obligations-2021-03');
  expect(t!.columns.find((c) => /UNOBLIGATED APPROPRIATION/.test(c.header))?.role ?? 'remaining').toBe('remaining');
  // (The budget to date is the allotment released to date, the previous allotment and this month's added up, as the fixture reads it; never an unobligated balance.)
  expect(t!.columns.filter((c) => c.role === 'ytdBudget').map((c) => c.header)).toEqual(['TOTAL ALLOTMENT FOR THE MONTH']);
});

test('a division\'s name alone in the first column straight under the header ("Building & Safety" under "Account Number") heads the lines below it, not the header\'s second line (City of Santa Monica, revenue detail FY 2025-27)', () => {
  const [t] = budgets('city-of-santa-monica-revenue-detail-community-development-fy2025-27');
  expect(t!.headerRows).toEqual([3]);
  expect(t!.rows.find((r) => r.label === 'Building & Safety')!.kind).toBe('section');
});

test('a portal\'s export with its levels left of the figures and "account_description" after them: the description names the lines (City of Roseville, revenue budget by account FY 2021); "Adopted FY 2016-17" alone beside earlier years is the year\'s budget (City of Portland, Budget in Brief)', () => {
  const [roseville] = budgets('city-of-roseville-ca-revenue-budget-by-account-fy2021');
  expect(roseville!.columns.find((c) => c.role === 'label')!.header).toBe('account_description');
  expect(roseville!.rows[0]!.label).toBe('Property Tax - Secured Taxes Current');
  const [portland] = budgets('city-of-portland-or-budget-in-brief-requirements-by-bureau-fy2015-16-2016-17');
  expect(portland!.columns.find((c) => c.role === 'annualBudget')!.header).toBe('Adopted FY 2016-17');
});

test('"Risk Event ID" heads the references ("R01"), not the description beside it (Digital Transformation Agency, CloudSystem security risk management plan 2023)', () => {
  const register = firstRegister('dta-cloudsystem-security-risk-management-plan-2023-03');
  expect(register.risks[0]!.ref).toBe('R01');
});

test('"Main appropriation" and "Actual Expenditure" three times, each with "… as % of Main appropriation" beside it: the third, the sum of the first two on every line, is the actual to date, and the appropriation the year\'s, as the share spent of it says (National Treasury, Western Cape municipalities\' section 71 statement Q2 2010/11)', () => {
  const [t] = budgets('national-treasury-za-western-cape-s71-q2-2010-11');
  expect(roles(t!)).toMatchObject({ annualBudget: 1, ytdActual: 6 });
  expect(t!.rows.find((r) => r.label === 'Bulk purchases')!.ytdActual).toBe(3060714);
  // "Operating Revenue" and "Operating Expenditure", each printed over the lines it adds up.
  expect(t!.rows.filter((r) => r.kind === 'subtotal').map((r) => r.label).slice(0, 2)).toEqual(['Operating Revenue', 'Operating Expenditure']);
  // Its "Surplus/(Deficit)", the revenue less the expenditure, though the heading over both is still open.
  expect(t!.rows.find((r) => r.label === 'Surplus/(Deficit)')!.kind).toBe('subtotal');
});

test('the last page of a statement, "(continued)": a total that also adds the lines of the pages before it is said to be not checkable, not a mismatch, and the result under it is the statement\'s total (Winter Park Water and Sanitation District, Sewer Fund 2010; Little Thompson Water District 2009)', () => {
  const checks = analyseFixture(fixture('winter-park-wsd-sewer-fund-budget-and-actual-2010')).checks;
  expect(checks.filter((c) => c.severity === 'error')).toEqual([]);
  const carried = checks.find((c) => c.code === 'not_checkable' && c.row === 27)!;
  expect(carried.message).toMatch(/continued/);
  // "Total Maintenance", all of whose lines are on the page, is checked as usual (and agrees).
  expect(checks.some((c) => c.row === 22)).toBe(false);
  const [t] = budgets('winter-park-wsd-sewer-fund-budget-and-actual-2010');
  expect(t!.rows.find((r) => /^EXCESS/.test(r.label ?? ''))!.kind).toBe('total');
  // The same table without its "(continued)": the total is a mismatch again.
  const f = fixture('winter-park-wsd-sewer-fund-budget-and-actual-2010');
  const sheet = f.sheets[0]!;
  const plain = { ...f, sheets: [{ ...sheet, rows: sheet.rows.map((row) => row.map((v) => (v === '(continued)' ? null : v))) }] };
  expect(analyseFixture(plain).checks.filter((c) => c.code === 'subtotal_mismatch').map((c) => c.row)).toContain(27);
  // "Water assessments/rentals:" closed by "Water assessments/rentals", the sum of its lines.
  const [lt] = budgets('little-thompson-water-district-budget-and-actual-2009');
  expect(lt!.rows.find((r) => r.label === 'Water assessments/rentals')!.kind).toBe('subtotal');
  expect(errorsIn('little-thompson-water-district-budget-and-actual-2009')).toEqual([]);
});

test('"GROUNDS | Grounds and Surrounds", unrated, its first cell in the "SECTION" column the rated hazards under it leave blank, heads them: not a risk (Alsager Lawn Tennis Club, health and safety risk register 2024)', () => {
  const register = firstRegister('alsager-ltc-health-safety-risk-register-2024-01');
  expect(register.risks.map((r) => r.row)).toEqual([11, 12]);
  expect(register.risks[0]!.section).toBe('GROUNDS Grounds and Surrounds');
});

describe('a club\'s or charity\'s income and expenditure account, its columns headed by years alone', () => {
  it('"2020/21 | 2019/20" under "… Income & Expenditure Account 1.04.20 - 31.03.21": the latest year is the year\'s actual, the other its comparative (1st Saltford Scout Group 2020/21)', () => {
    const [t] = budgets('1st-saltford-scout-group-income-expenditure-account-2020-21');
    expect(roles(t!)).toMatchObject({ ytdActual: 2 });
    expect(t!.columns.filter((c) => c.role !== 'label')).toHaveLength(1);
    expect(errorsIn('1st-saltford-scout-group-income-expenditure-account-2020-21')).toEqual([]);
  });

  it('"Total Payments | -7,091" under payments printed positive is their sum printed as a deduction; the balance brought forward and what it is "represented by" are no lines (Claygate Bridge Club 2017)', () => {
    const [t] = budgets('claygate-bridge-club-income-expenditure-accounts-2017');
    expect(t!.columns.find((c) => c.role === 'ytdActual')!.header).toMatch(/^2017/);
    const payments = t!.rows.find((r) => r.label === 'Total Payments')!;
    expect(payments.kind).toBe('subtotal');
    expect(errorsIn('claygate-bridge-club-income-expenditure-accounts-2017')).toEqual([]);
    expect(t!.rows.map((r) => r.label)).not.toContain('Total Surplus');
    expect(t!.rows.map((r) => r.label)).not.toContain('Cash at Bank');
    // "Surplus for Year", the receipts and the payments added as printed: the total.
    expect(t!.rows.find((r) => r.label === 'Surplus for Year')!.kind).toBe('total');
  });

  it('a sum printed negative that is not minus its lines is still a mismatch', () => {
    const f = fixture('claygate-bridge-club-income-expenditure-accounts-2017');
    const sheet = f.sheets[0]!;
    const wrong = { ...f, sheets: [{ ...sheet, rows: sheet.rows.map((row) => (row[0] === 'Total Payments' ? row.map((v, c) => (c === 2 ? '-7,191' : v)) : row)) }] };
    expect(analyseFixture(wrong).checks.filter((c) => c.severity === 'error').length).toBeGreaterThan(0);
  });
});

test('"Total (not including: Membership – State & Nat’l Dues)" leaves out the line it names, typed with other dashes and quotes ("Membership - State & Nat\'l Dues"): no false mismatch (East Chapel Hill High School PTSA, budget vs actual 2020-21)', () => {
  expect(errorsIn('east-chapel-hill-hs-ptsa-budget-vs-actual-2020-21')).toEqual([]);
  const [income] = budgets('east-chapel-hill-hs-ptsa-budget-vs-actual-2020-21');
  const total = income!.rows.find((r) => /^Total \(not including/.test(r.label ?? ''))!;
  const dues = income!.rows.find((r) => r.label === "Membership - State & Nat'l Dues")!;
  expect(total.sumOf).not.toContain(dues.row);
  expect(total.sumOf).toContain(income!.rows.find((r) => r.label === 'Membership - Local Dues')!.row);
});

test('"Act Vs. Bud Profit" is a variance, and "Est. Prof/Def" beside "Budgeted Income | Budget Expense" the budgeted profit, the net read as the actual\'s is; under the sheet\'s title "2025-2026" alone, the bare budget is the school year\'s (a school PTA\'s budget vs actual 2025-26)', () => {
  const [t] = budgets('unnamed-us-school-pta-budget-vs-actual-2025-26');
  const headerOf = (role: string) => t!.columns.find((c) => c.role === role)?.header;
  expect([headerOf('annualBudget'), headerOf('ytdActual')]).toEqual(['Est. Prof/Def', 'Actual Prof/Def']);
  expect(headerOf('ytdBudget')).toBeUndefined();
  // Without the title, the same header reads the bare budget as the budget to date, as before.
  const f = fixture('unnamed-us-school-pta-budget-vs-actual-2025-26');
  const sheet = f.sheets[0]!;
  const untitled = { ...f, sheets: [{ ...sheet, rows: sheet.rows.map((row, i) => (i === 0 ? [] : row)) }] };
  const [u] = analyseFixture(untitled).tables.filter((x): x is BudgetTable => x.kind === 'budget');
  expect(u!.columns.find((c) => c.role === 'ytdBudget')?.header).toBe('Est. Prof/Def');
});

test('"Total Expenses | $140,180.00" under "EXPENSES", whose lines add to 141,180: the mismatch names the expense lines and a difference of 1,000, not the income\'s total above them too (SMHS Instrumental Music Boosters, budget 2017-18)', () => {
  const [mismatch] = errorsIn('smhs-instrumental-music-boosters-budget-2017-18');
  expect(mismatch!.code).toBe('subtotal_mismatch');
  expect(mismatch!.message).toMatch(/rows 21-35 add up to 141,180 \(a difference of 1,000\)/);
  // "NET INCOME/LOSS" under the two sums, the income less the expenses as printed: the total.
  const [t] = budgets('smhs-instrumental-music-boosters-budget-2017-18');
  expect(t!.rows.find((r) => r.label === 'NET INCOME/LOSS')!.kind).toBe('total');
});

test('QuickBooks accounts numbered before their names ("4010 Individual Contributions", sub-lines "General Fund" under them): the codes are split off, the "Total 4010 …" rows not counted against them; "Total 6600 Publications", whose account stands nowhere above, is a sum standing as printed, counted in "Total Expenses" (New England Yearly Meeting, FY2020 budget vs actuals)', () => {
  const [t] = budgets('neym-operating-budget-vs-actuals-fy2020');
  const staff = t!.rows.find((r) => r.label === 'Staff')!;
  expect(staff.code).toBe('5000');
  const publications = t!.rows.find((r) => r.label === 'Total 6600 Publications')!;
  expect(publications.kind).toBe('subtotal');
  expect(t!.rows.find((r) => r.label === 'Total Expenses')!.kind).toBe('subtotal');
  expect(errorsIn('neym-operating-budget-vs-actuals-fy2020')).toEqual([]);
});

test('"Revenue" carried onto an expenses slide above the costs, no heading between: "Total Expenses" adds the costs alone, and its actual, out by 20, is said (Unitarian Universalist Church of Palo Alto, town hall budget update 2024)', () => {
  const checks = analyseFixture(fixture('uu-church-palo-alto-town-hall-budget-update-2024-04')).checks.filter((c) => c.sheet === 'Slide 6' && c.row === 10 && c.severity === 'error');
  expect(checks.map((c) => c.col).sort()).toEqual([3, 5]);
  expect(checks.find((c) => c.col === 3)!.message).toMatch(/rows 4-10 add up to 606,690 \(a difference of 20\)/);
});

test('"(H) Total estimated eligible costs /€ (=A+B+C+D+F+G)" names its parts: "(A) Direct personnel costs/€" and the rest are context, not spending, and (H) is the budget (EUProofInfra consortium, H2020 proposal budget 2020)', () => {
  const [t] = budgets('euproofinfra-h2020-proposal-budget-submission-2020');
  expect(t!.columns.filter((c) => c.role !== 'label').map((c) => [c.role, c.header.slice(0, 3)])).toEqual([['annualBudget', '(H)']]);
  expect(errorsIn('euproofinfra-h2020-proposal-budget-submission-2020')).toEqual([]);
});

test('"Carry Over from Last Year: $14,890.44" over a PTO\'s budget is its balance, not a line of the budget (an Auburn City Schools PTO, budget 2020-21)', () => {
  const [t] = budgets('auburn-city-schools-pto-budget-2020-21');
  expect(t!.rows.map((r) => r.label)).not.toContain('Carry Over from Last Year:');
});

test('"July 1, 2025 to November 30, 2025 | 25/26 Actual | 25/26 Budget" and "Through November 30, 2025 | …": the period over the names heads the budget as well as the actual, both to that date (Unitarian Universalist Congregation of Cleveland, finance committee report 2025)', () => {
  const tables = budgets('uu-congregation-cleveland-finance-committee-report-2025-11');
  expect(tables.length).toBe(2);
  for (const t of tables) expect(roles(t)).toMatchObject({ ytdActual: 1, ytdBudget: 2 });
  expect(errorsIn('uu-congregation-cleveland-finance-committee-report-2025-11')).toEqual([]);
});

test('"Starting balance // Projected" over a club\'s income and "GENERAL FUND BALANCE" under a parish\'s account, with what is added to the balance and taken from it, are balances, not lines (Kahler Glen Athletic Club 2011-12, Purleigh Parish Council 2019-20)', () => {
  const [kahler] = budgets('kahler-glen-athletic-club-proposed-budget-2011-12');
  expect(kahler!.rows.map((r) => r.label)).not.toContain('Starting balance // Projected');
  const [purleigh] = budgets('purleigh-pc-summary-income-expenditure-2019-20');
  expect(purleigh!.rows.map((r) => r.label)).not.toContain('Add: Total Income');
  expect(errorsIn('purleigh-pc-summary-income-expenditure-2019-20')).toEqual([]);
});

test('a row holding only a further action, its hazard and ratings blank ("Instructor rescues non-swimmers first | Instructor | During event"), under a risk of a register with no references, is that risk\'s next action: the risks after it are still read (Girlguiding Somerset, sailing sessions risk assessment 2022)', () => {
  const register = firstRegister('girlguiding-somerset-somerspirit-sailing-sessions-risk-assessment-2022');
  expect(register.risks.map((r) => r.row + 1)).toEqual(expect.arrayContaining([10, 11, 13]));
  expect(register.risks.map((r) => r.row + 1)).not.toContain(9);
});

test('a charity\'s receipts and payments by fund, "Unrestricted Funds | Designated Funds | 2023 Total | 2022 Total" over "RECEIPTS AND PAYMENTS | £": the year\'s total is its actual, and the cash funds at the year\'s start and end are balances, not lines (a village hall charity, 2022/23)', () => {
  const [t] = budgets('charity-302649-village-hall-receipts-payments-2022-23');
  expect(t!.columns.filter((c) => c.role !== 'label').map((c) => [c.role, c.header])).toEqual([['ytdActual', '2023 Total']]);
  expect(t!.rows.map((r) => r.label)).not.toContain('Cash funds at 1 April 2022');
  expect(errorsIn('charity-302649-village-hall-receipts-payments-2022-23')).toEqual([]);
});

test('the Budget Summary of a continued page counts its total that takes in earlier pages as a sum that could not be checked, not as a difference within rounding, and says only the sums that could be checked agree (Winter Park Water and Sanitation District, 2010)', () => {
  const f = fixture('winter-park-wsd-sewer-fund-budget-and-actual-2010');
  const workbook = workbookOf(f);
  const analysis = analyseFixture(f);
  const summary = buildWritePlan(workbook, analysis, parseConfig({})).sheets.find((s) => s.role === 'budget-summary')!;
  const texts = asGrid(summary).values.flat().filter((v): v is string => typeof v === 'string');
  expect(texts.find((t) => t.startsWith('Checks:'))).toBe('Checks: 0 errors and warnings; 1 sum that could not be checked, counted here and listed in the pane and the report');
  expect(texts).toContain('Every reported variance, subtotal and total that could be checked agrees with its figures.');
});

test('"No Risk" beside "Low" under "Risk Level" is the lowest grade, not a figure that is no number (Pagham FC, COVID-19 risk assessment 2020); a probability rated "Medium/High" among "Low"s is in words of three levels, not turned into numbers (Great Maplestead Parish Council, risk assessment register 2021)', () => {
  const register = firstRegister('pagham-fc-covid-19-risk-assessment-2020-08');
  expect(register.risks[0]!.scores.current?.grade).toBe('No Risk');
  expect(errorsIn('pagham-fc-covid-19-risk-assessment-2020-08')).toEqual([]);
  const maplestead = analyseFixture(fixture('great-maplestead-pc-risk-assessment-register-2021-04'));
  expect(maplestead.checks.filter((c) => c.severity !== 'info')).toEqual([]);
  expect(maplestead.tables.filter((t): t is RiskRegister => t.kind === 'risk').flatMap((t) => t.risks).some((r) => r.scores.current?.likelihood != null)).toBe(false);
});

test('"FY 2019-20 | FY 2019-20" over "Budget | Estimate" on a city\'s mid-year page with no actual: the estimate is the year\'s forecast, the budget the year\'s (City of Azle, utility fund revenue 2019-20); "2024" over "£ (All Unrestricted) £" in an income and expenditure account is the year\'s actual (Whitfield Village Hall, waiting in pending/)', () => {
  const [azle] = budgets('city-of-azle-tx-utility-fund-revenue-mid-year-2019-20');
  expect(roles(azle!)).toMatchObject({ annualBudget: 2, forecastOutturn: 3 });
  expect(errorsIn('city-of-azle-tx-utility-fund-revenue-mid-year-2019-20')).toEqual([]);
  const whitfield = loadFixture(path.join(__dirname, '../corpus/pending', 'whitfield-village-hall-income-expenditure-2023-24.json'));
  const header = budgetHeaderAt(workbookOf(whitfield).sheets[0]!, 3)!;
  expect(header.columns.find((c) => c.role === 'ytdActual')!.col).toBe(1);
});

describe('a council tax page: spending by service as gross, income and net', () => {
  it('"Gross Expenditure | Income | Net Spending" under "Spending plans": the net is the year\'s budget, the gross and income its parts (Oxford City Council 2018/19)', () => {
    const [t] = budgets('oxford-city-council-spending-plans-2018-19');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 3 });
    const planning = t!.rows.find((r) => r.label === 'Planning Services')!;
    expect(planning.annualBudget).toBe(-6.13);
    // (Its gross and income are no actual: no line is graded against them.)
    expect(t!.rows.every((r) => r.ytdActual === null)).toBe(true);
  });

  it('"Gross Exp £m | Income £m | Net Exp £m", this year beside last, over lines coming to "Net Revenue Budget": this year\'s net is the budget (Stockport 2018/19)', () => {
    const [t] = budgets('stockport-mbc-council-tax-cost-of-all-services-2018-19');
    expect(t!.columns.find((c) => c.role === 'annualBudget')!.col).toBe(6);
    expect(t!.rows.find((r) => r.label === 'Adult Social Care')!.annualBudget).toBe(89.788);
    expect(errorsIn('stockport-mbc-council-tax-cost-of-all-services-2018-19')).toEqual([]);
  });

  it('"Spend | Income | Budget", the budget the spend less the income on every line: the year\'s budget, not one to date against an actual (Woking 2024/25)', () => {
    const [t] = budgets('woking-bc-how-we-spend-council-tax-2024-25');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 3 });
    expect(t!.rows.find((r) => r.label?.startsWith('Parking'))!.annualBudget).toBe(-3300000);
    expect(errorsIn('woking-bc-how-we-spend-council-tax-2024-25')).toEqual([]);
  });

  it('the same three columns with no title saying the money is to be spent and no budget line under them stay unread: a statement of accounts gives them as actuals', () => {
    const read = (title: string) => tablesOnSheet([[title], ...lines], 'Services').length;
    const lines = [
      ['Service', 'Gross Expenditure £m', 'Income £m', 'Net Spending £m'],
      ['Central Services', 8.76, -2.76, 6.0],
      ['Housing Services', 88.83, -61.82, 27.01],
      ['Cultural Services', 12.12, -4.43, 7.69],
      ['Planning Services', 8.76, -14.89, -6.13],
    ];
    expect(read('Comprehensive Income and Expenditure Statement')).toBe(0);
    expect(read('Spending plans')).toBe(1);
    expect(read('What your Council Tax pays for')).toBe(1);
  });
});

describe('a council\'s income and expenses by month, with no budget (Knights of Columbus Council 15857, 2025)', () => {
  it('"Jan … Dec | Total YTD": the total says it is to date, so the months are actuals and the table is read for its sums alone', () => {
    const [t] = budgets('knights-of-columbus-council-15857-income-and-expenses-2025');
    expect(roles(t!)).toEqual({ label: 0, ytdActual: 13 });
    expect(t!.rows.find((r) => r.label === 'R-Community - Fish Fry')!.ytdActual).toBe(5868.44);
  });

  it('months and a total that does not say to date, or under a line that says budget, are not taken as actuals alone', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const spent = (n: number) => [n, 2 * n, n + 3, n / 2, n + 1];
    const line = (name: string, n: number) => [name, ...months.map((_, i) => spent(n)[i] ?? 0), spent(n).reduce((a, b) => a + b, 0)];
    const read = (above: string | null, total: string) =>
      tablesOnSheet([[above], ['2025', ...months, total], line('Hall hire', 10), line('Insurance', 20), line('Printing', 30)]).map((t) => (t as BudgetTable).columns.find((c) => c.role !== 'label')?.role);
    expect(read(null, 'Total YTD')).toEqual(['ytdActual']);
    expect(read(null, 'Total')).toEqual([]);
    expect(read('Budgeted income and expenses', 'Total YTD')).not.toEqual(['ytdActual']);
  });
});

describe('a plan set over several years: its first year is the budget', () => {
  it('"Draft capital programme 2017/18 – 2021/22" over "2017/18 | … | 2021/22 | TOTAL": the first year is the year\'s budget (Lancashire CFA)', () => {
    const [t] = budgets('lancashire-cfa-draft-capital-programme-2017-18-2021-22');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1 });
    expect(t!.rows.find((r) => r.label === 'Vehicles')!.annualBudget).toBe(1.659);
  });

  it('"Total Cost | Prior Years Spend | 2025-26 Year 1 …" under "CAPITAL INVESTMENT SUMMARY 2025-26 TO 2034-35": the first year is the budget, the whole cost and earlier spend context, never an actual (Kent CC)', () => {
    const [t] = budgets('kent-county-council-capital-investment-summary-2025-26');
    expect(roles(t!)).toEqual({ label: 1, annualBudget: 5 });
    expect(errorsIn('kent-county-council-capital-investment-summary-2025-26')).toEqual([]);
  });

  it('"2012-13" over "Expenditure | Income | Net" under "3 YEAR REVENUE BUDGETS" and "2012-13 to 2014-15": the first year\'s net is the budget, its expenditure and income its parts (Carmarthenshire CC)', () => {
    const [t] = budgets('carmarthenshire-cc-three-year-revenue-budget-digest-2012-13');
    expect(roles(t!)).toEqual({ label: 4, annualBudget: 8 });
    expect(t!.rows.find((r) => r.label === 'Resources')!.annualBudget).toBe(14924);
  });

  it('years under a title that spans them but sets no plan, or reports on one, are not read so', () => {
    const rows = [['Vehicles', 1.659, 1.806, 2.814], ['Buildings', 4.75, 4.0, 0], ['IT Equipment', 1.35, 0.545, 0.72]];
    const read = (title: string) => tablesOnSheet([[title], [], [null, '2017/18', '2018/19', '2019/20'], ...rows]).length;
    expect(read('Capital programme 2017/18 – 2019/20')).toBe(1);
    expect(read('Vehicle fleet mileage 2017/18 – 2019/20')).toBe(0);
    expect(read('Capital programme monitoring 2017/18 – 2019/20')).toBe(0);
  });
});

describe('a register scored in averages of a workshop\'s votes on the 5x5 (Cairngorms National Park Authority, November 2004)', () => {
  const a = () => analyseFixture(fixture('cairngorms-npa-risk-workshop-results-2004-11'));

  it('reads each average as printed and works its score to the cent: 4.30 x 4.70 = 20.21, the printed 20.20 within the averages\' rounding', () => {
    const register = a().tables[0] as RiskRegister;
    expect(register.averagedRatings).toBe(true);
    expect(register.risks[0]!.scores.current).toMatchObject({ likelihood: 4.3, consequence: 4.7, score: 20.21, typedScore: 20.2 });
    expect(a().checks).toEqual([]);
  });

  it('grades each score by the band it has reached, as the summary\'s LOOKUP of the bands does: 14.76, between High (8-12) and Extreme (15-25), is High', () => {
    const register = a().tables[0] as RiskRegister;
    const grade = (ref: string) => register.risks.find((r) => r.ref === ref)!.scores.current!.grade;
    expect([grade('1'), grade('9'), grade('27')]).toEqual(['Extreme', 'High', 'High']);
  });

  it('a score typed beyond the averages\' rounding is still a mismatch', () => {
    const f = fixture('cairngorms-npa-risk-workshop-results-2004-11');
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 5 ? [r[0]!, r[1]!, r[2]!, r[3]!, '22.20'] : r));
    const mismatches = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).checks.filter((c) => c.code === 'score_mismatch');
    expect(mismatches.map((c) => [c.row + 1, c.message])).toEqual([[6, 'The current score is typed as 22.2 but 4.3 x 4.7 = 20.21; the register shows the wrong grade if left']]);
  });

  it('the Risk Summary shows the averages with their decimals, puts them on no heat map and says why', () => {
    const f = fixture('cairngorms-npa-risk-workshop-results-2004-11');
    const workbook = workbookOf(f);
    const analysis = analyseWorkbook(workbook);
    const values = asGrid(buildWritePlan(workbook, analysis, parseConfig({})).sheets.find((s) => s.role === 'risk-summary')!).values.flat();
    expect(values.some((v) => typeof v === 'string' && v.startsWith('No heat map: the register on "Annex 1" gives its likelihoods and impacts as averages with decimals'))).toBe(true);
    expect(values.some((v) => typeof v === 'string' && v.startsWith('Heat map'))).toBe(false);
    expect(values).toContain('A score between two bands has the grade of the band below it until it reaches the next band\'s "From score".');
    // (Its source cells keep their decimals beside the grade: "0.00" before the band's name.)
    expect(riskSourceRules(analysis.tables[0] as RiskRegister).map((r) => r.style.numberFormat)).toContain('0.00" High";-0.00;0;@" High"');
  });
});

describe('a community group\'s proposal budget, titled "Budget" at the top of the page (.Layer, 2019)', () => {
  it('"Comments | Quarter (2019) | Amount" nine rows under the title, its group name and date between: the amounts are the year\'s budget', () => {
    const [t] = budgets('dot-layer-ssc-proposal-budget-2019');
    expect(roles(t!)).toEqual({ label: 2, annualBudget: 6 });
    expect(t!.rows.find((r) => r.label === 'Total expenses')).toMatchObject({ kind: 'total', annualBudget: 4900 });
  });

  it('the title at the top with no year anywhere above the amounts is not enough', () => {
    const read = (rows: (string | number | null)[][]) => tablesOnSheet(rows, 'Sheet 1').length;
    const lines = [[null, 'Website hosting', 'Domain', 35], [null, 'Translation', 'Articles', 500], [null, 'Equipment', 'Filming', 1350], [null, 'Total expenses', null, 1885]];
    expect(read([['Budget'], [], [null, 'Group name:', '.Layer'], [], [null, null, 'Comments', 'Amount'], ...lines])).toBe(0);
    expect(read([['Budget'], [], [null, 'Date:', '2019-01-30'], [], [null, null, 'Comments', 'Amount'], ...lines])).toBe(1);
  });
});

describe('a school district\'s proposed revenue, before its committee and board have acted (Dayton School District #8, 2024-25)', () => {
  it('"2024-2025 Proposed | Approved | Adopted", the later stages 0 on every line: the proposed is the year\'s budget', () => {
    const tables = budgets('dayton-sd8-proposed-revenue-2024-25');
    expect(tables).toHaveLength(4);
    expect(tables.map((t) => roles(t))).toEqual(tables.map(() => ({ label: 1, annualBudget: 5 })));
    expect(tables[0]!.rows.find((r) => r.label === 'CUR YR TAXES')!.annualBudget).toBe(3168816);
    expect(errorsIn('dayton-sd8-proposed-revenue-2024-25')).toEqual([]);
  });

  it('"RESOURCES BEG FUND BAL" among the revenues is a resource the fund total adds: a line, not a balance beside the table', () => {
    const [general] = budgets('dayton-sd8-proposed-revenue-2024-25');
    expect(general!.rows.find((r) => r.label === 'RESOURCES BEG FUND BAL')).toMatchObject({ kind: 'line', annualBudget: 3240000 });
  });

  it('once the board has adopted figures, the adopted stage is the budget', () => {
    const f = fixture('dayton-sd8-proposed-revenue-2024-25');
    const sheet = f.sheets[0]!;
    // (Every later stage filled in, as after the board's vote.)
    const rows = sheet.rows.map((r, i) => (i >= 5 && i <= 23 && typeof r[5] === 'number' ? [...r.slice(0, 6), r[5], r[5]] : r));
    const [t] = analyseFixture({ ...f, sheets: [{ ...sheet, rows }] }).tables.filter((x): x is BudgetTable => x.kind === 'budget');
    expect(t!.columns.find((c) => c.role === 'annualBudget')!.col).toBeGreaterThan(5);
  });
});

describe('a city\'s expenditure summary, "Year to" printed over "Date" (City of Orono, July 2009)', () => {
  it('"Year to" over "Date" beside "Budget | Balance | Percent": the actual to date, read whole', () => {
    const [t] = budgets('city-of-orono-mn-expenditure-summary-compared-to-budget-2009-07');
    expect(roles(t!)).toMatchObject({ label: 0, ytdActual: 1, annualBudget: 2 });
    expect(t!.rows.find((r) => r.label === 'Mayor & Council')).toMatchObject({ ytdActual: 46596.73, annualBudget: 90930 });
    expect(errorsIn('city-of-orono-mn-expenditure-summary-compared-to-budget-2009-07')).toEqual([]);
  });

  it('"Date" alone, with nothing over it, is no actual', () => {
    const f = fixture('city-of-orono-mn-expenditure-summary-compared-to-budget-2009-07');
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 3 ? [] : r));
    expect(analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables).toEqual([]);
  });
});

describe('a hackerspace\'s budget vote (Pumping Station One, 2014)', () => {
  it('"Expense | Yearly | April-December" under "2014 Budget Vote": the yearly figure is the year\'s budget, the months left a share of it, no actual', () => {
    const [t] = budgets('pumping-station-one-budget-vote-monthly-fixed-expenses-2014');
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1 });
    expect(t!.rows.find((r) => r.label === 'Rent')).toMatchObject({ annualBudget: 45108, ytdActual: null });
  });

  it('the same columns under a title that sets no budget are not read', () => {
    const f = fixture('pumping-station-one-budget-vote-monthly-fixed-expenses-2014');
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 0 ? ['Monthly expenses'] : r));
    expect(analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, name: 'Expenses', rows }] }).tables).toEqual([]);
  });
});

describe('a university\'s risk assessment form, its approval part under the register (University of Southampton ECS, 2019)', () => {
  it('"Signed | | Print name | | Date" ends the register: no risk, and "Date" is no consequence typed wrong', () => {
    const a = analyseFixture(fixture('university-of-southampton-ecs-smallpeice-summer-school-risk-assessment-2019-08'));
    const register = a.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(register.risks.map((r) => r.row + 1).at(-1)).toBe(29);
    expect(a.checks.filter((c) => c.code === 'not_a_number')).toEqual([]);
    // (Its four scores typed wrong, 1 x 5 printed as 1 and 3 x 5 as 5, are still found.)
    expect(a.checks.filter((c) => c.code === 'score_mismatch').map((c) => `${c.row + 1}`).sort()).toEqual(['11', '12', '12', '20']);
  });
});

describe('a student\'s festival risk assessment, its ratings abbreviated in the header (Birmingham City University, 2024)', () => {
  it('"SR | LR | Risk Level" read by the key twenty rows above ("Severity Rating (SR)", "Likelihood Rating (LR)"), severity first', () => {
    const register = firstRegister('bcu-live-sound-reinforcement-newcastle-festival-risk-assessment-2024-01');
    expect(register.risks[0]!.scores.inherent ?? register.risks[0]!.scores.current).toMatchObject({ likelihood: 1, consequence: 5, score: 5 });
    expect(errorsIn('bcu-live-sound-reinforcement-newcastle-festival-risk-assessment-2024-01')).toEqual([]);
  });

  it('without the key, "SR" and "LR" stay unread', () => {
    const f = fixture('bcu-live-sound-reinforcement-newcastle-festival-risk-assessment-2024-01');
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 5 ? [] : r));
    const register = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables.find((t): t is RiskRegister => t.kind === 'risk');
    expect(register?.risks[0]!.scores.inherent?.likelihood ?? register?.risks[0]!.scores.current?.likelihood ?? null).toBeNull();
  });
});

test('"% of forecast turnover" under "Forecast for year 2006-07" is a share, never the forecast (NHS trusts\' six-month returns, The Guardian)', () => {
  const sheet = workbookOf(fixture('guardian-dh-nhs-trusts-financial-returns-six-months-2006-07')).sheets[0]!;
  const readings: { col: number; role: string | null; why: string }[] = [];
  budgetHeaderAt(sheet, 2, (r) => readings.push(...r.readings));
  // (Column E, under the block's "Surplus/ deficit £000s | % of forecast turnover".)
  expect(readings.find((x) => x.col === 4)).toMatchObject({ role: null, why: expect.stringContaining('a share') });
});

describe('a city\'s budget book as a flat extract, a bureau repeated down its lines (City of Portland, Budget in Brief, 2015-17)', () => {
  const id = 'city-of-portland-or-budget-in-brief-requirements-by-bureau-fy2015-16-2016-17';

  it('"Bureau | Budget Category": the category names each line, the bureau its block; "total" is the bureau\'s own sum over its lines', () => {
    const [t] = budgets(id);
    expect(roles(t!)).toMatchObject({ label: 2, annualBudget: 8 });
    // (Sheet rows 25 to 27: the bureau's total over its two lines.)
    const water = t!.rows.filter((r) => r.row >= 24 && r.row <= 26);
    expect(water.map((r) => [r.kind, r.label, r.annualBudget])).toEqual([
      ['subtotal', 'Portland Water Bureau', 645005105],
      ['line', 'Operating', 562115105],
      ['line', 'Capital', 82890000],
    ]);
    expect(errorsIn(id)).toEqual([]);
  });

  it('a bureau whose "total" is not its lines\' sum is said to be wrong there, and nowhere else', () => {
    const f = fixture(id);
    // The Water Bureau's capital retyped as 1: its "total" no longer adds its two lines.
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 26 ? [...r.slice(0, 8), 1] : r));
    const analysis = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] });
    expect((analysis.tables[0] as BudgetTable).rows.find((r) => r.row === 24)).toMatchObject({ kind: 'subtotal', label: 'Portland Water Bureau' });
    expect(analysis.checks.filter((c) => c.severity === 'error').map((c) => [c.code, c.row, c.where])).toEqual([['subtotal_mismatch', 24, 'Portland Water Bureau']]);
  });

  it('one name on two lines of a block does not tell the lines apart: the bureau stays the names', () => {
    const sheet = [
      ['Bureau', 'Fund', 'Adopted FY 2016-17'],
      ...['Police', 'Fire', 'Parks'].flatMap((b) => [[b, 'General', 10], [b, 'General', 20]]),
    ];
    const [t] = tablesOnSheet(sheet) as BudgetTable[];
    expect(roles(t!)).toMatchObject({ label: 0 });
  });
});

describe('a project register scored on three ratings, "Likelihood | Impact | Controls (1-3) | Risk Rating" (practicum team k248301, 2025)', () => {
  const id = 'k248301-practicum-crypto-trading-bot-risk-register-2025-11';
  /** The fixture with the cell at a 0-based row and column retyped. */
  const retyped = (row: number, col: number, value: string | number) => {
    const f = fixture(id);
    return { ...f, sheets: [{ ...f.sheets[0]!, rows: f.sheets[0]!.rows.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r)) }] };
  };

  it('each score is likelihood x impact x controls, as typed: no score called wrong or out of range, graded by the register\'s own key of such products', () => {
    const a = analyseFixture(fixture(id));
    const register = a.tables[0] as RiskRegister;
    expect(register.scoreFactor).toEqual({ slot: 'current', col: 7, header: 'Controls (1-3)' });
    // "1 To 10 | Low" … "26 To 50 | High", "50+ | Critical": the shared 50 goes to the higher band, the last open to 5 x 5 x 3.
    expect(register.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Low', 1, 10], ['Medium', 11, 25], ['High', 26, 49], ['Critical', 50, 75]]);
    const current = (title: string) => register.risks.find((r) => r.title === title)!.scores.current;
    expect(current('MT5 API changes')).toMatchObject({ likelihood: 3, consequence: 4, score: 24, grade: 'Medium' });
    expect(current('Security breach / user data leak')).toMatchObject({ score: 10, grade: 'Low' });
    expect(current('Trading Logic Failure')).toMatchObject({ score: 60, grade: 'Critical' });
    // The two priorities typed against the key: 10 is Low, 20 Medium, both typed High.
    expect(a.checks.filter((c) => c.severity === 'error').map((c) => [c.code, c.row + 1, c.col])).toEqual([['grade_mismatch', 21, 10], ['grade_mismatch', 30, 10]]);
    expect(a.notes.join(' ')).toMatch(/scores each risk as its likelihood x impact x "Controls \(1-3\)"/);
  });

  it('with the key\'s rows above 25 gone, the scores beyond it are left ungraded, never given a band that does not hold them', () => {
    const f = fixture(id);
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 37 || i === 38 ? [] : r));
    const register = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables[0] as RiskRegister;
    expect(register.risks.find((r) => r.title === 'Trading Logic Failure')!.scores.current).toMatchObject({ score: 60, grade: null });
  });

  it('a rating typed wrong is said to be wrong, with the three ratings it should be the product of', () => {
    // "MT5 API changes": 3 x 4 x 2, typed 25.
    const a = analyseFixture(retyped(12, 8, 25));
    expect(a.checks.filter((c) => c.code === 'score_mismatch').map((c) => [c.code, c.row + 1, c.message])).toEqual([
      ['score_mismatch', 13, 'The current score is typed as 25 but 3 x 4 x 2 = 24; the register shows the wrong grade if left'],
    ]);
  });

  it('a third column the scores are not the product of (a priority, 1 to 3) is no factor: the scores stay likelihood x impact', () => {
    const f = fixture(id);
    // Ratings typed as likelihood x impact, the controls column left as it is.
    const rows = f.sheets[0]!.rows.map((r, i) => (i >= 12 && i <= 29 ? r.map((v, c) => (c === 8 ? Number(r[5]) * Number(r[6]) : v)) : r));
    const register = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables[0] as RiskRegister;
    expect(register.scoreFactor).toBeUndefined();
    expect(register.risks[0]!.scores.current).toMatchObject({ score: 12 });
  });

  it('the Risk Summary multiplies the three live, grades only within its bands and puts the register on no heat map, saying why', () => {
    const workbook = workbookOf(fixture(id));
    const analysis = analyseWorkbook(workbook);
    const summary = buildWritePlan(workbook, analysis, parseConfig({})).sheets.find((s) => s.role === 'risk-summary')!;
    const cells = summary.rows.flat().filter((c) => c !== undefined);
    expect(cells.some((c) => c!.kind === 'formula' && /\*'?Sheet1'?!\$?H\$?13,""\)$/.test(c!.formula))).toBe(true);
    expect(cells.some((c) => c!.kind === 'formula' && c!.formula.includes('>MAX($C$'))).toBe(true);
    const values = asGrid(summary).values.flat();
    expect(values).toContain('No heat map: the register on "Sheet1" scores each risk as likelihood x impact x "Controls (1-3)", which no cell of a 5x5 map of likelihood and impact holds.');
    expect(values.some((v) => typeof v === 'string' && v.startsWith('Heat map'))).toBe(false);
  });
});

describe('registers written as Markdown pages (holdout 225)', () => {
  it('a key drawn with coloured marks ("7–9 | 🔴 High") is the register\'s own, and grades it (Cassion Team, 2026)', () => {
    const id = 'cassion-team-python-task-manager-risk-register-2026-04';
    const register = firstRegister(id);
    expect(register.scheme.id).toBe('workbook');
    expect(register.scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Low', 1, 3], ['Medium', 4, 6], ['High', 7, 9]]);
    expect(register.risks.find((r) => r.ref === 'R-01')!.scores.current).toMatchObject({ score: 6, grade: 'Medium' });
    expect(errorsIn(id)).toEqual([]);
  });

  it('a header printed again over each section does not make the ratings under it other than Low, Medium and High: read on the page\'s 3x3 matrix, not as a five-level scale (Signature Med Support, 2025)', () => {
    const id = 'signature-med-support-strategic-risk-register-2025-05';
    const register = firstRegister(id);
    const risk = (ref: string) => register.risks.find((r) => r.ref === ref)!.scores.current;
    // High probability x Medium impact: 3 x 2, the grid's "High Risk"; High x High, "Critical Risk".
    expect(risk('MKT-001')).toMatchObject({ likelihood: 3, consequence: 2, score: 6, grade: 'High' });
    expect(errorsIn(id)).toEqual([]);
  });

  it('"Impact: Low | Impact: Medium | Impact: High" across a matrix under "Probability": the labels name their scale, and "Low" rates by them', () => {
    const f = fixture('signature-med-support-strategic-risk-register-2025-05');
    // Without the scale's name in the labels, nothing says which side is which: the matrix is no key, and the words are not read.
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 13 ? ['Probability', 'Low', 'Medium', 'High'] : r));
    const register = analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables[0] as RiskRegister;
    expect(register.risks[0]!.scores.current?.likelihood ?? null).toBeNull();
  });

  it('"Low (1) | Medium (2) | High (3)" along the top, "High Impact (3)" down the side: the side naming impact is the impact (a Jira portfolio\'s register, 2026)', () => {
    const id = 'agile-pm-jira-portfolio-it-transformation-risk-register-2026-06';
    const register = firstRegister(id);
    // Medium probability, High impact: 2 x 3, "High" where the rows for High Impact meet Medium.
    expect(register.risks.find((r) => r.ref === 'R01')!.scores.current).toMatchObject({ likelihood: 2, consequence: 3, score: 6, grade: 'High' });
    expect(errorsIn(id)).toEqual([]);
  });
});

describe('budget lists with no heading over their amounts (holdouts 223 and 224)', () => {
  it('a town\'s "COMBINED BUDGET SUMMARY", its year in the document\'s title above, lines indented one column in and totals flush left (Town of Sykesville, FY2026)', () => {
    const id = 'town-of-sykesville-md-combined-budget-summary-fy2026-draft';
    const [t] = budgets(id);
    expect(roles(t!)).toEqual({ label: 1, annualBudget: 2 });
    expect(t!.rows.find((r) => r.label === 'Public Safety')).toMatchObject({ kind: 'line', annualBudget: 1015469 });
    expect(t!.rows.filter((r) => r.kind !== 'line').map((r) => [r.kind, r.label, r.annualBudget])).toEqual([
      ['section', 'Revenues:', null],
      ['subtotal', 'Total Revenues', 6872516],
      ['section', 'Expenditures:', null],
      ['subtotal', 'Total Expenditures', 6872516],
    ]);
    expect(errorsIn(id)).toEqual([]);
  });

  it('a club\'s "Annual Budget" over "FISCAL YEAR JUN 2015 - MAY 2016": the year on the line under the title; its full total said to be short (Fremont High Robotics)', () => {
    const id = 'fremont-high-firebots-robotics-annual-budget-2015-16';
    const [t] = budgets(id);
    expect(t!.rows.find((r) => r.label === 'Robot Building Costs')).toMatchObject({ annualBudget: 7000 });
    expect(analyseFixture(fixture(id)).checks.filter((c) => c.severity === 'error').map((c) => [c.code, c.row + 1])).toEqual([['total_mismatch', 34]]);
  });

  it('with no year over or under the title, or half a year ("Sept 2023 – Feb 2024"), the list is not read', () => {
    const f = fixture('fremont-high-firebots-robotics-annual-budget-2015-16');
    for (const line of ['', 'SEPT 2015 - FEB 2016']) {
      const rows = f.sheets[0]!.rows.map((r, i) => (i === 5 ? [line] : r));
      expect(analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables).toEqual([]);
    }
  });
});

describe('a budget book converted from PDF, the converter\'s stamp on every row left of it (Saint Louis Public Schools, 2019-20)', () => {
  const id = 'saint-louis-public-schools-budget-book-clyde-miller-fy2020';

  it('"Document ID | Remote ID | Filename | Received At | Processed At", the same on every row: read past, the school\'s tables read beside it', () => {
    const tables = budgets(id);
    expect(tables).toHaveLength(2);
    expect(tables[0]!.rows.find((r) => r.label === 'Benefits')).toMatchObject({ annualBudget: 1216276 });
    expect(tables.every((t) => t.columns.every((c) => c.col >= 6))).toBe(true);
    expect(errorsIn(id)).toEqual([]);
  });

  it('columns the same on every row that name no file or document (a fund, a year) are the table\'s own, not a stamp', () => {
    const f = fixture(id);
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 0 ? 'General Fund' : c === 2 ? '2019-20' : v))));
    const sheet = workbookOf({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).sheets[0]!;
    expect(firstColumnAfterStamp(sheet)).toBeNull();
    // (Column F, "Table Data", blank on every row, goes with it.)
    expect(firstColumnAfterStamp(workbookOf(f).sheets[0]!)).toBe(6);
  });
});

describe('a student team\'s register with its chances in percent, "50%-70%" (DHBW Karlsruhe gamedevs, 2022)', () => {
  const id = 'dhbw-karlsruhe-gamedevs-risk-management-2022-04';

  it('is set aside with the reason, rather than each chance called out of range', () => {
    const a = analyseFixture(fixture(id));
    expect(a.tables).toEqual([]);
    expect(a.checks).toEqual([]);
    expect(a.notes.join(' ')).toMatch(/row 3 was not read: its likelihoods are chances in percent \("0%-0%", "0%-10%", "50%-70%" in "Risk Probability of Occurrence"\)/);
  });

  it('the same register rated 1 to 5 is read', () => {
    const f = fixture(id);
    const rows = f.sheets[0]!.rows.map((r, i) => (i >= 3 && i <= 7 ? r.map((v, c) => (c === 2 ? String(i - 2) : c === 3 ? '4' : v)) : r));
    expect(analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables.filter((t) => t.kind === 'risk')).toHaveLength(1);
  });
});

describe('an open-source project\'s funding request, "Item | Requested Amount" under "Approximate Budget" (The Astropy Project, 2022)', () => {
  const id = 'astropy-project-cycle3-funding-request-leadership-admin-2022';

  it('the amount requested is the budget, its year in the sentence between the title and the table; the minimum requested under it, headed alike, is read under the same title', () => {
    const [t, minimum] = budgets(id);
    expect(minimum!.rows.find((r) => r.kind === 'total')).toMatchObject({ annualBudget: 16647 });
    expect(roles(t!)).toEqual({ label: 0, annualBudget: 1 });
    expect(t!.rows.map((r) => [r.kind, r.label, r.annualBudget])).toEqual([
      ['line', 'Salary', 17457],
      ['line', 'Summer Fringe (27.3%)', 4766],
      ['line', 'F&A (12.5%)', 2778],
      ['total', 'TOTAL', 25001],
    ]);
  });

  it('"Requested Amount" under no title saying budget is not read', () => {
    const f = fixture(id);
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 30 ? ['Approximate costs'] : r));
    expect(analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables).toEqual([]);
  });
});

describe('a charter school\'s budget summary, its years heading the columns under "… FY25-26 Budget" (Golden Valley Orchard School, 2025)', () => {
  const id = 'golden-valley-orchard-school-fy25-26-budget-2025-05';

  it('the year\'s budget at an interim stage is the budget the title sets: read alone, and "Average Daily Attendance" is a count, no money line', () => {
    const [t] = budgets(id);
    expect(t!.columns.find((c) => c.role === 'annualBudget')?.header).toMatch(/^FY25-26/);
    expect(t!.rows.find((r) => r.label === 'Benefits')).toMatchObject({ annualBudget: 677130 });
    expect(t!.rows.some((r) => r.label === 'AVERAGE DAILY ATTENDANCE' && r.kind === 'line')).toBe(false);
    expect(errorsIn(id)).toEqual([]);
  });

  it('under a title naming no year, the interim columns alone are no table', () => {
    const f = fixture(id);
    const rows = f.sheets[0]!.rows.map((r, i) => (i === 0 ? [null, 'Golden Valley Orchard Budget'] : r));
    expect(analyseFixture({ ...f, sheets: [{ ...f.sheets[0]!, rows }] }).tables).toEqual([]);
  });
});

describe('a church\'s risk assessment form, "Identify the hazards | … | Hazard Level" (King\'s Church Beverley, 2020)', () => {
  const id = 'kings-church-beverley-meetings-risk-assessment-2020-07';

  it('"Hazard Level" over "low" is each risk\'s grade, as "Risk Level" is; no score called not a score', () => {
    const register = firstRegister(id);
    // (In the scheme's spelling of the band it names.)
    expect(register.risks.map((r) => r.scores.current?.grade)).toEqual(Array(7).fill('Low'));
    expect(analyseFixture(fixture(id)).checks).toEqual([]);
  });

  it('"Hazard Level" over numbers is a score, and the hazard named beside it is the risk', () => {
    expect(riskMeasureOf('Hazard Level')).toBe('score');
    expect(riskInfoRoleOf('Identify the hazards')).toBe('title');
  });
});

describe('a student team\'s register rated "Likely/Major" in one cell under a 5x5 matrix of words (University of York, SEPR, 2016)', () => {
  const id = 'university-of-york-sepr-drtn-risk-assessment-2016-11';

  it('"Overall Risk" over "Somewhat Likely/Severe" is the pair\'s score, read and graded by the matrix above', () => {
    const register = firstRegister(id);
    const risk = (title: string) => register.risks.find((r) => r.title?.startsWith(title))!.scores.current;
    expect(risk('Ineffective communication')).toMatchObject({ likelihood: 3, consequence: 5, score: 15, grade: 'Critical' });
    // ("Severe Impact": the rating and its scale's name.)
    expect(risk('Final build has low quality')).toMatchObject({ likelihood: 2, consequence: 5 });
    expect(errorsIn(id)).toEqual([]);
  });

  it('"Risk Category" over pairs no scale reads ("Finance/Legal") is no rating', () => {
    const rows = [['Risk', 'Owner', 'Risk Category', 'Likelihood', 'Impact'], ...['Finance/Legal', 'People/Estates', 'IT/Data'].map((c, i) => [`Risk ${i + 1}`, 'Clerk', c, 2, 3])];
    const [t] = tablesOnSheet(rows) as RiskRegister[];
    expect(t!.columns.some((c) => c.col === 2)).toBe(false);
  });
});
