/**
 * npm run fuzz -- [--seed <n>] [--count <n>] [--save <folder>]
 *
 * The fuzz suite at length: `count` hostile packages (default 500) from the samples, made by
 * the seeded mutator of test/cli/fuzz (seeds `seed`, `seed`+1, ...; default a new one each
 * run, printed so it can be run again), each through analyse --out --report and clear with
 * every invariant checked. Failing inputs are saved (default out/fuzz-failures/) under their
 * seed; exit 1 when any case fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_SAMPLES } from '../test/cli/helpers/cli';
import { runCase } from '../test/cli/fuzz/harness';
import { mutate } from '../test/cli/fuzz/mutators';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const seed = Number(option('seed') ?? Math.floor(Math.random() * 1e9));
  const count = Number(option('count') ?? 500);
  const save = option('save') ?? path.join('out', 'fuzz-failures');
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
    process.stderr.write('usage: npm run fuzz -- [--seed <integer>] [--count <integer>] [--save <folder>]\n');
    return 2;
  }
  const samples = ALL_SAMPLES.map((f) => new Uint8Array(fs.readFileSync(f)));
  process.stdout.write(`fuzz: seeds ${seed} to ${seed + count - 1}\n`);
  const started = Date.now();
  const exits = new Map<string, number>();
  const byMutation = new Map<string, number>();
  let failed = 0;
  let peak = 0;
  for (let s = seed; s < seed + count; s++) {
    const { bytes, mutations } = mutate(samples[s % samples.length]!, s);
    for (const m of mutations) byMutation.set(m, (byMutation.get(m) ?? 0) + 1);
    const { codes, problems } = await runCase(bytes);
    const key = `analyse ${codes.analyse}, clear ${codes.clear}`;
    exits.set(key, (exits.get(key) ?? 0) + 1);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (problems.length) {
      failed++;
      fs.mkdirSync(save, { recursive: true });
      const file = path.join(save, `seed-${s}.xlsx`);
      fs.writeFileSync(file, bytes);
      process.stdout.write(`FAIL seed ${s} (${mutations.join(' + ')}), saved as ${file}:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`fuzz: ${count} cases in ${seconds.toFixed(1)} s, ${failed} failed; peak memory ${Math.round(peak / 1e6)} MB\n`);
  process.stdout.write(`  exit codes: ${[...exits].sort().map(([k, n]) => `${k}: ${n}`).join('; ')}\n`);
  process.stdout.write(`  mutations: ${[...byMutation].sort().map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`fuzz: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
