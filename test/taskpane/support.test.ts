/**
 * In an Excel without the API RAG Board needs, the pane says in one sentence what is missing
 * and what to use instead.
 */
import { REQUIRED_EXCEL_API, unsupportedExcel } from '../../src/taskpane/model/support';
import { ExcelDouble } from '../workbook/office/double';

const upTo = (minor: number) => (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

test('Excel 2021 (ExcelApi 1.14), Excel 2024 (1.17), Microsoft 365 and the web: nothing to say', () => {
  expect(unsupportedExcel(upTo(14))).toBeNull();
  expect(unsupportedExcel(upTo(17))).toBeNull();
  expect(unsupportedExcel(new ExcelDouble({ sheets: [{ name: 'A' }] }).isSetSupported)).toBeNull();
  expect(REQUIRED_EXCEL_API).toBe('1.9');
});

test('Excel 2019 (ExcelApi 1.8): one sentence naming 1.9 and what to use instead', () => {
  const said = unsupportedExcel(upTo(8))!;
  expect(said).toMatch(/^This version of Excel does not have the Excel JavaScript API 1\.9 \(ExcelApi 1\.9\) that RAG Board needs for a colour rule that covers several ranges, so use RAG Board in Excel 2021 or later, Microsoft 365 or Excel on the web, or open .* browser page .* command line\.$/);
  expect(said.split(/\.\s/).length).toBe(1);
});

test('Excel 2016 (ExcelApi 1.1), or no requirements API at all: the lowest missing version is named', () => {
  expect(unsupportedExcel(upTo(1))).toMatch(/ExcelApi 1\.4\) that RAG Board needs for reading sheets/);
  expect(unsupportedExcel(undefined)).toMatch(/ExcelApi 1\.4/);
  expect(
    unsupportedExcel(() => {
      throw new Error('not ready');
    }),
  ).toMatch(/ExcelApi 1\.4/);
});
