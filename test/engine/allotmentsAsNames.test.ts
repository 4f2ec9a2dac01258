/**
 * "Allotment" heads a budget's column only as a status of appropriations prints it ("TOTAL
 * ALLOTMENT", "PREVIOUS ALLOTMENT", "ALLOTMENT FOR THE MONTH"). A parish's allotments named in
 * its rows ("Allotment water troughs", the allotment gardens) are no budget heading: rows of
 * words under them are not read as a budget's header.
 */
import { budgetHeaderAt } from '../../src/engine/detect/budgetHeader';
import type { SheetGrid } from '../../src/engine/grid';

const sheetOf = (values: SheetGrid['values']): SheetGrid => ({ name: 'Risks', visibility: 'visible', values });

test('a parish\'s allotments named in a row of words make no budget header of the rows under them', () => {
  const sheet = sheetOf([
    ['Risk Assessment Register'],
    [],
    ['ITEM', 'RISK PROBABILITY', 'RISK CONTROL', 'DATE REVIEWED'],
    ['Bus shelter', 'Low', 'Inspected monthly by the clerk', 'March 2022'],
    ['Allotment water troughs', 'Low', 'Insured; checked by the allotment warden', 'June 2021'],
    ['Play area swings', 'Medium/High', 'Annual inspection; repairs by contractor', 'May 2021'],
  ]);
  expect(budgetHeaderAt(sheet, 5)).toBeNull();
});

test('a status of appropriations\' allotments still head its budget columns', () => {
  const sheet = sheetOf([
    ['Status of Appropriation, Allotments and Obligations'],
    [],
    ['PROGRAM/PROJECTS/ACTIVITIES', 'ACCOUNT', 'ANNUAL', 'PREVIOUS', 'ALLOTMENT', 'TOTAL ALLOTMENT', 'PREVIOUS', 'OBLIGATIONS', 'TOTAL'],
    [null, 'CODE', 'BUDGET', 'ALLOTMENT', 'FOR THE MONTH', 'FOR THE MONTH', 'OBLIGATIONS', 'FOR THE MONTH', 'OBLIGATIONS'],
    ['Salaries and Wages-Regular Pay', '5-01-01-010', '5,068,670.00', '844,778.33', '422,389.17', '1,267,167.50', '809,852.93', '403,752.03', '1,213,604.96'],
    ['Travelling Expenses', '5-02-01-010', '300,000.00', '50,000.00', '25,000.00', '75,000.00', '40,000.00', '20,000.00', '60,000.00'],
    ['Office Supplies', '5-02-03-010', '120,000.00', '20,000.00', '10,000.00', '30,000.00', '15,000.00', '9,000.00', '24,000.00'],
  ]);
  const header = budgetHeaderAt(sheet, 3);
  expect(header?.columns.some((c) => c.role === 'ytdBudget' || c.role === 'annualBudget')).toBe(true);
});
