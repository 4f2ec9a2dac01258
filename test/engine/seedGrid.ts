import { SheetGrid, WorkbookGrids } from '../../src/engine/grid';
import { SeedRows } from '../fixtures/seeds';

/** A sheet whose cells hold the seed's text exactly as pasted from the PDF ("(539,416)", "16 (4x4)"). */
export function sheetFromSeed(name: string, rows: SeedRows, options: { startRow?: number; startCol?: number } = {}): SheetGrid {
  const top = options.startRow ?? 0;
  const left = options.startCol ?? 0;
  const values: (string | null)[][] = [];
  for (let i = 0; i < top; i++) values.push([]);
  for (const r of rows) values.push([...new Array(left).fill(null), ...r.map((c) => (c.trim() === '' ? null : c))]);
  return { name, visibility: 'visible', values };
}

export function workbookOf(...sheets: SheetGrid[]): WorkbookGrids {
  return { sheets };
}
