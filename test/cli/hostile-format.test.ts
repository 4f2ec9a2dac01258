/**
 * Issue 11, defects 3 and 8 (content types): a copy is written under the extension of its
 * kind, or refused with exit 2 (Excel refuses an .xlsm package named .xlsx, and the other way
 * round); a [Content_Types].xml that does not say what the workbook part is is damage (exit 3).
 */
import * as fs from 'fs';
import * as path from 'path';
import { expectOneLineMessage, runCli, useScratchDir } from './helpers/cli';
import { sampleBytes, withPart } from './helpers/hostile';

jest.setTimeout(60_000);

const MACRO_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const PLAIN_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const asMacroWorkbook = (b: Uint8Array) => withPart(b, '[Content_Types].xml', (x) => x.replace(PLAIN_TYPE, MACRO_TYPE));

describe('a copy keeps the kind of its workbook', () => {
  const tmp = useScratchDir();

  it.each([
    ['analyse', 'in.xlsm', 'out.xlsx', asMacroWorkbook, /would hold a macro-enabled workbook \(\.xlsm\) under an \.xlsx name, which Excel refuses to open\. Write to ".*out\.xlsm" to keep the macros/],
    ['clear', 'in.xlsm', 'out.xlsx', asMacroWorkbook, /to keep the macros/],
    ['analyse', 'in.xlsx', 'out.xlsm', (b: Uint8Array) => b, /would hold a workbook \(\.xlsx\) under an \.xlsm name, which Excel refuses to open\. Write to ".*out\.xlsx"/],
    ['analyse', 'renamed.xlsx', 'out.xlsx', asMacroWorkbook, /macro-enabled workbook/],
    ['analyse', 'in.xlsx', 'out', (b: Uint8Array) => b, /under a name without an extension/],
  ] as const)('%s %s --out %s: refused with exit 2, nothing written', async (command, inName, outName, make, message) => {
    const input = path.join(tmp(), inName);
    fs.writeFileSync(input, make(sampleBytes()));
    const r = await runCli([command, input, '--out', path.join(tmp(), outName)]);
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toMatch(message);
    expect(fs.readdirSync(tmp())).toEqual([inName]);
  });

  it('an .xlsm copy of an .xlsm workbook is written, with its content type kept', async () => {
    const input = path.join(tmp(), 'in.xlsm');
    fs.writeFileSync(input, asMacroWorkbook(sampleBytes()));
    const r = await runCli(['analyse', input, '--out', path.join(tmp(), 'out.XLSM'), '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('a [Content_Types].xml that does not type the workbook part is damage', () => {
  const tmp = useScratchDir();

  it.each([
    ['holding only <Types/>', () => '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', /does not give the type of its workbook part "xl\/workbook\.xml"/],
    ['typing the workbook as a Word document', (x: string) => x.replace(PLAIN_TYPE, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'), /which is not an Excel workbook's/],
  ] as const)('%s: exit 3 from analyse and clear', async (_what, edit, message) => {
    const input = path.join(tmp(), 'in.xlsx');
    fs.writeFileSync(input, withPart(sampleBytes(), '[Content_Types].xml', edit));
    for (const command of ['analyse', 'clear']) {
      const r = await runCli([command, input, '--out', path.join(tmp(), 'out.xlsx')]);
      expect(r.code).toBe(3);
      expect(expectOneLineMessage(r.stderr)).toMatch(message);
    }
    expect(fs.readdirSync(tmp())).toEqual(['in.xlsx']);
  });
});
