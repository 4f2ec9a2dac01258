/**
 * The Budget Summary sheet: every table found, its lines as live links to the source
 * figures, variances, percentages and RAG as formulas graded by thresholds printed on the
 * sheet (so a finance manager can change them and see the board table re-grade), the
 * largest over- and underspends, and every reconciliation check with its cell.
 */
import { WorkbookGrids, a1, columnLetter } from '../grid';
import { BudgetSettings } from '../config';
import { BudgetRow, BudgetTable, Check } from '../model';
import { unitsFactor } from '../budget/rag';
import { COLOURS } from '../rag/scheme';
import { CellStyle, GeneratedSheet, PlannedCell, PlannedRule } from './types';
import { formula, num, ruleGroups, sourceFigure, str, text } from './cells';
import { ragExpressions } from './ragExpression';

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
const FORECAST_WORKED_OUT: CellStyle = { numberFormat: MONEY, border: true, italic: true };
const FORECAST_WORKED_OUT_BOLD: CellStyle = { numberFormat: MONEY, border: true, italic: true, bold: true };
const RAG_CELL: CellStyle = { bold: true, horizontal: 'centre', border: true };
const BOLD_BOX: CellStyle = { bold: true, border: true };
const THRESHOLD_PCT: CellStyle = { numberFormat: '0.0%', border: true, fill: '#FFF2CC' };
const money = (bold = false): CellStyle => (bold ? MONEY_BOLD : MONEY_STYLE);
const pct = (bold = false): CellStyle => (bold ? PCT_BOLD : PCT_STYLE);
const cellBox: CellStyle = { border: true };

// Columns of the lines table.
const C = { label: 0, section: 1, ytdBudget: 2, ytdActual: 3, ytdVar: 4, ytdPct: 5, annual: 6, forecast: 7, fVar: 8, fPct: 9, rag: 10, why: 11, check: 12 } as const;
const HEADERS = ['Line', 'Section', 'YTD budget', 'YTD actual', 'YTD variance', 'YTD var %', 'Annual budget', 'Forecast outturn', 'Forecast variance', 'Forecast var %', 'RAG', 'Why', 'Check'];

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

export function budgetSummarySheet(input: BudgetSummaryInput): GeneratedSheet {
  const { settings } = input;
  const rows: (PlannedCell | undefined)[][] = [];
  const put = (r: number, c: number, cell: PlannedCell | undefined) => {
    while (rows.length <= r) rows.push([]);
    rows[r]![c] = cell;
  };
  const overspendPositive = settings.sign === 'overspend-positive';
  put(0, 0, text('Budget Summary', TITLE));
  put(1, 0, text('Made by RAG Board. Figures link to the source cells; variances, percentages and RAG are formulas. Change a threshold below and the RAG follows.', NOTE));
  put(2, 0, text('Amber from (adverse variance, % of budget)'));
  put(2, 1, num(settings.amberPct, THRESHOLD_PCT));
  put(3, 0, text('Red from (adverse variance, % of budget)'));
  put(3, 1, num(settings.redPct, THRESHOLD_PCT));
  put(4, 0, text('Underspend amber from (% of budget)'));
  put(4, 1, num(settings.underspendAmberPct, THRESHOLD_PCT));
  put(5, 0, text('Materiality, £ (red at or above; 0 = none)'));
  put(5, 1, num(settings.materiality, { numberFormat: '#,##0', border: true, fill: '#FFF2CC' }));
  put(6, 0, text(overspendPositive ? 'Variances: actual − budget, so an overspend is positive.' : 'Variances: budget − actual, so an underspend is positive.', NOTE));

  let r = 8;
  const ragRows: number[] = [];
  const lineRows: { summaryRow: number; line: BudgetRow; table: BudgetTable }[] = [];
  const rowFormulas = new RowFormulas();
  let freezeRows = 0;

  for (const table of input.tables) {
    const sheet = input.workbook.sheets.find((s) => s.name === table.sheet)!;
    const colOf = new Map(table.columns.map((c) => [c.role, c.col]));
    const units = table.units ?? '£';
    put(r, 0, text(`${table.sheet}!${a1(table.range.top, table.range.left)}:${a1(table.range.bottom, table.range.right)}${table.title ? ` — ${table.title}` : ''} (${units})`, BOLD));
    r++;
    HEADERS.forEach((h, c) => put(r, c, text(h, HEAD)));
    if (freezeRows === 0) freezeRows = r + 1;
    r++;
    const checksByRow = new Map<number, Check[]>();
    for (const ck of input.checks) {
      if (ck.sheet !== table.sheet || ck.row < table.range.top || ck.row > table.range.bottom) continue;
      checksByRow.set(ck.row, [...(checksByRow.get(ck.row) ?? []), ck]);
    }
    for (const line of table.rows) {
      if (line.kind === 'section') {
        put(r, C.label, text(line.label ?? '', BOLD));
        r++;
        continue;
      }
      const strong = line.kind !== 'line';
      const label = line.label ?? (line.kind === 'total' ? 'Total' : `Subtotal${line.section ? `: ${line.section}` : ''}`);
      put(r, C.label, text(label, strong ? BOLD_BOX : cellBox));
      put(r, C.section, text(line.section ?? '', cellBox));
      const fig = (role: 'ytdBudget' | 'ytdActual' | 'annualBudget' | 'forecastOutturn', value: number | null) => {
        const col = colOf.get(role);
        return col === undefined ? (value === null ? undefined : num(value, money(strong))) : sourceFigure(sheet, line.row, col, value, money(strong));
      };
      put(r, C.ytdBudget, fig('ytdBudget', line.ytdBudget));
      put(r, C.ytdActual, fig('ytdActual', line.ytdActual));
      put(r, C.annual, fig('annualBudget', line.annualBudget));
      if (line.forecastMethod === 'straight-line' && table.monthsElapsed) {
        const months = table.monthsElapsed;
        const straightLine = rowFormulas.at(`forecast ${months}`, r, (ref) => `IF(ISNUMBER(${ref(C.ytdActual)}),${ref(C.ytdActual)}/${months}*12,"")`);
        put(r, C.forecast, formula(straightLine, line.forecastOutturn, strong ? FORECAST_WORKED_OUT_BOLD : FORECAST_WORKED_OUT));
      } else {
        put(r, C.forecast, fig('forecastOutturn', line.forecastOutturn));
      }
      put(r, C.ytdVar, variance(rowFormulas, r, C.ytdActual, C.ytdBudget, line.ytdVariance, overspendPositive, strong));
      put(r, C.ytdPct, percentage(rowFormulas, r, C.ytdVar, C.ytdBudget, line.ytdVariancePct, strong));
      put(r, C.fVar, variance(rowFormulas, r, C.forecast, C.annual, line.forecastVariance, overspendPositive, strong));
      put(r, C.fPct, percentage(rowFormulas, r, C.fVar, C.annual, line.forecastVariancePct, strong));
      const basis = line.rag?.basis ?? 'ytd';
      const [vCol, pCol] = basis === 'forecast' ? [C.fVar, C.fPct] : [C.ytdVar, C.ytdPct];
      // +1 where a positive variance on this sheet is adverse (an overspend), -1 where it is favourable.
      const adverseSign = (overspendPositive ? 1 : -1) * (line.income ? -1 : 1);
      const factor = unitsFactor(table.units);
      const rag = rowFormulas.at(`rag ${vCol} ${pCol} ${adverseSign} ${line.income} ${factor}`, r, (ref) => ragFormula(ref(vCol), ref(pCol), adverseSign, line.income, factor));
      put(r, C.rag, formula(rag, line.rag ? RAG_WORD[line.rag.rag] : '', RAG_CELL));
      ragRows.push(r);
      put(r, C.why, text(line.rag?.reason ?? '', cellBox));
      const found = checksByRow.get(line.row) ?? [];
      put(r, C.check, text(describeChecks(found), cellBox));
      if (line.kind === 'line') lineRows.push({ summaryRow: r, line, table });
      r++;
    }
    r++;
  }

  // The largest adverse and favourable lines, by the variance their RAG uses.
  const signed = lineRows
    .map((x) => ({ ...x, adverse: adverseAmount(x.line) }))
    .filter((x): x is typeof x & { adverse: number } => x.adverse !== null && x.adverse !== 0);
  const over = signed.filter((x) => x.adverse > 0).sort((a, b) => b.adverse - a.adverse).slice(0, 5);
  const under = signed.filter((x) => x.adverse < 0).sort((a, b) => a.adverse - b.adverse).slice(0, 5);
  for (const [title, list] of [['Largest adverse variances (overspends, income shortfalls)', over], ['Largest favourable variances (underspends, income above plan)', under]] as const) {
    put(r, 0, text(title, BOLD));
    r++;
    ['Line', 'Table', 'Variance', 'Var %', 'RAG'].forEach((h, c) => put(r, c, text(h, HEAD)));
    r++;
    if (list.length === 0) put(r++, 0, text('None', NOTE));
    for (const x of list) {
      const useForecast = x.line.rag?.basis === 'forecast';
      const vCol = useForecast ? C.fVar : C.ytdVar;
      const pCol = useForecast ? C.fPct : C.ytdPct;
      put(r, 0, formula(cell(x.summaryRow, C.label), x.line.label ?? '', cellBox));
      put(r, 1, text(`${x.table.sheet}${x.table.title ? ` — ${x.table.title}` : ''}`, cellBox));
      put(r, 2, formula(cell(x.summaryRow, vCol), (useForecast ? x.line.forecastVariance : x.line.ytdVariance) ?? '', money()));
      put(r, 3, formula(cell(x.summaryRow, pCol), (useForecast ? x.line.forecastVariancePct : x.line.ytdVariancePct) ?? '', pct()));
      put(r, 4, formula(cell(x.summaryRow, C.rag), x.line.rag ? RAG_WORD[x.line.rag.rag] : '', RAG_CELL));
      ragRows.push(r);
      r++;
    }
    r++;
  }

  // Every check on these tables, where it is.
  const tableChecks = input.checks.filter((ck) => input.tables.some((t) => t.sheet === ck.sheet && ck.row >= t.range.top && ck.row <= t.range.bottom));
  put(r, 0, text(`Checks (${tableChecks.length})`, BOLD));
  r++;
  ['Line', 'Cell', 'Check', 'Severity', 'What it found'].forEach((h, c) => put(r, c, text(h, HEAD)));
  r++;
  if (tableChecks.length === 0) put(r++, 0, text('Every reported variance, subtotal and total agrees with its figures.', NOTE));
  for (const ck of tableChecks) {
    put(r, 0, text(ck.where, cellBox));
    put(r, 1, text(`${ck.sheet}!${a1(ck.row, ck.col)}`, cellBox));
    put(r, 2, text(ck.code, cellBox));
    put(r, 3, text(ck.severity, cellBox));
    put(r, 4, text(ck.message));
    r++;
  }

  const last = Math.max(r - 1, 0);
  return {
    role: 'budget-summary',
    name: input.name,
    rows,
    columnWidths: [46, 24, 14, 14, 14, 11, 15, 18, 18, 15, 9, 60, 70],
    merges: [],
    freezeRows,
    rules: ragRules(ragRows),
    print: { area: `A1:${columnLetter(C.check)}${last + 1}`, landscape: true, fitToWidth: true },
    visibility: 'visible',
  };
}

function cell(row: number, col: number): string {
  return a1(row, col);
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

function ragRules(rows: number[]): PlannedRule[] {
  const rules: PlannedRule[] = [];
  for (const { ranges, first } of ruleGroups(C.rag, rows)) {
    const ref = `$${columnLetter(C.rag)}${first + 1}`;
    rules.push(
      { ranges, condition: `${ref}="Red"`, order: rules.length + 1, style: { fill: COLOURS.red, fontColour: '#FFFFFF', bold: true } },
      { ranges, condition: `${ref}="Amber"`, order: rules.length + 2, style: { fill: COLOURS.amber, fontColour: '#000000', bold: true } },
      { ranges, condition: `${ref}="Green"`, order: rules.length + 3, style: { fill: COLOURS.green, fontColour: '#FFFFFF', bold: true } },
    );
  }
  return rules;
}

/** Positive when adverse (overspend, income shortfall), on the variance the line's RAG uses. */
function adverseAmount(line: BudgetRow): number | null {
  const forecast = line.rag?.basis === 'forecast';
  const actual = forecast ? line.forecastOutturn : line.ytdActual;
  const budget = forecast ? line.annualBudget : line.ytdBudget;
  if (actual === null || budget === null) return null;
  return line.income ? budget - actual : actual - budget;
}

function describeChecks(checks: Check[]): string {
  if (checks.length === 0) return '';
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...checks].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const first = sorted[0]!;
  const more = sorted.length > 1 ? ` (+${sorted.length - 1} more)` : '';
  return `${first.code} at ${a1(first.row, first.col)}: ${first.message}${more}`;
}
