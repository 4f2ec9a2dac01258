/**
 * Issue 11, defect 1: a mark alone never lets RAG Board delete or overwrite a sheet. A sheet
 * carrying the mark `_RAGBoard_Generated` (copied, from a template, typed by hand) but not the
 * content RAG Board wrote there is the user's: analyse --out and clear keep it, and write our
 * sheets beside it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { GENERATED_SHEET_MARK } from '../../src/engine/plan/types';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { parseWorkbook } from '../../src/workbook/xlsx/workbook-part';
import { LIVERPOOL, runCli, useScratchDir } from './helpers/cli';
import { sampleBytes, withDefinedName, withPart } from './helpers/hostile';
import { strFromU8, unzipSync } from 'fflate';

jest.setTimeout(60_000);

const sheetsOf = (file: string) => readXlsx(new Uint8Array(fs.readFileSync(file)));
const financeOf = (file: string) => sheetsOf(file).sheets.find((s) => s.name === 'Finance');

describe('a sheet of the user that carries a mark is never deleted', () => {
  const tmp = useScratchDir();

  it.each([
    ['hidden, naming the sheet', '"budget-summary|Finance"', true],
    ['visible, naming the sheet', '"budget-summary|Finance"', false],
    ['with a fingerprint that is not its content', '"budget-summary|Finance|#0123456789abcdef"', true],
    ['a snapshot mark without a name', '"snapshot"', true],
  ])('analyse --out and clear keep "Finance" with a forged mark (%s)', async (_what, value, hidden) => {
    const input = path.join(tmp(), 'forged.xlsx');
    fs.writeFileSync(input, withDefinedName(sampleBytes(), GENERATED_SHEET_MARK, 0, value, hidden));
    const finance = financeOf(input)!;
    expect(finance).toBeDefined();

    const out = path.join(tmp(), 'out.xlsx');
    const r = await runCli(['analyse', input, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(financeOf(out)).toEqual(finance);
    // Its table was read as the user's, and our summary written beside it.
    expect(r.stdout).toMatch(/Finance!A3:G13\s+budget/);
    expect(r.stdout).toMatch(/Kept "Finance" as it is: it carries RAG Board's mark but not what RAG Board wrote there/);
    expect(sheetsOf(out).generatedSheets?.has('Finance')).toBe(false);

    const cleared = path.join(tmp(), 'cleared.xlsx');
    const c = await runCli(['clear', input, '--out', cleared]);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(financeOf(cleared)).toEqual(finance);
    const c2 = await runCli(['clear', out, '--out', path.join(tmp(), 'cleared2.xlsx')]);
    expect(c2.code).toBe(0);
    const after = sheetsOf(path.join(tmp(), 'cleared2.xlsx'));
    expect(after.sheets.find((s) => s.name === 'Finance')).toEqual(finance);
    // Our own sheets, proven by their content, did come off.
    expect(after.sheets.map((s) => s.name)).toEqual(sheetsOf(input).sheets.map((s) => s.name));
  });

  it('a summary the user edited is theirs from then on: the next run keeps it and writes a fresh one beside it', async () => {
    const once = path.join(tmp(), 'once.xlsx');
    expect((await runCli(['analyse', LIVERPOOL, '--out', once, '-q'])).code).toBe(0);
    const names = parseWorkbook(strFromU8(unzipSync(fs.readFileSync(once))['xl/workbook.xml']!)).sheets;
    const summaryIndex = names.findIndex((s) => s.name === 'Budget Summary');
    const part = `xl/worksheets/sheet${summaryIndex + 1}.xml`;
    expect(strFromU8(unzipSync(fs.readFileSync(once))[part]!)).toContain('<t>');
    const edited = path.join(tmp(), 'edited.xlsx');
    // The user types a note of their own into the summary's first text cell.
    fs.writeFileSync(edited, withPart(new Uint8Array(fs.readFileSync(once)), part, (xml) => xml.replace(/<t>[^<]*<\/t>/, '<t>My notes for the board</t>')));
    const editedGrid = sheetsOf(edited).sheets.find((s) => s.name === 'Budget Summary')!;
    expect(sheetsOf(edited).unprovenMarks).toEqual(new Set(['Budget Summary']));

    const twice = path.join(tmp(), 'twice.xlsx');
    const r = await runCli(['analyse', edited, '--out', twice]);
    expect(r.code).toBe(0);
    const after = sheetsOf(twice);
    expect(after.sheets.find((s) => s.name === 'Budget Summary')).toEqual(editedGrid);
    expect(after.generatedSheets?.get('Budget Summary (RAG Board)')).toBe('budget-summary');

    // And an unedited summary is still ours: a run on the first output replaces it in place.
    const again = path.join(tmp(), 'again.xlsx');
    expect((await runCli(['analyse', once, '--out', again, '-q'])).code).toBe(0);
    expect(sheetsOf(again).sheets.map((s) => s.name)).toEqual(sheetsOf(once).sheets.map((s) => s.name));
  });
});
