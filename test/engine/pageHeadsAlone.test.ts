/**
 * A budget printed a page to a sheet, the later pages printing only the lower row of the header,
 * the column heads, without the words spanning them above ("Appropriated" over "* CY 2013 * |
 * * CY 2012 *"): such a page is read as the page before it reads its columns. The grids are
 * Jersey City's adopted budget, general appropriations, Sheets 13 and 14 (test/corpus/fixtures).
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { BudgetTable } from '../../src/engine/model';

type Grid = ReadonlyArray<ReadonlyArray<string | null>>;
const budgetsIn = (sheets: ReadonlyArray<[string, Grid]>) =>
  analyseWorkbook({ sheets: sheets.map(([name, values]) => ({ name, visibility: 'visible' as const, values })) } as never, parseConfig({})).tables.filter((t): t is BudgetTable => t.kind === 'budget');

const HEADS = ['(A.) OPERATIONS within "CAPS"', 'FCOA', '* CY 2013 *', '* CY 2012 *', 'CY 2012 By Emerg. Approp.', 'Total CY 2012 Modified By Trans.', 'Paid or Charged', 'Reserved'];
const SHEET_13: Grid = [
  ['(8.)GENERAL APPROPRIATIONS', null, 'Appropriated', null, null, null, 'Expended CY 2012', null],
  HEADS,
  ['DEPARTMENT - ADMINISTRATION'],
  ["ADMINISTRATOR'S OFFICE", '20-100'],
  ['250 - Salaries & Wages', '20-100-1', '1,558,105', '1,511,911', null, '1,511,911', '1,511,490', '421'],
  ['251 - Other Expenses', '20-100-2', '87,000', '88,200', null, '78,200', '70,254', '7,946'],
  [],
  ['MANAGEMENT & BUDGET', '20-101'],
  ['255 - Salaries & Wages', '20-101-1', '508,619', '492,463', null, '492,463', '480,909', '11,554'],
  ['256 - Other Expenses', '20-101-2', '315,700', '321,350', null, '291,350', '286,125', '5,225'],
  [],
  ['07/17/13', null, null, null, 'SHEET 13'],
];
const SHEET_14: Grid = [
  HEADS,
  ['RISK MANAGEMENT', '20-109'],
  ['294 - Salaries & Wages', '20-109-1', '241,270', '241,270', null, '241,270', '232,835', '8,435'],
  ['295 - Other Expenses', '20-109-2', '4,525', '4,525', null, '4,525', '3,194', '1,331'],
  ['MUNICIPAL COURT', '43-490'],
  ['2280 - Salaries & Wages', '43-490-1', '3,586,202', '3,480,000', null, '3,480,000', '3,425,103', '54,897'],
  ['2281 - Other Expenses', '43-490-2', '204,850', '196,200', null, '196,200', '142,801', '53,399'],
  [],
  ['07/17/13', null, null, null, 'SHEET 14'],
];

test('the next sheet, printing the column heads alone, is read as the sheet before reads them (Jersey City, Sheets 13 and 14)', () => {
  const [first, next] = budgetsIn([['Sheet 13', SHEET_13], ['Sheet 14', SHEET_14]]);
  expect(first!.sheet).toBe('Sheet 13');
  expect(next).toBeDefined();
  expect(next!.sheet).toBe('Sheet 14');
  expect(next!.headerRows).toEqual([0]);
  expect(next!.columns.map((c) => `${c.col}:${c.role}`)).toEqual(first!.columns.map((c) => `${c.col}:${c.role}`));
  expect(next!.rows.find((r) => r.row === 2)).toMatchObject({ kind: 'line', label: 'Salaries & Wages', code: '294', annualBudget: 241270 });
  expect(next!.rows.find((r) => r.row === 6)).toMatchObject({ kind: 'line', label: 'Other Expenses', code: '2281', annualBudget: 204850 });
  // (Last year's figures stay context there as on the page before.)
  expect(next!.rows.find((r) => r.row === 2)).toMatchObject({ ytdActual: null, forecastOutturn: null });
});

test('a column of comments after the columns read, headed on the later page alone, is no matter', () => {
  const commented: Grid = [[...HEADS, 'Comments'], ...SHEET_14.slice(1)];
  expect(budgetsIn([['Sheet 13', SHEET_13], ['Sheet 14', commented]]).map((t) => t.sheet)).toEqual(['Sheet 13', 'Sheet 14']);
});

test('heads alone that differ from the page before in a word, or with no page of the statement before them, are not read so', () => {
  const otherWords = [['Sheet 13', SHEET_13], ['Sheet 14', [HEADS.map((h) => (h === '* CY 2013 *' ? '* CY 2014 *' : h)), ...SHEET_14.slice(1)]]] as ReadonlyArray<[string, Grid]>;
  expect(budgetsIn(otherWords).map((t) => t.sheet)).toEqual(['Sheet 13']);
  expect(budgetsIn([['Sheet 14', SHEET_14], ['Sheet 13', SHEET_13]]).map((t) => t.sheet)).toEqual(['Sheet 13']);
  // (A sheet between with no table of the statement: the page before is not this one's.)
  expect(budgetsIn([['Sheet 13', SHEET_13], ['Notes', [['Notes to the budget']]], ['Sheet 14', SHEET_14]]).map((t) => t.sheet)).toEqual(['Sheet 13']);
});
