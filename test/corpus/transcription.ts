/**
 * Checks a fixture against itself, never against RAG Board: that each expected row's label,
 * code and figures sit on the row it names, so a row counted one off, or a figure typed wrong
 * in either place, shows before the fixture is scored.
 */
import { parseAmount } from '../../src/engine/cells/amount';
import { ExpectedBudgetRow, Fixture } from './corpus';

const READ = ['ytdBudget', 'ytdActual', 'annualBudget', 'forecastOutturn'] as const;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function transcriptionProblems(fixture: Fixture): string[] {
  const problems: string[] = [];
  const sheets = new Map(fixture.sheets.map((s) => [s.name, s.rows]));
  for (const t of fixture.expected.tables) {
    const rows = sheets.get(t.sheet)!;
    if (t.headerRow > rows.length) problems.push(`${t.sheet}: headerRow ${t.headerRow} is past the last row (${rows.length})`);
    const textOf = (r: number) => (rows[r - 1] ?? []).filter((c): c is string => typeof c === 'string').map(norm).join(' | ');
    const numbersOf = (r: number) =>
      (rows[r - 1] ?? []).flatMap((c) => {
        const p = parseAmount(typeof c === 'object' && c !== null ? { error: c.error } : c);
        return p.kind === 'number' ? [p.value] : [];
      });
    const items: { row: number; label?: string }[] = t.kind === 'budget' ? t.rows : t.risks.map((r) => ({ row: r.row, label: r.ref }));
    let previous = t.headerRow;
    for (const item of items) {
      const where = `${t.sheet} row ${item.row}`;
      if (item.row <= previous) problems.push(`${where}: rows must be below the header and in order`);
      previous = item.row;
      if (item.row > rows.length) {
        problems.push(`${where}: past the last row of the sheet`);
        continue;
      }
      if (item.label && !textOf(item.row).includes(norm(item.label))) problems.push(`${where}: "${item.label}" is not in that row's text (${textOf(item.row).slice(0, 80)})`);
      if (t.kind !== 'budget') continue;
      const e = item as ExpectedBudgetRow;
      // (An outline's mark is expected without the stop or bracket that sets it off: "F. 1)" is F1.)
      const unmarked = (s: string) => s.replace(/[.)\s]/g, '');
      if (e.code && !textOf(e.row).includes(norm(e.code)) && !unmarked(textOf(e.row)).includes(unmarked(norm(e.code))) && !numbersOf(e.row).includes(Number(e.code))) problems.push(`${where}: code "${e.code}" is not in that row`);
      for (const f of READ) {
        const v = e[f];
        if (typeof v === 'number' && !numbersOf(e.row).some((n) => Math.abs(n - v) < 1e-9) && !isSumOfARun(numbersOf(e.row), v)) problems.push(`${where}: ${f} ${v} is not a figure in that row, nor the sum of figures side by side in it (monthly columns)`);
      }
      const variance = (a: number | null | undefined, b: number | null | undefined, v: number | null | undefined, name: string) => {
        if (typeof a === 'number' && typeof b === 'number' && typeof v === 'number' && Math.abs(a - b - v) > 1e-6) problems.push(`${where}: ${name} ${v} is not actual minus budget (${a - b})`);
      };
      variance(e.ytdActual, e.ytdBudget, e.ytdVariance, 'ytdVariance');
      variance(e.forecastOutturn, e.annualBudget, e.forecastVariance, 'forecastVariance');
    }
  }
  return problems;
}

/** Whether some figures side by side in a row (the months to date) add up to the value. */
function isSumOfARun(figures: ReadonlyArray<number>, value: number): boolean {
  for (let i = 0; i < figures.length; i++) {
    let sum = 0;
    for (let j = i; j < figures.length; j++) {
      sum += figures[j]!;
      if (j > i && Math.abs(sum - value) < 0.005) return true;
    }
  }
  return false;
}
