/**
 * A fund's statement ends with its fund balance: a heading ("FUND BALANCE, RESERVES") a line
 * below the net change in fund balance, over the beginning and ending balances. The heading is
 * the statement's, kept as a section of the table; the balances under it are no lines of it.
 * The grid is Sacramento COE's adopted budget summary, county school service fund
 * (test/corpus/fixtures).
 */
import { budgetTablesOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | null>>;
const budgetsOn = (values: Grid) =>
  budgetTablesOf('Adopted Budget Summary', values);

const FUND_SUMMARY: Grid = [
  ["EXECUTIVE SUMMARY"],
  ["ADOPTED BUDGET SUMMARY"],
  ["COUNTY SCHOOL SERVICE FUND"],
  [],
  [null, "Revised Budget", "Increase", "July 1 Budget"],
  [null, "2024/25", "(Decrease)", "2025/26"],
  [],
  ["REVENUES"],
  ["8010-8099 LCFF Sources", "36,788,428", "1,407,574", "38,196,002"],
  ["8100-8299 Federal Revenue", "15,179,594", "(5,920,588)", "9,259,006"],
  ["8300-8599 Other State Revenues", "211,000,309", "(120,179,182)", "90,821,127"],
  ["8600-8799 Other Local Revenues", "94,784,332", "(40,693,113)", "54,091,219"],
  ["TOTAL REVENUES", "357,752,663", "(165,385,309)", "192,367,354"],
  [],
  ["EXPENDITURES"],
  ["1000-1999 Certificated Salaries", "32,830,147", "2,590,900", "35,421,047"],
  ["2000-2999 Classified Salaries", "47,025,795", "3,113,451", "50,139,246"],
  ["3000-3999 Employee Benefits", "35,726,783", "2,110,061", "37,836,844"],
  ["4000-4999 Books & Supplies", "5,070,024", "(1,392,013)", "3,678,011"],
  ["5000-5999 Svcs-Other Oper. Exp.", "246,230,284", "(165,910,439)", "80,319,845"],
  ["5700-5799 Interprogram Services", "(305,349)", "(79,154)", "(384,503)"],
  ["6000-6999 Capital Outlay", "2,786,368", "(420,905)", "2,365,463"],
  ["7100-7199 Other Outgo, Tuition", "497,500", "0", "497,500"],
  ["7200-7299 Interagency Transfers Out", "491,431", "(73,863)", "417,568"],
  ["7300-7399 Transfers of Indirect Costs", "(1,276,832)", "22,128", "(1,254,704)"],
  ["7430-7439 Debt Service", "0", "0", "0"],
  ["TOTAL EXPENDITURES", "369,076,151", "(160,039,834)", "209,036,317"],
  [],
  ["EXCESS/(DEFICIENCY) OF REVENUES OVER EXPENDITURES", "(11,323,488)", "(5,345,475)", "(16,668,963)"],
  [],
  ["OTHER FINANCING SOURCES & USES"],
  ["Interfund Transfers"],
  ["8900-8929 Interfund Transfers In", "15,068,894", "(7,909,256)", "7,159,638"],
  ["7600-7629 Interfund Transfers Out", "(15,426,660)", "7,981,080", "(7,445,580)"],
  ["Other Sources/Uses"],
  ["8930-8979 All Other Financing Sources", "15,350", "(15,350)", "0"],
  ["7630-7699 All Other Financing Uses", "0", "0", "0"],
  ["Contributions"],
  ["8980-8989 Statutory", "0", "0", "0"],
  ["8990-8999 Other", "0", "0", "0"],
  ["TOTAL OTHERS FINANCING SOURCES & USES", "(342,416)", "56,474", "(285,942)"],
  [],
  ["NET INCREASE (DECREASE) IN FUND BALANCE", "(11,665,904)", "(5,289,001)", "(16,954,905)"],
  [],
  ["FUND BALANCE, RESERVES"],
  ["Beginning Balance as of July 1 - Unaudited", "138,943,651", "(11,665,904)", "127,277,747"],
  ["Ending Balance, June 30", "127,277,747", "(16,954,905)", "110,322,842"],
];

test('the heading over the fund balances, a blank line below the net change, is the statement\'s; the balances are not its lines (a county office\'s adopted budget summary)', () => {
  const [t] = budgetsOn(FUND_SUMMARY);
  expect(t!.rows.find((r) => r.row === 42)).toMatchObject({ kind: 'total', label: 'NET INCREASE (DECREASE) IN FUND BALANCE' });
  expect(t!.rows.find((r) => r.row === 44)).toMatchObject({ kind: 'section', label: 'FUND BALANCE, RESERVES' });
  expect(t!.rows.filter((r) => r.row > 44)).toEqual([]);
});

test('a heading after a gap over a balance and lines of figures is still left out: what is printed below the table', () => {
  // (A school's "Carry Forward (£)" under its expenditure total, over the balance brought forward
  // and a line and total of figures no column of the table holds.)
  const [t] = budgetsOn([
    ['Description', 'Budget', 'Actual'],
    ['Staffing', '5,985,477', '5,990,545'],
    ['Premises', '1,212,630', '778,021'],
    ['Grand Total Expenditure', '7,198,107', '6,768,566'],
    [],
    ['Carry Forward (£)'],
    ['Balance brought forward from 2012/13', null, null, '595,805'],
    ['Forecast surplus from 2013/14', null, null, '23,125'],
  ]);
  expect(t!.rows.map((r) => r.row)).toEqual([1, 2, 3]);
});
