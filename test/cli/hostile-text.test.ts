/**
 * Issue 11, defect 8 (cell text): text over Excel's 32,767 characters in a cell (which only a
 * damaged or hand-made workbook can carry) no longer aborts the write: it is cut, with an
 * ellipsis, in our sheets, and the run says so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cellValue } from '../../src/engine/grid';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { buildPackage } from '../workbook/xlsx/fixtures/minimal-package';
import { expectOneLineMessage, runCli, useScratchDir } from './helpers/cli';
import { BUDGET_ROWS, budgetSheetData, expectSoundPackage } from './helpers/hostile';

jest.setTimeout(60_000);

const LONG = `Prescribing ${'x'.repeat(40_000)}`;

describe('text longer than a cell can hold', () => {
  const tmp = useScratchDir();

  it('a 40,000-character label is cut to 32,767 characters with an ellipsis in the summary, and noted', async () => {
    const rows = BUDGET_ROWS.map((r, i) => (i === 1 ? [LONG, ...r.slice(1)] : r));
    const input = path.join(tmp(), 'long.xlsx');
    fs.writeFileSync(input, buildPackage({ sheets: [{ name: 'Budget', xml: budgetSheetData(rows) }] }));
    const out = path.join(tmp(), 'out.xlsx');
    const r = await runCli(['analyse', input, '--out', out, '--report', path.join(tmp(), 'report.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Note: .*cut to 32,767 characters/);
    const bytes = new Uint8Array(fs.readFileSync(out));
    expectSoundPackage(bytes);
    const summary = readXlsx(bytes).sheets.find((s) => s.name === 'Budget Summary')!;
    const texts = summary.values.flatMap((row) => (row ?? []).filter((v): v is string => typeof v === 'string'));
    expect(texts.every((t) => t.length <= 32_767)).toBe(true);
    const cut = texts.find((t) => t.startsWith('Prescribing xxx'));
    expect(cut).toHaveLength(32_767);
    expect(cut!.endsWith('…')).toBe(true);
    // The user's own sheet is as it was, long label and all.
    expect(cellValue(readXlsx(bytes).sheets.find((s) => s.name === 'Budget')!, 1, 0)).toBe(LONG);
    const report = JSON.parse(fs.readFileSync(path.join(tmp(), 'report.json'), 'utf8'));
    expect(report.notes.join(' ')).toMatch(/cut to 32,767 characters/);
  });
});

describe('config sheet names Excel would refuse (exit 2, with the rule broken)', () => {
  const tmp = useScratchDir();

  it.each([
    ['Budget [Q1]', /contains a character Excel does not allow in sheet names/],
    ['Risks/Issues', /contains a character Excel does not allow/],
    ['What?', /contains a character Excel does not allow/],
    ['History', /is "History", a name Excel reserves/],
    ['history', /a name Excel reserves/],
    ["'Quoted", /starts or ends with an apostrophe/],
    ["Quoted'", /starts or ends with an apostrophe/],
    ['Bell\u0007', /contains a control character/],
    ['Line\nbreak', /contains a control character/],
    ['', /is empty/],
    ['A name much longer than thirty-one characters', /longer than the 31 characters/],
  ])('sheets.budgetSummary = %j', async (name, rule) => {
    const config = path.join(tmp(), 'config.json');
    fs.writeFileSync(config, JSON.stringify({ sheets: { budgetSummary: name } }));
    const r = await runCli(['analyse', path.join(__dirname, '../../samples/liverpool-pccc-aug-2017.xlsx'), '--config', config, '--out', path.join(tmp(), 'out.xlsx')]);
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toMatch(/config\.json: sheets\.budgetSummary /);
    expect(r.stderr).toMatch(rule);
    expect(fs.readdirSync(tmp())).toEqual(['config.json']);
  });
});
