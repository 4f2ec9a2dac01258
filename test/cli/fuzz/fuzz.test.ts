/**
 * The fuzz suite (issue 11): hostile packages made from the samples by a seeded mutator
 * (mutators.ts), each run through analyse --out --report and clear, with every invariant of
 * harness.ts checked. Fixed seeds, so a failure is reproduced by its seed
 * (`npm run fuzz -- --seed <seed> --count 1`); `npm run fuzz` runs longer.
 */
import * as fs from 'fs';
import { ALL_SAMPLES } from '../helpers/cli';
import { runCase } from './harness';
import { mutate, MUTATIONS } from './mutators';

/** Seeds run on every test run: enough to draw every mutation several times, fast enough for CI. */
export const CI_SEEDS = Array.from({ length: 90 }, (_, i) => 11_000 + i);

const samples = ALL_SAMPLES.map((f) => new Uint8Array(fs.readFileSync(f)));

describe('fuzz: hostile packages keep every invariant', () => {
  jest.setTimeout(120_000);

  it.each(CI_SEEDS.map((seed) => [seed]))('seed %i', async (seed) => {
    const sample = samples[seed % samples.length]!;
    const { bytes, mutations } = mutate(sample, seed);
    const result = await runCase(bytes);
    expect({ seed, mutations, problems: result.problems }).toEqual({ seed, mutations, problems: [] });
  });

  it('the seeds draw every kind of mutation', () => {
    const drawn = new Set(CI_SEEDS.flatMap((seed) => mutate(samples[seed % samples.length]!, seed).mutations));
    expect([...drawn].sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
  });
});
