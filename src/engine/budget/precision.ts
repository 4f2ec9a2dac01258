/**
 * How precisely a table gives its figures, and so how far two of them may differ through
 * rounding alone. A pack in £'000s shows whole thousands: a variance of two rounded figures
 * can be out by 1, and a subtotal of n rounded lines by about n/2. Differences within that
 * are reported as rounding, not as errors; anything larger is a real mismatch.
 */

/** The smallest step the figures are given to: 1 for whole numbers, 0.01 for pence, 0.1 for £m to one place. */
export function precisionOf(values: ReadonlyArray<number>): number {
  let decimals = 0;
  for (const v of values) {
    if (Number.isInteger(v)) continue;
    const d = decimalPlaces(v);
    if (d > decimals) decimals = d;
    if (decimals >= 6) break;
  }
  return Math.pow(10, -Math.min(decimals, 6));
}

function decimalPlaces(v: number): number {
  const s = String(Math.abs(v));
  if (s.includes('e-')) return 6;
  const dot = s.indexOf('.');
  if (dot < 0) return 0;
  // Binary floating point leaves long tails (0.30000000000000004): beyond 6 places is arithmetic, not precision.
  return Math.min(6, s.length - dot - 1);
}

/** Largest difference that rounding of `terms` figures (each to `step`) can explain. */
export function sumTolerance(step: number, terms: number): number {
  if (step < 1e-5) return 1e-6;
  return step * Math.max(1, Math.floor((terms + 1) / 2)) + step * 1e-9;
}

/**
 * Figures given each to its own step ("£91.6m" to £100,000 beside "£664,000" to £1): rounding
 * can move each by half its step, so a sum of them by the half steps added up. `steps` holds the
 * stated step of each figure that states one; the others are given to their own decimals.
 */
export function statedSumTolerance(figures: ReadonlyArray<number>, steps: ReadonlyArray<number | undefined>): number {
  let half = 0;
  figures.forEach((x, i) => {
    half += halfStepOf(x, steps[i]);
  });
  return half * (1 + 1e-9);
}

/** How far rounding can have moved one figure: half the step it states, else half its own last decimal place. */
export function halfStepOf(figure: number, statedStep?: number): number {
  return (statedStep ?? precisionOf([figure])) / 2;
}

/** Difference small enough to be floating point noise rather than rounding. */
export function isExactlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * a − b to the places the two figures are given to: 190.9 − 186.6 is 4.3, not the
 * 4.300000000000011 binary arithmetic leaves, which a report or the pane would show.
 */
export function difference(a: number, b: number): number {
  if (Number.isInteger(a) && Number.isInteger(b)) return a - b;
  const step = precisionOf([a, b]);
  if (step >= 1) return a - b;
  const places = Math.round(-Math.log10(step));
  return Number((a - b).toFixed(places));
}
