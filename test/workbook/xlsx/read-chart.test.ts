import { unzipSync } from 'fflate';
import { cellValue } from '../../../src/engine/grid';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { addChartParts, buildChartWorkbook, CHART_DATA } from './fixtures/chart-workbook';
import { buildFinanceWorkbook } from './fixtures/exceljs-workbook';

describe('readXlsx on a workbook with a chart, a chart sheet, a pivot cache and a VBA project', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await buildChartWorkbook();
  });

  it('the fixture has the parts it claims', () => {
    const names = Object.keys(unzipSync(bytes));
    expect(names).toEqual(
      expect.arrayContaining([
        'xl/charts/chart1.xml',
        'xl/drawings/drawing91.xml',
        'xl/drawings/_rels/drawing91.xml.rels',
        'xl/worksheets/_rels/sheet1.xml.rels',
        'xl/chartsheets/sheet1.xml',
        'xl/pivotCache/pivotCacheDefinition1.xml',
        'xl/vbaProject.bin',
      ]),
    );
  });

  it('reads the cell values and skips the chart sheet', () => {
    const grids = readXlsx(bytes, { fileName: 'chart.xlsm' });
    expect(grids.sheets.map((s) => s.name)).toEqual(['Chart data', 'After chart']);
    expect(grids.sheets[0]!.values).toEqual(CHART_DATA);
    expect(cellValue(grids.sheets[1]!, 0, 0)).toBe('still read');
  });

  it('inflates only the parts that carry values', () => {
    // The VBA project and pivot cache are stored with a compression method the reader
    // would refuse if it tried to inflate them.
    const files = unzipSync(bytes);
    const patched = rewriteCompressionMethod(bytes, ['xl/vbaProject.bin', 'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/charts/chart1.xml'], 99);
    expect(() => unzipSync(patched)).toThrow();
    expect(readXlsx(patched).sheets[0]!.values).toEqual(CHART_DATA);
    expect(Object.keys(files).length).toBeGreaterThan(10);
  });

  it('reads a richer workbook (image, notes, validation) once a chart is added to it', async () => {
    const grids = readXlsx(addChartParts(await buildFinanceWorkbook(), 'sheet2'));
    expect(grids.sheets.map((s) => s.name)).toEqual(['Budget', 'Lookups', 'Secret', 'Empty']);
    expect(cellValue(grids.sheets[0]!, 3, 1)).toBe(10382337);
    expect(cellValue(grids.sheets[1]!, 1, 1)).toBe('Low');
  });
});

/** Sets the compression method of the named entries, in local and central headers. */
function rewriteCompressionMethod(zip: Uint8Array, names: ReadonlyArray<string>, method: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const decoder = new TextDecoder();
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) {
      const nameLength = view.getUint16(i + 26, true);
      if (names.includes(decoder.decode(out.subarray(i + 30, i + 30 + nameLength)))) view.setUint16(i + 8, method, true);
    } else if (sig === 0x02014b50) {
      const nameLength = view.getUint16(i + 28, true);
      if (names.includes(decoder.decode(out.subarray(i + 46, i + 46 + nameLength)))) view.setUint16(i + 10, method, true);
    }
  }
  return out;
}
