/**
 * Shared formulas, as Excel itself stores a column of the same formula: the first cell carries
 * the text and the range it covers, the cells below only point at it. A 100,000-line summary
 * whose every row has the same variance, percentage and RAG formulas then costs a few bytes a
 * cell instead of a few hundred.
 */
import { GeneratedSheet } from '../../../engine/plan/types';
import { a1 } from '../../../engine/grid';
import { sameShape } from '../formula-refs';

export type SharedRole = { readonly si: number; readonly master: true; readonly ref: string } | { readonly si: number; readonly master: false };

/** The key of a cell in the map planSharedFormulas returns: a number, cheap to make a million of. */
export function sharedKey(row: number, col: number): number {
  return row * 16384 + col;
}

/**
 * Runs of cells down a column whose formulas have the same shape, two or more long. Returns,
 * by sharedKey(row, col), whether the cell is the run's first (master) or a follower.
 */
export function planSharedFormulas(sheet: GeneratedSheet): Map<number, SharedRole> {
  const roles = new Map<number, SharedRole>();
  const width = sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  let si = 0;
  for (let c = 0; c < width; c++) {
    let runStart = -1;
    let runFormula = '';
    let runEnd = -1;
    const close = () => {
      if (runStart >= 0 && runEnd > runStart) {
        const id = si++;
        roles.set(sharedKey(runStart, c), { si: id, master: true, ref: `${a1(runStart, c)}:${a1(runEnd, c)}` });
        const follower: SharedRole = { si: id, master: false };
        for (let r = runStart + 1; r <= runEnd; r++) roles.set(sharedKey(r, c), follower);
      }
      runStart = -1;
    };
    for (let r = 0; r < sheet.rows.length; r++) {
      const cell = sheet.rows[r]?.[c];
      if (!cell || cell.kind !== 'formula') {
        close();
        continue;
      }
      if (runStart >= 0 && r === runEnd + 1 && sameShape(runFormula, runStart, c, cell.formula, r, c)) {
        runEnd = r;
        continue;
      }
      close();
      runStart = r;
      runEnd = r;
      runFormula = cell.formula;
    }
    close();
  }
  return roles;
}
