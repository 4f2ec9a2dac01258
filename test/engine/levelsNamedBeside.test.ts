/**
 * A budget by article that names each row's level in a column of its own ("Department |
 * Section | Article", in French "Département | Section | Article"), each level's sum printed
 * above the rows of the level under it, and a key of two parts before the names ("640 37000",
 * the section's code and the article's). Shape from a government's revenue budget by article
 * (luxembourg-state-budget-revenue-by-article-2015).
 */
import { analyseOneSheet, budgetTablesOf } from '../helpers/oneSheet';
import { CODE_VALUE } from '../../src/engine/detect/vocabulary';

const header = ['Type', 'Number', 'Key', 'Description', 'Actual 2013', 'Budget 2014'];
const byArticle = [
  header,
  ['Department', '64', '64', 'Finance', 1000, 1100],
  ['Section', '64.0', '640', 'Direct taxes', 700, 760],
  ['Article', '37.000', '640 37000', 'Income tax', 500, 540],
  ['Article', '37.001', '640 37001', 'Solidarity tax', 200, 220],
  ['Section', '64.1', '641', 'Indirect taxes', 300, 340],
  ['Article', '36.090', '641 36090', 'Betting tax', 100, 110],
  ['Article', '36.092', '641 36092', 'Casino levy', 200, 230],
];

test('each level\'s row is the sum of the rows of the level under it, printed above them', () => {
  const [table] = budgetTablesOf('Revenue', byArticle);
  expect(table!.rows.map((r) => r.kind)).toEqual(['subtotal', 'subtotal', 'line', 'line', 'subtotal', 'line', 'line']);
  expect(analyseOneSheet('Revenue', byArticle).checks.filter((c) => c.severity !== 'info')).toEqual([]);
});

test('the key of two parts just before the names is the code, not the number within its section', () => {
  const [table] = budgetTablesOf('Revenue', byArticle);
  expect(table!.rows.map((r) => r.code)).toEqual(['64', '640', '640 37000', '640 37001', '641', '641 36090', '641 36092']);
  expect(CODE_VALUE.test('640 37000')).toBe(true);
  // (A figure with spaces between its thousands is no code.)
  expect(CODE_VALUE.test('1 592 000')).toBe(false);
  expect(CODE_VALUE.test('12 500')).toBe(false);
});

test('a level\'s row that does not add up stays a line, and no sum is said to be wrong', () => {
  const wrong = byArticle.map((r) => (r[3] === 'Indirect taxes' ? ['Section', '64.1', '641', 'Indirect taxes', 300, 350] : r));
  const [table] = budgetTablesOf('Revenue', wrong);
  expect(table!.rows.find((r) => r.label === 'Indirect taxes')!.kind).toBe('line');
  expect(analyseOneSheet('Revenue', wrong).checks.filter((c) => /mismatch/.test(c.code))).toEqual([]);
});

test('a column of the lines\' kinds ("Pay", "Non-pay", "Income") is no column of levels', () => {
  const kinds = [
    ['Type', 'Description', 'Actual 2013', 'Budget 2014'],
    ['Pay', 'Salaries', 300, 310],
    ['Non-pay', 'Supplies', 200, 190],
    ['Pay', 'Pensions', 100, 110],
    ['Income', 'Fees', 600, 620],
    ['Non-pay', 'Rent', 300, 310],
  ];
  const [table] = budgetTablesOf('Budget', kinds);
  expect(table!.rows.map((r) => r.kind)).toEqual(['line', 'line', 'line', 'line', 'line']);
});
