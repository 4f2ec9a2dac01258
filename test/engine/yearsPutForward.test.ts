/**
 * A budget paper's multi-year programme: last year's accounts, the budget already approved for
 * this year, then the years the paper puts forward headed by their year alone ("Provisional
 * actual 2013 | Approved budget 2014 | 2015 | 2016 | 2017"). The first year put forward is the
 * budget the paper sets; the approved budget and the later years are context. Headers in French
 * ("Libellé | Compte provisoire 2013 | Budget voté 2014 | 2015 …") are read the same way, their
 * words in the vocabulary. Shape from a government's revenue budget by article
 * (luxembourg-state-budget-revenue-by-article-2015).
 */
import { budgetTablesOf } from '../helpers/oneSheet';
import { normaliseHeader } from '../../src/engine/detect/roles';

const programme = (header: ReadonlyArray<string>) => [
  header,
  ['101', 'Income tax', 1500, 1520, 1590, 1700, 1770],
  ['102', 'Property tax', 260, 275, 285, 300, 310],
  ['103', 'Fines', 4, 2, 2, 2, 2],
  ['104', 'Licences', 33, 30, 25, 30, 35],
];

const annualBudgets = (header: ReadonlyArray<string>) => {
  const [table] = budgetTablesOf('Revenue', programme(header));
  return table ? table.rows.filter((r) => r.kind === 'line').map((r) => r.annualBudget) : null;
};

test('the first year put forward after the approved budget is the budget the paper sets', () => {
  expect(annualBudgets(['Code', 'Description', 'Provisional actual 2013', 'Approved budget 2014', '2015', '2016', '2017'])).toEqual([1590, 285, 2, 25]);
});

test('a French header is read as its English words: "Libellé", "Compte provisoire", "Budget voté"', () => {
  expect(annualBudgets(['Code', 'Libellé', 'Compte provisoire 2013', 'Budget voté 2014', '2015', '2016', '2017'])).toEqual([1590, 285, 2, 25]);
  // (Printed without the accent, the name column's word is still the names'.)
  expect(normaliseHeader('Libelle')).toBe('description');
  expect(normaliseHeader('Budget voté 2014')).toBe('budget approved 2014');
});

test('English words that look like another language\'s are left as they are', () => {
  expect(normaliseHeader('Vote')).toBe('vote');
  expect(normaliseHeader('Voted budget')).toBe('voted budget');
});

test('a budget not named as approved keeps its year: the bare years after it are not read', () => {
  expect(annualBudgets(['Code', 'Description', 'Actual 2013', 'Budget 2014', '2015', '2016', '2017'])).toEqual([1520, 275, 2, 30]);
});

test('years that do not follow on from the approved budget are not read as put forward', () => {
  // (2016 after an approved 2014: no year between, so no programme read.)
  expect(annualBudgets(['Code', 'Description', 'Actual 2013', 'Approved budget 2014', '2016', '2017', '2018'])).toEqual([1520, 275, 2, 30]);
});

test('French words are read only with the accents that tell them from English', () => {
  expect(normaliseHeader('Réalisé 2014')).toBe('actual 2014');
  expect(normaliseHeader('Realise')).toBe('realise');
});
