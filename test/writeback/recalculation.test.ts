/**
 * A real spreadsheet engine agrees with us: every formula RAG Board writes into the sample
 * workbooks is recalculated by LibreOffice (with our cached results taken out first, so
 * nothing can pass by copying them) and compared with the value the engine cached.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { analyseWorkbook } from '../../src/engine/analyse';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { parseConfig } from '../../src/engine/config';
import { applyPlan } from '../../src/workbook/xlsx/write/apply';
import { convertWithLibreOffice, libreOfficeAvailable, withoutCachedResults } from '../helpers/libreoffice';

const SAMPLES = path.resolve(__dirname, '../../samples');
const available = libreOfficeAvailable();
if (!available && process.env.CI) {
  throw new Error('LibreOffice (soffice) is required in CI for the recalculation tests: .ci/run installs libreoffice-calc');
}
if (!available) {
  // CI installs LibreOffice (.ci/run); say loudly where it is missing rather than pass quietly.
  console.warn('LibreOffice (soffice) is not installed: the recalculation tests are skipped. apt-get install libreoffice-calc');
}
const maybe = available ? test : test.skip;

jest.setTimeout(240_000);

const cases: [string, object][] = [
  ['liverpool-pccc-aug-2017.xlsx', {}],
  ['staffordshire-month7-2018.xlsx', {}],
  ['staffordshire-risk-register-2018.xlsx', {}],
  // Thresholds and sign changed, so the other branches of the formulas are exercised too.
  ['liverpool-pccc-aug-2017.xlsx', { budget: { basis: 'ytd', redPct: 0.03, amberPct: 0.005, materiality: 400000, sign: 'favourable-positive' }, risk: { scheme: 'three-band', boardThreshold: 9 } }],
];

describe('LibreOffice recalculates every formula we write to the value we cached', () => {
  maybe.each(cases)('%s with config %j', (file, configJson) => {
    const bytes = fs.readFileSync(path.join(SAMPLES, file));
    const grids = readXlsx(bytes);
    const config = parseConfig(configJson);
    const plan = buildWritePlan(grids, analyseWorkbook(grids, config), config);
    const written = applyPlan(bytes, plan);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-recalc-'));
    const input = path.join(dir, 'stripped.xlsx');
    fs.writeFileSync(input, withoutCachedResults(written, (part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part)));
    const back = readXlsx(fs.readFileSync(convertWithLibreOffice(input, 'xlsx', path.join(dir, 'out'))));
    const mismatches: string[] = [];
    let formulas = 0;
    for (const sheet of plan.sheets) {
      const grid = back.sheets.find((s) => s.name === sheet.name);
      expect(grid).toBeDefined();
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || cell.kind !== 'formula') return;
          formulas++;
          const got = grid!.values[r]?.[c] ?? null;
          const want = cell.cached === '' ? null : cell.cached;
          const same =
            typeof want === 'number' && typeof got === 'number'
              ? Math.abs(want - got) <= 1e-9 * Math.max(1, Math.abs(want))
              : got === want || (want === null && got === '');
          if (!same) mismatches.push(`${sheet.name}!R${r + 1}C${c + 1} =${cell.formula}: cached ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(got)}`);
        }),
      );
    }
    expect(formulas).toBeGreaterThan(50);
    expect(mismatches).toEqual([]);
  });
});
