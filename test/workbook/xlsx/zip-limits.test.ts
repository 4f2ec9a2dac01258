/**
 * Issue 11, defect 5: zip bombs. A package is refused (unreadable input, exit 3) before anything
 * is inflated when a part would unpack to more than UNPACK_LIMITS.part, or all its parts to more
 * than UNPACK_LIMITS.total; and a part that inflates to more than its directory says stops
 * there. The same in both codecs: Node's zlib (command line) and fflate (browser page).
 */
import * as fs from 'fs';
import * as path from 'path';
import { RagBoardError } from '../../../src/engine/errors';
import { nodeZipCodec } from '../../../src/cli/node-zip-codec';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { applyPlan, clearOwned } from '../../../src/workbook/xlsx/write/apply';
import { UNPACK_LIMITS } from '../../../src/workbook/xlsx/zip';
import { javascriptZipCodec, type ZipCodec } from '../../../src/workbook/xlsx/zip-codec';
import { expectOneLineMessage, runCli, useScratchDir } from '../../cli/helpers/cli';
import { sampleBytes, whitespaceBomb, withDeclaredSize } from '../../cli/helpers/hostile';

jest.setTimeout(60_000);

function refusal(run: () => unknown): RagBoardError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(RagBoardError);
    expect((e as RagBoardError).kind).toBe('unreadable-input');
    return e as RagBoardError;
  }
  throw new Error('not refused');
}

const CODECS: ReadonlyArray<[string, ZipCodec]> = [
  ['Node zlib', nodeZipCodec],
  ['fflate', javascriptZipCodec],
];

const oneHuge = () => withDeclaredSize(sampleBytes(), 'xl/worksheets/sheet2.xml', UNPACK_LIMITS.part + 1);
const manyBig = () => {
  let b = sampleBytes();
  for (const n of [1, 2, 3]) b = withDeclaredSize(b, `xl/worksheets/sheet${n}.xml`, Math.floor(UNPACK_LIMITS.total / 3) + 1);
  return b;
};
const unreadHuge = () => withDeclaredSize(sampleBytes(), 'xl/theme/theme1.xml', 0xfffffff0);

describe.each(CODECS)('limits on unpacking, with %s', (_name, codec) => {
  it.each([
    ['a sheet that claims more than a part may hold', oneHuge, /its part "xl\/worksheets\/sheet2\.xml" would unpack to 512 MiB, more than the 512 MiB RAG Board reads in one part/],
    ['three sheets that together claim more than the total', manyBig, /its parts would unpack to .* in all, more than the 640 MiB RAG Board reads/],
    ['a part nobody reads (the theme) that claims 4 GiB', unreadHuge, /its part "xl\/theme\/theme1\.xml" would unpack to 4\.0 GiB/],
  ])('%s: refused by the reader, the writer and clear, before inflating', (_what, make, message) => {
    const bytes = make();
    expect(refusal(() => readXlsx(bytes, { codec })).describe()).toMatch(message);
    expect(refusal(() => applyPlan(bytes, { sheets: [], sourceRules: [] }, { codec })).describe()).toMatch(message);
    expect(refusal(() => clearOwned(bytes, { codec })).describe()).toMatch(message);
  });

  it('a part that inflates to more than its directory says is damaged, and inflates no further', () => {
    const bytes = withDeclaredSize(sampleBytes(), 'xl/worksheets/sheet2.xml', 1000);
    expect(refusal(() => readXlsx(bytes, { codec })).describe()).toMatch(/the part "xl\/worksheets\/sheet2\.xml" cannot be unpacked/);
    const theme = withDeclaredSize(sampleBytes(), 'xl/theme/theme1.xml', 1000);
    expect(refusal(() => clearOwned(theme, { codec })).describe()).toMatch(/the part "xl\/theme\/theme1\.xml" cannot be unpacked/);
  });

  it('a real bomb within the limits (64 MiB of spaces in a few KB) is read and written, and comes out as small', () => {
    const bomb = whitespaceBomb(sampleBytes(), 'xl/worksheets/sheet3.xml', 64);
    expect(bomb.length).toBeLessThan(1_000_000);
    const grids = readXlsx(bomb, { codec });
    expect(grids.sheets.map((s) => s.name)).toContain('Key');
    const out = clearOwned(bomb, { codec });
    expect(out.length).toBeLessThan(1_000_000);
  });
});

describe('the command line refuses a bomb with exit 3 and a one-line message', () => {
  const tmp = useScratchDir();

  it.each([
    ['one huge part', oneHuge],
    ['many big parts', manyBig],
  ])('%s', async (_what, make) => {
    const input = path.join(tmp(), 'bomb.xlsx');
    fs.writeFileSync(input, make());
    for (const argv of [['analyse', input, '--out', path.join(tmp(), 'out.xlsx')], ['clear', input, '--out', path.join(tmp(), 'out.xlsx')]]) {
      const r = await runCli(argv);
      expect(r.code).toBe(3);
      expect(expectOneLineMessage(r.stderr)).toMatch(/zip bomb/);
    }
    expect(fs.readdirSync(tmp())).toEqual(['bomb.xlsx']);
  });
});
