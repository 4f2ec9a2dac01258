/**
 * Issue 11, defect 9: what clear gives back. Every part analyse changed comes back byte for
 * byte but styles.xml, which keeps the formats analyse appended (unused once cleared, and
 * reused by the next run, so cycles do not grow it), as README says; a calcChain.xml analyse
 * dropped is not put back (Excel rebuilds it), nor an empty <definedNames/> analyse filled.
 */
import { unzipSync } from 'fflate';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_SAMPLES, runCli, useScratchDir } from './helpers/cli';

jest.setTimeout(60_000);

function differing(a: Uint8Array, b: Uint8Array): string[] {
  const pa = unzipSync(a);
  const pb = unzipSync(b);
  const names = new Set([...Object.keys(pa), ...Object.keys(pb)]);
  return [...names].filter((n) => !pa[n] || !pb[n] || Buffer.compare(Buffer.from(pa[n]!), Buffer.from(pb[n]!)) !== 0).sort();
}

describe('clear after analyse', () => {
  const tmp = useScratchDir();

  it.each(ALL_SAMPLES.map((s) => [path.basename(s), s]))('%s: every part back byte for byte but styles.xml, and cycles do not grow it', async (_name, sample) => {
    const original = new Uint8Array(fs.readFileSync(sample));
    const cycle = async (input: string, n: number) => {
      const out = path.join(tmp(), `out${n}.xlsx`);
      const cleared = path.join(tmp(), `cleared${n}.xlsx`);
      expect((await runCli(['analyse', input, '--out', out, '-q'])).code).toBe(0);
      expect((await runCli(['clear', out, '--out', cleared, '-q'])).code).toBe(0);
      return cleared;
    };
    const first = await cycle(sample, 1);
    const once = new Uint8Array(fs.readFileSync(first));
    expect(differing(original, once)).toEqual(['xl/styles.xml']);
    const second = await cycle(first, 2);
    const twice = new Uint8Array(fs.readFileSync(second));
    expect(differing(once, twice)).toEqual([]);
  });
});
