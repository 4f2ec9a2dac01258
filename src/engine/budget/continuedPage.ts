/**
 * The last page of a statement printed over several ("… (continued)"): its totals add up the
 * lines of the pages before it as well as its own, and those pages are not in the table. Checked
 * against its own lines alone such a total is a false alarm; it is said to be not checkable.
 */
import { FIGURE_ROLES } from '../model';
import { RawBudgetRow, RawBudgetTable } from '../detect/budgetTable';
import { CONTINUED_MARK, YEAR_RESULT_LABEL } from '../detect/vocabulary';

/** Whether the lines over the header, or the table's first heading, say the page is continued. */
function isContinuedPage(raw: RawBudgetTable, linesAbove: ReadonlyArray<string>): boolean {
  if (linesAbove.some((l) => CONTINUED_MARK.test(l))) return true;
  const first = raw.rows[0];
  return first !== undefined && first.kind === 'section' && first.label !== null && CONTINUED_MARK.test(first.label);
}

/**
 * The sums on a continued page that reach back to its first figures (their lines, or their
 * subtotals' lines, start there) and whose every money figure is more than those lines come to,
 * the same way round: what the earlier pages' lines add. Others are checked as usual.
 */
export function sumsCarriedFromEarlierPages(raw: RawBudgetTable, linesAbove: ReadonlyArray<string>): Set<number> {
  const carried = new Set<number>();
  if (!isContinuedPage(raw, linesAbove)) return carried;
  const byRow = new Map(raw.rows.map((r) => [r.row, r]));
  const firstFigures = raw.rows.find((r) => r.kind === 'line' || r.kind === 'subtotal' || r.kind === 'total');
  if (!firstFigures) return carried;
  const startOf = (r: RawBudgetRow, depth = 0): number => {
    const first = r.sumOf?.[0];
    const item = first === undefined ? undefined : byRow.get(first);
    return item && depth < 20 ? startOf(item, depth + 1) : r.row;
  };
  for (const r of raw.rows) {
    if (!r.sumOf || r.sumOf.length === 0 || r.lessRows?.length) continue;
    if (startOf(r) > firstFigures.row) continue;
    const items = r.sumOf.map((x) => byRow.get(x)).filter((x): x is RawBudgetRow => x !== undefined);
    let compared = 0;
    let more = true;
    // (Variances, printed either way round, are left out.)
    for (const role of FIGURE_ROLES) {
      const v = r.values[role];
      if (typeof v !== 'number') continue;
      const onThePage = items.reduce((a, x) => a + (typeof x.values[role] === 'number' ? (x.values[role] as number) : 0), 0);
      compared++;
      if (!(Math.abs(v) > Math.abs(onThePage) && Math.sign(v) === Math.sign(onThePage || v))) more = false;
    }
    if (compared > 0 && more) carried.add(r.row);
  }
  return carried;
}

/**
 * The statement's result under a continued page's sums ("Excess (deficiency) of revenues over
 * expenditures"): the revenues it nets are on an earlier page, so it cannot be worked out here,
 * but it is the statement's total, not a line. Only after a sum taken in from earlier pages, and
 * only the first row named as a result with none of the page's lines after it.
 */
export function resultOfTheWholeStatement(raw: RawBudgetTable, carried: ReadonlySet<number>): number | null {
  if (carried.size === 0) return null;
  const lastCarried = Math.max(...carried);
  const after = raw.rows.filter((r) => r.row > lastCarried);
  const result = after[0];
  if (!result || result.kind !== 'line' || result.label === null || !YEAR_RESULT_LABEL.test(result.label.trim())) return null;
  // (Balances after it, "Beginning funds available", are no rows of the table; a line after it is more of the statement.)
  return after.slice(1).some((r) => r.kind === 'line' || r.kind === 'subtotal') ? null : result.row;
}
