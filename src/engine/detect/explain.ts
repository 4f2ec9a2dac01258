/**
 * What detection made of each row that reads as a header, or nearly so: the tables it read,
 * with the role of each column and why, and the rows it refused, with the reason. This is what
 * `rag-board explain` prints and the pane's Tables tab shows, so a user who sees "nothing
 * recognised" knows which words to change or which columns to name in the config.
 */
import { SheetGrid } from '../grid';
import { ColumnReadingExplained, HeaderExplained } from '../model';
import { cellText } from './headerCells';
import { plural } from '../report/wording';
import { isLabelHeader, type BudgetHeader, type HeaderRefusal } from './budgetHeader';
import type { RiskHeader, RiskHeaderRefusal } from './riskHeader';
import type { RawTable } from './findTables';

interface Refusal {
  readonly kind: 'budget' | 'risk';
  readonly headerRows: ReadonlyArray<number>;
  readonly reason: string;
  readonly columns: ReadonlyArray<ColumnReadingExplained>;
}

/** What findTables gathers while it reads a sheet, for explainTables. */
export interface HeaderNotes {
  readonly refusals: Map<number, Refusal[]>;
  /** Headers found with no lines of figures under them. */
  /** Headers read with nothing under them: no line with a name and a figure, no risk. */
  readonly empty: Array<BudgetHeader | RiskHeader>;
  /** Registers and tables found whose figures are of a kind RAG Board does not grade, with why. */
  readonly unsupported: Array<{ readonly header: RiskHeader | BudgetHeader; readonly lastRow: number; readonly reason: string }>;
}

export function newHeaderNotes(): HeaderNotes {
  return { refusals: new Map(), empty: [], unsupported: [] };
}

export function noteBudgetRefusal(notes: HeaderNotes, row: number, refusal: HeaderRefusal): void {
  const columns = refusal.readings.map((r) => ({ col: r.col, header: r.text, role: r.role, why: r.why }));
  add(notes, row, { kind: 'budget', headerRows: refusal.headerRows, reason: refusal.reason, columns });
}

export function noteRiskRefusal(notes: HeaderNotes, row: number, refusal: RiskHeaderRefusal): void {
  const columns = refusal.columns.map((c) => ({ col: c.col, header: c.header, role: c.role, why: 'from its header' }));
  add(notes, row, { kind: 'risk', headerRows: refusal.headerRows, reason: refusal.reason, columns });
}

function add(notes: HeaderNotes, row: number, refusal: Refusal): void {
  notes.refusals.set(row, [...(notes.refusals.get(row) ?? []), refusal]);
}

export function explainTables(sheet: SheetGrid, found: ReadonlyArray<RawTable>, notes: HeaderNotes): HeaderExplained[] {
  const out: HeaderExplained[] = [];
  // Rows a table covers, from its first header row to its last line: their refusals are lines of the table.
  const spans: Array<readonly [number, number]> = [];
  for (const f of found) {
    if (f.kind === 'budget') {
      const { header, rows, lastRow } = f.table;
      const lines = rows.filter((r) => r.kind === 'line').length;
      spans.push([header.headerRows[0]!, lastRow]);
      out.push({
        sheet: sheet.name,
        headerRows: header.headerRows,
        kind: 'budget',
        outcome: 'table',
        reason: `read as a budget table of ${plural(lines, 'line')}, rows ${header.headerRows[0]! + 1} to ${lastRow + 1}`,
        columns: budgetColumns(sheet, header),
      });
    } else if (f.kind === 'cards') {
      const { cards, top, bottom } = f.cards;
      spans.push([top, bottom]);
      const slots = [...new Set(cards.flatMap((c) => Object.keys(c.slots)))];
      out.push({
        sheet: sheet.name,
        headerRows: [top],
        kind: 'risk',
        outcome: 'table',
        reason: `read as ${plural(cards.length, 'risk')} laid out as cards, one to a block with no header row (${cards.map((c) => `${c.ref} at row ${c.row + 1}`).join(', ')}), rows ${top + 1} to ${bottom + 1}, with ${slots.join(', ')} scores from labelled cells`,
        columns: [],
      });
    } else {
      const { header, rows, lastRow } = f.register;
      const paired = rows.some((r) => r.secondRow !== undefined) && header.slots.length === 1;
      spans.push([header.headerRows[0]!, lastRow]);
      out.push({
        sheet: sheet.name,
        headerRows: header.headerRows,
        kind: 'risk',
        outcome: 'table',
        reason: `read as a risk register of ${plural(rows.length, 'risk')}, rows ${header.headerRows[0]! + 1} to ${lastRow + 1}, ${
          rows.some((r) => r.secondRow !== undefined) && header.slots.length === 1
            ? 'two rows to a risk: inherent scores on its row, residual scores on the row below'
            : `with ${header.slots.join(', ')} ${header.columns.some((c) => /(Score|Likelihood|Consequence)$/.test(c.role)) || header.scoreAreas || header.consequenceAreas || header.markedScales ? 'scores' : header.threeLevelColumns?.length ? 'ratings in words (High, Medium, Low)' : 'grades only'}`
        }`,
        // Two rows to a risk: the columns hold the inherent scores on a risk's own row.
        columns: riskColumns(sheet, header).map((c) => (paired ? { ...c, role: c.role?.replace(new RegExp(`^${header.slots[0]}(?=Likelihood|Consequence|Score|Grade)`), 'inherent') ?? null } : c)),
      });
    }
  }
  // A register laid out as one, whose figures no correction would make gradable: its rows are its own.
  for (const u of notes.unsupported) {
    spans.push([u.header.headerRows[0]!, u.lastRow]);
    out.push(u.header.kind === 'budget'
      ? { sheet: sheet.name, headerRows: u.header.headerRows, kind: 'budget', outcome: 'refused', reason: u.reason, columns: budgetColumns(sheet, u.header), unsupported: true }
      : { sheet: sheet.name, headerRows: u.header.headerRows, kind: 'risk', outcome: 'refused', reason: u.reason, columns: riskColumns(sheet, u.header), unsupported: true });
  }
  // A header with nothing under it is said once, and not where a deeper reading of the same rows was read.
  const coveredHeader = (rows: ReadonlyArray<number>) => rows.some((r) => spans.some(([top, bottom]) => r >= top && r <= bottom));
  for (const header of notes.empty) {
    if (coveredHeader(header.headerRows)) continue;
    spans.push([header.headerRows[0]!, header.headerRows[header.headerRows.length - 1]!]);
    out.push(header.kind === 'budget'
      ? {
        sheet: sheet.name,
        headerRows: header.headerRows,
        kind: 'budget',
        outcome: 'no-lines',
        reason: 'it reads as a budget header, but no line with a name and a figure follows it before the next table or the end of the sheet',
        columns: budgetColumns(sheet, header),
      }
      : {
        sheet: sheet.name,
        headerRows: header.headerRows,
        kind: 'risk',
        outcome: 'no-lines',
        reason: 'it reads as a register\'s header, but no risk follows it before the next table or the end of the sheet (a matrix or a key, not a register?)',
        columns: riskColumns(sheet, header),
      });
  }
  const covered = (row: number) => spans.some(([top, bottom]) => row >= top && row <= bottom);
  for (const [row, refusals] of notes.refusals) {
    if (covered(row)) continue;
    // A row refused both as a budget header and as a register's: the reading that named more.
    const named = (r: Refusal) => r.columns.filter((c) => c.role).length;
    const r = refusals.reduce((a, b) => (named(b) > named(a) ? b : a));
    out.push({ sheet: sheet.name, headerRows: r.headerRows, kind: r.kind, outcome: 'refused', reason: r.reason, columns: withUnreadColumns(sheet, r) });
  }
  return out.sort((a, b) => a.headerRows[a.headerRows.length - 1]! - b.headerRows[b.headerRows.length - 1]!);
}

/**
 * A refused row's columns: those read, and every other column with header words, so that a
 * user can name the line names or the figures RAG Board did not read.
 */
function withUnreadColumns(sheet: SheetGrid, r: Refusal): ColumnReadingExplained[] {
  const out = [...r.columns];
  const last = r.headerRows[r.headerRows.length - 1]!;
  const width = Math.max(...[...r.headerRows, last + 1].map((row) => sheet.values[row]?.length ?? 0));
  let labelNamed = out.some((c) => c.role === 'label' || c.role === 'title' || c.role === 'description');
  for (let col = 0; col < width; col++) {
    if (out.some((c) => c.col === col)) continue;
    const header = r.headerRows.map((row) => cellText(sheet, row, col)).filter(Boolean).join(' ');
    // A column with no header words still counts where it holds something (a register's references under a blank).
    if (!header && !holdsSomethingBelow(sheet, r.headerRows[r.headerRows.length - 1]!, col)) continue;
    if (r.kind === 'budget' && !labelNamed && isLabelHeader(header)) {
      labelNamed = true;
      out.push({ col, header, role: 'label', why: 'its header names the lines' });
    } else {
      const why = !header ? 'no header words' : r.kind === 'budget' ? 'no budget, actual, forecast or variance word' : 'not a column a register is read by';
      out.push({ col, header, role: null, why });
    }
  }
  return out.sort((a, b) => a.col - b.col);
}

function holdsSomethingBelow(sheet: SheetGrid, headerRow: number, col: number): boolean {
  for (let row = headerRow + 1; row <= headerRow + 5 && row < sheet.values.length; row++) {
    const v = sheet.values[row]?.[col];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return true;
  }
  return false;
}

/**
 * The role to start from when a user names a refused row's columns: a register's column read
 * only as a measure ("likelihood") is taken as the current one, the slot most registers have.
 */
export function suggestedRole(kind: HeaderExplained['kind'], role: string | null): string | null {
  if (role === null) return null;
  return kind === 'risk' && /^(likelihood|consequence|score|grade)$/.test(role) ? `current${role[0]!.toUpperCase()}${role.slice(1)}` : role;
}

/** Each column of a budget header as read: the names, the codes, the figures and those left out. */
function budgetColumns(sheet: SheetGrid, header: BudgetHeader): ColumnReadingExplained[] {
  const textOf = (col: number) => header.headerRows.map((r) => cellText(sheet, r, col)).filter(Boolean).join(' ');
  const assigned = new Map(header.columns.map((c) => [c.col, c]));
  const out: ColumnReadingExplained[] = [];
  const label = `the names of the lines${header.codesInLabels ? ', each with its code in front, which is kept apart' : ''}`;
  out.push({ col: header.labelCol, header: textOf(header.labelCol), role: 'label', why: label });
  if (header.codeCol !== null) out.push({ col: header.codeCol, header: textOf(header.codeCol), role: 'code', why: 'the codes before the line names' });
  for (const reading of header.readings) {
    if (reading.col === header.labelCol || reading.col === header.codeCol) continue;
    const now = assigned.get(reading.col);
    const role = now?.role ?? null;
    let why = reading.col === header.descriptionCol ? 'what each line covers, described beside its short name; a sum\'s name where the names column is blank' : reading.why;
    if (role !== reading.role) why = role === null ? `left out by your correction (RAG Board read ${reading.role ?? 'nothing'})` : `named by your correction (RAG Board read ${reading.role ?? 'nothing'})`;
    out.push({ col: reading.col, header: reading.text, role, why });
  }
  for (const c of header.columns) {
    if (out.some((o) => o.col === c.col)) continue;
    out.push({ col: c.col, header: c.header, role: c.role, why: 'named by your correction' });
  }
  return out.sort((a, b) => a.col - b.col);
}

function riskColumns(sheet: SheetGrid, header: RiskHeader): ColumnReadingExplained[] {
  const headerText = (col: number) => header.headerRows.map((r) => cellText(sheet, r, col)).filter(Boolean).join(' ');
  const areas = header.consequenceAreas;
  return [
    ...header.columns.map((c) => ({ col: c.col, header: c.header || headerText(c.col), role: c.role, why: header.why?.get(c.col) ?? 'named by your correction' })),
    ...(areas?.cols ?? []).map((col) => ({ col, header: headerText(col), role: `${areas!.slot}Consequence`, why: header.why?.get(col) ?? 'impact scored per area' })),
    ...(header.scoreAreas?.cols ?? []).map((col) => ({ col, header: headerText(col), role: `${header.scoreAreas!.slot}Score`, why: header.why?.get(col) ?? 'scored per area' })),
    // Ratings in three levels' words, read only on a 3x3 matrix (as its why says).
    ...(header.threeLevelColumns ?? []).map((c) => ({ col: c.col, header: c.header, role: c.role, why: header.why?.get(c.col) ?? 'in the words of three levels' })),
    // A rating marked with an X: the scale's other levels, read with its first.
    ...(header.markedScales ?? []).flatMap((m) => m.cols.slice(1).map((col) => ({ col, header: headerText(col), role: header.columns.find((c) => c.col === m.col)?.role ?? 'marked scale', why: header.why?.get(col) ?? 'a level of a scale marked with an X' }))),
  ].sort((a, b) => a.col - b.col);
}
