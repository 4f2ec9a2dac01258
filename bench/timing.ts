/**
 * Timing for the bench: one warm-up run, then a few measured runs; median and min reported.
 *
 * Repeats stop early when one more run (taken to last as long as the one before) would
 * take the step past `budgetMs` (at least one measured run is always made), so a slow step
 * cannot blow the bench's time budget. When the
 * warm-up run alone takes longer than `longRunMs`, JIT warm-up is noise beside it: the
 * warm-up is then counted as the first measured sample (and marked so), rather than paying
 * for the same slow run twice.
 */
import { performance } from 'perf_hooks';
import * as v8 from 'v8';
import * as vm from 'vm';

export interface Stat {
  readonly samples: number[];
  readonly medianMs: number;
  readonly minMs: number;
  /** The discarded warm-up run, null when there was none or it was counted. */
  readonly warmupMs: number | null;
  /** True when the warm-up run was slow enough to count as a sample. */
  readonly warmupCounted: boolean;
}

/** A warm-up run longer than this counts as a sample (see above). */
export const LONG_RUN_MS = 8_000;

export interface MeasureOptions {
  readonly repeats?: number;
  readonly warmup?: boolean;
  readonly budgetMs?: number;
  readonly longRunMs?: number;
}

/** A full collection between samples, so one step's garbage is not billed to the next. */
const collect: () => void = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    return () => gc();
  } catch {
    return () => undefined;
  }
})();

export async function measure<T>(fn: () => T | Promise<T>, options: MeasureOptions = {}): Promise<{ stat: Stat; result: T }> {
  const repeats = options.repeats ?? 3;
  const budgetMs = options.budgetMs ?? 20_000;
  const longRunMs = options.longRunMs ?? LONG_RUN_MS;
  const samples: number[] = [];
  let warmupMs: number | null = null;
  let warmupCounted = false;
  let result!: T;
  const started = performance.now();
  const once = async () => {
    collect();
    const t0 = performance.now();
    result = await fn();
    return performance.now() - t0;
  };
  if (options.warmup !== false) {
    warmupMs = await once();
    if (warmupMs > longRunMs) {
      samples.push(warmupMs);
      warmupMs = null;
      warmupCounted = true;
    }
  }
  while (samples.length < repeats && (samples.length === 0 || performance.now() - started + samples[samples.length - 1]! <= budgetMs)) {
    samples.push(await once());
  }
  return { stat: summarise(samples, warmupMs, warmupCounted), result };
}

export function summarise(samples: number[], warmupMs: number | null = null, warmupCounted = false): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { samples, medianMs, minMs: sorted[0]!, warmupMs, warmupCounted };
}
