import type { CellValue, SheetGrid } from '../../src/engine/grid';
import type { GeneratedSheet } from '../../src/engine/plan/types';

/** A generated sheet as a later run would read it back: the cached values. */
export function asGrid(sheet: GeneratedSheet): SheetGrid {
  const values: CellValue[][] = sheet.rows.map((row) =>
    row.map((c) => (c === undefined ? null : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : c.cached === '' ? null : c.cached)),
  );
  return { name: sheet.name, visibility: sheet.visibility === 'visible' ? 'visible' : 'veryHidden', values };
}

/**
 * Where a Risk Summary's heat map for a slot stands: the row and column of its title ("Heat map:
 * residual scores …"); its header row is two below, its first row of counts three below, its
 * counts from the column right of the title's.
 */
export function heatMapAt(values: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>, slot: string): { top: number; left: number } {
  for (let top = 0; top < values.length; top++) {
    const left = (values[top] ?? []).findIndex((v) => typeof v === 'string' && v.startsWith(`Heat map: ${slot}`));
    if (left >= 0) return { top, left };
  }
  throw new Error(`no heat map for ${slot}`);
}

/** The counts of a heat map of `size` rows and columns, highest consequence first. */
export function heatMapCounts(values: ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>, slot: string, size = 5): (CellValue | undefined)[][] {
  const { top, left } = heatMapAt(values, slot);
  return values.slice(top + 3, top + 3 + size).map((r) => (r ?? []).slice(left + 1, left + 1 + size));
}
