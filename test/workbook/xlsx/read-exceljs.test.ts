import { cellFormula, cellNumberFormat, cellValue, type SheetGrid } from '../../../src/engine/grid';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { buildFinanceWorkbook, JAN_31_2024_SERIAL } from './fixtures/exceljs-workbook';
import ExcelJS from 'exceljs';

describe('readXlsx on a workbook written by ExcelJS', () => {
  let sheets: ReadonlyArray<SheetGrid>;
  let budget: SheetGrid;
  let date1904: boolean | undefined;

  beforeAll(async () => {
    const grids = readXlsx(await buildFinanceWorkbook(), { fileName: 'finance.xlsx' });
    sheets = grids.sheets;
    date1904 = grids.date1904;
    budget = sheets[0]!;
  });

  it('names the workbook by its file, its folders left out (a CSV\'s sheet is named after it, cut)', async () => {
    expect(readXlsx(await buildFinanceWorkbook(), { fileName: '/home/finance/Month 6/finance.xlsx' }).name).toBe('finance.xlsx');
    expect(readXlsx(await buildFinanceWorkbook(), { fileName: 'C:\\Budgets\\finance.xlsx' }).name).toBe('finance.xlsx');
    expect(readXlsx(await buildFinanceWorkbook()).name).toBeUndefined();
  });

  it('lists every sheet in tab order with its visibility', () => {
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Budget', 'visible'],
      ['Lookups', 'hidden'],
      ['Secret', 'veryHidden'],
      ['Empty', 'visible'],
    ]);
    expect(date1904).toBe(false);
  });

  it('reads values of every type', () => {
    const row4 = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => cellValue(budget, 3, c));
    expect(row4).toEqual(['General Practice', 10382337, 9842921, -539416, -0.05195, JAN_31_2024_SERIAL, true, { error: '#REF!' }, 'A & B <ok>']);
    expect(cellValue(budget, 4, 6)).toBe(false);
    expect(cellValue(budget, 4, 7)).toEqual({ error: '#DIV/0!' });
    expect(cellValue(budget, 5, 0)).toBe('Rich text');
    expect(cellValue(budget, 5, 2)).toBe(-1200.5);
    expect(cellValue(budget, 5, 8)).toBe('NHS website');
    expect(cellValue(budget, 0, 0)).toBe('Budget monitoring report, month 10');
  });

  it('leaves empty and style-only cells null', () => {
    expect(cellValue(budget, 1, 0)).toBeNull(); // an empty row
    expect(cellValue(budget, 0, 1)).toBeNull(); // inside the merged title
    expect(cellValue(budget, 3, 11)).toBeNull(); // L4: a fill and a number format, no value
    expect(cellValue(budget, 5, 5)).toBeNull(); // F6: a date format, no value
    expect(cellValue(budget, 200, 200)).toBeNull();
  });

  it('keeps formulas without "=" and the cached results as values', () => {
    expect(cellFormula(budget, 3, 3)).toBe('C4-B4');
    expect(cellFormula(budget, 3, 4)).toBe('D4/B4');
    expect(cellFormula(budget, 3, 1)).toBeUndefined();
    expect(cellValue(budget, 5, 3)).toBe(-1551012.5);
  });

  it('reads number formats, custom and built-in, and leaves General out', () => {
    expect(cellNumberFormat(budget, 3, 1)).toBe('#,##0;(#,##0)');
    expect(cellNumberFormat(budget, 3, 2)).toBe('£#,##0');
    expect(cellNumberFormat(budget, 3, 4)).toBe('0.0%');
    expect(cellNumberFormat(budget, 3, 5)).toBe('mmm-yy'); // ExcelJS writes built-in id 17
    expect(cellNumberFormat(budget, 3, 9)).toBe('#,##0.00'); // built-in id 4
    expect(cellNumberFormat(budget, 3, 10)).toBe('0%'); // built-in id 9
    expect(cellNumberFormat(budget, 3, 0)).toBeUndefined();
    expect(cellNumberFormat(budget, 3, 6)).toBeUndefined();
  });

  it('reads merged ranges, hidden rows and hidden columns, 0-based', () => {
    expect(budget.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect([...(budget.hiddenRows ?? [])]).toEqual([4]);
    expect([...(budget.hiddenColumns ?? [])].sort((a, b) => a - b)).toEqual([7, 8]);
  });

  it('reads hidden and very hidden sheets, and returns an empty sheet as an empty grid', () => {
    const lookups = sheets[1]!;
    expect(lookups.values).toEqual([
      ['Code', 'Name'],
      [1, 'Low'],
    ]);
    expect(cellValue(sheets[2]!, 0, 0)).toBe('very hidden');
    expect(sheets[3]!.values).toEqual([]);
  });

  it('returns an empty workbook (sheets without cells) without complaint', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('One');
    wb.addWorksheet('Two');
    const grids = readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(grids.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ['One', 0],
      ['Two', 0],
    ]);
  });
});
