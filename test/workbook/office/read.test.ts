/**
 * read(): the workbook open in Excel as the engine's grids, in a fixed number of syncs.
 */
import { RagBoardError } from '../../../src/engine/errors';
import type { WorkbookGrids } from '../../../src/engine/grid';
import { ourMark, rejection, setup, teardown } from './helpers';
import type { SeedWorkbook } from './double';

afterEach(teardown);

const WORKBOOK: SeedWorkbook = {
  sheets: [
    {
      name: 'Finance',
      values: [
        undefined,
        [null, 'Budget monitoring', null, null],
        [null, 'Line', 'Budget', 'Actual', 'Flag'],
        [null, 'GMS', 10382337, 9842921, true],
        [null, 'QOF', 1500, { error: '#REF!' }, false],
        [null, 'Typed error', '#REF!', { error: '#DIV/0!' }, null],
      ],
      numberFormats: [undefined, undefined, undefined, [undefined, undefined, '#,##0;(#,##0)', '£#,##0'], [undefined, undefined, '#,##0;(#,##0)']],
      hiddenRows: [4],
      hiddenColumns: [4],
      merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
      rules: [{ ranges: 'D4:D6', formula: '=D4<0', format: { fill: '#FF0000' } }],
    },
    { name: 'Notes', visibility: 'hidden', values: [['kept for later']] },
    { name: 'Empty' },
    {
      name: 'Budget Summary',
      values: [['Budget Summary'], ['Line', 'Variance']],
      names: [ourMark('budget-summary', 'Budget Summary', [['Budget Summary'], ['Line', 'Variance']])],
    },
    { name: 'RAG Board data', visibility: 'veryHidden', values: [['rag-board-snapshot', 1]], names: [ourMark('snapshot', 'RAG Board data', [['rag-board-snapshot', 1]])] },
    // A name that is not our mark, on a user's sheet.
    { name: 'Other', values: [['x']], names: [{ name: 'Totals', formula: '=Other!$A$1' }] },
  ],
};

test('values, error values apart from text, number formats, hidden rows and columns, merges, generated sheets', async () => {
  const { port } = setup(WORKBOOK);
  const grids = await port.read();
  const finance = grids.sheets.find((s) => s.name === 'Finance')!;
  expect(finance.values).toEqual([
    undefined,
    [null, 'Budget monitoring', null, null, null],
    [null, 'Line', 'Budget', 'Actual', 'Flag'],
    [null, 'GMS', 10382337, 9842921, true],
    [null, 'QOF', 1500, { error: '#REF!' }, false],
    [null, 'Typed error', '#REF!', { error: '#DIV/0!' }, null],
  ]);
  // The text "#REF!" stays text; only Excel's error is an ErrorValue.
  expect(finance.values[5]![2]).toBe('#REF!');
  expect(finance.numberFormats?.[3]?.[2]).toBe('#,##0;(#,##0)');
  expect(finance.numberFormats?.[3]?.[3]).toBe('£#,##0');
  expect(finance.numberFormats?.[4]?.[2]).toBe('#,##0;(#,##0)');
  expect(finance.numberFormats?.[3]?.[1]).toBeUndefined();
  expect([...finance.hiddenRows!]).toEqual([4]);
  expect([...finance.hiddenColumns!]).toEqual([4]);
  expect(finance.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);

  expect(grids.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ['Finance', 'visible'],
    ['Notes', 'hidden'],
    ['Empty', 'visible'],
    ['Budget Summary', 'visible'],
    ['RAG Board data', 'veryHidden'],
    ['Other', 'visible'],
  ]);
  expect(grids.sheets.find((s) => s.name === 'Empty')!.values).toEqual([]);
  expect(grids.sheets.find((s) => s.name === 'RAG Board data')!.values).toEqual([['rag-board-snapshot', 1]]);
  // Our own summaries are never analysed: their cells are not loaded.
  expect(grids.sheets.find((s) => s.name === 'Budget Summary')!.values).toEqual([]);
  expect([...grids.generatedSheets!]).toEqual([
    ['Budget Summary', 'budget-summary'],
    ['RAG Board data', 'snapshot'],
  ]);
  expect(grids.date1904).toBe(false);
});

test('three syncs for any number of sheets, Excel.run with delayForCellEdit, nothing left unsynced', async () => {
  const many: SeedWorkbook = { sheets: Array.from({ length: 40 }, (_, i) => ({ name: `S${i}`, values: [['a', i]] })) };
  const one = setup({ sheets: [{ name: 'S0', values: [['a', 0]] }] });
  await one.port.read();
  const forty = setup(many);
  const grids = await forty.port.read();
  expect(grids.sheets).toHaveLength(40);
  expect(one.excel.stats.syncs).toBe(3);
  expect(forty.excel.stats.syncs).toBe(3);
  expect(forty.excel.runs).toEqual([{ options: { delayForCellEdit: true } }]);
  expect(forty.excel.unsyncedAtEnd).toBe(0);
});

test('the workbook\'s name is read with its sheets, in the same request (a CSV\'s one sheet is named after the file, cut)', async () => {
  const { excel, port } = setup({ sheets: [{ name: 'db-unza26-csc4792-lusangazi_obb', values: [['description', 'amount']] }], name: 'db-unza26-csc4792-lusangazi_obb_budget_2026 (1).csv' });
  expect((await port.read()).name).toBe('db-unza26-csc4792-lusangazi_obb_budget_2026 (1).csv');
  expect(excel.stats.syncs).toBe(3);
});

test('an Excel without ExcelApi 1.7 still reads the workbook, without its name (Workbook.name is 1.7, reading 1.4)', async () => {
  const { port } = setup({ sheets: [{ name: 'S0', values: [['a', 0]] }], name: 'Budget 2026.csv' }, { apiVersion: '1.6' });
  const grids = await port.read();
  expect(grids.sheets.map((s) => s.name)).toEqual(['S0']);
  expect(grids.name).toBeUndefined();
});

test('a workbook on the 1904 date system says so', async () => {
  const { port } = setup({ ...WORKBOOK, date1904: true });
  expect((await port.read()).date1904).toBe(true);
});

test('hidden rows across a large used range are asked row by row in the request that reads the cells, not in a sync of their own', async () => {
  const values = Array.from({ length: 3000 }, (_, r) => [`line ${r}`, r]);
  const { excel, port } = setup({ sheets: [{ name: 'Big', values, hiddenRows: [10, 11, 2999] }] });
  const grids = await port.read();
  expect([...grids.sheets[0]!.hiddenRows!].sort((a, b) => a - b)).toEqual([10, 11, 2999]);
  expect(excel.stats.syncs).toBe(3);
});

test('hidden rows are found when the first column of the used range is hidden too (a visible view of it would have no rows)', async () => {
  const values = Array.from({ length: 20 }, (_, r) => [`code ${r}`, `line ${r}`, r]);
  const { port } = setup({ sheets: [{ name: 'Ledger', values, hiddenRows: [3, 4], hiddenColumns: [0] }] });
  const grids = await port.read();
  expect([...grids.sheets[0]!.hiddenRows!].sort((a, b) => a - b)).toEqual([3, 4]);
  expect([...grids.sheets[0]!.hiddenColumns!]).toEqual([0]);
});

test('100,000 rows with some hidden: the row questions are cut into requests under 5 MB with the cells, and every hidden row is found', async () => {
  const values = Array.from({ length: 100_000 }, (_, r) => [`line ${r}`, r]);
  const hidden = [5, 6, 50_000, 99_999];
  const { excel, port } = setup({ sheets: [{ name: 'Big', values, hiddenRows: hidden }] });
  const grids = await port.read();
  expect([...grids.sheets[0]!.hiddenRows!].sort((a, b) => a - b)).toEqual(hidden);
  expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
  expect(excel.stats.maxResponseBytes).toBeLessThan(5_000_000);
}, 60_000);

test('without merged-area support (ExcelApi 1.12) the read still works, reporting no merges', async () => {
  const { excel, port } = setup(WORKBOOK, { apiVersion: '1.12' });
  const grids: WorkbookGrids = await port.read();
  expect(grids.sheets[0]!.merges).toBeUndefined();
  expect(grids.sheets[0]!.values[3]).toEqual([null, 'GMS', 10382337, 9842921, true]);
  // Listing, measuring, proving the two marked sheets ours by what they hold, then the cells.
  expect(excel.stats.syncs).toBe(4);
});

test('an Excel without ExcelApi 1.4 is told which version reading needs, before anything is asked of it', async () => {
  const { excel, port } = setup(WORKBOOK, { apiVersion: '1.3' });
  const e = await rejection(port.read());
  expect(e).toBeInstanceOf(RagBoardError);
  expect((e as RagBoardError).kind).toBe('unreadable-input');
  expect((e as RagBoardError).message).toMatch(/ExcelApi 1\.4/);
  expect(excel.stats.syncs).toBe(0);
});

test('a sheet over 5,000,000 used cells is refused, naming the sheet, before its cells are loaded', async () => {
  const values: Array<Array<string | null> | undefined> = [];
  values[0] = ['top'];
  values[199999] = [...new Array<null>(25).fill(null), 'far corner'];
  const { excel, port } = setup({ sheets: [{ name: 'Small', values: [['a']] }, { name: 'Sprawling', values }] });
  const e = (await rejection(port.read())) as RagBoardError;
  expect(e).toBeInstanceOf(RagBoardError);
  expect(e.kind).toBe('unreadable-input');
  expect(e.where?.sheet).toBe('Sprawling');
  expect(e.message).toMatch(/5,200,000 cells \(A1:Z200000\)/);
  expect(e.describe()).toMatch(/Delete the unused rows and columns/);
  expect(excel.stats.syncs).toBe(2);
  expect(excel.stats.maxResponseBytes).toBeLessThan(2000);
});

test('cells dearer than estimated (long texts): Excel refuses the response, the load is halved until it fits', async () => {
  const values = Array.from({ length: 200 }, (_, r) => [`risk ${r}: ${'a long description of the risk and its controls. '.repeat(4)}`, r]);
  const { excel, port } = setup({ sheets: [{ name: 'Register', values }] }, { payloadLimit: 20_000, adapter: { payloadBudget: 16_000 } });
  const grids = await port.read();
  expect(grids.sheets[0]!.values).toEqual(values);
  const refused = excel.syncs.filter((s) => s.responseBytes > 20_000);
  expect(refused.length).toBeGreaterThan(0);
  // Every sync that got through fits; the number of syncs follows the bytes, not the rows.
  expect(excel.syncs.length).toBeLessThan(40);
});

test('the adapter takes Excel.run and isSetSupported as options, without globals', async () => {
  const { ExcelDouble } = await import('./double');
  const { createOfficeWorkbook } = await import('../../../src/workbook/office');
  const excel = new ExcelDouble(WORKBOOK);
  const port = createOfficeWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported, label: 'Board pack' });
  expect(port.label).toBe('Board pack');
  expect((await port.read()).sheets).toHaveLength(6);
});

test('outside Excel (no globals) the adapter says so as a RagBoardError', async () => {
  const { createOfficeWorkbook } = await import('../../../src/workbook/office');
  const e = (await rejection(createOfficeWorkbook().read())) as RagBoardError;
  expect(e).toBeInstanceOf(RagBoardError);
  expect(e.message).toMatch(/not running inside Excel/);
});
