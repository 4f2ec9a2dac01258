/**
 * A budget set out as an outline: names stepping right a column a level, figures stepping
 * across columns headed for the levels ("DETAILS | LINE ITEMS | AMOUNT"), each group's figure
 * the sum of the rows indented under it. Shape from a student government's executive budget
 * (uc-san-diego-associated-students-executive-budget-2019-20).
 */
import { analyseOneSheet, budgetTablesOf } from '../helpers/oneSheet';
import type { BudgetTable } from '../../src/engine/model';

const OUTLINE = [
  ['2020-2021 Club Budget', null, null, null, 'Prepared by Treasurer Jo Bloggs'],
  [],
  ['RESERVES', null, null, null, 'DETAILS', 'LINE ITEMS', 'AMOUNT'],
  ['   Reserve Balances', null, null, null, null, null, 1500],
  [null, 'Equipment Reserve', null, null, null, 1000],
  [null, 'Travel Reserve', null, null, null, 700],
  [],
  ['FEE INCOME'],
  ['   Membership Fees', null, null, null, null, null, 12000],
  [null, 'Estimated fees (400 x 30)', null, null, null, 12000],
  [null, 'Other Income', null, null, null, null, 900],
  [null, null, 'Raffle', null, 400],
  [null, null, 'Sponsorship', null, 500],
  ['FUNDS TOTAL', null, null, null, null, null, 12900],
  [],
  ['ALLOCATIONS', null, null, null, 'DETAILS', 'LINE ITEMS', 'AMOUNT'],
  [null, 'Events', null, null, null, null, 3000],
  [null, null, 'Socials', null, null, null, 1200],
  [null, null, null, 'Venue', 800],
  [null, null, null, 'Food', 400],
  [null, null, 'Trips', null, null, null, 1800],
  [null, null, null, 'Coach', 1800],
  ['FUNDS AFTER EVENTS', null, null, null, null, null, 9900],
  [null, 'Publicity', null, null, null, null, 250],
  [null, null, 'Posters', null, 250],
];

const rowOf = (t: BudgetTable, label: string) => t.rows.find((r) => r.label?.trim() === label);
const lines = (t: BudgetTable, label: string) => (rowOf(t, label)?.sumOf ?? []).map((x) => t.rows.find((r) => r.row === x)?.label?.trim());

test('each group of an outline is the sum of the rows indented under it, whichever level\'s column its figures stand in', () => {
  const [reserves, allocations] = budgetTablesOf('budget', OUTLINE);
  expect(reserves!.columns.find((c) => c.role === 'annualBudget')?.col).toBe(6);
  expect(rowOf(reserves!, 'Reserve Balances')).toMatchObject({ kind: 'subtotal', annualBudget: 1500 });
  expect(lines(reserves!, 'Reserve Balances')).toEqual(['Equipment Reserve', 'Travel Reserve']);
  expect(rowOf(reserves!, 'Equipment Reserve')).toMatchObject({ kind: 'line', annualBudget: 1000 });
  // "Other Income" under AMOUNT after a line under LINE ITEMS: the next group, not a line of "Membership Fees".
  expect(lines(reserves!, 'Membership Fees')).toEqual(['Estimated fees (400 x 30)']);
  expect(lines(reserves!, 'Other Income')).toEqual(['Raffle', 'Sponsorship']);
  expect(rowOf(reserves!, 'Raffle')).toMatchObject({ kind: 'line', annualBudget: 400 });
  // Groups under AMOUNT whose own groups stand there too: "Events" over "Socials" and "Trips".
  expect(lines(allocations!, 'Events')).toEqual(['Socials', 'Trips']);
  expect(lines(allocations!, 'Socials')).toEqual(['Venue', 'Food']);
  expect(rowOf(allocations!, 'Venue')).toMatchObject({ kind: 'line', annualBudget: 800 });
});

test('a group that does not add up is said; the total of the last section and the funds left are not', () => {
  const analysis = analyseOneSheet('budget', OUTLINE);
  const [reserves, allocations] = budgetTablesOf('budget', OUTLINE);
  // Reserve Balances (row 4): printed 1,500, its lines 1,700. Nothing else is said.
  expect(analysis.checks.filter((c) => c.severity === 'error').map((c) => [c.code, c.row])).toEqual([['subtotal_mismatch', 3]]);
  // FUNDS TOTAL is the fee income's two groups (12,000 + 900), not the reserves' too.
  expect(rowOf(reserves!, 'FUNDS TOTAL')).toMatchObject({ kind: 'total', annualBudget: 12900 });
  // "FUNDS AFTER EVENTS" is what is left, no line of the budget.
  expect(allocations!.rows.some((r) => r.annualBudget === 9900)).toBe(false);
  expect(rowOf(allocations!, 'Publicity')).toMatchObject({ kind: 'subtotal', annualBudget: 250 });
});

test('figures a column left under a heading that names no level are not stepped into the amount', () => {
  const values = OUTLINE.map((row) => row.map((v) => (v === 'LINE ITEMS' ? 'NOTES' : v === 'DETAILS' ? 'REF' : v)));
  const [reserves] = budgetTablesOf('budget', values);
  expect(rowOf(reserves!, 'Equipment Reserve')?.annualBudget ?? null).toBeNull();
});
