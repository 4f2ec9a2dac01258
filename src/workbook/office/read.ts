/**
 * The workbook open in Excel, read into the engine's grids in a fixed number of syncs:
 *
 *   1. the sheets (name, visibility) and the date system (1900 or 1904);
 *   2. for every sheet at once: the used range's size and hidden state, and the mark an
 *      earlier run left on it (a sheet-scoped name);
 *   3. the cells of every sheet at once: values, value types (to tell #REF! from the text
 *      "#REF!") and number formats, with hidden rows (row by row, where some are), hidden
 *      columns and merged areas.
 *
 * Step 3 is one sync while the response fits Excel on the web's 5 MB limit; beyond that it
 * takes as many as the data needs — the cost of a cell estimated first, then learnt from
 * the responses; a load Excel still finds too large is halved — never one per sheet or row.
 *
 * Formulas are not read: they would double the response, and the engine uses them only to
 * say "calculated" rather than "typed" in one message. The cells of RAG Board's own summary
 * sheets are not read either (the engine never analyses them; they come with no values);
 * those of its snapshot sheet are.
 */
import { RagBoardError } from '../../engine/errors';
import type { CellRange, CellValue, SheetGrid, WorkbookGrids } from '../../engine/grid';
import { GENERATED_SHEET_MARK } from '../../engine/plan/types';
import { parseAreasAddress, rangeAddress } from './addresses';
import { isOfficeError } from './errors';
import { markOf } from './marks';
import { provenOwn } from './proof';
import { payloadBytes, type Session } from './sync';

/** The role of the generated sheet whose cells the engine reads back (the risks at the last run). */
const SNAPSHOT_ROLE = 'snapshot';

/** Hidden columns are looked up one column at a time, so only for used ranges up to this wide. */
export const MAX_COLUMNS_PROBED_FOR_HIDDEN = 1024;

type Visibility = SheetGrid['visibility'];

interface SheetData {
  readonly ws: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly name: string;
  readonly visibility: Visibility;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
  readonly values: Array<CellValue[] | undefined>;
  readonly numberFormats: Array<Array<string | undefined> | undefined>;
  readonly hiddenRows: Set<number>;
  readonly hiddenColumns: Set<number>;
  readonly merges: CellRange[];
}

type Piece =
  | { readonly kind: 'cells'; readonly sheet: SheetData; readonly top: number; readonly rows: number; readonly bytes: number }
  | { readonly kind: 'hidden-columns' | 'merges'; readonly sheet: SheetData; readonly bytes: number };

/**
 * What asking one row whether it is hidden adds to a request and its response, as we estimate
 * it: the row's object path (getRow) and a load of rowHidden, and its answer.
 */
export const BYTES_PER_ROW_PROBE = 250;

export async function readWorkbook(session: Session): Promise<WorkbookGrids> {
  const { context, deps } = session;
  const requirements = deps.requirements;
  requirements.need('read', 'read');

  // 1. The sheets.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  // (Its name, a CSV's file name, says what a sheet Excel named after the file and cut is;
  // Workbook.name is ExcelApi 1.7, reading only 1.4: asked where Excel has it.)
  const named = requirements.has('workbookName');
  if (named) context.workbook.load('name');
  // The date system, from what DATE(1904,1,1) gives: 0 counting from 1904, 1462 from 1900.
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  await session.sync('listing the sheets');
  session.report(0.05, 'Reading sheets');
  const date1904 = epoch.value === 0;

  // 2. Every sheet's used range and mark, in one request.
  const probes = worksheets.items.map((ws) => {
    const probe = {
      ws,
      name: ws.name,
      visibility: visibilityOf(ws.visibility),
      used: ws.getUsedRangeOrNullObject(true),
      mark: ws.names.getItemOrNullObject(GENERATED_SHEET_MARK),
    };
    probe.used.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
    probe.mark.load('type,value');
    return probe;
  });
  await session.sync('measuring the sheets');
  session.report(0.1, 'Reading sheets');

  // Which marked sheets are ours: only those whose content bears out their mark (proof.ts).
  const marks = probes.map((p) => ({ p, mark: p.mark.isNullObject ? undefined : markOf(p.mark.type, p.mark.value, p.name) }));
  const proven = await provenOwn(
    session,
    marks.flatMap(({ p, mark }) => (mark ? [{ ws: p.ws, name: p.name, mark }] : [])),
    'checking which sheets RAG Board wrote',
  );

  const generatedSheets = new Map<string, string>();
  const keptCopies = new Set<string>();
  // Marked sheets whose content does not bear out the mark: the user's, read as theirs.
  const unprovenMarks = new Set<string>();
  const sheets: SheetData[] = [];
  for (const { p, mark } of marks) {
    // A copy of one of our sheets the user keeps is theirs, but holds our tables: not read either.
    if (mark?.kept) keptCopies.add(p.name);
    const role = mark && !mark.kept && proven.has(p.name) ? mark.role : undefined;
    if (mark && !mark.kept && role === undefined) unprovenMarks.add(p.name);
    if (role !== undefined) generatedSheets.set(p.name, role);
    // Our own summaries are replaced on every run and never analysed, nor are copies of them:
    // their cells are not loaded (a summary of 100,000 lines would double the read). The snapshot is.
    const empty = p.used.isNullObject || (role !== undefined && role !== SNAPSHOT_ROLE) || mark?.kept === true;
    const rows = empty ? 0 : p.used.rowCount;
    const cols = empty ? 0 : p.used.columnCount;
    if (rows * cols > deps.maxCellsPerSheet) throw tooManyCells(p.name, p.used.rowIndex, p.used.columnIndex, rows, cols, deps.maxCellsPerSheet);
    sheets.push({
      ws: p.ws,
      used: p.used,
      name: p.name,
      visibility: p.visibility,
      top: empty ? 0 : p.used.rowIndex,
      left: empty ? 0 : p.used.columnIndex,
      rows,
      cols,
      rowHidden: empty ? false : p.used.rowHidden,
      columnHidden: empty ? false : p.used.columnHidden,
      values: [],
      numberFormats: [],
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      merges: [],
    });
  }

  // 3. The cells, in as few requests as the size of the data allows.
  await readCells(session, sheets);
  session.report(1, 'Read');

  return { sheets: sheets.map(toGrid), date1904, ...(named ? { name: context.workbook.name } : {}), generatedSheets, keptCopies, unprovenMarks };
}

function visibilityOf(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden'): Visibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

function tooManyCells(sheet: string, top: number, left: number, rows: number, cols: number, max: number): RagBoardError {
  const range = rangeAddress({ top, left, bottom: top + rows - 1, right: left + cols - 1 });
  return new RagBoardError(
    'unreadable-input',
    `The sheet "${sheet}" uses ${(rows * cols).toLocaleString('en-GB')} cells (${range}), more than the ${max.toLocaleString('en-GB')} RAG Board reads from one sheet in Excel`,
    {
      where: { sheet },
      hint: 'Delete the unused rows and columns beyond the table (Excel counts a cell as used once it held a value), or move the table to a sheet of its own; or run the rag-board command line on the .xlsx file.',
    },
  );
}

/**
 * Every sheet's cells, grouped into requests by their estimated response: a cell is first
 * reckoned at bytesPerCellRead, then at what the cells already read actually cost.
 */
async function readCells(session: Session, sheets: ReadonlyArray<SheetData>): Promise<void> {
  const budget = session.deps.payloadBudget;
  let perCell = session.deps.bytesPerCellRead;
  const queue = sheets.filter((s) => s.rows > 0 && s.cols > 0).map((sheet) => ({ sheet, next: 0, extras: false }));
  const totalCells = queue.reduce((n, q) => n + q.sheet.rows * q.sheet.cols, 0);
  let doneCells = 0;
  let i = 0;
  while (i < queue.length) {
    const group: Piece[] = [];
    let bytes = 0;
    while (i < queue.length) {
      const q = queue[i]!;
      if (!q.extras) {
        for (const extra of extrasOf(q.sheet, session)) {
          group.push(extra);
          bytes += extra.bytes;
        }
        q.extras = true;
      }
      // A sheet with some rows hidden asks each row whether it is (see queuePiece).
      const rowBytes = q.sheet.cols * perCell + (q.sheet.rowHidden === null ? BYTES_PER_ROW_PROBE : 0);
      const fit = Math.floor((budget - bytes) / rowBytes);
      if (fit < 1 && group.some((p) => p.kind === 'cells')) break;
      const rows = Math.min(Math.max(1, fit), q.sheet.rows - q.next);
      group.push({ kind: 'cells', sheet: q.sheet, top: q.next, rows, bytes: rows * rowBytes });
      bytes += rows * rowBytes;
      q.next += rows;
      if (q.next < q.sheet.rows) break;
      i++;
    }
    const seen = await loadGroup(session, group);
    if (seen.cells > 0) perCell = Math.max(session.deps.bytesPerCellRead, Math.ceil(seen.bytes / seen.cells));
    doneCells += seen.cells;
    session.report(0.1 + 0.9 * (totalCells ? doneCells / totalCells : 1), 'Reading cells');
  }
}

/** The small loads besides the cells: hidden columns, merged areas. */
function extrasOf(sheet: SheetData, session: Session): Piece[] {
  const out: Piece[] = [];
  if (sheet.columnHidden === null && sheet.cols <= MAX_COLUMNS_PROBED_FOR_HIDDEN) out.push({ kind: 'hidden-columns', sheet, bytes: sheet.cols * 40 });
  if (session.deps.requirements.has('mergedAreas')) out.push({ kind: 'merges', sheet, bytes: 2000 });
  return out;
}

interface Seen {
  cells: number;
  bytes: number;
}

/**
 * Loads a group of pieces in one sync. Should Excel still find the response too large (long
 * texts make a cell dearer than estimated), the group is halved and each half loaded.
 */
async function loadGroup(session: Session, group: ReadonlyArray<Piece>): Promise<Seen> {
  const consumers = group.map(queuePiece);
  try {
    await session.sync('reading cells');
  } catch (e) {
    if (!isOfficeError(e) || e.code !== 'ResponsePayloadSizeLimitExceeded') throw e;
    const halves = split(group);
    if (!halves) throw e;
    const seen: Seen = { cells: 0, bytes: 0 };
    for (const half of halves) {
      const s = await loadGroup(session, half);
      seen.cells += s.cells;
      seen.bytes += s.bytes;
    }
    return seen;
  }
  const seen: Seen = { cells: 0, bytes: 0 };
  for (const consume of consumers) consume(seen);
  return seen;
}

function split(group: ReadonlyArray<Piece>): [Piece[], Piece[]] | undefined {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const only = group[0];
  if (!only || only.kind !== 'cells' || only.rows < 2) return undefined;
  const first = Math.ceil(only.rows / 2);
  const bytes = only.bytes / only.rows;
  return [
    [{ ...only, rows: first, bytes: bytes * first }],
    [{ ...only, top: only.top + first, rows: only.rows - first, bytes: bytes * (only.rows - first) }],
  ];
}

/** Queues a piece's loads; returns what to do with them once synced. */
function queuePiece(piece: Piece): (seen: Seen) => void {
  const sheet = piece.sheet;
  switch (piece.kind) {
    case 'cells': {
      const area = { top: sheet.top + piece.top, left: sheet.left, bottom: sheet.top + piece.top + piece.rows - 1, right: sheet.left + sheet.cols - 1 };
      const cells = { range: sheet.ws.getRange(rangeAddress(area)) };
      cells.range.load('values,valueTypes,numberFormat');
      // Where the used range has some rows hidden (rowHidden null), each row of the piece is
      // asked, in the same request: Range.rowHidden is true when every row of a range is hidden
      // (Excel.Range.rowHidden, API reference), so for one row it says exactly whether that row
      // is. Not Range.getVisibleView(): it leaves out hidden columns too, so with the first
      // column hidden it would report every row hidden, and its response cannot be cut in parts.
      const probes: Excel.Range[] = [];
      if (sheet.rowHidden === null) {
        for (let i = 0; i < piece.rows; i++) probes.push(sheet.used.getRow(piece.top + i).load('rowHidden'));
      }
      return (seen) => {
        const { values, valueTypes, numberFormat } = cells.range;
        probes.forEach((row, i) => {
          if (row.rowHidden === true) sheet.hiddenRows.add(area.top + i);
        });
        fillCells(sheet, area.top, values, valueTypes, numberFormat);
        seen.cells += piece.rows * sheet.cols;
        seen.bytes += payloadBytes([values, valueTypes, numberFormat]);
      };
    }
    case 'hidden-columns': {
      const columns: Excel.Range[] = [];
      for (let c = 0; c < sheet.cols; c++) columns.push(sheet.used.getColumn(c));
      for (const column of columns) column.load('columnHidden');
      return () =>
        columns.forEach((column, c) => {
          if (column.columnHidden === true) sheet.hiddenColumns.add(sheet.left + c);
        });
    }
    case 'merges': {
      const areas = { merged: sheet.used.getMergedAreasOrNullObject() };
      areas.merged.load('address');
      return () => {
        if (!areas.merged.isNullObject) sheet.merges.push(...parseAreasAddress(areas.merged.address));
      };
    }
  }
}

function fillCells(sheet: SheetData, top: number, values: unknown[][], types: string[][], formats: unknown[][]): void {
  const width = sheet.left + sheet.cols;
  for (let r = 0; r < values.length; r++) {
    const vRow = values[r] ?? [];
    const tRow = types[r] ?? [];
    const fRow = formats[r] ?? [];
    let row: CellValue[] | undefined;
    let fmts: Array<string | undefined> | undefined;
    for (let c = 0; c < sheet.cols; c++) {
      const v = toCellValue(vRow[c], tRow[c]);
      if (v !== null) {
        row ??= new Array<CellValue>(width).fill(null);
        row[sheet.left + c] = v;
      }
      const f = fRow[c];
      if (typeof f === 'string' && f !== '' && f !== 'General') {
        fmts ??= new Array<string | undefined>(width);
        fmts[sheet.left + c] = f;
      }
    }
    if (row) sheet.values[top + r] = row;
    if (fmts) sheet.numberFormats[top + r] = fmts;
  }
  if (sheet.rowHidden === true) for (let r = 0; r < values.length; r++) sheet.hiddenRows.add(top + r);
  if (sheet.columnHidden === true) for (let c = 0; c < sheet.cols; c++) sheet.hiddenColumns.add(sheet.left + c);
}

/** A cell as the engine sees it: errors apart from text, empty as null. */
export function toCellValue(raw: unknown, type: string | undefined): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(raw) };
    case 'Boolean':
      return typeof raw === 'boolean' ? raw : String(raw).toUpperCase() === 'TRUE';
    case 'Double':
    case 'Integer':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'String':
      return typeof raw === 'string' ? raw : String(raw);
    default:
      if (raw === '' || raw === null || raw === undefined) return null;
      if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
      return String(raw);
  }
}

function toGrid(s: SheetData): SheetGrid {
  if (s.rows > 0) s.values.length = Math.max(s.values.length, s.top + s.rows);
  const grid: {
    -readonly [K in keyof SheetGrid]: SheetGrid[K];
  } = { name: s.name, visibility: s.visibility, values: s.values };
  if (s.numberFormats.length > 0) grid.numberFormats = s.numberFormats;
  if (s.hiddenRows.size > 0) grid.hiddenRows = s.hiddenRows;
  if (s.hiddenColumns.size > 0) grid.hiddenColumns = s.hiddenColumns;
  if (s.merges.length > 0) grid.merges = s.merges;
  return grid;
}
