/**
 * Reading a budget table below its header: where it ends, and what each row is
 * (a line, a section heading, a subtotal of its section, a total). Subtotal rows in real
 * packs are often unlabelled, so a row's kind comes from its place and its arithmetic,
 * not only from its label.
 */
import { CellValue, SheetGrid, cellValue, isErrorValue } from '../grid';
import { AMOUNT_ROLES, AmountRole, BudgetRowKind, Check } from '../model';
import { ParsedAmount, parseAmount } from '../cells/amount';
import { BudgetHeader, measureIn, splitLeadingCode, splitLeadingCodeOrMark } from './budgetHeader';
import { yearIn } from './budgetYears';
import { flowNamed } from './roles';
import { cellText, isBlankRow, isPercentFormatted, isRuledLine, isYearNumber } from './headerCells';
import { BOTH_SIDES, SPENDING_TOTAL_LABEL, TAKEN_AWAY_SIDE, STARRED_SUM, PAGE_FOOTER, OTHER_STATEMENT_TITLE, BALANCE_ROW_LABEL, OUTLINE_MARK, OUTLINE_ITEM_CODE, VOTE_CODE, BLOCK_NAME_LABEL, BRACKETED_CODE, INCOME_WORDS, SUBTOTAL_LABEL, TOTAL_LABEL, YEAR_RESULT_LABEL, CODE_VALUE, MEASURE_ROW_LABEL, MEMO_ROW_LABEL, NET_RESULT_LABEL, INDICATORS_HEADING, ANOTHER_YEARS_TITLE, BOTTOM_LINE_NAME, INTRODUCES_WHAT_FOLLOWS, SOURCES_HEADING, ACROSS_FLOWS_RESULT, CARRIED_FORWARD, SUM_CAPTION_LABEL, MONEY_FLOW_ONLY, FLOW_SUM_NAME, BULLET, TREE_BRANCH, LEADER_DOTS, FOOTNOTE_MARK, UNIT_ALONE, BARE_SUM_NAME, BROKEN_NAME, LETTERED_ITEM, OUTLINE_LEVEL_HEADING, SIGN_MARK } from './vocabulary';
import { halfStepOf, sumTolerance, precisionOf } from '../budget/precision';

export interface RawBudgetRow {
  readonly row: number;
  readonly label: string | null;
  /** The cost centre, nominal code or line letter printed before the name, where there is one. */
  readonly code: string | null;
  /** Figures whose cell held an error value or a word: sums over them cannot be checked. */
  readonly unreadable?: ReadonlyArray<AmountRole>;
  section: string | null;
  kind: BudgetRowKind;
  readonly values: Partial<Record<AmountRole, number | null>>;
  /** For figures given in thousands or millions ("£85.2m"), the amount each one's last digit stands for. */
  readonly steps?: Partial<Record<AmountRole, number>>;
  sumOf?: number[];
  /**
   * Of `sumOf`, the rows taken away: a total that is the income less the costs, each printed as
   * a positive figure ("Revenue", then "Labour Costs" … "Other Providers", then "Total").
   */
  lessRows?: number[];
  /** The block a section column names for the row ("Receipts"), where the table has one. */
  block?: string;
  /** Named a level up, in a column left of the lines' names ("Public Safety and Protection" over its departments). */
  levelUp?: boolean;
  /** Its level, where a column names each row's ("Chapitre | Département | Section | Article"): 0 the highest, by the order the words first appear. */
  level?: number;
  /** Named a sum and nothing more within its block ("Portland Water Bureau | total"): the sum of the block's lines after it. */
  sumsItsBlock?: boolean;
  /** Variances part of whose change stands in another column on this row ("Slippage" beside "Underspend/Overspend"): not checkable alone. */
  partlyElsewhere?: AmountRole[];
  /** Made a sum by the word "TOTAL" printed apart, left of its name in the codes' place ("TOTAL | Governing Body Divisio"). */
  sumWordBeside?: boolean;
  /** A sum printed as a deduction, its every figure minus what its lines add up to ("Total Payments | -7,091" under payments of 7,091). */
  printedNegative?: boolean;
}

export interface RawBudgetTable {
  readonly header: BudgetHeader;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lastCol: number;
  readonly rows: RawBudgetRow[];
  readonly cellChecks: Check[];
}


/** A sentence of commentary under a table ends it; a section heading is short. */
function isRowOfYears(sheet: SheetGrid, row: number): boolean {
  const filled = (sheet.values[row] ?? []).filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
  return filled.length >= 2 && filled.every((v) => isYearNumber(v));
}

/**
 * The words of a row outside the names column, where it has no others: a heading left of the
 * names (not its codes or row numbers), or one in capitals in a column of context figures
 * ("PUBLIC WORKS" typed over last year's actuals). Figures in columns not read (last year's, a
 * request) do not stop a heading a level up being one: it has none this year.
 */
function headingOutsideLabels(sheet: SheetGrid, row: number, header: BudgetHeader): string | null {
  let heading: string | null = null;
  const values = sheet.values[row] ?? [];
  for (let c = 0; c < values.length; c++) {
    if (c === header.codeCol || c === header.rowNumberCol) continue;
    const t = cellText(sheet, row, c);
    if (!t && typeof values[c] !== 'number') continue;
    if (c > header.labelCol && (parseAmount(values[c]).kind === 'number' || /^[-(]?\s*[\d.,]+\s*%\)?$/.test(t))) continue;
    const heads = c < header.labelCol || (c > header.labelCol && t === t.toUpperCase());
    if (!heads || heading !== null || !/[a-z]{3,}/i.test(t) || t.length > 60) return null;
    heading = t;
  }
  return heading;
}

/**
 * A category's name a level up the outline, left of the names column ("5400 | Supplies" with
 * the lines' names one column right): the last words before the names column, not a section
 * column's block.
 */
function nameLeftOfLabels(sheet: SheetGrid, row: number, header: BudgetHeader): string | null {
  for (let c = header.labelCol - 1; c >= 0; c--) {
    if (c === header.codeCol || c === header.rowNumberCol || c === header.sectionCol) continue;
    const t = cellText(sheet, row, c);
    if (t) return /[a-z]{3,}/i.test(t) && t.length <= 60 ? t : null;
  }
  return null;
}

/** The columns left of the names column (not its codes) that name something on the row. */
function namedLeftOfLabels(sheet: SheetGrid, row: number, header: BudgetHeader): number[] {
  const cols: number[] = [];
  for (let c = 0; c < header.labelCol; c++) {
    if (c === header.codeCol) continue;
    if (/[a-z]{3,}/i.test(cellText(sheet, row, c))) cols.push(c);
  }
  return cols;
}

function isOtherTablesHeader(sheet: SheetGrid, row: number, amountCols: ReadonlyArray<{ col: number }>): boolean {
  const words = amountCols.map(({ col }) => cellText(sheet, row, col)).filter((t) => /[a-z]{4,}/i.test(t) && !NOT_A_FIGURE_WORD.test(t));
  return words.length >= 2 && words.every((t) => measureIn(t) === null);
}

/**
 * A figure written with more signs than one number takes: "(-3,012,163)", "(1,234-)"; or with
 * its thousands marked by both a point and a comma, "$2.159,741", a slip in typing one; or with
 * a decimal comma among figures written with a decimal point, "106,411,08", "50.158,26", "15,16"
 * (its pence or cents after the comma: which figure was meant is not for the reader to guess);
 * or with a stray sign among its digits, as a scan's text misreads one, "1+97", "1@39,669".
 */
const MALFORMED_FIGURE = /^\(\s*[-−–]\s*[£$€]?[\d,.]+\s*\)$|^\(\s*[£$€]?[\d,.]+\s*[-−–]\s*\)$|^[-−–]?[£$€]?\d{1,3}(?=[\d,]*\.)(?=[\d.]*,)(?:[.,]\d{3})+$|^[-−–]?[£$€]?\d{1,3}(?:[.,]\d{3})*,\d{2}$|^[£$€]?\d[\d,.]*[+@#*!?;:&][\d,.]*\d$/;

/**
 * A figure not known or only guessed where the line's figure goes: "???", "~45,000", "TBD" (to
 * be decided). The line is a line whose figure cannot be read, not a heading.
 */
const UNKNOWN_FIGURE = /^(\?+|~\s*[£$€]?\d[\d,.]*|tbd|tbc|tba)$/i;

/** Words a figure cell may hold in place of a figure: not a header's words. */
const NOT_A_FIGURE_WORD = /^(n\/?a|nil|none|tbc|tba|tbd|n\/k|not known|not applicable|nothing|zero|see note.*)$/i;

/** A unit alone ("£", "£000") or nothing. */
function isUnitsText(text: string): boolean {
  return text === '' || UNIT_ALONE.test(text.toLowerCase());
}

function isProse(text: string): boolean {
  return text.length > 90 || (text.split(/\s+/).length > 8 && /[.:]$/.test(text));
}

export type HeaderProbe = (row: number) => boolean;

function nextFilledRow(sheet: SheetGrid, from: number): number | null {
  for (let r = from; r < sheet.values.length; r++) if (!isBlankRow(sheet, r)) return r;
  return null;
}

/**
 * A long heading over the next block of the table, a statement's "OTHER COMPREHENSIVE INCOME
 * Items not subject to subsequent reclassification to net cost of services": no sentence (no
 * stop at its end, its first word in capitals), with a line of figures in the table's columns
 * straight under it, in the lines of a table already begun. Not a sentence of commentary.
 */
function isLongHeading(sheet: SheetGrid, row: number, header: BudgetHeader, amountCols: ReadonlyArray<{ col: number }>, label: string): boolean {
  const text = label.trim();
  if (/[.:;!?,)\]]$/.test(text) || !/^[A-Z]{2,}\b/.test(text)) return false;
  const next = row + 1;
  if (!labelOf(sheet, next, header).label) return false;
  const figures = amountCols.map(({ col }) => parseAmount(cellValue(sheet, next, col)));
  return figures.every((p) => p.kind === 'number' || p.kind === 'blank') && figures.some((p) => p.kind === 'number');
}

/** A name alone (not prose) with at least two lines of figures in the table's columns under it. */
function headsBlockOfLines(sheet: SheetGrid, row: number, header: BudgetHeader, amountCols: ReadonlyArray<{ col: number }>): boolean {
  const { label } = labelOf(sheet, row, header);
  if (!label || isProse(label) || amountCols.some(({ col }) => parseAmount(cellValue(sheet, row, col)).kind !== 'blank')) return false;
  let lines = 0;
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 6); r++) {
    const figures = amountCols.map(({ col }) => parseAmount(cellValue(sheet, r, col)));
    if (figures.some((p) => p.kind === 'text')) return false;
    if (labelOf(sheet, r, header).label && figures.some((p) => p.kind === 'number')) lines++;
  }
  return lines >= 2;
}

/**
 * A paragraph under a list's title, before its first line ("Grants are funded mainly by the
 * annual book sale; the expense budget is $68,000."): the list's names, each with a figure in
 * its column, follow within a blank row or two, so it introduces them. Only under a header that
 * names no column (a title over names and one column of figures).
 */
function introducesAListBelow(sheet: SheetGrid, row: number, header: BudgetHeader, amountCols: ReadonlyArray<{ col: number }>): boolean {
  if (!isListUnderTitle(header, amountCols)) return false;
  let lines = 0;
  let blanks = 0;
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 8); r++) {
    if (isBlankRow(sheet, r)) {
      if (lines > 0 || ++blanks > 2) break;
      continue;
    }
    const { label } = labelOf(sheet, r, header);
    if (!label || isProse(label) || parseAmount(cellValue(sheet, r, amountCols[0]!.col)).kind !== 'number') break;
    lines++;
  }
  return lines >= 2;
}

/** A header naming no column: a title over names and one column of figures. */
function isListUnderTitle(header: BudgetHeader, amountCols: ReadonlyArray<{ col: number }>): boolean {
  return header.listUnderTitle === true && amountCols.length === 1;
}

/** Words, no figure, in two cells or more from `col` rightwards: "Gross | Vat | Net". */
function headsColumnsFrom(sheet: SheetGrid, row: number, col: number): boolean {
  let words = 0;
  const values = sheet.values[row] ?? [];
  for (let c = col; c < values.length; c++) {
    const t = cellText(sheet, row, c);
    if (!t) continue;
    if (parseAmount(values[c]).kind === 'number' || !/[a-z]{3,}/i.test(t) || NOT_A_FIGURE_WORD.test(t)) return false;
    words++;
  }
  return words >= 2;
}

/**
 * A total below a sentence between a list's groups whose figure is the sum of every line above
 * it, on both sides of the sentence (sums and other sentences left out): the sentence is inside
 * the list.
 */
function totalAcrossTheSentence(sheet: SheetGrid, sentence: number, header: BudgetHeader, col: number, firstRow: number): boolean {
  let sum = 0;
  let after = 0;
  for (let r = firstRow; r < Math.min(sheet.values.length, sentence + 40); r++) {
    const { label } = labelOf(sheet, r, header);
    if (!label || isProse(label)) continue;
    const p = parseAmount(cellValue(sheet, r, col));
    if (p.kind !== 'number') continue;
    const name = label.trim();
    if (TOTAL_LABEL.test(name) && !SUBTOTAL_LABEL.test(name)) {
      if (r > sentence && after >= 2 && Math.abs(p.value - sum) < 0.005) return true;
      continue;
    }
    if (SUBTOTAL_LABEL.test(name)) continue;
    sum += p.value;
    if (r > sentence) after++;
  }
  return false;
}

/**
 * Reads the lines under a header to the table's end: the next table's header, or two blank
 * rows and more. `repeatsHeader` gives the rows of a header that repeats this one (the same
 * roles in the same columns, before the next block of lines), which are read through;
 * `nextPage`, after a footnote, the last row of the header printed again on the next page under
 * the table's heading, from which the lines go on.
 */
export function readBudgetTable(sheet: SheetGrid, header: BudgetHeader, isHeaderRow: HeaderProbe, repeatsHeader: (row: number) => number[] | null = () => null, nextPage: (row: number) => number | null = () => null): RawBudgetTable {
  // (What remains of the budget is worked out from the figures: it is checked, below, but has
  // no say in where the table ends or which rows are lines.)
  const amountCols = header.columns.filter((c) => c.role !== 'remaining' && (AMOUNT_ROLES as readonly string[]).includes(c.role)) as { role: AmountRole; col: number; adds?: ReadonlyArray<number> }[];
  // The other parts of a variance split over columns, each with the role of the part read.
  const varianceParts = header.readings.filter((x) => x.partOf !== undefined && (AMOUNT_ROLES as readonly string[]).includes(x.partOf)).map((x) => ({ col: x.col, role: x.partOf as AmountRole }));
  const lastCol = Math.max(header.labelCol, ...header.columns.map((c) => c.col));
  // Where a figure is months added up, the month its error or word stands in, for the check's cell.
  const partAt: number[] = amountCols.map(({ col }) => col);
  const firstRow = header.headerRows[header.headerRows.length - 1]! + 1;
  const rows: RawBudgetRow[] = [];
  const cellChecks: Check[] = [];
  // Headings over rows of measures, which are left out of the table.
  const headsMeasures = new Set<number>();
  // Of those, the headings over a fund's balances ("FUND BALANCE, RESERVES" over "Beginning
  // Balance as of July 1"): the foot of the fund's own statement, however far below its total.
  const headsBalances = new Set<number>();
  // The codes of rows left out of the table as balances or measures ("A" of "A Opening balance").
  const leftOutCodes = new Set<string>();

  let blankRun = 0;
  // Whether the table's headings stand left of its names column (an outline).
  let headingsLeftOfNames = false;
  let r = firstRow;
  const repeatRows = new Set<number>();
  const labelHeader = (header.columns.find((c) => c.role === 'label')?.header ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  // Columns left of the names that named lines of the table: its outline's upper levels.
  const outlineCols = new Set<number>();
  // Each row's figures as read, in the order of amountCols: arrays reused from row to row, and a
  // figure that is a plain number read without making an object of it.
  const kinds: Array<ParsedAmount['kind']> = amountCols.map(() => 'blank');
  const numbersRead = new Float64Array(amountCols.length);
  const parsed: Array<ParsedAmount | null> = amountCols.map(() => null);
  // A role named for two columns (a config can) is read from the later one, as a record by role would.
  const readFrom = amountCols.map(({ role }) => amountCols.map((c) => c.role).lastIndexOf(role));
  const roleParsed = (): Array<ParsedAmount | null> => (readFrom.every((from, k) => from === k) ? parsed : parsed.filter((_p, k) => readFrom[k] === k));
  const stairs = figuresStepLeft(sheet, header, amountCols, firstRow);
  // Of rows whose figure stands in a column its stepped figures share, how many columns left of it: its outline level.
  const stairLevels = new Map<number, number>();
  // Whether the column right of a lone figure column holds its sums alone (asked once, of the first sum that needs it).
  let sumsRight: boolean | undefined;
  // A balance brought forward left out of the table under its last row ("Net Surplus Brought
  // Forward" under "Surplus for Year"), its figures by role: the sum of the two under it is the
  // balance carried forward, not a sum of the table's lines.
  let balanceAbove: { under: RawBudgetRow; figures: Map<AmountRole, number> } | null = null;
  for (; r < sheet.values.length; r++) {
    if (repeatRows.has(r)) continue;
    const repeat = repeatsHeader(r);
    if (repeat) {
      for (const x of repeat) repeatRows.add(x);
      blankRun = 0;
      continue;
    }
    if (isHeaderRow(r)) break;
    if (isRuledLine(sheet, r)) continue;
    const named = labelOf(sheet, r, header);
    const code = named.code;
    const label = headingsLeftOfNames && named.label !== null ? sumNamedALevelUp(sheet, r, header, named.label, rows) ?? named.label : named.label;
    let numbers = 0;
    let nonBlank = 0;
    for (let k = 0; k < amountCols.length; k++) {
      const adds = amountCols[k]!.adds;
      if (adds) {
        const { sum, at } = addedUp(sheet, r, adds);
        kinds[k] = sum.kind;
        parsed[k] = sum;
        partAt[k] = at;
        if (sum.kind === 'number') numbersRead[k] = sum.value;
        if (kinds[k] === 'number') numbers++;
        if (kinds[k] !== 'blank') nonBlank++;
        continue;
      }
      const own = cellValue(sheet, r, amountCols[k]!.col);
      // (A sub-account's figure printed a column left, under a blank heading: the column's own.)
      const stair = stairs[k];
      const ownBlank = own === null || own === undefined || own === '';
      const level = stair !== undefined && ownBlank ? stair.findIndex((c) => !isEmptyCell(cellValue(sheet, r, c))) : -1;
      const v = level >= 0 ? cellValue(sheet, r, stair![level]!) : own;
      if (stair !== undefined) {
        partAt[k] = level >= 0 ? stair[level]! : amountCols[k]!.col;
        if (!ownBlank || level >= 0) stairLevels.set(r, level + 1);
      }
      if (typeof v === 'number' && Number.isFinite(v)) {
        kinds[k] = 'number';
        numbersRead[k] = v;
        parsed[k] = null;
      } else {
        const p = parseAmount(v);
        kinds[k] = p.kind;
        parsed[k] = p;
        if (p.kind === 'number') numbersRead[k] = p.value;
      }
      if (kinds[k] === 'number') numbers++;
      if (kinds[k] !== 'blank') nonBlank++;
    }
    // A list of one column of figures whose sums stand a column to their right ("TOTAL INCOME |
    // | £55,524", "sub total | | £48,971"), as a budget typed in a word processor sets them off:
    // the sum is the row's figure.
    // (Figures beyond it, other years' and funds' each with its own sums column, do not stop it
    // where the column right of the figures read is their sums' own: see sumsColumnRightOf.)
    // (Unnamed, as an accountant's layout prints each block's sum straight under its lines, only
    // where that column is the sums' own.)
    // (A line whose figure this year is blank, last year's beside it, may be taken for a heading
    // as yet: straight under it all the same.)
    const underALine = rows.length > 0 && (rows[rows.length - 1]!.kind === 'line' || rows[rows.length - 1]!.kind === 'section') && rows[rows.length - 1]!.row === r - 1;
    if (amountCols.length === 1 && nonBlank === 0 && ((label === null && underALine) || (label !== null && (TOTAL_LABEL.test(label) || SUBTOTAL_LABEL.test(label) || YEAR_RESULT_LABEL.test(label))))) {
      const offset = parseAmount(cellValue(sheet, r, amountCols[0]!.col + 1));
      const beyond = (sheet.values[r] ?? []).slice(amountCols[0]!.col + 2);
      if (offset.kind === 'number' && ((label !== null && !beyond.some((v) => parseAmount(v ?? null).kind === 'number')) || (sumsRight ??= sumsColumnRightOf(sheet, header, amountCols[0]!.col, firstRow)))) {
        kinds[0] = 'number';
        numbersRead[0] = offset.value;
        parsed[0] = offset;
        numbers = 1;
        nonBlank = 1;
      }
    }
    // A heading written left of the names column ("Income" a column before the accounts, as
    // accounting packages indent them): a section of the table.
    const heading = !label && nonBlank === 0 ? headingOutsideLabels(sheet, r, header) : null;
    if (heading !== null) {
      blankRun = 0;
      // Its code, where the codes column gives one ("5100 | Personnel"), or before its name
      // ("1110 - School Committee").
      const ownCode = header.codeCol !== null ? textOrNumber(sheet, r, header.codeCol) : null;
      const split = ownCode === null ? splitLeadingCode(heading) : null;
      rows.push({ row: r, label: split?.name ?? heading, code: split?.code ?? ownCode, section: null, kind: 'section', values: {} });
      // The table's headings stand left of its names: an outline, whose upper level a total
      // there ("TOTAL EXPENSES") closes, and whose names with no figures are lines not filled in.
      for (const c of namedLeftOfLabels(sheet, r, header)) outlineCols.add(c);
      headingsLeftOfNames = true;
      continue;
    }
    if (!label && nonBlank === 0) {
      // Blank rows between the header and the first line are spacing, not the table's end.
      // (A row with words outside the names and figures, a line's account string printed under
      // it, is no gap: it does not count towards the table's end.)
      if (rows.length > 0 && isBlankRow(sheet, r)) blankRun++;
      if (blankRun >= 3) {
        // However long the gap, a heading over lines of figures in the same columns is the
        // table's next block ("Parish Council Office" after "Administration"): it has no
        // header of its own to be read by.
        const next = nextFilledRow(sheet, r + 1);
        if (next !== null && !isHeaderRow(next) && headsBlockOfLines(sheet, next, header, amountCols)) {
          r = next - 1;
          blankRun = 0;
          continue;
        }
        break;
      }
      continue;
    }
    // After a gap, the names of the lines read again in order ("Fares | Sales and Use Tax |
    // Grants" over their variances): the same lines' other figures, not more lines.
    if (label && rows.length >= 3 && isBlankRow(sheet, r - 1) && namesAgain(sheet, header, r, rows)) break;
    blankRun = 0;
    // (Or the page's number, "Page 1 of 3", then its heading and header again.)
    const pageFoot = label !== null && nonBlank === 0 && PAGE_FOOTER.test(label.trim()) ? nextPage(r) : null;
    if (pageFoot !== null) {
      r = pageFoot;
      continue;
    }
    // (Or a sentence leading into what follows, "How our budget requirement has changed:".)
    if (label && nonBlank === 0 && ((isProse(label) && !isLongHeading(sheet, r, header, amountCols, label)) || (rows.length > 0 && INTRODUCES_WHAT_FOLLOWS.test(label.trim())))) {
      // (Before the first line, under a list's title: the paragraph introducing the list, which
      // the lines follow.)
      if (rows.length === 0 && introducesAListBelow(sheet, r, header, amountCols)) continue;
      // (Between a list's groups, a sentence introducing the next, "The remainder of the budget
      // is allocated to the following four categories:", where a total further down adds up the
      // lines on both sides of it: a heading of the same list.)
      if (rows.length > 0 && introducesAListBelow(sheet, r, header, amountCols) && totalAcrossTheSentence(sheet, r, header, amountCols[0]!.col, firstRow)) {
        blankRun = 0;
        rows.push({ row: r, label: label.trim(), code: null, section: null, kind: 'section', values: {} });
        continue;
      }
      // The page's footnote ("NOTE: The material in this report is preliminary …"), then the
      // page's heading and the header printed again over the rest of the lines: read on.
      const resume = nextPage(r);
      if (resume === null) break;
      r = resume;
      continue;
    }
    // "BALANCE SHEET AT JULY 1, 2012" after the lines: another statement's title.
    if (rows.length > 0 && label && nonBlank === 0 && OTHER_STATEMENT_TITLE.test(label.trim())) break;
    // "Financial Year 2019/2020" after the lines: the title of another year's table below.
    if (rows.length > 0 && label && nonBlank === 0 && ANOTHER_YEARS_TITLE.test(label.trim().replace(/\s+/g, ' ')) && yearIn(label) !== null) break;
    // Words where the figures were, in two columns or more, that name no budget measure
    // ("Narration | OUTSTANDING AMOUNTS | OUTSTANDING AMOUNTS" under a table's total): another
    // table's header. ("PAYMENTS | Budget | YTD Payments" restates this table's own.)
    if (rows.length > 0 && numbers === 0 && isOtherTablesHeader(sheet, r, amountCols)) break;
    // (Under a list's title, words over its figures' column and beyond, "EXPENSE | Gross | Vat |
    // Net": the header of the next table, which a list of one column does not run into.)
    if (rows.length > 0 && numbers === 0 && isListUnderTitle(header, amountCols) && headsColumnsFrom(sheet, r, amountCols[0]!.col)) break;
    // The names column headed again as the table's own is ("Departmental Division | Variance
    // £000s | Explanation & Action Plans" under the division's figures), not as a page's repeat
    // of its header (read through above): the header of the next table.
    if (rows.length > 0 && numbers === 0 && label !== null && labelHeader !== '' && label.trim().toLowerCase().replace(/\s+/g, ' ') === labelHeader) break;
    // Units over some of the figure columns but not all ("Councillor | £" over a list of
    // allowances, where the table's own header had "£" over both): the header of another table,
    // which this one does not run into. ("EXPENDITURE | £ | £" over every column is a section.)
    if (rows.length > 0 && numbers === 0 && nonBlank > 0 && nonBlank < amountCols.length && amountCols.every(({ col }) => isUnitsText(cellText(sheet, r, col)))) break;
    // A ratio or percentage in a money table ("% of invoices paid within 30 days"), or a balance
    // held ("Community Account balance on 1st April"), or a memorandum ("of which agency"), is
    // not spending or income: never a line, never in a total.
    // A sum that names what it adds ("Grand Total (A+B)"), one of them a balance left out of
    // the table ("A Opening balance"): a statement of funds, not a total of these lines.
    if (label && addsLeftOutRow(label, leftOutCodes)) continue;
    const lastRow = rows[rows.length - 1];
    const figuresByRole = () => new Map(amountCols.flatMap((c, k) => (readFrom[k] === k && kinds[k] === 'number' ? [[c.role, numbersRead[k]!] as const] : [])));
    // "Total Surplus" under the year's surplus and the balance brought forward, their sum on
    // every figure: the balance carried forward, left out as that one was.
    if (balanceAbove !== null && numbers > 0 && lastRow === balanceAbove.under) {
      const under = balanceAbove.under;
      const own = figuresByRole();
      const carried = [...own].every(([role, v]) => typeof under.values[role] === 'number' && balanceAbove!.figures.has(role) && Math.abs((under.values[role] as number) + balanceAbove!.figures.get(role)! - v) < 0.5);
      balanceAbove = null;
      if (carried) continue;
    }
    // "Carried forward | | £1,213" straight above the "Total" that counts it: the year's money
    // set aside, a line of the table, not a balance stated beside it.
    const carriedIntoTotal = label !== null && CARRIED_FORWARD.test(label) && nextLabelIsTotal(sheet, r, header);
    // "Net Result" under "Total Income" and "Total Expenses", their sum (costs printed negative)
    // or difference on every figure: the table's bottom line, read as its total below.
    const bottomLine = label !== null && NET_RESULT_LABEL.test(label) && netsTheTotalsAbove(rows, amountCols.map((c, k) => (kinds[readFrom[k]!] === 'number' ? { role: c.role, value: numbersRead[readFrom[k]!]! } : null)));
    // (A row of figures a spreadsheet shows as percentages, 0.97 as "97%", is a measure too.)
    const percentRow = amountCols.some(({ col }) => isPercentFormatted(sheet, r, col));
    // A fund's balance as a heading, no figures beside it ("BEGINNING FUND BALANCE, JULY 1"):
    // a heading over balances, kept as a section so the rows under it are known for balances.
    if (label && nonBlank === 0 && BALANCE_ROW_LABEL.test(label)) {
      rows.push({ row: r, label, code, section: null, kind: 'section', values: {} });
      headsMeasures.add(r);
      headsBalances.add(r);
      continue;
    }
    // (So is every row under a heading of indicators, and every row of figures under a fund's
    // balance, "BEGINNING FUND BALANCE, JULY 1" over "Uncommitted | Committed | Restricted" and
    // their total, up to the next heading, "REVENUE:".)
    const underMeasuresHeading = lastRow?.kind === 'section' && lastRow.label !== null && (INDICATORS_HEADING.test(lastRow.label) || (nonBlank > 0 && BALANCE_ROW_LABEL.test(lastRow.label)));
    // A fund balance brought in under "Sources of Funds" (a student government's sources and
    // uses) is a source its total adds: a line, not a balance beside the table. So is one named
    // as a resource itself, "RESOURCES BEG FUND BAL" among a school fund's revenues.
    const balanceAsSource = label !== null && BALANCE_ROW_LABEL.test(label) && ((lastRow?.kind === 'section' && lastRow.label !== null && SOURCES_HEADING.test(lastRow.label)) || /^(resources?|sources?)\b/i.test(label.trim()));
    // (A balance named a level up, left of the names, "EXPENDABLE FUNDS AFTER CAREER EMPLOYEES"
    // among an outline's groups, is one too.)
    const namedLeft = label === null && numbers > 0 ? namedLeftOfLabels(sheet, r, header) : [];
    const balanceLeft = namedLeft.length > 0 && BALANCE_ROW_LABEL.test(cellText(sheet, r, namedLeft[namedLeft.length - 1]!));
    if (((isMeasureRow(label, roleParsed()) || percentRow || balanceLeft) && !carriedIntoTotal && !bottomLine && !balanceAsSource) || underMeasuresHeading) {
      if (code) leftOutCodes.add(code.toUpperCase());
      if (label !== null && numbers > 0 && lastRow !== undefined && lastRow.kind !== 'section' && BALANCE_ROW_LABEL.test(label)) balanceAbove = { under: lastRow, figures: figuresByRole() };
      // The heading over it heads measures ("Welfare Services Provided" over "Number of
      // households supported"), whatever follows: not a line still to be filled in.
      if (rows[rows.length - 1]?.kind === 'section') headsMeasures.add(rows[rows.length - 1]!.row);
      if (rows[rows.length - 1]?.kind === 'section' && label !== null && BALANCE_ROW_LABEL.test(label)) headsBalances.add(rows[rows.length - 1]!.row);
      continue;
    }
    // Several lines printed in one row, each cell a figure a line ("ICB Net Expenditure /
    // Provider Expenditure / Provider Income" over "46,627 / 44,108 / (42,631)"): no one line's
    // figures, and no heading either (its words would make the lines below income).
    if (numbers === 0 && nonBlank > 0 && packedFigures(sheet, r, amountCols)) continue;
    // A row of figures with text in them that are not figures ("n/a", "TBC") still belongs.
    const values: Partial<Record<AmountRole, number | null>> = {};
    const unreadable: AmountRole[] = [];
    // Figures that are no plain number but are written as one ("(-3,012,163)"): the row is a line
    // whose figures cannot be read, not a heading.
    // (Nor is a row of error values, "#N/A" where its figures should be: a line whose formulas broke.)
    const asFigures = numbers + parsed.filter((p) => (p?.kind === 'text' && (MALFORMED_FIGURE.test(p.text) || UNKNOWN_FIGURE.test(p.text.trim()))) || p?.kind === 'error').length;
    for (let k = 0; k < amountCols.length; k++) {
      const { role, adds } = amountCols[k]!;
      const from = readFrom[k]!;
      const col = partAt[from]!;
      // Months with nothing in them on a line of figures: nothing spent to date.
      values[role] = kinds[from] === 'number' ? numbersRead[from]! : adds && kinds[from] === 'blank' && numbers > 0 ? 0 : null;
      const p = parsed[from];
      if (!p) continue;
      if (p.kind === 'error' || (p.kind === 'text' && asFigures > 0)) unreadable.push(role);
      if (p.kind === 'error') {
        cellChecks.push({
          sheet: sheet.name, row: r, col, where: label ?? `row ${r + 1}`, code: 'error_value', severity: 'error',
          message: `${roleName(role)} shows the error ${p.error}; the figure cannot be checked. Correct the formula in this cell`,
        });
      } else if (p.kind === 'text' && asFigures > 0) {
        cellChecks.push({
          sheet: sheet.name, row: r, col, where: label ?? `row ${r + 1}`, code: 'not_a_number', severity: 'error',
          message: `${roleName(role)} holds "${p.text}", which is not a number; it is left out of the sums`,
        });
      }
    }
    if (numbers === 0 && nonBlank > 0 && !label) continue;
    // An unnamed row whose only words are a note beside its figure naming a count ("40 | # POE
    // units installed") or a rate: a measure the budget rests on, not money.
    if (!label && numbers > 0 && noteNamesAMeasure(sheet, r, lastCol)) continue;
    // A row of years alone ("2017 | 2018 | 2018"), unnamed: the header of the next table.
    if (!label && numbers > 0 && isRowOfYears(sheet, r)) break;
    // Figures on a row named left of the names column, its own name cell empty ("Sundry debtors:
    // VAT", "Balance: Bank account" under the expenditure's totals): a statement below the
    // table, laid out otherwise, not a line of it.
    // (Straight under a line, such a row is a category carrying its own figures: "5400 | Supplies".)
    const lastRead = rows[rows.length - 1];
    const afterTheLines = isBlankRow(sheet, r - 1) || (lastRead?.label != null && TOTAL_LABEL.test(lastRead.label));
    // (Not where those columns named rows of the table above, an outline's upper levels: a
    // pivot table's "3 FINANCING" after "2 EXPENDITURE Total", as "1 INCOME" and "2 EXPENDITURE" were.)
    const leftNames = namedLeftOfLabels(sheet, r, header);
    if (!label && numbers > 0 && rows.length > 0 && afterTheLines && leftNames.length && !leftNames.some((c) => outlineCols.has(c))) break;
    // Straight under a line, it is a category carrying its own figures, named a level up.
    const category = !label && numbers > 0 ? nameLeftOfLabels(sheet, r, header) : null;
    // Where a section column names each line's block, a name with no figures is a line still
    // to be filled in ("Borrowings" under "Receipts"), not a heading: the column gives the sections.
    const blockCell = header.sectionCol !== undefined ? cellText(sheet, r, header.sectionCol) : '';
    // ("Directorate Expenditure Total", "Directorate Total Net" in the blocks' column, no line
    // named beside it: the row's own name, a sum's, not a block.)
    const sumNamedInBlocks = !label && numbers > 0 && blockCell !== '' && (/\btotals?\b/i.test(blockCell) || SUBTOTAL_LABEL.test(blockCell));
    const block = sumNamedInBlocks ? '' : blockCell;
    // A line named a sum and nothing more ("Portland Water Bureau | total" over its Operating and
    // Capital lines) in a block the section column names: the block's own sum, named by the block.
    // (Or named nothing at all, on the block's first row, the lines after it the block's: a
    // programme's own row over its sub-programmes, "CONSTITUENCY DEVELOPMENT FUND | | 30,635,642".)
    const headsItsBlock = label === null && numbers > 0 && /[a-z]{3}/i.test(blockCell) && rows[rows.length - 1]?.block !== blockCell && cellText(sheet, r + 1, header.sectionCol!) === blockCell;
    const blocksOwnSum = numbers > 0 && /[a-z]{3}/i.test(blockCell) && ((label !== null && BARE_SUM_NAME.test(label.trim())) || headsItsBlock);
    // Figures only in another year's columns ("Donations" with last year's estimate and no
    // budget this year): a line with nothing this year, not a heading.
    // A record of a data export ("MPONGWE-FIN-2022-009 | 2022 | … | Borrowings | | | | revenue |
    // Kwacha"): its code and its other fields make it a line with nothing in it, not a heading.
    const record = code !== null && header.codeCol !== null && fieldsBesideTheName(sheet, r, header, amountCols) >= 2;
    const inOutline = headingsLeftOfNames && label !== null && category === null;
    // A total whose figures stand only in the table's columns not read ("Total Expenditure/Income
    // | 51,608 | 34,627" under the gross columns beside the net ones): a total, no heading.
    const totalElsewhere = label !== null && TOTAL_LABEL.test(label) && figuresBesideTheRead(sheet, r, header, amountCols);
    const kind: BudgetRowKind = asFigures === 0 && !block && !record && !inOutline && !totalElsewhere && !hasOtherYearsFigures(sheet, r, header) ? 'section' : 'line';
    let steps: Partial<Record<AmountRole, number>> | undefined;
    for (let k = 0; k < amountCols.length; k++) {
      const p = parsed[readFrom[k]!];
      if (p?.kind === 'number' && p.step !== undefined) (steps ??= {})[amountCols[k]!.role] = p.step;
    }
    // A name a level up carries its code as the names do ("2 EXPENDITURE Total").
    const split = label === null && category !== null && header.codesInLabels ? splitLeadingCode(category) : null;
    // The first line of this row's name, broken onto the row above it with no figures ("TOTAL
    // INCOME AND" over "SALES TAX" and its figures, as a fixed-width printout wraps a long
    // name): one name, this row's, and no heading.
    const brokenAbove = kind === 'line' && label !== null && numbers > 0 ? firstLineOfBrokenName(rows, r) : null;
    if (brokenAbove !== null) rows.pop();
    const row: RawBudgetRow = { row: r, label: blocksOwnSum ? blockCell : brokenAbove !== null ? `${brokenAbove} ${label}` : label ?? split?.name ?? category ?? (sumNamedInBlocks ? blockCell : null), code: split ? split.code : code, section: null, kind, values };
    // (Set after, not spread in: no object made and copied for each of a big budget's lines.)
    if (steps) (row as { steps?: Partial<Record<AmountRole, number>> }).steps = steps;
    if (block) row.block = block;
    if (label === null && category !== null) row.levelUp = true;
    if (blocksOwnSum) row.sumsItsBlock = true;
    if (named.sumWordBeside) row.sumWordBeside = true;
    if (unreadable.length) (row as { unreadable?: AmountRole[] }).unreadable = unreadable;
    for (const part of varianceParts) {
      const p = parseAmount(cellValue(sheet, r, part.col));
      if (p.kind === 'number' && p.value !== 0 && !(row.partlyElsewhere ??= []).includes(part.role)) row.partlyElsewhere.push(part.role);
    }
    rows.push(row);
    for (const c of leftNames) outlineCols.add(c);
  }
  // Trailing headings with nothing under them belong to whatever comes next on the sheet
  // (the next table's title), not to this table; a register's empty last sections are kept
  // by the risk reader, which has its own rule.
  // (A heading over measures left out, "Targets" over "Public Sector Payment Policy 95%", heads them.)
  while (rows.length && rows[rows.length - 1]!.kind === 'section' && !headsMeasures.has(rows[rows.length - 1]!.row)) rows.pop();
  // Names with no figures in the table's columns after a gap below its last figures ("REVENUE
  // COLLECTION 2003", "1 month old | 12%" under an account's overall surplus): what is printed
  // below the table, not lines of it.
  const lastWithFigures = rows.map((x) => Object.values(x.values).some((v) => typeof v === 'number')).lastIndexOf(true);
  // (Or below a heading with no figure anywhere on its row: "Explanation of budget movement" under
  // the council tax requirement, over a bridge of last year's gross to this year's in another column.)
  // (Not headings over measures or balances left out, "F. FUND BALANCE, RESERVES" over "1) Beginning Fund Balance";
  // nor, after a gap, headings alone over balances, where the first names a fund's balance itself
  // ("ENDING FUND BALANCE" over "Uncommitted | Committed") or stands below the year's result
  // ("FUND BALANCE, RESERVES" a line below "NET INCREASE (DECREASE) IN FUND BALANCE", over
  // "Beginning Balance as of July 1"): the foot of a fund's statement.)
  const headsWhatFollows = (heads: ReadonlySet<number>) => rows.slice(lastWithFigures + 1).some((y) => heads.has(y.row));
  const namedAsBalanceOrResult = (x: RawBudgetRow | undefined, pattern: RegExp) => x !== undefined && x.label !== null && pattern.test(x.label);
  const footOfFundStatement = () => namedAsBalanceOrResult(rows[lastWithFigures + 1], BALANCE_ROW_LABEL) || namedAsBalanceOrResult(rows[lastWithFigures], YEAR_RESULT_LABEL);
  const headingsOverBalances = () => headsWhatFollows(headsBalances) && rows.slice(lastWithFigures + 1).every((y) => y.kind === 'section') && footOfFundStatement();
  const gapOrHeading = (x: RawBudgetRow) => (isBlankRow(sheet, x.row - 1) && !headingsOverBalances()) || (x.kind === 'section' && !headsWhatFollows(headsMeasures));
  if (lastWithFigures >= 0 && lastWithFigures < rows.length - 1 && gapOrHeading(rows[lastWithFigures + 1]!) && rows.slice(lastWithFigures + 1).every((x) => !Object.values(x.values).some((v) => typeof v === 'number') && !(x as { unreadable?: unknown }).unreadable)) {
    rows.splice(lastWithFigures + 1);
  }
  descriptionsUnderTheirLines(rows);
  // A name with no figures straight above the row that adds up the lines ("Additional grants for
  // schools" over the unnamed total): a line with nothing in it this year, not a heading of none.
  // (Not in a table that prints its names a line above their figures, "Article 2: Special
  // Education" over an unnamed row of them, twice or more: there the unnamed row is the name's.)
  const namedAbove = (i: number) => rows[i]!.kind === 'section' && rows[i + 1]?.label === null && rows[i + 1]!.row === rows[i]!.row + 1 && Object.values(rows[i + 1]!.values).some((v) => typeof v === 'number');
  const namesAboveFigures = rows.filter((_r, i) => namedAbove(i)).length >= 2;
  for (let i = 0; i + 1 < rows.length; i++) {
    const next = rows[i + 1]!;
    const sums = next.kind !== 'section' && ((next.label === null && !namesAboveFigures) || (next.label !== null && (TOTAL_LABEL.test(next.label) || SUBTOTAL_LABEL.test(next.label)))) && Object.values(next.values).some((v) => typeof v === 'number');
    // (Between lines and their sum; not a caption between two sums, "Income without precept".)
    const prev = i > 0 ? rows[i - 1]! : null;
    const afterALine = prev !== null && prev.kind !== 'section' && prev.label !== null && !TOTAL_LABEL.test(prev.label) && !SUBTOTAL_LABEL.test(prev.label);
    if (rows[i]!.kind === 'section' && sums && afterALine && !headsMeasures.has(rows[i]!.row)) rows[i]!.kind = 'line';
  }
  const lastRow = rows.length ? rows[rows.length - 1]!.row : firstRow - 1;
  // An error value anywhere in the table's body (a "% spent" showing #DIV/0!) is worth
  // saying; those in the figures read were said above.
  const amountColSet = new Set(amountCols.flatMap((c) => c.adds ?? [c.col]));
  const right = Math.max(lastCol, ...header.readings.map((x) => x.col));
  for (let rr = firstRow; rr <= lastRow; rr++) {
    for (let c = 0; c <= right; c++) {
      const v = cellValue(sheet, rr, c);
      if (amountColSet.has(c) || !isErrorValue(v)) continue;
      const heading = header.readings.find((x) => x.col === c)?.text || `column ${c + 1}`;
      cellChecks.push({
        sheet: sheet.name, row: rr, col: c, where: labelOf(sheet, rr, header).label ?? `row ${rr + 1}`, code: 'error_value', severity: 'error',
        message: `"${heading}" shows the error ${v.error}; correct the formula in this cell`,
      });
    }
  }
  const remainingCol = header.columns.find((c) => c.role === 'remaining')?.col;
  if (remainingCol !== undefined) {
    for (const row of rows) {
      const p = parseAmount(cellValue(sheet, row.row, remainingCol));
      if (p.kind === 'number') (row.values as Partial<Record<AmountRole, number | null>>).remaining = p.value;
    }
  }
  headingsNamedByTheirTotals(rows, (r) => header.readings.some((x) => parseAmount(cellValue(sheet, r, x.col)).kind === 'number'));
  headingsThatHead(rows, headsMeasures);
  levelsNamedBeside(sheet, rows, header);
  structureByFigures(rows, amountCols.map((c) => c.role));
  netTotals(rows, amountCols.map((c) => c.role));
  totalsOfBlocks(rows);
  treeBreakdowns(rows, (r) => TREE_BRANCH.test(cellText(sheet, r, header.labelCol)));
  // (Only where the outline says so in its headings: "DETAILS | LINE ITEMS | AMOUNT".)
  const headedStairs = stairs.some((stair) => stair?.some((c) => header.headerRows.some((h) => cellText(sheet, h, c) !== '')));
  if (headedStairs) outlineBreakdowns(rows, stairLevels, (r) => nameIndent(sheet, r, Math.min(...stairs.flatMap((stair) => stair ?? []))));
  numberedHeadings(rows);
  const memo = memoAfterTheTotal(rows, amountCols.map((c) => c.role));
  if (memo > 0) rows.splice(rows.length - memo);
  // "Income less Expenditures" after a gap under the expenditure's total, a table of its own
  // above it: the result of both tables, which this one's lines do not make. No line of it.
  const last = rows[rows.length - 1];
  const beforeLast = rows[rows.length - 2];
  if (last && beforeLast && last.kind === 'line' && beforeLast.kind === 'total' && last.label !== null && isBlankRow(sheet, last.row - 1) && ACROSS_FLOWS_RESULT.test(last.label)) rows.pop();
  // (Its row stays within the table's span, read by neither.)
  return { header, firstRow, lastRow, lastCol, rows, cellChecks };
}

/**
 * Every line of figures (three or more, the table's first row among them) followed straight
 * below by a row of words alone ("Refreshments (+) | $50.00" over "Refreshments for the speaker
 * event"), as a page that prints each line's description under it: those rows describe the line
 * above them, and are neither headings nor lines still to be filled in. Taken out of the table.
 * (Headings over one line each put a heading before the first line, and none after the last.)
 */
function descriptionsUnderTheirLines(rows: RawBudgetRow[]): void {
  const figured = (x: RawBudgetRow) => Object.values(x.values).some((v) => typeof v === 'number');
  const isSum = (x: RawBudgetRow) => x.label !== null && (TOTAL_LABEL.test(x.label) || SUBTOTAL_LABEL.test(x.label));
  const lines = rows.map((x, i) => ({ x, i })).filter(({ x }) => x.kind === 'line' && figured(x) && !isSum(x));
  if (lines.length < 3 || lines[0]!.i !== 0) return;
  const described = (i: number) => {
    const next = rows[i + 1];
    return next !== undefined && next.row === rows[i]!.row + 1 && next.kind === 'section' && next.label !== null && !isSum(next) && next.code === null && !figured(next);
  };
  if (!lines.every(({ i }) => described(i))) return;
  const drop = new Set(lines.map(({ i }) => i + 1));
  const kept = rows.filter((_x, i) => !drop.has(i));
  rows.splice(0, rows.length, ...kept);
}

/**
 * The heading straight above a row, where it is the first line of that row's name broken over
 * two: no figures, a sum's name begun ("TOTAL INCOME AND") and ending on a joining word or
 * mark. (A heading ending so that names no sum, "Other revenue -" or "Current -" over its
 * lines, as a statement of revenues prints its groups, stays their heading.)
 */
function firstLineOfBrokenName(rows: ReadonlyArray<RawBudgetRow>, row: number): string | null {
  const above = rows[rows.length - 1];
  if (!above || above.kind !== 'section' || above.row !== row - 1 || above.label === null || above.code !== null) return null;
  const first = above.label.trim();
  return BROKEN_NAME.test(first) && (TOTAL_LABEL.test(first) || SUBTOTAL_LABEL.test(first)) ? first : null;
}

/**
 * Rows after the table's total that end by stating that total again ("Net Taxes Levied", then
 * "Limit by law | 0", then "Funding Remaining" equal to it on every figure): a note on the total,
 * not lines of the table. Returns how many rows at the end they are (0 for none).
 */
function memoAfterTheTotal(rows: RawBudgetRow[], roles: AmountRole[]): number {
  const t = rows.map((r) => r.kind).lastIndexOf('total');
  if (t < 0 || t === rows.length - 1) return 0;
  const total = rows[t]!;
  const after = rows.slice(t + 1);
  if (after.length > 3 || after.some((r) => r.kind !== 'line' || r.sumOf !== undefined)) return 0;
  const figures = roles.filter((role) => typeof total.values[role] === 'number');
  if (figures.length === 0 || figures.every((role) => total.values[role] === 0)) return 0;
  const last = after[after.length - 1]!;
  const restates = figures.every((role) => last.values[role] === total.values[role]);
  const noughts = after.slice(0, -1).every((r) => roles.every((role) => r.values[role] === null || r.values[role] === undefined || r.values[role] === 0));
  return restates && noughts ? after.length : 0;
}

/** A name as names are compared: in lower case, its spaces single, without a heading's colon ("Travel", "EXPENDITURES:"). */
function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*:$/, '');
}

/**
 * The account a sum closes, from its name: "Total Travel" closes Travel, "Total 5-1030 · Council
 * & Ex Expenses" the account 5-1030, Council & Ex Expenses (its code printed before the name, as
 * the accounts above it print theirs). Null for a row named no sum.
 */
function accountClosedBy(label: string): string | null {
  const m = /^total\s+(\S.*)$/i.exec(label.trim());
  if (!m) return null;
  const split = splitLeadingCode(m[1]!);
  return accountKey(split?.name ?? m[1]!, split?.code ?? null);
}

/** An account as a heading and its total are matched: its name as names are compared, and its code where it has one. */
function accountKey(name: string, code: string | null): string {
  return `${code === null ? '' : `${code.trim().toLowerCase()} `}${nameKey(name)}`;
}

/**
 * A sum named a level up the outline that closes a heading printed there ("Total Income" left
 * of the accounts, under "INCOME"), where the names column beside it holds a sum's name that
 * closes no heading ("Total 4-0005 · Student Fees", a line's name left over in an export): the
 * row's name is the one a level up. Null where the names column's own name stands.
 */
function sumNamedALevelUp(sheet: SheetGrid, r: number, header: BudgetHeader, label: string, rows: ReadonlyArray<RawBudgetRow>): string | null {
  if (!TOTAL_LABEL.test(label)) return null;
  const left = nameLeftOfLabels(sheet, r, header);
  const closesLeft = left !== null && TOTAL_LABEL.test(left) ? accountClosedBy(left) : null;
  if (closesLeft === null) return null;
  const headings = new Set(rows.filter((x) => x.kind === 'section' && x.label !== null).flatMap(accountKeysOf));
  const closesOwn = accountClosedBy(label);
  return headings.has(closesLeft) && (closesOwn === null || !headings.has(closesOwn)) ? left : null;
}

/**
 * The ways a row's account may be named by its total: with its code or without ("Total Travel"
 * over a coded "5000 | Travel"), and with a code left in its name split off.
 */
function accountKeysOf(row: RawBudgetRow): string[] {
  const label = row.label!;
  const split = row.code === null ? splitLeadingCode(label) : null;
  return [accountKey(label, row.code), accountKey(label, null), ...(split ? [accountKey(split.name, split.code)] : [])];
}

/**
 * A parent account showing only noughts ("Travel | 0 | 0 | 0", its formulas' zeros in the months
 * projected) over the accounts that "Total Travel" adds further down: the heading of that block,
 * as accounting packages print it, not a line of nothing counted twice in the block's sum.
 * (Or showing nothing at all, in an outline whose names with no figures are otherwise lines not
 * filled in: "5-1030 · Council & Ex Expenses" over its sub-accounts, closed by "Total 5-1030 ·
 * Council & Ex Expenses", as QuickBooks prints a parent account.)
 */
function headingsNamedByTheirTotals(rows: RawBudgetRow[], figuresInOtherColumns: (row: number) => boolean): void {
  // Each total's account, and the last place it is printed.
  const lastTotal = new Map<string, number>();
  rows.forEach((row, i) => {
    const closes = row.label !== null && TOTAL_LABEL.test(row.label) ? accountClosedBy(row.label) : null;
    if (closes !== null) lastTotal.set(closes, i);
  });
  if (lastTotal.size === 0) return;
  rows.forEach((row, i) => {
    if (row.kind !== 'line' || row.label === null || row.unreadable) return;
    const figures = Object.values(row.values).filter((v): v is number => typeof v === 'number');
    if (figures.some((v) => v !== 0)) return;
    // (Nothing read but another year's figure beside it, "Contract with Univ at Albany | 86,772"
    // in last year's column over this year's parts: last year's line, which its parts replace.)
    if (figures.length === 0 && figuresInOtherColumns(row.row)) return;
    if (!accountKeysOf(row).some((key) => (lastTotal.get(key) ?? -1) > i)) return;
    rows[i] = { ...row, kind: 'section', values: {} };
  });
}

/** Whether the rows from `r` name the table's first three lines again, in their order. */
function namesAgain(sheet: SheetGrid, header: BudgetHeader, r: number, rows: ReadonlyArray<RawBudgetRow>): boolean {
  const lines = rows.filter((x) => x.kind === 'line' && x.label !== null).slice(0, 3).map((x) => x.label!.trim().toLowerCase());
  if (lines.length < 3) return false;
  let k = 0;
  for (let x = r; x < sheet.values.length && k < 3; x++) {
    const name = labelOf(sheet, x, header).label;
    if (name === null) continue;
    if (name.trim().toLowerCase() !== lines[k]) return false;
    k++;
  }
  return k === 3;
}

/** "1. Service Strategy", "2.Childrens Services": a number and a full stop before a name. */
const NUMBERED_NAME = /^(\d{1,2})\.\s*([A-Za-z].*)$/;

/**
 * Names numbered in order down the table ("1. Service Strategy", "2.Childrens Services", "3.
 * Adult Services", its headings numbered and its lines not): the number is the row's code, the
 * rest its name. Only where three or more run 1, 2, 3 … in order, a numbering and not a name
 * that happens to start with a figure.
 */
function numberedHeadings(rows: RawBudgetRow[]): void {
  const numbered = rows.map((r, i) => ({ i, m: r.code === null && r.label ? NUMBERED_NAME.exec(r.label.trim()) : null })).filter((x) => x.m !== null);
  if (numbered.length < 3 || !numbered.every((x, k) => Number(x.m![1]) === k + 1)) return;
  for (const { i, m } of numbered) rows[i] = { ...rows[i]!, label: m![2]!.trim(), code: m![1]! };
}

/**
 * Breakdowns drawn as trees ("Venue" over "├── Insurance", "├── Permits", "└── Space Rental"):
 * each branch is a line of the row it hangs from, which is their subtotal whatever its figures
 * say (so a breakdown that does not add up is said), and the sums over them add up the rows
 * they hang from, not the branches again.
 */
function treeBreakdowns(rows: RawBudgetRow[], isBranch: (row: number) => boolean): void {
  const branches = new Set(rows.filter((r) => r.kind !== 'section' && isBranch(r.row)).map((r) => r.row));
  if (branches.size === 0) return;
  const parentOf = new Map<number, RawBudgetRow>();
  let parent: RawBudgetRow | null = null;
  for (const r of rows) {
    if (branches.has(r.row)) {
      if (parent) parentOf.set(r.row, parent);
      continue;
    }
    parent = r.kind === 'section' ? null : r;
  }
  const children = new Map<RawBudgetRow, number[]>();
  for (const [row, p] of parentOf) children.set(p, [...(children.get(p) ?? []), row]);
  for (const r of rows) {
    if (branches.has(r.row)) {
      r.kind = 'line';
      delete r.sumOf;
      delete r.lessRows;
    }
  }
  for (const [p, rowsOf] of children) {
    p.kind = p.kind === 'total' ? 'total' : 'subtotal';
    p.sumOf = rowsOf;
    delete p.lessRows;
  }
  // A sum that took in branches adds up what they hang from instead.
  sumsOfWhatTheyHangFrom(rows, (x) => branches.has(x), (x) => parentOf.get(x)?.row ?? x, (r) => children.has(r));
}

/**
 * Sums (other than the rows something hangs from) that took in rows hanging from another: each
 * adds up the row at the top of what it took in instead, once. Returns the sums changed.
 */
function sumsOfWhatTheyHangFrom(rows: RawBudgetRow[], hangs: (row: number) => boolean, topOf: (row: number) => number, isHungFrom: (r: RawBudgetRow) => boolean): RawBudgetRow[] {
  const changed: RawBudgetRow[] = [];
  for (const r of rows) {
    if (!r.sumOf || isHungFrom(r) || !r.sumOf.some(hangs)) continue;
    r.sumOf = [...new Set(r.sumOf.map(topOf))].filter((x) => x !== r.row).sort((a, b) => a - b);
    changed.push(r);
  }
  return changed;
}

/**
 * How far a row's name is indented, by column and then by leading spaces, left of `before`: an
 * outline's level as its layout prints it.
 */
function nameIndent(sheet: SheetGrid, row: number, before: number): number {
  const cells = sheet.values[row] ?? [];
  for (let c = 0; c < Math.min(before, cells.length); c++) {
    const v = cells[c];
    if (typeof v === 'string' && v.trim() !== '') return c * 1000 + (v.length - v.trimStart().length);
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * A budget set out as an outline whose names step right a level at a time and whose figures
 * step across columns headed for the levels ("DETAILS | LINE ITEMS | AMOUNT"): each row with
 * figures is the sum of the rows indented under it, down to the next name as far left as its
 * own, so a group that does not add up is said. The rows under one group print their figures in
 * one column ("Other Income" under "AMOUNT" after "Estimated Activity Fee" under "LINE ITEMS" is
 * the next group, not a line of the one above); a row whose figure stands apart from its
 * nearest group's lines belongs to the group further up whose lines print there. A heading
 * or a sum ends the outline's groups; a sum over the table adds up the groups, not their lines
 * again.
 */
function outlineBreakdowns(rows: RawBudgetRow[], levels: ReadonlyMap<number, number>, indentOf: (row: number) => number): void {
  type Open = { row: RawBudgetRow; indent: number; level: number; linesLevel?: number; lines: number[] };
  const groups: Open[] = [];
  let open: Open[] = [];
  const parentOf = new Map<number, number>();
  for (const r of rows) {
    const level = levels.get(r.row);
    if (r.kind === 'section' || r.kind === 'total' || level === undefined) {
      open = [];
      continue;
    }
    const indent = indentOf(r.row);
    while (open.length && open[open.length - 1]!.indent >= indent) open.pop();
    let parent: Open | undefined;
    for (let k = open.length - 1; k >= 0 && !parent; k--) {
      const o = open[k]!;
      if (level >= o.level && (o.linesLevel === undefined || o.linesLevel === level)) parent = o;
    }
    if (parent) {
      parent.linesLevel = level;
      parent.lines.push(r.row);
      parentOf.set(r.row, parent.row.row);
    }
    const mine: Open = { row: r, indent, level, lines: [] };
    groups.push(mine);
    open.push(mine);
  }
  const withLines = groups.filter((g) => g.lines.length > 0);
  if (withLines.length === 0) return;
  for (const g of withLines) {
    if (g.row.kind !== 'total') g.row.kind = 'subtotal';
    g.row.sumOf = g.lines;
    delete g.row.lessRows;
  }
  const topOf = (row: number): number => (parentOf.has(row) ? topOf(parentOf.get(row)!) : row);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const r of sumsOfWhatTheyHangFrom(rows, (x) => parentOf.has(x), topOf, (x) => withLines.some((g) => g.row === x))) {
    if (!r.sumOf) continue;
    // A sum under several headed sections that comes to its last section's groups to the cent,
    // and not to all of them ("EXPENDABLE FUNDS TOTAL" under "CAMPUS ACTIVITY FEE INCOME", the
    // reserves and carryforwards above it no funds to spend): that section's sum.
    const heading = rows.filter((x) => x.kind === 'section' && x.row < r.row).pop();
    if (!heading) continue;
    const last = r.sumOf.filter((x) => x > heading.row);
    if (last.length === 0 || last.length === r.sumOf.length) continue;
    const comesTo = (members: number[]) => {
      const roles = (Object.keys(r.values) as AmountRole[]).filter((role) => typeof r.values[role] === 'number');
      return roles.length > 0 && roles.every((role) => Math.abs(members.reduce((t, x) => t + (byRow.get(x)?.values[role] ?? 0), 0) - r.values[role]!) < 0.005);
    };
    if (!comesTo(r.sumOf) && comesTo(last)) r.sumOf = last;
  }
}

function textOrNumber(sheet: SheetGrid, row: number, col: number): string | null {
  const t = cellText(sheet, row, col);
  if (t) return t;
  const v = cellValue(sheet, row, col);
  // A numeric code in the label column (cost centre 4130) is still a label.
  if (typeof v === 'number') return String(v);
  return null;
}

/** The row's name, and its code from a code column or from the start of the name ("4000 Salaries"). */
/**
 * A name indented into the blank column right of the names ("Less: | | Internal Transfers" under
 * "Total Operating Funds"), as a budget book sets out the items it takes off: still the row's name.
 */
function indentedName(sheet: SheetGrid, row: number, header: BudgetHeader): string | null {
  for (let c = header.labelCol + 1; c <= header.labelCol + 2 || c <= outlineReach(sheet, header); c++) {
    // (Only a column with no heading of its own: one headed "FY24 ACTUAL" holds that year's figures or a heading typed across.)
    if (c === header.codeCol || header.columns.some((x) => x.col === c) || header.readings.some((x) => x.col === c && x.text.trim() !== '')) return null;
    const t = cellText(sheet, row, c);
    if (t) return /[a-z]/i.test(t) && parseAmount(t).kind !== 'number' ? t : null;
  }
  return null;
}

const outlineReaches = new WeakMap<BudgetHeader, number>();

/**
 * The last column an outline's names step right to, a column a level ("Office of Food and
 * Housing Resources", then "Triton Food Pantry" a column right, then "Operations" a column
 * further): where the columns right of the names, as far as the first with a heading, hold
 * names and never a figure, down the table. Otherwise the names column itself.
 */
function outlineReach(sheet: SheetGrid, header: BudgetHeader): number {
  const known = outlineReaches.get(header);
  if (known !== undefined) return known;
  const headed = (c: number) => c === header.codeCol || header.columns.some((x) => x.col === c) || header.readings.some((x) => x.col === c && x.text.trim() !== '');
  const first = header.headerRows[header.headerRows.length - 1]! + 1;
  let reach = header.labelCol;
  for (let c = header.labelCol + 1; !headed(c) && c < header.labelCol + 8; c++) {
    let names = 0;
    let figures = 0;
    for (let r = first; r < Math.min(sheet.values.length, first + 300); r++) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'number' || parseAmount(v).kind === 'number') figures++;
      else if (typeof v === 'string' && /[a-z]{2}/i.test(v)) names++;
    }
    if (figures > 0 || names === 0) break;
    reach = c;
  }
  outlineReaches.set(header, reach);
  return reach;
}

/**
 * A name merged across the names column from a column left of it, on its own row ("Restricted
 * funds payable to WMF" over the category, project and details columns): the line's name.
 */
function nameMergedOver(sheet: SheetGrid, row: number, col: number): string | null {
  const merge = sheet.merges?.find((m) => m.top === row && m.bottom === row && m.left < col && m.right >= col);
  if (!merge) return null;
  const t = cellText(sheet, row, merge.left);
  return t && /[a-z]{2}/i.test(t) ? t : null;
}

/**
 * A line's name and code, without the sign mark a form prints beside the name ("Events and
 * Activities (-)", "(+) Total other receipts", "(=) Balances carried forward"): the mark says how
 * the line counts, and is no part of its name.
 */
function labelOf(sheet: SheetGrid, row: number, header: BudgetHeader): { label: string | null; code: string | null; sumWordBeside?: boolean } {
  const named = namedOnRow(sheet, row, header);
  if (named.label === null || !SIGN_MARK.test(named.label)) return named;
  const label = named.label.replace(SIGN_MARKS, '').trim();
  return label && /[a-z]/i.test(label) ? { ...named, label } : named;
}

const SIGN_MARKS = new RegExp(SIGN_MARK.source, 'g');

function namedOnRow(sheet: SheetGrid, row: number, header: BudgetHeader): { label: string | null; code: string | null; sumWordBeside?: boolean } {
  // A heading's code in the names column and its name in the next ("6500 | Mass Transit Fund",
  // a ledger's fund over its accounts), nothing else on the row: the name, with its code.
  const own = cellValue(sheet, row, header.labelCol);
  if (typeof own === 'number' && header.codeCol === null) {
    // (The next cell filled, across any blank spacer column.)
    const cells = sheet.values[row] ?? [];
    const filled = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== '';
    let at = header.labelCol + 1;
    while (at < cells.length && !filled(cells[at])) at++;
    const next = at < cells.length ? cellText(sheet, row, at) : '';
    const rest = cells.slice(at + 1).some(filled);
    if (next && /[a-z]{2}/i.test(next) && parseAmount(next).kind !== 'number' && !rest) return { label: next, code: String(own) };
  }
  // (A row with no name but a description, a sum's words beside the short names, "| SUBTOTAL": named by it.)
  const described = header.descriptionCol !== undefined ? textOrNumber(sheet, row, header.descriptionCol) : null;
  const text = textOrNumber(sheet, row, header.labelCol) ?? nameMergedOver(sheet, row, header.labelCol) ?? described ?? indentedName(sheet, row, header);
  // "- Housing" is a bulleted "Housing"; "Tax liens........." a name with its dotted leader.
  const unbulleted = text && BULLET.test(text) ? text.replace(BULLET, '') : text && TREE_BRANCH.test(text) ? text.replace(TREE_BRANCH, '') : text;
  const undotted = unbulleted && LEADER_DOTS.test(unbulleted) ? unbulleted.replace(LEADER_DOTS, '') || unbulleted : unbulleted;
  // "Other [1]", "Grants¹": the mark of a footnote under the table, not part of the name.
  const label = undotted && FOOTNOTE_MARK.test(undotted) ? undotted.replace(FOOTNOTE_MARK, '') || undotted : undotted;
  if (header.codeCol !== null) {
    const code = textOrNumber(sheet, row, header.codeCol);
    // "A. REVENUES", "1a.Health & Welfare", "F.1) BEG. FUND BAL.": the line's place in the
    // summary's outline, where its account code has a column of its own; no part of its name.
    // (So is the letter of an item under a numbered one, "a) Transfers In".)
    const outlined = label && OUTLINE_MARK.test(label) ? label.replace(OUTLINE_MARK, '') : label && LETTERED_ITEM.test(label) ? label.replace(LETTERED_ITEM, '') : null;
    if (outlined) return { label: outlined, code };
    // A row named in the code column, its name cell empty ("Total payments", "Net Budget
    // Performance" under the codes 1 to 8): the words are its name.
    // (Left of it, where the lines' columns hold a ledger key, a heading's own code, "11 |
    // Governing Body Division", or the word that makes the row a sum, "TOTAL | Governing Body
    // Divisio", as a financial system's report prints a division's heading and its total.)
    if (label === null && code !== null && /[a-z]{3,}/i.test(code) && !CODE_VALUE.test(code)) {
      const before = textLeftOfCodes(sheet, row, header);
      if (before !== null && BARE_TOTAL_WORD.test(before)) return { label: code, code: null, sumWordBeside: true };
      return { label: code, code: before !== null && CODE_VALUE.test(before) ? before : null };
    }
    // The code column codes the sections ("1 National Support"); their lines carry sub-codes at
    // the start of their names ("1.1 Local Government Equalisation Fund").
    if (code === null && label && /^\d{1,3}\.\d{1,3}\s/.test(label)) {
      const split = splitLeadingCode(label);
      if (split) return { label: split.name, code: split.code };
    }
    return { label, code };
  }
  if (header.codesInLabels && label) {
    const split = splitLeadingCodeOrMark(label);
    if (split) return { label: split.name, code: split.code };
  }
  // A letter or number in brackets before a name ("(a) Insurance", "(iv) Grants") is its code,
  // on whichever lines have one.
  const bracketed = label ? BRACKETED_CODE.exec(label) : null;
  if (bracketed) return { label: bracketed[2]!.trim(), code: bracketed[1]! };
  // "Vote 1– Net Operating expenditures": a parliamentary vote's number before its name.
  const vote = label ? VOTE_CODE.exec(label) : null;
  if (vote) return { label: vote[2]!.trim(), code: vote[1]!.replace(/\s+/g, ' ') };
  return { label, code: null };
}

/** A sum's word alone, printed apart from the name it closes: "TOTAL", "Total:". */
const BARE_TOTAL_WORD = /^(grand\s+)?totals?:?$/i;

/**
 * The words or code in the nearest filled cell left of the codes column, where that is no
 * column the table reads (a ledger key before a line's object code): null where there is none.
 */
function textLeftOfCodes(sheet: SheetGrid, row: number, header: BudgetHeader): string | null {
  for (let c = header.codeCol! - 1; c >= 0; c--) {
    if (c === header.rowNumberCol || header.columns.some((x) => x.col === c)) return null;
    const t = textOrNumber(sheet, row, c);
    if (t !== null) return t.trim();
  }
  return null;
}

/** Whether the next row with anything in it is named as a total ("Total", "TOTAL EXPENDITURE"). */
function nextLabelIsTotal(sheet: SheetGrid, row: number, header: BudgetHeader): boolean {
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 3); r++) {
    if (isBlankRow(sheet, r)) continue;
    const label = labelOf(sheet, r, header).label;
    return label !== null && TOTAL_LABEL.test(label);
  }
  return false;
}

/** Whether the row has a figure under another year's column, kept as context (last year's, next year's). */
/**
 * Whether the column right of the figures read holds their sums and nothing else of figures: no
 * heading of its own, never a figure beside one of the lines' (short notes there, "pledged +",
 * "revised", are no figures), and figures on two rows at least where the lines' column is blank.
 * A sheet of years side by side, each year's lines in one column and its sums in the next
 * ("2012 Budget" over 5,913.60 … and "Total Revenue" 5,918.60 a column right), lays them so.
 */
function sumsColumnRightOf(sheet: SheetGrid, header: BudgetHeader, col: number, firstRow: number): boolean {
  const sums = col + 1;
  if (header.headerRows.some((r) => cellText(sheet, r, sums) !== '')) return false;
  let sumsAlone = 0;
  for (let r = firstRow; r < Math.min(sheet.values.length, firstRow + 200); r++) {
    const sum = parseAmount(cellValue(sheet, r, sums)).kind === 'number';
    if (!sum) continue;
    if (parseAmount(cellValue(sheet, r, col)).kind !== 'blank') return false;
    sumsAlone++;
  }
  return sumsAlone >= 2;
}

/** Whether a row holds figures in the table's columns between its names and its last read column that are not read. */
function figuresBesideTheRead(sheet: SheetGrid, r: number, header: BudgetHeader, amountCols: ReadonlyArray<{ col: number }>): boolean {
  const read = new Set(amountCols.map((a) => a.col));
  const last = Math.max(...read);
  for (let c = header.labelCol + 1; c <= last; c++) {
    if (!read.has(c) && parseAmount(cellValue(sheet, r, c)).kind === 'number') return true;
  }
  return false;
}

function hasOtherYearsFigures(sheet: SheetGrid, r: number, header: BudgetHeader): boolean {
  // Another year's figure, or this year's at another stage ("REQUEST 2006 | RECOMMENDED 2006"
  // beside the "APPROVED 2006" read): money of the line, which is no heading.
  const read = header.readings.find((x) => x.role === 'annualBudget');
  const readYear = read ? YEAR_IN_TEXT.exec(read.text)?.[0] : undefined;
  const sameYearStage = (x: (typeof header.readings)[number]) => readYear !== undefined && x.measure === null && x.role === null && YEAR_IN_TEXT.exec(x.text)?.[0] === readYear;
  // (A dash alone, "A1110 • Town Justice | -", is no figure: a heading printed with one. A typed
  // nought, "Sewerage Tax | 0 | 0", is the line's figure.)
  return header.readings.some((x) => {
    if (x.otherYear !== true && !sameYearStage(x)) return false;
    const v = cellValue(sheet, r, x.col);
    if (typeof v === 'string' && /^\s*[-–—]\s*$/.test(v)) return false;
    return parseAmount(v).kind === 'number';
  });
}

/** How many cells of a row hold words (not figures) outside its name, code and figures read. */
function fieldsBesideTheName(sheet: SheetGrid, r: number, header: BudgetHeader, amountCols: ReadonlyArray<{ col: number }>): number {
  const taken = new Set([header.labelCol, header.codeCol, ...amountCols.map((c) => c.col)]);
  const row = sheet.values[r] ?? [];
  let n = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (!taken.has(c) && typeof v === 'string' && v.trim() !== '' && parseAmount(v).kind !== 'number') n++;
  }
  return n;
}

/** A header naming a year: "REQUEST 2006", "2024/25". */
const YEAR_IN_TEXT = /\b(19|20)\d\d\b/;

/** Whether every figure cell of a row that is filled holds two figures or more, a line each ("46,627\n44,108"). */
function packedFigures(sheet: SheetGrid, r: number, amountCols: ReadonlyArray<{ col: number }>): boolean {
  let packed = 0;
  for (const { col } of amountCols) {
    const v = cellValue(sheet, r, col);
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || v.split(/\n/).filter((x) => parseAmount(x.trim()).kind === 'number').length < 2) return false;
    packed++;
  }
  return packed > 0;
}

/** Whether a label names the rows it adds by their codes ("Grand Total (A+B)"), one of them left out. */
function addsLeftOutRow(label: string, leftOut: ReadonlySet<string>): boolean {
  if (leftOut.size === 0) return false;
  const named = /\(\s*([a-z0-9]{1,3}(?:\s*\+\s*[a-z0-9]{1,3})+)\s*\)/i.exec(label);
  return named !== null && named[1]!.split('+').some((c) => leftOut.has(c.trim().toUpperCase()));
}

/** `parsed`: the row's figures that are not plain numbers (null for those that are). */
/**
 * Whether every figure of a row (two or more, each money) is the sum of the rows above labelled
 * as totals, or the first of them less the others: the net of a table's blocks.
 */
function netsTheTotalsAbove(rows: ReadonlyArray<RawBudgetRow>, figures: ReadonlyArray<{ role: AmountRole; value: number } | null>): boolean {
  const totals = rows.filter((r) => r.label !== null && TOTAL_LABEL.test(r.label) && !SUBTOTAL_LABEL.test(r.label));
  const read = figures.filter((f): f is { role: AmountRole; value: number } => f !== null && isMoney(f.role));
  if (totals.length < 2 || read.length < 2) return false;
  const fits = (net: (values: number[]) => number) => read.every(({ role, value }) => {
    const values = totals.map((t) => t.values[role]);
    return values.every((v): v is number => typeof v === 'number') && Math.abs(net(values) - value) <= 1;
  });
  return fits((v) => v.reduce((a, b) => a + b, 0)) || fits((v) => v[0]! - v.slice(1).reduce((a, b) => a + b, 0));
}

function isMeasureRow(label: string | null, parsed: ReadonlyArray<ParsedAmount | null>): boolean {
  // (A share in brackets qualifies money, "Administration fee (15% of total grant)": only "(%)" marks a rate.)
  // (A balance named with an aside, "Year end cash (Chequing account) balance", is one too.)
  if (label && (MEASURE_ROW_LABEL.test(label.replace(/\((?!%\))[^)]*\)/g, ' ')) || BALANCE_ROW_LABEL.test(label) || BALANCE_ROW_LABEL.test(label.replace(/\s*\([^)]*\)\s*/g, ' ')) || MEMO_ROW_LABEL.test(label) || NET_RESULT_LABEL.test(label))) return true;
  return parsed.some((p) => p?.kind === 'text' && /%\s*$/.test(p.text));
}

/**
 * Columns whose sub-accounts' figures are printed left of them, a column a level, as an
 * accounts package or a budget book's outline indents them ("Registrations | | 85,500 | | 98,250 |"
 * under "Jan-Dec 99 Actual | | 2000 Budget * | | 2001 Budget", the parent accounts' figures under
 * the headings themselves; "DETAILS | LINE ITEMS | AMOUNT", the offices' sums under AMOUNT, their
 * lines' under LINE ITEMS, the lines' details under DETAILS): by the index of each amount column,
 * the columns its figures step left to, the nearest first. Each under a blank heading or one
 * naming an outline's level, filled on rows the others are not, twice or more, and never on the
 * same row as another of them.
 */
function figuresStepLeft(sheet: SheetGrid, header: BudgetHeader, amountCols: ReadonlyArray<{ col: number; adds?: ReadonlyArray<number> }>, firstRow: number): Array<number[] | undefined> {
  const read = new Set([header.labelCol, ...(header.codeCol !== null ? [header.codeCol] : []), ...header.columns.map((c) => c.col)]);
  const filled = (r: number, c: number) => !isEmptyCell(cellValue(sheet, r, c));
  const headed = (c: number) => header.headerRows.map((h) => cellText(sheet, h, c)).filter(Boolean).join(' ');
  const end = Math.min(sheet.values.length, firstRow + 200);
  return amountCols.map(({ col, adds }) => {
    if (adds) return undefined;
    const stair: number[] = [];
    for (let left = col - 1; left >= 0 && !read.has(left); left--) {
      const heading = headed(left);
      // (Deeper than one level only under headings that name the levels: a blank column two to
      // the left is a gap before the names.)
      if (heading ? !OUTLINE_LEVEL_HEADING.test(heading.replace(/\s+/g, " ")) : stair.length > 0) break;
      let stepped = 0;
      let fits = true;
      for (let r = firstRow; r < end && fits; r++) {
        if (!filled(r, left)) continue;
        // (The header printed again over the next table, "ALLOCATIONS | DETAILS | LINE ITEMS | AMOUNT", is no line.)
        if (heading && cellText(sheet, r, left).toLowerCase() === heading.toLowerCase()) continue;
        if (filled(r, col) || stair.some((c) => filled(r, c)) || parseAmount(cellValue(sheet, r, left)).kind !== 'number') fits = false;
        else stepped++;
      }
      // (A level's column left empty in this table, "LINE ITEMS" with nothing under it, is stepped over.)
      if (fits && stepped === 0 && heading) continue;
      if (!fits || stepped < 2) break;
      stair.push(left);
      if (!heading) break;
    }
    return stair.length ? stair : undefined;
  });
}

function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Whether the words right of a row's figures (its note) say it counts things or gives a rate: "# POE units installed". */
function noteNamesAMeasure(sheet: SheetGrid, r: number, lastCol: number): boolean {
  const row = sheet.values[r] ?? [];
  const notes = row.slice(lastCol + 1).filter((v): v is string => typeof v === 'string' && /[a-z]{2}/i.test(v));
  return notes.length === 1 && (/^#\s*\w/.test(notes[0]!.trim()) || MEASURE_ROW_LABEL.test(notes[0]!));
}

export function roleName(role: AmountRole): string {
  switch (role) {
    case 'ytdBudget': return 'YTD budget';
    case 'ytdActual': return 'YTD actual';
    case 'ytdVariance': return 'YTD variance';
    case 'annualBudget': return 'Annual budget';
    case 'forecastOutturn': return 'Forecast outturn';
    case 'forecastVariance': return 'Forecast variance';
    case 'remaining': return 'Remaining budget';
  }
}

/**
 * A total with more lines after it closes a block of the table ("Total" under the income,
 * before the expenditure; the net expenditure before the precept and the year's surplus): a
 * subtotal. The table's total is the last.
 */
function totalsOfBlocks(rows: RawBudgetRow[]): void {
  let linesAfter = false;
  // Whether another block, or a result worked from this total, follows: lines alone after a
  // total ("BUDGET TOTAL", then the "PRECEPT" that funds it) are beyond the table's sum.
  let blockAfter = false;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.kind === 'line' && Object.values(row.values).some((v) => typeof v === 'number')) linesAfter = true;
    else if (row.kind === 'total' && linesAfter && blockAfter) row.kind = 'subtotal';
    if (row.kind !== 'line' || (row.label !== null && YEAR_RESULT_LABEL.test(row.label))) blockAfter = true;
  }
}

/**
 * A row with a name and no figures is a heading only where it heads lines: lines with figures
 * follow it before the next heading, or the heading right under it heads some ("EXPENDITURE"
 * over "Administration"), or it heads measures that are left out ("Welfare Services Provided"
 * over "Number of households supported"). Others ("Greaves Solar Farm Community Fund" just before "Total
 * income") are lines with nothing in them yet, unless the name captions a sum ("Income without
 * precept" over "Total reported income"): that row is not part of the table's figures.
 */
function headingsThatHead(rows: RawBudgetRow[], headsMeasures: ReadonlySet<number>): void {
  // (The year's result worked from a total, "SURPLUS budgeted over total Expenditure", is a sum too.)
  const sums = (r: RawBudgetRow) => r.label !== null && (TOTAL_LABEL.test(r.label) || YEAR_RESULT_LABEL.test(r.label));
  const hasFigures = (r: RawBudgetRow) => Object.values(r.values).some((v) => typeof v === 'number');
  const capitals = (r: RawBudgetRow | undefined) => r?.label != null && /[A-Z]{3}/.test(r.label) && r.label === r.label.toUpperCase();
  // Read from the bottom: whether lines with figures stand between here and the next heading down.
  let linesBelow = false;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (row.kind !== 'section') {
      if (!sums(row) && hasFigures(row)) linesBelow = true;
      continue;
    }
    // Rows below are settled already: a heading right under this one heads lines. (Not a name
    // in small letters over a heading in capitals, "VAT", "Transfer to fair fund" over "EARMARKED
    // FUNDS EXPENDITURE": it cannot head the more prominent heading; it is a line left empty.)
    // (Straight above it: across a gap or a page's header, the two need not be one block.)
    const next = rows[i + 1];
    const headsHeading = next?.kind === 'section' && !(next.row === row.row + 1 && capitals(next) && !capitals(row) && !linesBelow);
    if (linesBelow || headsHeading || headsMeasures.has(row.row)) linesBelow = false;
    else if (row.label !== null && SUM_CAPTION_LABEL.test(row.label)) rows.splice(i, 1);
    else row.kind = 'line';
  }
}

/** At most this many rows labelled as totals are tried as lines: each try reads the table again. */
const MAX_TOTALS_TRIED_AS_LINES = 40;

/**
 * The rows all the tries of one kind may read again between them: a table of thousands of lines
 * whose sums are wrong everywhere gets fewer tries (at least two), so it is read in a second or
 * two, not minutes (23,000 rows of wrong sums took 209 s before). A table of up to 1,250 rows
 * keeps its forty, as every table of the corpus does.
 */
const ROWS_READ_AGAIN_IN_TRIES = 50_000;

/** How many sums of a table of `rows` rows are tried as lines, in each kind of try. */
function triesFor(rows: number): number {
  return Math.max(2, Math.min(MAX_TOTALS_TRIED_AS_LINES, Math.floor(ROWS_READ_AGAIN_IN_TRIES / Math.max(1, rows))));
}

/**
 * A total that does not add up its lines but is their income less their costs, on every figure
 * it has: the net result of a table that prints costs as positive figures. Read so, its sum is
 * checked as that, never called wrong.
 */
function netTotals(rows: RawBudgetRow[], roles: AmountRole[]): void {
  const byRow = new Map(rows.map((r) => [r.row, r]));
  for (const total of rows) {
    if (total.kind !== 'total' || !total.sumOf?.length) continue;
    const members = total.sumOf.map((x) => byRow.get(x)!).filter(Boolean);
    const income = members.filter(namedAsIncome);
    const costs = members.filter((m) => !namedAsIncome(m));
    if (income.length === 0 || costs.length === 0) continue;
    const money = roles.filter((role) => isMoney(role) && typeof total.values[role] === 'number');
    const fitting = (signed: boolean) => money.filter((role) => isNetOf(total.values[role]!, members, role, (m) => signed && costs.includes(m))).length;
    // Netting on every figure, or on all but one of three or more (that one is then wrong, and said).
    const nets = fitting(true);
    if (nets > fitting(false) && nets >= (money.length >= 3 ? money.length - 1 : money.length)) total.lessRows = costs.map((c) => c.row);
  }
}

/**
 * The structure of the table, with rows labelled as totals that add up nothing above them read
 * as lines where that makes the table add up. A summary of totals from elsewhere ("Total
 * Restricted Income", "Total Unrestricted Income", then "Total Income") names its lines as
 * totals; read as totals of the rows above, every column would be a false alarm. A total that
 * is wrong stays a total: read as a line, the total below it would not add up either.
 */
function structureByFigures(rows: RawBudgetRow[], roles: AmountRole[]): void {
  const tries = triesFor(rows.length);
  structure(rows, roles, new Set());
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const labelledTotals = rows.filter((r) => r.kind === 'total' && r.label !== null && TOTAL_LABEL.test(r.label) && matchesNothing(r, byRow, roles));
  let forced = new Set<number>();
  let now = labelledTotals.length ? sumAgreement(rows, byRow, roles) : { matched: 0, wrong: 0 };
  for (const candidate of labelledTotals.slice(0, tries)) {
    // Whether it adds up nothing is judged on the reading so far: once "Total Unrestricted
    // Income" is a line, "Total Income" adds it up.
    if (!candidate.sumOf || candidate.kind !== 'total' || !matchesNothing(candidate, byRow, roles)) continue;
    const next = new Set([...forced, candidate.row]);
    structure(rows, roles, next);
    const tried = sumAgreement(rows, byRow, roles);
    // A line where a total below it then adds up; a wrong total makes nothing else add up.
    if (tried.matched > now.matched && tried.wrong < now.wrong) {
      forced = next;
      now = tried;
    } else {
      structure(rows, roles, forced);
    }
  }
  // "Total Expenses" under "Total Revenues", adding up nothing but that other total and not
  // equal to it: two lines of a summary, not a sum of one total.
  const onlyTotal = rows.filter((r) => r.kind === 'total' && r.label !== null && TOTAL_LABEL.test(r.label) && r.sumOf?.length === 1 && TOTAL_LABEL.test(byRow.get(r.sumOf[0]!)?.label ?? '') && matchesNothing(r, byRow, roles));
  if (onlyTotal.length) structure(rows, roles, (forced = new Set([...forced, ...onlyTotal.map((r) => r.row)])));
  // A row labelled as a total whose sum would be the one row above it, and differs from it on
  // every figure ("Total Direct Revenues" under "Total Expenditures", with one figure column):
  // no sum of one line differs from it; both are lines of a summary. Settled from the top, as
  // each such row read as a line changes what the next adds up.
  for (let k = 0; k < tries; k++) {
    const lone = rows.find((r) => r.kind === 'total' && r.label !== null && TOTAL_LABEL.test(r.label) && r.sumOf?.length === 1 && differsEverywhere(r, byRow.get(r.sumOf[0]!)!, roles));
    if (!lone) break;
    forced = new Set([...forced, lone.row]);
    structure(rows, roles, forced);
  }
  // Then any row labelled as a sum that adds up wrong on every figure it has, tried as a line:
  // kept a line where more sums then agree and fewer disagree (a wrong total alone stays a total).
  let agreement = sumAgreement(rows, byRow, roles);
  const tried = new Set<number>();
  for (let k = 0; k < tries && agreement.wrong > 0; k++) {
    const wrongSum = rows.find((r) => !tried.has(r.row) && (r.kind === 'total' || r.kind === 'subtotal') && r.label !== null && TOTAL_LABEL.test(r.label) && !SUBTOTAL_LABEL.test(r.label) && wrongEverywhere(r, byRow, roles));
    if (!wrongSum) break;
    tried.add(wrongSum.row);
    const next = new Set([...forced, wrongSum.row]);
    structure(rows, roles, next);
    const after = sumAgreement(rows, byRow, roles);
    if (after.wrong < agreement.wrong && after.matched > agreement.matched) {
      forced = next;
      agreement = after;
    } else {
      structure(rows, roles, forced);
    }
  }
  // Then, where a sum still adds up wrong, a line among what it adds whose every figure is the
  // sum of the lines straight under it ("Finance - Employee Benefits *" over its thirteen
  // benefits): their sum printed above them, counted in their place, where more sums then agree
  // and fewer disagree.
  if (agreement.wrong === 0) return;
  const sumsOver: Array<{ at: number; members: number[] }> = [];
  const indexOf = new Map(rows.map((r, i) => [r.row, i]));
  const looked = new Set<number>();
  // (Counted as tried, kept or not: a table of thousands of wrong sums, each with a line over
  // lines that add up to it, would otherwise be read again twice for each.)
  let triedOver = 0;
  for (const sum of rows) {
    if (triedOver >= tries) break;
    if (!sum.sumOf || sumsOf(sum, byRow, roles).wrong === 0) continue;
    const foundHere: Array<{ at: number; members: number[] }> = [];
    for (const member of sum.sumOf) {
      const at = indexOf.get(member);
      if (at === undefined || looked.has(at) || triedOver + foundHere.length >= tries) continue;
      looked.add(at);
      const found = sumOfLinesUnder(rows, at, roles);
      if (found) foundHere.push(found);
    }
    // Every group's sum printed over its lines ("Current payments | Transfers and subsidies |
    // Payments for capital assets", each over its items, then "TOTAL"): the total agrees only once
    // all of them stand for their lines, so they are tried together first, then one by one.
    triedOver += foundHere.length;
    if (foundHere.length >= 2) {
      const all = [...sumsOver, ...foundHere];
      structure(rows, roles, forced, all);
      const after = sumAgreement(rows, byRow, roles);
      if (after.wrong < agreement.wrong && after.matched > agreement.matched) {
        sumsOver.push(...foundHere);
        agreement = after;
        continue;
      }
      structure(rows, roles, forced, sumsOver);
    }
    for (const found of foundHere) {
      const next = [...sumsOver, found];
      structure(rows, roles, forced, next);
      const after = sumAgreement(rows, byRow, roles);
      if (after.wrong < agreement.wrong && after.matched > agreement.matched) {
        sumsOver.push(found);
        agreement = after;
      } else {
        structure(rows, roles, forced, sumsOver);
      }
    }
  }
}

/** The lines straight under a named line (two or more, to a heading or a sum) whose sum is its every figure, two of them at least not nought. */
function sumOfLinesUnder(rows: RawBudgetRow[], at: number, roles: AmountRole[]): { at: number; members: number[] } | null {
  const head = rows[at]!;
  if (head.kind !== 'line' || head.label === null) return null;
  const figures = roles.filter((r) => typeof head.values[r] === 'number');
  if (figures.filter((r) => head.values[r] !== 0).length < 2) return null;
  const run = new Running(roles);
  const members: number[] = [];
  for (let j = at + 1; j < rows.length && members.length < 40; j++) {
    const row = rows[j]!;
    // (A line printed with no figure, "Non-profit institutions" between two with them, read as a
    // heading, is passed over.)
    if (row.kind === 'section' && members.length > 0 && roles.every((r) => typeof row.values[r] !== 'number')) continue;
    if (row.kind !== 'line' || (row.label !== null && (TOTAL_LABEL.test(row.label) || SUBTOTAL_LABEL.test(row.label)))) return null;
    run.push(row);
    members.push(j);
    // (One line alone, its figures the same, only where the table's sum follows it: "Payments for
    // capital assets" over "Machinery and equipment" alone, then "TOTAL".)
    const last = members.length === 1 ? rows[j + 1] : undefined;
    const endsTheBlock = last !== undefined && last.kind !== 'line' && last.kind !== 'section';
    if ((members.length >= 2 || endsTheBlock) && matchScore(head, run, roles) === figures.length) return { at, members };
  }
  return null;
}

/** Whether a sum row's every figure differs from the sum of the rows it covers. */
function wrongEverywhere(row: RawBudgetRow, byRow: ReadonlyMap<number, RawBudgetRow>, roles: AmountRole[]): boolean {
  const { checked, wrong } = sumsOf(row, byRow, roles);
  return checked >= 1 && wrong === checked;
}

/** Whether a row's every figure differs from the one row it would add up. */
function differsEverywhere(row: RawBudgetRow, only: RawBudgetRow, roles: AmountRole[]): boolean {
  const figures = roles.filter((role) => typeof row.values[role] === 'number' && typeof only.values[role] === 'number');
  return figures.length > 0 && figures.every((role) => row.values[role] !== only.values[role]);
}

/** True where a row's figures (two or more) match the sum of the rows it covers in no column. */
function matchesNothing(row: RawBudgetRow, byRow: ReadonlyMap<number, RawBudgetRow>, roles: AmountRole[]): boolean {
  const { checked, wrong } = sumsOf(row, byRow, roles);
  return checked >= 2 && wrong === checked;
}

/** Columns, over every total and subtotal, whose figure is and is not the sum of its rows. */
function sumAgreement(rows: RawBudgetRow[], byRow: ReadonlyMap<number, RawBudgetRow>, roles: AmountRole[]): { matched: number; wrong: number } {
  let matched = 0;
  let wrong = 0;
  for (const r of rows) {
    if (!r.sumOf) continue;
    const x = sumsOf(r, byRow, roles);
    matched += x.checked - x.wrong;
    wrong += x.wrong;
  }
  return { matched, wrong };
}

function sumsOf(row: RawBudgetRow, byRow: ReadonlyMap<number, RawBudgetRow>, roles: AmountRole[]): { checked: number; wrong: number } {
  if (row.lessRows) return netsOf(row, byRow, roles);
  const items = new Running(roles);
  for (const r of row.sumOf ?? []) items.push(byRow.get(r)!);
  let checked = 0;
  for (const role of roles) if (typeof row.values[role] === 'number' && items.countOf(role) > 0) checked++;
  return { checked, wrong: checked - matchScore(row, items, roles) };
}

/** As `sumsOf`, for a net: its rows added, those it takes away subtracted; variances not checked. */
function netsOf(row: RawBudgetRow, byRow: ReadonlyMap<number, RawBudgetRow>, roles: AmountRole[]): { checked: number; wrong: number } {
  const less = new Set(row.lessRows);
  let checked = 0;
  let wrong = 0;
  for (const role of roles) {
    const v = row.values[role];
    if (typeof v !== 'number' || !isMoney(role)) continue;
    const members = (row.sumOf ?? []).map((r) => byRow.get(r)!).filter((m) => typeof m.values[role] === 'number');
    if (members.length === 0) continue;
    checked++;
    if (!isNetOf(v, members, role, (m) => less.has(m.row))) wrong++;
  }
  return { checked, wrong };
}

/**
 * Gives each row its section and tells subtotals from totals. A row that adds up is compared
 * with two candidates, the open section's lines and everything at the top level, and takes
 * whichever its figures match; the label breaks ties.
 */
function structure(rows: RawBudgetRow[], roles: AmountRole[], readAsLines: ReadonlySet<number>, sumsOverLines: ReadonlyArray<{ at: number; members: number[] }> = []): void {
  // Read afresh: a table may be read more than once (structureByFigures).
  for (const row of rows) {
    if (row.kind !== 'section') row.kind = 'line';
    row.section = null;
    delete row.sumOf;
    delete row.lessRows;
  }
  let section: string | null = null;
  let sectionItems = new Running(roles);
  // A row that is itself a result: a net, a surplus, or a sum of income and costs together.
  let byRowNumber: Map<number, RawBudgetRow> | undefined;
  const isResult = (r: RawBudgetRow): boolean => {
    if (r.lessRows !== undefined || (r.label !== null && YEAR_RESULT_LABEL.test(r.label))) return true;
    if (!r.sumOf || r.sumOf.length < 2) return false;
    // (A total named for the spending, "Total Expense", is the costs, whatever revenue is netted in it.)
    if (r.label !== null && SPENDING_TOTAL_LABEL.test(r.label.trim())) return false;
    byRowNumber ??= new Map(rows.map((x) => [x.row, x]));
    const members = r.sumOf.map((n) => byRowNumber!.get(n)).filter((m): m is RawBudgetRow => m !== undefined);
    return members.some(namedAsIncome) && members.some((m) => !namedAsIncome(m));
  };
  // The top level keeps running sums, so each subtotal is compared in constant time
  // however many sections came before it.
  let topLevel = new Running(roles);
  // The lines at the top level since the last row that adds up: a block ("Pay | Drugs | Other
  // non pay") that a row below may close ("Total expenditure").
  let openRun = new Running(roles);
  // Every line since the last row that adds up, across the headings between: a department's
  // lines under its categories ("Personnel", "Services"), which its "TOTAL" adds up.
  let sinceSum = new Running(roles);

  // After a row that adds up the block open above it: no section open, and no lines since a sum.
  // Totals of one flow across the blocks ("Directorate Expenditure Total", "Directorate Income Total").
  const flowTotals: RawBudgetRow[] = [];
  const startAfterTheSum = () => {
    sectionItems = new Running(roles);
    section = null;
    openRun = new Running(roles);
    sinceSum = new Running(roles);
  };
  // A row found to add up other rows (not the lines of the block it closes): they leave the top
  // level, where it stands for them, and what follows starts afresh.
  const standsForSums = (row: RawBudgetRow, kind: 'subtotal' | 'total', members: ReadonlyArray<RawBudgetRow>, less: ReadonlyArray<RawBudgetRow> = []) => {
    row.kind = kind;
    row.sumOf = members.map((x) => x.row);
    if (less.length) row.lessRows = less.map((x) => x.row);
    const covered = new Set(members);
    topLevel = topLevel.filtered((x) => !covered.has(x));
    topLevel.push(row);
    startAfterTheSum();
  };
  const closeSectionWithoutSubtotal = () => {
    topLevel.absorb(sectionItems);
    sectionItems = new Running(roles);
    section = null;
  };
  const pushLine = (row: RawBudgetRow) => {
    sinceSum.push(row);
    row.section = section;
    if (section !== null) sectionItems.push(row);
    else {
      topLevel.push(row);
      openRun.push(row);
    }
  };

  // A sum printed above the lines it adds up ("Systems (Sub Total)" over its four lines): it
  // stands for them, and they are not counted again.
  const above = sumAboveItsLines(rows, roles, readAsLines);
  // (Or each group's sum on its heading, over the group's lines: "Public Safety and Protection"
  // over Municipal Court, Police, Fire …, as a budget book prints its programmes.)
  const heads = new Map<number, number[]>(above ? [[above.at, above.members]] : headsOverTheirLines(rows, roles, readAsLines).map((h) => [h.at, h.members]));
  for (const h of sumsOverLines) heads.set(h.at, h.members);
  for (const h of blocksOwnSums(rows, readAsLines)) heads.set(h.at, h.members);
  for (const h of headsOfTheirLevel(rows, roles, readAsLines)) heads.set(h.at, h.members);
  const standsFor = new Set([...heads.values()].flat());
  let block: string | undefined;
  // The headings met so far, for a "Total Travel" that closes the block "Travel" opened, with
  // blocks of its own inside it.
  const headingsSeen = new Map<string, number>();
  // The lines named for one flow alone ("Gross Expenditure", "Gross Income") met so far, kept as
  // the rows go by (asked of every labelled total, a search back would cost a big budget's time).
  const flowLines: Record<'in' | 'out', RawBudgetRow[]> = { in: [], out: [] };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const previous = i > 0 ? rows[i - 1]! : null;
    if (previous && previous.kind === 'line' && previous.label !== null && BLOCK_NAME_LABEL.test(previous.label.trim())) {
      const flow = flowNamed(previous.label);
      if (flow) flowLines[flow].push(previous);
    }
    // A section column's new name opens a section, as a heading row would.
    if (row.block !== undefined && row.block !== block) {
      closeSectionWithoutSubtotal();
      openRun = new Running(roles);
      section = row.block;
      block = row.block;
    }
    const members = heads.get(i);
    if (members) {
      // (A flow's sum over every line of the table is its total.)
      row.kind = above?.at === i && above.whole ? 'total' : 'subtotal';
      row.sumOf = members.map((m) => rows[m]!.row);
      // (A sum that a sum of a level up counts, "Section" under "Département", is counted there.)
      if (!standsFor.has(i)) topLevel.push(row);
      continue;
    }
    if (standsFor.has(i)) continue;
    if (row.kind === 'section') {
      closeSectionWithoutSubtotal();
      openRun = new Running(roles);
      section = row.label;
      if (row.label !== null) headingsSeen.set(nameKey(row.label), row.row);
      continue;
    }
    const label = row.label;
    // A parent account printed with no figure ("5-1030 · Council & Ex Expenses" over its
    // sub-accounts) heads the block its total closes, as a heading does.
    if (label !== null && row.kind === 'line' && roles.every((r) => row.values[r] === null || row.values[r] === undefined) && !row.unreadable) headingsSeen.set(nameKey(label), row.row);
    const asLine = readAsLines.has(row.row);
    // A name between asterisks, as a county ledger marks its sums ("*EXPENDITURE ACCOUNTS*" over
    // its groups, "***TOTAL***" the fund's): a subtotal, or the total where it says so.
    const starred = label !== null && STARRED_SUM.test(label.trim());
    const bare = starred ? label!.trim().replace(/^\*+|\*+$/g, '').trim() : label;
    // An item of a summary's outline ("D. TOTAL OTHER FINANCING SOURCES/USES"), marked as its
    // lines are, is one line of the outline whatever its words: a sum only where its figures are one.
    const outlineItem = row.code !== null && OUTLINE_ITEM_CODE.test(row.code);
    const labelledTotal = !asLine && !outlineItem && bare !== null && ((TOTAL_LABEL.test(bare) && !SUBTOTAL_LABEL.test(bare)) || row.sumWordBeside === true);
    const labelledSubtotal = !asLine && !outlineItem && bare !== null && (SUBTOTAL_LABEL.test(bare) || (starred && !TOTAL_LABEL.test(bare)));
    // "Net Tuition & Fees" under the fees and the aid against them, within a section, adds them
    // up where its every figure is their sum: read as a sum of the section's lines, below.
    const netOfSection = !asLine && section !== null && label !== null && /^net\b/i.test(label) && sumItFits(row, [sectionItems], roles, true) !== null;
    // "Income" again under the income's lines, their sum on every figure: the section's total,
    // named as its heading was. Named so, it may close a section of one line, on two figures or
    // more ("CHIEF EXECUTIVE" over its one service, then again with the same figures).
    const repeatsSection = !asLine && section !== null && label !== null && nameOfHeading(label) === nameOfHeading(section) && sumItFits(row, [sectionItems], roles, true, 1) !== null;
    // "Expenditure" under a cost centre's coded lines, their sum on every figure: the section's
    // subtotal, named for the block it closes.
    const namesTheBlock = !asLine && section !== null && label !== null && BLOCK_NAME_LABEL.test(label.trim()) && sumItFits(row, [sectionItems], roles) !== null;
    // "Final Total" under "Breakdown | Income | Exp & Projects": the income less the spending
    // under its heading, the year's balance, however few its figures (a parish's one column).
    const netOfHeading = labelledTotal && section !== null && sectionItems.rows.length >= 2 && sumItFits(row, [sectionItems], roles, true) === null ? netItFits(row, sectionItems.rows, roles, isResult, 1) : null;
    if (netOfHeading) {
      row.kind = 'total';
      row.section = null;
      row.sumOf = netOfHeading.rows.map((x) => x.row);
      row.lessRows = netOfHeading.less.map((x) => x.row);
      topLevel = new Running(roles);
      topLevel.push(row);
      startAfterTheSum();
      continue;
    }
    // "TOTAL, OTHER FINANCING SOURCES/USES": a sum named for both sides, its lines named for the
    // side taken away ("Transfers Out", "Uses") less the others, on every figure (a school
    // district's state form).
    const bothSides = (labelledTotal || labelledSubtotal) && bare !== null && BOTH_SIDES.test(bare) ? sumOfBothSides(rows, i, roles) : null;
    if (bothSides) {
      row.kind = 'subtotal';
      row.sumOf = bothSides.members.map((x) => x.row);
      if (bothSides.less.length) row.lessRows = bothSides.less.map((x) => x.row);
      const covered = new Set(row.sumOf);
      topLevel = topLevel.filtered((x) => !covered.has(x.row));
      for (const x of sectionItems.rows) if (!covered.has(x.row)) topLevel.push(x);
      topLevel.push(row);
      startAfterTheSum();
      continue;
    }
    // "Directorate Expenditure Total" under blocks each of "Gross Expenditure", "Gross Income"
    // and their net: the sum of the lines of its one flow, across the blocks, on every figure.
    // ("Directorate Total Net" after them: the two flows' totals added, on every figure.)
    const ofItsFlow = (labelledTotal || labelledSubtotal) && bare !== null ? linesOfItsFlow(row, bare, flowLines, roles) : null;
    const ofBothFlows = !ofItsFlow && !asLine && label !== null && /\btotal\b/i.test(label) && /\bnet\b/i.test(label) && flowTotals.length === 2 && addsUpTo(row, flowTotals, roles) ? flowTotals : null;
    // "Total Expenses + Reserves" under "Total Program Expense" and "Total Reserves": the sums
    // its name joins, added, on every figure.
    const joined = !ofItsFlow && !ofBothFlows && (labelledTotal || labelledSubtotal) && bare !== null ? sumsItsNameJoins(rows, i, bare, roles) : null;
    if (joined) {
      standsForSums(row, 'total', joined.members, joined.less);
      continue;
    }
    if (ofItsFlow || ofBothFlows) {
      if (ofItsFlow && !flowTotals.some((x) => flowNamed(x.label!) === flowNamed(bare!))) flowTotals.push(row);
      standsForSums(row, 'total', (ofItsFlow ?? ofBothFlows)!);
      continue;
    }
    // "30 - OTHER CHARGES" under "30345000 TAX/LIC/ASSSESS": a ledger's roll-up, its code the
    // start of the codes of the lines just above it, their sum on every figure (one line or more).
    const rollUp = !asLine && section === null ? linesOfItsCode(row, openRun, roles) : null;
    if (rollUp) {
      standsForSums(row, 'subtotal', rollUp);
      continue;
    }
    if (label !== null && !labelledTotal && !labelledSubtotal && !netOfSection && !repeatsSection && !namesTheBlock) {
      // A row named as a line whose every figure is the sum of the block above it ("Income"
      // under its income lines, "EBITDA" under income and expenditure) adds up, whatever its name.
      // (Under the last section's heading, a row that is the sum of the lines of every section
      // above, "Net Taxes Levied" under "Electoral Area" and "Member Municipality": the total.)
      // (Its figures tried first, in constant time; only a fit has its lines looked over.)
      // (Within a section, a group closed by its name alone, "Flood Defences" under its schemes:
      // three figures or more, one of them of three digits, each exactly the sum of the two lines
      // or more since the last sum, no rounding allowed, which small rounded figures meet by chance.)
      const exactly = () => {
        const figures = roles.filter((r) => typeof row.values[r] === 'number' && row.values[r] !== 0);
        return sinceSum.rows.length >= 2 && figures.length >= 3 && figures.some((r) => Math.abs(row.values[r] as number) >= 100) && figures.every((r) => Math.abs((row.values[r] as number) - sinceSum.sumOf(r)) < 1e-6);
      };
      const sum = asLine ? null : section === null ? sumItFits(row, [openRun, topLevel], roles, BOTTOM_LINE_NAME.test(label.trim())) : sumItFits(row, [sinceSum], roles) !== null && (linesOfSeveralSections(sinceSum) || exactly()) ? sinceSum : null;
      // A result named as one ("Gross Surplus/(Deficit)", "Operating Surplus / (Deficit) before
      // Transport Improvements") that is the income above less the costs above, on every money
      // figure: the table's net, printed with its costs as positive figures.
      // (Or named otherwise, "OPERATING INCOME", where what it nets is block totals alone: their
      // difference on every figure is no chance.)
      // (Asked only where it matters: every line of a table of thousands of sections would
      // otherwise look over all the subtotals above it.)
      // (A flow's one line named by the flow alone, "Expenditures | $ 1,925,666" under "Total
      // Revenues", stands for its block as a total does.)
      // (So does an item of a summary's outline named as a sum, "A. TOTAL REVENUES" over "B. TOTAL
      // EXPENDITURES" in a programme's summary: a line here, its block's lines printed elsewhere.)
      const standsForABlock = (x: RawBudgetRow) => x.kind === 'line' && x.label !== null && (MONEY_FLOW_ONLY.test(x.label.trim().toLowerCase()) || (x.code !== null && OUTLINE_ITEM_CODE.test(x.code) && TOTAL_LABEL.test(x.label)));
      const ofBlockTotals = () => topLevel.rows.length >= 2 && topLevel.rows.every((x) => x.kind === 'subtotal' || x.kind === 'total' || standsForABlock(x));
      // (On one figure alone only where both say so: a result's name, and block totals it nets,
      // "Net Revenues" under "Total Revenues" and "Total Expenditures" in a budget of one column.)
      // (In a section only where all it has held are sums printed over their lines, "Operating
      // Revenue" and "Operating Expenditure" under "Operating Revenue and Expenditure", and only
      // for a row named as a result: every section's first line would otherwise look over all
      // the sums above it, a 100,000-line budget's thousands of subtotals.)
      let net = sum || asLine || (section !== null && (sectionItems.rows.length > 0 || !YEAR_RESULT_LABEL.test(label))) || !(YEAR_RESULT_LABEL.test(label) || ofBlockTotals()) ? null : netItFits(row, topLevel.rows, roles, isResult, YEAR_RESULT_LABEL.test(label) && ofBlockTotals() ? 1 : 2);
      // (Or a result of its own block only, "Net Other Income" under "Total Other Income" and
      // "Total Other Expenses" after "Net Operating Income": the block totals since the last
      // result netted, that result left standing beside it for the bottom line to add.)
      let sinceResult: RawBudgetRow[] | null = null;
      if (!net && !sum && !asLine && section === null && YEAR_RESULT_LABEL.test(label)) {
        const top = topLevel.rows;
        let from = top.length;
        const namedResult = (x: RawBudgetRow) => x.lessRows !== undefined || (x.label !== null && YEAR_RESULT_LABEL.test(x.label));
        while (from > 0 && !namedResult(top[from - 1]!)) from--;
        const after = top.slice(from);
        if (from > 0 && after.length >= 2 && after.every((x) => x.kind === 'subtotal' || x.kind === 'total')) {
          net = netItFits(row, after, roles, isResult, 1);
          if (net) sinceResult = top.slice(0, from);
        }
      }
      // A result restating the one sum straight above it, nothing taken from it ("Gross Profit"
      // under "Total Income" where there is no cost of sales): a subtotal standing for that sum.
      const above = rows[i - 1];
      if (!net && !sum && !asLine && section === null && above && (above.kind === 'subtotal' || above.kind === 'total') && topLevel.rows[topLevel.rows.length - 1] === above && YEAR_RESULT_LABEL.test(label) && roles.every((r) => row.values[r] === above.values[r]) && roles.some((r) => typeof row.values[r] === 'number' && row.values[r] !== 0)) {
        // (Restating the table's total, "Net Income" under "Net Profit": it is the total now.)
        row.kind = above.kind === 'total' ? 'total' : 'subtotal';
        if (above.kind === 'total') above.kind = 'subtotal';
        row.sumOf = [above.row];
        topLevel = topLevel.filtered((x) => x !== above);
        topLevel.push(row);
        openRun = new Running(roles);
        sinceSum = new Running(roles);
        continue;
      }
      if (net) {
        row.kind = 'total';
        row.sumOf = net.rows.map((x) => x.row);
        row.lessRows = net.less.map((x) => x.row);
        topLevel = new Running(roles);
        for (const x of sinceResult ?? []) topLevel.push(x);
        // (A result it adds, "Net Other Income" in "Net Income", is a subtotal of it.)
        for (const x of net.rows) if (x.kind === 'total' && x.lessRows !== undefined) x.kind = 'subtotal';
        topLevel.push(row);
        openRun = new Running(roles);
        sinceSum = new Running(roles);
        continue;
      }
      if (!sum) {
        pushLine(row);
        continue;
      }
      row.sumOf = sum.rows.map((x) => x.row);
      row.section = null;
      if (sum === sinceSum && section !== null) {
        row.kind = 'total';
        topLevel = new Running(roles);
        topLevel.push(row);
        startAfterTheSum();
        continue;
      }
      if (sum === openRun && openRun.rows.length < topLevel.rows.length) {
        row.kind = 'subtotal';
        const covered = new Set(row.sumOf);
        topLevel = topLevel.filtered((x) => !covered.has(x.row));
      } else {
        // It adds up everything above it: a total, which a later total counts in place of those lines.
        row.kind = 'total';
        // (A result it adds, "Net Other Income" in "Net Income", is a subtotal of it.)
        for (const x of sum.rows) if (x.kind === 'total' && x.lessRows !== undefined) x.kind = 'subtotal';
        topLevel = new Running(roles);
      }
      topLevel.push(row);
      openRun = new Running(roles);
      sinceSum = new Running(roles);
      continue;
    }
    // Figures with no name straight under a heading with none ("Article 2: Special Education"
    // over "| $ 15,048,861 | 21% | …", a name printed a line above its figures): that heading's
    // figures, a line, never a sum of what came before the heading.
    if (label === null && previous !== null && previous.kind === 'section' && previous.row === row.row - 1) {
      pushLine(row);
      continue;
    }
    // "TOTAL CITY …" under "TOTAL … GROSS" and "LESS: TOTAL PICA …": the sum above less the
    // row that says it is taken away.
    if ((labelledTotal || labelledSubtotal) && section === null && sectionItems.rows.length === 0) {
      const top = topLevel.rows;
      const less = top[top.length - 1];
      const gross = top[top.length - 2];
      if (less && gross && gross.kind !== 'line' && less.label !== null && /^less\b/i.test(less.label) && isDifference(row, gross, less, roles)) {
        row.kind = 'subtotal';
        row.section = null;
        row.sumOf = [gross.row, less.row];
        row.lessRows = [less.row];
        topLevel = topLevel.filtered((x) => x !== gross && x !== less);
        topLevel.push(row);
        openRun = new Running(roles);
        sinceSum = new Running(roles);
        continue;
      }
    }
    // "Total Income | - | - | -" straight after a block's sum, no line since: the total of a
    // block with no lines this year. It adds nothing up, and is no total of what is above it.
    if ((labelledTotal || labelledSubtotal) && openRun.rows.length === 0 && sectionItems.rows.length === 0 && topLevel.rows.length > 0 && roles.every((r) => row.values[r] === 0 || row.values[r] === null || row.values[r] === undefined)) {
      const previous = topLevel.rows[topLevel.rows.length - 1]!;
      if (previous.kind === 'subtotal' && previous.row === rows[i - 1]?.row) {
        row.kind = 'subtotal';
        row.section = null;
        topLevel.push(row);
        sinceSum = new Running(roles);
        continue;
      }
    }
    // A row that adds up: labelled (Total, Sub Total) or unlabelled figures. "Subtotal excluding
    // precept or VAT" adds up the lines above but those it names.
    const excluded = label !== null ? exclusionsIn(label) : [];
    const without = (items: Running) => (excluded.length ? items.filtered((x) => !excluded.some((w) => plainName(x.label ?? '').includes(w))) : items);
    const candidates: { kind: 'subtotal' | 'total'; items: Running; ofSubtotals?: true; acrossSections?: true }[] = [];
    // "Total General & Admin" under the heading "General & Admin", a block "Travel" with its own
    // "Total Travel" inside it: what is left at the top level since that heading, and the block
    // open now.
    const named = label !== null && (labelledTotal || labelledSubtotal) ? /^(?:sub[\s-]*)?totals?\s+(?:for\s+|of\s+)?(.+)$/i.exec(label.trim()) : null;
    // (Named with its account's code, "Total 5-1030 · Council & Ex Expenses", where the heading's
    // code stands apart from its name.)
    const uncoded = named ? splitLeadingCode(named[1]!.trim())?.name : undefined;
    // (Or named in the singular where the heading is plural, "Total Expense" under "EXPENSES".)
    const asNamed = named ? [nameKey(named[1]!), ...(uncoded ? [nameKey(uncoded)] : [])] : [];
    const headingName = asNamed.find((k) => headingsSeen.has(k)) ?? asNamed.map((k) => `${k}s`).find((k) => headingsSeen.has(k)) ?? asNamed[0] ?? '';
    const headingRow = named ? headingsSeen.get(headingName) : undefined;
    // (What stands at the top level since the heading: its last rows, in order, read back to it.)
    const sinceHeading = (from: number) => {
      const items = new Running(roles);
      const top = topLevel.rows;
      let k = top.length;
      while (k > 0 && top[k - 1]!.row > from) k--;
      for (; k < top.length; k++) items.push(top[k]!);
      return items;
    };
    if (headingRow !== undefined && section !== null && nameKey(section) !== headingName) {
      // (Of the section's lines, those since the heading: a parent account's block inside its section.)
      candidates.push({ kind: 'subtotal', items: without(sinceHeading(headingRow).merged(sectionItems.filtered((x) => x.row > headingRow))), acrossSections: true });
    } else if (headingRow !== undefined && section === null) {
      const items = sinceHeading(headingRow);
      if (items.rows.length) candidates.push({ kind: 'subtotal', items: without(items), acrossSections: true });
    }
    // "Total 6-5100 · Affiliated Clubs" under the one line "6-5100 · Affiliated Clubs", an account
    // with no sub-accounts: its total is that line's.
    const lineAbove = i > 0 ? rows[i - 1] : undefined;
    if (named && headingRow === undefined && lineAbove?.kind === 'line' && lineAbove.label !== null && asNamed.includes(nameKey(lineAbove.label))) {
      const items = new Running(roles);
      items.push(lineAbove);
      candidates.push({ kind: 'subtotal', items, acrossSections: true });
    }
    // "*REIMBURSEMENT ACCOUNTS*" under "*EXPENDITURE ACCOUNTS*": what came since the last sum
    // between asterisks, however few its groups.
    if (starred && labelledSubtotal && section === null) {
      const top = topLevel.rows;
      let from = top.length;
      while (from > 0 && !(top[from - 1]!.label !== null && STARRED_SUM.test(top[from - 1]!.label!.trim()))) from--;
      if (from < top.length) {
        const items = new Running(roles);
        for (const x of top.slice(from)) items.push(x);
        candidates.push({ kind: 'subtotal', items, acrossSections: true });
      }
    }
    if (sectionItems.rows.length) candidates.push({ kind: 'subtotal', items: without(sectionItems) });
    if (sinceSum.length > sectionItems.length && section !== null) candidates.push({ kind: 'subtotal', items: without(sinceSum), acrossSections: true });
    // A total of the subtotals just above it ("TOTAL PICA AND CITY WAGE TAX" under "TOTAL CITY
    // WAGE TAX" and "TOTAL PICA WAGE TAX"), sections within a section: the last two or more.
    // An unnamed row of figures may be such a total too: the function's sum of its departments.
    if ((labelledTotal || labelledSubtotal || label === null) && section === null && sectionItems.rows.length === 0) {
      // (With any lines standing between them: "TOTAL EXPENDITURE" over three blocks' totals
      // and a "CONTINGENCY" line after them, not the "TOTAL INCOME" above.)
      const top = topLevel.rows;
      let run = 0;
      while (run < Math.min(top.length, 12) && top[top.length - 1 - run]!.kind !== 'total') run++;
      const subtotalsIn = (k: number) => top.slice(top.length - k).filter((x) => x.kind === 'subtotal').length;
      // It may repeat the one subtotal above it: a function of one department, unnamed, or a
      // programme's "Total expenses for Program 1.2" under its one block's "Total administered
      // expenses" (the figures choose, below).
      const fewest = 1;
      for (let k = fewest; k <= run && k < top.length; k++) {
        if (subtotalsIn(k) < fewest) continue;
        const items = new Running(roles);
        for (const x of top.slice(top.length - k)) items.push(x);
        candidates.push({ kind: 'subtotal', items, ofSubtotals: true });
      }
    }
    // The block since the last total of another block ("TOTAL EXPENDITURE" adding its "sub
    // total" and the lines after it, not the "TOTAL INCOME" above, whether that added lines of
    // its own or stood alone): its subtotals and lines.
    if (labelledTotal) {
      const top = topLevel.rows;
      let from = top.length;
      while (from > 0 && !(top[from - 1]!.label !== null && TOTAL_LABEL.test(top[from - 1]!.label!) && !SUBTOTAL_LABEL.test(top[from - 1]!.label!))) from--;
      if (from > 0 && from < top.length && (top.slice(from).some((x) => x.kind === 'subtotal') || top[from - 1]!.kind === 'line')) {
        const items = new Running(roles);
        for (const x of top.slice(from)) items.push(x);
        candidates.push({ kind: 'subtotal', items: without(items.merged(sectionItems)), acrossSections: true });
      }
    }
    // The block since the last row that added up, where the top level holds more than it.
    if (section === null && openRun.rows.length && openRun.rows.length < topLevel.rows.length) candidates.push({ kind: 'subtotal', items: without(openRun) });
    if (topLevel.rows.length) candidates.push({ kind: 'total', items: without(topLevel.merged(sectionItems)) });
    if (candidates.length === 0) {
      // Figures with no label and nothing above to add up: an ordinary unnamed line.
      pushLine(row);
      continue;
    }
    // "TOTAL PAYMENTS" in the section "Payments" closes that section, whatever else it might add up.
    const namesItsSection = section !== null && label !== null && label.toLowerCase().includes(section.toLowerCase());
    const prefer: 'subtotal' | 'total' = labelledTotal && !namesItsSection ? 'total' : 'subtotal';
    let best = candidates[0]!;
    let bestScore = -1;
    for (const c of candidates) {
      const score = matchScore(row, c.items, roles);
      if (score > bestScore || (score === bestScore && c.kind === prefer)) {
        best = c;
        bestScore = score;
      }
    }
    // "Total 6600 Publications" where no account 6600 stands above: the sum of an account whose
    // lines are not printed. It adds up nothing here; it stands as printed, and counts in the
    // sums below it as a line does.
    const codeItTotals = bestScore === 0 && (labelledTotal || labelledSubtotal) && label !== null ? /^(?:sub[\s-]*)?totals?\s+(?:for\s+|of\s+)?(\d{3,8})\s+\S/i.exec(label.trim())?.[1] : undefined;
    if (codeItTotals !== undefined && !rows.slice(Math.max(0, i - LOOK_BACK_ROWS), i).some((x) => x.code === codeItTotals || (x.label ?? '').startsWith(`${codeItTotals} `))) {
      pushLine(row);
      row.kind = 'subtotal';
      continue;
    }
    // A sum of a flow none of whose figures fits any block above ("Total Expenses | 140,180"
    // under "EXPENSES", its lines adding to 141,180, a typing slip) is meant to add what stands
    // under the heading of its flow, not the income's total above that heading too: its mismatch
    // then names those lines and how far out it is.
    const flowOfSum = bestScore === 0 && (labelledTotal || labelledSubtotal) && label !== null ? flowNamed(label) : null;
    if (flowOfSum !== null) {
      let heading = i - 1;
      while (heading >= Math.max(0, i - LOOK_BACK_ROWS) && !(rows[heading]!.kind === 'section' && rows[heading]!.label !== null && flowNamed(rows[heading]!.label!) === flowOfSum)) heading--;
      if (heading < i - LOOK_BACK_ROWS) heading = -1;
      const sumsAbove = heading > 0 && rows.slice(Math.max(0, heading - LOOK_BACK_ROWS), heading).some((x) => x.kind === 'subtotal' || x.kind === 'total');
      if (heading >= 0 && sumsAbove) {
        const after = rows.slice(heading + 1, i);
        const covered = new Set(after.flatMap((x) => x.sumOf ?? []));
        const items = new Running(roles);
        for (const x of after) if ((x.kind === 'line' || x.kind === 'subtotal') && !covered.has(x.row)) items.push(x);
        if (items.rows.length >= 2) best = { kind: 'subtotal', items, acrossSections: true };
      }
    }
    // "Total Payments | -7,091" under the payments, each printed positive: a club's accounts
    // print the sum of its costs as a deduction, minus their sum on every figure, for the
    // surplus under it to add up as printed. Only a row named as a sum, and only where no reading
    // of it as printed fits any figure.
    const figureCount = roles.filter((r) => typeof row.values[r] === 'number' && row.values[r] !== 0).length;
    if (bestScore === 0 && figureCount > 0 && (labelledTotal || labelledSubtotal)) {
      const negated: RawBudgetRow = { ...row, values: Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, typeof v === 'number' ? -v : v])) };
      // (A block's lines, not a merge of the whole table: its rows are asked for only once it fits.)
      // (Or the table's first block, no heading over it: its lines so far, however the sum is named.)
      const fits = candidates.find((c) => (c.kind === 'subtotal' || labelledSubtotal) && !c.ofSubtotals && c.items.length >= 2 && matchScore(negated, c.items, roles) === figureCount && c.items.rows.every((x) => x.kind === 'line'));
      if (fits) {
        best = fits;
        bestScore = figureCount;
        row.printedNegative = true;
      }
    }
    // A subtotal that adds up the block's lines but its first one or two ("subtotal Ontario
    // Conditional grants" under "OMPF", which the "total Ontario Grants" below adds beside it):
    // the lines after them, where those match on every figure and the whole block does not.
    const figuresOf = roles.filter((r) => typeof row.values[r] === 'number').length;
    // (Or "Total expenses" under a one-line "Revenues" and the costs, no heading between: the
    // costs alone, where they add up on most figures and the revenue is named for the other
    // flow; a figure that does not add up is then wrong, and said.)
    const ownFlow = label !== null ? flowNamed(label) : null;
    if (bestScore < figuresOf && figuresOf > 0 && section === null && openRun.rows.length >= 4) {
      for (let drop = 1; drop <= 2; drop++) {
        const rest = new Running(roles);
        for (const x of openRun.rows.slice(drop)) rest.push(x);
        const score = matchScore(row, rest, roles);
        const otherFlowDropped = ownFlow !== null && openRun.rows.slice(0, drop).every((x) => x.label !== null && flowNamed(x.label) !== null && flowNamed(x.label) !== ownFlow);
        // (Of fewer figures, where one adds up and every one is nearer without the other flow's
        // line: a church's "Revenue" carried onto its expenses slide, "Total Expenses" a slip out
        // on its actual. The slips are then said.)
        const nearerOnEvery = otherFlowDropped && figuresOf < 4 && score >= 1 && roles.every((r) => typeof row.values[r] !== 'number' || Math.abs((row.values[r] as number) - rest.sumOf(r)) <= Math.abs((row.values[r] as number) - openRun.sumOf(r)));
        if (score === figuresOf || (otherFlowDropped && figuresOf >= 4 && score > bestScore && score >= figuresOf - 2) || (nearerOnEvery && score > bestScore)) {
          best = { kind: 'subtotal', items: rest };
          bestScore = score;
          break;
        }
      }
    }
    // Nothing but noughts on an unnamed row that adds up nothing above it: a line not filled
    // in ("| $0 | $0" among the lines), not a sum.
    if (label === null && bestScore === 0 && roles.every((r) => row.values[r] === 0 || row.values[r] === null || row.values[r] === undefined)) {
      pushLine(row);
      continue;
    }
    // Nor is an unnamed row whose figures add up nothing above it in any column, where it has
    // figures of its own ("| 531 | 531 | 531 | 0 | 354 | 354 | 0" among a programme's schemes,
    // its name lost): a line whose name is missing, not a sum with every figure wrong.
    if (label === null && bestScore === 0 && roles.filter((r) => typeof row.values[r] === 'number' && row.values[r] !== 0).length >= 2) {
      pushLine(row);
      continue;
    }
    // "Sub Total" says what the row is, even where it adds up everything above it.
    row.kind = labelledSubtotal ? 'subtotal' : best.kind;
    // A sum over lines that show no figures (a "STAFF SUB TOTAL" printed without its lines)
    // cannot be checked: it stands as printed, with nothing to add up.
    const nothingToAdd = roles.every((r) => best.items.countOf(r) === 0);
    row.sumOf = best.items.rows.map((x) => x.row);
    // The lines a row leaves out still count in the totals below it.
    const covered = new Set(row.sumOf);
    const leftOut = (best.kind === 'subtotal' ? sectionItems.rows : [...topLevel.rows, ...sectionItems.rows]).filter((x) => !covered.has(x.row));
    openRun = new Running(roles);
    sinceSum = new Running(roles);
    if (best.ofSubtotals || best.acrossSections) {
      row.section = null;
      topLevel = topLevel.filtered((x) => !covered.has(x.row));
      // The headings it closes: their lines left out still count below.
      for (const x of sectionItems.rows) if (!covered.has(x.row)) topLevel.push(x);
      topLevel.push(row);
      sectionItems = new Running(roles);
      section = null;
    } else if (best.kind === 'subtotal' && best.items.rows.every((x) => x.section === null) && section === null) {
      // A block at the top level closed: its lines give way to the row that adds them up.
      row.section = null;
      topLevel = topLevel.filtered((x) => !covered.has(x.row));
      topLevel.push(row);
    } else if (best.kind === 'subtotal') {
      row.section = section;
      for (const x of leftOut) topLevel.push(x);
      topLevel.push(row);
      sectionItems = new Running(roles);
      section = null;
    } else {
      row.section = null;
      // What a total adds up is replaced by the total, so a repeated total row checks against it.
      topLevel = new Running(roles);
      for (const x of leftOut) topLevel.push(x);
      topLevel.push(row);
      sectionItems = new Running(roles);
      section = null;
    }
    if (nothingToAdd) delete row.sumOf;
  }
}

/**
 * The table's first row that adds up, where it comes before anything it could add up: the lines
 * right below it that it equals in every figure (two or more lines), if any.
 */
function sumAboveItsLines(rows: RawBudgetRow[], roles: AmountRole[], readAsLines: ReadonlySet<number>): { at: number; members: number[]; whole: boolean } | null {
  const at = rows.findIndex((r) => r.kind !== 'section');
  const head = rows[at];
  if (!head || head.label === null || readAsLines.has(head.row)) return null;
  // (Or named by its flow alone, "Revenues | $ 3,026,716.00" over the revenues, as a budget
  // sheet prints each block's sum on its first line: then it adds up every line after it, three
  // or more, to the table's end.)
  const flowAlone = !(SUBTOTAL_LABEL.test(head.label) || TOTAL_LABEL.test(head.label));
  if (flowAlone && !MONEY_FLOW_ONLY.test(head.label.trim().toLowerCase())) return null;
  const figures = roles.filter((r) => typeof head.values[r] === 'number');
  if (figures.length === 0 || (flowAlone && figures.every((r) => head.values[r] === 0))) return null;
  const run = new Running(roles);
  const members: number[] = [];
  for (let i = at + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.kind === 'section' || (row.label !== null && (SUBTOTAL_LABEL.test(row.label) || TOTAL_LABEL.test(row.label)))) return null;
    run.push(row);
    members.push(i);
    if (flowAlone && (i < rows.length - 1 || members.length < 3)) continue;
    if (members.length >= 2 && matchScore(head, run, roles) === figures.length) return { at, members, whole: flowAlone };
  }
  return null;
}

/**
 * Each block's own sum, named a sum in its block ("Portland Water Bureau | total"), over the
 * lines of its block after it: what it adds up is said by its name, so it is checked, right or wrong.
 */
function blocksOwnSums(rows: RawBudgetRow[], readAsLines: ReadonlySet<number>): Array<{ at: number; members: number[] }> {
  const found: Array<{ at: number; members: number[] }> = [];
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i]!;
    if (!head.sumsItsBlock || readAsLines.has(head.row)) continue;
    const members: number[] = [];
    for (let j = i + 1; j < rows.length && rows[j]!.block === head.block && rows[j]!.kind !== 'section' && !rows[j]!.sumsItsBlock; j++) members.push(j);
    if (members.length) found.push({ at: i, members });
  }
  return found;
}

/** How far under a sum named by its flow its lines are looked for. */
const MAX_LINES_UNDER_A_FLOW_HEAD = 60;

/** A word naming a row's level in a column of its own: "Chapitre", "Section", "Article", "Sub-account". */
const LEVEL_WORD = /^\p{L}[\p{L}'’-]{1,20}(?: \p{L}[\p{L}'’-]{1,20})?$/u;

/**
 * "Chapitre | Département | Section | Article" down a column left of the names, as a
 * government's budget by article prints each row's level: a few words, each row one of them.
 * Each row's level is set, 0 the word met first (the highest), for `headsOfTheirLevel`.
 */
function levelsNamedBeside(sheet: SheetGrid, rows: RawBudgetRow[], header: BudgetHeader): void {
  const lines = rows.filter((r) => r.kind !== 'section' && r.label !== null);
  if (lines.length < 4) return;
  for (let c = 0; c < header.labelCol; c++) {
    if (c === header.codeCol) continue;
    const words = lines.map((r) => cellText(sheet, r.row, c));
    if (words.some((w) => !LEVEL_WORD.test(w))) continue;
    const order = [...new Set(words.map((w) => w.toLowerCase()))];
    // (Three levels at least, fewer than the rows: a column of the lines' kinds, not of their names.)
    if (order.length < 3 || order.length > 6 || order.length * 2 > lines.length) continue;
    lines.forEach((r, k) => (r.level = order.indexOf(words[k]!.toLowerCase())));
    return;
  }
}

/**
 * Rows of a level above others, each the sum of the rows of the next level down under it (to
 * the next row of its own level or higher), printed above them: that sum, its rows counted in
 * it. Only where every figure agrees: a level's row that does not add up stays a line.
 */
function headsOfTheirLevel(rows: RawBudgetRow[], roles: AmountRole[], readAsLines: ReadonlySet<number>): Array<{ at: number; members: number[] }> {
  const found: Array<{ at: number; members: number[] }> = [];
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i]!;
    if (head.level === undefined || readAsLines.has(head.row)) continue;
    const figures = roles.filter((r) => typeof head.values[r] === 'number');
    if (figures.length === 0 || figures.every((r) => head.values[r] === 0)) continue;
    const under: number[] = [];
    for (let j = i + 1; j < rows.length && rows[j]!.level !== undefined && rows[j]!.level! > head.level; j++) under.push(j);
    if (under.length === 0) continue;
    const next = Math.min(...under.map((j) => rows[j]!.level!));
    const members = under.filter((j) => rows[j]!.level === next);
    const run = new Running(roles);
    for (const j of members) run.push(rows[j]!);
    if (matchScore(head, run, roles) === figures.length) found.push({ at: i, members });
  }
  return found;
}

/**
 * Groups whose sum is printed on their heading row, over their lines ("Public Safety and
 * Protection | 180,203" over the departments that add up to it): each heading named a level up
 * (left of the lines' names), not named as a total, whose every figure (not all nil) is the sum
 * of the two or more lines straight below it, the next heading or a gap closing the group; or
 * each named by its flow in the names' own column. Taken only where the table has two such
 * groups or more, a layout and not a chance. Indexes into `rows`.
 */
function headsOverTheirLines(rows: RawBudgetRow[], roles: AmountRole[], readAsLines: ReadonlySet<number>): Array<{ at: number; members: number[] }> {
  const found: Array<{ at: number; members: number[] }> = [];
  const namedAsSum = (r: RawBudgetRow) => r.label !== null && (SUBTOTAL_LABEL.test(r.label) || TOTAL_LABEL.test(r.label));
  // (Or named by its flow in the names' own column, "Operating Revenue" over the revenues and
  // "Operating Expenditure" over the costs, as a treasury's statement prints each block's sum.)
  // (Its name the flow alone, with one word before it at most: not a line that names a cost,
  // "Cost centre 12". And the lines it adds up within a page's length of it, so that a table of
  // thousands of lines is not looked over from each.)
  const flowHead = (r: RawBudgetRow) => r.label !== null && FLOW_SUM_NAME.test(r.label.trim());
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i]!;
    if (head.kind === 'section' || head.label === null || !(head.levelUp || flowHead(head)) || namedAsSum(head) || readAsLines.has(head.row)) continue;
    const figures = roles.filter((r) => typeof head.values[r] === 'number');
    if (figures.length === 0 || figures.every((r) => head.values[r] === 0)) continue;
    const run = new Running(roles);
    const members: number[] = [];
    const reach = head.levelUp ? rows.length : Math.min(rows.length, i + 1 + MAX_LINES_UNDER_A_FLOW_HEAD);
    for (let j = i + 1; j < reach; j++) {
      const row = rows[j]!;
      if (row.kind === 'section' || namedAsSum(row) || row.levelUp) break;
      run.push(row);
      members.push(j);
      if (members.length >= 2 && matchScore(head, run, roles) === figures.length) {
        // Closed by the end, a gap, a heading or sum, or a row of figures of its own (the next
        // group's heading, as the lines matched already add up to this one).
        const next = rows[j + 1];
        const closes = next === undefined || next.row > row.row + 2 || next.kind === 'section' || namedAsSum(next) || roles.some((r) => typeof next.values[r] === 'number');
        if (closes) {
          found.push({ at: i, members: [...members] });
          i = j;
          break;
        }
      }
    }
  }
  return found.length >= 2 ? found : [];
}

/**
 * The lines at the end of the open run whose codes start with the row's own, longer than it
 * ("30345000" under "30"), where they add up to the row on every figure: the row rolls them up.
 */
function linesOfItsCode(row: RawBudgetRow, openRun: Running, roles: AmountRole[]): RawBudgetRow[] | null {
  const code = row.code;
  if (code === null || !/^\d{1,4}$/.test(code)) return null;
  const figures = roles.filter((r) => typeof row.values[r] === 'number');
  if (figures.length < 2) return null;
  const members: RawBudgetRow[] = [];
  for (let k = openRun.rows.length - 1; k >= 0; k--) {
    const x = openRun.rows[k]!;
    if (x.code === null || x.code.length <= code.length || !x.code.startsWith(code) || !/^\d+$/.test(x.code)) break;
    members.unshift(x);
  }
  if (members.length === 0) return null;
  const run = new Running(roles);
  for (const x of members) run.push(x);
  return matchScore(row, run, roles) === figures.length ? members : null;
}

/** Whether a run's lines stand under two sections or more, three lines at least. */
function linesOfSeveralSections(run: Running): boolean {
  return run.rows.length >= 3 && run.rows.every((r) => r.kind === 'line') && new Set(run.rows.map((r) => r.section)).size >= 2;
}

/**
 * The first of the runs whose sums a row named as a line matches in every figure (two or more,
 * not all nil), where the run holds two or more lines: the block it adds up.
 */
function sumItFits(row: RawBudgetRow, runs: ReadonlyArray<Running>, roles: AmountRole[], namedAsSum = false, fewest = 2): Running | null {
  const figures = roles.filter((r) => typeof row.values[r] === 'number');
  if (figures.length === 0 || figures.every((r) => row.values[r] === 0)) return null;
  for (const run of runs) {
    // One figure alone ("Central Support Costs" with its budget cell left blank) is taken as the
    // sum only of a longer block: of two lines, a match could be chance, unless the row's name
    // says it nets them ("Net Tuition & Fees").
    if (run.rows.length < (figures.length < 2 ? (namedAsSum ? 2 : 3) : fewest)) continue;
    if (figures.some((r) => run.countOf(r) === 0)) continue;
    if (matchScore(row, run, roles) === figures.length) return run;
  }
  return null;
}

/** Whether every figure of the row is the first row's less the second's (to the unit). */
function isDifference(row: RawBudgetRow, gross: RawBudgetRow, less: RawBudgetRow, roles: AmountRole[]): boolean {
  let compared = 0;
  for (const role of roles) {
    const v = row.values[role];
    const a = gross.values[role];
    const b = less.values[role];
    if (typeof v !== 'number') continue;
    if (typeof a !== 'number' || typeof b !== 'number' || Math.abs(v - (a - b)) > 1) return false;
    compared++;
  }
  return compared > 0;
}

/**
 * How far above a sum that fits nothing its account's or its flow's heading is looked for: a
 * budget of thousands of such sums is not scanned from each of them to the top.
 */
const LOOK_BACK_ROWS = 1000;

/** A year's result named for the worse side alone ("Loss", "Deficit for the year", "Net loss"), not "Surplus/(Deficit)". */
const ADVERSE_RESULT = /^(net\s+)?(loss|deficit)(\s+for\s+the\s+(year|period))?$/i;

/** A heading's name as its sum repeats it: "Water assessments/rentals:" over its lines is closed by "Water assessments/rentals". */
function nameOfHeading(text: string): string {
  return text.trim().replace(/\s*:$/, '').toLowerCase();
}

/**
 * The rows above a result, where its every money figure (two or more; variances may be printed
 * favourable-positive, and do not net) is their income less their costs: income named as such
 * by its line or section, costs the others, at least one of each.
 */
function netItFits(row: RawBudgetRow, above: ReadonlyArray<RawBudgetRow>, roles: AmountRole[], isResult: (r: RawBudgetRow) => boolean = () => false, minFigures = 2): { rows: RawBudgetRow[]; less: RawBudgetRow[] } | null {
  // (A result above, "Contribution to Central O/Heads" that nets the income and expenditure, is
  // what the costs after it are taken from: "Surplus" is it less "Overheads".)
  // (A line that says it is added, "Add Depreciation" after a net operating balance, is added,
  // as "Less Capital Expenditure" is taken away.)
  // (Nor a sum of both sides, "Total Other Financing Sources (Uses)", its uses printed negative: added as printed.)
  // (Nor costs printed as a deduction already, "Total Payments | -7,091": the surplus is then the
  // receipts and the payments added as printed.)
  const less = above.filter((r) => !namedAsIncome(r) && !isResult(r) && !r.printedNegative && !/^(add|plus)\b/i.test(r.label ?? '') && !BOTH_SIDES.test(r.label ?? ''));
  const money = roles.filter((role) => isMoney(role) && typeof row.values[role] === 'number');
  if (money.length < minFigures) return null;
  // (Nor anything taken away where what stands above is nets already, "EXCESS (DEFICIENCY) OF
  // REVENUES OVER EXPENDITURES" and "TOTAL OTHER FINANCING SOURCES/USES" over "NET INCREASE
  // (DECREASE) IN FUND BALANCE", a fund's statement: the result is them added as printed.)
  const nets = above.length >= 2 && above.some(isResult) && above.every((r) => isResult(r) || BOTH_SIDES.test(r.label ?? ''));
  if (less.length === 0 && (nets || above.some((r) => r.printedNegative))) {
    const added = money.every((role) => isNetOf(row.values[role]!, above, role, () => false));
    return added ? { rows: [...above], less: [] } : null;
  }
  if (less.length === 0 || less.length === above.length) return null;
  const netted = money.every((role) => above.filter((r) => typeof r.values[role] === 'number').length >= 2 && isNetOf(row.values[role]!, above, role, (r) => less.includes(r)));
  if (netted) return { rows: [...above], less };
  // (A result named for the worse side alone, "Loss" or "Deficit" printed as a positive sum, is
  // the costs less the income: the word carries its sign.)
  if (!ADVERSE_RESULT.test(row.label ?? '')) return null;
  const income = above.filter((r) => !less.includes(r));
  const adverse = money.every((role) => above.filter((r) => typeof r.values[role] === 'number').length >= 2 && row.values[role]! > 0 && isNetOf(row.values[role]!, above, role, (r) => income.includes(r)));
  return adverse ? { rows: [...above], less: income } : null;
}

/** A line or block named as income, by its own name or its section's. */
function namedAsIncome(r: RawBudgetRow): boolean {
  return INCOME_WORDS.test(r.label ?? '') || INCOME_WORDS.test(r.section ?? '');
}

/**
 * The money figures, not the variances: those a sheet prints favourable-positive add up plainly
 * even where the figures net.
 */
function isMoney(role: AmountRole): boolean {
  return !/Variance/.test(role) && role !== 'remaining';
}

/**
 * The lines since the last sum or result above a both-sides sum, those named for the side taken
 * away less the rest, where that is its every figure (at least one of each side).
 */
function sumOfBothSides(rows: RawBudgetRow[], at: number, roles: AmountRole[]): { members: RawBudgetRow[]; less: RawBudgetRow[] } | null {
  const row = rows[at]!;
  const members: RawBudgetRow[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const x = rows[k]!;
    if (x.kind === 'subtotal' || x.kind === 'total' || (x.label !== null && (YEAR_RESULT_LABEL.test(x.label) || TOTAL_LABEL.test(x.label)))) break;
    if (x.kind === 'line') members.unshift(x);
  }
  const less = members.filter((m) => m.label !== null && TAKEN_AWAY_SIDE.test(m.label));
  if (members.length < 2 || less.length === 0 || less.length === members.length) return null;
  const figures = roles.filter((r) => typeof row.values[r] === 'number' && isMoney(r));
  if (figures.length === 0) return null;
  const lessRows = new Set(less);
  if (figures.every((r) => isNetOf(row.values[r] as number, members, r, (m) => lessRows.has(m)))) return { members, less };
  // (Or the side taken away printed negative already, "Interfund Transfers Out | (7,445,580)": their sum.)
  return figures.every((r) => isNetOf(row.values[r] as number, members, r, () => false)) ? { members, less: [] } : null;
}

/**
 * The sums above a total whose name joins two names ("Total Expenses + Reserves", "Total Net
 * Income less Expenses + Reserves"): for each name, the sum above naming it ("Total Program
 * Expense", "Total Reserves"), where they add up (or the second taken from the first) to the
 * total's every money figure; else null.
 */
function sumsItsNameJoins(rows: RawBudgetRow[], at: number, label: string, roles: AmountRole[]): { members: RawBudgetRow[]; less: RawBudgetRow[] } | null {
  // (Joined by a sign or "plus", "less": "and" joins one name's words, "PICA and City Wage Tax".)
  const m = /^total\s+(?:net\s+)?(.+?)\s*(\+|\bplus\b|\bless\b|\bminus\b)\s*(.+)$/i.exec(label.trim());
  if (!m) return null;
  const taken = /^(less|minus)$/i.test(m[2]!);
  const stem = (w: string) => w.toLowerCase().replace(/:$/, '').replace(/ies$/, 'y').replace(/s$/, '');
  const nameOf = (t: string) => t.toLowerCase().replace(/^total\s+/, '').replace(/\s+/g, ' ').trim();
  // (The sums above, nearest first.)
  const sums = rows.slice(0, at).filter((x) => (x.kind === 'subtotal' || x.kind === 'total') && x.label !== null).reverse();
  const found: RawBudgetRow[] = [];
  for (const part of [m[1]!, m[3]!]) {
    // (The sum named as the part is, whole, "Total Expenses + Reserves"; else the nearest sum
    // naming its last word, "Total Program Expense" for "Expenses".)
    const last = stem(part.trim().split(/\s+/).pop()!);
    const hit = sums.find((x) => nameOf(x.label!) === nameOf(part)) ?? sums.find((x) => x.label!.toLowerCase().split(/\s+/).map(stem).includes(last));
    if (!hit || found.includes(hit)) return null;
    found.push(hit);
  }
  const less = taken ? [found[1]!] : [];
  return addsUpTo(rows[at]!, found, roles, (x) => less.includes(x)) ? { members: found, less } : null;
}

/**
 * The lines above a total named for one flow ("Directorate Expenditure Total") that are named
 * for it alone ("Gross Expenditure", once in each directorate's block), where there are two or
 * more and their sum is the total's every money figure; else null.
 */
function linesOfItsFlow(row: RawBudgetRow, label: string, flowLines: Record<'in' | 'out', RawBudgetRow[]>, roles: AmountRole[]): RawBudgetRow[] | null {
  const flow = flowNamed(label);
  if (flow === null) return null;
  const members = flowLines[flow].filter((x) => x.kind === 'line');
  return members.length >= 2 && addsUpTo(row, members, roles) ? members : null;
}

/** Whether the row has a money figure and each is its members' added up (those `less` says taken away). */
function addsUpTo(row: RawBudgetRow, members: ReadonlyArray<RawBudgetRow>, roles: AmountRole[], less: (m: RawBudgetRow) => boolean = () => false): boolean {
  const figures = roles.filter((r) => typeof row.values[r] === 'number' && isMoney(r));
  return figures.length > 0 && figures.every((r) => isNetOf(row.values[r] as number, members, r, less));
}

/**
 * Whether a figure is its members' figures in one role added up, those `less` says are taken
 * away, to the rounding their figures carry.
 */
function isNetOf(value: number, members: ReadonlyArray<RawBudgetRow>, role: AmountRole, less: (m: RawBudgetRow) => boolean): boolean {
  const terms = members.map((m) => m.values[role]).filter((x): x is number => typeof x === 'number');
  const sum = members.reduce((acc, m) => acc + (m.values[role] ?? 0) * (less(m) ? -1 : 1), 0);
  return Math.abs(value - sum) <= sumTolerance(precisionOf([value, ...terms]), terms.length);
}

/** The words a total's label leaves out: "Subtotal excluding precept or VAT" -> ["precept", "vat"]. */
// (Or "Total (not including: Membership – State & Nat’l Dues)", typed with other dashes and
// quotes than the line it names, "Membership - State & Nat'l Dues".)
function exclusionsIn(label: string): string[] {
  const m = /\b(?:excluding|excl\.?|exc\.?|except|not\s+including)[:\s]\s*(.+)$/i.exec(label);
  if (!m) return [];
  return plainName(m[1]!)
    .split(/,|\bor\b|\band\b|&|\//)
    .map((w) => w.replace(/[()]/g, '').trim())
    .filter((w) => w.length >= 2);
}

/** A name in lower case with its dashes and quotes made plain, to compare names typed apart. */
function plainName(text: string): string {
  return text.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
}

/** Rows with their sums, counts and precision per column, kept as rows are added. */
class Running {
  private own: RawBudgetRow[] = [];
  /**
   * For a merge not yet asked for its rows: the two it was made of and how many rows each had
   * then (rows are only ever appended, so those are still their first rows). Every subtotal is
   * compared with the top level merged with its section, and only the one taken needs its rows:
   * copying them for each would make a table of thousands of sections quadratic.
   */
  private parts: { a: Running; aLength: number; b: Running; bLength: number } | undefined;
  // By the role's place in `roles`: sums start at 0, counts at 0, steps at 1 (the coarsest).
  private readonly sums: Float64Array;
  private readonly counts: Float64Array;
  private readonly steps: Float64Array;
  // Half the step of each figure added, and whether any states its own ("£85.2m"): the rounding
  // a sum of figures each given to its own step can carry.
  private readonly halfSteps: Float64Array;
  private stated = false;
  constructor(private readonly roles: AmountRole[]) {
    this.sums = new Float64Array(roles.length);
    this.counts = new Float64Array(roles.length);
    this.steps = new Float64Array(roles.length).fill(1);
    this.halfSteps = new Float64Array(roles.length);
  }

  /** Of figures stating their own steps, the rounding their sum may carry (0 where none does). */
  statedHalfStepsOf(role: AmountRole): number {
    const k = this.roles.indexOf(role);
    return k < 0 || !this.stated ? 0 : this.halfSteps[k]!;
  }

  /** The sum of the figures in a role (0 with none). */
  sumOf(role: AmountRole): number {
    const k = this.roles.indexOf(role);
    return k < 0 ? 0 : this.sums[k]!;
  }

  /** How many figures there are in a role. */
  countOf(role: AmountRole): number {
    const k = this.roles.indexOf(role);
    return k < 0 ? 0 : this.counts[k]!;
  }

  /** The finest step the figures in a role are given to (1 with none). */
  stepOf(role: AmountRole): number {
    const k = this.roles.indexOf(role);
    return k < 0 ? 1 : this.steps[k]!;
  }

  get rows(): RawBudgetRow[] {
    const parts = this.parts;
    if (parts) {
      this.parts = undefined;
      const a = parts.a.rows;
      const b = parts.b.rows;
      this.own = a.slice(0, parts.aLength);
      for (let i = 0; i < parts.bLength; i++) this.own.push(b[i]!);
    }
    return this.own;
  }

  push(row: RawBudgetRow): void {
    this.rows.push(row);
    const roles = this.roles;
    for (let k = 0; k < roles.length; k++) {
      const x = row.values[roles[k]!];
      if (typeof x !== 'number') continue;
      this.sums[k] += x;
      this.counts[k]++;
      // A whole number's precision is 1, the most any figure can have.
      if (!Number.isInteger(x)) this.steps[k] = Math.min(this.steps[k]!, precisionOf([x]));
      const stated = row.steps?.[roles[k]!];
      if (stated !== undefined) this.stated = true;
      this.halfSteps[k] += halfStepOf(x, stated);
    }
  }

  filtered(keep: (row: RawBudgetRow) => boolean): Running {
    const out = new Running(this.roles);
    for (const r of this.rows) if (keep(r)) out.push(r);
    return out;
  }

  absorb(other: Running): void {
    for (const r of other.rows) this.push(r);
  }

  merged(other: Running): Running {
    const out = new Running(this.roles);
    out.parts = { a: this, aLength: this.length, b: other, bLength: other.length };
    for (let k = 0; k < this.roles.length; k++) {
      const role = this.roles[k]!;
      out.sums[k] = this.sums[k]! + other.sumOf(role);
      out.counts[k] = this.counts[k]! + other.countOf(role);
      out.steps[k] = Math.min(this.steps[k]!, other.stepOf(role));
      out.halfSteps[k] = this.halfSteps[k]! + other.halfSteps[k]!;
    }
    out.stated = this.stated || other.stated;
    return out;
  }

  /** How many rows it holds, without copying a merge's. */
  get length(): number {
    return this.parts ? this.parts.aLength + this.parts.bLength : this.own.length;
  }
}

function matchScore(row: RawBudgetRow, items: Running, roles: AmountRole[]): number {
  let score = 0;
  for (const role of roles) {
    const v = row.values[role];
    if (v === null || v === undefined) continue;
    const sum = items.sumOf(role);
    const step = Math.min(items.stepOf(role), Number.isInteger(v) ? 1 : precisionOf([v]));
    const stated = items.statedHalfStepsOf(role) + (row.steps?.[role] ?? (items.statedHalfStepsOf(role) > 0 ? step : 0)) / 2;
    if (Math.abs(v - sum) <= Math.max(sumTolerance(step, items.countOf(role)), stated)) score++;
  }
  return score;
}

/**
 * A figure the sheet prints month by month, added up on one row: blank where every month is;
 * an error or a word where one month holds one (`at`, that month's column); else the months'
 * sum, blanks counting as nothing.
 */
function addedUp(sheet: SheetGrid, r: number, cols: ReadonlyArray<number>): { sum: ParsedAmount; at: number } {
  let total = 0;
  let any = false;
  let step: number | undefined;
  for (const c of cols) {
    const p = parseAmount(cellValue(sheet, r, c));
    if (p.kind === 'error' || p.kind === 'text') return { sum: p, at: c };
    if (p.kind !== 'number') continue;
    any = true;
    total += p.value;
    if (p.step !== undefined) step = Math.max(step ?? 0, p.step);
  }
  const last = cols[cols.length - 1]!;
  if (!any) return { sum: { kind: 'blank' }, at: last };
  // Pennies added up in binary are rounded back to the pennies they are.
  const sum = Math.round(total * 1e6) / 1e6;
  return { sum: step !== undefined ? { kind: 'number', value: sum, step } : { kind: 'number', value: sum }, at: last };
}
