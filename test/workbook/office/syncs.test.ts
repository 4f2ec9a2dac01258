/**
 * The number of context.sync() calls does not follow the number of rows: 10 rows and
 * 100,000 rows cost the same syncs to apply and to clear. Reading costs two syncs plus
 * as many as the cells' bytes need: Excel on the web refuses a response over 5 MB, so
 * 100,000 rows cannot come back in one. The counts and bytes are printed for the record.
 */
import { analyseWorkbook } from '../../../src/engine/analyse';
import { parseConfig } from '../../../src/engine/config';
import { buildWritePlan } from '../../../src/engine/plan/buildPlan';
import type { WritePlan } from '../../../src/engine/plan/types';
import { DEFAULTS } from '../../../src/workbook/office';
import type { SeedSheet } from './double';
import { setup, teardown } from './helpers';
import { num, snapshotSheet, summarySheet, text } from './plans';

afterEach(teardown);
jest.setTimeout(120_000);

const AMOUNT = '#,##0;(#,##0)';

function budgetSheet(lines: number): SeedSheet {
  const values: Array<Array<string | number>> = [['Cost centre', 'YTD Budget', 'YTD Actual', 'YTD Variance', 'Annual Budget', 'Forecast Outturn']];
  const numberFormats: Array<Array<string | undefined>> = [[]];
  for (let i = 0; i < lines; i++) {
    const budget = 10000 + ((i * 7919) % 50000);
    const actual = budget + ((i * 104729) % 2001) - 1000;
    values.push([`Cost centre ${i + 1}`, budget, actual, actual - budget, budget * 12, actual * 12]);
    numberFormats.push([undefined, AMOUNT, AMOUNT, AMOUNT, AMOUNT, AMOUNT]);
  }
  return { name: 'Budget', values, numberFormats };
}

function planFor(lines: number): WritePlan {
  const last = lines + 1;
  return {
    sheets: [summarySheet({ rows: [[text('Budget Summary')], [text('Lines'), num(lines)]], merges: [], rules: [] }), snapshotSheet()],
    sourceRules: [
      {
        sheet: 'Budget',
        rules: [
          { ranges: `D2:D${last}`, condition: 'D2>0.05*B2', style: { fill: '#D5281B', fontColour: '#FFFFFF', numberFormat: '"R "#,##0' }, order: 1 },
          { ranges: `D2:D${last}`, condition: 'D2>0', style: { fill: '#FFC000', numberFormat: '"A "#,##0' }, order: 2 },
          { ranges: `D2:D${last}`, condition: 'D2<=0', style: { fill: '#007F3B', fontColour: '#FFFFFF', numberFormat: '"G "#,##0' }, order: 3 },
        ],
      },
    ],
  };
}

interface Measure {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalResponseBytes: number;
}

async function measure(lines: number): Promise<{ read: Measure; apply: Measure; clear: Measure }> {
  const { excel, port } = setup({ sheets: [budgetSheet(lines), { name: 'Notes', values: [['Month 7']] }] });
  const take = (): Measure => {
    const { syncs, maxRequestBytes, maxResponseBytes, totalResponseBytes } = excel.stats;
    excel.resetStats();
    return { syncs, maxRequestBytes, maxResponseBytes, totalResponseBytes };
  };
  await port.read();
  const read = take();
  await port.apply(planFor(lines));
  const apply = take();
  await port.clear();
  const clear = take();
  return { read, apply, clear };
}

test('10 rows and 100,000 rows: apply and clear cost the same syncs; read costs 2 + as many as 5 MB responses need', async () => {
  const small = await measure(10);
  const large = await measure(100_000);
  console.log(
    [
      'Office.js adapter, syncs and bytes (request / response) per call, 10 rows vs 100,000 rows:',
      ...(['read', 'apply', 'clear'] as const).map(
        (k) =>
          `  ${k.padEnd(5)}  10 rows: ${small[k].syncs} syncs, max ${small[k].maxRequestBytes} B / ${small[k].maxResponseBytes} B` +
          `   |  100,000 rows: ${large[k].syncs} syncs, max ${large[k].maxRequestBytes} B / ${large[k].maxResponseBytes} B`,
      ),
    ].join('\n'),
  );
  expect(large.apply.syncs).toBe(small.apply.syncs);
  expect(large.clear.syncs).toBe(small.clear.syncs);
  // The survey is two syncs, three when there are rules to look at; then one to write.
  expect(small.apply.syncs).toBe(3);
  expect(small.clear.syncs).toBe(4);
  expect(small.read.syncs).toBe(3);
  // Reading: the survey is the same two syncs; the cells take as many responses as their bytes
  // need under Excel on the web's 5 MB limit — no fewer is possible, and not many more are used.
  const cellSyncs = large.read.syncs - 2;
  expect(cellSyncs).toBeGreaterThanOrEqual(Math.ceil(large.read.totalResponseBytes / 5_000_000));
  expect(cellSyncs).toBeLessThanOrEqual(Math.ceil(large.read.totalResponseBytes / (DEFAULTS.payloadBudget * 0.9)));
  for (const m of [small, large]) for (const k of ['read', 'apply', 'clear'] as const) {
    expect(m[k].maxRequestBytes).toBeLessThan(5_000_000);
    expect(m[k].maxResponseBytes).toBeLessThan(5_000_000);
  }
});

test('the engine\'s own plan for 100,000 budget lines goes in within the payload limit, in syncs that follow the bytes', async () => {
  const { excel, port } = setup({ sheets: [budgetSheet(100_000)] });
  const grids = await port.read();
  // Every line listed (a summary of over 100,000 rows), to see a plan far past one request go in.
  const config = parseConfig({ budget: { summaryLines: 'all' } });
  const plan = buildWritePlan(grids, analyseWorkbook(grids, config), config, { takenAt: '2018-10-31' });
  excel.resetStats();
  await port.apply(plan);
  const { syncs, maxRequestBytes, totalRequestBytes } = excel.stats;
  const rows = plan.sheets.reduce((n, s) => n + s.rows.length, 0);
  console.log(`Engine plan for 100,000 budget lines (${rows} generated rows): apply took ${syncs} syncs, max request ${maxRequestBytes} B, total ${totalRequestBytes} B`);
  expect(maxRequestBytes).toBeLessThan(5_000_000);
  expect(syncs).toBeLessThanOrEqual(3 + Math.ceil(totalRequestBytes / (DEFAULTS.payloadBudget * 0.85)));
  const summary = excel.model.get(plan.sheets[0]!.name);
  expect(summary.usedRect()!.bottom).toBeGreaterThan(100_000);
});
