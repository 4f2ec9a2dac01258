/**
 * The Budget Summary sheet: every table found, its lines as live links to the source
 * figures, variances, percentages and RAG as formulas graded by thresholds printed on the
 * sheet (so a finance manager can change them and see the board table re-grade), the
 * largest over- and underspends, and every reconciliation check with its cell.
 */
import { WorkbookGrids, a1, cellValue, columnLetter } from '../grid';
import { BudgetSettings, SummaryLines } from '../config';
import { BudgetRow, BudgetTable, Check } from '../model';
import { unitsFactor } from '../budget/rag';
import { COLOURS } from '../rag/scheme';
import { CellStyle, GeneratedSheet, PlannedCell, PlannedRule } from './types';
import { formula, num, ruleGroups, sheetRef, sourceFigure, sourceSum, str, text } from './cells';
import { ragExpressions } from './ragExpression';
import { LINE_HEIGHT, estimatedRowHeight, pageHeightOnSheet, summaryPrint, wrappedRowHeights } from './print';

const TITLE: CellStyle = { bold: true, size: 14 };
const HEAD: CellStyle = { bold: true, fill: '#D9E1F2', wrap: true, border: true, horizontal: 'centre' };
const BOLD: CellStyle = { bold: true };
const NOTE: CellStyle = { italic: true, fontColour: '#595959' };
const MONEY = '#,##0;(#,##0);"-"';
const PCT = '0.0%;(0.0%);"-"';
// Styles are shared objects: a summary of 100,000 lines then holds a handful of them, not a
// million, and adapters can remember each one's format.
const MONEY_STYLE: CellStyle = { numberFormat: MONEY, border: true };
const MONEY_BOLD: CellStyle = { numberFormat: MONEY, border: true, bold: true };
const PCT_STYLE: CellStyle = { numberFormat: PCT, border: true };
const PCT_BOLD: CellStyle = { numberFormat: PCT, border: true, bold: true };
/** A figure RAG Board worked out (a straight-line forecast, a budget from the actual and its variance): in italics. */
const WORKED_OUT: CellStyle = { numberFormat: MONEY, border: true, italic: true };
const WORKED_OUT_BOLD: CellStyle = { numberFormat: MONEY, border: true, italic: true, bold: true };
const RAG_CELL: CellStyle = { bold: true, horizontal: 'centre', border: true };
const THRESHOLD_PCT: CellStyle = { numberFormat: '0.0%', border: true, fill: '#FFF2CC' };
const money = (bold = false): CellStyle => (bold ? MONEY_BOLD : MONEY_STYLE);
const pct = (bold = false): CellStyle => (bold ? PCT_BOLD : PCT_STYLE);
const cellBox: CellStyle = { border: true };

/** The columns a Budget Summary can have, in order; a block no table fills is not written. */
type ColumnKey = 'label' | 'section' | 'ytdBudget' | 'ytdActual' | 'ytdVar' | 'ytdPct' | 'annual' | 'forecast' | 'fVar' | 'fPct' | 'rag' | 'why' | 'check';
const COLUMNS: ReadonlyArray<{ key: ColumnKey; header: string; width: number }> = [
  { key: 'label', header: 'Line', width: 28 },
  { key: 'section', header: 'Section', width: 14 },
  { key: 'ytdBudget', header: 'YTD budget', width: 11 },
  { key: 'ytdActual', header: 'YTD actual', width: 11 },
  { key: 'ytdVar', header: 'YTD variance', width: 11 },
  { key: 'ytdPct', header: 'YTD var %', width: 9 },
  { key: 'annual', header: 'Annual budget', width: 11 },
  { key: 'forecast', header: 'Forecast outturn', width: 11 },
  { key: 'fVar', header: 'Forecast variance', width: 11 },
  { key: 'fPct', header: 'Forecast var %', width: 9 },
  { key: 'rag', header: 'RAG', width: 7 },
  { key: 'why', header: 'Why', width: 28 },
  { key: 'check', header: 'Check', width: 22 },
];
type Columns = Record<ColumnKey, number>;
const ABSENT = -1;

const WRAP_BOX: CellStyle = { border: true, wrap: true };
const WRAP_BOLD_BOX: CellStyle = { border: true, wrap: true, bold: true };
const GROUP: CellStyle = { bold: true, italic: true };

/** How many of the largest adverse and favourable variances the summary shows. */
const LARGEST = 5;
/**
 * Of a summarised table, the most rows listed: its totals, red lines, rows with an error check and
 * largest variances always; then section subtotals and amber lines, largest first, while the
 * table's rows stay within this.
 */
export const EXCEPTION_ROWS = 2000;
/** Above this many errors and warnings, a check shown in the Check column of a listed row is not listed again. */
const CHECKS_LISTED_IN_FULL = 200;

const RAG_WORD = { R: 'Red', A: 'Amber', G: 'Green' } as const;

/** Threshold cells on the sheet, referred to absolutely by every RAG formula. */
const T = { amber: 'B3', red: 'B4', under: 'B5', materiality: 'B6' } as const;
const abs = (ref: string) => `$${ref[0]}$${ref.slice(1)}`;

export interface BudgetSummaryInput {
  readonly name: string;
  readonly workbook: WorkbookGrids;
  readonly tables: ReadonlyArray<BudgetTable>;
  readonly checks: ReadonlyArray<Check>;
  readonly settings: BudgetSettings;
}

/** A table as the summary lists it: the rows it lists, and what it leaves out. */
interface TableListing {
  readonly table: BudgetTable;
  readonly summarised: boolean;
  readonly rows: ReadonlyArray<BudgetRow>;
  readonly left: { green: number; amber: number; subtotals: number };
}

const isShownCheck = (ck: Check) => ck.severity !== 'info';

/** Which rows of a table the summary lists. */
export function listTable(table: BudgetTable, checks: ReadonlyArray<Check>, summaryLines: SummaryLines): TableListing {
  const lines = table.rows.filter((r) => r.kind === 'line');
  const summarised = summaryLines === 'exceptions' || (typeof summaryLines === 'number' && lines.length > summaryLines);
  if (!summarised) return { table, summarised, rows: table.rows, left: { green: 0, amber: 0, subtotals: 0 } };
  const flagged = new Set(checks.filter((ck) => isShownCheck(ck) && ck.sheet === table.sheet && ck.row >= table.range.top && ck.row <= table.range.bottom).map((ck) => ck.row));
  const keep = new Set<BudgetRow>();
  for (const r of table.rows) {
    if (r.kind === 'total' || (r.kind !== 'section' && (r.rag?.rag === 'R' || flagged.has(r.row)))) keep.add(r);
  }
  const signed = lines.map((line) => ({ line, adverse: adverseAmount(line) })).filter((x): x is { line: BudgetRow; adverse: number } => x.adverse !== null && x.adverse !== 0);
  for (const x of firstSorted(signed, LARGEST, (a, b) => b.adverse - a.adverse)) if (x.adverse > 0) keep.add(x.line);
  for (const x of firstSorted(signed, LARGEST, (a, b) => a.adverse - b.adverse)) if (x.adverse < 0) keep.add(x.line);
  let room = Math.max(0, EXCEPTION_ROWS - keep.size);
  const subtotals = table.rows.filter((r) => r.kind === 'subtotal' && !keep.has(r));
  const shownSubtotals = subtotals.length <= room ? subtotals : subtotals.filter((r) => r.rag?.rag === 'A').slice(0, room);
  for (const r of shownSubtotals) keep.add(r);
  room -= shownSubtotals.length;
  const amber = signed.filter((x) => x.line.rag?.rag === 'A' && !keep.has(x.line)).sort((a, b) => Math.abs(b.adverse) - Math.abs(a.adverse));
  for (const x of amber.slice(0, Math.max(room, 0))) keep.add(x.line);
  const rows = table.rows.filter((r) => keep.has(r));
  const leftOut = lines.filter((r) => !keep.has(r));
  return {
    table,
    summarised,
    rows,
    left: {
      green: leftOut.filter((r) => r.rag?.rag !== 'A').length,
      amber: leftOut.filter((r) => r.rag?.rag === 'A').length,
      subtotals: subtotals.length - shownSubtotals.length,
    },
  };
}

export function budgetSummarySheet(input: BudgetSummaryInput): GeneratedSheet {
  const { settings } = input;
  const rows: (PlannedCell | undefined)[][] = [];
  const put = (r: number, c: number, cell: PlannedCell | undefined) => {
    if (c === ABSENT) return;
    while (rows.length <= r) rows.push([]);
    rows[r]![c] = cell;
  };
  const overspendPositive = settings.sign === 'overspend-positive';
  const listings = input.tables.map((t) => listTable(t, input.checks, settings.summaryLines));
  const listed = listings.flatMap((l) => l.rows.filter((r) => r.kind !== 'section'));
  const tableChecks = input.checks.filter((ck) => input.tables.some((t) => t.sheet === ck.sheet && ck.row >= t.range.top && ck.row <= t.range.bottom));

  // The columns: a block no listed row fills is left out (a table without a forecast has no forecast columns).
  const has = (f: (r: BudgetRow) => boolean) => listed.some(f);
  const present: Record<ColumnKey, boolean> = {
    label: true,
    section: listings.some((l) => l.summarised),
    ytdBudget: false,
    ytdActual: false,
    ytdVar: false,
    ytdPct: false,
    annual: false,
    forecast: false,
    fVar: false,
    fPct: false,
    rag: true,
    why: true,
    check: tableChecks.some((ck) => isShownCheck(ck)),
  };
  const ytd = has((r) => r.ytdBudget !== null || r.ytdActual !== null || (r.rag !== null && r.rag.basis !== 'forecast'));
  const fy = has((r) => r.annualBudget !== null || r.forecastOutturn !== null || r.rag?.basis === 'forecast');
  for (const k of ['ytdBudget', 'ytdActual', 'ytdVar'] as const) present[k] = ytd;
  for (const k of ['annual', 'forecast', 'fVar'] as const) present[k] = fy;
  // A percentage column only where a line's RAG is graded on it: the other is one division away.
  present.ytdPct = ytd && has((r) => r.rag !== null && r.rag.basis !== 'forecast');
  present.fPct = fy && has((r) => r.rag?.basis === 'forecast');
  const C = {} as Columns;
  const widths: number[] = [];
  const headers: string[] = [];
  for (const col of COLUMNS) {
    C[col.key] = present[col.key] ? widths.length : ABSENT;
    if (present[col.key]) {
      widths.push(col.width);
      headers.push(col.header);
    }
  }
  const print = { scale: summaryPrint(widths, 0, null, []).scale };
  const pageHeight = pageHeightOnSheet(print.scale);

  put(0, 0, text('Budget Summary', TITLE));
  put(1, 0, text('Made by RAG Board. Figures link to the source cells; variances, percentages and RAG are formulas. Change a threshold below and the RAG follows.', NOTE));
  put(2, 0, text('Amber from (adverse %)'));
  put(2, 1, num(settings.amberPct, THRESHOLD_PCT));
  put(3, 0, text('Red from (adverse %)'));
  put(3, 1, num(settings.redPct, THRESHOLD_PCT));
  put(4, 0, text('Underspend amber from (%)'));
  put(4, 1, num(settings.underspendAmberPct, THRESHOLD_PCT));
  put(5, 0, text('Materiality, £ (0 = none)'));
  put(5, 1, num(settings.materiality, { numberFormat: '#,##0', border: true, fill: '#FFF2CC' }));
  // Figures the sheet does not print, worked out from those it does, are said to be so.
  const workedOut = has((r) => r.ytdBudgetMethod !== undefined || r.forecastMethod === 'straight-line' || r.forecastMethod === 'budget-plus-variance' || r.forecastMethod === 'profiled');
  const signNote = overspendPositive ? 'Variances: actual − budget, so an overspend is positive.' : 'Variances: budget − actual, so an underspend is positive.';
  put(6, 0, text(workedOut ? `${signNote} Figures in italics are worked out from the sheet's others.` : signNote, NOTE));

  // The detail, laid out first (the board's page links to it), from a row worked out once the
  // board's page is known: each row is placed relative to the detail's top, then shifted.
  interface Placed {
    readonly offset: number;
    readonly line: BudgetRow;
    readonly table: BudgetTable;
  }
  const detail: Array<(top: number) => void> = [];
  const placed: Placed[] = [];
  let d = 0;
  const ragOffsets: number[] = [];
  const rowFormulas = new RowFormulas();
  let headerOffset: number | null = null;
  for (const listing of listings) {
    const { table } = listing;
    const sheet = input.workbook.sheets.find((s) => s.name === table.sheet)!;
    const colOf = new Map(table.columns.map((c) => [c.role, c.col]));
    // Figures the sheet prints month by month: the months added up.
    const addsOf = new Map(table.columns.flatMap((c) => (c.adds ? [[c.role, c.adds] as const] : [])));
    const units = table.units ?? '£';
    const headingAt = d;
    detail.push((top) => put(top + headingAt, 0, text(`${tableName(table, true)} (${units})${listing.summarised ? ': the total, subtotals and exceptions' : ''}`, BOLD)));
    d++;
    // One header row, over the first table: printed again at the top of every page.
    if (headerOffset === null) {
      const headAt = d;
      headerOffset = headAt;
      detail.push((top) => headers.forEach((h, c) => put(top + headAt, c, text(h, HEAD))));
      d++;
    }
    const checksByRow = new Map<number, Check[]>();
    for (const ck of tableChecks) {
      if (ck.sheet !== table.sheet || ck.row < table.range.top || ck.row > table.range.bottom || !isShownCheck(ck)) continue;
      checksByRow.set(ck.row, [...(checksByRow.get(ck.row) ?? []), ck]);
    }
    for (const line of listing.rows) {
      const at = d;
      if (line.kind === 'section') {
        if (!listing.summarised) detail.push((top) => put(top + at, C.label, text(line.label ?? '', BOLD)));
        if (!listing.summarised) d++;
        continue;
      }
      placed.push({ offset: at, line, table });
      ragOffsets.push(at);
      detail.push((top) => {
        const r = top + at;
        const strong = line.kind !== 'line';
        const label = line.label ?? (line.kind === 'total' ? 'Total' : `Subtotal${line.section ? `: ${line.section}` : ''}`);
        put(r, C.label, text(label, strong ? WRAP_BOLD_BOX : WRAP_BOX));
        put(r, C.section, text(line.section ?? '', WRAP_BOX));
        const fig = (role: 'ytdBudget' | 'ytdActual' | 'annualBudget' | 'forecastOutturn', value: number | null) => {
          const col = colOf.get(role);
          const adds = addsOf.get(role);
          if (adds) return sourceSum(sheet, line.row, adds, value, money(strong));
          return col === undefined ? (value === null ? undefined : num(value, money(strong))) : sourceFigure(sheet, line.row, col, value, money(strong));
        };
        // A figure the sheet does not print, worked out from two it does (a figure and the sheet's
        // own variance of it), live on their cells. Figures typed as text ("(166)") are not
        // arithmetic to Excel: there, the worked-out figure, as a number.
        const workedOut = (a: number, b: number, plus: boolean, value: number | null): PlannedCell | undefined => {
          const style = strong ? WORKED_OUT_BOLD : WORKED_OUT;
          const live = typeof cellValue(sheet, line.row, a) === 'number' && typeof cellValue(sheet, line.row, b) === 'number';
          const f = `${sheetRef(sheet.name, line.row, a)}${plus ? '+' : '-'}${sheetRef(sheet.name, line.row, b)}`;
          return live ? formula(f, value, style) : value === null ? undefined : num(value, style);
        };
        const overspendSign = table.sheetSign === 'overspend-positive';
        const ytdActualCol = colOf.get('ytdActual');
        const ytdVarianceCol = colOf.get('ytdVariance');
        if (C.ytdBudget !== ABSENT && line.ytdBudgetMethod === 'actual-less-variance' && ytdActualCol !== undefined && ytdVarianceCol !== undefined) {
          // The budget the sheet's own variance is measured against: its actual less that variance.
          put(r, C.ytdBudget, workedOut(ytdActualCol, ytdVarianceCol, !overspendSign, line.ytdBudget));
        } else {
          put(r, C.ytdBudget, fig('ytdBudget', line.ytdBudget));
        }
        put(r, C.ytdActual, fig('ytdActual', line.ytdActual));
        put(r, C.annual, fig('annualBudget', line.annualBudget));
        const varianceCol = colOf.get('forecastVariance');
        const annualCol = colOf.get('annualBudget');
        if (C.forecast !== ABSENT && line.forecastMethod === 'budget-plus-variance' && varianceCol !== undefined && annualCol !== undefined) {
          // The outturn the sheet's own variance is of: its budget and that variance.
          put(r, C.forecast, workedOut(annualCol, varianceCol, overspendSign, line.forecastOutturn));
        } else if (C.forecast !== ABSENT && line.forecastMethod === 'profiled' && C.annual !== ABSENT && C.ytdActual !== ABSENT && C.ytdBudget !== ABSENT) {
          // The actual to date and the rest of the year's profile: the year's budget less the budget to date.
          const profile = rowFormulas.at('forecast profiled', r, (ref) => `IF(COUNT(${ref(C.annual)},${ref(C.ytdActual)},${ref(C.ytdBudget)})=3,${ref(C.annual)}+${ref(C.ytdActual)}-${ref(C.ytdBudget)},"")`);
          put(r, C.forecast, formula(profile, line.forecastOutturn, strong ? WORKED_OUT_BOLD : WORKED_OUT));
        } else if (C.forecast !== ABSENT && line.forecastMethod === 'straight-line' && table.monthsElapsed && C.ytdActual !== ABSENT) {
          const months = table.monthsElapsed;
          const straightLine = rowFormulas.at(`forecast ${months}`, r, (ref) => `IF(ISNUMBER(${ref(C.ytdActual)}),${ref(C.ytdActual)}/${months}*12,"")`);
          put(r, C.forecast, formula(straightLine, line.forecastOutturn, strong ? WORKED_OUT_BOLD : WORKED_OUT));
        } else {
          put(r, C.forecast, fig('forecastOutturn', line.forecastOutturn));
        }
        if (C.ytdVar !== ABSENT) put(r, C.ytdVar, variance(rowFormulas, r, C.ytdActual, C.ytdBudget, line.ytdVariance, overspendPositive, strong));
        if (C.ytdPct !== ABSENT) put(r, C.ytdPct, percentage(rowFormulas, r, C.ytdVar, C.ytdBudget, line.ytdVariancePct, strong));
        if (C.fVar !== ABSENT) put(r, C.fVar, variance(rowFormulas, r, C.forecast, C.annual, line.forecastVariance, overspendPositive, strong));
        if (C.fPct !== ABSENT) put(r, C.fPct, percentage(rowFormulas, r, C.fVar, C.annual, line.forecastVariancePct, strong));
        const basis = line.rag?.basis ?? 'ytd';
        const [vCol, pCol] = basis === 'forecast' ? [C.fVar, C.fPct] : [C.ytdVar, C.ytdPct];
        // +1 where a positive variance on this sheet is adverse (an overspend), -1 where it is favourable.
        const adverseSign = (overspendPositive ? 1 : -1) * (line.income ? -1 : 1);
        const factor = unitsFactor(table.units);
        if (vCol !== ABSENT && pCol !== ABSENT) {
          const rag = rowFormulas.at(`rag ${vCol} ${pCol} ${adverseSign} ${line.income} ${factor}`, r, (ref) => ragFormula(ref(vCol), ref(pCol), adverseSign, line.income, factor));
          put(r, C.rag, formula(rag, line.rag ? RAG_WORD[line.rag.rag] : '', RAG_CELL));
        }
        put(r, C.why, text(line.rag?.reason ?? '', WRAP_BOX));
        put(r, C.check, text(describeChecks(checksByRow.get(line.row) ?? []), WRAP_BOX));
      });
      d++;
    }
    if (listing.summarised) {
      const at = d;
      const { green, amber, subtotals } = listing.left;
      const parts = [green ? `${count(green)} green line${green === 1 ? '' : 's'}` : '', amber ? `${count(amber)} amber line${amber === 1 ? '' : 's'} with the smallest variances` : '', subtotals ? `${count(subtotals)} green section subtotal${subtotals === 1 ? '' : 's'}` : ''].filter(Boolean);
      const where = `${table.sheet}!${a1(table.range.top, table.range.left)}:${a1(table.range.bottom, table.range.right)}`;
      const note = parts.length
        ? `Not listed here: ${joinWords(parts)}. They are in the table at ${where}, each coloured there by its RAG, and in the report. To list every line, choose "Every line" under Budget Summary in the pane's Settings, or set budget.summaryLines to "all" in the config.`
        : 'Every line of the table is listed.';
      detail.push((top) => put(top + at, 0, text(note, NOTE)));
      d++;
    }
    d++;
  }
  const detailRows = d;

  // The board's page: the totals, the largest variances and the other exceptions, each row a
  // link to its row in the detail, as many exceptions as fit on the first page.
  const multiTable = input.tables.length > 1;
  const adverse = placed
    .filter((x) => x.line.kind === 'line')
    .map((x) => ({ ...x, adverse: adverseAmount(x.line) }))
    .filter((x): x is Placed & { adverse: number } => x.adverse !== null && x.adverse !== 0);
  const over = adverse.filter((x) => x.adverse > 0).sort((a, b) => b.adverse - a.adverse).slice(0, LARGEST);
  const under = adverse.filter((x) => x.adverse < 0).sort((a, b) => a.adverse - b.adverse).slice(0, LARGEST);
  const shown = new Set<number>([...over, ...under].map((x) => x.offset));
  const flaggedRows = new Set(tableChecks.filter((ck) => ck.severity === 'error').map((ck) => `${ck.sheet}|${ck.row}`));
  const rank = (x: Placed) => (x.line.rag?.rag === 'R' ? 0 : flaggedRows.has(`${x.table.sheet}|${x.line.row}`) ? 1 : 2);
  const exceptions = placed
    .filter((x) => x.line.kind === 'line' && !shown.has(x.offset) && (x.line.rag?.rag === 'R' || x.line.rag?.rag === 'A' || flaggedRows.has(`${x.table.sheet}|${x.line.row}`)))
    .sort((a, b) => rank(a) - rank(b) || Math.abs(adverseAmount(b.line) ?? 0) - Math.abs(adverseAmount(a.line) ?? 0));
  const totals = placed.filter((x) => x.line.kind === 'total');

  const boardTop = 8;
  let r = boardTop;
  const boardRows: Array<{ row: number; x: Placed }> = [];
  // Where there are several tables, the board's rows name their table where the detail gives the reason.
  headers.forEach((h, c) => put(r, c, text(c === C.why ? (multiTable ? 'Table' : 'Why') : h, HEAD)));
  r++;
  const group = (title: string, list: ReadonlyArray<Placed>, none: string | null) => {
    put(r++, 0, text(title, GROUP));
    if (list.length === 0 && none) put(r++, 0, text(none, NOTE));
    for (const x of list) boardRows.push({ row: r++, x });
  };
  group('Totals', totals, 'No table has a total row.');
  group('Largest adverse variances (overspends, income shortfalls)', over, 'None');
  group('Largest favourable variances (underspends, income above plan)', under, 'None');
  // Rows so far, measured as they will print; then as many exceptions as the page still holds.
  /** A board row's height: its label and its reason, each wrapped in its column. */
  const boardRowHeight = (x: Placed) => {
    const cells: Array<PlannedCell | undefined> = [];
    cells[C.label] = text(x.line.label ?? 'Total', WRAP_BOX);
    cells[C.why] = text(multiTable ? tableName(x.table, false) : x.line.rag?.reason ?? '', WRAP_BOX);
    return estimatedRowHeight(cells, widths);
  };
  let used = 0;
  for (let i = 0; i < r; i++) used += boardRows.some((b) => b.row === i) ? 0 : estimatedRowHeight(rows[i], widths);
  for (const b of boardRows) used += boardRowHeight(b.x);
  // The group's heading, and a note of how many more there are.
  let room = pageHeight - used - 2 * LINE_HEIGHT - LINE_HEIGHT;
  let fit = 0;
  while (fit < exceptions.length && room >= boardRowHeight(exceptions[fit]!)) room -= boardRowHeight(exceptions[fit++]!);
  const onPage = exceptions.slice(0, fit);
  group(`Other red and amber lines, and lines with an error check (${count(exceptions.length)})`, onPage, exceptions.length ? null : 'None');
  if (onPage.length < exceptions.length) put(r++, 0, text(`${onPage.length ? `${count(exceptions.length - onPage.length)} more are` : 'They are'} listed in the tables that follow.`, NOTE));
  r++;

  // The detail starts on a page of its own.
  const detailTop = r;
  for (const f of detail) f(detailTop);
  const ragRows = ragOffsets.map((o) => detailTop + o);
  for (const { row, x } of boardRows) {
    const src = detailTop + x.offset;
    const label = x.line.label ?? (x.line.kind === 'total' ? 'Total' : 'Subtotal');
    const strong = x.line.kind !== 'line';
    put(row, C.label, text(label, strong ? WRAP_BOLD_BOX : WRAP_BOX));
    put(row, C.section, formula(a1(src, C.section), x.line.section ?? '', WRAP_BOX));
    const link = (col: number, value: number | null, style: CellStyle) => {
      if (col === ABSENT) return;
      const target = rows[src]?.[col];
      if (target) put(row, col, formula(a1(src, col), value ?? '', style));
    };
    link(C.ytdBudget, x.line.ytdBudget, money(strong));
    link(C.ytdActual, x.line.ytdActual, money(strong));
    link(C.ytdVar, x.line.ytdVariance, money(strong));
    link(C.ytdPct, x.line.ytdVariancePct, pct(strong));
    link(C.annual, x.line.annualBudget, money(strong));
    link(C.forecast, x.line.forecastOutturn, money(strong));
    link(C.fVar, x.line.forecastVariance, money(strong));
    link(C.fPct, x.line.forecastVariancePct, pct(strong));
    if (rows[src]?.[C.rag]) {
      put(row, C.rag, formula(a1(src, C.rag), x.line.rag ? RAG_WORD[x.line.rag.rag] : '', RAG_CELL));
      ragRows.push(row);
    }
    put(row, C.why, multiTable ? text(tableName(x.table, false), WRAP_BOX) : formula(a1(src, C.why), x.line.rag?.reason ?? '', WRAP_BOX));
  }
  r = detailTop + detailRows;

  // The checks: errors and warnings each listed (where there are very many, those already in a
  // listed row's Check column are not listed again); differences within rounding counted.
  const shownChecks = tableChecks.filter(isShownCheck);
  // (Not every one within rounding: a sum that could not be checked is said as such.)
  const notCheckable = tableChecks.filter((ck) => ck.code === 'not_checkable').length;
  const info = tableChecks.length - shownChecks.length - notCheckable;
  const notes = [
    info ? `${count(info)} difference${info === 1 ? '' : 's'} within rounding` : '',
    notCheckable ? `${count(notCheckable)} sum${notCheckable === 1 ? '' : 's'} that could not be checked` : '',
  ].filter(Boolean).join(' and ');
  const listedRows = new Set(listed.map((l) => l.row));
  // Each row's first check, the most severe (the earliest of those): found in one pass, not by
  // going through every check for each of thousands of listed rows.
  const firstOfRow = new Map<string, Map<number, Check>>();
  for (const ck of shownChecks) {
    let bySheet = firstOfRow.get(ck.sheet);
    if (!bySheet) firstOfRow.set(ck.sheet, (bySheet = new Map()));
    const before = bySheet.get(ck.row);
    if (!before || SEVERITY_RANK[ck.severity] < SEVERITY_RANK[before.severity]) bySheet.set(ck.row, ck);
  }
  const firstOnRow = new Set<Check>();
  for (const l of listings) for (const row of l.rows) {
    const first = firstOfRow.get(l.table.sheet)?.get(row.row);
    if (first) firstOnRow.add(first);
  }
  const inFull = shownChecks.length <= CHECKS_LISTED_IN_FULL;
  const checkList = inFull ? shownChecks : shownChecks.filter((ck) => !(firstOnRow.has(ck) && listedRows.has(ck.row)));
  const checksTop = r;
  put(r++, 0, text(`Checks: ${count(shownChecks.length)} error${shownChecks.length === 1 ? '' : 's'} and warning${shownChecks.length === 1 ? '' : 's'}${notes ? `; ${notes}, counted here and listed in the pane and the report` : ''}`, BOLD));
  if (!inFull) put(r++, 0, text(`${count(shownChecks.length - checkList.length)} of them are shown in the Check column of their line above and not listed again.`, NOTE));
  const checkCols = { line: 0, cell: 1, severity: 2, code: 3, message: C.why };
  const checkHead: Array<[number, string]> = [[checkCols.line, 'Line'], [checkCols.cell, 'Cell'], [checkCols.severity, 'Severity'], [checkCols.code, 'Check'], [checkCols.message, 'What it found']];
  if (shownChecks.length === 0) {
    put(r++, 0, text(`Every reported variance, subtotal and total${notCheckable ? ' that could be checked' : ''} agrees with its figures${info ? ', within rounding' : ''}.`, NOTE));
  } else if (checkList.length) {
    for (const [c, h] of checkHead) put(r, c, text(h, HEAD));
    r++;
  }
  for (const ck of checkList) {
    put(r, checkCols.line, text(ck.where, WRAP_BOX));
    put(r, checkCols.cell, text(`${ck.sheet}!${a1(ck.row, ck.col)}`, cellBox));
    put(r, checkCols.severity, text(ck.severity, cellBox));
    put(r, checkCols.code, text(ck.code));
    put(r, checkCols.message, text(ck.message, WRAP_BOX));
    r++;
  }

  const last = Math.max(r - 1, 0);
  // A page break before the detail, and before the checks where the detail is long.
  const breaks = [detailTop, ...(detailRows > 40 && checkList.length > 0 ? [checksTop] : [])];
  return {
    role: 'budget-summary',
    name: input.name,
    rows,
    columnWidths: widths,
    rowHeights: wrappedRowHeights(rows, widths),
    merges: [],
    freezeRows: 0,
    rules: ragRules(C.rag, ragRows),
    print: summaryPrint(widths, last, headerOffset === null ? null : detailTop + headerOffset, breaks),
    visibility: 'visible',
  };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** A check in a few words, for the Check column; the checks at the end give each in full. */
const CHECK_WORDS: Partial<Record<Check['code'], string>> = {
  reported_variance_mismatch: 'Reported variance is wrong',
  subtotal_mismatch: 'Subtotal does not add up',
  total_mismatch: 'Total does not add up',
  not_a_number: 'Not a number',
  error_value: 'Error value',
  not_checkable: 'Cannot be checked',
  sign_convention: 'Sign unclear',
};

/** A table's name for a heading ("Delegated!A6:G46 — Cannock Chase CCG …"), or short, for a line on the board's page. */
function tableName(table: BudgetTable, long: boolean): string {
  const range = `${table.sheet}!${a1(table.range.top, table.range.left)}:${a1(table.range.bottom, table.range.right)}`;
  if (long) return `${range}${table.title ? ` — ${table.title}` : ''}`;
  const first = table.title?.split(' — ')[0]?.trim();
  if (!first) return `${table.sheet}!${a1(table.range.top, table.range.left)}`;
  if (first.length <= 30) return first;
  const cut = first.slice(0, 29);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 12 ? cut.lastIndexOf(' ') : 29)}…`;
}

const count = (n: number) => n.toLocaleString('en-GB');

function joinWords(parts: ReadonlyArray<string>): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function variance(rowFormulas: RowFormulas, r: number, actualCol: number, budgetCol: number, cached: number | null, overspendPositive: boolean, strong: boolean): PlannedCell {
  const text = rowFormulas.at(`variance ${actualCol} ${budgetCol} ${overspendPositive}`, r, (ref) => {
    const a = ref(actualCol);
    const b = ref(budgetCol);
    const diff = overspendPositive ? `${a}-${b}` : `${b}-${a}`;
    return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${diff},"")`;
  });
  return formula(text, cached ?? '', money(strong));
}

function percentage(rowFormulas: RowFormulas, r: number, varianceCol: number, budgetCol: number, cached: number | null, strong: boolean): PlannedCell {
  const text = rowFormulas.at(`percentage ${varianceCol} ${budgetCol}`, r, (ref) => {
    const v = ref(varianceCol);
    const b = ref(budgetCol);
    return `IF(AND(ISNUMBER(${v}),ISNUMBER(${b})),IF(${b}=0,"",${v}/ABS(${b})),"")`;
  });
  return formula(text, cached ?? '', pct(strong));
}

/**
 * The formulas of the lines table, which differ from row to row only in the row number of
 * their references: each shape is built once, with a marker where the row number goes, and
 * filled in for each row. A 100,000-line summary then builds four hundred thousand formulas
 * by joining a few pieces, not by composing each from scratch.
 */
class RowFormulas {
  private static readonly ROW = '\u0000';
  private readonly pieces = new Map<string, string[]>();

  /** The formula of shape `key` in summary row `row` (0-based); `build` writes it with `ref(col)` for a cell of the same row. */
  at(key: string, row: number, build: (ref: (col: number) => string) => string): string {
    let pieces = this.pieces.get(key);
    if (!pieces) {
      pieces = build((col) => `${columnLetter(col)}${RowFormulas.ROW}`).split(RowFormulas.ROW);
      this.pieces.set(key, pieces);
    }
    return pieces.join(String(row + 1));
  }
}

/**
 * The RAG word as a formula over the row's variance and variance % cells and the thresholds on
 * the sheet. Mirrors budget/rag.ts, which gives the cached value; a test recalculates both in
 * LibreOffice and compares. The variance % is blank where the budget is nil, which is the
 * no-budget case: any adverse spend is amber then (red from materiality).
 */
export function ragFormula(variance: string, percent: string, adverseSign: number, income: boolean, unitsFactorValue: number): string {
  const sv = (x: string) => (adverseSign === 1 ? x : `-${x}`);
  const adverse = sv(variance);
  const { red, amber } = ragExpressions({
    adverse,
    // N() turns the blank a nil budget leaves into 0, so no text is compared with a number.
    share: sv(`N(${percent})`),
    hasBudget: `ISNUMBER(${percent})`,
    income,
    red: abs(T.red),
    amber: abs(T.amber),
    underspendAmber: abs(T.under),
    material: `AND(${abs(T.materiality)}>0,${adverse}>=${abs(T.materiality)}/${unitsFactorValue})`,
  });
  return `IF(NOT(ISNUMBER(${variance})),"",IF(${red},${str('Red')},IF(${amber},${str('Amber')},${str('Green')})))`;
}

function ragRules(ragCol: number, rows: number[]): PlannedRule[] {
  const rules: PlannedRule[] = [];
  if (ragCol === ABSENT) return rules;
  for (const { ranges, first } of ruleGroups(ragCol, rows)) {
    const ref = `$${columnLetter(ragCol)}${first + 1}`;
    rules.push(
      { ranges, condition: `${ref}="Red"`, order: rules.length + 1, style: { fill: COLOURS.red, fontColour: '#FFFFFF', bold: true } },
      { ranges, condition: `${ref}="Amber"`, order: rules.length + 2, style: { fill: COLOURS.amber, fontColour: '#000000', bold: true } },
      { ranges, condition: `${ref}="Green"`, order: rules.length + 3, style: { fill: COLOURS.green, fontColour: '#FFFFFF', bold: true } },
    );
  }
  return rules;
}

/** Positive when adverse (overspend, income shortfall), on the variance the line's RAG uses. */
/**
 * The first `n` of `items` sorted (stably) by `compare`: `[...items].sort(compare).slice(0, n)`
 * without sorting 100,000 lines to take five.
 */
export function firstSorted<T>(items: ReadonlyArray<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (n <= 0) return best;
  for (const item of items) {
    if (best.length === n && compare(item, best[n - 1]!) >= 0) continue;
    // After every one it does not come before: equal items keep their order, as a stable sort keeps them.
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}

function adverseAmount(line: BudgetRow): number | null {
  const forecast = line.rag?.basis === 'forecast';
  const actual = forecast ? line.forecastOutturn : line.ytdActual;
  const budget = forecast ? line.annualBudget : line.ytdBudget;
  if (actual === null || budget === null) return null;
  return line.income ? budget - actual : actual - budget;
}

function describeChecks(checks: Check[]): string {
  if (checks.length === 0) return '';
  const sorted = [...checks].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const first = sorted[0]!;
  const more = sorted.length > 1 ? ` (+${sorted.length - 1} more)` : '';
  return `${CHECK_WORDS[first.code] ?? first.code} at ${a1(first.row, first.col)}${more}`;
}
