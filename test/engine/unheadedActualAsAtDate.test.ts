/**
 * A council's cash flow statement "as at March 31, 2014" whose first figures, beside the names,
 * lost their heading in the PDF's text (blank over "$`000", or "Total" alone), before "Forecast",
 * "Budget 2013-14" and "Variations to Budget Fav (Unfav)": each line's figure is a part of its
 * forecast, so the column is the actual to that date. Without the date, or where the column
 * goes over the forecast on a line, it stays unread.
 */
import { budgetTablesOf } from '../helpers/oneSheet';

type Rows = ReadonlyArray<ReadonlyArray<string | null>>;
const budgetsOn = (values: Rows) =>
  budgetTablesOf('Cash Flow Statement', values);

const header = (first: string | null): Rows => [
  [null, first, 'Forecast', 'Budget', 'Variations to'],
  [null, null, null, '2013-14', 'Budget'],
  [null, null, null, null, 'Fav (Unfav)'],
  [null, '$`000', '$`000', '$`000', '$`000'],
];
const lines: Rows = [
  ['Operating Activities'],
  ['Revenue'],
  ['Rates & Charges', '(10,645)', '(14,248)', '(14,348)', '(100)'],
  ['Operating Grants', '(3,695)', '(5,655)', '(8,040)', '(2,385)'],
  ['Other Revenue', '(262)', '(302)', '(259)', '43'],
  ['Total Revenue', '(14,602)', '(20,205)', '(22,647)', '(2,442)'],
  ['Expenses'],
  ['Employee Costs', '9,163', '12,503', '12,861', '358'],
  ['Call on Defined Benefits', '0', '0', '2,099', '0'],
  ['Materials & Services', '7,638', '11,391', '9,398', '(1,993)'],
  ['Total Expenses', '16,801', '23,894', '24,358', '(1,635)'],
];
const dated: Rows = [['Financial Report FOR THE PERIOD ENDING 31 MARCH, 2014'], ['Cash Flow Statement as at March 31, 2014']];

test.each([['blank', null], ['"Total" alone', 'Total']])('the first figures under a %s heading, in a statement as at a date, are the actual to that date', (_name, first) => {
  const [t] = budgetsOn([...dated, ...header(first), ...lines]);
  expect(t!.columns.find((c) => c.role === 'ytdActual')?.col).toBe(1);
  expect(t!.rows.find((r) => r.label === 'Employee Costs')).toMatchObject({ ytdActual: 9163, forecastOutturn: 12503, annualBudget: 12861 });
  expect(t!.rows.find((r) => r.label === 'Rates & Charges')).toMatchObject({ ytdActual: -10645 });
});

test('with no date stated over the table, the unheaded column stays unread', () => {
  const [t] = budgetsOn([['Cash Flow Statement'], ...header(null), ...lines]);
  expect(t!.columns.some((c) => c.role === 'ytdActual')).toBe(false);
});

test('a column that goes over the forecast on a line is no part of it, and stays unread', () => {
  const over = lines.map((r) => (r[0] === 'Materials & Services' ? ['Materials & Services', '12,638', '11,391', '9,398', '(1,993)'] : r));
  const [t] = budgetsOn([...dated, ...header(null), ...over]);
  expect(t!.columns.some((c) => c.role === 'ytdActual')).toBe(false);
});
