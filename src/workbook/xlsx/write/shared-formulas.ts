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
  for (let c = 0; c < width; c++) {
    let runStart = -1;
    let runEnd = -1;
    let runFormula = '';
    let runShape: FormulaShape | undefined;
    const close = () => {
      if (runStart >= 0 && runEnd > runStart) {
        const si = masters.length;
        masters.push({
          si,
          master: true,
          ref: `${a1(runStart, c)}:${a1(runEnd, c)}`,
        });
        followers.push({ si, master: false, tag: `<f t="shared" si="${si}"/>` });
        marks[runStart * width + c] = -(si + 1);
        for (let r = runStart + 1; r <= runEnd; r++) marks[r * width + c] = si + 1;
      }
      runStart = -1;
    };
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]?.[c];
      if (!cell || cell.kind !== 'formula') {
        close();
        continue;
      }
      if (runStart >= 0 && r === runEnd + 1) {
        // The run's first formula is read into its shape once, when a second might join it.
        runShape ??= new FormulaShape(runFormula, runStart, c);
        if (runShape.matches(cell.formula, r, c)) {
          runEnd = r;
          continue;
        }
      }
      close();
      runStart = r;
      runEnd = r;
      runFormula = cell.formula;
      runShape = undefined;
    }
    close();
  }
  return {
    roleAt(row, col) {
      const mark = marks[row * width + col] ?? 0;
      return mark === 0 ? undefined : mark > 0 ? followers[mark - 1] : masters[-mark - 1];
    },
  };
}
