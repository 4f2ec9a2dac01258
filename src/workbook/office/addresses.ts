/**
 * A1 addresses as the Excel JavaScript API takes and gives them, and cells grouped into the
 * fewest rectangles, so that equal styles go to Excel as a handful of ranges.
 */
import { columnIndex, columnLetter, type CellRange } from '../../engine/grid';

/** "B2", or "B2:D9" for more than one cell; 0-based, inclusive. */
export function rangeAddress(r: CellRange): string {
  const from = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${columnLetter(r.right)}${r.bottom + 1}`;
}

/** "A:C": whole columns. */
export function columnsAddress(left: number, right: number): string {
  return `${columnLetter(left)}:${columnLetter(right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function cell(ref: string): { row: number; col: number } | undefined {
  const m = CELL.exec(ref.trim());
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]!.toUpperCase());
  if (row < 0 || row > 1048575 || col < 0 || col > 16383) return undefined;
  return { row, col };
}

/** "B2" or "B2:D9" (no sheet) as a range, or undefined when it is not one. */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b, extra] = ref.trim().split(':');
  if (extra !== undefined || a === undefined) return undefined;
  const from = cell(a);
  const to = b === undefined ? from : cell(b);
  if (!from || !to) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** A plan's sqref ("D5:D13 G5:G13") as ranges, or undefined when any part is not an A1 range. */
export function parseRangeList(sqref: string): CellRange[] | undefined {
  const parts = sqref.trim().split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) return undefined;
  const out: CellRange[] = [];
  for (const p of parts) {
    const r = parseRange(p);
    if (!r) return undefined;
    out.push(r);
  }
  return out;
}

/**
 * Areas of an address Excel gives back ("Sheet1!A1:B2, 'My, sheet'!D4"): the part after the
 * last "!" of each area. Areas that are whole rows or columns are skipped.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?=\s*(?:,|$))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address)) !== null) {
    const r = parseRange(m[1]!);
    if (r) out.push(r);
  }
  if (out.length === 0 && !address.includes('!')) {
    for (const part of address.split(',')) {
      const r = parseRange(part);
      if (r) out.push(r);
    }
  }
  return out;
}

/** The 0-based row of a cell address such as "Sheet1!A7" or "'My sheet'!$A$7". */
export function rowOfAddress(address: string): number | undefined {
  const m = /(\d+)\s*$/.exec(address);
  return m ? Number(m[1]) - 1 : undefined;
}

/** A cell packed into one number, for cheap grouping: row * 16384 + col. */
export function packCell(row: number, col: number): number {
  return row * 16384 + col;
}

/**
 * Cells (packed with packCell) as few rectangles: runs along each row, then runs of rows
 * with the same column span stacked. Deterministic: top to bottom, left to right.
 */
export function rectangles(packed: ReadonlyArray<number>): CellRange[] {
  let cells = packed;
  for (let i = 1; i < cells.length; i++) {
    if (cells[i]! < cells[i - 1]!) {
      cells = [...packed].sort((a, b) => a - b);
      break;
    }
  }
  const done: CellRange[] = [];
  // Rectangles still growing, by their column span (left * 16384 + right).
  let open = new Map<number, { top: number; bottom: number; left: number; right: number }>();
  let next = new Map<number, { top: number; bottom: number; left: number; right: number }>();
  let row = -1;
  let runLeft = -1;
  let runRight = -2;
  const closeRun = () => {
    if (runLeft < 0) return;
    const span = runLeft * 16384 + runRight;
    const o = open.get(span);
    if (o && o.bottom === row - 1) {
      o.bottom = row;
      open.delete(span);
      next.set(span, o);
    } else next.set(span, { top: row, bottom: row, left: runLeft, right: runRight });
    runLeft = -1;
  };
  const closeRow = () => {
    closeRun();
    for (const o of open.values()) done.push(o);
    open = next;
    next = new Map();
  };
  for (let i = 0; i < cells.length; i++) {
    const k = cells[i]!;
    if (i > 0 && k === cells[i - 1]) continue;
    const r = Math.floor(k / 16384);
    const c = k - r * 16384;
    if (r !== row) {
      if (row >= 0) closeRow();
      row = r;
    }
    if (runLeft >= 0 && c === runRight + 1) runRight = c;
    else {
      closeRun();
      runLeft = c;
      runRight = c;
    }
  }
  if (row >= 0) closeRow();
  for (const o of open.values()) done.push(o);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Addresses joined with ", " into strings of at most `maxLength` characters each. */
export function joinAddresses(addresses: ReadonlyArray<string>, maxLength: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 2 + a.length > maxLength) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}, ${a}` : a;
  }
  if (current) out.push(current);
  return out;
}
