/**
 * Issue 11, defect 2: every element the writer adds to may come in its empty-element form
 * (<styleSheet/>, <cellXfs/>, <dxfs/>, <definedNames/>, <conditionalFormatting/>, ...). The
 * output must be well-formed, read back, and take a second run.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildPackage, worksheetXml } from '../workbook/xlsx/fixtures/minimal-package';
import { runCli, useScratchDir } from './helpers/cli';
import { budgetSheetData, expectSoundPackage, stylesOf, withPart } from './helpers/hostile';

jest.setTimeout(60_000);

const FONTS = '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>';

const CASES: ReadonlyArray<[string, Partial<{ styles: string; sheet: string; workbook: (xml: string) => string }>]> = [
  ['an empty <styleSheet/>', { styles: stylesOf('') }],
  ['<cellXfs/> and <dxfs/> empty', { styles: stylesOf(`${FONTS}<cellXfs/><dxfs />`) }],
  ['<numFmts/>, <fonts/>, <fills/>, <borders/> empty', { styles: stylesOf('<numFmts count="0"/><fonts count="0"/><fills/><borders count="0" /><cellXfs count="0"/>') }],
  ['an empty <definedNames/>', { workbook: (xml) => xml.replace('</sheets>', '</sheets><definedNames/>') }],
  ['an empty <conditionalFormatting/> on the sheet', { sheet: worksheetXml(budgetSheetData(), '<conditionalFormatting sqref="A1"/>') }],
];

describe('empty-element tags where the writer adds', () => {
  const tmp = useScratchDir();

  it.each(CASES)('%s: the output is well-formed, reads back, and takes a second run', async (_what, spec) => {
    let bytes = buildPackage({ sheets: [{ name: 'Budget', xml: spec.sheet ?? budgetSheetData() }], styles: spec.styles });
    if (spec.workbook) bytes = withPart(bytes, 'xl/workbook.xml', spec.workbook);
    const input = path.join(tmp(), 'in.xlsx');
    fs.writeFileSync(input, bytes);
    const once = path.join(tmp(), 'once.xlsx');
    const r = await runCli(['analyse', input, '--out', once]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Budget!A1:F5\s+budget/);
    expectSoundPackage(new Uint8Array(fs.readFileSync(once)));
    const twice = path.join(tmp(), 'twice.xlsx');
    const r2 = await runCli(['analyse', once, '--out', twice, '-q']);
    expect(r2.stderr).toBe('');
    expect(r2.code).toBe(0);
    expectSoundPackage(new Uint8Array(fs.readFileSync(twice)));
    const cleared = path.join(tmp(), 'cleared.xlsx');
    expect((await runCli(['clear', twice, '--out', cleared, '-q'])).code).toBe(0);
    expectSoundPackage(new Uint8Array(fs.readFileSync(cleared)));
  });
});
