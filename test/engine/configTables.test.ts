/**
 * config `tables`: the user names the columns of a table RAG Board misreads or misses, and
 * every mistake in doing so is refused with a message that says which key and what to write.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { RagBoardError } from '../../src/engine/errors';
import { BudgetTable } from '../../src/engine/model';
import { WorkbookGrids } from '../../src/engine/grid';

/** Headers no vocabulary would read: a ledger export's own abbreviations. */
const workbook: WorkbookGrids = {
  sheets: [
    {
      name: 'Ledger',
      visibility: 'visible',
      values: [
        ['Cost centre report, period 6'],
        ['CC', 'Heading', 'P6 cum', 'Prof', 'FY'],
        ['4000', 'Salaries', 61790, 60000, 120000],
        ['4010', 'Premises', 10450, 12000, 24000],
        ['', 'Total', 72240, 72000, 144000],
      ],
    },
  ],
};

test('without the config the table is not recognised, and the note says what a table needs', () => {
  const a = analyseWorkbook(workbook);
  expect(a.tables).toEqual([]);
  expect(a.notes.join(' ')).toMatch(/No budget table/);
});

test('with the columns named in the config, the table is read as the user says', () => {
  const config = parseConfig({ tables: [{ sheet: 'Ledger', headerRow: 2, columns: { A: 'code', B: 'label', C: 'ytdActual', D: 'ytdBudget', E: 'annualBudget' } }] });
  const [t] = analyseWorkbook(workbook, config).tables as BudgetTable[];
  expect(t!.rows.map((r) => [r.code, r.label, r.kind, r.ytdVariance])).toEqual([
    ['4000', 'Salaries', 'line', 1790],
    ['4010', 'Premises', 'line', -1550],
    [null, 'Total', 'total', 240],
  ]);
});

test('a role the config gives two columns is read from the later one, a word in the earlier one unremarked', () => {
  const book: WorkbookGrids = {
    sheets: [{ ...workbook.sheets[0]!, values: [...workbook.sheets[0]!.values.slice(0, 2), ['4000', 'Salaries', 61790, 'TBC', 60000], ...workbook.sheets[0]!.values.slice(3)] }],
  };
  const config = parseConfig({ tables: [{ sheet: 'Ledger', headerRow: 2, columns: { B: 'label', C: 'ytdActual', D: 'ytdBudget', E: 'ytdBudget' } }] });
  const analysis = analyseWorkbook(book, config);
  const [t] = analysis.tables as BudgetTable[];
  expect(t!.rows.map((r) => r.ytdBudget)).toEqual([60000, 24000, 144000]);
  expect(analysis.checks.filter((c) => c.code === 'not_a_number').map((c) => [c.row, c.col])).toEqual([]);
});

test('a column the config leaves out (null) is not read', () => {
  const config = parseConfig({ tables: [{ sheet: 'Ledger', headerRow: 2, columns: { B: 'label', C: 'ytdActual', D: 'ytdBudget', E: null } }] });
  const [t] = analyseWorkbook(workbook, config).tables as BudgetTable[];
  expect(t!.rows[0]!.annualBudget).toBeNull();
});

test.each([
  [{ tables: [{ sheet: 'Ledger', headerRow: 2, columns: { c: 'ytdActual' } }] }, /tables\.0\.columns\.c is not a column letter/],
  [{ tables: [{ sheet: 'Ledger', headerRow: 2, columns: { C: 'spend' } }] }, /tables\.0\.columns\.C/],
  [{ tables: [{ sheet: 'Ledger', headerRow: 0, columns: { C: 'ytdActual' } }] }, /tables\.0\.headerRow/],
  [{ tables: [{ sheet: 'Ledger', headerRow: 2, columns: {} }] }, /tables\.0\.columns names no column/],
  [{ tables: [{ sheet: 'Ledger', row: 2, headerRow: 2, columns: { C: 'ytdActual' } }] }, /unknown key "tables\.0\.row"/],
])('a mistake in the config is refused: %j', (input, message) => {
  expect(() => parseConfig(input)).toThrow(RagBoardError);
  expect(() => parseConfig(input)).toThrow(message);
});

test('a sheet the workbook does not have is refused, naming the sheets it has', () => {
  const config = parseConfig({ tables: [{ sheet: 'Ledgr', headerRow: 2, columns: { C: 'ytdActual' } }] });
  expect(() => analyseWorkbook(workbook, config)).toThrow(/"Ledgr", which this workbook does not have/);
});

describe('income lines named in the config are checked in their own sign, as income the sheet names is', () => {
  // Variances printed favourable-positive: budget − actual for spending, actual − budget for income.
  const grids: WorkbookGrids = {
    sheets: [
      {
        name: 'Town',
        visibility: 'visible',
        values: [
          ['Description', 'Budget', 'Actual', 'Variance'],
          ['Salaries', 1000, 900, 100],
          ['Grounds', 500, 450, 50],
          ['Parking', 300, 340, 40],
        ],
      },
    ],
  };
  const mismatches = (config = parseConfig({})) => analyseWorkbook(grids, config).checks.filter((c) => c.code === 'reported_variance_mismatch').map((c) => c.where);

  test('without the config, "Parking" reads as spending and its variance looks wrong', () => {
    expect(mismatches()).toEqual(['Parking']);
  });

  test('named as income, its variance is read the way income is signed', () => {
    expect(mismatches(parseConfig({ budget: { incomeLines: ['Parking'] } }))).toEqual([]);
  });
});
