/**
 * --out deflates a big sheet's cells while the engine runs (src/cli/deflate-early.ts), and the
 * writer takes the parts the reader inflated rather than inflating them again: the copy must hold
 * exactly what it holds without either, and a start that does not fit (wrong length, rules that
 * change the sheet before its cells) must be left unused.
 */
import * as zlib from 'node:zlib';
import { analyseWorkbook } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import type { PlannedRule, WritePlan } from '../../src/engine/plan/types';
import { deflateCellsEarly } from '../../src/cli/deflate-early';
import { nodeZipCodec } from '../../src/cli/node-zip-codec';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { applyPlan, type DeflatedStart } from '../../src/workbook/xlsx/write/apply';
import { setCellsAside } from '../../src/workbook/xlsx/write/sheet-cells';
import { generateBudgetWorkbook } from '../../bench/generate-budget';
import { buildPackage, stylesXml, worksheetXml } from '../workbook/xlsx/fixtures/minimal-package';
import { partsOf } from '../workbook/xlsx/write/helpers';

function expectSameParts(a: Uint8Array, b: Uint8Array): void {
  const pa = partsOf(a);
  const pb = partsOf(b);
  expect(Object.keys(pb).sort()).toEqual(Object.keys(pa).sort());
  for (const name of Object.keys(pa)) expect([name, Buffer.from(pb[name]!).equals(Buffer.from(pa[name]!))]).toEqual([name, true]);
}

/** The raw deflate of the first `length` bytes, not final, ending on a byte boundary: what deflateCellsEarly makes. */
function deflatedStart(bytes: Uint8Array, length: number): DeflatedStart {
  return { length, compressed: [zlib.deflateRawSync(bytes.subarray(0, length), { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH })] };
}

jest.setTimeout(60_000);

describe('a big sheet deflated while the engine runs', () => {
  const bytes = generateBudgetWorkbook({ lines: 5_000, seed: 20181105 }).bytes;
  const inflated = new Map<string, Uint8Array>();
  const grids = readXlsx(bytes, { codec: nodeZipCodec, onPart: (part, b) => inflated.set(part, b) });
  const plan = buildWritePlan(grids, analyseWorkbook(grids), DEFAULT_CONFIG, { takenAt: '2026-01-01' });
  const plain = applyPlan(bytes, plan, { codec: nodeZipCodec, ownSheets: [] });

  it('is found for the big worksheet only, and is the raw deflate of its start up to the end of its cells', async () => {
    expect([...inflated.keys()]).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']));
    const starts = await deflateCellsEarly(inflated);
    expect([...starts.keys()]).toEqual(['xl/worksheets/sheet1.xml']);
    const sheet = inflated.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.length).toBeGreaterThan(1 << 20);
    const start = starts.get('xl/worksheets/sheet1.xml')!;
    expect(start.length).toBe(setCellsAside(sheet)!.cellsEnd);
    const back = zlib.inflateRawSync(Buffer.concat(start.compressed), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    expect(back.equals(Buffer.from(sheet.subarray(0, start.length)))).toBe(true);
  });

  it('gives the same copy as the writer alone, with the reader’s parts and the start taken', async () => {
    const deflatedStarts = await deflateCellsEarly(inflated);
    const early = applyPlan(bytes, plan, { codec: nodeZipCodec, ownSheets: [], inflated, deflatedStarts });
    expectSameParts(plain, early);
    // The start was used: the sheet's compressed bytes differ from the writer's own.
    expect(Buffer.from(early).equals(Buffer.from(plain))).toBe(false);
    // And run again on the copy, nothing changes (our rules replaced by the same rules).
    const grids2 = readXlsx(early, { codec: nodeZipCodec });
    const plan2 = buildWritePlan(grids2, analyseWorkbook(grids2), DEFAULT_CONFIG, { takenAt: '2026-01-01' });
    const inflated2 = new Map<string, Uint8Array>();
    readXlsx(early, { codec: nodeZipCodec, onPart: (part, b) => inflated2.set(part, b) });
    const again = applyPlan(early, plan2, { codec: nodeZipCodec, ownSheets: [...(grids2.generatedSheets?.keys() ?? [])], inflated: inflated2, deflatedStarts: await deflateCellsEarly(inflated2) });
    expectSameParts(early, again);
  }, 60_000);

  it('is left unused where its length is not the start the writer keeps', () => {
    const sheet = inflated.get('xl/worksheets/sheet1.xml')!;
    const cellsEnd = setCellsAside(sheet)!.cellsEnd;
    const wrong = new Map([['xl/worksheets/sheet1.xml', deflatedStart(sheet, cellsEnd - 1)]]);
    const out = applyPlan(bytes, plan, { codec: nodeZipCodec, ownSheets: [], deflatedStarts: wrong });
    expect(Buffer.from(out).equals(Buffer.from(plain))).toBe(true);
  });
});

describe('a deflated start the rules would change', () => {
  const RULE: PlannedRule = { ranges: 'B1:B2', condition: 'B1>10', style: { fill: '#D5281B' }, order: 1 };
  const plan: WritePlan = { sheets: [], sourceRules: [{ sheet: 'Data', rules: [RULE] }] };
  const rows = '<row r="1"><c r="B1"><v>12</v></c></row><row r="2"><c r="B2"><v>3</v></c></row>';
  // The user's own rule stands before the cells (not where the schema puts it): ours go after it, before the cells.
  const userRule = '<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting>';
  const xml = worksheetXml(rows).replace('<sheetData>', `${userRule}<sheetData>`);
  const bytes = buildPackage({ sheets: [{ name: 'Data', xml }], styles: stylesXml([], [0]) });

  it('is left unused, and the sheet is deflated by the writer', () => {
    const sheet = new TextEncoder().encode(xml);
    const split = setCellsAside(sheet)!;
    const starts = new Map([['xl/worksheets/sheet1.xml', deflatedStart(sheet, split.cellsEnd)]]);
    const plain = applyPlan(bytes, plan, { codec: nodeZipCodec });
    const early = applyPlan(bytes, plan, { codec: nodeZipCodec, deflatedStarts: starts });
    expect(Buffer.from(early).equals(Buffer.from(plain))).toBe(true);
    const text = new TextDecoder().decode(partsOf(early)['xl/worksheets/sheet1.xml']);
    expect(text.indexOf('N(&quot;RAG Board&quot;)') >= 0 || text.indexOf('N("RAG Board")') >= 0).toBe(true);
    expect(text.indexOf('RAG Board')).toBeLessThan(text.indexOf('<sheetData>'));
  });
});
