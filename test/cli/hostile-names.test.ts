/**
 * Issue 11, defect 11: names Excel forbids. A workbook whose sheet names Excel would never
 * save (duplicates, also differing only in case; brackets; an apostrophe at either end) is
 * refused as damaged (exit 3); zip entries named with "\" are written with "/", so the output
 * never mixes the two.
 */
import { strFromU8, unzipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { expectOneLineMessage, runCli, useScratchDir } from './helpers/cli';
import { expectSoundPackage, renamedEntries, sampleBytes, withPart } from './helpers/hostile';

jest.setTimeout(60_000);

const renameSheet = (from: string, to: string) => (b: Uint8Array) => withPart(b, 'xl/workbook.xml', (x) => x.replace(`name="${from}"`, `name="${to}"`));

describe('sheet names Excel forbids are refused as damage (exit 3)', () => {
  const tmp = useScratchDir();

  it.each([
    ['two sheets of one name', renameSheet('Key', 'Finance'), /it has two sheets named "Finance", which Excel does not allow/],
    ['two names differing only in case', renameSheet('Key', 'FINANCE'), /it has sheets named "Finance" and "FINANCE", one name to Excel/],
    ['a name with brackets', renameSheet('Key', 'Key [old]'), /a sheet named "Key \[old\]", which contains a character Excel does not allow/],
    ['a name starting with an apostrophe', renameSheet('Key', "'Key"), /a sheet named "'Key", which starts or ends with an apostrophe/],
    ['a name ending with an apostrophe', renameSheet('Key', "Key'"), /starts or ends with an apostrophe/],
  ])('%s', async (_what, make, message) => {
    const input = path.join(tmp(), 'in.xlsx');
    fs.writeFileSync(input, make(sampleBytes()));
    for (const argv of [['analyse', input], ['analyse', input, '--out', path.join(tmp(), 'out.xlsx')], ['clear', input, '--out', path.join(tmp(), 'out.xlsx')]]) {
      const r = await runCli(argv);
      expect(r.code).toBe(3);
      expect(expectOneLineMessage(r.stderr)).toMatch(message);
    }
    expect(fs.readdirSync(tmp())).toEqual(['in.xlsx']);
  });
});

describe('zip entries named with backslashes', () => {
  const tmp = useScratchDir();

  it('are read, and written with "/" by analyse --out and by clear', async () => {
    const input = path.join(tmp(), 'in.xlsx');
    const bytes = renamedEntries(sampleBytes(), (n) => n.replace(/\//g, '\\'));
    expect(Object.keys(unzipSync(bytes)).filter((n) => n.includes('\\')).length).toBeGreaterThan(5);
    fs.writeFileSync(input, bytes);
    const out = path.join(tmp(), 'out.xlsx');
    const r = await runCli(['analyse', input, '--out', out, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = new Uint8Array(fs.readFileSync(out));
    expectSoundPackage(written);
    const names = Object.keys(unzipSync(written));
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(names).toContain('xl/theme/theme1.xml');
    expect(readXlsx(written).sheets.map((s) => s.name)).toEqual([...readXlsx(bytes).sheets.map((s) => s.name), 'Budget Summary', 'Risk Summary', 'RAG Board data']);
    // The theme, which nobody changed, is copied byte for byte under its mended name.
    expect(strFromU8(unzipSync(written)['xl/theme/theme1.xml']!)).toBe(strFromU8(unzipSync(bytes)['xl\\theme\\theme1.xml']!));

    const cleared = path.join(tmp(), 'cleared.xlsx');
    expect((await runCli(['clear', input, '--out', cleared, '-q'])).code).toBe(0);
    const clearedNames = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(cleared))));
    expect(clearedNames.filter((n) => n.includes('\\'))).toEqual([]);
    expectSoundPackage(new Uint8Array(fs.readFileSync(cleared)));
  });
});
