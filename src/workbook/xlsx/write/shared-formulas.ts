/**
 * Shared formulas, as Excel itself stores a column of the same formula: the first cell carries
 * the text and the range it covers, the cells below only point at it. A 100,000-line summary
 * whose every row has the same variance, percentage and RAG formulas then costs a few bytes a
 * cell instead of a few hundred.
 */
import { GeneratedSheet } from '../../../engine/plan/types';
import { a1 } from '../../../engine/grid';
import { FormulaShape } from '../formula-refs';

/** A master carries the formula and the range it covers; a follower only its tag, the same for the whole run. */
export type SharedRole = { readonly si: number; readonly master: true; readonly ref: string } | { readonly si: number; readonly master: false; readonly tag: string };

/** Which cells of a sheet share a formula, and how. */
export interface SharedFormulas {
  /** The cell's part in a shared formula, or undefined when its formula stands alone. */
  roleAt(row: number, col: number): SharedRole | undefined;
}

/**
 * Runs of cells down a column whose formulas have the same shape, two or more long: the run's
 * first cell is its master, the others its followers.
 */
export function planSharedFormulas(sheet: GeneratedSheet): SharedFormulas {
  const rows = sheet.rows;
  const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  // By row * width + col: 0 for no shared formula, si + 1 for a follower, -(si + 1) for a master.
  // A typed array rather than a map: a big summary has a million formula cells.
  const marks = new Int32Array(rows.length * width);
  const masters: SharedRole[] = [];
  const followers: SharedRole[] = [];
  // Row by row (each row's cells are read once, in memory order), with a run open per column.
  const runStart = new Int32Array(width).fill(-1);
  const runEnd = new Int32Array(width).fill(-1);
  const runFormula: string[] = new Array<string>(width).fill('');
  const runShape: (FormulaShape | undefined)[] = new Array<FormulaShape | undefined>(width);
  const close = (c: number) => {
    const from = runStart[c]!;
    const to = runEnd[c]!;
    if (from >= 0 && to > from) {
      const si = masters.length;
      masters.push({ si, master: true, ref: `${a1(from, c)}:${a1(to, c)}` });
      followers.push({ si, master: false, tag: `<f t="shared" si="${si}"/>` });
      marks[from * width + c] = -(si + 1);
      for (let r = from + 1; r <= to; r++) marks[r * width + c] = si + 1;
    }
    runStart[c] = -1;
    runShape[c] = undefined;
  };
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    for (let c = 0; c < width; c++) {
      const cell = cells?.[c];
      if (!cell || cell.kind !== 'formula') {
        if (runStart[c]! >= 0) close(c);
        continue;
      }
      if (runStart[c]! >= 0 && r === runEnd[c]! + 1) {
        // The run's first formula is read into its shape once, when a second might join it.
        const shape = (runShape[c] ??= new FormulaShape(runFormula[c]!, runStart[c]!, c));
        if (shape.matches(cell.formula, r, c)) {
          runEnd[c] = r;
          continue;
        }
      }
      if (runStart[c]! >= 0) close(c);
      runStart[c] = r;
      runEnd[c] = r;
      runFormula[c] = cell.formula;
    }
  }
  for (let c = 0; c < width; c++) if (runStart[c]! >= 0) close(c);
  return {
    roleAt(row, col) {
      const mark = marks[row * width + col] ?? 0;
      return mark === 0 ? undefined : mark > 0 ? followers[mark - 1] : masters[-mark - 1];
    },
  };
}
