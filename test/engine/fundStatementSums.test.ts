/**
 * A fund's statement of revenues, expenditures and changes in fund balance, as a US school
 * office's financial system prints it: "NET INCREASE (DECREASE) IN FUND BALANCE" is the excess of
 * revenues over expenditures and the other financing sources less uses, both nets already,
 * added as printed; and a programme's summary of the same statement in one line a block ("A.
 * TOTAL REVENUES", "B. TOTAL EXPENDITURES", "C. EXCESS …", "D. TOTAL OTHER FINANCING …", "E. NET
 * INCREASE …") nets those lines as its blocks' totals. The grids are Sacramento COE's budget
 * revision summary, its fund page and its first programme (test/corpus/fixtures), one figure a
 * row read (the revised budget).
 */
import { BudgetTable } from '../../src/engine/model';
import { budgetTablesOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | null>>;
const budgetsOn = (values: Grid) =>
  budgetTablesOf('Summary', values);
const named = (t: BudgetTable, label: string) => t.rows.find((r) => r.label === label);

const FUND_PAGE: Grid = [
  [null, "Approved", "Increase", "Revised"],
  [null, "Budget", "(Decrease)", "Budget"],
  ["------------------------------------------------------------------------------------------------------------------------------------"],
  ["REVENUES"],
  ["8010-8099 LCFF Sources", "38,196,002.00", "790,573.00-", "37,405,429.00"],
  ["8100-8299 Federal Revenue", "9,259,006.00", "3,137,014.00", "12,396,020.00"],
  ["8300-8599 Other State Revenues", "48,737,885.00", "20,328,773.00", "69,066,658.00"],
  ["8600-8799 Other Local Revenues", "54,091,219.00", "5,151,942.00", "59,243,161.00"],
  ["TOTAL REVENUES", "150,284,112.00", "27,827,156.00", "178,111,268.00"],
  [],
  ["EXPENDITURES"],
  ["1000-1999 Certificated Salaries", "35,421,047.00", "169,355.00", "35,590,402.00"],
  ["2000-2999 Classified Salaries", "50,139,246.00", "1,209,982.00-", "48,929,264.00"],
  ["3000-3999 Employee Benefits", "37,836,844.00", "1,280,718.00-", "36,556,126.00"],
  ["4000-4999 Books & Supplies", "3,678,011.00", "532,859.00", "4,210,870.00"],
  ["5000-5999 Svcs-Other Oper. Exp.", "45,396,241.00", "31,964,205.00", "77,360,446.00"],
  ["6000-6599 Capital Outlay", "2,365,463.00", "1,321,921.00", "3,687,384.00"],
  ["7100-7200 Other Outgoing", "915,068.00", "24,487.00-", "890,581.00"],
  ["7431-7439 Debt Service", "0.00", null, "0.00"],
  ["5700-5799 Interprogram Services", "384,503.00-", "11,785.00", "372,718.00-"],
  ["7300-7399 Direct Supp./Indir.Costs", "1,254,704.00-", "56,995.00", "1,197,709.00-"],
  ["TOTAL EXPENDITURES", "174,112,713.00", "31,541,933.00", "205,654,646.00"],
  [],
  ["EXCESS (DEFICIENCY) OF REVENUES OVER EXPENDITURES", "23,828,601.00-", "3,714,777.00-", "27,543,378.00-"],
  [],
  ["OTHER FINANCING SOURCES/USES"],
  ["Interfund Transfers"],
  ["8910-8929 Transfers In", "7,159,638.00", "7,159,638.00-", "0.00"],
  ["7610-7629 Transfers Out", "285,942.00-", "13,779.00-", "299,721.00-"],
  ["Other Sources/Uses"],
  ["8930-8979 Sources", "0.00", null, "0.00"],
  ["7630-7699 Uses", "0.00", null, "0.00"],
  ["Contributions"],
  ["8980-8989 Statutory", "0.00", "13,250,034.00", "13,250,034.00"],
  ["8990-8999 Other", "0.00", null, "0.00"],
  ["TOTAL OTHER FINANCING SOURCES/USES", "6,873,696.00", "6,076,617.00", "12,950,313.00"],
  [],
  ["NET INCREASE (DECREASE) IN FUND BALANCE", "16,954,905.00-", "2,361,840.00", "14,593,065.00-"],
];

const PROGRAMME: Grid = [
  [null, "Approved", "Increase", "Revised"],
  [null, "Budget", "(Decrease)", "Budget"],
  ["------------------------------------------------------------------------------------------------------------------------------------"],
  ["A. TOTAL REVENUES", "42,850,969.00", "1,814,384.00", "44,665,353.00"],
  ["B. TOTAL EXPENDITURES", "18,948,899.00", "351,190.00", "19,300,089.00"],
  ["C. EXCESS (DEFICIENCY) OF REVENUES OVER EXPENDITURES", "23,902,070.00", "1,463,194.00", "25,365,264.00"],
  ["D. TOTAL OTHER FINANCING SOURCES/USES", "32,976,493.00-", "137,552.00", "32,838,941.00-"],
  ["E. NET INCREASE (DECREASE) IN FUND BALANCE", "9,074,423.00-", "1,600,746.00", "7,473,677.00-"],
  ["F. 1) Beginning Balance", "54,157,250.06", null, "54,157,250.06"],
  ["2) Ending Balance, June 30", "45,082,827.06", "1,600,746.00", "46,683,573.06"],
];

test('the net change in fund balance adds the excess of revenues over expenditures and the other financing sources/uses (a county office\'s budget revision, fund page)', () => {
  const [t] = budgetsOn(FUND_PAGE);
  expect(named(t!, 'EXCESS (DEFICIENCY) OF REVENUES OVER EXPENDITURES')).toMatchObject({ kind: 'subtotal', annualBudget: -27543378 });
  expect(named(t!, 'TOTAL OTHER FINANCING SOURCES/USES')).toMatchObject({ kind: 'subtotal', annualBudget: 12950313 });
  expect(named(t!, 'NET INCREASE (DECREASE) IN FUND BALANCE')).toMatchObject({ kind: 'total', annualBudget: -14593065 });
});

test('a programme\'s summary in one line a block: C nets A and B, E adds C and D (the same revision, first programme)', () => {
  const [t] = budgetsOn(PROGRAMME);
  expect(named(t!, 'TOTAL REVENUES')).toMatchObject({ kind: 'line', code: 'A' });
  expect(named(t!, 'TOTAL EXPENDITURES')).toMatchObject({ kind: 'line', code: 'B' });
  expect(named(t!, 'EXCESS (DEFICIENCY) OF REVENUES OVER EXPENDITURES')).toMatchObject({ kind: 'subtotal', code: 'C', annualBudget: 25365264 });
  expect(named(t!, 'TOTAL OTHER FINANCING SOURCES/USES')).toMatchObject({ kind: 'line', code: 'D' });
  expect(named(t!, 'NET INCREASE (DECREASE) IN FUND BALANCE')).toMatchObject({ kind: 'total', code: 'E', annualBudget: -7473677 });
});

test('results that do not add up stay lines: a net change that is not the excess and the other financing added', () => {
  const wrong = FUND_PAGE.map((r) => (r[0] === 'NET INCREASE (DECREASE) IN FUND BALANCE' ? [r[0], r[1], r[2], '14,000,000.00-'] : r));
  const [t] = budgetsOn(wrong);
  expect(named(t!, 'NET INCREASE (DECREASE) IN FUND BALANCE')?.kind).toBe('line');
});
