import type { CellValue, SheetGrid } from '../../src/engine/grid';
import type { GeneratedSheet } from '../../src/engine/plan/types';

/** A generated sheet as a later run would read it back: the cached values. */
export function asGrid(sheet: GeneratedSheet): SheetGrid {
  const values: CellValue[][] = sheet.rows.map((row) =>
    row.map((c) => (c === undefined ? null : c.kind === 'text' ? c.text : c.kind === 'number' ? c.value : c.cached === '' ? null : c.cached)),
  );
  return { name: sheet.name, visibility: sheet.visibility === 'visible' ? 'visible' : 'veryHidden', values };
}
