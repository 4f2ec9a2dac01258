/**
 * A budget printed over two sheets, a page to a sheet: a section opened at the foot of one page
 * ("COMMUNITY, ECONOMIC, & CULTURAL DEVELOPMENT" over its first line) and closed at the head of
 * the next ("TOTAL COMMUNITY, ECONOMIC, & CULTURAL DEV" under the rest). The next page's first
 * sum adds the first page's open lines too; checked against its own lines alone it would be a
 * false alarm. Where the lines on both pages add up to it, that mismatch is withdrawn.
 */
import { BudgetRow, BudgetTable, Check, FIGURE_ROLES } from '../model';

/** The lines of the last section left open at the foot of a table: a heading with lines under it and no sum after them. */
function openSectionAtFoot(table: BudgetTable): BudgetRow[] | null {
  const rows = table.rows;
  let k = rows.length - 1;
  const lines: BudgetRow[] = [];
  while (k >= 0 && rows[k]!.kind === 'line') lines.unshift(rows[k--]!);
  return k >= 0 && rows[k]!.kind === 'section' && lines.length > 0 ? lines : null;
}

/** The first sum of a table, with the lines above it that open the table (no heading before them). */
function sumAtHead(table: BudgetTable): { sum: BudgetRow; lines: BudgetRow[] } | null {
  const lines: BudgetRow[] = [];
  for (const r of table.rows) {
    if (r.kind === 'line') lines.push(r);
    else if (r.kind === 'subtotal' || r.kind === 'total') return lines.length ? { sum: r, lines } : null;
    else return null;
  }
  return null;
}

/** Whether every figure of `sum` is the sum of `lines` to the unit. */
function addsUp(sum: BudgetRow, lines: ReadonlyArray<BudgetRow>): boolean {
  let compared = 0;
  for (const role of FIGURE_ROLES) {
    const v = sum[role];
    if (typeof v !== 'number') continue;
    const total = lines.reduce((a, l) => a + (typeof l[role] === 'number' ? (l[role] as number) : 0), 0);
    if (Math.abs(v - total) > 0.5 * Math.max(1, lines.length)) return false;
    compared++;
  }
  return compared > 0;
}

/**
 * The checks, less the sum mismatches at the head of a sheet's table that the open section at
 * the foot of the sheet before it explains. `tables` in workbook order.
 */
export function withPagesJoined(tables: ReadonlyArray<BudgetTable>, checks: Check[], notes: string[]): Check[] {
  const withdrawn = new Set<string>();
  for (let i = 1; i < tables.length; i++) {
    const before = tables[i - 1]!;
    const next = tables[i]!;
    if (before.sheet === next.sheet) continue;
    const open = openSectionAtFoot(before);
    const head = sumAtHead(next);
    if (!open || !head || !addsUp(head.sum, [...open, ...head.lines])) continue;
    withdrawn.add(`${next.sheet}!${head.sum.row}`);
    notes.push(`"${head.sum.label ?? `Row ${head.sum.row + 1}`}" at the head of "${next.sheet}" adds up the lines of the section begun at the foot of "${before.sheet}" as well as its own, and agrees with them.`);
  }
  if (withdrawn.size === 0) return checks;
  return checks.filter((c) => !((c.code === 'subtotal_mismatch' || c.code === 'total_mismatch') && withdrawn.has(`${c.sheet}!${c.row}`)));
}
