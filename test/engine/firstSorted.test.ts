/** The budget summary's largest variances are taken without sorting every line: the same rows as sorting would give. */
import { firstSorted } from '../../src/engine/plan/budgetSummary';

describe('firstSorted', () => {
  it('gives what a stable sort and a slice give, ties in their original order', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const items = Array.from({ length: Math.floor(random() * 40) }, (_, i) => ({ i, v: Math.floor(random() * 8) - 4 }));
      for (const n of [0, 1, 5, 50]) {
        for (const compare of [(a: { v: number }, b: { v: number }) => a.v - b.v, (a: { v: number }, b: { v: number }) => b.v - a.v]) {
          expect(firstSorted(items, n, compare)).toEqual([...items].sort(compare).slice(0, n));
        }
      }
    }
  });
});
