/**
 * Walks a sheet from top to bottom finding every budget table and risk register on it,
 * stacked or side by side in rows, each with the title lines above it.
 */
import { CellValue, SheetGrid, cellValue, columnCount } from '../grid';
import { parseConsequence, parseLikelihood, parseScore, wholeNumberIn } from '../cells/risk';
import { BudgetHeader, HeaderContext, budgetHeaderAt, isUnitsRow } from './budgetHeader';
import { yearTitleOver } from './budgetYears';
import { RiskHeader, riskHeaderAt } from './riskHeader';
import { cellText, isBlankRow } from './headerCells';
import { BLOCK_HEADING, COUNCIL_TAX_BAND, FLOW_IN_WORDS, FLOW_OUT_WORDS, HEADCOUNT_TITLE, INTRODUCES_WHAT_FOLLOWS, MONEY_WORD, RESERVE_LINE } from './vocabulary';
import { RawBudgetRow, RawBudgetTable, readBudgetTable } from './budgetTable';
import { RawRiskRegister, readRiskRegister } from './riskRegister';
import { RawRiskCards, readRiskCards } from './riskCards';
import { ColumnRoleOverride, headerFromOverrides, overrideBudgetHeader, overrideRiskHeader } from './overrides';
import { HeaderExplained, ScoreFactor, ShareScale } from '../model';
import { RatingWords, findRatingWords } from '../risk/ratingWords';
import { MatrixGrid, findMatrixGrid, ratingWordsOfGrid } from '../risk/matrixGrid';
import { DCB0129_RATING_WORDS, ratesOnDcb0129 } from '../risk/clinicalSafety';
import { HeaderNotes, explainTables, newHeaderNotes, noteBudgetRefusal, noteRiskRefusal } from './explain';
import { columnsView, sideBySideSplit } from './sideBySide';
import { firstColumnAfterStamp } from './stampColumns';
import { flowNamed } from './roles';

export interface TitleLines {
  /** Text lines above the header, top first, up to the previous table. */
  readonly lines: string[];
}

export type RawTable =
  | { readonly kind: 'budget'; readonly table: RawBudgetTable; readonly above: TitleLines }
  | { readonly kind: 'risk'; readonly register: RawRiskRegister; readonly above: TitleLines }
  | { readonly kind: 'cards'; readonly cards: RawRiskCards; readonly above: TitleLines };

/**
 * The budget headers read on the sheet before, where a statement is printed a page to a sheet:
 * a later page may print only their last row, the column heads, over its lines.
 */
export interface PageBefore {
  readonly sheet: SheetGrid;
  readonly headers: ReadonlyArray<BudgetHeader>;
}

interface HeadersAt {
  readonly budget: BudgetHeader | null;
  readonly risk: RiskHeader | null;
}
const NO_HEADER: HeadersAt = { budget: null, risk: null };

const MAX_TITLE_ROWS = 6;

/** In a note, what says a table was found and set aside for what its figures are. */
export const SET_ASIDE = ' was not read: ';
const MAX_HEADING_BLOCK_ROWS = 14;

/**
 * Every table on the sheet. Given `explained`, adds to it each row read as a header or nearly
 * so, with what was made of it.
 */
export function findTables(
  sheet: SheetGrid,
  overrides: ReadonlyArray<ColumnRoleOverride> = [],
  notes: string[] = [],
  explained?: HeaderExplained[],
  context: HeaderContext = {},
  pageBefore: PageBefore | null = null,
): RawTable[] {
  const width = columnCount(sheet);
  // A converter's stamp on every row left of the tables ("Document ID | Filename | Received
  // At"): read without it, as the tables stand in the columns after it.
  const afterStamp = overrides.length === 0 ? firstColumnAfterStamp(sheet) : null;
  const unstamped = afterStamp !== null ? columnsView(sheet, afterStamp, width - 1) : sheet;
  // Two tables side by side, each with its own names: each read alone, in its own columns.
  // (Where the user has named a table's columns, the sheet is read as they say.)
  const split = overrides.length === 0 ? sideBySideSplit(unstamped) : null;
  if (split === null) return findTablesIn(unstamped, overrides, notes, explained, context, pageBefore);
  return [columnsView(unstamped, 0, split - 1), columnsView(unstamped, split, width - 1)].flatMap((view) => findTablesIn(view, overrides, notes, explained, context, pageBefore));
}

function findTablesIn(
  sheet: SheetGrid,
  overrides: ReadonlyArray<ColumnRoleOverride>,
  notes: string[],
  explained: HeaderExplained[] | undefined,
  context: HeaderContext,
  pageBefore: PageBefore | null,
): RawTable[] {
  const found: RawTable[] = [];
  // By row: an array, not a map, as every row of a 100,000-line table is asked about.
  const cache: Array<HeadersAt | undefined> = [];
  const headerNotes: HeaderNotes | null = explained ? newHeaderNotes() : null;
  const headersAt = (r: number) => {
    let at = cache[r];
    if (!at) {
      const budget = budgetHeaderAt(sheet, r, headerNotes ? (x) => noteBudgetRefusal(headerNotes, r, x) : undefined, context);
      const risk = riskHeaderAt(sheet, r, headerNotes ? (x) => noteRiskRefusal(headerNotes, r, x) : undefined);
      // Where the user named the columns of a header RAG Board does not find, their reading
      // stands; a header it finds is corrected, not replaced.
      const named = !budget && !risk && overrides.some((o) => o.headerRow === r) ? headerFromOverrides(sheet, r, overrides) : null;
      const b = budget ?? (named?.kind === 'budget' ? named : null);
      const k = risk ?? (named?.kind === 'risk' ? named : null);
      at =
        b || k
          ? {
              budget: b && overrides.length ? overrideBudgetHeader(sheet, b, overrides, notes) : b,
              risk: k && overrides.length ? overrideRiskHeader(sheet, k, overrides, notes) : k,
            }
          : NO_HEADER;
      cache[r] = at;
    }
    return at;
  };
  // Budget headers read on this sheet so far, the one being read among them: a header printed
  // again lower down in the same words is the same header, whatever words stood above the first.
  const accepted: BudgetHeader[] = [];
  // (Before any, the column heads of the sheet before's header printed alone: its next page.)
  const budgetAt = (r: number) => headersAt(r).budget ?? (accepted.length ? printedAgain(sheet, accepted, r) : pageBefore ? headsOfPageBefore(sheet, pageBefore, r) : null);
  const riskAt = (r: number) => headersAt(r).risk;
  // The header of the next table: any header row, or the second row of a two-row header.
  const anyHeaderAt = (r: number) => {
    const b = budgetAt(r);
    if (b) return true;
    const next = budgetAt(r + 1);
    if (next && next.headerRows[0] === r) return true;
    return riskAt(r) !== null;
  };

  let floor = 0;
  let grid: MatrixGrid | null | undefined;
  // The sheet's own words for ratings, read only where a register's words need them.
  let ratingWords: RatingWords | null | undefined;
  const rows = sheet.values.length;
  for (let r = 0; r < rows; r++) {
    if (!sheet.values[r]) continue;
    const risk = riskAt(r);
    if (risk) {
      // (A matrix printed as a grid under the register is its key, not more risks.)
      let register = beforeTheGrid(readRiskRegister(sheet, risk, riskAt, (x) => budgetAt(x) !== null), (grid ??= findMatrixGrid(sheet)));
      // A header with no risk under it ("RISK | Increasing likelihood →" over a matrix) is a key, not a register;
      // so is a header of ratings alone with no rating under it (a matrix's "Impact" over its
      // form's "Last Reviewed | Q2 2020/21"). A list of risks headed as one, its ratings not yet filled in, is a register.
      if (register.rows.length === 0 || (!namesItsRisks(register) && !rated(sheet, register))) {
        headerNotes?.empty.push(risk);
        continue;
      }
      // (As the register's analysis will read them: the key's lists, else the grid's sides.)
      const wordsHere = () => (ratingWords ??= findRatingWords(sheet) ?? (grid ? ratingWordsOfGrid(grid) : null) ?? (ratesOnDcb0129(sheet) ? DCB0129_RATING_WORDS : null));
      const unread = ratedInUnreadWords(sheet, register, wordsHere);
      if (unread) {
        notes.push(`The risk register at "${sheet.name}" row ${r + 1} rates its risks in letters or words ("${unread.words.slice(0, 6).join('", "')}") that no key here reads: its risks and the grades it types are read, those ratings are not. To have them read, put the key on the sheet with each word's number ("A = 5", "3 = Occasional"), or type the ratings as numbers.`);
        register = unread.register;
      }
      const unsupported = percentChances(sheet, register) ?? ratingsNoScaleReads(sheet, register, wordsHere);
      if (unsupported) {
        headerNotes?.unsupported.push({ header: risk, lastRow: register.lastRow, reason: unsupported });
        notes.push(`The risk register at "${sheet.name}" row ${r + 1}${SET_ASIDE}${unsupported}.`);
        r = register.lastRow;
        continue;
      }
      // Likelihoods given as probabilities, shares of one ("Prob" over 0.85, 0.41), impacts
      // too or on the matrix's scale: read as printed and multiplied, graded by no band.
      const shares = shareScales(sheet, register);
      const mixed = shares ? null : probabilitiesAmongRatings(sheet, register);
      if (mixed) {
        headerNotes?.unsupported.push({ header: risk, lastRow: register.lastRow, reason: mixed });
        notes.push(`The risk register at "${sheet.name}" row ${r + 1}${SET_ASIDE}${mixed}.`);
        r = register.lastRow;
        continue;
      }
      if (shares) {
        notes.push(`The risk register at "${sheet.name}" row ${r + 1} gives its ${shares.length === 2 ? 'likelihoods and impacts' : 'likelihoods'} as shares of one (probabilities from 0 to 1)${shares.length === 2 ? '' : ', its impacts on the matrix\'s scale'}: they and their products are read and checked as printed, and no band grades them, as no key here bands such scores; no heat map places them, as its cells hold whole-number ratings.`);
        register = { ...register, shareScales: shares };
      }
      const averages = shares ? [] : averagedRatings(sheet, register);
      // Averages above the matrix's top (5.1 of 6) are on a longer scale, which a key by the
      // register lists ("1. Not possible" … "6. Inevitable"): read to it and not graded; with no
      // key saying so, not read.
      const highest = Math.max(0, ...averages);
      const levels = highest > 5 ? levelsListedBy(sheet, register) : null;
      if (highest > 5 && (levels === null || levels < highest)) {
        const reason = `its likelihoods and impacts are averages with decimals (${averages.slice(0, 3).join(', ')}), some above 5, and no key by it lists the levels of its scale`;
        headerNotes?.unsupported.push({ header: risk, lastRow: register.lastRow, reason });
        notes.push(`The risk register at "${sheet.name}" row ${r + 1}${SET_ASIDE}${reason}.`);
        r = register.lastRow;
        continue;
      }
      if (levels !== null) register = { ...register, header: { ...register.header, statedScale: levels } };
      if (averages.length) {
        notes.push(`The risk register at "${sheet.name}" row ${r + 1} gives its likelihoods and impacts as averages with decimals (${averages.slice(0, 3).join(', ')}), as a workshop's mean votes are: they are read and checked to the rounding they are printed to${levels === null ? ', and graded by the band each score reaches' : ''}; no heat map places them, as its cells hold whole-number ratings.`);
        register = { ...register, averagedRatings: true };
      }
      const factor = shares ? null : thirdRatingOfScores(sheet, register);
      if (factor) {
        notes.push(`The risk register at "${sheet.name}" row ${r + 1} scores each risk as its likelihood x impact x "${factor.header}": its typed scores are that product, so they are checked as it, graded only where a band of a key the workbook gives holds them, and placed on no heat map, whose cells hold likelihood x impact.`);
        register = { ...register, scoreFactor: factor };
      }
      found.push({ kind: 'risk', register, above: titleLinesAbove(sheet, risk.headerRows[0]!, floor) });
      floor = register.lastRow + 1;
      r = register.lastRow;
      continue;
    }
    // A two-row header is found at its second row; look one ahead so its first row is not read as a title.
    let budget = budgetAt(r);
    // A header over several rows is found at its first row of measures; a deeper reading of
    // the same header ("Budget" over "To Date" over "£000") may name more of its columns.
    for (let k = 1; budget && k <= 2; k++) {
      const deeper = budgetAt(r + k);
      if (deeper && deeper.headerRows[0]! <= budget.headerRows[0]! && headerStrength(deeper) > headerStrength(budget)) budget = deeper;
    }
    if (budget) {
      const last = budget.headerRows[budget.headerRows.length - 1]!;
      const first = budget;
      // A header repeated before a later block (the same roles in the same columns) is read through.
      const repeats = (x: number): number[] | null => {
        // (Found at its first row, or, a header over several rows, at its second, as anyHeaderAt
        // finds it: then only as the same words again over the columns read, a page's repeat,
        // not "Expenditures" under "Revenues".)
        const below = x > last ? budgetAt(x + 1) : null;
        // (Or under a row of its units printed again over it, "£m" over "Working" over "Budget".)
        // (The header under it looked for first, from the cache: a units row is asked of few rows.)
        const near = x > last ? [below, budgetAt(x + 2)] : [];
        const under = near.find((h) => h && h.headerRows[0] === x + 1);
        if (under && isUnitsRow(sheet, x) && sameWords(first, under) && sameColumns(first, under) && labelHeaderGoesOn(sheet, first, under)) return [x, ...under.headerRows];
        // (A header over three rows is found at its last: the whole of it, from this row, is looked for.)
        const whole = near.find((h) => h && h.headerRows[0] === x && sameWords(first, h)) ?? null;
        const again = x > last ? (whole ?? budgetAt(x)) : null;
        // Straight on from the lines above it: a blank row before a header starts another table.
        const flows = again !== null && !afterAGap(sheet, again);
        if (!(again && flows && again.headerRows[0]! > last && sameColumns(first, again) && labelHeaderGoesOn(sheet, first, again) && !underItsOwnYear(sheet, again.headerRows[0]!))) return null;
        // (With the line of versions or dates under it printed again too, "January 2019 | June
        // 2018 - January 24, 2019 | …", as it stood under the header at the top.)
        const after = again.headerRows[again.headerRows.length - 1]! + 1;
        return !rowHasFigures(sheet, after) && rowTextsKey(sheet, after) !== '' && rowTextsKey(sheet, after) === rowTextsKey(sheet, last + 1) ? [...again.headerRows, after] : again.headerRows;
      };
      // The next page: the table's heading and header printed again after a footnote, the
      // lines going on under them (a city's departmental obligations over two pages).
      const heading = titleLinesAbove(sheet, budget.headerRows[0]!, floor).lines;
      const nextPage = (from: number): number | null => {
        if (heading.length === 0) return null;
        for (let h = from + 1; h < Math.min(rows, from + 3 + MAX_HEADING_BLOCK_ROWS); h++) {
          if (rowHasFigures(sheet, h)) return null;
          const again = budgetAt(h);
          if (!again || again.headerRows[0]! <= last) continue;
          // (The header's upper rows alone read as a header too: the whole of it is looked for.)
          if (!sameWords(first, again) || !sameColumns(first, again)) continue;
          const over = titleLinesAbove(sheet, again.headerRows[0]!, from + 1).lines;
          return heading.every((t) => over.includes(t)) ? again.headerRows[again.headerRows.length - 1]! : null;
        }
        return null;
      };
      accepted.push(budget);
      const table = readBudgetTable(sheet, budget, (x) => x > last && anyHeaderAt(x), repeats, nextPage);
      // (Headings alone, with no figure under any measure, are no table: the numbered notes
      // under a budget, "1) journal ad and phone-book listing, 2012 rates", are not its lines.)
      if (!table.rows.some(holdsAFigure)) {
        headerNotes?.empty.push(budget);
        continue;
      }
      const reserves = statementOfReserves(table) ?? chargesByBand(table);
      if (reserves) {
        headerNotes?.unsupported.push({ header: budget, lastRow: table.lastRow, reason: reserves });
        notes.push(`The table at "${sheet.name}" row ${budget.headerRows[0]! + 1}${SET_ASIDE}${reserves}.`);
        r = table.lastRow;
        continue;
      }
      const above = titleLinesAbove(sheet, budget.headerRows[0]!, floor);
      const staff = staffNumbers(sheet, table, above);
      if (staff) {
        headerNotes?.unsupported.push({ header: budget, lastRow: table.lastRow, reason: staff });
        notes.push(`The table at "${sheet.name}" row ${budget.headerRows[0]! + 1}${SET_ASIDE}${staff}.`);
        r = table.lastRow;
        continue;
      }
      // The other flow's columns beside it under the same names ("Budgeted Expenses | YTD Expenses
      // | … | Budgeted Revenue | YTD Revenue"): a second table over the same rows, each row in the
      // table whose columns hold its figures.
      const otherFlow = otherFlowHeader(budget);
      if (otherFlow) {
        const second = readBudgetTable(sheet, otherFlow, (x) => x > last && anyHeaderAt(x), repeats, nextPage);
        const [own, other] = [onlyRowsWithFigures(table, second), onlyRowsWithFigures(second, table)];
        // (Each titled by its flow too, "Expenses" and "Revenue", as the two are told apart.)
        const flowWord = (h: BudgetHeader) => {
          const text = h.columns.find((c) => c.role !== 'label')?.header ?? '';
          const word = (FLOW_OUT_WORDS.exec(text) ?? FLOW_IN_WORDS.exec(text))?.[0] ?? '';
          return word ? [word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()] : [];
        };
        found.push({ kind: 'budget', table: own, above: { lines: [...above.lines, ...flowWord(budget)] } }, { kind: 'budget', table: other, above: { lines: [...above.lines, ...flowWord(otherFlow)] } });
        floor = Math.max(table.lastRow, second.lastRow) + 1;
        r = Math.max(table.lastRow, second.lastRow);
        continue;
      }
      found.push({ kind: 'budget', table, above });
      floor = table.lastRow + 1;
      r = table.lastRow;
    }
  }
  // Risks as cards, one to a block with no header row, where the sheet has no register with one.
  if (!found.some((f) => f.kind === 'risk')) {
    const spans = found.map((f) => (f.kind === 'budget' ? [f.table.header.headerRows[0]!, f.table.lastRow] : [0, -1]));
    const cards = readRiskCards(sheet, (r) => spans.some(([top, bottom]) => r >= top! && r <= bottom!));
    if (cards) found.push({ kind: 'cards', cards, above: titleLinesAbove(sheet, cards.top, 0) });
  }
  if (explained && headerNotes) explained.push(...explainTables(sheet, found, headerNotes));
  return found;
}

/**
 * A header read above, printed again from row `r` in the same words, row for row, where nothing
 * reads it on its own: the same header over another block. ("2019-20 | 2020-21" over the spending,
 * read as the budget by the sum the paragraph above states, then again under "This is funded as
 * shown below:" over the funding, a fire authority's "What we spend".)
 */
function printedAgain(sheet: SheetGrid, accepted: ReadonlyArray<BudgetHeader>, r: number): BudgetHeader | null {
  for (const h of accepted) {
    const top = h.headerRows[0]!;
    if (r <= h.headerRows[h.headerRows.length - 1]!) continue;
    // (One cell first, as every line of a long table is asked: a figure column's heading.)
    const figureCol = h.columns.find((c) => c.role !== 'label')?.col;
    if (figureCol === undefined || cellText(sheet, r, figureCol) === '' || cellText(sheet, r, figureCol) !== cellText(sheet, top, figureCol)) continue;
    // (Over the columns the header reads, context ones too: a comments column beyond them, headed
    // over one table and not the other, is no matter.)
    const span = Math.max(h.labelCol, h.codeCol ?? 0, ...h.columns.map((c) => c.col), ...h.readings.map((x) => x.col));
    if (!h.headerRows.every((x) => rowTextsKey(sheet, x, span) === rowTextsKey(sheet, x - top + r, span))) continue;
    return { ...h, headerRows: h.headerRows.map((x) => x - top + r) };
  }
  return null;
}

/**
 * A header of the sheet before whose last row, the column heads, row `r` prints again in the same
 * words, cell for cell, where nothing on this sheet reads as a header before it: the next page of
 * that statement, printed a page to a sheet with the heads alone ("(A.) OPERATIONS within "CAPS" |
 * FCOA | * CY 2013 * | * CY 2012 * | …" without the "Appropriated" spanning them), read as that
 * header reads its columns.
 */
function headsOfPageBefore(sheet: SheetGrid, page: PageBefore, r: number): BudgetHeader | null {
  for (const h of page.headers) {
    const last = h.headerRows[h.headerRows.length - 1]!;
    // (One cell first, as every row down to a header is asked: a figure column's heading.)
    const figureCol = h.columns.find((c) => c.role !== 'label')?.col;
    if (figureCol === undefined || cellText(sheet, r, figureCol) === '' || cellText(sheet, r, figureCol) !== cellText(page.sheet, last, figureCol)) continue;
    // (Over the columns the header reads, context ones too: a column of comments added after
    // them, headed on one page's top row and on the other's only row, is no matter.)
    const span = Math.max(h.labelCol, h.codeCol ?? 0, ...h.columns.map((c) => c.col), ...h.readings.map((x) => x.col));
    if (rowTextsKey(sheet, r, span) !== rowTextsKey(page.sheet, last, span)) continue;
    return { ...h, headerRows: [r] };
  }
  return null;
}

/**
 * The header of the other flow's table where a header's every figure column read is named for one
 * flow ("Budgeted Expenses", "YTD Expenses") and, unread beside them, the same measures stand
 * named for the other ("Budgeted Revenue", "YTD Revenue"), one each: the same names column and
 * header rows, those columns in the same roles. Null otherwise.
 */
function otherFlowHeader(header: BudgetHeader): BudgetHeader | null {
  const figures = header.columns.filter((c) => c.role !== 'label');
  if (figures.length < 2) return null;
  const readingAt = new Map(header.readings.map((x) => [x.col, x]));
  const flows = new Set(figures.map((c) => flowNamed(readingAt.get(c.col)?.text ?? c.header)));
  if (flows.size !== 1) return null;
  const flow = [...flows][0];
  if (flow !== 'in' && flow !== 'out') return null;
  const read = new Set(figures.map((c) => c.col));
  const unread = header.readings.filter((x) => !read.has(x.col) && x.measure !== null && flowNamed(x.text) === (flow === 'in' ? 'out' : 'in'));
  const columns = [];
  for (const c of figures) {
    const own = readingAt.get(c.col);
    if (!own) return null;
    const twins = unread.filter((x) => x.measure === own.measure && x.block === own.block);
    if (twins.length !== 1) return null;
    columns.push({ role: c.role, col: twins[0]!.col, header: twins[0]!.text });
  }
  if (unread.length !== columns.length) return null;
  const label = header.columns.filter((c) => c.role === 'label');
  return { ...header, columns: [...label, ...columns] };
}

/**
 * A table of one flow, side by side with the other's under the same names: only its rows with a
 * figure in its own columns, or with none in the other's either (headings, its total).
 */
function onlyRowsWithFigures(table: RawBudgetTable, other: RawBudgetTable): RawBudgetTable {
  const figures = (r: RawBudgetRow) => Object.values(r.values).some((v) => typeof v === 'number');
  const others = new Map(other.rows.map((r) => [r.row, r]));
  const rows = table.rows.filter((r) => figures(r) || !(others.get(r.row) && figures(others.get(r.row)!)));
  // (The sums no longer count the rows left to the other table: nothing of theirs was in them.)
  const kept = new Set(rows.map((r) => r.row));
  for (const r of rows) {
    if (r.sumOf) r.sumOf = r.sumOf.filter((x) => kept.has(x));
    if (r.lessRows) r.lessRows = r.lessRows.filter((x) => kept.has(x));
  }
  return { ...table, rows };
}

/** A register with the rows of the matrix grid printed under it taken off: they are its key. */
function beforeTheGrid(register: RawRiskRegister, grid: MatrixGrid | null): RawRiskRegister {
  if (!grid || grid.top <= register.header.headerRows[0]! || grid.top > register.lastRow) return register;
  const rows = register.rows.filter((x) => x.row < grid.top);
  return { ...register, rows, lastRow: rows.length ? Math.max(...rows.map((x) => x.row)) : register.header.headerRows[register.header.headerRows.length - 1]! };
}

/**
 * Whether a line just over a header states a financial year of its own ("Financial Year
 * 2019/2020" over "Budget Heading | Budget Set"): the title of another year's table, so the
 * header is no page's repeat of the one above.
 */
function underItsOwnYear(sheet: SheetGrid, headerRow: number): boolean {
  return yearTitleOver(sheet, headerRow, 2) !== null;
}

/**
 * Why a table read under a budget header is no budget: every line a reserve or balance held
 * ("Earmarked Reserves", "General Reserves", "Total Usable Reserves" over the years of a plan),
 * money kept, not spent or received against a budget.
 */
function statementOfReserves(table: RawBudgetTable): string | null {
  // (Money spent into or out of reserves against a budget, with its actual, is monitored as any line is.)
  if (table.header.columns.some((c) => c.role === 'ytdActual')) return null;
  const lines = table.rows.filter((r) => r.kind !== 'section' && r.label !== null);
  if (lines.length < 3 || !lines.every((r) => RESERVE_LINE.test(r.label!))) return null;
  return `every line is a reserve or balance held ("${lines[0]!.label}", "${lines[1]!.label}"), money kept rather than spent against a budget, so it is not read as a budget table`;
}

/**
 * Why a table is no budget: its lines are council tax bands ("A" to "H", "Band D"), each with the
 * charge on a property in it, as a precept page prints beside the budget.
 */
function chargesByBand(table: RawBudgetTable): string | null {
  const lines = table.rows.filter((r) => r.kind !== 'section' && r.label !== null);
  if (lines.length < 3 || !lines.every((r) => COUNCIL_TAX_BAND.test(r.label!.trim()))) return null;
  return `its lines are council tax bands ("${lines[0]!.label}", "${lines[1]!.label}", "${lines[2]!.label}"), each the charge on one property, so it is not read as a budget table`;
}

/**
 * Why a table read under a budget header is no budget: its title or the note under it says it
 * counts staff ("Staff complement" over quarters' "Plan | Actual", "Full-time equivalent" under
 * it), and nothing in its header or title speaks of money.
 */
function staffNumbers(sheet: SheetGrid, table: RawBudgetTable, above: TitleLines): string | null {
  const title = above.lines[above.lines.length - 1] ?? '';
  const note = firstTextOfRow(sheet, table.lastRow + 1) ?? '';
  const says = HEADCOUNT_TITLE.exec(title) ?? HEADCOUNT_TITLE.exec(note);
  if (!says) return null;
  const headings = table.header.headerRows.flatMap((r) => (sheet.values[r] ?? []).map((_, c) => cellText(sheet, r, c)));
  if ([title, ...headings].some((t) => MONEY_WORD.test(t))) return null;
  return `its ${HEADCOUNT_TITLE.test(title) ? 'title' : 'note'} ("${says[0]}") says it counts staff, not money, so it is not read as a budget table`;
}

function firstTextOfRow(sheet: SheetGrid, row: number): string | null {
  for (let c = 0; c < (sheet.values[row]?.length ?? 0); c++) {
    const t = cellText(sheet, row, c);
    if (t) return t;
  }
  return null;
}

/**
 * Why a "register" is not read when its likelihood and consequence cells are words that neither
 * the NPSA scale nor the workbook's own key reads ("Frequent", "Catastrophic" under "L:
 * Likelihood of Hazard occurring"): a key or a description of the scales laid out under a header
 * like a register's, whose every cell would otherwise be an error.
 */
/**
 * A register rating its likelihoods or consequences in letters or words no key on the sheet reads
 * ("C", "B": an A-to-E scale; "Occasional", "Marginal": another standard's words), beside a grade
 * it types ("Major"): still a register. Its risks and typed grades are read; a column whose
 * ratings are mostly unread is set aside, rather than read as an error on every cell.
 */
function ratedInUnreadWords(sheet: SheetGrid, register: RawRiskRegister, words: () => RatingWords | null): { register: RawRiskRegister; words: string[] } | null {
  const cols = register.header.columns.filter((c) => /Likelihood$|Consequence$/.test(c.role));
  // (Beside a grade or a score the register types, which are read whatever its words.)
  if (cols.length === 0 || !register.header.columns.some((c) => c.role.endsWith('Grade') || c.role.endsWith('Score'))) return null;
  const unread = new Set<string>();
  const aside = new Set<number>();
  let cells = 0;
  for (const c of cols) {
    const scale = c.role.endsWith('Likelihood') ? 'likelihood' : 'consequence';
    let texts = 0;
    let invalid = 0;
    const here: string[] = [];
    for (const { row } of register.rows) {
      const t = cellText(sheet, row, c.col);
      if (t === '') continue;
      texts++;
      const parsed = scale === 'likelihood' ? parseLikelihood(t, words()?.likelihood ?? undefined) : parseConsequence(t, words()?.consequence ?? undefined);
      // (Words of a scale, not sentences: a column of prose is no rating at all.)
      if (parsed.kind === 'invalid' && t.split(/\s+/).length <= 3 && !/\d/.test(t)) {
        invalid++;
        here.push(t);
      }
    }
    // (Most of them, as a key's words would be: "Negligible" among "Critical" and "Marginal" is
    // a step of that other scale, not the NPSA's 1.)
    if (texts >= 2 && invalid >= texts * 0.6) {
      aside.add(c.col);
      cells += texts;
      for (const w of here) unread.add(w);
    }
  }
  if (aside.size === 0 || cells < 2) return null;
  const why = new Map(register.header.why ?? []);
  for (const c of cols) if (aside.has(c.col)) why.set(c.col, `${c.role}: ratings no key here reads (${[...unread].sort().join(', ')}), set aside`);
  return { register: { ...register, header: { ...register.header, columns: register.header.columns.filter((c) => !aside.has(c.col)), why } }, words: [...unread].sort() };
}

function ratingsNoScaleReads(sheet: SheetGrid, register: RawRiskRegister, words: () => RatingWords | null): string | null {
  const cols = register.header.columns.filter((c) => /Likelihood$|Consequence$/.test(c.role));
  let texts = 0;
  const unread: string[] = [];
  for (const { row } of register.rows) {
    for (const c of cols) {
      const v = cellValue(sheet, row, c.col);
      if (typeof v !== 'string' || v.trim() === '' || /^\d/.test(v.trim())) continue;
      texts++;
      const scale = c.role.endsWith('Likelihood') ? 'likelihood' : 'consequence';
      const parsed = scale === 'likelihood' ? parseLikelihood(v, words()?.likelihood ?? undefined) : parseConsequence(v, words()?.consequence ?? undefined);
      if (parsed.kind === 'invalid') unread.push(v.trim());
    }
  }
  if (texts < 3 || unread.length < texts * 0.6) return null;
  return `its likelihood and consequence cells are words no scale here reads ("${unread.slice(0, 3).join('", "')}"), so it is a key or a description of the scales rather than a register`;
}

/**
 * The likelihoods and impacts with decimals, where most of them have ("4.2", "5.1": the mean of
 * a workshop's votes) rather than whole-number ratings: none where they are ratings.
 */
function averagedRatings(sheet: SheetGrid, register: RawRiskRegister): number[] {
  const cols = register.header.columns.filter((c) => /Likelihood$|Consequence$/.test(c.role)).map((c) => c.col);
  const figures: number[] = [];
  for (const { row } of register.rows) {
    for (const col of cols) {
      const v = cellValue(sheet, row, col);
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : null;
      if (n !== null) figures.push(n);
    }
  }
  const fractions = figures.filter((n) => !Number.isInteger(n));
  return figures.length < 3 || fractions.length * 2 <= figures.length ? [] : fractions;
}

/**
 * A third rating the register's typed scores are the product of, with the likelihood and
 * impact beside it ("Likelihood (1-5) | Impact (1-5) | Controls (1-3) | Risk Rating": 3 x 4 x 2 =
 * 24), where most scores are that product and fewer are likelihood x impact alone; null where
 * the scores are likelihood x impact, as a matrix gives them.
 */
function thirdRatingOfScores(sheet: SheetGrid, register: RawRiskRegister): ScoreFactor | null {
  const taken = new Set(register.header.columns.map((c) => c.col));
  for (const slot of register.header.slots) {
    const colOf = (measure: string) => register.header.columns.find((c) => c.role === `${slot}${measure}`)?.col;
    const [l, c, s] = [colOf('Likelihood'), colOf('Consequence'), colOf('Score')];
    if (l === undefined || c === undefined || s === undefined) continue;
    for (let x = 0; x <= register.lastCol; x++) {
      if (taken.has(x)) continue;
      const header = register.header.headerRows.map((r) => cellText(sheet, r, x)).filter(Boolean).join(' ');
      if (!/[a-z]{3}/i.test(header)) continue;
      let rows = 0;
      let product = 0;
      let pair = 0;
      let rated = true;
      for (const { row } of register.rows) {
        const [lv, cv, sv, xv] = [l, c, s, x].map((col) => wholeNumberIn(cellValue(sheet, row, col)));
        if (xv !== null && (xv < 1 || xv > 10)) rated = false;
        if (lv == null || cv == null || sv == null || xv == null) continue;
        rows++;
        if (lv * cv * xv === sv) product++;
        if (lv * cv === sv) pair++;
      }
      // (Most scores its product, fewer than half the pair's: a factor that is 1 on every row is no factor.)
      if (rated && rows >= 3 && product >= rows * 0.8 && pair * 2 < rows) return { slot, col: x, header: header.trim() };
    }
  }
  return null;
}

/**
 * How many levels a key by the register lists in a row, numbered from 1 ("LIKELIHOOD | 1. Not
 * possible | 2. Remote | … | 6. Inevitable"), in the ten rows under it or over its header; the
 * most any such row lists, or null where none does.
 */
function levelsListedBy(sheet: SheetGrid, register: RawRiskRegister): number | null {
  const top = register.header.headerRows[0]!;
  let most: number | null = null;
  for (let r = Math.max(0, top - 10); r <= Math.min(sheet.values.length - 1, register.lastRow + 10); r++) {
    if (r >= top && r <= register.lastRow) continue;
    const numbers = (sheet.values[r] ?? []).flatMap((v) => {
      const m = typeof v === 'string' ? /^\s*(\d{1,2})\s*[.)-]\s*[A-Za-z]/.exec(v) : null;
      return m ? [Number(m[1])] : [];
    });
    if (numbers.length >= 3 && numbers.every((n, i) => n === i + 1)) most = Math.max(most ?? 0, numbers.length);
  }
  return most;
}

/** A chance written in percent, or a range of them: "30%", "50%-70%", "80 % – 100 %". */
const PERCENT_CHANCE = /^\d{1,3}(\.\d+)?\s*%(\s*[-–]\s*\d{1,3}(\.\d+)?\s*%)?$/;

/**
 * Why a register is not read when its likelihoods are chances in percent, or ranges of them
 * ("30%", "50%-70%"): a chance as a range is no one figure to multiply.
 */
function percentChances(sheet: SheetGrid, register: RawRiskRegister): string | null {
  for (const c of register.header.columns) {
    if (!c.role.endsWith('Likelihood')) continue;
    const written = register.rows.map(({ row }) => cellText(sheet, row, c.col)).filter((t) => t !== '');
    if (written.length >= 3 && written.every((t) => PERCENT_CHANCE.test(t))) {
      return `its likelihoods are chances in percent (${written.slice(0, 3).map((t) => `"${t}"`).join(', ')} in "${c.header.trim()}"), not ratings on a 3x3, 4x4 or 5x5 matrix, so they can be neither placed on a heat map nor graded`;
    }
  }
  return null;
}

/** A figure typed as a number or as its digits ("0.6", "1.0", ".45"). */
const PLAIN_FIGURE = /^\s*(\d+(\.\d+)?|\.\d+)\s*$/;

/**
 * The scales a register rates as shares of one: its likelihoods as probabilities ("Prob" over
 * 0.85, 0.41; "Likelihood (0-1)" over 0.6, 1.0), and its consequences too where they are also
 * between 0 and 1 ("Consequence (0-1)" over 0.8, 0.4). Null where its likelihoods are not
 * probabilities. Every figure of such a column lies from 0 to 1 and some between.
 */
function shareScales(sheet: SheetGrid, register: RawRiskRegister): ReadonlyArray<ShareScale> | null {
  const shares = (col: number): { figures: number[]; share: boolean } => {
    const figures: number[] = [];
    let other = 0;
    for (const { row } of register.rows) {
      const v = cellValue(sheet, row, col);
      if (typeof v === 'number') figures.push(v);
      else if (typeof v === 'string' && PLAIN_FIGURE.test(v)) figures.push(Number(v));
      else if (typeof v === 'string' && v.trim() !== '') other++;
    }
    return { figures, share: figures.length >= 3 && other === 0 && figures.every((n) => n >= 0 && n <= 1) && figures.some((n) => n > 0 && n < 1) };
  };
  const of = (suffix: string) => register.header.columns.filter((c) => c.role.endsWith(suffix)).map((c) => shares(c.col));
  const likelihoods = of('Likelihood');
  if (!likelihoods.some((l) => l.share) || !likelihoods.every((l) => l.share)) return null;
  const consequences = of('Consequence');
  return consequences.length > 0 && consequences.every((c) => c.share || c.figures.length === 0) && consequences.some((c) => c.share) ? ['likelihood', 'consequence'] : ['likelihood'];
}

/**
 * Why a register is not read when some of its likelihoods are probabilities and others are
 * not ("Likelihood" in words beside "Prob" over 0.85, 0.41, read as two slots): which of them
 * is the slot's own is not told.
 */
function probabilitiesAmongRatings(sheet: SheetGrid, register: RawRiskRegister): string | null {
  for (const c of register.header.columns) {
    if (!c.role.endsWith('Likelihood')) continue;
    const shares = register.rows.map(({ row }) => cellValue(sheet, row, c.col)).filter((v): v is number => typeof v === 'number');
    if (shares.length >= 3 && shares.every((n) => n >= 0 && n <= 1) && shares.some((n) => n > 0 && n < 1)) {
      return `its likelihoods are probabilities (${shares.filter((n) => n > 0 && n < 1).slice(0, 3).join(', ')} in "${c.header.trim()}") beside likelihoods of another kind, so which is the risk's is not told`;
    }
  }
  return null;
}

/**
 * Whether two headers give the same columns the same roles, or the same measures where a year
 * differs: one header printed again ("23-24 | 23-24 | 24-25" over "Budget | Est Receipts |
 * Budget", then "23-24 | 23-24 | 23-24" over "Budget | Est Spend | Budget", its last year a
 * slip), read with the first header's roles.
 */
/**
 * Whether any risk under a register's header has a likelihood, consequence, score or grade that
 * reads as one.
 */
function rated(sheet: SheetGrid, register: RawRiskRegister): boolean {
  const parsers = register.header.columns.flatMap((c) =>
    c.role.endsWith('Likelihood') ? [{ col: c.col, reads: (v: CellValue) => parseLikelihood(v).kind === 'value' }]
    : c.role.endsWith('Consequence') ? [{ col: c.col, reads: (v: CellValue) => parseConsequence(v).kind === 'value' }]
    : c.role.endsWith('Score') ? [{ col: c.col, reads: (v: CellValue) => parseScore(v).kind === 'score' }]
    // (A grade in words, "GREEN" where the L and S columns are left blank.)
    : c.role.endsWith('Grade') ? [{ col: c.col, reads: (v: CellValue) => typeof v === 'string' && /[a-z]/i.test(v) }]
    : [],
  );
  if (parsers.length === 0) return true;
  return register.rows.some((r) => [r.row, r.secondRow, r.scoreRow].some((row) => row !== undefined && parsers.some((p) => p.reads(cellValue(sheet, row, p.col)))));
}

/** Whether a register's header names the column of its risks (a reference, a risk, a description), not only ratings. */
function namesItsRisks(register: RawRiskRegister): boolean {
  return register.header.columns.some((c) => (c.role === 'ref' || c.role === 'title' || c.role === 'description') && c.header.trim() !== '');
}

/**
 * Whether a header stands after a blank row, or under titles of its own after one ("Annex 1b" /
 * "Summary Capital Financing Position" over a header like the first table's): another table.
 */
function afterAGap(sheet: SheetGrid, header: BudgetHeader): boolean {
  const headerTop = header.headerRows[0]!;
  // (Up to four lines of titles: "3.2 Financial Summary by Group" / "Total operating surplus /
  // (deficit)" / "Period ending 31 December 2014".)
  for (let r = headerTop - 1; r >= Math.max(0, headerTop - 5); r--) {
    if (isBlankRow(sheet, r)) return true;
    // A title starts over the names, not over the figures ("NECESSARY | PCT" over two columns is the header's own top line).
    const row = sheet.values[r] ?? [];
    const filled = row.map((v, c) => ({ v, c })).filter(({ v }) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
    const title = filled.length <= 2 && filled[0]!.c <= header.labelCol && filled.every(({ v }) => typeof v === 'string' && !FIGURE_CELL.test(v.trim()));
    if (!title) return false;
    // A sentence leading into the table under it ("This is funded as shown below:"): another table's caption.
    if (INTRODUCES_WHAT_FOLLOWS.test(String(filled[0]!.v).trim())) return true;
  }
  return false;
}

/** Whether two headers name each column they read in the same words. */
function sameWords(a: BudgetHeader, b: BudgetHeader): boolean {
  // (The figures' columns: the names may be found a column further in under a page's repeat,
  // where its lines are an outline's deeper level; whether they go on is asked apart.)
  const words = (h: BudgetHeader) => h.columns.filter((c) => c.role !== 'label').map((c) => `${c.col}:${c.header.trim().toLowerCase().replace(/\s+/g, ' ')}`).sort().join('|');
  return words(a) === words(b);
}

function sameColumns(a: BudgetHeader, b: BudgetHeader): boolean {
  // (What remains of the budget is read only to be checked: a repeat may leave it unheaded.)
  const roles = (h: BudgetHeader) => h.columns.filter((c) => c.role !== 'remaining').map((c) => `${c.col}:${c.role}`).sort().join(',');
  const measures = (h: BudgetHeader) => h.readings.filter((r) => r.measure !== null).map((r) => `${r.col}:${r.measure}:${r.block ?? ''}`).join(',');
  return roles(a) === roles(b) || (measures(a) !== '' && measures(a) === measures(b));
}

/**
 * Whether the names column of a later header goes on with the table: headed alike ("Category"
 * both times, or again in some of the same words), or headed with the block it starts ("Expenditure" under the income). A second
 * table names its lines otherwise.
 */
function labelHeaderGoesOn(sheet: SheetGrid, a: BudgetHeader, b: BudgetHeader): boolean {
  const text = (h: BudgetHeader) => h.headerRows.map((r) => cellText(sheet, r, h.labelCol)).filter(Boolean).join(' ').toLowerCase();
  if (text(a) === text(b)) return true;
  // Named again in fewer words ("Key Output / Output Indicator" under the breakdown of each
  // line headed "PROGRAMME / KEY OUTPUT / INDICATOR"): the same names column.
  const words = (t: string) => t.split(/[^a-z0-9]+/).filter(Boolean);
  const first = new Set(words(text(a)));
  if (words(text(b)).length > 0 && words(text(b)).every((w) => first.has(w))) return true;
  // Under a title of its own ("PAYMENTS" over "Expenditure | Budget | Actual"), the block is
  // another table: it goes on only straight after the figures above it.
  return BLOCK_HEADING.test(text(b)) && rowHasFigures(sheet, b.headerRows[0]! - 1);
}

function holdsAFigure(row: RawBudgetRow): boolean {
  return row.unreadable !== undefined || Object.values(row.values).some((v) => typeof v === 'number');
}

/** A row's texts, joined, to tell a row printed again (however its case and spacing were typed); up to `lastCol` where given. */
function rowTextsKey(sheet: SheetGrid, r: number, lastCol = Infinity): string {
  return (sheet.values[r] ?? []).slice(0, lastCol + 1).map((v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/\s+/g, ' ') : '')).join('|').replace(/\|+$/, '');
}

function rowHasFigures(sheet: SheetGrid, r: number): boolean {
  const row = sheet.values[r] ?? [];
  return row.some((v, c) => typeof v === 'number' || FIGURE_CELL.test(cellText(sheet, r, c).replace(/\s/g, '')));
}

/** How much of a table a header names: its roles, and the blocks that qualify them. */
function headerStrength(h: BudgetHeader): number {
  return h.columns.length * 10 + h.readings.filter((x) => x.role && x.block).length;
}

/** A cell holding a figure alone: "12", "(1,234)", "£5,000", "45%". */
const FIGURE_CELL = /^[(£$€-]*\d[\d,.]*\)?%?$/;

function titleLinesAbove(sheet: SheetGrid, headerTop: number, floor: number): TitleLines {
  const lines: string[] = [];
  let belowHadText = false;
  // Up to MAX_TITLE_ROWS rows; further up only while the block of text goes on unbroken (a
  // register's version-control block with its name at the top is ten lines).
  for (let r = headerTop - 1; r >= Math.max(floor, headerTop - MAX_HEADING_BLOCK_ROWS); r--) {
    const row = sheet.values[r] ?? [];
    const texts: string[] = [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(sheet, r, c);
      if (t) texts.push(t);
    }
    const beyondWindow = r < headerTop - MAX_TITLE_ROWS;
    if (beyondWindow && !(texts.length && belowHadText)) break;
    // A row of figures (a matrix key's "3 | 3 | 6 | 9", an earlier table's last line) is not a
    // title, and a title printed above it belongs to what it heads, not to this table.
    if (texts.filter((t) => FIGURE_CELL.test(t)).length >= 2) break;
    // Nor is a row of five cells or more: a line of another table above (an asset list over a
    // register), whose own heading is not this table's either.
    if (texts.length >= 5) break;
    if (texts.length) lines.unshift(texts.join(' '));
    belowHadText = texts.length > 0;
  }
  return { lines };
}
