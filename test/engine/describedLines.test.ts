/**
 * Short names under no heading, each line described at length in the next column ("Finance
 * committee | Administration, salaries, grants …"), the sums' words alone in that column ("|
 * SUBTOTAL"): the short names are the lines' names, the sums named by their own words. Shape
 * from a parish council's budget page (shinfield-pc-budget-precept-2016-17).
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const budgetOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  budgetTablesOf('Budget 2016-17', values)[0];

test('the committees\' names are the lines\' names, the descriptions beside them not; SUBTOTAL and TOTAL INCOME keep theirs', () => {
  const table = budgetOn([
    ['Your parish council precept charge 2016/17'],
    [],
    [null, 'Annual budget - income', '2015/16', '2016/17'],
    ['Precept', 'Funds raised through the council tax charge', '£277,919', '£316,950'],
    ['Grant from WBC', 'Council tax support grant', '£8,518', '£6,814'],
    ['General income', 'Amenities and investments', '£40,760', '£39,100'],
    [null, 'SUBTOTAL', '£327,197', '£362,864'],
    ['Met from reserves', 'Taken from savings', '£67,003', '£278,186'],
    ['Section 106 income from WBC', 'Developer contributions for play equipment', '£0', '£40,253'],
    [null, 'TOTAL INCOME', '£394,200', '£681,303'],
  ])!;
  expect(table.rows.map((r) => [r.label, r.kind, r.annualBudget])).toEqual([
    ['Precept', 'line', 316950],
    ['Grant from WBC', 'line', 6814],
    ['General income', 'line', 39100],
    ['SUBTOTAL', 'subtotal', 362864],
    ['Met from reserves', 'line', 278186],
    ['Section 106 income from WBC', 'line', 40253],
    ['TOTAL INCOME', 'total', 681303],
  ]);
});

test('a column of codes left of the names is no short name: the names stay the lines\' names', () => {
  const table = budgetOn([
    ['Budget 2016/17'],
    [],
    [null, 'Annual budget - income', '2015/16', '2016/17'],
    ['4001', 'Funds raised through the council tax charge', '£277,919', '£316,950'],
    ['4002', 'Council tax support grant', '£8,518', '£6,814'],
    ['4003', 'Amenities and investments', '£40,760', '£39,100'],
    [null, 'TOTAL INCOME', '£327,197', '£362,864'],
  ])!;
  expect(table.rows[0]).toMatchObject({ label: 'Funds raised through the council tax charge', code: '4001' });
});
