/**
 * Issue 11, defects 6 and 7: damage anywhere in the package is refused with exit 3, by analyse
 * and by clear alike, also in parts analyse does not read (a theme, document properties): it
 * is never copied into an output. A DOCTYPE in any part is refused (Excel rejects DTDs in a
 * package). Cells that refer to shared strings the workbook does not have are damage, not
 * "nothing recognised".
 */
import * as fs from 'fs';
import * as path from 'path';
import { expectOneLineMessage, runCli, useScratchDir } from './helpers/cli';
import { sampleBytes, withBadChecksum, withFlippedDataByte, withoutParts, withPart } from './helpers/hostile';

jest.setTimeout(60_000);

const DOCTYPE = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>';
const withDoctype = (part: string) => (b: Uint8Array) => withPart(b, part, (xml) => xml.replace(/^(<\?xml[^>]*\?>\s*)/, `$1${DOCTYPE}`));

const DAMAGED: ReadonlyArray<[string, (b: Uint8Array) => Uint8Array, RegExp, boolean]> = [
  // [what, how, message, whether analyse without --out reads the damaged part]
  ['a bad checksum in a sheet', (b) => withBadChecksum(b, 'xl/worksheets/sheet1.xml', 'r="A', 'r="B'), /sheet1\.xml" is corrupt: its checksum does not match/, true],
  ['a bad checksum in theme1.xml, a part analyse never reads', (b) => withBadChecksum(b, 'xl/theme/theme1.xml', 'Office', 'Offic3'), /theme1\.xml" is corrupt: its checksum does not match/, false],
  ['corrupt compression in a sheet', (b) => withFlippedDataByte(b, 'xl/worksheets/sheet2.xml'), /sheet2\.xml"/, true],
  ['malformed XML in a sheet', (b) => withPart(b, 'xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', '')), /not valid XML/, true],
  ['malformed XML in theme1.xml, a part analyse never reads', (b) => withPart(b, 'xl/theme/theme1.xml', (x) => x.replace('</a:theme>', '')), /theme1\.xml" is not valid XML/, false],
  ['a DOCTYPE with entities in a worksheet', withDoctype('xl/worksheets/sheet1.xml'), /carries a DOCTYPE/, true],
  ['a DOCTYPE in docProps/app.xml, a part analyse never reads', withDoctype('docProps/app.xml'), /app\.xml" carries a DOCTYPE/, false],
  ['no sharedStrings.xml, with cells that refer to it', (b) => withoutParts(b, 'xl/sharedStrings.xml'), /refers to shared string \d+, but the workbook has no shared strings/, true],
];

describe('damage in any part is refused with exit 3 by analyse and by clear', () => {
  const tmp = useScratchDir();

  it.each(DAMAGED)('%s', async (_what, damage, message, readByAnalyse) => {
    const input = path.join(tmp(), 'damaged.xlsx');
    fs.writeFileSync(input, damage(sampleBytes()));
    const before = fs.readFileSync(input);
    const report = path.join(tmp(), 'report.json');

    const a = await runCli(['analyse', input, '--out', path.join(tmp(), 'out.xlsx'), '--report', report]);
    expect(a.code).toBe(3);
    expect(expectOneLineMessage(a.stderr)).toMatch(message);
    const c = await runCli(['clear', input, '--out', path.join(tmp(), 'cleared.xlsx')]);
    expect(c.code).toBe(3);
    expect(expectOneLineMessage(c.stderr)).toMatch(message);
    expect(c.stdout).toBe('');
    // Nothing written, input unchanged.
    expect(fs.readdirSync(tmp()).sort()).toEqual(['damaged.xlsx']);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    // A report alone reads only what it needs: damage there is refused as well.
    if (readByAnalyse) expect((await runCli(['analyse', input, '-q'])).code).toBe(3);
  });
});
