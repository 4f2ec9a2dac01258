/**
 * A footnote's mark in a column of its own beside the figures ("(a)" at the end of a printed
 * header's last line, over the "(b)"s that mark some lines), as a state comptroller's monthly
 * analysis of revenue prints it: the mark is no word of the header, so the header's three
 * lines ("ADJUSTED" over "ESTIMATED" over "REVENUE") are still read as one.
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetsOn = (values: ReadonlyArray<ReadonlyArray<string | null>>) =>
  budgetTablesOf('FM 07', values);

const header = [
  [null, 'ORIGINAL', 'ADJUSTED', 'ACTUAL', 'ACTUAL', 'ACTUAL', 'PCT'],
  [null, 'ESTIMATED', 'ESTIMATED', 'MONTHLY', 'YTD', 'OVER (UNDER)', 'OF'],
];
const lines = [
  [],
  ['RETAIL SALES TAX', '$1,590,833,134.00', '$1,590,833,134.00', '$155,297,639.00', '$811,475,219.45', '($779,357,914.55)', '51', '(b)'],
  ['EXCISE TAX-C SALE', '14,474,032.00', '14,474,032.00', '1,826,007.28', '6,426,420.83', '(8,047,611.17)', '44', '(b)'],
  ['CORP INCOME TAX', '256,080,335.00', '256,080,335.00', '3,435,280.24', '105,053,202.67', '(151,027,132.33)', '41'],
];
const title = [['OFFICE OF COMPTROLLER GENERAL'], ['ANALYSIS OF REVENUE BY CATEGORY'], ['FY97 THROUGH FM 07 JANUARY 1997'], [], ['GENERAL FUND']];

test('"(a)" alone at the end of the header\'s last line leaves the three lines one header: the adjusted estimate is the year\'s budget', () => {
  const [t] = budgetsOn([...title, ...header, [null, 'REVENUE', 'REVENUE', 'REVENUE', 'REVENUE', 'ESTIMATED', 'EST', '(a)'], ...lines]);
  expect(t!.headerRows).toEqual([5, 6, 7]);
  expect(t!.rows.find((r) => r.label === 'RETAIL SALES TAX')).toMatchObject({ annualBudget: 1590833134, ytdActual: 811475219.45 });
});

test('the same header with the mark joined to its heading ("EST (a)") reads alike', () => {
  const [t] = budgetsOn([...title, ...header, [null, 'REVENUE', 'REVENUE', 'REVENUE', 'REVENUE', 'ESTIMATED', 'EST (a)'], ...lines]);
  expect(t!.rows.find((r) => r.label === 'EXCISE TAX-C SALE')).toMatchObject({ annualBudget: 14474032, ytdActual: 6426420.83 });
});
