/**
 * Two tables side by side on one sheet, sharing its rows but not its lines: a profit and loss
 * export at the left and the year's budget at the right, each with a column of its own names
 * (OWASP's "FY23 Actuals & Projections": the months' actuals by account, then "FY 2023 Budget" by
 * a chart of accounts of its own, its lines not level with the left's). Each is read on its own.
 */
import { CellValue, SheetGrid } from '../grid';
import { parseAmount } from '../cells/amount';

/** How far down a sheet the columns are looked over: side-by-side tables start near its top. */
const ROWS_LOOKED_AT = 300;
/** How far across: a second table starts within the first hundred columns (a wider sheet's months are no second table). */
const COLUMNS_LOOKED_AT = 100;
/** Rows that must hold a name in the second names column with figures on both sides of it. */
const MIN_ROWS_BOTH_SIDES = 6;

function isName(v: CellValue | undefined): v is string {
  if (typeof v !== 'string') return false;
  const t = v.trim();
  return t !== '' && /[a-z]{2}/i.test(t) && t.split(/\s+/).length <= 8 && parseAmount(t).kind !== 'number';
}

function isFigure(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && parseAmount(v).kind === 'number';
}

/** A whole number from 0 to 25: a likelihood, consequence or score, not a sum of money. */
function isRating(v: CellValue | undefined): boolean {
  const p = parseAmount(v ?? null);
  return p.kind === 'number' && Number.isInteger(p.value) && p.value >= 0 && p.value <= 25;
}

const nameKey = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The first column of a second table to the right of another, or null: a column of short names
 * with figures left of it (after the first table's names) and right of it on the same rows, many
 * of whose names the first table's names column also holds, as two charts of the same accounts do
 * (a column of comments between figures names nothing the lines are named), most of them on other
 * rows than there (the same names level with themselves are a page spread of one table).
 */
export function sideBySideSplit(sheet: SheetGrid): number | null {
  const rows = Math.min(sheet.values.length, ROWS_LOOKED_AT);
  let width = 0;
  for (let r = 0; r < rows; r++) width = Math.max(width, sheet.values[r]?.length ?? 0);
  width = Math.min(width, COLUMNS_LOOKED_AT);
  if (width < 4) return null;
  for (let c = 2; c < width - 1; c++) {
    let bothSides = 0;
    let filled = 0;
    let names = 0;
    const own = new Set<string>();
    const left = new Map<number, Set<string>>();
    // Names level with the same name at the left: a page spread of the same lines, one table.
    let level = 0;
    for (let r = 0; r < rows; r++) {
      const row = sheet.values[r];
      const v = row?.[c];
      if (!row || v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
      filled++;
      if (!isName(v)) continue;
      names++;
      own.add(nameKey(v));
      // The names of the lines at the left: any column of names left of the figures there.
      const firstLeftFigure = row.findIndex((x, k) => k < c && isFigure(x));
      // (Sums of money, not a register's ratings of 1 to 25 beside a hazard's controls.)
      const rightFigure = row.some((x, k) => k > c && isFigure(x) && !isRating(x));
      if (firstLeftFigure > 0 && rightFigure) bothSides++;
      if (row.some((x, k) => k < c && isName(x) && nameKey(x) === nameKey(v))) level++;
      for (let k = 0; k < c; k++) {
        const x = row[k];
        if (!isName(x)) continue;
        let set = left.get(k);
        if (!set) left.set(k, (set = new Set()));
        set.add(nameKey(x));
      }
    }
    if (bothSides < MIN_ROWS_BOTH_SIDES || names < filled * 0.8 || own.size < MIN_ROWS_BOTH_SIDES || level >= names * 0.5) continue;
    const shared = Math.max(0, ...[...left.values()].map((set) => [...own].filter((n) => set.has(n)).length));
    if (shared >= own.size * 0.3) return c;
  }
  return null;
}

/** The sheet with every cell outside columns `from` to `to` (inclusive) left blank: one of its tables alone. */
export function columnsView(sheet: SheetGrid, from: number, to: number): SheetGrid {
  const keep = <T>(row: ReadonlyArray<T | undefined> | undefined, blank: T | undefined): ReadonlyArray<T | undefined> | undefined =>
    row === undefined ? undefined : row.slice(0, to + 1).map((x, k) => (k < from ? blank : x));
  return {
    ...sheet,
    values: sheet.values.map((row) => keep<CellValue>(row, null) as ReadonlyArray<CellValue> | undefined),
    ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats.map((row) => keep<string>(row, undefined)) } : {}),
    ...(sheet.formulas ? { formulas: sheet.formulas.map((row) => keep<string>(row, undefined)) } : {}),
    ...(sheet.merges ? { merges: sheet.merges.filter((m) => m.left >= from && m.right <= to) } : {}),
  };
}
