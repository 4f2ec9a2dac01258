/**
 * Real corpus layouts with their headers changed, for tests that need a table RAG Board does
 * not read by itself: the figures and shape stay the organisation's own.
 */
import * as path from 'path';
import { CORPUS_DIR, loadFixture, type Fixture } from './corpus';

/**
 * The Rushcliffe CCG assurance framework with every column headed in words RAG Board does not
 * know ("GB code", "Summary"), as another organisation might head them: the likelihood and
 * impact columns ("L", "I") are read, but no column says which risk each row is.
 */
export function rushcliffeWithOwnHeaders(): Fixture {
  const fixture = loadFixture(path.join(CORPUS_DIR, 'rushcliffe-ccg-assurance-framework-2016-03.json'));
  const sheet = fixture.sheets[0]!;
  const header = ['GB code', 'Director', 'Deputy', 'Committee', 'Date placed on Assurance Framework', 'Summary', 'Colour', 'L', 'I', 'Level', 'Last', 'Trend since last GB meeting'];
  return { ...fixture, sheets: [{ ...sheet, rows: sheet.rows.map((row, i) => (i === 4 ? header : row)) }] };
}

/** "E12" → its column letters and row. */
function splitA1(a1: string): { col: number; row: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

function letters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The same workbook moved down `rows` rows and right `cols` columns (blank rows above, blank
 * columns before), with its expected values moved alike: where a table stands on its sheet
 * should change nothing of what is read in it.
 */
export function shifted(fixture: Fixture, rows: number, cols: number): Fixture {
  const moveA1 = (a1: string) => {
    const { col, row } = splitA1(a1);
    return `${letters(col + cols)}${row + rows}`;
  };
  const pad = Array.from({ length: cols }, () => null);
  return {
    ...fixture,
    sheets: fixture.sheets.map((s) => ({
      ...s,
      rows: [...Array.from({ length: rows }, () => []), ...s.rows.map((r) => (r.length ? [...pad, ...r] : r))],
      ...(s.hiddenColumns ? { hiddenColumns: s.hiddenColumns.map((c) => letters(splitA1(`${c}1`).col + cols)) } : {}),
      ...(s.hiddenRows ? { hiddenRows: s.hiddenRows.map((r) => r + rows) } : {}),
      ...(s.merges ? { merges: s.merges.map((m) => m.split(':').map(moveA1).join(':')) } : {}),
    })),
    expected: {
      tables: fixture.expected.tables.map((t) =>
        t.kind === 'budget'
          ? { ...t, headerRow: t.headerRow + rows, rows: t.rows.map((r) => ({ ...r, row: r.row + rows })) }
          : { ...t, headerRow: t.headerRow + rows, risks: t.risks.map((r) => ({ ...r, row: r.row + rows })) },
      ),
      checks: fixture.expected.checks.map((c) => {
        const bang = c.cell.lastIndexOf('!');
        return { ...c, cell: `${c.cell.slice(0, bang)}!${moveA1(c.cell.slice(bang + 1))}` };
      }),
    },
  };
}

/** A figure written as text ("£12,345.00", "(1,234)", "-3.5"), as a workbook would hold it as a number. */
const TEXT_FIGURE = /^(\()?(-)?[£$€]?((?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?)(\))?$/;

function typedNumber(text: string): number | null {
  const m = TEXT_FIGURE.exec(text.trim());
  // "(-3,012,163)", brackets and a minus both, is text in any workbook: left as it is.
  if (!m || Boolean(m[1]) !== Boolean(m[4]) || (m[1] && m[2])) return null;
  const n = Number(m[3]!.replace(/,/g, ''));
  return m[1] || m[2] ? -n : n;
}

/**
 * The same workbook with the figures of its tables' rows typed as numbers, not text: a
 * spreadsheet holds "£12,345.00" as 12345 formatted. What is read should not change.
 */
export function figuresAsNumbers(fixture: Fixture): Fixture {
  // Each table row's name, kept as typed: a line named "$0" is named, not a figure; so is a
  // risk's reference ("1.10", which as a number would be 1.1).
  const rowsOf = new Map<string, Map<number, string | undefined>>();
  for (const t of fixture.expected.tables) {
    const rows = rowsOf.get(t.sheet) ?? new Map<number, string | undefined>();
    for (const r of t.kind === 'budget' ? t.rows : t.risks) rows.set(r.row, 'label' in r ? r.label : 'ref' in r ? (r.ref ?? undefined) : undefined);
    rowsOf.set(t.sheet, rows);
  }
  const retyped = (v: Fixture['sheets'][number]['rows'][number][number], label: string | undefined) => (typeof v === 'string' && v !== label ? typedNumber(v) ?? v : v);
  return {
    ...fixture,
    sheets: fixture.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, i) => (rowsOf.get(s.name)?.has(i + 1) ? row.map((v) => retyped(v, rowsOf.get(s.name)!.get(i + 1))) : row)),
    })),
  };
}

/**
 * The same workbook with the text of its tables' header rows (and the two rows above them)
 * retyped: in capitals, or with spaces doubled. Headers are read by their words, not their case
 * or spacing.
 */
export function headersRetyped(fixture: Fixture, retype: (text: string) => string): Fixture {
  const headerRows = new Map<string, Set<number>>();
  for (const t of fixture.expected.tables) {
    const rows = headerRows.get(t.sheet) ?? new Set<number>();
    for (let r = Math.max(1, t.headerRow - 2); r <= t.headerRow; r++) rows.add(r);
    headerRows.set(t.sheet, rows);
  }
  return {
    ...fixture,
    sheets: fixture.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, i) => (headerRows.get(s.name)?.has(i + 1) ? row.map((v) => (typeof v === 'string' ? retype(v) : v)) : row)),
    })),
  };
}

/**
 * The same workbook with a "Comments" column after each table, as users add one: headed on the
 * header's top row (and wherever that row is printed again), with a remark on every other
 * line. Words about the figures are not figures: nothing read should change.
 */
export function withCommentsColumn(fixture: Fixture): Fixture {
  const sheets = fixture.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  const filled = (row: ReadonlyArray<unknown> | undefined) => (row ?? []).filter((v) => v !== null && !(typeof v === 'string' && v.trim() === '')).length;
  for (const t of fixture.expected.tables) {
    const s = sheets.find((x) => x.name === t.sheet)!;
    const rows = (t.kind === 'budget' ? t.rows : t.risks).map((r) => r.row);
    const last = Math.max(...rows);
    let width = 0;
    for (let r = Math.max(1, t.headerRow - 2); r <= last; r++) width = Math.max(width, s.rows[r - 1]?.length ?? 0);
    let top = t.headerRow;
    // (Not up into the rows of a table above: its total straight over "This is funded as shown below:".)
    const tableRows = new Set(fixture.expected.tables.filter((x) => x.sheet === t.sheet).flatMap((x) => (x.kind === 'budget' ? x.rows : x.risks).map((r) => r.row)));
    // (Nor into a line of the report's particulars above the header, "User: … | Printed: 11/14/2014 | Budget Type: CB Approved".)
    const particulars = (row: ReadonlyArray<unknown> | undefined) => (row ?? []).filter((v) => typeof v === 'string' && /^[^:]{2,30}:\s*\S/.test(v.trim())).length >= 2;
    for (let r = t.headerRow; r >= Math.max(1, t.headerRow - 2) && !tableRows.has(r) && !particulars(s.rows[r - 1]); r--) if (filled(s.rows[r - 1]) >= 2) top = r;
    const put = (r: number, text: string) => {
      const row = s.rows[r - 1]!;
      while (row.length < width) row.push(null);
      row[width] = text;
    };
    const headerText = JSON.stringify(s.rows[top - 1]);
    for (let r = top; r <= last; r++) if (r === top || JSON.stringify(s.rows[r - 1]) === headerText) put(r, 'Comments');
    const lines = t.kind === 'budget' ? t.rows.filter((x) => x.kind === 'line').map((x) => x.row) : rows;
    lines.forEach((r, i) => {
      if (i % 2 === 0) put(r, 'Reviewed with the budget holder; no further action needed.');
    });
  }
  return { ...fixture, sheets };
}

/**
 * The same workbook with a column of codes put before the names of its one budget table
 * ("Code" over "C100", "C101", …), as a finance system exports them; null where the fixture has
 * no such table (or codes already, merges or hidden columns, or a list with no header row).
 */
export function withCodeColumn(fixture: Fixture): Fixture | null {
  const [table, ...others] = fixture.expected.tables;
  if (!table || others.length || table.kind !== 'budget' || table.rows.some((r) => r.code)) return null;
  const sheet = fixture.sheets.find((s) => s.name === table.sheet)!;
  if (sheet.merges?.length || sheet.hiddenColumns?.length) return null;
  const line = table.rows.find((r) => r.kind === 'line' && r.label);
  if (!line) return null;
  const labelCol = (sheet.rows[line.row - 1] ?? []).findIndex((v) => typeof v === 'string' && v.trim().startsWith(line.label!.slice(0, 6)));
  if (labelCol < 0) return null;
  // The header's row of words (not its row of units): the one with most, the lowest on a tie.
  const words = (r: number) => (sheet.rows[r - 1] ?? []).filter((v) => typeof v === 'string' && /[a-z]{3}/i.test(v)).length;
  let head = table.headerRow;
  for (let r = Math.max(1, table.headerRow - 3); r <= table.headerRow; r++) if (words(r) >= words(head)) head = r;
  if (words(head) < 2) return null;
  const lines = new Set(table.rows.filter((r) => r.kind === 'line').map((r) => r.row));
  // (Headed again wherever that row is printed again, a page's repeat of the header, as a copy does.)
  const headText = JSON.stringify(sheet.rows[head - 1]);
  const heads = new Set(sheet.rows.map((r, i) => (JSON.stringify(r) === headText ? i + 1 : -1)).filter((r) => r >= head));
  let code = 100;
  return withColumnAt(fixture, table.sheet, labelCol, (row) => (heads.has(row) ? 'Code' : lines.has(row) ? `C${code++}` : null));
}

/**
 * The same workbook with a blank row put under each table's header, as many sheets space them;
 * the expected rows below move down with it.
 */
export function withBlankUnderHeader(fixture: Fixture): Fixture {
  const headers = new Map<string, number[]>();
  // (Once per header row: two tables side by side under one header get one blank row.)
  for (const t of fixture.expected.tables) if (!(headers.get(t.sheet) ?? []).includes(t.headerRow)) headers.set(t.sheet, [...(headers.get(t.sheet) ?? []), t.headerRow]);
  const moved = (sheet: string, row: number) => row + (headers.get(sheet) ?? []).filter((h) => row > h).length;
  const moveA1 = (sheet: string, a1: string) => {
    const { col, row } = splitA1(a1);
    return `${letters(col)}${moved(sheet, row)}`;
  };
  return {
    ...fixture,
    sheets: fixture.sheets.map((s) => {
      const under = new Set(headers.get(s.name) ?? []);
      const rows: typeof s.rows = [];
      s.rows.forEach((r, i) => {
        rows.push(r);
        if (under.has(i + 1)) rows.push([]);
      });
      return {
        ...s,
        rows,
        ...(s.hiddenRows ? { hiddenRows: s.hiddenRows.map((r) => moved(s.name, r)) } : {}),
        ...(s.merges ? { merges: s.merges.map((m) => m.split(':').map((a) => moveA1(s.name, a)).join(':')) } : {}),
      };
    }),
    expected: {
      tables: fixture.expected.tables.map((t) =>
        t.kind === 'budget'
          ? { ...t, rows: t.rows.map((r) => ({ ...r, row: moved(t.sheet, r.row) })) }
          : { ...t, risks: t.risks.map((r) => ({ ...r, row: moved(t.sheet, r.row) })) },
      ),
      checks: fixture.expected.checks.map((c) => {
        const bang = c.cell.lastIndexOf('!');
        const sheet = c.cell.slice(0, bang);
        return { ...c, cell: `${sheet}!${moveA1(sheet, c.cell.slice(bang + 1))}` };
      }),
    },
  };
}

/**
 * The same workbook with an empty column put between the names (and codes) and the figures of its one
 * budget table, as a sheet laid out for print keeps a narrow spacer there; null where the
 * fixture has no such table (or merges or hidden columns, or names not found in a column).
 * The checks' cells right of it move right with it.
 */
export function withSpacerColumn(fixture: Fixture): Fixture | null {
  const [table, ...others] = fixture.expected.tables;
  if (!table || others.length || table.kind !== 'budget') return null;
  const sheet = fixture.sheets.find((s) => s.name === table.sheet)!;
  if (sheet.merges?.length || sheet.hiddenColumns?.length) return null;
  const line = table.rows.find((r) => r.kind === 'line' && r.label);
  if (!line) return null;
  const labelCol = (sheet.rows[line.row - 1] ?? []).findIndex((v) => typeof v === 'string' && v.includes(line.label!.slice(0, 6)));
  if (labelCol < 0) return null;
  // (Before the first figure: a code printed after the name stays beside it.)
  const cells = sheet.rows[line.row - 1] ?? [];
  const at = cells.findIndex((v, c) => c > labelCol && (typeof v === 'number' || (typeof v === 'string' && /^[-($£]*\d/.test(v.trim()))));
  if (at < 0) return null;
  return withColumnAt(fixture, table.sheet, at, () => null);
}

/**
 * The workbook with a column put in before column `at` of one sheet (its cell on each row from
 * `cell`, given the row as Excel numbers it, on rows that reach that far), and the checks' cells
 * from there on moved right with it.
 */
function withColumnAt(fixture: Fixture, sheetName: string, at: number, cell: (row: number) => Fixture['sheets'][number]['rows'][number][number]): Fixture {
  const moveA1 = (a1: string) => {
    const { col, row } = splitA1(a1);
    return `${letters(col >= at ? col + 1 : col)}${row}`;
  };
  return {
    ...fixture,
    sheets: fixture.sheets.map((s) => (s.name !== sheetName ? s : { ...s, rows: s.rows.map((r, i) => (r.length <= at ? r : [...r.slice(0, at), cell(i + 1), ...r.slice(at)])) })),
    expected: {
      ...fixture.expected,
      checks: fixture.expected.checks.map((c) => {
        const bang = c.cell.lastIndexOf('!');
        return c.cell.slice(0, bang) === sheetName ? { ...c, cell: `${c.cell.slice(0, bang)}!${moveA1(c.cell.slice(bang + 1))}` } : c;
      }),
    },
  };
}

/**
 * The same workbook with the percentages in its tables' rows ("42%", "(3.5%)") held as a
 * spreadsheet holds them: 0.42 and -0.035, formatted as percentages. What is read should not change.
 */
export function percentagesAsNumbers(fixture: Fixture): Fixture {
  const rowsOf = new Map<string, Set<number>>();
  for (const t of fixture.expected.tables) {
    const rows = rowsOf.get(t.sheet) ?? new Set<number>();
    for (const r of t.kind === 'budget' ? t.rows : t.risks) rows.add(r.row);
    rowsOf.set(t.sheet, rows);
  }
  const PERCENT = /^(\()?(-)?(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?%(\))?$/;
  return {
    ...fixture,
    sheets: fixture.sheets.map((s) => {
      const formats: Record<string, string> = { ...(s.numberFormats ?? {}) };
      const rows = s.rows.map((row, i) =>
        !rowsOf.get(s.name)?.has(i + 1)
          ? row
          : row.map((v, c) => {
              const m = typeof v === 'string' ? PERCENT.exec(v.trim()) : null;
              if (!m || Boolean(m[1]) !== Boolean(m[5]) || (m[1] && m[2])) return v;
              const decimals = m[4] ? m[4].length - 1 : 0;
              formats[`${letters(c)}${i + 1}`] = decimals ? `0.${'0'.repeat(decimals)}%` : '0%';
              const n = Number(`${m[3]!.replace(/,/g, '')}${m[4] ?? ''}`) / 100;
              return m[1] || m[2] ? -n : n;
            }),
      );
      return Object.keys(formats).length ? { ...s, rows, numberFormats: formats } : { ...s, rows };
    }),
  };
}
