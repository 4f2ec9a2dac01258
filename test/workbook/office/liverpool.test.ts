/**
 * The real engine, end to end through the Office.js adapter: the Liverpool sample read by
 * the .xlsx reader, put into the Excel double, read back through the adapter, analysed,
 * planned and applied; then again, to the same workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../../src/engine/analyse';
import { parseConfig } from '../../../src/engine/config';
import type { WorkbookGrids } from '../../../src/engine/grid';
import { buildWritePlan } from '../../../src/engine/plan/buildPlan';
import { isOwnedRuleFormula } from '../../../src/engine/plan/types';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import type { ModelSheet, SeedWorkbook } from './double';
import { isWorkbookChanged, type WorkbookChangedError } from '../../../src/workbook/port';
import { setup, teardown } from './helpers';

afterEach(teardown);

const SAMPLE = path.resolve(__dirname, '../../../samples/liverpool-pccc-aug-2017.xlsx');
const config = parseConfig({});

function seedOf(grids: WorkbookGrids): SeedWorkbook {
  return {
    date1904: grids.date1904,
    sheets: grids.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      values: s.values,
      numberFormats: s.numberFormats,
      formulas: s.formulas,
      hiddenRows: s.hiddenRows,
      hiddenColumns: s.hiddenColumns,
      merges: s.merges,
    })),
  };
}

/** The last row whose first cell is `first`: a line's row in the detail, below the board's page that links to it. */
function lastRowStarting(sheet: ModelSheet, first: string): number {
  const used = sheet.usedRect()!;
  for (let r = used.bottom; r >= used.top; r--) if (sheet.value(r, 0) === first) return r;
  throw new Error(`no row starting "${first}" on ${sheet.name}`);
}

test('Liverpool: read through the adapter, analysed, planned, applied; a second run changes nothing', async () => {
  const fromFile = readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)), { fileName: 'liverpool-pccc-aug-2017.xlsx' });
  const { excel, port } = setup(seedOf(fromFile));

  // What the adapter reads is what the .xlsx reader read (values and number formats).
  const grids = await port.read();
  expect(grids.sheets.map((s) => s.name)).toEqual(fromFile.sheets.map((s) => s.name));
  for (const [i, sheet] of grids.sheets.entries()) {
    const file = fromFile.sheets[i]!;
    for (let r = 0; r < Math.max(sheet.values.length, file.values.length); r++) {
      const a = (sheet.values[r] ?? []).map((v) => v ?? null);
      const b = (file.values[r] ?? []).map((v) => v ?? null);
      while (a.length && a[a.length - 1] === null) a.pop();
      while (b.length && b[b.length - 1] === null) b.pop();
      expect([sheet.name, r, a]).toEqual([sheet.name, r, b]);
    }
  }
  expect(grids.sheets[0]!.numberFormats?.[4]).toEqual(fromFile.sheets[0]!.numberFormats?.[4]);

  const analysis = analyseWorkbook(grids, config);
  const plan = buildWritePlan(grids, analysis, config, { takenAt: '2017-08-15' });
  excel.resetStats();
  await port.apply(plan);
  expect(excel.stats.syncs).toBeLessThanOrEqual(4);
  console.log(`Liverpool sample: apply took ${excel.stats.syncs} syncs, max request ${excel.stats.maxRequestBytes} B`);

  const wb = excel.model;
  expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ...fromFile.sheets.map((s) => [s.name, 'Visible']),
    ['Budget Summary', 'Visible'],
    ['Risk Summary', 'Visible'],
    ['RAG Board data', 'VeryHidden'],
  ]);

  // Budget Summary: the GMS line links to the Finance sheet's figures; its label is text.
  const budget = wb.get('Budget Summary');
  // The line's row in the detail (the board's page above links to it).
  const gms = lastRowStarting(budget, 'General Practice - GMS');
  expect(budget.formula(gms, 0)).toBeUndefined();
  // Line | YTD budget | YTD actual | YTD variance | Annual budget | Forecast outturn | Forecast variance | Forecast var % | RAG
  const links = [1, 2, 4, 5].map((c) => budget.formula(gms, c));
  expect(links.every((f) => typeof f === 'string' && /^='Finance'!\$?[A-Z]+\$?\d+$/.test(f))).toBe(true);
  const link = /^='Finance'!\$?([A-Z])\$?(\d+)$/.exec(links[0]!)!;
  expect(wb.get('Finance').value(Number(link[2]) - 1, link[1]!.charCodeAt(0) - 65)).toBe(10382337);
  // The variance is a live formula; the RAG word comes from a formula too (the double does not calculate it).
  expect(budget.formula(gms, 3)).toMatch(/^=IF\(/);
  expect(budget.formula(gms, 8)).toMatch(/"Red"/);

  // Risk Summary: the board table heading, as text.
  const risk = wb.get('Risk Summary');
  expect(risk.cells().some((c) => c.value === 'Risks scoring 12 or more (4)' && c.formula === undefined)).toBe(true);

  // Rules on the user's Finance and Risk Register sheets, each marked as ours.
  const financeRules = wb.get('Finance').rules;
  expect(financeRules.length).toBeGreaterThan(0);
  expect(financeRules.every((r) => isOwnedRuleFormula(r.formula ?? ''))).toBe(true);
  expect(financeRules.some((r) => r.ranges.some((x) => x.left === 3 && x.top === 3 && x.bottom === 12))).toBe(true); // D4:D13
  expect(wb.get('Risk Register').rules.some((r) => r.format.numberFormat === '0" Extreme";-0;0;@" Extreme"')).toBe(true);

  // The snapshot reads back as the engine wrote it, so a second run plans exactly the same,
  // and applying it leaves the workbook as it was.
  const once = wb.snapshot();
  const again = await port.read();
  expect([...again.generatedSheets!.values()]).toEqual(['budget-summary', 'risk-summary', 'snapshot']);
  const plan2 = buildWritePlan(again, analyseWorkbook(again, config), config, { takenAt: '2017-09-30' });
  expect(plan2).toEqual(plan);
  await port.apply(plan2);
  expect(wb.snapshot()).toEqual(once);

  // And clear takes it all off again, leaving the sample's own sheets as they were.
  await port.clear();
  expect(wb.sheets.map((s) => s.name)).toEqual(fromFile.sheets.map((s) => s.name));
  expect(wb.sheets.every((s) => s.rules.length === 0)).toBe(true);
});

test('a 20,000-line budget broken by sections and subtotals: every rule goes into Excel within 255 characters and 8,000-character address lists', async () => {
  const { generateBudgetWorkbook } = await import('../../../bench/generate-budget');
  const grids = readXlsx(generateBudgetWorkbook({ lines: 20_000, seed: 20181105 }).bytes);
  const { excel, port } = setup(seedOf(grids));
  const read = await port.read();
  const plan = buildWritePlan(read, analyseWorkbook(read, config), config);
  // One rule over every line would need an address list of tens of thousands of characters.
  const lines = plan.sourceRules.flatMap((s) => s.rules).filter((r) => r.style.numberFormat?.startsWith('"R '));
  expect(lines.length).toBeGreaterThan(2);
  await port.apply(plan);
  const sheet = excel.model.sheets.find((s) => s.rules.length > 0 && s.name === plan.sourceRules[0]!.sheet)!;
  expect(sheet.rules.every((r) => (r.formula ?? '').length <= 255)).toBe(true);
  console.log(`20,000-line budget through the adapter: longest rule formula ${excel.longestRuleFormula}, longest getRanges address list ${excel.longestGetRanges}`);
  expect(excel.longestRuleFormula).toBeLessThanOrEqual(255);
  expect(excel.longestGetRanges).toBeGreaterThan(1000);
  expect(excel.longestGetRanges).toBeLessThanOrEqual(8000);
  expect(sheet.rules.length).toBe(plan.sourceRules[0]!.rules.length);
}, 120_000);

describe('a plan made before the workbook changed is not written (it would put the rules on the wrong rows)', () => {
  async function planned() {
    const fromFile = readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)), { fileName: 'liverpool-pccc-aug-2017.xlsx' });
    const { excel, port } = setup(seedOf(fromFile));
    const grids = await port.read();
    const plan = buildWritePlan(grids, analyseWorkbook(grids, config), config);
    expect(plan.basis?.map((b) => b.sheet)).toEqual(expect.arrayContaining(['Finance', 'Risk Register']));
    return { excel, port, plan };
  }

  test('a row inserted above the table: refused, nothing written, the sheet named; after reading again, the new plan goes in', async () => {
    const { excel, port, plan } = await planned();
    const finance = excel.model.get('Finance');
    // The user inserts a row at the top: every cell moves down one (the double has no insert, so the cells are moved).
    const cells = finance.cells();
    const before = excel.model.snapshot();
    for (const c of [...cells].reverse()) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
      const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      finance.store(row + 1, col, { value: c.value, ...(c.formula ? { formula: c.formula } : {}) });
      finance.store(row, col, { value: null });
    }
    const changed = excel.model.snapshot();
    expect(changed).not.toEqual(before);
    const e = await port.apply(plan).catch((x: unknown) => x);
    expect(isWorkbookChanged(e)).toBe(true);
    expect((e as WorkbookChangedError).sheets).toEqual(['Finance']);
    expect((e as Error).message).toMatch(/rows added or removed on "Finance"/);
    expect(excel.model.snapshot()).toEqual(changed);
    const again = await port.read();
    await port.apply(buildWritePlan(again, analyseWorkbook(again, config), config));
    expect(excel.model.sheets.map((s) => s.name)).toContain('Budget Summary');
  });

  test('a header edited: refused, nothing written', async () => {
    const { excel, port, plan } = await planned();
    const basis = plan.basis!.find((b) => b.sheet === 'Finance')!;
    const header = basis.headers[basis.headers.length - 1]!;
    const col = header.values.findIndex((v) => typeof v === 'string' && v !== '');
    excel.model.get('Finance').store(header.row, col, { value: 'Something else' });
    const before = excel.model.snapshot();
    const e = await port.apply(plan).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(new RegExp(`the header in row ${header.row + 1} of "Finance" was edited`));
    expect(excel.model.snapshot()).toEqual(before);
  });

  test('an unchanged workbook: the check costs no extra sync', async () => {
    const { excel, port, plan } = await planned();
    excel.resetStats();
    await port.apply(plan);
    expect(excel.stats.syncs).toBe(3);
  });
});
