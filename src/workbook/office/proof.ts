/**
 * Whether a marked sheet is really one RAG Board wrote, in Excel as in a file: a mark can be
 * copied with a sheet, come with a template or be typed, so a sheet is ours only where its mark
 * carries the fingerprint of what was written and the sheet still holds exactly that (see
 * engine/plan/fingerprint.ts). The pane then never replaces or deletes a sheet on a mark alone,
 * as the command line and the browser page do not.
 *
 * One request loads the formulas and values of every marked sheet's used range (Range.formulas
 * gives a formula as "=…" and a constant as its value), whatever their number.
 */
import { isProvenOwn } from '../../engine/plan/fingerprint';
import type { SheetMark } from '../../engine/plan/types';
import type { CellValue, SheetGrid } from '../../engine/grid';
import type { Session } from './sync';

export interface MarkedSheet {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly mark: SheetMark;
}

/**
 * Queues the loads that prove which marked sheets are ours; after the next sync, the function
 * it returns gives their names. Queued with other loads, it costs no request of its own.
 */
export function queueProof(marked: ReadonlyArray<MarkedSheet>): { readonly needed: boolean; readonly proven: () => Set<string> } {
  // A kept copy or a mark with no fingerprint proves nothing, and needs no read.
  const checks = marked
    .filter((m) => !m.mark.kept && m.mark.fingerprint !== undefined)
    .map((m) => {
      const used = m.ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,formulas,values');
      return { m, used };
    });
  return {
    needed: checks.length > 0,
    proven: () => {
      const out = new Set<string>();
      for (const { m, used } of checks) {
        const grid = used.isNullObject ? emptyGrid(m.name) : gridOf(m.name, used.rowIndex, used.columnIndex, used.formulas as unknown[][], used.values as unknown[][]);
        if (isProvenOwn(m.mark, grid)) out.add(m.name);
      }
      return out;
    },
  };
}

/** The names of the marked sheets that hold what their mark's fingerprint says, in one request (none when no mark has a fingerprint). */
export async function provenOwn(session: Session, marked: ReadonlyArray<MarkedSheet>, what: string): Promise<Set<string>> {
  const proof = queueProof(marked);
  if (proof.needed) await session.sync(what);
  return proof.proven();
}

function emptyGrid(name: string): SheetGrid {
  return { name, visibility: 'visible', values: [] };
}

/**
 * The sheet's cells from A1, as the fingerprint reads them: formulas apart from constants. A
 * cell is a formula where Range.formulas gives "=…" and its value differs: a text cell that
 * starts with "=" (kept as text under the "@" format) gives the same string to both.
 */
function gridOf(name: string, top: number, left: number, formulas: unknown[][], shown: unknown[][]): SheetGrid {
  const values: CellValue[][] = [];
  const formulaRows: (string | undefined)[][] = [];
  formulas.forEach((row, r) => {
    const valueRow: CellValue[] = new Array(left).fill(null);
    const formulaRow: (string | undefined)[] = new Array(left).fill(undefined);
    row.forEach((raw, c) => {
      if (typeof raw === 'string' && raw.startsWith('=') && shown[r]?.[c] !== raw) {
        formulaRow.push(raw);
        valueRow.push(null);
      } else {
        formulaRow.push(undefined);
        valueRow.push(typeof raw === 'number' || typeof raw === 'boolean' ? raw : typeof raw === 'string' && raw !== '' ? raw : null);
      }
    });
    values[top + r] = valueRow;
    formulaRows[top + r] = formulaRow;
  });
  for (let r = 0; r < top; r++) {
    values[r] = [];
    formulaRows[r] = [];
  }
  return { name, visibility: 'visible', values, formulas: formulaRows };
}
