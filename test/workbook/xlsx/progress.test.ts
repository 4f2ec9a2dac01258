import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { toBytes } from './fixtures/exceljs-workbook';

describe('readXlsx progress', () => {
  it('reports rising fractions that end with exactly one 1 on a multi-sheet workbook', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of [
      ['Budget', 6000],
      ['Risks', 3000],
      ['Notes', 10],
    ] as const) {
      const ws = wb.addWorksheet(name);
      for (let r = 0; r < rows; r++) ws.addRow([`${name} line ${r}`, r, r * 1.5]);
    }
    const fractions: number[] = [];
    const grids = readXlsx(await toBytes(wb), { onProgress: (f) => fractions.push(f) });
    expect(grids.sheets.map((s) => s.values.length)).toEqual([6000, 3000, 10]);

    expect(fractions.length).toBeGreaterThan(5); // within the big sheet too, not only between sheets
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]!).toBeGreaterThan(fractions[i - 1]!);
    expect(fractions[0]!).toBeGreaterThan(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions.filter((f) => f === 1)).toHaveLength(1);
    // Builds 9,000 rows with ExcelJS first: 1 to 4.5 s, near jest's default 5 s on a loaded machine.
  }, 60_000);

  it('still ends with 1 on a workbook with nothing in it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Empty');
    const fractions: number[] = [];
    readXlsx(await toBytes(wb), { onProgress: (f) => fractions.push(f) });
    expect(fractions[fractions.length - 1]).toBe(1);
  }, 30_000);
});
