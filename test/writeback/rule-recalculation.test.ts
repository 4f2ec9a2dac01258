/**
 * The colour rules on the user's budget tables give every line the engine's RAG, as a real
 * spreadsheet engine evaluates them. The rules rely on their order (red, then amber, then
 * green, each stopping the ones after it: stopIfTrue), so each line's three conditions are
 * written here as one formula in that order, IF(red,"R",IF(amber,"A",IF(green,"G",""))), with
 * their references moved to the line's row as Excel moves a rule's references over its ranges;
 * LibreOffice recalculates them (our cached results taken out first) and every result is
 * compared with budget/rag.ts on the line's figures.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyseWorkbook } from '../../src/engine/analyse';
import { unitsFactor, budgetRag } from '../../src/engine/budget/rag';
import { parseConfig } from '../../src/engine/config';
import { cellValue, columnIndex } from '../../src/engine/grid';
import type { BudgetTable } from '../../src/engine/model';
import { budgetSourceRules } from '../../src/engine/plan/sourceRules';
import type { GeneratedSheet, PlannedCell } from '../../src/engine/plan/types';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { applyPlan } from '../../src/workbook/xlsx/write/apply';
import { convertWithLibreOffice, libreOfficeAvailable, withoutCachedResults } from '../helpers/libreoffice';

const SAMPLES = path.resolve(__dirname, '../../samples');
const available = libreOfficeAvailable();
if (!available && process.env.CI) throw new Error('LibreOffice (soffice) is required in CI for the recalculation tests: .ci/run installs libreoffice-calc');
if (!available) console.warn('LibreOffice (soffice) is not installed: the rule recalculation tests are skipped. apt-get install libreoffice-calc');
const maybe = available ? test : test.skip;
jest.setTimeout(240_000);

const cases: [string, object][] = [
  ['liverpool-pccc-aug-2017.xlsx', {}],
  ['staffordshire-month7-2018.xlsx', {}],
  ['liverpool-pccc-aug-2017.xlsx', { budget: { redPct: 0.03, amberPct: 0.005, underspendAmberPct: 0.02, materiality: 400000 } }],
  ['staffordshire-month7-2018.xlsx', { budget: { redPct: 0.02, amberPct: 0.001, underspendAmberPct: 0.01, materiality: 500 } }],
];

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

describe('LibreOffice evaluates the budget colour rules, in their order, to the engine\'s RAG', () => {
  maybe.each(cases)('%s with config %j', (file, json) => {
    const bytes = fs.readFileSync(path.join(SAMPLES, file));
    const grids = readXlsx(bytes);
    const config = parseConfig(json);
    const tables = analyseWorkbook(grids, config).tables.filter((t): t is BudgetTable => t.kind === 'budget');
    const rows: PlannedCell[][] = [];
    const expected: string[] = [];
    for (const table of tables) {
      const sheet = grids.sheets.find((s) => s.name === table.sheet)!;
      const rules = budgetSourceRules(sheet, table, config.budget);
      for (let i = 0; i < rules.length; i += 3) {
        const [red, amber, green] = rules.slice(i, i + 3);
        const m = /^COUNT\(\$([A-Z]+)(\d+),\$([A-Z]+)\d+\)=2$/.exec(green!.condition)!;
        const [aCol, first, bCol] = [columnIndex(m[1]!), Number(m[2]), columnIndex(m[3]!)];
        const at = (condition: string, row: number) => condition.replace(new RegExp(`\\$([A-Z]+)${first}(?![0-9])`, 'g'), (_x, col: string) => `${quote(table.sheet)}!$${col}${row + 1}`);
        for (const range of green!.ranges.split(' ')) {
          const [from, to] = range.split(':').map((ref) => Number(ref.replace(/^[A-Z]+/, '')) - 1);
          for (let row = from!; row <= (to ?? from)!; row++) {
            const line = table.rows.find((r) => r.row === row)!;
            const a = cellValue(sheet, row, aCol);
            const b = cellValue(sheet, row, bCol);
            const rag = typeof a === 'number' && typeof b === 'number' ? budgetRag({ actualMinusBudget: a - b, base: b, basis: 'forecast', income: line.income, units: table.units }, config.budget)?.rag ?? '' : '';
            const f = `IF(${at(red!.condition, row)},"R",IF(${at(amber!.condition, row)},"A",IF(${at(green!.condition, row)},"G","")))`;
            rows.push([{ kind: 'text', text: `${table.sheet}!${range} row ${row + 1}` }, { kind: 'formula', formula: f, cached: rag }]);
            expected.push(rag);
          }
        }
      }
    }
    void unitsFactor;
    expect(new Set(expected).size).toBeGreaterThanOrEqual(2);
    const check: GeneratedSheet = { role: 'budget-summary', name: 'Rule check', rows, columnWidths: [], merges: [], freezeRows: 0, rules: [], print: null, visibility: 'visible' };
    const written = applyPlan(bytes, { sheets: [check], sourceRules: [] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-board-rules-'));
    const input = path.join(dir, 'stripped.xlsx');
    fs.writeFileSync(input, withoutCachedResults(written, (part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part)));
    const back = readXlsx(fs.readFileSync(convertWithLibreOffice(input, 'xlsx', path.join(dir, 'out'))));
    const grid = back.sheets.find((s) => s.name === 'Rule check')!;
    const got = rows.map((_, r) => grid.values[r]?.[1] ?? '');
    const mismatches = rows.flatMap((row, r) => (got[r] === expected[r] ? [] : [`${(row[0] as { text: string }).text}: engine ${JSON.stringify(expected[r])}, LibreOffice ${JSON.stringify(got[r])}`]));
    expect(rows.length).toBeGreaterThan(10);
    expect(mismatches).toEqual([]);
  });
});
