/**
 * A budget table's header, read as a stack of rows. Each column's words are composed from
 * every header row above it into a block (year to date, full year, in month, last year), a
 * measure (budget, actual, forecast, variance, remaining, % spent) and a unit; the roles are
 * then settled for the table as a whole, because a bare "Budget" means the year's budget
 * beside "Actual to date" and "Remaining", but the budget to date beside "Actual" and
 * "Variance". Every column keeps the reason for its role, for `explain`.
 */
import { CellValue, SheetGrid, cellValue, columnLetter, nameAsTitle } from '../grid';
import { cellText, cellsPassing, mergeAt, firstUsedColumn, isBlankRow, isColumnLettersRow, isColumnNumbersRow, isFormField, isPercentFormatted, isYearCell, isYearNumber, topRows, stackedGroupTexts, isHeaderLength, mayBeHeaderRow, rowWidth } from './headerCells';
import { BudgetRole, ColumnAssignment, FIGURE_ROLES } from '../model';
import { looksNumeric, parseAmount } from '../cells/amount';
import { flowNamed, normaliseHeader, stripUnits, typoOf } from './roles';
import type { Draft } from './budgetDraft';
import { monthsAddedToDate } from './monthsToDate';
import { monthlyBudgetsAndActuals } from './monthlyPairs';
import { periodOfHeading } from '../cells/date';
import { currentYearOf, datedAYearBefore, financialYearWrittenOut, wordsBesideItsYear, latestDateIn, namesSplitYear, latestStageAsBudget, finalStageUndated, budgetYearStatedOn, isShortFinancialYear, proposedBeforeForecasts, namesYearEnd, shortYearIn, statedYearAsBudget, yearIn, yearTitleOver } from './budgetYears';
import {
  TYPO_TARGETS,
  AGAINST_A_PLAN,
  ACTUAL_WHEN_BARE, BLOCK_WORDS, MARK, Block, BudgetMeasure, ACCOUNT_CODE_RANGE, CODE_HEADERS, CODE_VALUE, LABEL_HEADERS, LEADING_CODE, OUTLINE_MARK, MEASURE_WORDS, MONTH_NAME, MONTH_RANGE, MONTHS_TOTAL, PERIOD_ONLY, PERIOD_STAMP, RAG_KEY_CELL, PREFERRED_WORDS, SUPERSEDED_WORDS, UNIT_ALONE, BUDGET_LIST_TITLE, BUDGET_ALONE, AMOUNT_HEADER, YEAR_COLUMN_HEADER, YEARS_BUDGET_WORDS, STAMP_PHRASE, NOTES_HEADER, CHANGE_WORDS, BETWEEN_YEARS, SURPLUS_WORDS, TOTAL_LABEL, SUBTOTAL_LABEL, YEAR_RESULT_LABEL, BASIS_OF_ACCOUNTING, REVISED_BUDGET, REVISION_ALONE, MONEY_FLOW_ONLY, BROKEN_NAME, NEXT_YEAR, CURRENT_YEAR, BUDGET_CAPTION, BOTTOM_LINE_NAME, BUDGET_HEADINGS_CAPTION, QUANTITY_HEADER, MONEY_HEADER_WORD, ACTUAL_ABBREVIATION, DOCUMENT_TITLE, DIRECTIONAL_DIFFERENCE, TO_DATE_ACROSS_LINES, INTRODUCES_WHAT_FOLLOWS, INTRODUCED_AS_BUDGETS, THREE_PART_CODE, ACCOUNT_OF_THE_YEAR, GROSS_PART, INCOME_PART, PROPOSED_BUDGET, BUDGET_STAGES, FLOW_WORD_ALONE, YEARLY_AMOUNT, LONE_FOOTNOTE_MARK, DOCUMENT_CREDIT, NO_HEADING_OF_ITS_OWN, STATEMENT_AS_AT_A_DATE, LETTERED_ITEM, APPROVED_STAGE, YEAR_END_LIST_TITLE, LIST_SUM_FOR_A_YEAR, GROSS_AMOUNT, VAT_AMOUNT, NET_AMOUNT, LIST_FLOW_TITLE } from './vocabulary';

export interface ColumnReading {
  readonly col: number;
  /** The column's header words from every header row, top first. */
  readonly text: string;
  readonly measure: BudgetMeasure | null;
  readonly block: Block | null;
  readonly role: BudgetRole | null;
  /** Why the column has its role, or none: "Year to date + Budget". */
  readonly why: string;
  /** Kept as context because it is another year's figure (last year's, next year's). */
  readonly otherYear?: boolean;
  /**
   * Another part of the variance read ("Slippage" beside "Underspend/Overspend" in a capital
   * programme): where it has a figure, the variance read is not the whole change on that line.
   */
  readonly partOf?: BudgetRole;
}

/** A row that names budget words but was not taken as a header, and why. */
export interface HeaderRefusal {
  readonly headerRows: number[];
  readonly reason: string;
  readonly readings: ReadonlyArray<ColumnReading>;
}

export interface BudgetHeader {
  readonly kind: 'budget';
  readonly headerRows: number[];
  readonly labelCol: number;
  /** A column of codes (cost centre, nominal code) before the labels, where there is one. */
  readonly codeCol: number | null;
  /** True when the labels start with their codes ("4000 Salaries"), to be split. */
  readonly codesInLabels: boolean;
  /**
   * A column left of the names that repeats a block's name down its lines ("Receipts" × 12, then
   * "Payments" × 10), as exports from finance systems give sections: the lines' sections.
   */
  readonly sectionCol?: number;
  /**
   * A column numbering the sheet's rows (0, 1, 2 … down every row, with no header), as a
   * spreadsheet saved from a data frame has first: the row's place, not its code or name.
   */
  readonly rowNumberCol?: number;
  /**
   * A column describing each line at length right of its short name ("Finance committee |
   * Administration, salaries, grants …"): what the line covers, not its name; a sum's name where
   * the names column is blank ("| SUBTOTAL").
   */
  readonly descriptionCol?: number;
  readonly columns: ColumnAssignment<BudgetRole>[];
  readonly readings: ReadonlyArray<ColumnReading>;
  /** A list under its title, no column headed: names, each with one figure in one column. */
  readonly listUnderTitle?: true;
}

const compiled = <K extends string>(table: ReadonlyArray<readonly [K, ReadonlyArray<string>]>) =>
  table.map(([k, words]) => [k, new RegExp(`(?:^|[^a-z0-9%])(?:${words.join('|')})(?=$|[^a-z0-9])`)] as const);
const MEASURES = compiled(MEASURE_WORDS);
const BLOCKS = compiled(BLOCK_WORDS);
const PREFERRED = new RegExp(`\\b(${PREFERRED_WORDS.join('|')})\\b`);
const SUPERSEDED = new RegExp(`\\b(${SUPERSEDED_WORDS.join('|')})\\b`);

/** A heading over words about the figures ("Comments", "Variance explanation"): cheap, as it is asked of every row. */
function isNotesHeading(text: string): boolean {
  return text.length <= 40 && NOTES_HEADER.test(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

function words(text: string): string {
  // ("Original Budget1 2014-15": a footnote's number run on to the word it marks.)
  const t = ` ${stripUnits(normaliseHeader(text))} `.replace(/\s+/g, ' ').replace(/\b(budget|actuals?|forecast|outturn|variance|estimates?)[1-9](?= )/g, '$1');
  return t.replace(/[a-z]{5,}/g, (w) => typoOf(w, TYPO_TARGETS) ?? w);
}

export function measureIn(text: string): BudgetMeasure | null {
  return measureAndRest(text)?.measure ?? null;
}

/** The measure a header names, and its other words, where a block may be named ("Forecast Outturn": forecast, "outturn"). */
function measureAndRest(text: string): { measure: BudgetMeasure; rest: string; phrase: string } | null {
  const t = words(text);
  for (const [m, re] of MEASURES) {
    const found = re.exec(t);
    if (!found) continue;
    const measure = m === 'variance' && /%|\bpct\b|per ?cent/.test(normaliseHeader(text)) ? 'variancePct' : m;
    return { measure, rest: `${t.slice(0, found.index)} ${t.slice(found.index + found[0].length)}`, phrase: found[0].replace(/^[^a-z0-9%]/, '') };
  }
  return null;
}

export function blockIn(text: string): Block | null {
  const t = words(text);
  // "Forecast Outturn at M3": "at M3" says when; the block is the forecast's. Only where
  // nothing else names a block does the stamp ("Actual at Month 7") say year to date.
  const unstamped = t.replace(STAMP_PHRASE, ' ');
  if (unstamped !== t) {
    for (const [b, re] of BLOCKS) if (re.test(unstamped)) return b;
  }
  for (const [b, re] of BLOCKS) if (re.test(t)) return b;
  return null;
}

export function isLabelHeader(text: string): boolean {
  const t = normaliseHeader(text).replace(/[:*]/g, '').trim();
  // (Read as typed, then with a slip corrected: "Project Decription".)
  return LABEL_HEADERS.test(t) || LABEL_HEADERS.test(t.replace(/[a-z]{5,}/g, (w) => typoOf(w, TYPO_TARGETS) ?? w));
}

function isUnitsOnly(text: string): boolean {
  return UNIT_ALONE.test(normaliseHeader(text).replace(/\s+/g, ''));
}

/** A budget's only header cell, over its column of figures, with nothing over the names: "Budget for 2019/20". */
function isLoneBudgetHeading(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values) return false;
  let text: string | null = null;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    // "Comments" over the notes beside the figures is no second heading.
    if (typeof v === 'string' && text !== null && isNotesHeading(v)) continue;
    if (text !== null || c <= firstUsedColumn(sheet) || typeof v !== 'string') return false;
    text = v;
  }
  return text !== null && text.split(/\s+/).length <= 6 && (measureIn(text) === 'budget' || isYearsEstimate(text)) && (yearIn(text) !== null || blockIn(text) === 'fullYear');
}

/**
 * A year alone over a figure column ("| | 2023"), straight over the name of an account's first
 * block ("INCOMING RESOURCES"), as a charity's accounts print it with the year before's heading
 * lost: the header of the account, its year's figures that year's actual (`yearsOfAnAccount`).
 */
function isLoneYearOverAnAccount(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values) return false;
  const filled = values.map((v, c) => ({ v, c })).filter(({ v }) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
  if (filled.length !== 1 || filled[0]!.c <= firstUsedColumn(sheet) || !isYearCell(filled[0]!.v)) return false;
  // (A blank row under the header is spacing.)
  const next = isBlankRow(sheet, row + 1) ? row + 2 : row + 1;
  const below = (sheet.values[next] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return below.length >= 1 && ACCOUNT_OF_THE_YEAR.test(below.join(' ')) && !BUDGET_ALONE.test(below.join(' '));
}

/**
 * "Estimated Expenditure 2020/2021" heading the only figures of a budget for the year: the
 * year's estimates, as councils call their budget. Beside a budget or actuals, the same words
 * are the forecast.
 */
function isYearsEstimate(text: string): boolean {
  return /\bestimated?\b/i.test(text) && yearIn(text) !== null && measureIn(text) === 'forecast';
}

/**
 * Columns of a savings programme ("Savings Achieved / Anticipated", "Savings At Risk") beside a
 * budget that is not of savings are context; a table of savings ("Target Saving | Savings
 * achieved | Total Savings") is read as one.
 */
function savingsBesideABudget(drafts: Draft[]): void {
  const savings = (d: Draft) => /\bsavings?\b/i.test(d.text);
  const budgets = drafts.filter((d) => d.measure === 'budget' && d.role !== null);
  if (budgets.length === 0 || budgets.some(savings)) return;
  for (const d of drafts) {
    if (d.role === null || !savings(d)) continue;
    d.role = null;
    d.why += ': a savings programme\'s figure beside the budget, context only';
  }
}

/** The one figure column a header names, where it is the year's estimates: read as the budget. */
function loneEstimateAsBudget(drafts: Draft[]): void {
  const read = drafts.filter((d) => d.role);
  const only = read[0];
  if (read.length !== 1 || only!.role !== 'forecastOutturn' || !isYearsEstimate(only!.text)) return;
  only!.role = 'annualBudget';
  only!.measure = 'budget';
  only!.why = 'the year\'s estimates, with no budget or actual beside them: the budget';
}

/**
 * The second line of a header's words, wrapped onto the row below ("Net" over "Expenditure"):
 * a few words, no figures, each under a word of the row above and over a column of figures
 * (a heading over the names, such as "Expenditure", is the table's first section instead).
 */
function isWrappedHeaderLine(sheet: SheetGrid, row: number, next: number): boolean {
  const values = sheet.values[next];
  if (!values || isBlankRow(sheet, next) || isUnitsRow(sheet, next)) return false;
  let words = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    // (A footnote's mark in a column of its own, "(a)" over the "(b)"s that mark the lines,
    // heads the marks, not figures: no word of the header, and no bar to the line wrapping.)
    if (typeof v === 'string' && LONE_FOOTNOTE_MARK.test(v.trim()) && !cellText(sheet, row, c)) continue;
    // (A year or a date under a heading, "YTD" over "2003", "MTD" over "05/31/03", is its second line.)
    // So is a sign ("Variance" over "+(-)").
    const when = isYearCell(v) || (typeof v === 'string' && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\(?[+-]\)?\s*\/?\s*\(?[+-]\)?$/.test(v.trim()));
    if (!when && (typeof v !== 'string' || looksNumeric(v) || v.trim().split(/\s+/).length > 5 || !isHeaderLength(v))) return false;
    if (!cellText(sheet, row, c) || !figuresBelow(sheet, next + 1, c)) return false;
    words++;
  }
  // (A name alone in the sheet's first column, "Building & Safety" under "Account Number" over
  // the accounts' codes, heads the lines below it: a section, not the header's second line.)
  const only = words === 1 ? values.findIndex((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) : -1;
  if (only !== -1 && only === firstUsedColumn(sheet) && !isYearCell(values[only]) && /[a-z]{3}/i.test(String(values[only]))) return false;
  return words > 0;
}

/**
 * The rows under a header down to the table's first gap (20 at most): from its first line, as a
 * blank row straight under the header is spacing, not the gap.
 */
function linesToTheGap(sheet: SheetGrid, fromRow: number): { first: number; rows: number } {
  let first = fromRow;
  while (first < fromRow + 3 && first < sheet.values.length && isBlankRow(sheet, first)) first++;
  let rows = 0;
  while (rows < 20 && first + rows < sheet.values.length && !isBlankRow(sheet, first + rows)) rows++;
  return { first, rows };
}

/** Whether the cells below are years (2022, "2022/23", "98/99") on nearly every line, down to the table's first gap. */
function holdsYears(sheet: SheetGrid, col: number, fromRow: number): boolean {
  // (The prose under a short table, "2.2 Budget elements ...", is no line of it.)
  const { first, rows } = linesToTheGap(sheet, fromRow);
  const { passing: years, filled } = cellsPassing(sheet, col, first, rows, (v) => isYearNumber(v) || (typeof v === 'string' && ((yearIn(v) !== null && v.trim().length <= 9) || isShortFinancialYear(v))));
  return years >= 2 && filled - years <= years * 0.1;
}

/** Whether the first cells under a header are money: figures, not codes, on most of them. */
function mostlyFiguresBelow(sheet: SheetGrid, fromRow: number, col: number): boolean {
  const { passing: figures, filled } = cellsPassing(sheet, col, fromRow, 6, (v) => looksNumeric(v) && !(typeof v === 'string' && CODE_VALUE.test(v.trim())));
  return filled >= 3 && figures >= filled * 0.8;
}

/** The first blank row from `from` on (at most twenty rows on): where the lines under a header stop, the table below them not counted. */
function untilBlankRow(sheet: SheetGrid, from: number): number {
  let r = from;
  while (r < Math.min(sheet.values.length, from + 20) && !isBlankRow(sheet, r)) r++;
  return r;
}

function figuresBelow(sheet: SheetGrid, from: number, col: number): boolean {
  // Past a row of keys and a row of units, and a section heading, to the first lines.
  for (let r = from; r < Math.min(sheet.values.length, from + 6); r++) {
    const v = cellValue(sheet, r, col);
    // (A percentage, "36.92%", is a figure too.)
    if (typeof v === 'number' || looksNumeric(v) || (typeof v === 'string' && /^\(?-?[\d,.]+\s*%\)?$/.test(v.trim()))) return true;
  }
  return false;
}

/**
 * Where the row under `row` (or a blank row or two lower) starts a list (a name and a figure) that runs to a blank row or the
 * sheet's end and closes on a sum naming an estimate or budget and its year ("Estimated total
 * for 2015", "Total budget 2019/20"): that year. Else null.
 */
function closingSumNamingItsYear(sheet: SheetGrid, row: number, first: number): number | null {
  const named = (r: number) => (typeof cellValue(sheet, r, first) === 'string' ? cellText(sheet, r, first) : '');
  const figured = (r: number) => (sheet.values[r] ?? []).some((v, c) => c > first && (typeof v === 'number' || looksNumeric(v)));
  // (A blank row or two under the line, as a page spaces a list from what stands over it.)
  let start = row + 1;
  while (start < row + 3 && isBlankRow(sheet, start)) start++;
  if (!named(start) || !figured(start)) return null;
  let last = start;
  while (last + 1 < sheet.values.length && !isBlankRow(sheet, last + 1) && named(last + 1)) last++;
  const name = named(last).replace(/\s+/g, ' ');
  if (last - start < 4 || !figured(last) || !LIST_SUM_FOR_A_YEAR.test(name)) return null;
  return yearIn(name);
}

/**
 * A budget for the year printed as a list under its title, with no column headers: "PRECEPT
 * BUDGET 2018-2019" alone on its row, then names each with one figure beside them. The column
 * holding most of the figures is the year's budget.
 */
function budgetListUnder(sheet: SheetGrid, row: number): BudgetHeader | null {
  const values = sheet.values[row];
  // The sheet's first column: column A, or the first after blank columns left of everything.
  const first = firstUsedColumn(sheet);
  // Its title alone, in the first column (or over the names where a column of codes stands left
  // of them): told without copying the row (this runs on every row).
  const titleCol = [first, first + 1].find((c) => typeof values?.[c] === 'string' && (values[c] as string).trim() !== '');
  if (titleCol === undefined) return null;
  const head = values![titleCol] as string;
  for (let c = 0; c < values!.length; c++) {
    const v = values![c];
    // "Comments" over the notes beside the figures is no second title.
    if (c !== titleCol && v !== null && v !== undefined && !(typeof v === 'string' && (v.trim() === '' || isNotesHeading(v)))) return null;
  }
  let title = head.trim();
  const headerRows = [row];
  // A title broken before its year ("AGREED BUDGET FOR" over "2018 – 2019"): the two lines read as one.
  const above = row > 0 ? sheet.values[row - 1] : undefined;
  const aboveTitle = typeof above?.[titleCol] === 'string' ? (above[titleCol] as string).trim() : '';
  if (/^\d{4}\s*[-–/]\s*\d{2,4}$/.test(title) && aboveTitle && (above ?? []).filter((v) => v !== null && v !== undefined && v !== '').length === 1 && BUDGET_LIST_TITLE.test(aboveTitle) && yearIn(aboveTitle) === null) {
    title = `${aboveTitle} ${title}`;
    headerRows.unshift(row - 1);
  }
  // The title says budget in so many words ("Target implementation date: 2030" is no budget);
  // or the line straight over the list, whatever it says, where the list's closing sum names the
  // estimate or budget of a year ("Estimated total for 2015").
  const closingYear = closingSumNamingItsYear(sheet, row, first);
  // (Or a flow of the year the sheet sets its budget for, "General Fund FY 2024 Revenue" on a
  // page of the "FY 2024 Adopted Budget".)
  const flowOfTheStatedYear = () => LIST_FLOW_TITLE.test(title) && yearIn(title) !== null && yearIn(title) === budgetYearStatedOn(sheet);
  // Or it names an account of what a period received and spent ("Income Statement", "Income and
  // Expenses 2012"): then the figures are that period's actual, as the account reports it.
  const account = closingYear === null && !BUDGET_LIST_TITLE.test(title) && ACCOUNT_OF_THE_YEAR.test(title) && !BUDGET_ALONE.test(title) && !flowOfTheStatedYear();
  if (closingYear === null && (title.split(/\s+/).length > 6 || !(BUDGET_LIST_TITLE.test(title) || flowOfTheStatedYear() || account))) return null;
  if (YEAR_END_LIST_TITLE.test(title)) return null;
  // Its year in the title, or on a line of its own just over or under it ("Fremont High Robotics
  // Annual Budget" over "FISCAL YEAR JUN 2015 - MAY 2016").
  const yearLine = (r: number) => {
    const texts = (sheet.values[r] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    return texts.length === 1 && texts[0]!.split(/\s+/).length <= 8 ? (yearIn(texts[0]!) ?? financialYearWrittenOut(texts[0]!)?.year ?? null) : null;
  };
  // (Or a month of a year, for an account: "report — March 2010".)
  const periodLine = (r: number) => {
    const texts = (sheet.values[r] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    const y = texts.length === 1 && texts[0]!.split(/\s+/).length <= 8 ? /\b((?:19|20)\d\d)\b/.exec(texts[0]!) : null;
    return y ? Number(y[1]) : null;
  };
  // (An account's period may be stated once at the top of the page instead, over its other
  // tables: "Hackspace Foundation report — March 2010" over "Stats" and "Income Statement".)
  const year = closingYear ?? yearIn(title) ?? [headerRows[0]! - 1, headerRows[0]! - 2, row + 1].map((r) => (r >= 0 ? yearLine(r) : null)).find((y) => y != null) ?? (account ? (topRows(sheet, 3).filter((r) => r < row).map(periodLine).find((y) => y != null) ?? null) : null);
  if (year === null) return null;
  // Below: names in the first column (or indented one column in, their totals flush left), each
  // with at most one figure, in one column mostly.
  const perColumn = new Map<number, number>();
  const namedIn = new Map<number, number>();
  let lines = 0;
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 31); r++) {
    const cells = (sheet.values[r] ?? []).map((v, c) => ({ v, c })).filter(({ v }) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
    const figures = cells.filter(({ v }) => typeof v === 'number' || looksNumeric(v));
    // After the list's lines, a row of words over columns of figures ("EXPENSE | Gross | Vat |
    // Net"): the header of the next table, where the list ends.
    if (lines >= 5 && figures.length === 0 && cells.filter(({ v, c }) => c > first && typeof v === 'string' && /[a-z]{2}/i.test(v)).length >= 2) break;
    if (figures.length > 1) return null;
    // (Its name the first words on the row: "2017/18 | | Precept | 4,750.00", the year the
    // figure is based on printed before it.)
    const nameCol = [first, first + 1, first + 2].find((c) => typeof cellValue(sheet, r, c) === 'string' && /[a-z]{2}/i.test(cellText(sheet, r, c)));
    if (figures.length === 1 && nameCol !== undefined && figures[0]!.c > nameCol) {
      lines++;
      perColumn.set(figures[0]!.c, (perColumn.get(figures[0]!.c) ?? 0) + 1);
      namedIn.set(nameCol, (namedIn.get(nameCol) ?? 0) + 1);
    }
  }
  const [col, count] = [...perColumn].reduce((a, b) => (b[1] > a[1] ? b : a), [-1, 0] as [number, number]);
  if (lines < 5 || count < lines * 0.6) return null;
  let [labelCol] = [...namedIn].reduce((a, b) => (b[1] > a[1] ? b : a), [first, 0] as [number, number]);
  // (Codes before the names, "4000 | Salaries | 1,200": the names are the next column's.)
  let codeCol: number | null = null;
  const linesNamed = (c: number) => Array.from({ length: Math.min(sheet.values.length, row + 31) - row - 1 }, (_x, k) => row + 1 + k).filter((r) => typeof cellValue(sheet, r, c) === 'string' && cellText(sheet, r, c) !== '' && parseAmount(cellValue(sheet, r, col)).kind === 'number');
  const coded = linesNamed(labelCol);
  if (labelCol + 1 < col && coded.length >= 2 && coded.every((r) => CODE_VALUE.test(cellText(sheet, r, labelCol).trim())) && coded.every((r) => cellText(sheet, r, labelCol + 1) !== '' && !CODE_VALUE.test(cellText(sheet, r, labelCol + 1).trim()))) {
    codeCol = labelCol;
    labelCol++;
  }
  // (Or the names found as the first words on their rows, their codes the column left of them.)
  const codedLeft = labelCol > first ? linesNamed(labelCol - 1) : [];
  if (codeCol === null && codedLeft.length >= 2 && codedLeft.every((r) => CODE_VALUE.test(cellText(sheet, r, labelCol - 1).trim()) && cellText(sheet, r, labelCol) !== '' && !CODE_VALUE.test(cellText(sheet, r, labelCol).trim()))) codeCol = labelCol - 1;
  if (labelCol >= col) return null;
  const why = account ? `the period's actual: "${title}" over a list of names, each with a figure in this column` : `the year's budget: "${title}" over a list of names, each with a figure in this column`;
  const role = account ? 'ytdActual' : 'annualBudget';
  return {
    kind: 'budget',
    headerRows,
    labelCol,
    codeCol,
    codesInLabels: false,
    columns: [{ role: 'label', col: labelCol, header: '' }, { role, col, header: title }],
    readings: [{ col, text: title, measure: account ? 'actual' : 'budget', block: 'fullYear', role, why }],
    listUnderTitle: true,
  };
}

/** A row of the columns' keys under the header, by which its formulas are printed: "a | b | c=a-b | b/a". */
function isColumnKeyRow(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values) return false;
  let keys = 0;
  for (const v of values) {
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'string' || !/^\(?[a-z]\)?(\s*[=+\-*/x×]\s*\(?[a-z]\)?)*$/i.test(v.trim())) return columnNumbersRow(values);
    keys++;
  }
  return keys >= 2;
}

/** The columns numbered under their names, "| 1 | 2 | 3 | 4", and nothing else on the row: part of the header. */
function columnNumbersRow(values: ReadonlyArray<unknown>): boolean {
  const filled = values.filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
  return filled.length >= 3 && filled.every((v, i) => (typeof v === 'number' || (typeof v === 'string' && /^\d{1,2}$/.test(v.trim()))) && Number(v) === Number(filled[0]) + i) && Number(filled[0]) <= 1;
}

/** A row under the header of units alone ("£000", "%") or the dates of period columns. */
export function isUnitsRow(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values) return false;
  let units = 0;
  // Words wrapped on from the header above beside the units ("£000 | MONTH 2 | SPENT | £000"):
  // the header's last line, its units with the ends of some of its names.
  let wrapped = 0;
  let first = true;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    // The label column's header may sit on the row of units ("Indicator | £000 | £000"), or
    // the codes' ("Scheme No. | £000 | £000").
    const labelHeader = first && typeof v === 'string' && (isLabelHeader(v) || CODE_HEADERS.test(normaliseHeader(v).replace(/^[a-z]+ (?=no\.?$)/, '')));
    first = false;
    if (labelHeader) continue;
    if (typeof v === 'string' && (isUnitsOnly(v) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(v.trim()))) units++;
    // (Not a measure's word, "Budget" under "Annual": a header row of its own, that names one;
    // unless it ends a percentage's name, "SPENT" under "%".)
    else if (typeof v === 'string' && /^[a-z][a-z ]*( \d{1,2})?$/i.test(v.trim()) && v.trim().split(/\s+/).length <= 2 && (measureIn(v) === null || (row > 0 && cellText(sheet, row - 1, c) === '%'))) wrapped++;
    else return false;
  }
  return units > 0 && (wrapped === 0 || (units >= 3 && wrapped < units));
}

/**
 * The first column, left of `before`, where a row of the four above names a measure with a year
 * ("Actual 2017"), or the row straight above starts a bare period the header ends ("Year to"
 * over "Date"); else `before`.
 */
function firstMeasureLabelAbove(sheet: SheetGrid, row: number, before: number): number {
  let first = before;
  for (let r = Math.max(0, row - 4); r < row; r++) {
    for (let c = 1; c < Math.min(before, (sheet.values[r] ?? []).length); c++) {
      const t = cellText(sheet, r, c);
      // Dated ("Actual 2017"), or standing over a column of figures ("ADOPTED BUDGET" over "Annual").
      if (t && measureIn(t) && (yearIn(t) !== null || mostlyFiguresBelow(sheet, row + 1, c)) && t.split(/\s+/).length <= 4) first = Math.min(first, c);
      // (Or the first words of the header under it, "Year to" over "Date": to date, wrapped.)
      else if (t && r === row - 1 && ACTUAL_WHEN_BARE.test(normaliseHeader(`${t} ${cellText(sheet, row, c)}`)) && !ACTUAL_WHEN_BARE.test(normaliseHeader(t)) && mostlyFiguresBelow(sheet, row + 1, c)) first = Math.min(first, c);
    }
  }
  return first;
}

/** A row above the header that labels blocks of it: words only, short, reaching past the first column. */
function isGroupRow(sheet: SheetGrid, row: number, firstDataCol: number): boolean {
  const values = sheet.values[row];
  if (!values || isColumnLettersRow(sheet, row)) return false;
  let reachesFigures = false;
  let overLabels = false;
  let texts = 0;
  let shortWords = true;
  let phrases = 0;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    if (isYearCell(v)) {
      // "2017" over a column, saved as a number or as text: the year the column is of.
      texts++;
      if (c >= firstDataCol) reachesFigures = true;
      else overLabels = true;
      continue;
    }
    // The sheet's own row number printed down the left (a sheet printed with its grid's
    // headings, or a form's line numbers), one more than the row above's: no label.
    if (c < firstDataCol && countsTheRows(sheet, row, c)) continue;
    if (typeof v !== 'string') return false;
    // (Nor a RAG key's colours and thresholds, "2% to 5% | Amber | >5% | Red".)
    if (RAG_KEY_CELL.test(v.trim())) return false;
    // (Nor a form's field with its value, "Budget Type: CB Approved": a run line, no label over columns.)
    if (!isHeaderLength(v) || looksNumeric(v) || isFormField(v)) return false;
    // (Nor a printout's running head, its file's name in a corner: "… PTA | 11/02/2021 | 27717357.xls".)
    if (/^\S+\.(xlsx?|xlsm|csv|ods|pdf|docx?)$/i.test(v.trim())) return false;
    texts++;
    if (c >= firstDataCol) reachesFigures = true;
    else overLabels = true;
    // (Words, not the figures of a date: "Total Actual as of September 30, 2013" labels a block.)
    const wordCount = v.trim().split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;
    if (wordCount > 3) shortWords = false;
    if (wordCount >= 7) phrases++;
  }
  // Two sentences or more, of seven words or more ("Overspend or wrong precept draws on
  // reserves"): a line of a register or a list, not labels over columns, which are shorter
  // ("Programmed Spend or (Income) 2005/06").
  if (phrases >= 2) return false;
  // One line of text alone is a title, unless it is merged over the columns it labels, or is a
  // word or two over one figure column ("Agreed" over "Budget").
  const merged = sheet.merges?.some((m) => m.top === row && m.right > m.left) ?? false;
  return reachesFigures && (texts >= 2 || merged || (!overLabels && shortWords));
}

const AMOUNT_MEASURE_ROLES = new Set<BudgetRole>(FIGURE_ROLES);

/**
 * "Month 2" over a budget and the figures measured against it says when the report was made,
 * not which block each column is in: the columns' blocks are read from their other words
 * ("2022/23 Budget" is the year's, "Forecast Variance" the forecast's).
 */
function ignorePeriodStamps(drafts: Draft[]): void {
  const byStamp = new Map<string, Draft[]>();
  for (const d of drafts) {
    const from = d.measure ? d.blockTexts?.find((t) => blockIn(t) !== null) : undefined;
    if (from && PERIOD_STAMP.test(normaliseHeader(from))) byStamp.set(from, [...(byStamp.get(from) ?? []), d]);
  }
  for (const [stamp, ds] of byStamp) {
    if (ds.length < 2 || !ds.some((d) => d.measure === 'budget') || !ds.some((d) => d.measure !== 'budget')) continue;
    for (const d of ds) d.block = firstOf((d.blockTexts ?? []).filter((t) => t !== stamp), blockIn);
  }
}

/**
 * An accounting package's budget report ("Dec 2021 US only | approved Bud | Variance", then "YTD
 * US Only | approved Bud | $ Over Budget"): a column with no measure word, straight before a
 * budget and a variance that is it less that budget on the lines, is the actual the variance
 * measures. The three are one block: the one any of them names ("YTD"), or, where one is under
 * a month's name and another such block is the year to date, that month's.
 */
function actualsBesideTheirBudgets(sheet: SheetGrid, drafts: Draft[], dataStart: number): void {
  const at = new Map(drafts.map((d) => [d.col, d]));
  const triples: Draft[][] = [];
  for (const d of drafts) {
    if (d.measure !== null || d.own.trim() === '' || d.period || d.yearColumn) continue;
    const budget = at.get(d.col + 1);
    const variance = at.get(d.col + 2);
    if (budget?.measure !== 'budget' || (variance?.measure !== 'variance' && !/\bover budget\b/.test(normaliseHeader(variance?.text ?? '')))) continue;
    const figures = [d.col, budget.col, variance!.col].map((c) => columnFigures(sheet, c, dataStart));
    const { lines, fitting } = linesWhere(figures, (x, y, z) => Math.abs(z - (x - y)) <= Math.max(1, Math.abs(x) * 1e-6));
    if (lines < 3 || fitting < lines * 0.8) continue;
    triples.push([d, budget, variance!]);
  }
  if (!triples.length) return;
  const blockOf = (t: Draft[]) => t.flatMap((x) => [x.own, ...(x.blockTexts ?? [])]).map(blockIn).find((b) => b !== null) ?? null;
  const anyYtd = triples.some((t) => blockOf(t) === 'ytd');
  for (const t of triples) {
    const named = blockOf(t);
    const month = named === null && anyYtd ? t.flatMap((x) => x.blockTexts ?? []).find((x) => monthOfName(x) !== null) : undefined;
    const block: Block | null = named ?? (month !== undefined ? 'month' : null);
    const [actual, budget, variance] = t as [Draft, Draft, Draft];
    actual.measure = 'actual';
    actual.why = `beside "${budget.text}" and "${variance.text}", which is it less that budget on the lines: the actual`;
    // ("$ Over Budget": the variance, whatever its word for the budget.)
    variance.measure = 'variance';
    if (block === null) continue;
    for (const x of t) x.block = block;
    if (block === 'month') for (const x of t) x.why += `${x.why ? '; ' : ''}under "${month}", a month's name, beside the year to date: that month's figures`;
  }
}

/**
 * "December 2009" over "ACTUAL | BUDGET", beside "YTD" over the same: the month's own figures,
 * context, not the year's budget or the actual to date.
 */
function monthNamedBlocks(drafts: Draft[]): void {
  if (!drafts.some((d) => d.measure !== null && d.block === 'ytd')) return;
  for (const d of drafts) {
    if (d.measure === null || d.block !== null) continue;
    const month = d.blockTexts?.find((t) => monthOfName(t) !== null);
    // ("January 2014" over "Actual | Y-T-D Budget" dates the year to date: no month of its own.)
    if (month === undefined || drafts.some((x) => x.block === 'ytd' && x.blockTexts?.includes(month))) continue;
    d.block = 'month';
    d.why += `${d.why ? '; ' : ''}under "${month}", a month's name, beside the year to date: that month's figures`;
  }
}

/** A month's name alone ("April", "Sept", "Jan-25"): its month of the financial year from April (April 1, March 12). */
function monthOfName(text: string): number | null {
  const m = MONTH_NAME.exec(words(text).trim());
  if (!m) return null;
  const calendar = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m[1]!) + 1;
  return ((calendar - 4 + 12) % 12) + 1;
}

/** A header that names only a period: the month of the year it ends at (Q2 is month 6). */
function periodMonth(text: string): number | null {
  const m = PERIOD_ONLY.exec(words(text).trim());
  if (!m) return null;
  const ordinal = /^(first|second|third|fourth)/.exec(words(text).trim());
  const quarter = m[1] ?? m[2] ?? m[3] ?? m[4] ?? (ordinal ? String(['first', 'second', 'third', 'fourth'].indexOf(ordinal[1]!) + 1) : undefined);
  if (quarter !== undefined) return Number(quarter) * 3;
  const month = Number(m[5]);
  return month >= 1 && month <= 12 ? month : null;
}

/**
 * Over the lines where every given column holds a figure: how many there are, and how many
 * satisfy `fits` (its arguments are the columns' figures on the line, in order).
 */
function linesWhere(columns: ReadonlyArray<ReadonlyArray<number | null>>, fits: (...figures: number[]) => boolean): { lines: number; fitting: number } {
  let lines = 0;
  let fitting = 0;
  const n = Math.min(...columns.map((c) => c.length));
  for (let i = 0; i < n; i++) {
    const figures = columns.map((c) => c[i]);
    if (figures.some((x) => x === null || x === undefined)) continue;
    lines++;
    if (fits(...(figures as number[]))) fitting++;
  }
  return { lines, fitting };
}

/**
 * A column taken as the year's budget for want of one ("Sum" before "Jan 2019 … Dec 2019") that
 * is the sum of the month columns on every line: the months added up, whatever rows are plans and
 * which are actuals, not a budget the actuals are measured against. Its role is dropped.
 */
function totalOfTheMonthsIsNoBudget(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const budget = drafts.find((d) => d.role === 'annualBudget' && d.measure === 'budget' && !BUDGET_ALONE.test(d.text));
  const months = drafts.filter((d) => d.period !== undefined || d.adds !== undefined);
  if (!budget || months.length < 3) return;
  const monthCols = new Set<number>();
  for (const d of months) {
    if (d.period !== undefined) monthCols.add(d.col);
    for (const c of d.adds ?? []) monthCols.add(c);
  }
  if (monthCols.size < 3 || monthCols.has(budget.col)) return;
  const totals = columnFigures(sheet, budget.col, dataRow);
  const parts = [...monthCols].map((c) => columnFigures(sheet, c, dataRow));
  let agreeing = 0;
  for (let i = 0; i < totals.length; i++) {
    const total = totals[i];
    // (A figure with no month beside it, "Val of Remaining Assets", adds nothing up.)
    if (total === null || total === undefined || total === 0 || parts.every((col) => col[i] === null || col[i] === undefined)) continue;
    const sum = parts.reduce((n, col) => n + (col[i] ?? 0), 0);
    if (Math.abs(sum - total) > 0.01) return;
    agreeing++;
  }
  if (agreeing < 3) return;
  budget.role = null;
  budget.measure = null;
  budget.why = `the months beside it added up on every line, not a budget they are measured against`;
}

function columnFigures(sheet: SheetGrid, col: number, fromRow: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 40); r++) {
    const p = parseAmount(cellValue(sheet, r, col));
    out.push(p.kind === 'number' ? p.value : null);
  }
  return out;
}

/**
 * Labels printed in the middle of the blocks they head ("FY2015 Amended" over the middle of
 * "Expenditures | Revenues | (Contribution)", "FY2016" over the next three): where the row below
 * repeats its names block by block, and every block has one label of the row within it, the
 * label heads its whole block. Changes `texts` (the row's group texts) in place.
 */
function centredOverRepeats(sheet: SheetGrid, groupRow: number, own: number, width: number, firstCol: number, texts: string[]): void {
  const names = Array.from({ length: width }, (_v, c) => normaliseHeader(cellText(sheet, own, c)));
  const start = names.findIndex((t, c) => c >= firstCol && t !== '');
  if (start < 0) return;
  let end = width;
  while (end > start && names[end - 1] === '') end--;
  for (let p = 2; p <= 6 && p * 2 <= end - start; p++) {
    if ((end - start) % p !== 0) continue;
    let repeats = true;
    for (let c = start; c + p < end && repeats; c++) if (names[c] === '' || names[c] !== names[c + p]) repeats = false;
    if (!repeats) continue;
    const labels: Array<{ col: number; text: string }> = [];
    for (let b = start; b < end; b += p) {
      const inBlock = Array.from({ length: p }, (_v, k) => b + k).filter((c) => cellText(sheet, groupRow, c) !== '' && !mergeAt(sheet, groupRow, c));
      if (inBlock.length !== 1) return;
      const text = cellText(sheet, groupRow, inBlock[0]!);
      // (Not the first line of a name broken over two, "Net County Cost/".)
      if (BROKEN_NAME.test(text)) return;
      labels.push({ col: b, text });
    }
    for (const { col, text } of labels) for (let k = 0; k < p; k++) texts[col + k] = text;
    return;
  }
}

/**
 * Reads each column of a header stack (group rows top first, then the row of measures, and the
 * second line of measures wrapped onto the row below, where there is one).
 */
function draftColumns(sheet: SheetGrid, stack: number[], unitRow: number | null, width: number, firstCol: number, wrapRow: number | null = null, lastHeaderRow?: number): Draft[] {
  const own = stack[stack.length - 1]!;
  const dataStart = (lastHeaderRow ?? unitRow ?? wrapRow ?? own) + 1;
  const groups = stackedGroupTexts(sheet, stack.slice(0, -1), width, firstCol);
  stack.slice(0, -1).forEach((r, k) => centredOverRepeats(sheet, r, own, width, firstCol, groups[k]!));
  // Months' names head columns of a month each only as a run of three or more ("April | May |
  // June ..."); two dates in a row ("Feb 2017 | March 18") are milestones, not months' figures.
  // The run may stand on a row above the last ("Apr 14 | May 14 …" over a row that names only
  // the closing columns "Actuals | Forecast | Budget").
  let monthRow = own;
  let monthNames = 0;
  for (const r of [own, ...stack.slice(0, -1).reverse()]) {
    let n = 0;
    for (let c = 0; c < width; c++) if (monthOfName(cellText(sheet, r, c)) !== null) n++;
    if (n >= 3) {
      monthRow = r;
      monthNames = n;
      break;
    }
  }
  const monthRun = monthNames >= 3;
  const drafts: Draft[] = [];
  for (let c = 0; c < width; c++) {
    let ownText = [cellText(sheet, own, c), wrapRow !== null ? cellText(sheet, wrapRow, c) : ''].filter(Boolean).join(' ');
    const above = groups.map((g) => g[c] ?? '').filter(Boolean);
    // "Actual" over "Budget" over "basis": the basis of accounting the actual is stated on, split
    // over the rows, not a budget.
    withoutBasisOfAccounting(above, ownText, (rows, lowest) => {
      above.splice(0, above.length, ...rows);
      ownText = lowest;
    });
    const unit = unitRow !== null ? cellText(sheet, unitRow, c) : '';
    const parts = [...above, ownText, unit].filter((p, i, all) => p && all.indexOf(p) === i);
    const text = parts.join(' ');
    if (!ownText && above.length === 0) continue;
    if (ownText && (!isHeaderLength(ownText) || isLabelHeader(ownText) || CODE_HEADERS.test(normaliseHeader(ownText).trim()))) continue;
    // A column of comments under a block's label ("2012/13" standing over "Recommended | Comments").
    if ([ownText, ...above].some(isNotesHeading)) continue;
    // A column of accounts' codes ("20-110-1") holds no figures, whatever is over it.
    if (holdsThreePartCodes(sheet, c, dataStart)) continue;
    // A report's own title on the row ("099 SACRAMENTO COE | Budget Revision Summary | J78392
    // FAR350"): it names the document, not a column.
    if ([ownText, ...above].some((t) => t !== '' && DOCUMENT_TITLE.test(words(t).trim()))) continue;
    // The measure is the lowest row that names one ("Budget" under "Year to date"); the block,
    // the lowest that names one too ("Forecast" over "Budget | Actual | Variance").
    // "To Date" over "31.03.2003": a bare period, on whichever row, is the actual to date.
    // "Oct ’19 – Jul 20": the months of the year so far, which is the actual to date.
    // ("Year to" over "Date": a bare period wrapped over the rows, read whole.)
    const bare = [ownText, ...above, [...above, ownText].join(' ')].some((t) => ACTUAL_WHEN_BARE.test(words(t).trim()) || MONTH_RANGE.test(words(t).trim()));
    // A field name numbered in sequence ("budget1 | spend1 | budget2 | spend2"): the word is the
    // measure, the number which period, the highest the latest.
    const numbered = /^([a-z]{3,})(\d{1,2})$/i.exec(ownText.trim());
    const sequence = numbered && measureIn(numbered[1]!) !== null ? { sequence: Number(numbered[2]) } : {};
    let measure = (ownText ? measureIn(numbered && sequence.sequence !== undefined ? numbered[1]! : ownText) : null) ?? firstOf(above.slice().reverse(), measureIn) ?? (bare ? 'actual' : null);
    if (measure === null && ACTUAL_ABBREVIATION.test(ownText.trim()) && above.some((t) => yearIn(t) !== null)) measure = 'actual';
    // A header wrapped over rows ("Unspent" over "Budget", "Spending as" / "a % of" / "Budget")
    // says what is worked out only when read whole.
    const whole = measureAndRest([...above, ownText].join(' '));
    if (whole && whole.measure !== measure) {
      // A phrase that runs across the rows ("Profiled" over "Forecast") names the measure.
      const acrossRows = ![...above, ownText].some((t) => words(t).includes(whole.phrase));
      // "Variance with" over "Final Budget": a variance from the budget it names, not that budget.
      const varianceOf = whole.measure === 'variance' && /\b(variance|difference)s? (with|against|from|to|over)\b/.test(words([...above, ownText].join(' ')));
      // "Inflation allocation to" over "2003/04 outturn": a change to the budget, in whichever row it
      // is named, is no forecast ("outturn" is the price base it moves the budget to).
      if (acrossRows || varianceOf || whole.measure === 'percentSpent' || whole.measure === 'remaining' || whole.measure === 'budgetChange') measure = whole.measure;
      // "Year-End Projection" over "Surplus/(Deficit)", in that column alone: the projection of a
      // surplus, as "Projected surplus/(deficit)" in one cell is, not a difference from the budget.
      // (Over several columns, "Forecast" over "Budget | Actual | Surplus/(Deficit)", it is a block.)
      else if (measure === 'variance' && ownText && measureIn(words(ownText).replace(SURPLUS_WORDS, ' ')) === null && (whole.measure === 'forecast' || whole.measure === 'budget' || whole.measure === 'actual') && groups.every((g) => !g[c] || g.every((t, c2) => c2 === c || t !== g[c] || !cellText(sheet, own, c2)))) measure = whole.measure;
    }
    // "(OVER) UNDER" over "TARGET BUDGET", "Over/(Under)" over "Budget": a name wrapped over the
    // rows whose first line says which way the difference runs: the difference from that budget.
    if (measure !== null && measure !== 'variance' && measure !== 'variancePct' && above.some((t) => DIRECTIONAL_DIFFERENCE.test(words(t)))) measure = 'variance';
    // "Variance" over "%", or over cells that are percentages ("-5.06%"), is the variance as a percentage.
    const percentages = measure !== null && holdsPercentages(sheet, c, dataStart);
    if (measure === 'variance' && (percentages || /%/.test([...above, ownText, unit].join(' ')))) measure = 'variancePct';
    if ((measure === 'budget' || measure === 'actual' || measure === 'forecast') && percentages) {
      // "% Actual" over "46.8%", or "Actual" over percentages: the actual as a share of the budget.
      if (measure === 'actual' && !/\b(variance|diff)/.test(words(text))) {
        drafts.push({ col: c, text, own: ownText, measure: 'percentSpent', block: null, year: null, role: null, why: '' });
        continue;
      }
      drafts.push({ col: c, text, own: ownText, measure: null, block: null, year: null, role: null, why: 'its cells are percentages, not amounts of money' });
      continue;
    }
    // "Target %" or "Budget %" is a rate, not an amount of money.
    // (Not a share said of the whole, "Quarterly Budget (50% of Total)", nor a rate before the
    // words naming the amount, "2% Efficient Government Savings Target": those name the amount.)
    if ((measure === 'budget' || measure === 'actual' || measure === 'forecast') && /%/.test([...above, ownText, unit].join(' ').replace(/\(?\d{1,3}\s*%\s+of\s[^)]*\)?/gi, ' ').replace(/(^|\s)\d{1,3}(\.\d+)?\s*%(?=\s+[a-z])/gi, ' '))) {
      drafts.push({ col: c, text, own: ownText, measure: null, block: null, year: null, role: null, why: 'a percentage, not an amount of money' });
      continue;
    }
    // A word is not both the measure and the block: "Profiled Forecast" under "YTD" is the
    // profile to date, where "Forecast Outturn" is the year's.
    const ownRest = ownText ? (measureAndRest(ownText)?.rest ?? ownText) : '';
    const blockTexts = [ownRest, ...above.slice().reverse()].filter(Boolean);
    // (Or, no line naming one, the lines read whole: "TARGET TO" over "03.06.2001" over "£" is to that date.)
    let block = firstOf(blockTexts, blockIn) ?? (above.length > 0 ? blockIn([...above, ownText].join(' ')) : null);
    // ("Collected | Through End of | Month": to date, read across the lines.)
    if (block === 'month' && above.length > 0 && TO_DATE_ACROSS_LINES.test(words([...above, ownText].join(' ')))) block = 'ytd';
    // "Annual Budget to" over "Date": "to date" run across the lines is the budget to date, not the year's.
    if (block === 'fullYear') {
      const lines = [...above, ownText].filter(Boolean);
      const from = lines.map((t) => blockIn(t)).lastIndexOf('fullYear');
      if (from >= 0 && from < lines.length - 1 && /\bto\s+date\b/i.test(lines.slice(from).join(' ')) && !/\bto\s+date\b/i.test(lines[from]!)) block = 'ytd';
    }
    // "MONTH" over "TO DATE", beside "YEAR" over "TO DATE": the phrase run across the lines is
    // the month's figure to date, not the year's.
    if (block === 'ytd' && above.length > 0 && /\bmonth to date\b/.test(words([...above, ownText].join(' '))) && !/\bmonth to date\b/.test(words(blockTexts.find((t) => blockIn(t) === 'ytd') ?? ''))) block = 'month';
    // "Annual Forecast" over "(Current Month)": the year's forecast as at this month, the bracket
    // saying when it was made, not the month's own figure.
    if (block === 'month' && !blockIn(ownRest.replace(/\([^)]*\)/g, ' ')) && above.some((t) => blockIn(t) === 'fullYear')) block = 'fullYear';
    // "2023/24 QBRS Q3 Budget": the year's budget as revised at the third quarter's review, not a
    // budget to the quarter: a year named, and no word of the block but the quarter's.
    // So is "Revised Budget Quarter 1": the year's budget as revised at the first quarter.
    if (block === 'ytd' && measure === 'budget' && (yearIn(text) !== null || REVISED_BUDGET.test(normaliseHeader(text))) && firstOf(blockTexts.map((t) => words(t).replace(/\bq[1-4]\b|\b(1st|2nd|3rd|4th|first|second|third|fourth) quarter\b|\bquarter [1-4]\b/g, ' ')), blockIn) === null) block = 'fullYear';
    // "Achieved" over ticks ("✓"), "Met" over "Yes": whether each target was met, not a figure.
    if (measure && holdsMarks(sheet, c, dataStart)) {
      drafts.push({ col: c, text, own: ownText, measure: null, block, year: null, role: null, why: 'the column holds ticks or yes/no, not figures' });
      continue;
    }
    if (measure && holdsNames(sheet, c, dataStart)) {
      // "Expenditure" over the line names is the label column's header, not a figure column.
      drafts.push({ col: c, text, own: ownText, measure: null, block, year: null, role: null, why: 'the column holds names, not figures' });
      continue;
    }
    // "Budgeted Deliveries" beside "Budgeted Revenue": a count of things (acre-feet, visits,
    // staff), not the table's money.
    if (measure && QUANTITY_HEADER.test(text) && !MONEY_HEADER_WORD.test(text)) {
      drafts.push({ col: c, text, own: ownText, measure: null, block, year: null, role: null, why: `"${text}" counts ${QUANTITY_HEADER.exec(text)![0]!.toLowerCase()}, not money` });
      continue;
    }
    // "2nd Quarter" or "Month 6" alone heads the actuals of that period (to date, where the columns
    // run cumulatively); so does a month's name ("April" under "Spend (ex VAT)"), the month's own.
    const monthText = monthRow === own ? ownText : cellText(sheet, monthRow, c);
    // (A month's name under "Projected" over the months to come is one month too: the words over
    // the months say which are actuals, as monthsAddedToDate reads them.)
    const ownMonth = monthText === ownText && measure !== null && ownText !== '' && measureIn(ownText) === null;
    const named = monthText && monthRun && (measure === null || measure === 'actual' || ownMonth) ? monthOfName(monthText) : null;
    const month = named ?? (measure === null ? firstOf([ownText, ...above.slice().reverse()].filter(Boolean), periodMonth) : null);
    if (month !== null && !holdsNames(sheet, c, dataStart)) {
      drafts.push({ col: c, text, own: ownText, measure: 'actual', block: 'ytd', year: yearIn(text), role: null, why: '', period: { month, figures: columnFigures(sheet, c, dataStart) } });
      continue;
    }
    // "YTD" under a label carried to it from columns left ("ADOPTED BUDGET" printed over "Annual
    // Budget | 3 months" only): its own word says when, the measure is only the carried label's.
    const carriedOverWhen = ownText !== '' && ACTUAL_WHEN_BARE.test(words(ownText).trim()) && measureIn(ownText) === null && above.length > 0 && stack.slice(0, -1).every((g) => cellText(sheet, g, c) === '') ? { carriedOverWhen: true } : {};
    const totalFigures = measure === null && MONTHS_TOTAL.test(words(text).trim()) ? { totalFigures: columnFigures(sheet, c, dataStart) } : {};
    // ("Budget Year" over 2012 on every line, in an open-data export, says which year's budget
    // the lines are: no figure of the budget itself.)
    const yearColumn = (measure === null || measure === 'budget') && YEAR_COLUMN_HEADER.test(words(text).trim()) && holdsYears(sheet, c, dataStart) ? { yearColumn: true } : {};
    if (yearColumn.yearColumn) measure = null;
    // A month's budget or actual, one of a pair each month ("Apr" over "Budget | Actual", "Apr
    // Budget", "B: Apr"): its month, for the months to date to be added up.
    const pair = monthOfPair(ownText, above, measure);
    if (pair) measure = pair.measure;
    const pairMonth = pair ? { month: pair.month } : {};
    // The column's own year before its group's: "Actual 2016" under a label "Actual 2017" carried over it is 2016's;
    // so is the nearest line's where two lines name years, "FY 25-26" under a "FY 24-25" carried over.
    drafts.push({ col: c, text, own: ownText, measure, block, ...pairMonth, ...sequence, year: nearestOfTwoYears([ownText, ...above.slice().reverse()]) ?? (ownText ? yearIn(ownText) : null) ?? yearIn(text) ?? shortYearIn([...above, cellText(sheet, own, c), wrapRow !== null ? cellText(sheet, wrapRow, c) : '']), role: null, why: '', blockTexts, ...totalFigures, ...yearColumn, ...carriedOverWhen });
  }
  ignorePeriodStamps(drafts);
  actualsBesideTheirBudgets(sheet, drafts, dataStart);
  monthNamedBlocks(drafts);
  yearsUnderABudgetCaption(sheet, own, drafts);
  yearsOfAnAccount(sheet, own, drafts);
  partsOfAStatedSum(drafts);
  periodOverTheNames(drafts);
  estimateBesideItsBudget(drafts);
  yearsAloneBesideTheirBudget(drafts);
  yearsPutForwardAfterAnApprovedBudget(drafts);
  surplusBesideItsPlan(drafts);
  yearsOfRepeatedBlocks(drafts);
  return drafts;
}

/** Whether words name a surplus or deficit (`SURPLUS_WORDS` without its global flag, so that a test keeps no state). */
const SURPLUS_NAMED = new RegExp(SURPLUS_WORDS.source);

/**
 * "Revenue | Expenditure | Surplus (deficit) | Planned surplus (deficit) | Variance from plan",
 * as an auditor sums up bodies' years: the plan is of a surplus, so the surplus beside it, named
 * so alone, is what it is measured against, the actual; the revenue and expenditure it nets are
 * its parts, context.
 */
function surplusBesideItsPlan(drafts: Draft[]): void {
  const surplusOnly = (t: string) => SURPLUS_NAMED.test(words(t)) && words(t).replace(SURPLUS_WORDS, ' ').replace(/[$€]\s*('?000s?|k|m|mn|millions?|thousands?)?(?![a-z])|[*†]/g, ' ').trim() === '';
  const plans = drafts.filter((d) => d.measure === 'budget' && SURPLUS_NAMED.test(words(d.own || d.text)));
  const results = drafts.filter((d) => d.measure === 'variance' && surplusOnly(d.own || d.text));
  if (plans.length !== 1 || results.length !== 1 || drafts.some((d) => d.measure === 'forecast')) return;
  const [result] = results;
  result!.measure = 'actual';
  result!.why = 'actual: the surplus the plan beside it is of';
  for (const d of drafts) {
    if (d === result || d.measure !== 'actual') continue;
    d.measure = null;
    d.why = `a part of the surplus (column ${result!.col + 1}), not the figure its plan is measured against: context only`;
  }
}

/**
 * "2017 Budget | Collected | Unanticipated | % | 2018 Budget | Collected | Unanticipated | %":
 * blocks of the same columns, each year named only on its first: the columns of a block are of
 * its year (the collected under 2017 is last year's, context).
 */
function yearsOfRepeatedBlocks(drafts: Draft[]): void {
  const dated = drafts.filter((d) => d.year !== null && d.measure !== null).sort((a, b) => a.col - b.col);
  // (The blocks' first columns: the same measure, each dated, "2017 Budget" and "2018 Budget".)
  const anchors = dated.filter((d) => d.measure === dated[0]?.measure);
  if (anchors.length < 2 || new Set(anchors.map((d) => d.year)).size !== anchors.length) return;
  // Each block's headed columns after its first (a blank spacer column between is no column of it).
  const headed = drafts.filter((d) => d.text.trim() !== '').sort((a, b) => a.col - b.col);
  const first = anchors[0]!;
  const size = headed.filter((d) => d.col > first.col && d.col < anchors[1]!.col).length;
  if (size < 1) return;
  const blocks = anchors.map((a) => {
    const at = headed.indexOf(a);
    return headed.slice(at + 1, at + 1 + size);
  });
  // Each says the same words at the same place, and names no year of its own.
  for (let k = 0; k < size; k++) {
    const cells = blocks.map((b) => b[k]);
    if (cells.some((d) => d === undefined || d.year !== null || anchors.includes(d)) || new Set(cells.map((d) => normaliseHeader(d!.text))).size !== 1) return;
  }
  anchors.forEach((a, k) => {
    for (const d of blocks[k]!) d.year = a.year;
  });
}

/**
 * "2017 $’000 | 2016 $’000 | 2017 Budget $’000", as an Australian agency's statements print
 * them: a column headed by its year alone (and a unit), beside the budget of the same year, is
 * what that year came to, the actual; another year's alone is that year's actual, context.
 */
function yearsAloneBesideTheirBudget(drafts: Draft[]): void {
  // (Not where an actual is named: a cash book's "Payment | 2015/16 | Expenditure | Budget
  // 2015/16" heads its VAT with the year alone.)
  if (drafts.some((d) => d.measure === 'actual' || d.measure === 'forecast')) return;
  const budgetYears = new Set(drafts.filter((d) => d.measure === 'budget' && d.year !== null).map((d) => d.year!));
  const yearAlone = drafts.filter((d) => d.measure === null && d.year !== null && !d.period && !d.yearColumn && d.own !== '' && UNIT_ALONE.test(wordsBesideItsYear(d.text)));
  // "2020 $'000 | 2019 $'000 | Original budget $'000" (an Australian entity's statements, which
  // compare the year's figures with the budget first published for it): the original budget is of
  // the latest year alone, right of it, the years alone one after another.
  // (So are both of "Original budget | Revised budget" there.)
  const budgets = drafts.filter((d) => d.measure === 'budget');
  if (budgetYears.size === 0 && budgets.length >= 1 && budgets.length <= 2 && budgets.every((b) => b.year === null) && budgets.some((b) => /\boriginal\b/.test(words(b.text))) && yearAlone.length >= 2) {
    const years = yearAlone.map((d) => d.year!).sort((a, b) => b - a);
    const latest = yearAlone.find((d) => d.year === years[0])!;
    if (years.every((y, k) => y === years[0]! - k) && budgets.every((b) => latest.col < b.col)) {
      for (const b of budgets) b.year = years[0]!;
      budgetYears.add(years[0]!);
    }
  }
  if (budgetYears.size !== 1) return;
  if (!yearAlone.some((d) => budgetYears.has(d.year!))) return;
  for (const d of yearAlone) {
    d.measure = 'actual';
    d.why = `actual: a year alone beside the budget of ${[...budgetYears][0]}`;
  }
}

/**
 * "Compte provisoire 2013 | Budget voté 2014 | 2015 | 2016 | 2017 | 2018" ("Provisional actual
 * 2013 | Approved budget 2014 | 2015 | …"), as a government's budget bill prints its multi-year
 * programme: the years headed by their year alone, one after another straight after the budget
 * already approved, are what the paper puts forward. The first is the budget it sets; the later
 * ones are the programme's plans, and the approved budget is last year's, context. Only where
 * nothing is measured during a year (no forecast, variance or figure to date): a report on the
 * year under way is no paper putting years forward.
 */
function yearsPutForwardAfterAnApprovedBudget(drafts: Draft[]): void {
  const approved = drafts.filter((d) => d.measure === 'budget' && d.year !== null && APPROVED_STAGE.test(words(d.text)));
  if (approved.length !== 1 || drafts.some((d) => d.measure !== null && d.measure !== 'budget' && d.measure !== 'actual') || drafts.some((d) => d.block === 'ytd' || d.block === 'month' || d.period)) return;
  const [budget] = approved as [Draft];
  const right = drafts.filter((d) => d.col > budget.col && d.text.trim() !== '').sort((a, b) => a.col - b.col);
  // (Every headed column right of it a year alone, each the year after the one before it, two at least.)
  if (right.length < 2 || right.some((d, k) => d.measure !== null || !headedByItsYearAlone(d, d.own) || d.year !== budget.year! + 1 + k)) return;
  // (No other budget or actual of those years, nor after them.)
  if (drafts.some((d) => d.measure !== null && d.year !== null && d.year > budget.year!)) return;
  const [first, ...later] = right as [Draft, ...Draft[]];
  first.measure = 'budget';
  first.block = 'fullYear';
  first.budgetByStage = true;
  first.why = `the year's budget: the first of the years put forward after "${budget.text.replace(/\s+/g, ' ')}"`;
  for (const d of later) d.why = `a later year of the programme put forward with ${first.year}: context only`;
}

/**
 * Of a column's lines that name two different years ("FY 24-25" carried over from the columns
 * left of it, over its own "FY 25-26"), the year of the line nearest the figures; null where
 * they name one year or none, which the whole header text gives.
 */
function nearestOfTwoYears(linesNearestFirst: ReadonlyArray<string>): number | null {
  const years = linesNearestFirst.filter(Boolean).map(yearIn).filter((y): y is number => y !== null);
  return new Set(years).size >= 2 ? years[0]! : null;
}

/** Whether a column is headed by its year and nothing else (in `own`, the header's own words as the caller reads them), not a period or a column of years. */
function headedByItsYearAlone(d: Draft, own: string): boolean {
  return d.year !== null && d.own !== '' && !d.period && !d.yearColumn && words(own).replace(/\b(?:fy\s?'?\d{2}|(?:199|20\d)\d(?:\s*(?:[/-]|to)\s*\d{2,4})?)\b/g, ' ').trim() === '';
}

/**
 * "Spending plans | 2023/24 £million | 2024/25 £million": columns headed by a year alone, beside
 * a caption naming a budget or plan over the names: each is that year's budget (the year read is
 * settled as for any budget columns; the others are context).
 */
function yearsUnderABudgetCaption(sheet: SheetGrid, row: number, drafts: Draft[]): void {
  if (drafts.some((d) => d.measure !== null)) return;
  const yearOnly = drafts.filter((d) => headedByItsYearAlone(d, d.own));
  if (yearOnly.length === 0) return;
  const first = Math.min(...yearOnly.map((d) => d.col));
  let caption = '';
  for (let c = 0; c < first && !caption; c++) caption = cellText(sheet, row, c);
  // (Or the names end in what a budget comes to, "Net expenditure/budget requirement" or "Council
  // tax requirement", under "How the money is spent | 2021 to 2022 £million | 2022 to 2023 £million".)
  const bottomLine = BUDGET_CAPTION.test(words(caption)) ? null : bottomLineBelow(sheet, row, first);
  // (Or a sentence just above introduces the table as budgets or allocations: "The formula
  // capital allocations … for the years 2007-08 … 2010-11 are detailed in the following table:".)
  if (!BUDGET_CAPTION.test(words(caption)) && bottomLine === null) {
    const introduced = [row - 1, row - 2].map((r) => (r >= 0 ? ((sheet.values[r] ?? []).find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? '').trim() : '')).find((t) => t !== '');
    if (!introduced || !INTRODUCES_WHAT_FOLLOWS.test(introduced) || !INTRODUCED_AS_BUDGETS.test(introduced)) return;
    caption = introduced.length > 60 ? `${introduced.slice(0, 57)}…` : introduced;
  }
  for (const d of yearOnly) {
    d.measure = 'budget';
    d.block = 'fullYear';
    d.budgetByTitle = true;
    d.why = bottomLine === null ? `the year's budget: a year under "${caption.replace(/\s+/g, ' ')}"` : `the year's budget: its lines come to "${bottomLine}"`;
  }
}

/**
 * "2017 | 2016 | 2015 | 2014", years alone, under a title naming an account of the year ("2017
 * Income and Expenditure Accounts", a club's or a charity's): what was received and spent in
 * each year. The latest is read as the year's actual and its lines and totals checked; the others
 * are the comparatives. (Years under a budget's title or caption are budgets, above.)
 */
function yearsOfAnAccount(sheet: SheetGrid, row: number, drafts: Draft[]): void {
  if (drafts.some((d) => d.measure !== null)) return;
  // (Or a year's total beside its funds, "Unrestricted Funds | Designated Funds | 2023 Total";
  // or with its units and a note on them under it, "2024" over "£ (All Unrestricted) £".)
  const yearOnly = drafts.filter((d) => headedByItsYearAlone(d, d.own.replace(/\([^)]*\)/g, ' ').replace(/[£$€]/g, ' ').replace(/\btotal\b/i, ' ')));
  if (yearOnly.length === 0) return;
  let title: string | null = null;
  // (Or the statement's name under the header, in the names column of its units row:
  // "RECEIPTS AND PAYMENTS | £ | £".)
  // (A blank row under the header is spacing: the name is on the row after it.)
  const under = isBlankRow(sheet, row + 1) ? row + 2 : row + 1;
  for (let r = under; r >= Math.max(0, row - 8) && title === null; r--) {
    if (r === row || (r > row + 1 && r !== under)) continue;
    const text = (sheet.values[r] ?? []).find((v): v is string => typeof v === 'string' && ACCOUNT_OF_THE_YEAR.test(v));
    if (text !== undefined) title = text.trim();
  }
  // (Or the sheet's name, where nothing on it is a title, the header its first row: a CSV saved
  // as "Cash Inflows".)
  if (title === null && row === topRows(sheet, 1)[0] && ACCOUNT_OF_THE_YEAR.test(nameAsTitle(sheet))) title = nameAsTitle(sheet);
  if (title === null || BUDGET_ALONE.test(title)) return;
  const latest = Math.max(...yearOnly.map((d) => d.year!));
  for (const d of yearOnly) {
    if (d.year !== latest) continue;
    d.measure = 'actual';
    d.block = 'fullYear';
    d.actualByTitle = true;
    d.why = `the year's actual: a year under "${title.length > 60 ? `${title.slice(0, 57)}…` : title}"`;
  }
}

/**
 * "FY 2019-20 Budget | FY 2019-20 Estimate", a city's mid-year page with no actual: the estimate
 * beside the budget of the same year is what the year is now expected to come to, the forecast,
 * not a second budget (a government's "Estimates" alone are its budget, and stay so).
 */
function estimateBesideItsBudget(drafts: Draft[]): void {
  const measured = drafts.filter((d) => d.measure !== null);
  if (measured.length !== 2 || measured.some((d) => d.measure !== 'budget')) return;
  const [budget, estimate] = measured.sort((a, b) => a.col - b.col) as [Draft, Draft];
  if (!/^budget$/.test(normaliseHeader(budget.own)) || !/^(estimate|estimated|est)$/.test(normaliseHeader(estimate.own)) || budget.year !== estimate.year) return;
  estimate.measure = 'forecast';
  estimate.block = 'fullYear';
  estimate.why = `forecast: the estimate beside "${budget.text.replace(/\s+/g, ' ')}" of the same year`;
}

/**
 * "July 1, 2025 to November 30, 2025 | 25/26 Actual | 25/26 Budget": the period written over the
 * names, to a date, heads every column beside it that names no period of its own, the budget
 * as well as the actual: both are to that date. (A column that says "Annual" or "Year to Date"
 * keeps its own.)
 */
function periodOverTheNames(drafts: Draft[]): void {
  const measured = drafts.filter((d) => d.measure !== null);
  if (measured.length < 2) return;
  const first = Math.min(...measured.map((d) => d.col));
  const names = drafts.find((d) => d.col < first && d.measure === null && d.block === 'ytd' && /\d/.test(d.own));
  if (!names || !measured.some((d) => d.measure === 'actual') || !measured.some((d) => d.measure === 'budget')) return;
  for (const d of measured) {
    if (d.block !== null || (d.measure !== 'budget' && d.measure !== 'actual')) continue;
    d.block = 'ytd';
    d.why = `${d.why ? `${d.why}, ` : ''}to the date over the names ("${names.own.replace(/\s+/g, ' ')}")`;
  }
}

/**
 * "(H) Total estimated eligible costs /€ (=A+B+C+D+F+G)" beside "(A) Direct personnel costs/€",
 * "(B) Other direct costs/€" …, as a grant application's budget form letters its columns: the
 * columns the sum names are its parts, context, not spending; the sum is the budget, which the
 * form sets (so it is taken alone).
 */
function partsOfAStatedSum(drafts: Draft[]): void {
  for (const sum of drafts) {
    if (sum.measure !== 'budget') continue;
    const formula = /\(\s*=\s*([A-Z](?:\s*\+\s*[A-Z])+)\s*\)/.exec(sum.text);
    if (!formula) continue;
    const letters = new Set(formula[1]!.split('+').map((x) => x.trim()));
    const letterOf = (d: Draft) => /^\(([A-Z])\)/.exec(d.text.trim())?.[1] ?? '';
    // (And what those parts are worked out from in turn: "(F) Indirect Costs (=0.25(A+B-E))" names E.)
    for (const d of drafts) {
      if (d === sum || !letters.has(letterOf(d))) continue;
      const own = /\(\s*=([^]*)\)/.exec(d.text)?.[1] ?? '';
      for (const m of own.matchAll(/\b[A-Z]\b/g)) letters.add(m[0]);
    }
    const parts = drafts.filter((d) => d !== sum && letters.has(letterOf(d)));
    if (parts.length < 2) continue;
    for (const d of parts) {
      d.measure = null;
      d.why = `a part of "${sum.text.replace(/\s+/g, ' ')}": context`;
    }
    sum.budgetByTitle = true;
  }
}

/**
 * "This year (2024 / 25) Net expenditure (£m)" alone, over lines that come to a "Total budget
 * requirement" and a "Net budget requirement" (a fire authority's council tax page), or under a
 * title saying how the money will be spent (a council's, "How Your Money Will Be Spent"): no actual
 * spent, but the year's budget, which those bottom lines name. (Not a column that says actual,
 * spent, outturn or to date.)
 */
function expenditureComingToABudget(sheet: SheetGrid, drafts: Draft[], lastHeaderRow: number, spendingPlan: boolean): void {
  const read = drafts.filter((d) => d.role);
  if (read.length !== 1 || read[0]!.role !== 'ytdActual') return;
  const only = read[0]!;
  const text = words(only.text);
  if (!/\b(expenditure|exp|spending)\b/.test(text) || /\b(actuals?|spent|spend|outturn|to date|ytd|incurred)\b/.test(text)) return;
  // (Or under a title saying how the money will be spent, a council tax leaflet's.)
  const bottomLine = bottomLineBelow(sheet, lastHeaderRow, only.col);
  if (bottomLine === null && !spendingPlan) return;
  only.measure = 'budget';
  only.block = 'fullYear';
  only.role = 'annualBudget';
  only.budgetByTitle = true;
  only.why = bottomLine !== null ? `the year's budget: its lines come to "${bottomLine}"` : "the year's budget: the title says how the money will be spent";
}

/** The name of a budget's bottom line ("Council tax requirement") left of `before`, in the forty rows under a header row, or null. */
function bottomLineBelow(sheet: SheetGrid, row: number, before: number): string | null {
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 41); r++) {
    for (let c = 0; c < before; c++) {
      const t = cellText(sheet, r, c).trim();
      if (t && BOTTOM_LINE_NAME.test(t)) return t;
    }
  }
  return null;
}

/**
 * The month of a budget or actual column that is one of a pair each month: named with the
 * measure in its own header ("Apr Budget", "Actual April", an accounts package's "B: Apr" and
 * "A: Apr"), or the measure alone under a month's name carried over the pair ("Apr" over
 * "Budget | Actual").
 */
function monthOfPair(own: string, above: ReadonlyArray<string>, measure: BudgetMeasure | null): { month: number; measure: 'budget' | 'actual' } | null {
  const prefixed = /^\s*([ab])\s*:\s*(.+)$/i.exec(own);
  if (prefixed && measure === null) {
    const month = monthOfName(prefixed[2]!);
    return month === null ? null : { month, measure: prefixed[1]!.toLowerCase() === 'b' ? 'budget' : 'actual' };
  }
  if (measure !== 'budget' && measure !== 'actual') return null;
  const rest = measureAndRest(own)?.rest.trim() ?? '';
  const named = rest ? monthOfName(rest) : null;
  if (named !== null) return { month: named, measure };
  if (rest) return null;
  for (const t of [...above].reverse()) {
    const month = monthOfName(t);
    if (month !== null) return { month, measure };
  }
  return null;
}

/**
 * Header rows (top first, then the lowest) with a basis of accounting taken out, where one runs
 * across two rows ("Budget" over "basis") or stands in one ("Actual (budget basis)"): passed to
 * `use` only where there is one.
 */
function withoutBasisOfAccounting(above: ReadonlyArray<string>, own: string, use: (above: string[], own: string) => void): void {
  const rows = [...above, own];
  if (!BASIS_OF_ACCOUNTING.test(rows.join(' '))) return;
  const cleaned = rows.map((t) => t.replace(new RegExp(BASIS_OF_ACCOUNTING.source, 'gi'), ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').trim());
  for (let i = 0; i + 1 < rows.length; i++) {
    const split = /^(.*?)\b(budget(ary)?|gaap|non[- ]gaap|cash|accruals?|modified accrual)$/i.exec(cleaned[i]!);
    if (split && /^basis\b/i.test(cleaned[i + 1]!)) {
      cleaned[i] = split[1]!.trim();
      cleaned[i + 1] = cleaned[i + 1]!.replace(/^basis\b\s*/i, '');
    }
  }
  use(cleaned.slice(0, -1).filter(Boolean), cleaned[cleaned.length - 1]!);
}

function firstOf<T>(texts: string[], read: (t: string) => T | null): T | null {
  for (const t of texts) {
    const x = read(t);
    if (x !== null) return x;
  }
  return null;
}

const BLOCK_NAME: Record<Block, string> = { ytd: 'year to date', fullYear: 'full year', month: 'in month or quarter', prior: 'last year' };

/** What the sheet says beyond the header, and what its figures say, for settling roles. */
export interface HeaderContext {
  /** The sheet reports the year's end ("Quarter 4", "Month 12"): actuals to date are the year's. */
  readonly yearEnd?: boolean;
  /** The financial year the sheet's title sets a budget for (`budgetYearStatedOn`). */
  readonly budgetYear?: number | null;
  /** The sheet's title calls it a budget set, naming no year ("ANNUAL OPERATING BUDGET ESTIMATE"): its spending and income are budgeted. */
  readonly budgetTitle?: boolean;
  /** The sheet's title says its figures are one month's ("For the month of July 2021"): columns that do not say otherwise are in-month. */
  readonly monthOnly?: boolean;
  /** The financial year a monitoring report's title names (`reportYearStatedOn`): among years alike, the one reported. */
  readonly reportYear?: number | null;
  /** The sheet's first title is its year alone ("2025-2026"): a bare budget beside an actual is the year's. */
  readonly yearTitle?: boolean;
  /** A title near the top says how the money will be spent: the expenditure it gives is the budget. */
  readonly spendingPlan?: boolean;
  /** The sheet's title sets a plan over years (`planStartStatedOn`), whose first year is `budgetYear`. */
  readonly planOverYears?: boolean;
}

/**
 * How many of the first lines agree with a budget column: where a typed variance is the
 * actual less this budget (either way round). Two budget columns ("Allocation | Plan") are
 * told apart by the one the sheet's own variance is measured against.
 */
type Agreement = (budget: Draft, drafts: ReadonlyArray<Draft>) => number;

/**
 * Of three or more columns with one role (gross, income and net blocks with no block labels),
 * the last where it is the first less the second on nearly every line: the net, which is read.
 */
type NetOf = (columns: ReadonlyArray<Draft>) => Draft | null;

/** A line saying a table below is a budget or a plan ("our budget was the following:", "The following is our planned budget for 2016."). */
const SAYS_PLAN = /\b(budget(ed)?|planned|plan|estimates?)\b/i;
const SAYS_ACTUAL = /\b(actuals?|spent|spending|expenditure|outturn|incurred)\b/i;

/**
 * Months each of their own and their "Total", headed by nothing else, under a line that says
 * the table is a budget or a plan ("our budget was the following:"): the total is the year's
 * budget and the months its phasing, not actuals. Under a line that says they are actuals
 * ("Our actual spending is as follows:") they stay the actuals they are read as, and the table
 * is taken with no budget beside it: its lines and total are still worth checking.
 */
function monthsOfAPlan(sheet: SheetGrid, headerTop: number, drafts: Draft[]): void {
  const roles = drafts.filter((d) => d.role !== null);
  const total = roles.length === 1 && roles[0]!.role === 'ytdActual' && roles[0]!.totalFigures ? roles[0]! : null;
  if (!total || drafts.some((d) => d.measure !== null && d !== total && !d.period)) return;
  let line: string | null = null;
  for (let r = headerTop - 1; r >= Math.max(0, headerTop - 3) && line === null; r--) {
    const texts = (sheet.values[r] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (texts.length) line = texts.join(' ');
  }
  // (Or the sum says so itself, "Total YTD": the months so far, added up.)
  const toDate = /\b(ytd|to date)\b/.test(normaliseHeader(total.own || total.text));
  if (line === null) {
    if (toDate) total.actualByTitle = true;
    return;
  }
  const quoted = `"${line.length > 60 ? `${line.slice(0, 57)}...` : line}"`;
  if ((SAYS_ACTUAL.test(line) || toDate) && !SAYS_PLAN.test(line)) {
    total.actualByTitle = true;
    total.why += SAYS_ACTUAL.test(line) ? `, under ${quoted}` : ', its header saying to date';
    return;
  }
  if (!SAYS_PLAN.test(line) || SAYS_ACTUAL.test(line)) return;
  total.measure = 'budget';
  total.block = 'fullYear';
  total.role = 'annualBudget';
  total.budgetByTitle = true;
  total.why = `the year's budget: the sum of the months beside it, under ${quoted}`;
  for (const d of drafts) if (d.period) d.why = `one month of the budget, its phasing: context only; their sum, column ${total.col + 1}, is read`;
}

/** Why a bare variance beside the year's budget and the actual to date is read as what is left. */
const LEFT_OF_THE_YEAR = ': the year\'s budget less actual to date, not a variance';

/**
 * What is left of the budget ("Remaining", "Unspent Budget", "Available"; or a bare "Variance"
 * beside the year's budget with only an actual to date): read to be checked against the budget
 * less the actual, never graded. Of two or more, the one whose figures are that difference on
 * the most lines (the net block's "Unspent Budget", not the gross block's, where the net is read).
 */
function remainingOfTheBudget(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  if (drafts.some((d) => d.role === 'remaining')) return;
  const actual = drafts.find((d) => d.role === 'ytdActual');
  const budget = drafts.find((d) => d.role === 'annualBudget') ?? drafts.find((d) => d.role === 'ytdBudget');
  if (!actual || !budget) return;
  const onlyToDate = budget.role === 'annualBudget' && !drafts.some((d) => d.role === 'ytdBudget' || d.role === 'forecastOutturn');
  const candidates = drafts.filter((d) => d.role === null && !d.why.includes('context') && (d.measure === 'remaining' || (d.measure === 'variance' && (onlyToDate || d.why.endsWith(LEFT_OF_THE_YEAR)))));
  if (candidates.length === 0) return;
  const budgets = columnFigures(sheet, budget.col, dataRow);
  const actuals = columnFigures(sheet, actual.col, dataRow);
  const agreeing = (d: Draft) =>
    columnFigures(sheet, d.col, dataRow).filter((v, i) => v !== null && budgets[i] != null && actuals[i] != null && Math.abs(Math.abs(v) - Math.abs(budgets[i]! - actuals[i]!)) <= 1).length;
  const best = candidates.reduce((a, b) => (agreeing(b) > agreeing(a) ? b : a));
  // Beside what is committed ("Total Encumbered | Available Budget"), what is left may be the
  // budget less the actual and the commitments, which no role here reads: checked only where it
  // is the budget less the actual on nine lines in ten, else left unchecked.
  const committed = drafts.find((d) => d.measure === 'committed');
  if (committed) {
    const lines = columnFigures(sheet, best.col, dataRow).filter((v, i) => v !== null && budgets[i] != null && actuals[i] != null).length;
    if (agreeing(best) < lines * 0.9) {
      best.why += `: the budget less the actual and what is committed ("${committed.own}"), not checked`;
      return;
    }
  }
  best.role = 'remaining';
  best.why += `: what is left of the ${budget.role === 'annualBudget' ? 'year\'s budget' : 'budget to date'}, checked against it less the actual`;
}

/**
 * A bare "%" (or "… as % of …") beside "Budget | Actual" whose every figure is the actual as a share of the budget
 * ("$704,004 | $122,293 | 17%"): how much of the budget is spent, worked out, not money; and, as
 * a "% spent" column says wherever it is named, the budget it is a share of is the year's.
 */
function shareOfTheBudget(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const actual = drafts.find((d) => d.role === 'ytdActual');
  const budget = drafts.find((d) => d.role === 'ytdBudget' || d.role === 'annualBudget');
  if (!actual || !budget || drafts.some((d) => d.measure === 'percentSpent')) return;
  // (Or, straight after the actual, one that says so: "Total Expenditure as % of main appropriation".)
  const share = drafts.find((d) => d.role === null && d.measure === null && (/^%$/.test(d.own.trim()) || (d.col === actual.col + 1 && /\bas (a )?(%|percent(age)?) of\b/.test(words(d.own)))));
  if (!share) return;
  const budgets = columnFigures(sheet, budget.col, dataRow);
  const actuals = columnFigures(sheet, actual.col, dataRow);
  let lines = 0;
  let agreeing = 0;
  for (let i = 0; i < Math.min(budgets.length, 60); i++) {
    const v = cellValue(sheet, dataRow + i, share.col);
    const pct = typeof v === 'string' && /^-?\d+(\.\d+)?\s*%$/.test(v.trim()) ? Number(v.trim().replace(/\s*%$/, '')) / 100 : typeof v === 'number' && isPercentFormatted(sheet, dataRow + i, share.col) ? v : null;
    const b = budgets[i];
    const a = actuals[i];
    if (pct === null || b == null || a == null || b === 0) continue;
    lines++;
    if (Math.abs(pct - a / b) <= 0.01) agreeing++;
  }
  if (lines < 3 || agreeing < lines * 0.8) return;
  share.measure = 'percentSpent';
  share.why = 'the actual as a share of the budget on every line: worked out, not read as money';
  if (budget.role === 'ytdBudget' && budget.block !== 'ytd') {
    budget.role = 'annualBudget';
    budget.why += ': the year\'s, as the share spent of it beside the actual says';
  }
}

/**
 * A revision named alone ("Amended", "Revised") beside the budget it revises ("Approved |
 * Amended", as a body publishes its budget once amended): the budget as it now stands, the same
 * year's; the preference for the revised one reads it. Under a title setting that year's budget
 * ("2022-2023 Amended Budget") it is the budget the table sets.
 */
function revisionBesideBudget(drafts: Draft[], context: HeaderContext): void {
  for (const d of drafts) {
    if (d.measure !== null || !REVISION_ALONE.test(wordsBesideItsYear(d.text))) continue;
    const budget = drafts.find((x) => x.measure === 'budget' && x.year === d.year && Math.abs(x.col - d.col) <= 2);
    if (!budget) continue;
    // (Both the year's: a budget is revised for the whole year.)
    d.measure = 'budget';
    d.block = budget.block ??= 'fullYear';
    d.why = `the budget as revised, beside "${budget.text}"`;
    if (context.budgetYear != null && d.year === null) {
      d.budgetByTitle = true;
      budget.budgetByTitle = true;
    }
    // (Dated, "Approved_FY13 | Amended_FY13": the year's budget at its last stage, a table of budgets alone.)
    if (d.year !== null) d.budgetByStage = true;
  }
}

/**
 * Under a title that sets a budget and names no year ("ANNUAL OPERATING BUDGET ESTIMATE"), each
 * year's "Expenditures | Revenues" are the budget's, not actuals (no column says actual): the
 * latest year's is the budget the sheet sets. Returns that year, or null.
 */
function budgetedUnderTitle(drafts: Draft[], context: HeaderContext): number | null {
  // The one budget column, of no period, under the title (a school's "Total School Budget
  // Allocation" on "Final Budget Allocations"): the year's, set by the sheet.
  const budgets = drafts.filter((d) => d.measure === 'budget');
  if (context.budgetTitle && budgets.length === 1 && budgets[0]!.block === null && !drafts.some((d) => d.measure === 'actual' || d.measure === 'forecast' || d.measure === 'variance')) {
    budgets[0]!.block = 'fullYear';
    budgets[0]!.budgetByTitle = true;
    budgets[0]!.why = 'the year\'s budget: the only budget column, on a sheet that sets a budget';
    return null;
  }
  if (!context.budgetTitle || drafts.some((d) => d.measure === 'budget' || /\bactuals?\b/.test(normaliseHeader(d.text)))) return null;
  const flows = drafts.filter((d) => d.measure === 'actual' && d.year !== null && (MONEY_FLOW_ONLY.test(normaliseHeader(d.own || d.text)) || MONEY_FLOW_ONLY.test(normaliseHeader(d.text))));
  if (flows.length < 2) return null;
  for (const d of flows) {
    d.measure = 'budget';
    d.block = 'fullYear';
    d.budgetByTitle = true;
    d.why = 'budgeted: the sheet\'s title sets a budget, and no column says actual';
  }
  return Math.max(...flows.map((d) => d.year!));
}

/**
 * On a sheet whose title or page footer sets the budget of a year ("FY 2024 Adopted Budget"),
 * the money flows side by side with no year of their own and no other measure ("Revenue |
 * Expenses | Surplus/(Deficit)"): that year's budgeted flows, not actuals (no column says
 * actual).
 */
function flowsOfTheStatedYear(drafts: Draft[], context: HeaderContext): void {
  const stated = context.budgetYear ?? null;
  if (stated === null || drafts.some((d) => d.year !== null || d.measure === 'budget' || d.measure === 'forecast' || /\bactuals?\b/.test(normaliseHeader(d.text)))) return;
  const flowOnly = (d: Draft) => MONEY_FLOW_ONLY.test(normaliseHeader(d.own || d.text)) || MONEY_FLOW_ONLY.test(normaliseHeader(d.text));
  const flows = drafts.filter((d) => d.measure === 'actual' && d.block === null && flowOnly(d));
  if (flows.length < 2 || drafts.some((d) => d.measure === 'actual' && !flows.includes(d))) return;
  for (const d of flows) {
    d.measure = 'budget';
    d.block = 'fullYear';
    d.year = stated;
    d.budgetByTitle = true;
    d.why = `budgeted: the sheet sets the budget for ${stated}, and no column says actual`;
  }
}

/**
 * Under a title setting a plan over years ("CAPITAL INVESTMENT SUMMARY 2025-26 TO 2034-35"), a
 * column named only for the money it counts ("Total Cost", "Prior Years Spend") is a scheme's
 * whole cost or what went before the plan: context, never the actual its first year is set
 * against. (A column that says actual, outturn or to date stays an actual.)
 */
function flowsOfAPlan(drafts: Draft[], context: HeaderContext): void {
  if (!context.planOverYears) return;
  for (const d of drafts) {
    if (d.measure !== 'actual' || !FLOW_WORD_ALONE.test(measureAndRest(d.text)?.phrase ?? '')) continue;
    d.measure = null;
    d.why = 'what the plan\'s schemes cost in all or before it began, under a title setting a plan over years: context only';
  }
}

/** Settles each column's role for the table as a whole. */
function settleRoles(drafts: Draft[], stated: HeaderContext = {}, agreement?: Agreement, netOf?: NetOf): void {
  flowsOfAPlan(drafts, stated);
  finalStageUndated(drafts);
  const titled = stated.budgetYear == null ? budgetedUnderTitle(drafts, stated) : null;
  if (!stated.budgetTitle) flowsOfTheStatedYear(drafts, stated);
  const context: HeaderContext = { ...stated, budgetYear: stated.budgetYear ?? titled ?? latestStageAsBudget(drafts) ?? nextYearsEstimates(drafts) ?? proposedBeforeForecasts(drafts) };
  revisionBesideBudget(drafts, context);
  statedYearAsBudget(drafts, context.budgetYear ?? null);
  // (The year a monitoring report's title names settles only a table of budgets alone, its
  // movements by year, "Budget Changes | 2010/11 | 2011/12 | 2012/13"; actuals say their own year.)
  const reportYear = drafts.some((d) => d.measure === 'actual' || d.measure === 'forecast') ? null : (context.reportYear ?? null);
  const currentYear = currentYearOf(drafts, context.budgetYear ?? reportYear);
  // Fields numbered in sequence: the latest number is the period read, where two or more are given.
  const sequences = [...new Set(drafts.flatMap((d) => (d.sequence !== undefined ? [d.sequence] : [])))];
  const latestSequence = sequences.length >= 2 ? Math.max(...sequences) : null;
  datedAYearBefore(drafts);
  const splitYearNamed = currentYear !== null && drafts.some((d) => d.year === currentYear && namesSplitYear(d.text, currentYear));
  for (const d of drafts) {
    if (!d.measure) {
      d.why ||= 'no budget, actual, forecast or variance word';
      continue;
    }
    const why = [d.block ? BLOCK_NAME[d.block] : null, d.measure].filter(Boolean).join(' + ');
    // A budget with no budget word says why it is one.
    d.why = (d.budgetByTitle || d.budgetByStage) && d.why ? `${why}: ${d.why}` : why;
    if (d.block === 'prior' || (d.year !== null && currentYear !== null && d.year < currentYear) || (d.sequence !== undefined && latestSequence !== null && d.sequence < latestSequence)) {
      d.why = d.block !== 'prior' && d.year === null ? `${why}: an earlier period's field (${d.sequence}, before ${latestSequence}), context only` : `${why}: last year's figure, context only`;
      d.otherYear = true;
      continue;
    }
    // A paper setting next year's budget beside this year's figures to a date ("ACTUAL
    // 01.04.13 to 10.11.13" beside "CLAIM 2014 - 2015"): dated before the year it sets.
    const budgetYear = context.budgetYear ?? null;
    const dated = d.year === null && budgetYear !== null && currentYear === budgetYear ? latestDateIn(d.text) : null;
    if (dated && dated.year < budgetYear!) {
      d.why = `${why}: dated before the year the paper sets its budget for, context only`;
      d.otherYear = true;
      continue;
    }
    // "Budget 2018-2019 | Actuals 6/30/19" in a paper setting 2019-2020's: dated in the year after
    // the budget straight left of it begins, that year's to its end, context.
    const besideBudget = dated ? drafts.filter((x) => x.col < d.col && x.measure !== null).pop() : undefined;
    if (dated && besideBudget?.measure === 'budget' && besideBudget.year !== null && besideBudget.year < budgetYear! && besideBudget.year === dated.year - 1) {
      d.why = `${why}: to the end of ${besideBudget.year}-${String((besideBudget.year + 1) % 100).padStart(2, '0')}, beside its budget, before the year the paper sets its budget for: context only`;
      d.otherYear = true;
      continue;
    }
    // "February 2015 Budget Review" beside "Budget for Adoption 2015-16": a month before the
    // year named across two calendar years begins (in April at the earliest) is an earlier year's.
    const datedBefore = d.year === null && currentYear !== null && splitYearNamed ? latestDateIn(d.text) : null;
    if (datedBefore && (datedBefore.year < currentYear! || (datedBefore.year === currentYear && datedBefore.month <= 3))) {
      d.why = `${why}: dated before the year ${currentYear}-${String((currentYear! + 1) % 100).padStart(2, '0')} begins, context only`;
      d.otherYear = true;
      continue;
    }
    // Undated ("Actual YTD | Jan 1 - Sep 14") beside last year's budget ("2011 Modified Budget"),
    // in a paper setting the next: the year in progress, whose budget is not the one set.
    // (A "date" after the year set is a day misread: "Sep 14" is the 14th, not 2014.)
    if ((!dated || dated.year > budgetYear!) && d.year === null && d.measure === 'actual' && budgetYear !== null && currentYear === budgetYear && drafts.some((b) => b.measure === 'budget' && b.year !== null && b.year < budgetYear)) {
      d.why = `${why}: the year in progress, beside its own budget, in a paper setting the budget for ${budgetYear}: context only`;
      d.otherYear = true;
      continue;
    }
    // Undated actuals standing left of the budgets of two years or more, each dated ("Actuals |
    // Approved_FY12 | Amended_FY12 | Approved_FY13"), as a budget book runs its years left to
    // right: a year before the first of them, context.
    if (d.year === null && d.measure === 'actual' && d.block !== 'ytd' && !drafts.some((x) => x.col < d.col && x.year !== null)) {
      const later = new Set(drafts.filter((x) => x.col > d.col && x.measure === 'budget' && x.year !== null).map((x) => x.year));
      if (later.size >= 2) {
        d.why = `${why}: left of the budgets of ${later.size} years, so of a year before them: context only`;
        d.otherYear = true;
        continue;
      }
    }
    if (d.year !== null && currentYear !== null && d.year > currentYear) {
      d.why = `${why}: next year's figure, context only`;
      d.otherYear = true;
      continue;
    }
    if (d.block === 'month' || (context.monthOnly && d.block === null && !d.why.includes('context'))) {
      d.why = `${why}: in-month figure${d.block === null ? ' (the sheet is for one month)' : ''}, context only`;
      continue;
    }
    const fullYear = d.block === 'fullYear';
    switch (d.measure) {
      case 'budget':
        d.role = d.block === 'ytd' ? 'ytdBudget' : fullYear || d.year !== null ? 'annualBudget' : null;
        break;
      case 'actual':
        d.role = fullYear ? 'forecastOutturn' : 'ytdActual';
        break;
      case 'forecast':
        d.role = 'forecastOutturn';
        break;
      case 'variance':
        d.role = d.block === 'ytd' ? 'ytdVariance' : fullYear ? 'forecastVariance' : null;
        break;
      case 'variancePct':
        d.role = d.block === 'ytd' ? 'ytdVariancePct' : fullYear ? 'forecastVariancePct' : null;
        break;
      case 'committed':
      case 'budgetChange':
      case 'baseline':
      case 'toComplete':
        d.why = `${why}: context, not a figure the lines are graded on`;
        break;
      default:
        d.why = `${why}: worked out from the other figures, not read as money`;
    }
  }
  // The year's actual ("annual revenue collected 2022") with no actual to date and no forecast
  // beside it is the actual for the year, measured against the year's budget: not a forecast.
  const yearsActuals = drafts.filter((d) => d.measure === 'actual' && d.role === 'forecastOutturn');
  if (yearsActuals.length === 1 && !drafts.some((d) => d.role === 'ytdActual' || (d.measure === 'forecast' && d.role !== null))) {
    yearsActuals[0]!.role = 'ytdActual';
    yearsActuals[0]!.why += ': the actual for the year, with no actual to date or forecast beside it';
  }
  // "Projected" beside "Actual" with no budget anywhere is the plan the actual is measured
  // against: for the period it names, or for the year.
  if (!drafts.some((d) => d.measure === 'budget' && !d.why.includes('context only')) && drafts.some((d) => d.role === 'ytdActual')) {
    for (const d of drafts) {
      if (d.measure !== 'forecast' || d.role === null) continue;
      d.role = d.block === 'ytd' ? 'ytdBudget' : 'annualBudget';
      d.why += d.block === 'ytd' ? ': the plan for the period, as the table has no budget column' : ': the plan for the year, as the table has no budget column';
    }
  }
  // "Value | Spend as at 30th September" with no budget anywhere: the one amount before the
  // actual is what it is measured against, the year's budget.
  if (!drafts.some((d) => d.measure === 'budget' || (d.measure === 'forecast' && d.role !== null))) {
    const actual = drafts.find((d) => d.role === 'ytdActual');
    const amounts = actual ? drafts.filter((d) => d.measure === null && d.col < actual.col && AMOUNT_HEADER.test(words(d.own).trim())) : [];
    if (amounts.length === 1) {
      const amount = amounts[0]!;
      amount.measure = 'budget';
      amount.role = 'annualBudget';
      amount.why = `the year's budget: the one amount ("${amount.own}") the actual beside it is measured against, as the table has no budget column`;
    }
  }
  // "Amount | Against Projected" with no budget, actual or forecast anywhere: the variance is of
  // the amount against what was projected, so the amount is what came of it, the actual.
  if (!drafts.some((d) => (d.measure === 'budget' || d.measure === 'actual' || d.measure === 'forecast') && d.role !== null)) {
    const against = drafts.find((d) => d.measure === 'variance' && AGAINST_A_PLAN.test(normaliseHeader(d.own)));
    const amounts = against ? drafts.filter((d) => d.measure === null && d.col < against.col && AMOUNT_HEADER.test(words(d.own).trim())) : [];
    if (amounts.length === 1) {
      const amount = amounts[0]!;
      amount.measure = 'actual';
      amount.role = 'ytdActual';
      amount.why = `the actual: the one amount ("${amount.own}") that "${against!.own}" measures against what was planned, as the table has no actual column`;
    }
  }
  const has = (role: BudgetRole) => drafts.some((d) => d.role === role);
  revisedAgainstOriginal(drafts);
  savingsBesideABudget(drafts);
  const derived = drafts.some((d) => d.measure === 'remaining' || d.measure === 'percentSpent');
  // A bare "Budget": the year's, beside a forecast, a budget to date, a "Remaining" or an
  // "Actual to date"; otherwise the budget the actual beside it is measured against.
  const actualSaysToDate = drafts.some((d) => d.role === 'ytdActual' && d.block === 'ytd');
  // Actuals dated the last day of the year ("31 March 2016 Actual") are the year's: the budget
  // beside them is the year's budget.
  const actualToYearEnd = drafts.some((d) => d.role === 'ytdActual' && (namesYearEnd(d.text) || context.yearEnd === true));
  // With no actual and no forecast, a budget and its variance are the year's budget and the
  // forecast over or under it ("Approved Budget | Overspend / underspend"): an analysis of variations.
  const varianceOnly = !has('ytdActual') && !has('forecastOutturn') && drafts.some((d) => d.measure === 'variance' && d.role === null && !d.why.includes('context only'));
  // Actuals in columns of a period each ("April", "May", ...), or lines each of a stated year
  // (a "year" column): the budget beside them is the year's.
  const periodColumns = drafts.filter((d) => d.period).length >= 2 || drafts.some((d) => d.yearColumn);
  // Savings "Delivered" or "Achieved" beside their "Target": the target is the year's, the
  // delivered what has been secured of it so far, not a budget to date overspent or underspent.
  const delivered = drafts.some((d) => d.role === 'ytdActual' && /\b(delivered|achieved)\b/.test(normaliseHeader(d.text)));
  // Earlier years' budgets and actuals printed beside this year's alike ("2324 Budget | 2324
  // Actual" after "2425 Budget | 2425 Actual"): each year's budget is the whole year's.
  const dated = (d: Draft) => d.year !== null || d.sequence !== undefined;
  const yearsAlike = drafts.some((d) => d.measure === 'budget' && d.otherYear && dated(d)) && drafts.some((d) => d.measure === 'actual' && d.otherYear && dated(d));
  const annualByContext = context.yearTitle === true || has('ytdBudget') || has('forecastOutturn') || derived || (actualSaysToDate && !has('ytdBudget')) || actualToYearEnd || varianceOnly || periodColumns || delivered || yearsAlike;
  for (const d of drafts) {
    if (d.role !== null || d.measure !== 'budget' || d.block === 'prior' || d.block === 'month' || d.why.includes('context only')) continue;
    // "Original budget", "Final budget", "Approved budget": what a council sets for the year.
    if (YEARS_BUDGET_WORDS.test(normaliseHeader(d.text))) {
      d.role = 'annualBudget';
      d.why += ': the budget set for the year ("original", "final", "approved")';
      continue;
    }
    // "Original Budget | Current Budget | Actual": the budget now, the year's as revised since
    // the original, not a budget to date.
    // (Or beside the budget as approved or adopted: "Approved Budget | Increase (Decrease) |
    // Revised Budget", a budget revision.)
    if (REVISED_BUDGET.test(normaliseHeader(d.text)) && drafts.some((x) => x !== d && x.measure === 'budget' && /\b(original|approved|adopted)\b/.test(normaliseHeader(x.text)))) {
      d.role = 'annualBudget';
      d.why += ': the year\'s budget as revised, beside the original';
      // (A budget revision alone, "Approved | Increase (Decrease) | Revised", sets the year's budget.)
      d.budgetByStage = true;
      continue;
    }
    d.role = annualByContext ? 'annualBudget' : 'ytdBudget';
    d.why += actualToYearEnd ? ': the year\'s budget (the actual is to the year end)' : annualByContext ? ': the year\'s budget (the table measures actual to date against it)' : ': the budget the actual is measured against';
  }
  // A bare "Variance": of the figures left of it. Against the year's budget with only actual
  // to date, it is what remains, not a variance.
  const remainingOnly = has('annualBudget') && has('ytdActual') && !has('ytdBudget') && !has('forecastOutturn');
  for (const d of drafts) {
    if (d.role !== null || (d.measure !== 'variance' && d.measure !== 'variancePct') || d.why.includes('context only')) continue;
    // "2014 Actual | 2013 Actual | Variance", no budget anywhere: the change from last year's
    // actual, context, not a variance from a plan.
    if (!has('annualBudget') && !has('ytdBudget') && !has('forecastOutturn') && !drafts.some((x) => x.measure === 'budget') && drafts.some((x) => x.measure === 'actual' && x.otherYear)) {
      d.why += ': the change from last year\'s actual, with no budget: context only';
      continue;
    }
    const left = drafts.filter((x) => x.col < d.col && x.role && AMOUNT_MEASURE_ROLES.has(x.role)).pop();
    // (So is one just right of the actual to date, where no budget to date is given: "Full Year
    // Adjusted Budget | July to April Actuals | Var | % of budget spent | Forecast".)
    if (remainingOnly || (left?.role === 'ytdActual' && has('annualBudget') && !has('ytdBudget'))) {
      d.why += LEFT_OF_THE_YEAR;
      continue;
    }
    const forecastSide = left ? left.role === 'forecastOutturn' || left.role === 'annualBudget' : has('forecastOutturn') && !has('ytdActual');
    d.role = d.measure === 'variancePct' ? (forecastSide ? 'forecastVariancePct' : 'ytdVariancePct') : forecastSide ? 'forecastVariance' : 'ytdVariance';
    d.why += forecastSide ? ': of the forecast against the year\'s budget' : ': of the actual against the budget to date';
  }
  settlePeriodColumns(drafts);
  laterYearsRepeated(drafts);
  earlierQuartersVariances(drafts);
  reportsBeforeTheOutturn(drafts);
  carriedWhenIsTheActual(drafts);
  actualBesideItsPlan(drafts);
  overAndUnderApart(drafts);
  // Two columns with one role: the revised budget over the original, else the first.
  const byRole = new Map<BudgetRole, Draft[]>();
  for (const d of drafts) if (d.role) byRole.set(d.role, [...(byRole.get(d.role) ?? []), d]);
  for (const [role, ds] of byRole) {
    if (ds.length < 2) continue;
    // A column whose own words say its period beats one whose period was inferred; then the
    // revised budget beats the original.
    const saysPeriod = (d: Draft) => (d.block === 'ytd' && /^ytd/.test(role)) || ((d.block === 'fullYear' || d.year !== null) && !/^ytd/.test(role));
    // The sheet's own variance outranks the words: it says which budget the actual is measured against.
    const agrees = agreement && (role === 'ytdBudget' || role === 'annualBudget') ? (d: Draft) => agreement(d, drafts) : () => 0;
    // Of figures to months ("achieved month 2 | month 6"), the latest month's.
    // "YTD Actual" says to date in so many words, beyond "Q1 Sept Actual" among the months and quarters.
    const saysToDate = (d: Draft) => /^ytd/.test(role) && /\b(ytd|y\.t\.d|year to date|to date|cumulative)\b/.test(normaliseHeader(d.text));
    // Of budgets, the one revised since it was set outranks how plainly the other says its period
    // ("Revised Plan (Budget)" over "Annual Plan").
    const revisedBudget = (d: Draft) => (role === 'annualBudget' || role === 'ytdBudget') && REVISED_BUDGET.test(normaliseHeader(d.text));
    // Of a revenue pair and an expense pair told apart by those words alone ("Budgeted Revenue |
    // Actual Revenue | Budgeted Expense | Actual Expense"), the expense, whose control the table is for.
    const sides = ds.some((d) => flowNamed(d.text) === 'in') && ds.some((d) => flowNamed(d.text) === 'out');
    const rank = (d: Draft) => agrees(d) * 10 + (sides && flowNamed(d.text) === 'out' ? 0.75 : 0) + (saysPeriod(d) ? 2 : 0) + (saysToDate(d) ? 1.5 : 0) + (PREFERRED.test(normaliseHeader(d.text)) ? (revisedBudget(d) ? 2.5 : 1) : 0) - (SUPERSEDED.test(normaliseHeader(d.text)) ? 1 : 0) + (monthNumberIn(d.text) ?? 0) / 100;
    // Of variances, the one against the budget read ("(OVER) UNDER TARGET" where the target
    // budget is read, not the one against the original adopted).
    const budgetRead = /Variance$/.test(role) ? drafts.find((d) => d.role === (role === 'ytdVariance' ? 'ytdBudget' : 'annualBudget')) : undefined;
    const againstBudgetRead = (d: Draft) => (budgetRead && agreement ? agreement(budgetRead, drafts.filter((x) => x === d || x.role !== role)) : 0);
    const net = ds.length >= 3 ? (netOf?.(ds) ?? null) : null;
    const keep = net ?? ds.reduce((a, b) => (againstBudgetRead(b) > againstBudgetRead(a) || (againstBudgetRead(b) === againstBudgetRead(a) && rank(b) > rank(a)) ? b : a));
    if (net) net.why += ': the net (the first block less the second on every line), which is read';
    for (const d of ds) {
      if (d === keep) continue;
      d.role = null;
      d.why += net ? `: a gross or income block; the net, column ${keep.col + 1}, is read` : `: a second ${role} column; column ${keep.col + 1} is read`;
      // (Beside the one read, no column read between them: "Slippage | Underspend/Overspend".
      // Not another period's, "August Variance" months before the year's.)
      const between = (x: Draft) => x.col > Math.min(d.col, keep.col) && x.col < Math.max(d.col, keep.col);
      if (!net && /Variance$/.test(role) && d.measure === 'variance' && d.block === keep.block && !drafts.some((x) => x.role !== null && between(x))) d.partOf = role;
    }
  }
  budgetBesideItsActual(drafts);
  // The year's budget phased by quarter ("Allocation | Quarter 1 | Quarter 2") in a paper with no
  // actual to date: how the budget set is to be spent, not a budget to date to measure against.
  if (has('annualBudget') && !has('ytdActual')) {
    for (const d of drafts) {
      if (d.role !== 'ytdBudget' || !/\b(q[1-4]|quarter|qtr)\b/.test(normaliseHeader(d.text))) continue;
      d.role = null;
      d.why += ': the year\'s budget phased by quarter, with no actual to date beside it: context only';
    }
  }
  // A "Change" beside budgets alone ("FY24 BUDGET | FY25 DEPT REQ. | Change"), or beside
  // actuals alone, is the change from one year to the next: it measures no actual or forecast
  // against a budget.
  const measured = drafts.some((d) => d.role === 'ytdActual' || d.role === 'forecastOutturn');
  const budgeted = drafts.some((d) => d.role === 'annualBudget' || d.role === 'ytdBudget');
  if (!measured || !budgeted) {
    for (const d of drafts) {
      if (d.role !== 'forecastVariance' && d.role !== 'forecastVariancePct' && d.role !== 'ytdVariance' && d.role !== 'ytdVariancePct') continue;
      // "Overspend / underspend" says it is against spending, whatever is printed beside it.
      if (!CHANGE_WORDS.test(normaliseHeader(d.text)) && !BETWEEN_YEARS.test(d.text)) continue;
      d.role = null;
      d.why += measured ? ': with no budget beside the actual, a change between years, context only' : ': with no actual or forecast beside the budget, a change between budgets, context only';
    }
  }
}

/**
 * Variances given for two periods ("Variance Quarter2 | Variance Quarter 1"): the latest is the
 * variance now, the earlier one last period's, context.
 */
function earlierQuartersVariances(drafts: Draft[]): void {
  const dated = drafts.filter((d) => d.role !== null && /Variance/.test(d.role)).map((d) => ({ d, period: periodOfHeading(d.text) })).filter((x) => x.period !== null);
  if (dated.length < 2) return;
  const latest = dated.reduce((a, b) => (b.period!.monthIndex > a.period!.monthIndex ? b : a));
  for (const { d, period } of dated) {
    if (d === latest.d || period!.dated !== latest.period!.dated || period!.monthIndex >= latest.period!.monthIndex) continue;
    d.role = null;
    d.why += `: an earlier period's ("${d.text}"), beside "${latest.d.text}": context only`;
  }
}

/**
 * A multi-year plan's blocks with no year printed ("Actual to 31/03/17 | Projected Outturn |
 * Latest Approved Budget | Variance", then "Latest Approved Budget | Variance | Projected Budget"
 * for each year after): where a budget's heading repeats word for word after the actual to date,
 * the block beside the actual is the year reported and those from the repeat on are later years'.
 */
function laterYearsRepeated(drafts: Draft[]): void {
  const actual = drafts.find((d) => d.role === 'ytdActual');
  if (!actual) return;
  const same = (a: Draft, b: Draft) => normaliseHeader(a.text) === normaliseHeader(b.text);
  const repeat = drafts.find((d) => d.col > actual.col && d.measure === 'budget' && d.year === null && drafts.some((e) => e.col > actual.col && e.col < d.col && e.measure === 'budget' && e.year === null && same(e, d)));
  if (!repeat) return;
  for (const d of drafts) {
    if (d.col < repeat.col || d.role === null) continue;
    d.role = null;
    d.otherYear = true;
    d.why += `: a later year's, the headings repeating from column ${repeat.col + 1} with no year named; the block beside the actual to date is read`;
  }
}

/**
 * "ADOPTED BUDGET" over "Annual Budget | 3 months", then "YTD" beside them: the budget to date is
 * the "3 months"; the bare "YTD" the label only reached by carrying is the actual to date.
 */
function carriedWhenIsTheActual(drafts: Draft[]): void {
  const toDate = drafts.filter((d) => d.role === 'ytdBudget');
  const bare = toDate.filter((d) => d.carriedOverWhen);
  if (toDate.length !== 2 || bare.length !== 1 || drafts.some((d) => d.role === 'ytdActual')) return;
  bare[0]!.measure = 'actual';
  bare[0]!.role = 'ytdActual';
  bare[0]!.why = `year to date + actual: "${bare[0]!.own}" says only when, beside the budget to date under the label carried to it`;
}

/**
 * Two budgets told apart by one word, "actual" ("Year to Date Plan" and "Year to Date Plan
 * Actual", as a header run together off a PDF reads): the one saying actual is the actual, where
 * the table has none for that period.
 */
function actualBesideItsPlan(drafts: Draft[]): void {
  const wordsOf = (d: Draft) => new Set(words(d.text).trim().split(' ').filter(Boolean));
  // The other's words and "actual", and nothing else.
  const addsActual = (x: Set<string>, y: Set<string>) => x.size === y.size + 1 && x.has('actual') && !y.has('actual') && [...y].every((w) => x.has(w));
  for (const role of ['ytdBudget', 'annualBudget'] as const) {
    const ds = drafts.filter((d) => d.role === role);
    if (ds.length !== 2) continue;
    const actualRole = role === 'ytdBudget' ? 'ytdActual' : 'forecastOutturn';
    if (drafts.some((d) => d.role === actualRole)) continue;
    const [a, b] = ds.map(wordsOf) as [Set<string>, Set<string>];
    const pick = addsActual(b, a) ? ds[1]! : addsActual(a, b) ? ds[0]! : null;
    if (!pick) continue;
    pick.measure = 'actual';
    pick.role = actualRole;
    pick.why = `${pick.block ? `${BLOCK_NAME[pick.block]} + ` : ''}actual: the words of the budget beside it, and "actual"`;
  }
}

/**
 * Pairs printed alike but for the actual's words ("Original Budget | Actual Revenue | … |
 * Original Budget | Actual Expense"): the budget read is the one of the actual read's pair, the
 * nearest like budget left of it.
 */
function budgetBesideItsActual(drafts: Draft[]): void {
  const actual = drafts.find((d) => d.role === 'ytdActual');
  if (!actual) return;
  for (const role of ['annualBudget', 'ytdBudget'] as const) {
    const kept = drafts.find((d) => d.role === role);
    if (!kept || kept.col > actual.col) continue;
    const alike = drafts.filter((d) => d !== kept && d.role === null && d.measure === 'budget' && words(d.text) === words(kept.text) && d.col > kept.col && d.col < actual.col);
    const nearest = alike[alike.length - 1];
    if (!nearest || drafts.some((d) => d.col > nearest.col && d.col < actual.col && d.role !== null)) continue;
    nearest.role = role;
    nearest.why = kept.why.replace(/: a second [a-zA-Z]+ column; column \d+ is read$/, '');
    kept.role = null;
    kept.why += `: the budget of another pair; column ${nearest.col + 1}, beside the actual read, is read`;
  }
}

/** The month or period a header is to: "achieved month 9", "Actual P8". */
function monthNumberIn(text: string): number | null {
  const m = /\b(?:month|mth|m|period|p) ?(\d{1,2})\b/.exec(normaliseHeader(text));
  return m ? Number(m[1]) : null;
}

/**
 * Actuals reported month by month ("Savings reported achieved month 2 | month 6 | month 9")
 * beside the actual at the year's end ("Savings achieved @ outturn"): earlier reports' figures,
 * which the outturn supersedes.
 */
function reportsBeforeTheOutturn(drafts: Draft[]): void {
  // "Achieved @ outturn", "Actual outturn": what the year came to, no forecast of it.
  const atOutturn = drafts.some((d) => d.role === 'forecastOutturn' && /\b(achieved|actuals?|spent|delivered)\b/.test(normaliseHeader(d.text)) && !/\b(forecast|projected|projection|fcst|estimated?)\b/.test(normaliseHeader(d.text)));
  const monthly = drafts.filter((d) => d.role === 'ytdActual' && d.measure === 'actual' && monthNumberIn(d.text) !== null);
  if (!atOutturn || monthly.length < 2) return;
  for (const d of monthly) {
    d.role = null;
    d.why += ': an earlier report\'s figure, before the actual at the year\'s end: context only';
  }
}

/**
 * "Revised Estimate | Original estimate | Change" with no actual and no forecast: the revised
 * estimate of the year is its forecast, measured against the original; so is a current
 * estimate beside the year's budget. (Beside actuals, the
 * revised budget is the budget, and the original is set aside.)
 */
function revisedAgainstOriginal(drafts: Draft[]): void {
  if (drafts.some((d) => d.role === 'ytdActual' || d.role === 'forecastOutturn' || (d.measure === 'actual' && !d.why.includes('context only')))) return;
  const budgets = drafts.filter((d) => (d.role === null || d.role === 'annualBudget') && d.measure === 'budget' && d.block !== 'prior' && d.block !== 'month' && !d.why.includes('context only'));
  if (budgets.length !== 2) return;
  const newer = (d: Draft) => /\b(revised|latest|updated|amended|current)\b/.test(normaliseHeader(d.text));
  const estimate = (d: Draft) => /\bestimate[sd]?\b/.test(normaliseHeader(d.text));
  const revised = budgets.find((d) => newer(d) && (estimate(d) || !/\bcurrent\b/.test(normaliseHeader(d.text))));
  // The original named so, or a plain budget beside a current estimate ("2014 Budget | Current
  // Estimate" in a capital projects status: the cost now expected against the year's budget).
  const original = budgets.find((d) => d !== revised && (SUPERSEDED.test(normaliseHeader(d.text)) || (revised !== undefined && estimate(revised) && !estimate(d) && !newer(d))));
  if (!revised || !original || revised === original) return;
  const namedOriginal = SUPERSEDED.test(normaliseHeader(original.text));
  revised.role = 'forecastOutturn';
  revised.why += namedOriginal ? ': the revised estimate for the year beside the original, with no actual: the forecast' : ': the estimate now beside the year\'s budget, with no actual: the forecast';
  original.role = 'annualBudget';
  original.why += namedOriginal ? ': the original estimate, which the revised one is measured against' : ': the year\'s budget, which the estimate is measured against';
}

/**
 * "Outturn Overspend | Outturn Underspend": the variance split over two columns, each figure in
 * one or the other. Neither alone is the variance (an overspend read as the variance of a line
 * that is underspent would be wrong by the whole underspend): it is worked out from the budget
 * and the outturn, and each side is context.
 */
function overAndUnderApart(drafts: Draft[]): void {
  const side = (d: Draft, word: 'over' | 'under') => d.role !== null && /variance/i.test(d.role) && !/pct/i.test(d.role) && new RegExp(`\\b${word}[- ]?spend`).test(normaliseHeader(d.own)) && !new RegExp(`\\b${word === 'over' ? 'under' : 'over'}`).test(normaliseHeader(d.own));
  const over = drafts.find((d) => side(d, 'over'));
  const under = drafts.find((d) => side(d, 'under'));
  if (!over || !under) return;
  for (const [d, other] of [[over, under], [under, over]] as const) {
    d.role = null;
    d.why += `: one side of the variance, the other in column ${other.col + 1}; the variance is worked out from the figures`;
  }
}

const ONE_PERIODS_ACTUALS = 'one period\'s actuals; the periods would have to be added up for the year to date, and the sheet does not say which are to date, so none is read (name a year-to-date column in the config)';

/**
 * Columns headed by periods alone ("1st Quarter" … "4th Quarter"). Where they run cumulatively
 * (each at least the one before on nearly every line), the latest with figures is the actual to
 * date and the others are context. Where they do not, each is one period's actuals, which
 * would have to be added up: none is read, rather than a part of the year taken for all of it.
 */
function settlePeriodColumns(drafts: Draft[]): void {
  const periods = drafts.filter((d) => d.period && d.role === 'ytdActual').sort((a, b) => a.period!.month - b.period!.month);
  if (periods.length < 2) {
    for (const d of periods) d.why = `the actuals to ${d.own || d.text}`;
    return;
  }
  const withFigures = periods.filter((d) => d.period!.figures.some((x) => x !== null && x !== 0));
  const latest = withFigures[withFigures.length - 1] ?? periods[0]!;
  let rising = 0;
  let compared = 0;
  for (let i = 1; i < withFigures.length; i++) {
    const before = withFigures[i - 1]!.period!.figures;
    const after = withFigures[i]!.period!.figures;
    for (let r = 0; r < Math.min(before.length, after.length); r++) {
      const a = before[r];
      const b = after[r];
      if (a === null || a === undefined || b === null || b === undefined || (a === 0 && b === 0)) continue;
      compared++;
      if (Math.abs(b) >= Math.abs(a)) rising++;
    }
  }
  const cumulative = compared > 0 && rising >= compared * 0.9;
  // Months each of their own, with a "Totals" column beside them that is their sum on every
  // line: the total is the actual to date, and the months are its detail.
  const total = cumulative ? null : drafts.find((d) => d.totalFigures && d.role === null && sumsPeriods(d.totalFigures, periods));
  if (total) {
    total.role = 'ytdActual';
    total.measure = 'actual';
    total.why = `the sum of the ${periods.length} period columns beside it on every line: the actual to date`;
    total.periodsTotal = true;
    for (const d of periods) {
      d.role = null;
      d.separatePeriod = true;
      d.why = `one period's actuals, context only; their sum, column ${total.col + 1}, is read`;
    }
    return;
  }
  for (const d of periods) {
    if (cumulative && d === latest) {
      d.why = `the latest of ${periods.length} cumulative period columns with figures: the actual to date`;
      continue;
    }
    d.role = null;
    if (!cumulative) d.separatePeriod = true;
    d.why = cumulative
      ? `an earlier cumulative period than "${latest.own || latest.text}", context only`
      : ONE_PERIODS_ACTUALS;
  }
}

/** Whether a column is the sum of the period columns on every line that has figures (blanks count as nothing). */
function sumsPeriods(total: ReadonlyArray<number | null>, periods: ReadonlyArray<Draft>): boolean {
  let lines = 0;
  let fitting = 0;
  for (let r = 0; r < total.length; r++) {
    const t = total[r];
    if (t === null || t === undefined) continue;
    const parts = periods.map((d) => d.period!.figures[r] ?? null);
    if (parts.every((x) => x === null) && t === 0) continue;
    lines++;
    const sum = parts.reduce<number>((a, x) => a + (x ?? 0), 0);
    if (Math.abs(sum - t) <= Math.max(0.01, Math.abs(t) * 1e-9) + 0.005 * parts.filter((x) => x !== null).length) fitting++;
  }
  return lines >= 2 && fitting >= lines * 0.9;
}

function netBlock(sheet: SheetGrid, dataRow: number): NetOf {
  return (columns) => {
    const [gross, income] = columns;
    const net = columns[columns.length - 1]!;
    const figures = [gross!, income!, net].map((d) => columnFigures(sheet, d.col, dataRow));
    const { lines, fitting } = linesWhere(figures, (x, y, z) => Math.abs(x! - Math.abs(y!) - z!) <= Math.max(1, Math.abs(z!) * 0.001));
    const deducted = linesWhere(figures, (_x, y) => y !== 0).fitting;
    // Nearly every line, and something deducted on some: three equal columns are no net.
    return lines >= 3 && fitting >= lines * 0.9 && deducted > 0 ? net : null;
  };
}

/** Counts, over the first lines, where a typed variance equals ± (actual − budget). */
function varianceAgreement(sheet: SheetGrid, dataRow: number): Agreement {
  const figures = new Map<number, (number | null)[]>();
  const column = (col: number) => {
    let f = figures.get(col);
    if (!f) figures.set(col, (f = columnFigures(sheet, col, dataRow)));
    return f;
  };
  return (budget, drafts) => {
    const ytd = budget.role === 'ytdBudget';
    // The actual it is measured against; at the year's end, a year's budget against the actual to date.
    const actual = drafts.find((d) => d.role === (ytd ? 'ytdActual' : 'forecastOutturn')) ?? drafts.find((d) => d.role === 'ytdActual');
    // Or the sheet's own "Remaining" ("NECESSARY TO MEET BUDGET"): the budget less the actual, as a variance is.
    // (Not the variance to date, for the year's budget: it measures the budget to date.)
    const variance = drafts.find((d) => d.role === (ytd ? 'ytdVariance' : 'forecastVariance')) ?? drafts.find((d) => d.measure === 'variance' && (ytd || d.role !== 'ytdVariance')) ?? drafts.find((d) => d.measure === 'remaining');
    if (!actual) return 0;
    const fits = (col: number) => linesWhere([column(actual.col), column(budget.col), column(col)], isTheDifference(0.01));
    // Two variances of the one role ("(OVER) UNDER ADOPTED BUDGET | TARGET"), each against a budget
    // of its own: each budget is borne out by one of them, and the words choose between them.
    const alike = variance?.role ? drafts.filter((d) => d.role === variance.role) : [];
    if (alike.length >= 2) return Math.max(...alike.map((d) => fits(d.col).fitting));
    if (variance) return fits(variance.col).fitting;
    // No column says it is the difference: one whose figures are this budget less the actual on
    // every line ("CURR ESTIM COLL.", the collections still needed) says so by its figures.
    let best = 0;
    for (const d of drafts) {
      if (d.role !== null || d.measure === 'percentSpent' || d.col === budget.col || d.col === actual.col) continue;
      const { lines, fitting } = fits(d.col);
      if (lines >= 3 && fitting >= lines * 0.9) best = Math.max(best, fitting);
    }
    return best;
  };
}

/**
 * "Revenue | Expenses | Surplus/(Deficit)", each line's surplus the revenue less the expenses:
 * what came in against what went out, an income and expenditure account's, not a variance from
 * a budget. The surplus is not read as a variance (nor, with no budget, is the table).
 */
function surplusOfTheFlows(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const variance = drafts.find((d) => (d.role === 'ytdVariance' || d.role === 'forecastVariance') && SURPLUS_NAMED.test(words(d.text)));
  if (!variance || drafts.some((d) => d.measure === 'budget')) return;
  const flows = drafts.filter((d) => d.measure === 'actual' && d.col < variance.col);
  const inward = flows.find((d) => flowNamed(words(d.text)) === 'in');
  const outward = flows.find((d) => flowNamed(words(d.text)) === 'out');
  if (!inward || !outward) return;
  const { lines, fitting } = linesWhere([columnFigures(sheet, inward.col, dataRow), columnFigures(sheet, outward.col, dataRow), columnFigures(sheet, variance.col, dataRow)], (income, spending, surplus) => Math.abs(income - spending - surplus) <= Math.max(1, Math.abs(surplus) * 0.001));
  if (lines < 2 || fitting < lines) return;
  variance.role = null;
  variance.why = `the surplus of "${inward.text}" over "${outward.text}" on every line, not a variance from a budget`;
}

/**
 * Whether a third figure is the difference of an actual and a budget, either way round, to the
 * unit or to `share` of itself: a variance, or what is left of the budget.
 */
function isTheDifference(share: number): (actual: number, budget: number, difference: number) => boolean {
  return (actual, budget, difference) => Math.abs(Math.abs(actual - budget) - Math.abs(difference)) <= Math.max(1, Math.abs(difference) * share);
}

/**
 * No column says budget, but the sheet's own variance is the actual less one of the columns
 * headed otherwise ("Base Scenario + PY Surplus Approvals" before "Actual | Variance $"): that
 * column is the budget the table measures against. The one fitting most lines is taken, the
 * nearest the actual on a tie.
 */
function budgetTheVarianceMeasures(sheet: SheetGrid, drafts: Draft[], dataRow: number, actual: Draft): void {
  // (A "Change" compares two years, not a budget with its actual.)
  const variance = drafts.find((d) => d.measure === 'variance' && !d.otherYear && d.block !== 'prior' && !CHANGE_WORDS.test(normaliseHeader(d.text)));
  if (!variance) return;
  const a = columnFigures(sheet, actual.col, dataRow);
  const v = columnFigures(sheet, variance.col, dataRow);
  let best: { d: Draft; fitting: number } | null = null;
  for (const d of drafts) {
    if (d.measure !== null || d.role !== null || d.col === actual.col || d.col === variance.col) continue;
    const { lines, fitting } = linesWhere([a, columnFigures(sheet, d.col, dataRow), v], isTheDifference(0.001));
    if (lines < 3 || fitting < lines * 0.9) continue;
    if (!best || fitting > best.fitting || (fitting === best.fitting && Math.abs(d.col - actual.col) < Math.abs(best.d.col - actual.col))) best = { d, fitting };
  }
  if (!best) return;
  const d = best.d;
  d.measure = 'budget';
  d.block = 'fullYear';
  d.role = 'annualBudget';
  d.why = `the budget the sheet's own "${variance.own || variance.text}" measures the actual against, on every line`;
}

/**
 * "Yearly | April-December" under a title that sets the budget for a year ("2014 Budget Vote"),
 * no column saying budget or actual: the yearly figure is the year's budget, and the months' a
 * share of it still to come, not an actual to date (a paper setting a budget reports no spending).
 */
function yearlyUnderABudgetTitle(drafts: Draft[], context: HeaderContext): void {
  if (context.budgetYear == null || drafts.some((d) => d.role === 'annualBudget' || d.role === 'ytdBudget' || (d.measure !== null && !MONTH_RANGE.test(words(d.text).trim())))) return;
  const yearly = drafts.filter((d) => d.measure === null && YEARLY_AMOUNT.test(words(d.own || d.text).trim()));
  if (yearly.length !== 1) return;
  const year = yearly[0]!;
  year.measure = 'budget';
  year.block = 'fullYear';
  year.role = 'annualBudget';
  year.budgetByTitle = true;
  year.why = `the year's budget: "${year.own || year.text}" on a sheet whose title sets the budget for the year`;
  for (const d of drafts) {
    if (d.role !== 'ytdActual') continue;
    d.role = null;
    d.measure = null;
    d.why = `a part of the year's budget, "${d.own || d.text}": no actual on a sheet that sets the budget, context only`;
  }
}

/**
 * A budget to date the only figure of the year on a sheet whose title proposes a budget
 * ("PROPOSED BUDGET WORKSHEET" over "BUD - YTD 12/31/2004", the years before beside it as
 * context): a paper setting a budget budgets the whole year, so it is the year's budget.
 */
function budgetToDateProposed(drafts: Draft[], context: HeaderContext): void {
  if (context.budgetYear == null && !context.budgetTitle) return;
  const read = drafts.filter((d) => d.role);
  if (read.length !== 1 || read[0]!.role !== 'ytdBudget') return;
  const budget = read[0]!;
  budget.block = 'fullYear';
  budget.role = 'annualBudget';
  budget.budgetByTitle = true;
  budget.why = `the year's budget: "${words(budget.text).trim()}" on a sheet whose title proposes the budget, which budgets the whole year`;
}

/**
 * A bare "Budget" beside an actual for a span of months ("Jan- May | Budget | % of Budget"),
 * the actual about the whole of it on most lines after five months: the budget for those
 * months, not the year's (which the actual would be some five twelfths of).
 */
function budgetOfTheMonthsSpanned(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const actual = drafts.find((d) => d.role === 'ytdActual' && MONTH_RANGE.test(words(d.text).trim()));
  const budgets = drafts.filter((d) => d.role === 'annualBudget');
  if (!actual || budgets.length !== 1 || drafts.some((d) => d.role === 'ytdBudget')) return;
  const budget = budgets[0]!;
  if (budget.year !== null || YEARS_BUDGET_WORDS.test(normaliseHeader(budget.text)) || normaliseHeader(budget.own) !== 'budget') return;
  const span = MONTH_RANGE.exec(words(actual.text).trim())!;
  const monthNumber = (name: string) => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3)) + 1;
  const months = ((monthNumber(span[4]!) - monthNumber(span[1]!) + 12) % 12) + 1;
  if (months > 7) return;
  const a = columnFigures(sheet, actual.col, dataRow);
  const b = columnFigures(sheet, budget.col, dataRow);
  const ratios = a.flatMap((x, i) => (x !== null && b[i] !== null && b[i] !== 0 ? [x / b[i]!] : [])).sort((x, y) => x - y);
  if (ratios.length < 3) return;
  const median = ratios[Math.floor(ratios.length / 2)]!;
  if (median < 0.8 || median > 1.25) return;
  budget.block = 'ytd';
  budget.role = 'ytdBudget';
  budget.why = `the budget for "${actual.own || actual.text}": after ${months} months the actual is about ${Math.round(median * 100)}% of it on most lines, where it would be some ${Math.round((months / 12) * 100)}% of the year's`;
}

/**
 * "Budget Estimates for Next Year 2016-17" beside the current and previous years' estimates and
 * actuals, as an Indian municipality's budget form heads them: the paper sets that year's
 * budget.
 */
function nextYearsEstimates(drafts: ReadonlyArray<Draft>): number | null {
  const next = drafts.filter((d) => d.measure === 'budget' && d.year !== null && NEXT_YEAR.test(normaliseHeader(d.text)));
  return next.length === 1 && drafts.some((d) => CURRENT_YEAR.test(normaliseHeader(d.text))) ? next[0]!.year : null;
}

/**
 * The year's budget at a stage not yet reached, 0 on every line ("2024-2025 Approved" and
 * "Adopted" beside "2024-2025 Proposed", before the committee and the board have acted): the
 * budget is the latest stage of that year with figures in it, the empty stages after it context.
 */
function budgetStageNotYetFilled(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const budget = drafts.find((d) => d.role === 'annualBudget');
  if (!budget || budget.year === null) return;
  const figures = columnFigures(sheet, budget.col, dataRow);
  if (figures.filter((x) => x !== null).length < 3 || figures.some((x) => x !== null && x !== 0)) return;
  const filled = (d: Draft) => columnFigures(sheet, d.col, dataRow).some((x) => x !== null && x !== 0);
  const stage = (d: Draft) => wordsBesideItsYear(d.text);
  const earlier = drafts.filter((d) => d.col < budget.col && d.year === budget.year && d.role === null && !d.period && (d.measure === 'budget' || (d.measure === null && (PROPOSED_BUDGET.test(stage(d)) || BUDGET_STAGES.some((re) => re.test(stage(d)))))) && filled(d));
  const latest = earlier[earlier.length - 1];
  if (!latest) return;
  latest.measure = 'budget';
  latest.block = 'fullYear';
  latest.role = 'annualBudget';
  latest.otherYear = false;
  latest.budgetByStage = true;
  latest.why = `the year's budget as it stands: "${budget.text}", the stage after it, has nothing in it yet (0 on every line)`;
  budget.role = null;
  budget.why = `a stage of the year's budget not yet reached, 0 on every line: context; column ${latest.col + 1} is read`;
}

/**
 * Where every column read is of a year and empty on every line, the latest other year whose
 * figures are filled in; else null.
 */
function latestYearWithFigures(sheet: SheetGrid, drafts: ReadonlyArray<Draft>, dataRow: number): number | null {
  const empty = (d: Draft) => columnFigures(sheet, d.col, dataRow).every((x) => x === null);
  const read = drafts.filter((d) => d.role !== null);
  if (read.length === 0 || !read.every((d) => d.year !== null && empty(d))) return null;
  const years = drafts.filter((d) => d.otherYear && d.year !== null && (d.measure === 'budget' || d.measure === 'actual' || d.measure === 'forecast') && !empty(d)).map((d) => d.year!);
  return years.length ? Math.max(...years) : null;
}

/**
 * No column says forecast, but the sheet's "Variance to Budget" is a column headed otherwise
 * less the year's budget on nearly every line, and not the actual to date less it ("Total FY14"
 * beside "Oct 13 Actuals | Remaining Year"): that column is the year's forecast, and the
 * variance is of it. Read, rather than a forecast run on from the actual to date.
 */
function forecastTheVarianceMeasures(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const budget = drafts.find((d) => d.role === 'annualBudget');
  if (!budget || drafts.some((d) => d.role === 'forecastOutturn' || d.role === 'forecastVariance')) return;
  const variance = drafts.find((d) => d.measure === 'variance' && (d.role === null || d.role === 'ytdVariance') && !d.otherYear && d.block !== 'prior' && d.block !== 'month' && !CHANGE_WORDS.test(normaliseHeader(d.text)));
  if (!variance) return;
  const b = columnFigures(sheet, budget.col, dataRow);
  const v = columnFigures(sheet, variance.col, dataRow);
  const fitsEveryLine = (col: number) => {
    const { lines, fitting } = linesWhere([columnFigures(sheet, col, dataRow), b, v], isTheDifference(0.001));
    return lines >= 3 && fitting >= lines * 0.9;
  };
  const actual = drafts.find((d) => d.role === 'ytdActual');
  if (actual && fitsEveryLine(actual.col)) return;
  // (Its own words name no measure; one carried from a label over other columns says nothing of it.)
  const outturn = drafts.filter((d) => d.role === null && d.own !== '' && measureIn(d.own) === null && d.col < variance.col && !d.period && !d.yearColumn && !d.otherYear).reverse().find((d) => fitsEveryLine(d.col));
  if (!outturn) return;
  outturn.measure = 'forecast';
  outturn.block = 'fullYear';
  outturn.role = 'forecastOutturn';
  outturn.why = `the figure the sheet's own "${variance.own || variance.text}" measures against the year's budget, on every line: the year's forecast`;
  variance.role = 'forecastVariance';
  variance.why = `variance: of "${outturn.own || outturn.text}" against the year's budget`;
}

/**
 * A budget column left without a header ("YTD Income | (blank) | Remaining due"): where the
 * Remaining column is a blank-headed column less the actual to date on nearly every line, that
 * column is the year's budget.
 */
function budgetUnderBlankHeader(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  if (drafts.some((d) => d.measure === 'budget' && d.role)) return;
  const actual = drafts.find((d) => d.role === 'ytdActual');
  const remaining = drafts.find((d) => d.measure === 'remaining');
  if (actual && !remaining) budgetTheVarianceMeasures(sheet, drafts, dataRow, actual);
  if (!actual || !remaining) return;
  const a = columnFigures(sheet, actual.col, dataRow);
  const rem = columnFigures(sheet, remaining.col, dataRow);
  const lo = Math.min(actual.col, remaining.col);
  const hi = Math.max(actual.col, remaining.col);
  for (let col = lo + 1; col < hi; col++) {
    if (drafts.some((d) => d.col === col)) continue;
    const { lines, fitting } = linesWhere([columnFigures(sheet, col, dataRow), a, rem], (x, actualToDate, left) => Math.abs(x! - actualToDate! - left!) <= 1);
    if (lines >= 2 && fitting >= lines * 0.8) {
      drafts.push({ col, text: '', own: '', measure: 'budget', block: 'fullYear', year: null, role: 'annualBudget', why: 'no header; Remaining is it less the actual to date on every line, so it is the year\'s budget' });
      drafts.sort((p, q) => p.col - q.col);
      return;
    }
  }
}

/**
 * A statement as at a date ("Cash Flow Statement as at March 31, 2014") whose first figures,
 * straight beside the names, have no heading of their own (none, or "Total" alone, as the text
 * of a PDF can lose it), before the year's forecast and its budget: where every line's figure
 * is a part of its forecast (the same sign, no larger) and most are less, it is the actual to
 * the date the statement is at. (A column that is anything else, last year's outturn or a
 * figure of its own, goes over the forecast on some line, and is left unread.)
 */
function actualToTheStatedDate(sheet: SheetGrid, drafts: Draft[], headerTop: number, dataRow: number): void {
  if (drafts.some((d) => d.role === 'ytdActual' || d.role === 'ytdBudget')) return;
  const forecast = drafts.find((d) => d.role === 'forecastOutturn');
  if (!forecast || !drafts.some((d) => d.role === 'annualBudget')) return;
  if (drafts.some((d) => d.measure !== null && d.col < forecast.col)) return;
  const col = forecast.col - 1;
  const unheaded = drafts.find((d) => d.col === col);
  if (unheaded && (unheaded.measure !== null || unheaded.role !== null || !NO_HEADING_OF_ITS_OWN.test(words(unheaded.own).trim()))) return;
  // (Beside them but for an empty spacer column, as a sheet laid out for print keeps one.)
  let names = col - 1;
  while (names > 0 && columnFigures(sheet, names, dataRow).every((x) => x === null) && !holdsNames(sheet, names, dataRow)) names--;
  if (names < 0 || !holdsNames(sheet, names, dataRow)) return;
  const statement = linesAboveTheHeader(sheet, headerTop).find((line) => STATEMENT_AS_AT_A_DATE.test(line));
  if (statement === undefined) return;
  const figures = columnFigures(sheet, col, dataRow);
  const forecasts = columnFigures(sheet, forecast.col, dataRow);
  const part = linesWhere([figures, forecasts], (x, year) => x * year >= 0 && Math.abs(x) <= Math.abs(year));
  const less = linesWhere([figures, forecasts], (x, year) => Math.abs(x) < Math.abs(year));
  if (part.lines < 3 || part.fitting < part.lines || less.fitting * 2 < less.lines) return;
  const why = `no heading of its own; under "${statement}", every line's figure a part of its forecast: the actual to that date`;
  if (unheaded) Object.assign(unheaded, { measure: 'actual', block: 'ytd', role: 'ytdActual', why });
  else {
    drafts.push({ col, text: '', own: '', measure: 'actual', block: 'ytd', year: null, role: 'ytdActual', why });
    drafts.sort((p, q) => p.col - q.col);
  }
}

/** The texts of the few rows over a header, nearest first: its table's title and the sheet's. */
function linesAboveTheHeader(sheet: SheetGrid, headerTop: number): string[] {
  const lines: string[] = [];
  for (let r = headerTop - 1; r >= Math.max(0, headerTop - 8); r--) {
    for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && v.trim() !== '') lines.push(v.trim().replace(/\s+/g, ' '));
  }
  return lines;
}

/**
 * A forecast column blank on most lines that have an actual is not the year's outturn (an
 * outturn has a figure for every line) but the amount still to come: "Projected" beside
 * "Actual" in a parish budget. It is not read, rather than read as the year's figure.
 */
function dropPartialOutturn(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const forecast = drafts.find((d) => d.role === 'forecastOutturn');
  const actual = drafts.find((d) => d.role === 'ytdActual');
  if (!forecast || !actual) return;
  const actuals = columnFigures(sheet, actual.col, dataRow);
  const forecasts = columnFigures(sheet, forecast.col, dataRow);
  let withActual = 0;
  let blankForecast = 0;
  actuals.forEach((a, i) => {
    if (a === null || a === 0) return;
    withActual++;
    if (forecasts[i] === null) blankForecast++;
  });
  // (Not a forecast of the totals alone, "Year-End Projection" filled on "Revenue Total",
  // "Expenditures Total" and the surplus: every line with both figures is named as a sum.)
  const sumsOnly = withActual > blankForecast && actuals.every((a, i) => a === null || a === 0 || forecasts[i] === null || namedAsSum(rowName(sheet, dataRow + i, actual.col)));
  if (withActual >= 3 && blankForecast >= withActual * 0.6 && !sumsOnly) {
    forecast.role = null;
    forecast.why += `: blank on ${blankForecast} of ${withActual} lines that have an actual, so it is what is still to come, not the year's outturn`;
  }
}

/** The first words on a row left of a column: the line's name, before the label column is settled. */
function rowName(sheet: SheetGrid, row: number, before: number): string {
  for (let c = 0; c < before; c++) {
    const t = cellText(sheet, row, c);
    if (t && !looksNumeric(t)) return t;
  }
  return '';
}

/** A line's name that says it adds up or nets others: "Revenue Total", "Gross Surplus/(Deficit)". */
function namedAsSum(name: string): boolean {
  return TOTAL_LABEL.test(name) || SUBTOTAL_LABEL.test(name) || YEAR_RESULT_LABEL.test(name);
}

/** A unit at the end of a header ("Gross Expenditure £m", "Income Applied £000", "Spend (£million)"). */
const UNIT_ALONE_WORDS = /\s*\(?\s*(?:£|\$|€)\s*(?:m|k|bn|millions?|000s?|'000s?)?\s*\)?\s*$|\s*\(\s*\)\s*$/i;
/** A column's own words as a net's part is named: no unit. */
const partName = (d: Draft) => words(d.own || d.text).replace(UNIT_ALONE_WORDS, ' ').trim();
/** A block's gross or its income, as a net's parts are headed. */
const isGrossOrIncome = (d: Draft) => GROSS_PART.test(partName(d)) || INCOME_PART.test(partName(d));

/**
 * "Expenditure | Income | Budget Net Expenditure 2017": a bare "Expenditure" (or "Income") whose
 * figures less another column's are the net budget beside it on every line is that budget's
 * gross side, not an actual.
 */
function grossOfTheNet(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  // The net a budget, or the outturn ("Gross Expenditure | Income Applied | Outturn | Budget").
  for (const net of drafts.filter((d) => d.role === 'annualBudget' || d.role === 'ytdBudget' || d.role === 'forecastOutturn')) grossOf(sheet, drafts, dataRow, net);
}

function grossOf(sheet: SheetGrid, drafts: Draft[], dataRow: number, net: Draft): void {
  const netFigures = columnFigures(sheet, net.col, dataRow);
  for (const gross of drafts) {
    if (gross === net || (gross.role !== 'ytdActual' && gross.role !== 'forecastOutturn') || !isGrossOrIncome(gross)) continue;
    const g = columnFigures(sheet, gross.col, dataRow);
    const other = drafts.find((d) => d !== gross && d !== net && d.role === null && isGrossOrIncome(d) && (() => {
      const { lines, fitting } = linesWhere([g, columnFigures(sheet, d.col, dataRow), netFigures], (a, b, n) => Math.abs(a - b - n) <= 1);
      return lines >= 3 && fitting >= lines * 0.9;
    })());
    if (!other) continue;
    gross.role = null;
    gross.why = `the gross side of "${net.text}", which is it less "${other.own}" on every line: not an actual`;
    // (A budget read as to date only for the actual beside it, now none: the year's, net of its
    // income, "Spend | Income | Budget" on a council tax page.)
    if (net.role === 'ytdBudget' && !drafts.some((d) => d.role === 'ytdActual' || d.role === 'forecastOutturn')) {
      net.role = 'annualBudget';
      net.block = 'fullYear';
      net.why = `the year's budget: "${gross.own || gross.text}" less "${other.own}" on every line, with no actual beside it`;
    }
  }
}

/**
 * An "actual" the same as the forecast beside it on every line, in a year not over ("Total
 * Actuals" adding in the months still forecast, beside "Total Forecast"): the year's figure,
 * not the actual to date, which would otherwise be graded as the whole year already spent.
 */
function actualThatIsTheForecast(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const actual = drafts.find((d) => d.role === 'ytdActual');
  const forecast = drafts.find((d) => d.role === 'forecastOutturn');
  if (!actual || !forecast || namesYearEnd(actual.text) || !drafts.some((d) => d.period !== undefined && d.measure === 'actual')) return;
  const a = columnFigures(sheet, actual.col, dataRow);
  const f = columnFigures(sheet, forecast.col, dataRow);
  const { lines, fitting } = linesWhere([a, f], (x, y) => Math.abs(x - y) <= 0.005);
  const spent = linesWhere([a], (x) => x !== 0).fitting;
  if (spent < 3 || fitting < lines * 0.9) return;
  actual.role = null;
  actual.why = `the same as "${forecast.own || forecast.text}" on every line, month columns beside it still to come: the year's figure, not the actual to date`;
}

/**
 * Actual columns of which one adds up the others on every line ("Actual Spend to June 2016 |
 * Actual Spend July 16 to Dec 16 | Year 1 Actual"): that one is the actual, the others its parts.
 */
function actualOfTheParts(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const actuals = drafts.filter((d) => d.measure === 'actual' && !d.otherYear && d.period === undefined && d.block !== 'month');
  if (actuals.length === 1 && actuals[0]!.role === 'ytdActual') netOfTheActual(sheet, drafts, dataRow, actuals[0]!);
  if (actuals.length < 3) return;
  const figures = new Map(actuals.map((d) => [d, columnFigures(sheet, d.col, dataRow)] as const));
  for (const total of actuals) {
    // Printed after its parts, as a sum is (a gross block left of its income and net is no sum);
    // an actual after it is another's, last year's to the same date ("1st Q | 2nd Q | Total to
    // date | last year's 2nd Q", each "Actual Expenditure").
    const parts = actuals.filter((d) => d.col < total.col);
    const after = actuals.some((d) => d.col > total.col);
    if (parts.length < 2 || (after && !parts.every((d) => words(d.own) === words(total.own)))) continue;
    const { lines, fitting } = linesWhere([figures.get(total)!, ...parts.map((d) => figures.get(d)!)], (t, ...xs) => Math.abs(t - xs.reduce((a, b) => a + b, 0)) <= Math.max(1, Math.abs(t) * 1e-6));
    if (lines < 3 || fitting < lines * 0.9) continue;
    total.role = 'ytdActual';
    total.why = `the actual: the sum of ${parts.map((d) => `"${d.own || d.text}"`).join(' and ')} on every line`;
    for (const d of parts) {
      d.role = null;
      d.why = `a part of "${total.own || total.text}", which adds the parts up: context only`;
    }
    return;
  }
}

/**
 * "PREVIOUS ALLOTMENT | ALLOTMENT FOR THE MONTH | TOTAL ALLOTMENT FOR THE MONTH": the budget
 * released before this month and this month's, then a column that is their sum on every line,
 * is the budget released to date, whatever its own words say (a status of appropriations prints
 * "for the month" over the cumulative total too). The parts are context; the year's budget is
 * read from the columns left of them where one of those was put aside for a part.
 */
function budgetToDateOfTheParts(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  if (drafts.some((d) => d.role === 'ytdBudget')) return;
  const budgets = drafts.filter((d) => d.measure === 'budget' && !d.otherYear && d.period === undefined && d.month === undefined);
  const at = new Map(budgets.map((d) => [d.col, d] as const));
  for (const total of budgets) {
    const earlier = at.get(total.col - 2);
    const month = at.get(total.col - 1);
    if (!earlier || !month || month.block !== 'month' || earlier.block === 'month' || earlier.block === 'fullYear' || earlier.block === 'ytd' || earlier.year !== null) continue;
    const [t, e, m] = [total, earlier, month].map((d) => columnFigures(sheet, d.col, dataRow));
    const { lines, fitting } = linesWhere([t!, e!, m!], (a, b, c) => Math.abs(a - (b + c)) <= Math.max(0.01, Math.abs(a) * 1e-6));
    // (On lines with something in them: a line of noughts fits any sum.)
    const { lines: filled } = linesWhere([t!.map((x) => (x === 0 ? null : x))], () => true);
    if (lines < 3 || fitting < lines * 0.9 || filled < 3) continue;
    const yearsBudget = earlier.role === 'annualBudget' || month.role === 'annualBudget' || total.role === 'annualBudget';
    total.block = 'ytd';
    total.role = 'ytdBudget';
    total.why = `the budget to date: the sum of "${earlier.text}" and "${month.text}" on every line`;
    for (const d of [earlier, month]) {
      d.role = null;
      d.why = `a part of "${total.own || total.text}", which adds the parts up: context only`;
    }
    // (The year's budget put aside for what is now a part: the one left of the parts read instead.)
    if (yearsBudget && !drafts.some((d) => d.role === 'annualBudget')) {
      const left = budgets.filter((d) => d.col < earlier.col && d.block !== 'month' && d.block !== 'ytd' && /a second annualBudget column/.test(d.why));
      const year = left.find((d) => d.block === 'fullYear') ?? left[0];
      if (year) {
        year.role = 'annualBudget';
        year.why = year.why.replace(/: a second annualBudget column; column \d+ is read/, '');
      }
    }
    return;
  }
}

/**
 * "Gross Income | Expenses | Net Income/ Expense" beside one budget of the net (a PTA's
 * fundraisers, budgeted net of their costs): the expenses, read as the actual by their word, are
 * a part; the column straight after them naming a net, on every line the gross plus the
 * expenses (printed negative), is the actual the budget is set against.
 */
function netOfTheActual(sheet: SheetGrid, drafts: Draft[], dataRow: number, actual: Draft): void {
  // (By the whole heading, its lines above too: "Gross" over "Income".)
  const net = drafts.find((d) => d.col === actual.col + 1 && d.measure === null && /(^|\s)net\b/.test(words(d.text)));
  const gross = drafts.find((d) => d.col === actual.col - 1 && d.measure === null && /(^|\s)gross\b/.test(words(d.text)));
  if (!net || !gross) return;
  const [t, g, e] = [net, gross, actual].map((d) => columnFigures(sheet, d.col, dataRow));
  const { lines, fitting } = linesWhere([t!, g!, e!], (total, a, b) => Math.abs(total - (a + b)) <= Math.max(0.01, Math.abs(total) * 1e-6));
  if (lines < 3 || fitting < lines * 0.9) return;
  net.measure = 'actual';
  net.role = 'ytdActual';
  net.why = `the actual: the net of "${gross.own || gross.text}" and "${actual.own || actual.text}" on every line`;
  actual.role = null;
  actual.why = `a part of "${net.own || net.text}", the net actual: context only`;
}

/**
 * "Gross Expenditure | Income | Net Spending" (a council's spending by service, no measure named
 * but spending): a column naming a net straight after a gross and an income, on most lines the
 * gross less the income (printed either sign), is the figure the table gives; the gross, read
 * as spending by its word, is a part of it, as the income is. (Most lines, not every one: a
 * leaflet's rounded figures need not add, but the words and the columns' order say it.)
 */
function netAfterGrossAndIncome(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  for (const net of drafts) {
    if (net.measure !== null || !/^net\b/.test(partName(net))) continue;
    const gross = drafts.find((d) => d.col === net.col - 2 && d.role === 'ytdActual' && GROSS_PART.test(partName(d)));
    const income = drafts.find((d) => d.col === net.col - 1 && d.role === null && INCOME_PART.test(partName(d)));
    if (!gross || !income) continue;
    const [n, g, i] = [net, gross, income].map((d) => columnFigures(sheet, d.col, dataRow));
    const { lines, fitting } = linesWhere([n!, g!, i!], (a, b, c) => Math.abs(a - (b - Math.abs(c))) <= Math.max(0.01, Math.abs(a) * 0.001));
    if (lines < 3 || fitting < lines / 2) continue;
    net.measure = 'actual';
    net.role = 'ytdActual';
    net.why = `the net of "${gross.own || gross.text}" less "${income.own || income.text}"`;
    gross.role = null;
    gross.why = `a part of "${net.own || net.text}", the net: context only`;
  }
}

/**
 * An actual column with nothing in it but dashes ("Year to Date" over "-" on every line, in a
 * budget set before the year began): no actuals yet. Read as nil, every line would be all
 * underspent.
 */
/**
 * A share headed as one under a block that names a measure ("Forecast for year 2006-07" over
 * "Surplus/deficit £000s | % of forecast turnover"): a percentage of something, never the money
 * the block names.
 */
function shareIsNoMoney(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.role === null || d.measure === 'percentSpent' || d.measure === 'variancePct' || !/^(%|per ?cent(age)?\b)/.test(normaliseHeader(d.own))) continue;
    d.role = null;
    d.why = `a share, "${d.own}": a percentage, not money, context only`;
  }
}

function dropUnfilledActual(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const actual = drafts.find((d) => d.role === 'ytdActual');
  if (!actual) return;
  let dashes = 0;
  for (let r = dataRow; r < Math.min(sheet.values.length, dataRow + 40); r++) {
    const v = cellValue(sheet, r, actual.col);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v === 'string' && /^[-–—]$/.test(v.trim())) dashes++;
    else return;
  }
  if (dashes >= 3) {
    actual.role = null;
    actual.why += ': only dashes under it, no actuals yet';
  }
}

/**
 * A "year's budget" smaller than the budget to date on nearly every line cannot be the year's:
 * it is a month's or a quarter's, whatever its header was read as. Left unread, rather than
 * every line's forecast variance worked out against it.
 */
function dropYearsBudgetBelowToDate(sheet: SheetGrid, drafts: Draft[], dataRow: number): void {
  const year = drafts.find((d) => d.role === 'annualBudget');
  const toDate = drafts.find((d) => d.role === 'ytdBudget');
  if (!year || !toDate) return;
  const a = columnFigures(sheet, year.col, dataRow);
  const b = columnFigures(sheet, toDate.col, dataRow);
  // (Counted over the lines where both are filled in, so the count is of the lines compared.)
  const { fitting } = linesWhere([a, b], (annual, ytd) => annual !== 0 && ytd !== 0 && Math.abs(annual) < Math.abs(ytd) * 0.98);
  const compared = linesWhere([a, b], (annual, ytd) => annual !== 0 && ytd !== 0).fitting;
  if (compared < 3 || fitting < compared * 0.8) return;
  year.role = null;
  year.why += `: below the budget to date ("${toDate.own || toDate.text}") on ${fitting} of ${compared} lines, so not the year's budget`;
}

function isBudgetHeader(drafts: Draft[]): boolean {
  const roles = drafts.filter((d) => d.role);
  const amounts = roles.filter((d) => AMOUNT_MEASURE_ROLES.has(d.role!));
  // A variance beside a forecast alone says nothing it is measured against: a list of the
  // variances of note ("Overspend to 31 July | Forecast Outturn at 31 March") often heads its
  // forecast variance as the outturn. A budget or an actual makes it a budget table.
  const againstSomething = amounts.some((d) => d.role !== 'forecastOutturn');
  return amounts.length >= 2 || (amounts.length >= 1 && againstSomething && roles.length >= 2) || isBudgetOnly(drafts);
}

/**
 * A budget set for the year with no actuals beside it ("Budget for 2019/20"), as parish and
 * town councils publish: its lines, subtotals and totals are still worth checking. Only a
 * budget that names its year, or says it is the year's, is taken alone; and actuals alone only
 * where the line over them says so (`monthsOfAPlan`).
 */
function isBudgetOnly(drafts: Draft[]): boolean {
  const roles = drafts.filter((d) => d.role);
  const only = roles[0];
  // A heading, not a sentence that mentions a budget ("Expenditure showing significant …").
  // "Target" or "Plan" alone heads performance indicators as often as money: a budget taken
  // alone says budget.
  if (roles.length === 1 && only!.role === 'ytdActual' && only!.actualByTitle) return true;
  if (roles.length !== 1 || only!.role !== 'annualBudget') return false;
  if (only!.budgetByTitle || only!.budgetByStage) return true;
  // A plan headed with its year beside an earlier year's actual ("2024 Actual | 2025 Planned"):
  // the next year's budget, the actual its context. (A plan alone, or beside its own year's
  // actual, heads performance indicators as often as money.)
  // (Or "Bud" under its year beside earlier years' "Act": a church treasurer's "2012 Act | 2013 Act | 2014 Bud";
  // or an interim report's revision beside last year's actuals, "Unaudited Actuals 2019-20 | 1st Interim 2020-21".)
  if (only!.year !== null && /\b(plan(ned)?|bud|interim)\b/.test(normaliseHeader(only!.text)) && drafts.some((d) => d.measure === 'actual' && d.year !== null && d.year < only!.year!)) return true;
  // Each line's year stated beside it ("Budget Amount | ... | Budget Year"): the year's budget.
  if (drafts.some((d) => d.yearColumn) && BUDGET_ALONE.test(only!.text)) return true;
  // (As a machine's field name writes it too, "_ordinance_amount_".)
  return (only!.year !== null || only!.block === 'fullYear') && only!.text.split(/\s+/).length <= 6 && (BUDGET_ALONE.test(only!.text) || BUDGET_ALONE.test(normaliseHeader(only!.text)));
}

/** Columns a reading understands: read as figures, or known to be context (last year's, in-month). */
function assignedCount(drafts: Draft[]): number {
  return drafts.filter((d) => d.role || d.why.includes('context only')).length;
}

/**
 * The budget header whose last row of measures is `row`: on its own, or under up to four rows
 * of block labels or wrapped header words, with a row of units under it where there is one.
 * Keeps whichever reading names the most columns.
 */
export function budgetHeaderAt(sheet: SheetGrid, row: number, onRefusal?: (refusal: HeaderRefusal) => void, context: HeaderContext = {}): BudgetHeader | null {
  const list = budgetListUnder(sheet, row);
  if (list) return list;
  // A row of units belongs to the header above it; it never names the measures itself.
  if (!(mayBeHeaderRow(sheet, row) || isLoneBudgetHeading(sheet, row) || isLoneYearOverAnAccount(sheet, row)) || isUnitsRow(sheet, row)) return null;
  const wrapRow = isWrappedHeaderLine(sheet, row, row + 1) ? row + 1 : null;
  let lastWords = wrapRow ?? row;
  // Rows of the columns' keys ("a | b | c=a-b | b/a") belong to the header.
  const keyRows: number[] = [];
  while (isColumnKeyRow(sheet, lastWords + 1)) keyRows.push(++lastWords);
  const unitRow = isUnitsRow(sheet, lastWords + 1) ? lastWords + 1 : null;
  // The columns' numbers printed under the header and its units ("(1) | (2) | (3) | (5)"): the header's, not a line.
  const numbersRow = isColumnNumbersRow(sheet, (unitRow ?? lastWords) + 1) ? (unitRow ?? lastWords) + 1 : null;
  const lastHeaderRow = numbersRow ?? unitRow ?? lastWords;
  const width = Math.max(rowWidth(sheet, row), ...[1, 2, 3, 4].map((k) => rowWidth(sheet, row - k)), unitRow !== null ? rowWidth(sheet, unitRow) : 0);
  const single = draftColumns(sheet, [row], unitRow, width, 0, wrapRow, lastHeaderRow);
  // (Counted from the sheet's first used column: blank columns left of everything move nothing.)
  const secondCol = firstUsedColumn(sheet) + 1;
  const firstMeasured = single.find((d) => d.measure)?.col ?? secondCol;
  // A label above that names a measure itself ("Actual 2017" over the college's, the schools'
  // and the museum's columns and their "Total") stands over the columns from where it starts.
  const firstCol = Math.max(secondCol, Math.min(firstMeasured, firstMeasureLabelAbove(sheet, row, firstMeasured)));
  let best = single;
  let stack = [row];
  const agreement = varianceAgreement(sheet, lastHeaderRow + 1);
  const netOf = netBlock(sheet, lastHeaderRow + 1);
  settleRoles(best, context, agreement, netOf);
  for (const above of [1, 2, 3, 4]) {
    const top = row - above;
    if (top < 0) break;
    // A blank row inside a header ("2009/2010" over a blank over "Budget") is spacing; the
    // header ends at a blank row only where nothing stands above it.
    if (isBlankRow(sheet, top)) continue;
    let allGroups = true;
    for (let g = top; g < row; g++) if (!isBlankRow(sheet, g) && !isGroupRow(sheet, g, firstCol)) allGroups = false;
    if (!allGroups) break;
    const rows = [];
    for (let g = top; g <= row; g++) if (!isBlankRow(sheet, g)) rows.push(g);
    const drafts = draftColumns(sheet, rows, unitRow, width, firstCol, wrapRow, lastHeaderRow);
    settleRoles(drafts, context, agreement, netOf);
    // A first row of block labels is taken where it stands over the figures; each further row
    // only where it names more columns or more of their blocks (not a title's "2012/13 Month: 8").
    const labelsFigures = stack.length === 1 && drafts.some((d) => d.role && d.text !== d.own && d.own !== '');
    // (Naming more columns' measures breaks a tie: "Budgeted Amounts" over "Original | Final" and
    // "Variance with" over "Final Budget", where the shorter stack took the variance for the budget.)
    const namesMore = drafts.filter((d) => d.measure).length > best.filter((d) => d.measure).length;
    // (Or dating every column that names a measure, where the shorter stack left one undated:
    // "2024" over "ORIGINAL | BUDGET" beside "2023 ACTUAL" and "BUDGET 2025".)
    const datesEvery = (ds: Draft[]) => ds.some((d) => d.measure) && ds.every((d) => !d.measure || d.year !== null);
    if (assignedCount(drafts) > assignedCount(best) || (assignedCount(drafts) === assignedCount(best) && (moreSpecific(drafts, best) || labelsFigures || datesMoreColumns(sheet, rows, drafts, best) || namesMore || (datesEvery(drafts) && !datesEvery(best))))) {
      best = drafts;
      stack = rows;
    }
  }
  // The year read has nothing in it on any line ("2020-2021 PLANNED" left blank beside a filled
  // "2019-20 PLANNED"): the latest year with figures is the one the table reports.
  const filled = latestYearWithFigures(sheet, best, lastHeaderRow + 1);
  if (filled !== null) {
    best = draftColumns(sheet, stack, unitRow, width, firstCol, wrapRow, lastHeaderRow);
    settleRoles(best, { ...context, budgetYear: filled }, agreement, netOf);
  }
  const headerRows = [...stack, ...(wrapRow !== null ? [wrapRow] : []), ...keyRows, ...(unitRow !== null ? [unitRow] : []), ...(numbersRow !== null ? [numbersRow] : [])];
  dropPartialOutturn(sheet, best, headerRows[headerRows.length - 1]! + 1);
  shareIsNoMoney(best);
  dropUnfilledActual(sheet, best, headerRows[headerRows.length - 1]! + 1);
  budgetStageNotYetFilled(sheet, best, headerRows[headerRows.length - 1]! + 1);
  dropYearsBudgetBelowToDate(sheet, best, headerRows[headerRows.length - 1]! + 1);
  netAfterGrossAndIncome(sheet, best, headerRows[headerRows.length - 1]! + 1);
  grossOfTheNet(sheet, best, headerRows[headerRows.length - 1]! + 1);
  actualOfTheParts(sheet, best, headerRows[headerRows.length - 1]! + 1);
  budgetToDateOfTheParts(sheet, best, headerRows[headerRows.length - 1]! + 1);
  if (!context.yearEnd) actualThatIsTheForecast(sheet, best, headerRows[headerRows.length - 1]! + 1);
  monthlyBudgetsAndActuals(sheet, best, headerRows[0]!, (col) => columnFigures(sheet, col, headerRows[headerRows.length - 1]! + 1));
  monthsAddedToDate(sheet, best, headerRows[0]!, measureIn);
  totalOfTheMonthsIsNoBudget(sheet, best, headerRows[headerRows.length - 1]! + 1);
  loneEstimateAsBudget(best);
  budgetUnderBlankHeader(sheet, best, headerRows[headerRows.length - 1]! + 1);
  forecastTheVarianceMeasures(sheet, best, headerRows[headerRows.length - 1]! + 1);
  actualToTheStatedDate(sheet, best, headerRows[0]!, headerRows[headerRows.length - 1]! + 1);
  budgetOfTheMonthsSpanned(sheet, best, headerRows[headerRows.length - 1]! + 1);
  yearlyUnderABudgetTitle(best, context);
  budgetToDateProposed(best, context);
  remainingOfTheBudget(sheet, best, headerRows[headerRows.length - 1]! + 1);
  shareOfTheBudget(sheet, best, headerRows[headerRows.length - 1]! + 1);
  surplusOfTheFlows(sheet, best, headerRows[headerRows.length - 1]! + 1);
  const refuse = (reason: string) => {
    // Only a row that names some budget word is worth explaining.
    if (onRefusal && best.some((d) => d.measure)) onRefusal({ headerRows, reason, readings: best.map(readingOf) });
    return null;
  };
  monthsOfAPlan(sheet, headerRows[0]!, best);
  if (!best.some((d) => d.role) || loneCost(best)) amountUnderBudgetTitle(sheet, row, best);
  if (!best.some((d) => d.role)) amountBesideBudgetHeadings(sheet, row, best, lastHeaderRow + 1);
  loneBudgetUnderItsYear(sheet, headerRows[0]!, best);
  if (!isBudgetHeader(best)) expenditureComingToABudget(sheet, best, lastHeaderRow, context.spendingPlan === true);
  if (!isBudgetHeader(best)) budgetStatedAbove(sheet, headerRows[0]!, best, lastHeaderRow + 1);
  if (!isBudgetHeader(best)) {
    // (Its headings printed a column left of their figures, the first over the names: read as
    // the page meant them, where that reads a table; see headingsOneColumnLeft.)
    const namesCol = headingsOneColumnLeft(sheet, row, lastHeaderRow + 1);
    const moved = namesCol === null ? null : readWithHeadingsMovedRight(sheet, row, headerRows, namesCol, undefined, context);
    if (moved) return moved;
    return refuse(tooFewFigures(best));
  }
  // The row itself names none of the figures read, all of whose words stand above it: a first
  // line under the header ("External audit | 0 | Reviewed with the budget holder."), not a header row.
  // (A word left of the figures, "ADOPTED" under "Account Number" beside a section's name, heads
  // the lines below it, not a figure.)
  if (stack.length > 1 && !best.some((d) => d.col >= firstCol && d.own !== '' && !looksNumeric(d.own) && (d.measure !== null || d.period !== undefined))) return null;
  // A header row must be mostly words: a line of figures that happens to hold "Budget" is not one.
  let numbers = 0;
  // (A year saved as a number, "2023" under "FISCAL YEAR TO DATE", heads its column.)
  for (let c = 0; c < rowWidth(sheet, row); c++) if (typeof cellValue(sheet, row, c) === 'number' && !isYearNumber(cellValue(sheet, row, c))) numbers++;
  const assigned = best.filter((d) => d.role);
  if (numbers > assigned.length) return refuse(`it holds ${numbers} numbers and names only ${assigned.length} figure columns, so it reads as a line of figures, not a header`);
  const dataRow = headerRows[headerRows.length - 1]! + 1;
  const measured = new Set(best.filter((d) => d.measure).map((d) => d.col));
  const found = findLabelColumn(sheet, headerRows, dataRow, measured, Math.max(...assigned.map((d) => d.col)));
  if (!found) return refuse('no column left of the figures holds the names of the lines');
  const { labelCol, codeCol, codesInLabels, sectionCol, rowNumberCol, descriptionCol } = found;
  // The names under a heading that names a measure ("Current Month Actual"), and figures under
  // no heading at the right: every heading stands one column left of its figures, as a page
  // saved without its empty corner cell prints them. Reading it would put each figure under
  // the wrong measure.
  const labelHeading = cellText(sheet, row, labelCol);
  const lastHeading = Math.max(...best.map((d) => d.col));
  if (labelHeading && !isLabelHeader(labelHeading) && measureIn(labelHeading) !== null && !cellText(sheet, row, lastHeading + 1) && (figuresBelow(sheet, dataRow, lastHeading + 1) || holdsPercentages(sheet, lastHeading + 1, dataRow, untilBlankRow(sheet, dataRow)))) {
    // So each heading is read over the figures one column right of it, as the page meant them.
    const read = readWithHeadingsMovedRight(sheet, row, headerRows, labelCol, onRefusal, context);
    if (read) return read;
    return refuse(`its headings stand one column left of their figures: "${labelHeading}" is over the names of the lines, and the figures at the right have no heading; name the columns in the config`);
  }
  const columns: ColumnAssignment<BudgetRole>[] = [
    { role: 'label', col: labelCol, header: headerRows.map((r) => cellText(sheet, r, labelCol)).filter(Boolean).join(' ') },
    ...assigned.map((d) => ({ role: d.role!, col: d.col, header: d.text, ...(d.adds ? { adds: d.adds } : {}) })),
  ];
  return { kind: 'budget', headerRows, labelCol, codeCol, codesInLabels, ...(sectionCol !== undefined ? { sectionCol } : {}), ...(rowNumberCol !== undefined ? { rowNumberCol } : {}), ...(descriptionCol !== undefined ? { descriptionCol } : {}), columns, readings: best.map(readingOf) };
}

/**
 * The header read with each heading over the figures one column right of it, its readings
 * saying so; null where that reads no budget table either. (Once: moved, the names' column has
 * no heading, so the heading over the names that asked for it is gone.)
 */
function readWithHeadingsMovedRight(sheet: SheetGrid, row: number, headerRows: ReadonlyArray<number>, labelCol: number, onRefusal: ((refusal: HeaderRefusal) => void) | undefined, context: HeaderContext): BudgetHeader | null {
  const read = budgetHeaderAt(headingsMovedRight(sheet, headerRows, labelCol), row, onRefusal, context);
  if (!read) return null;
  const why = (col: number) => `(its heading printed one column left, over column ${columnLetter(col - 1)}, as a page saved without its empty corner cell prints it)`;
  return { ...read, readings: read.readings.map((x) => (x.role ? { ...x, why: `${x.why} ${why(x.col)}` } : x)) };
}

/**
 * The sheet with its header rows' cells from the names' column on each moved one column right
 * (a code's heading left of the names stays): headings printed one column left of their
 * figures, as a page saved without its empty corner cell prints them.
 */
function headingsMovedRight(sheet: SheetGrid, headerRows: ReadonlyArray<number>, labelCol: number): SheetGrid {
  const moved = new Set(headerRows);
  return { ...sheet, values: sheet.values.map((cells, r) => (cells && moved.has(r) ? [...cells.slice(0, labelCol), null, ...cells.slice(labelCol)] : cells)) };
}

/**
 * "Type | Amount" under a title that says budget ("Where the budget comes from", on a page headed
 * "Budget" that states its year): the amount is the year's budget, as town councils publish it.
 */
function amountUnderBudgetTitle(sheet: SheetGrid, row: number, drafts: Draft[]): void {
  const cost = loneCost(drafts) ?? netOfVat(sheet, row, drafts);
  const amounts = cost ? [cost] : drafts.filter((d) => d.measure === null && AMOUNT_HEADER.test(words(d.own).trim()));
  if (amounts.length !== 1) return;
  let title: string | null = null;
  let titleRow = row;
  const titleAt = (r: number) => {
    // (Its credit set at the right of the same row, "Prepared by Financial Controller …", is no part of it.)
    const texts = (sheet.values[r] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '' && !DOCUMENT_CREDIT.test(v.trim()));
    if (texts.length === 1 && texts[0]!.split(/\s+/).length <= 8 && BUDGET_LIST_TITLE.test(texts[0]!)) [title, titleRow] = [texts[0]!.trim(), r];
  };
  for (let r = row - 1; r >= Math.max(0, row - 4) && title === null; r--) titleAt(r);
  // (Or the title over the table just above it, headed alike, "Item | Requested Amount" over
  // "Item | Minimum Request Amount": both under "Approximate Budget".)
  const first = firstUsedColumn(sheet);
  const headedAlike = (r: number) => cellText(sheet, r, first) !== '' && cellText(sheet, r, first).toLowerCase() === cellText(sheet, row, first).toLowerCase() && (sheet.values[r] ?? []).some((v) => typeof v === 'string' && AMOUNT_HEADER.test(words(v).trim()));
  const above = title === null ? Array.from({ length: 15 }, (_x, k) => row - 2 - k).find((r) => r >= 0 && headedAlike(r)) : undefined;
  for (let r = (above ?? 0) - 1; above !== undefined && r >= Math.max(0, above - 4) && title === null; r--) titleAt(r);
  // (Or the document's own title at the top of the sheet, its name and date between: a
  // proposal's "Budget" over "Group name: | .Layer", "Date: | 2019-01-30".)
  for (const r of topRows(sheet, 8)) if (title === null && r < row) titleAt(r);
  // Or, with no title, the sheet's name ("DOI-20-budget", a grant's budget saved as a file of
  // its own): its lines' amounts, for no year in particular.
  const bySheetName = title === null && /\bbudgets?\b/i.test(nameAsTitle(sheet).replace(/[_-]+/g, ' '));
  if (title === null && !bySheetName) return;
  // The year it is for, in the title or stated near the top of the sheet.
  let year = title !== null ? yearIn(title) : null;
  // (Or near the top, between the title and the header, or in the header: "Quarter (2019)".)
  const near = new Set([...topRows(sheet, 8), ...Array.from({ length: Math.max(0, row - titleRow + 1) }, (_x, i) => titleRow + i)]);
  for (const r of near) {
    for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && year === null) year = yearIn(v);
  }
  if (year === null && !bySheetName) return;
  title ??= nameAsTitle(sheet);
  const amount = amounts[0]!;
  amount.measure = 'budget';
  amount.block = 'fullYear';
  amount.year = year;
  amount.role = 'annualBudget';
  amount.budgetByTitle = true;
  amount.why = `the year's budget: "${amount.own}" under "${title}"`;
}

/**
 * The column of a header row's first heading where every heading stands one column left of its
 * figures, as a page saved without its empty corner cell prints them ("Expenditure (£000's) |
 * Income (£000's) | Net Expenditure (£000's) |" over "Central services | 4,086 | -1,637 | 2,449"):
 * the first heading names a measure but stands over the names of the lines, nothing stands left
 * of them, every other heading stands over figures, and the last figures have no heading. Else null.
 */
function headingsOneColumnLeft(sheet: SheetGrid, row: number, dataRow: number): number | null {
  const width = rowWidth(sheet, row);
  const headed: number[] = [];
  for (let c = 0; c < width; c++) if (cellText(sheet, row, c) !== '') headed.push(c);
  if (headed.length < 2) return null;
  const first = headed[0]!;
  const last = headed[headed.length - 1]!;
  // (Side by side, no gaps: a heading for each column from the names to the last but one.)
  if (last - first + 1 !== headed.length) return null;
  const heading = cellText(sheet, row, first);
  if (isLabelHeader(heading) || measureIn(heading) === null) return null;
  const lines = Array.from({ length: 6 }, (_x, k) => dataRow + k).filter((r) => r < sheet.values.length && !isBlankRow(sheet, r));
  if (lines.length < 3) return null;
  const isName = (r: number) => {
    const v = cellValue(sheet, r, first);
    return typeof v === 'string' && v.trim() !== '' && !looksNumeric(v) && /[a-z]{3}/i.test(v);
  };
  const isFigure = (r: number, c: number) => {
    const v = cellValue(sheet, r, c);
    return typeof v === 'number' || looksNumeric(v);
  };
  if (!lines.every(isName)) return null;
  for (let c = 0; c < first; c++) if (lines.some((r) => cellText(sheet, r, c) !== '')) return null;
  for (let c = first + 1; c <= last + 1; c++) if (!lines.every((r) => isFigure(r, c))) return null;
  return first;
}

/**
 * "Gross | VAT | Net" side by side, no measure named, the net the gross less the VAT on nearly
 * every line: the net is what each line costs the body that reclaims its VAT, its amount. Null
 * where the header is otherwise or the figures do not agree.
 */
function netOfVat(sheet: SheetGrid, row: number, drafts: Draft[]): Draft | null {
  const named = (re: RegExp) => drafts.filter((d) => d.measure === null && re.test(words(d.own).trim()));
  const [gross, vat, net] = [named(GROSS_AMOUNT), named(VAT_AMOUNT), named(NET_AMOUNT)];
  if (gross.length !== 1 || vat.length !== 1 || net.length !== 1 || !(gross[0]!.col < vat[0]!.col && vat[0]!.col < net[0]!.col)) return null;
  const { lines, fitting } = linesWhere([gross, vat, net].map((d) => columnFigures(sheet, d[0]!.col, row + 1)), (g, v, n) => Math.abs(g - v - n) < 0.005);
  return lines >= 3 && fitting >= lines * 0.9 ? net[0]! : null;
}

/**
 * A header's only figure column named "Cost" (or "Costs", "Total cost"), no actual's word of its
 * own: under a budget's title it is what each line is budgeted to cost ("Outgoing | Cost (£)" on a
 * charity's "2010 Budget" page), not spending to date.
 */
function loneCost(drafts: Draft[]): Draft | null {
  const roled = drafts.filter((d) => d.role);
  const only = roled.length === 1 ? roled[0]! : null;
  return only && only.measure === 'actual' && /^(total )?costs?$/.test(words(only.own).trim()) ? only : null;
}

/** A sum of money in words: "£458.7 million", "£17,563,000", "£3.73m". */
const SUM_IN_WORDS = /£\s?(\d[\d,]*(?:\.\d+)?)\s*(million|m\b|bn\b|billion|k\b|thousand)?/gi;
const SUM_SCALE: Record<string, number> = { million: 1e6, m: 1e6, bn: 1e9, billion: 1e9, k: 1e3, thousand: 1e3 };

/**
 * A table under a line that states the budget for a year and its sum ("the Kent Police gross
 * budget of £458.7 million for 2023/24", "The net budget requirement for 2021/22 was estimated at
 * £17,563,000"), one of whose columns comes to that sum on its total line: that column is the
 * year's budget, whatever its own header says ("£m", "Net cost 21/22"), and the columns beside it
 * (the gross and the income it nets) are context. The sum matching is the evidence: a sentence
 * alone names no column (a sentence is no title setting a year).
 */
function budgetStatedAbove(sheet: SheetGrid, top: number, drafts: Draft[], dataRow: number): void {
  // (Each sum with what its rounding allows: "£20.3 million" is any of 20.25m to 20.35m.)
  const stated: { year: number; sums: number[]; within: number[]; line: string }[] = [];
  for (let r = top - 1; r >= Math.max(0, top - 6); r--) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== 'string' || !/\bbudget\b/i.test(v)) continue;
      const year = yearIn(v) ?? financialYearWrittenOut(v)?.year ?? null;
      const found = [...v.matchAll(SUM_IN_WORDS)];
      const sums = found.map((m) => Number(m[1]!.replace(/,/g, '')) * (SUM_SCALE[(m[2] ?? '').toLowerCase()] ?? 1));
      const within = found.map((m) => {
        const scale = SUM_SCALE[(m[2] ?? '').toLowerCase()] ?? 1;
        const decimals = m[1]!.includes('.') ? m[1]!.split('.')[1]!.length : 0;
        return scale > 1 ? 0.5 * 10 ** -decimals * scale : 0;
      });
      if (year !== null && sums.length) stated.push({ year, sums, within, line: v.trim() });
    }
  }
  if (!stated.length) return;
  const first = firstUsedColumn(sheet);
  const comesTo = (value: number, sum: number, within: number) => [1, 1e3, 1e6, 1e9].some((scale) => value !== 0 && Math.abs(value * scale - sum) <= Math.max(sum * 0.0005, within));
  const matched: { d: Draft; year: number; line: string }[] = [];
  for (const d of drafts) {
    if (d.col <= first || d.block === 'prior' || d.otherYear || d.period || d.yearColumn) continue;
    // (A lone budget with no year of its own, "Planned spend", may be the one the text states.)
    if (d.measure !== null && d.measure !== 'actual' && !(d.measure === 'budget' && d.year === null && drafts.filter((x) => x.role).length === 1 && d.role !== null)) continue;
    // Headed in words or a unit ("£m", "Net cost 21/22"): a line's figure under it is no header.
    if (d.own.trim() === '' || looksNumeric(d.own) || parseAmount(d.own).kind === 'number') continue;
    const figures = columnFigures(sheet, d.col, dataRow);
    if (figures.filter((x) => x !== null).length < 3) continue;
    for (let i = 0; i < figures.length; i++) {
      const value = figures[i];
      if (value === null || value === undefined) continue;
      const label = (sheet.values[dataRow + i] ?? []).slice(0, d.col).find((x): x is string => typeof x === 'string' && x.trim() !== '') ?? '';
      if (!TOTAL_LABEL.test(label.trim()) && !BOTTOM_LINE_NAME.test(label.trim())) continue;
      const hit = stated.find((st) => (d.year === null || d.year === st.year) && st.sums.some((sum, k) => comesTo(value, sum, st.within[k]!)));
      if (hit) matched.push({ d, year: hit.year, line: hit.line });
      break;
    }
  }
  if (matched.length !== 1) return;
  const { d, year, line } = matched[0]!;
  for (const x of drafts) {
    if (x === d || x.role === null) continue;
    x.role = null;
    x.why += ': beside the budget the text above states, context only';
  }
  d.measure = 'budget';
  d.block = 'fullYear';
  d.year = year;
  d.role = 'annualBudget';
  d.budgetByTitle = true;
  d.why = `the year's budget: its total is the sum "${line.length > 80 ? `${line.slice(0, 77)}…` : line}" states`;
}

/**
 * "Budget Heading | Required": one column of figures, headed by no measure, beside names headed
 * as a budget's headings: the amount each heading is budgeted, the year's budget.
 */
function amountBesideBudgetHeadings(sheet: SheetGrid, row: number, drafts: Draft[], dataRow: number): void {
  const amounts = drafts.filter((d) => d.measure === null && d.own !== '' && !d.period && !d.yearColumn && columnFigures(sheet, d.col, dataRow).filter((x) => x !== null).length >= 3);
  if (amounts.length !== 1) return;
  const amount = amounts[0]!;
  let caption = '';
  for (let c = 0; c < amount.col && !caption; c++) caption = cellText(sheet, row, c);
  if (!BUDGET_HEADINGS_CAPTION.test(words(caption))) return;
  amount.measure = 'budget';
  amount.block = 'fullYear';
  amount.role = 'annualBudget';
  amount.budgetByTitle = true;
  amount.why = `the year's budget: "${amount.own}" beside "${caption.replace(/\s+/g, ' ')}"`;
}

/**
 * A budget column alone with no year of its own ("Budget Heading | Budget Set") under a line
 * stating the year ("Financial Year 2019/2020"): that year's budget, as a budget headed with
 * its year is.
 */
function loneBudgetUnderItsYear(sheet: SheetGrid, top: number, drafts: Draft[]): void {
  const roles = drafts.filter((d) => d.role);
  const only = roles[0];
  if (roles.length !== 1 || only!.role !== 'annualBudget' || only!.year !== null || only!.block === 'fullYear') return;
  const title = yearTitleOver(sheet, top, 4, 6);
  if (!title) return;
  only!.year = title.year;
  only!.why += `: the year's, "${title.line}" over the table`;
}

function readingOf(d: Draft): ColumnReading {
  return { col: d.col, text: d.text, measure: d.measure, block: d.block, role: d.role, why: d.why, ...(d.otherYear ? { otherYear: true } : {}), ...(d.partOf ? { partOf: d.partOf } : {}) };
}

/** Whether the cells under a header, to the table's first gap, are such codes (two or more) and their headings' codes, and nothing else. */
function holdsThreePartCodes(sheet: SheetGrid, col: number, fromRow: number): boolean {
  const { first, rows } = linesToTheGap(sheet, fromRow);
  // (A heading's code may stop at two parts, "20-110" over its lines' "20-110-1".)
  let threeParts = 0;
  const { passing, filled } = cellsPassing(sheet, col, first, rows, (v) => {
    if (typeof v !== 'string') return false;
    if (!THREE_PART_CODE.test(v.trim())) return /^\d{1,4}-\d{2,5}$/.test(v.trim());
    threeParts++;
    return true;
  });
  return threeParts >= 2 && passing === filled;
}

/** Why a row's figure columns are not enough for a budget table. */
function tooFewFigures(drafts: Draft[]): string {
  const read = drafts.filter((d) => d.role).map((d) => `${d.role} in "${d.text}"`);
  const needs = 'a budget table needs two of budget, actual and forecast, or a budget or actual and a variance';
  if (read.length === 0) {
    const named = drafts.filter((d) => d.measure).map((d) => `"${d.text}"`);
    return `it names ${named.join(', ')}, but none of them reads as a budget, actual or forecast of this year; ${needs}`;
  }
  return `it reads only ${read.join(', ')}; ${needs}`;
}

/** Whether the cells below are mostly percentages typed as such ("-5.06%", "12 %"). */
function holdsPercentages(sheet: SheetGrid, col: number, fromRow: number, toRow = fromRow + 20): boolean {
  let percentages = 0;
  let other = 0;
  // Sums of money written with their currency ("£1,000k", "£15,020k"): a money column whose
  // percentage rows are measures beside the money lines ("Capital Cost Absorption Rate | 3.50%").
  let money = 0;
  for (let r = fromRow; r < Math.min(sheet.values.length, toRow); r++) {
    const v = cellValue(sheet, r, col);
    if ((typeof v === 'string' && /^\(?[-+]?\s*\d[\d,.]*\s*%\)?$/.test(v.trim())) || isPercentFormatted(sheet, r, col)) percentages++;
    else if (typeof v === 'number' || looksNumeric(v)) {
      other++;
      if (typeof v === 'string' && /^\(?-?\s*[£$€]/.test(v.trim())) money++;
    }
  }
  return percentages >= 2 && percentages > other && money < 2;
}

/** Whether a column's cells are mostly lists of things ("Coffee breaks, Lunch, Kickoff"), not names. */
function listsContents(sheet: SheetGrid, col: number, fromRow: number): boolean {
  // (Down to the table's first gap: what follows is another table's.)
  const { first, rows } = linesToTheGap(sheet, fromRow);
  const { passing, filled } = cellsPassing(sheet, col, first, rows, (v) => typeof v === 'string' && /[a-z],\s*[a-z]/i.test(v));
  return filled >= 3 && passing * 2 > filled;
}

/** A column whose cells below the header are ticks or yes and no, on most of its filled cells and never a figure. */
function holdsMarks(sheet: SheetGrid, col: number, fromRow: number): boolean {
  const { first, rows } = linesToTheGap(sheet, fromRow);
  const { passing, filled } = cellsPassing(sheet, col, first, rows, (v) => typeof v === 'string' && (MARK.test(v.trim()) || /^(no|n|met|not met|achieved|not achieved)$/i.test(v.trim())));
  const figures = cellsPassing(sheet, col, first, rows, (v) => typeof v === 'number' || looksNumeric(v)).passing;
  return filled >= 2 && figures === 0 && passing * 2 > filled;
}

/** A column whose cells below the header are mostly names ("Expenditure" over the line names) is not a figure column. */
function holdsNames(sheet: SheetGrid, col: number, fromRow: number): boolean {
  // (Counted once each: names differ line by line, where one phrase said on several lines in
  // place of a figure, "in-kind contribution", is a note on those lines.)
  const names = new Set<string>();
  let figures = 0;
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 20); r++) {
    const v = cellValue(sheet, r, col);
    if (typeof v === 'number' || looksNumeric(v)) figures++;
    else if (typeof v === 'string' && /[a-z]{3}/i.test(v) && !/^(n\/a|nil|tbc|tbd)$/i.test(v.trim())) names.add(v.trim().toLowerCase());
  }
  return names.size > figures;
}

/**
 * The nearest column left of the names (not the codes) whose words come in runs, each a block's
 * name repeated down its lines: two to a few names over four lines or more, each in one run.
 */
function sectionColumnLeftOf(sheet: SheetGrid, dataRow: number, labelCol: number, codeCol: number | null): number | null {
  for (let c = labelCol - 1; c >= 0; c--) {
    if (c === codeCol) continue;
    const runs: string[] = [];
    let filled = 0;
    for (let r = dataRow; r < Math.min(sheet.values.length, dataRow + 60); r++) {
      const t = cellText(sheet, r, c).toLowerCase();
      if (!t) continue;
      if (!/[a-z]{3}/.test(t)) return null;
      filled++;
      if (runs[runs.length - 1] !== t) runs.push(t);
    }
    const names = new Set(runs);
    if (filled >= 4 && names.size >= 2 && names.size === runs.length && names.size * 3 <= filled) return c;
  }
  return null;
}

/**
 * Whether the column `lineNames`, right of `col`, names every line of figures, a few names repeated block
 * after block, where `col` names only the first line of each block: "Children, Education &
 * Families | Gross Expenditure", then "| Gross Income", then the block's net, unnamed.
 */
function namesOfBlocksBeside(sheet: SheetGrid, dataRow: number, end: number, col: number, lineNames: number, rowHasFigure: (r: number) => boolean): boolean {
  let both = 0;
  let rightOnly = 0;
  const left = new Set<string>();
  const right = new Set<string>();
  for (let r = dataRow; r < end; r++) {
    if (!rowHasFigure(r)) continue;
    const l = cellText(sheet, r, col);
    const x = cellText(sheet, r, lineNames);
    if (!/[a-z]{3}/i.test(x)) continue;
    if (/[a-z]{3}/i.test(l)) {
      both++;
      left.add(l.toLowerCase());
    } else rightOnly++;
    right.add(x.toLowerCase());
  }
  // (Each block's name its own; its lines two or more, their names few across many lines.)
  return both >= 3 && left.size === both && rightOnly >= both && right.size * 3 <= both + rightOnly;
}

/**
 * Whether `col` repeats one name down each block of lines ("Portland Water Bureau" on three
 * lines running) and `lineNames`, right of it, tells every block's lines apart ("total |
 * Operating | Capital"), a name to each: as a flat extract lays out a budget book's levels. A
 * block's first row may leave `lineNames` blank, the block's own (a programme over its
 * sub-programmes).
 */
function namesEachBlocksLines(sheet: SheetGrid, dataRow: number, end: number, col: number, lineNames: number, rowHasFigure: (r: number) => boolean): boolean {
  let lines = 0;
  let repeated = 0;
  let blocks = 0;
  let runName = '';
  let runLines = new Set<string>();
  for (let r = dataRow; r < end; r++) {
    if (!rowHasFigure(r)) continue;
    const block = cellText(sheet, r, col).toLowerCase();
    const own = cellText(sheet, r, lineNames).toLowerCase();
    if (!/[a-z]{3}/.test(block)) return false;
    // (A block's first row may name nothing of its own, "CONSTITUENCY DEVELOPMENT FUND | |
    // 30,635,642" over its sub-programmes: the block's own row, its sum. Only its first.)
    if (own === '' && block !== runName) {
      blocks++;
      runName = block;
      runLines = new Set();
      continue;
    }
    if (!/[a-z]{3}/.test(own)) return false;
    lines++;
    if (block === runName) {
      // (Two lines of one block with one name: the column does not tell them apart.)
      if (runLines.has(own)) return false;
      repeated++;
    } else {
      blocks++;
      runName = block;
      runLines = new Set();
    }
    runLines.add(own);
  }
  // (Most lines in a block of two or more, and three blocks at least.)
  return lines >= 6 && repeated * 2 >= lines && blocks >= 3;
}

/** Whether a reading that names as many columns says more of their blocks (a two-row header over a one-row one). */
function moreSpecific(a: Draft[], b: Draft[]): boolean {
  const blocks = (ds: Draft[]) => ds.filter((d) => d.measure && d.block).length;
  return blocks(a) > blocks(b);
}

/**
 * Whether a reading dates more of its columns, by a row of years over them ("2017 | 2017" over
 * "Net Expenditure | Budget"); a year in a title over the first column ("2012/13 Month: 8") is
 * no such row.
 */
function datesMoreColumns(sheet: SheetGrid, rows: number[], a: Draft[], b: Draft[]): boolean {
  const dated = (ds: Draft[]) => ds.filter((d) => d.role && d.year !== null).length;
  if (dated(a) <= dated(b)) return false;
  return rows.some((r) => {
    let years = 0;
    for (const d of a) if (d.role && (isYearNumber(cellValue(sheet, r, d.col)) || yearIn(cellText(sheet, r, d.col)) !== null)) years++;
    return years >= 2;
  });
}

/**
 * The column left of the figures that holds the line names (a "Description" header, or the one
 * with the most names below), and a column of codes just before it where there is one.
 */
function findLabelColumn(
  sheet: SheetGrid,
  headerRows: number[],
  dataRow: number,
  measured: ReadonlySet<number>,
  lastAmountCol: number,
): { labelCol: number; codeCol: number | null; codesInLabels: boolean; sectionCol?: number; rowNumberCol?: number; descriptionCol?: number } | null {
  // Names are counted down to the next table's header: a row with words in two or more of this
  // header's figure columns ("Positive | >95% | Cautious" over the next block), past 40 rows.
  // (Not the header's own rows of keys and units just under it: "a | b | c=a-b", "ZMW | ZMW".)
  let end = Math.min(sheet.values.length, dataRow + 40);
  for (let r = dataRow + 2; r < end; r++) {
    let words = 0;
    for (const c of measured) {
      const v = cellValue(sheet, r, c);
      if (typeof v === 'string' && v.trim() !== '' && !looksNumeric(v) && !isUnitsOnly(v) && /[a-z]{2}|[<>]/i.test(v)) words++;
    }
    if (words >= 2) {
      end = r;
      break;
    }
  }
  const rowHasFigure = (r: number) => [...measured].some((c) => parseAmount(cellValue(sheet, r, c)).kind === 'number');
  const names = (c: number) => {
    let named = 0;
    let count = 0;
    let codes = 0;
    let leading = 0;
    let filled = 0;
    // Of the cells on the lines of figures (not the notes typed under a short table).
    let filledOnLines = 0;
    let codesOnLines = 0;
    const distinct = new Set<string>();
    for (let r = dataRow; r < end; r++) {
      const v = cellValue(sheet, r, c);
      if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
      filled++;
      const onLine = rowHasFigure(r);
      if (onLine) filledOnLines++;
      const t = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
      if (CODE_VALUE.test(t)) {
        codes++;
        if (onLine) codesOnLines++;
      }
      else if (/[a-z]{2}/i.test(t)) {
        count++;
        distinct.add(t.toLowerCase());
        // (Counted on the rows of figures only: notes typed under a table, "Donations were
        // broken down as", are no lines' names.)
        // (Nor a sum's name, "Total 4010 Individual Contributions" under the account's lines:
        // the code it repeats is its heading's.)
        if (rowHasFigure(r) && !TOTAL_LABEL.test(t) && !SUBTOTAL_LABEL.test(t)) {
          named++;
          // ("A. TOTAL REVENUES", "B. TOTAL EXPENDITURES": a summary's outline marks, as codes.)
          if (LEADING_CODE.test(t) || OUTLINE_MARK.test(t)) leading++;
        }
      }
    }
    return { count, codes, leading, named, filled, filledOnLines, codesOnLines, distinct: distinct.size };
  };
  // Any column that holds no figure can hold the names: usually the first, but a table may
  // print its annual budget left of them.
  // Not the blank columns left of everything on the sheet, which hold nothing at all.
  const candidates: number[] = [];
  for (let c = firstUsedColumn(sheet); c < lastAmountCol; c++) if (!measured.has(c)) candidates.push(c);
  const stats = new Map<number, ReturnType<typeof names>>();
  for (const c of candidates) stats.set(c, names(c));
  const headerOf = (c: number) => headerRows.map((r) => cellText(sheet, r, c)).filter(Boolean);
  if (candidates.length === 0) return null;
  let mostNames = candidates[0]!;
  let mostDistinct = candidates[0]!;
  // (Names on the lines of figures first: notes typed under a short table, "Observations:" and
  // its bullets under the "#" of five actions, name no line.)
  const moreNames = (a: ReturnType<typeof names>, b: ReturnType<typeof names>) => (a.named > 0) !== (b.named > 0) ? a.named > 0 : a.count > b.count;
  for (const c of candidates) {
    if (moreNames(stats.get(c)!, stats.get(mostNames)!)) mostNames = c;
    if (stats.get(c)!.distinct > stats.get(mostDistinct)!.distinct) mostDistinct = c;
  }
  // Of columns headed as names, one naming each line's description or name ("Project Description")
  // before a classification ("Function", "Department") repeated beside it.
  const labelled = candidates.filter((c) => headerOf(c).some(isLabelHeader) && stats.get(c)!.count > 0);
  const headedAsDescription = (c: number) => headerOf(c).some((h) => /\b(description|name|title)\b/.test(words(h)));
  let labelCol = labelled.find(headedAsDescription) ?? labelled[0] ?? mostNames;
  // A "Description" listing what each line holds ("Space Rental, Staff, Equipment, Permits")
  // beside a column headed as the names that names each line in a word or two ("Venue"):
  // that column holds the names, the description their contents.
  const shortNames = labelled.find((c) => c < labelCol && stats.get(c)!.distinct >= Math.max(3, stats.get(labelCol)!.count * 0.8));
  if (shortNames !== undefined && listsContents(sheet, labelCol, dataRow)) labelCol = shortNames;
  // A column headed as the names ("Category") that names only a few rows, merged down its
  // section ("Turnover" over four lines), stands beside the column that names every line
  // ("Account Grouping"): that one holds the names.
  const named = stats.get(labelCol)!;
  if (mostNames > labelCol && stats.get(mostNames)!.count >= Math.max(3, 2 * named.count)) labelCol = mostNames;
  // Names that differ line by line: a column repeating one or two words down every line
  // ("Statement of Comparison ...", "Receipts") is a category, not the lines' names.
  // (Or a few words a line in four, "Revenue | Expense | Surplus" down a statement, beside names
  // on as many lines that differ twice as often.)
  else if (mostDistinct !== labelCol && named.count >= 4 && (named.distinct <= 2 || (named.distinct <= named.count / 4 && stats.get(mostDistinct)!.count >= named.count * 0.8)) && stats.get(mostDistinct)!.distinct >= Math.max(3, 2 * named.distinct)) labelCol = mostDistinct;
  // One word repeated down every line ("EXPENSE" under "Type") left of a lone figure column, in an
  // export that prints its classifications after the figure ("Budget Amount | Fund | Department
  // | Account"): the names are the column headed as names, at the right, that differs most line by line.
  const current = stats.get(labelCol)!;
  // (So, where none left of the figures is headed as a description, is a column at the right
  // headed so, "account_description" after "adopted_budget | amended_budget" in a portal's
  // export, naming the lines twice as finely as the column left of the figures.)
  const describedLeft = labelled.some(headedAsDescription);
  if ((current.count >= 4 && current.distinct <= 1) || (!describedLeft && current.count >= 4)) {
    let best: { c: number; distinct: number } | null = null;
    for (let c = lastAmountCol + 1; c < rowWidth(sheet, headerRows[headerRows.length - 1]!); c++) {
      if (measured.has(c) || !headerOf(c).some(isLabelHeader)) continue;
      if (current.distinct > 1 && !headedAsDescription(c)) continue;
      const s = names(c);
      if (s.named >= current.named * 0.8 && s.distinct >= Math.max(3, current.distinct > 1 ? 2 * current.distinct : 3) && (!best || s.distinct > best.distinct)) best = { c, distinct: s.distinct };
      stats.set(c, s);
    }
    if (best) labelCol = best.c;
  }
  // The names of the first lines (figures filled in, or "???"), down to the first gap: a column naming none of them, however
  // many names it holds further down (another table's, under a header this one cannot see,
  // "Summary | 2015-16 | 2016-17" over two lines above the committees' budget), holds no names of these.
  // (A figure, or a mark where one should be, "???": not words, "REVENUE" over each column.)
  const filled = (v: CellValue) => typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !/[a-z]{2}/i.test(v));
  const firstLines = linesToTheGap(sheet, dataRow);
  const lineRows: number[] = [];
  for (let r = firstLines.first; r < firstLines.first + firstLines.rows; r++) if ([...measured].some((m) => filled(cellValue(sheet, r, m)))) lineRows.push(r);
  const firstLinesNamed = (c: number) => lineRows.filter((r) => /[a-z]{2}/i.test(cellText(sheet, r, c))).length;
  if (firstLinesNamed(labelCol) === 0) {
    const naming = candidates.map((c) => ({ c, n: firstLinesNamed(c) })).filter((x) => x.n > 0);
    if (naming.length) labelCol = naming.reduce((a, b) => (b.n > a.n ? b : a)).c;
  }
  // Short names under no heading, left of the column read as the names, which describes each of
  // their lines at length under no heading of names ("Finance committee | Administration,
  // salaries, grants …", the sums' words alone in it, "| SUBTOTAL"): the short names are the
  // lines', the long words what each line covers.
  let descriptionCol: number | undefined;
  if (candidates.includes(labelCol - 1) && headerOf(labelCol - 1).length === 0 && !headerOf(labelCol).some(isLabelHeader) && describesNamedLines(sheet, dataRow, end, labelCol - 1, labelCol, rowHasFigure)) {
    descriptionCol = labelCol;
    labelCol = labelCol - 1;
  }
  let codeCol: number | null = null;
  // A cell merged down over a block of lines ("In" over the income, "Out" over the spending)
  // names the block, not a line's code.
  const mergedDown = (c: number) => sheet.merges?.some((m) => m.left === c && m.right === c && m.bottom > m.top && m.bottom >= dataRow) ?? false;
  // A column headed as the codes within three of the names ("Account | Character Class | Class
  // Description | Account Description") before one of codes by its cells alone (the class, the
  // same on many lines).
  for (let c = labelCol - 1; c >= 0 && c >= labelCol - 3 && codeCol === null; c--) {
    const s = stats.get(c);
    if (s && s.filled > 0 && !mergedDown(c) && CODE_HEADERS.test(normaliseHeader(headerOf(c).join(' '))) && s.codes >= Math.max(2, s.filled * 0.6)) codeCol = c;
  }
  for (let c = labelCol - 1; c >= 0 && c >= labelCol - 2 && codeCol === null; c--) {
    const s = stats.get(c);
    const header = headerOf(c).join(' ');
    // (Nor a column counting the sheet's rows, headed by nothing: "1 | 2 | 3" down the left.)
    if (!s || s.filled === 0 || mergedDown(c) || (header === '' && numbersTheRows(sheet, c, dataRow))) continue;
    if (CODE_HEADERS.test(normaliseHeader(header)) || s.codes >= Math.max(2, s.filled * 0.6) || s.codesOnLines >= Math.max(2, s.filledOnLines * 0.6)) {
      codeCol = c;
      break;
    }
  }
  // Codes printed after the names ("Instructional | 11", under "FUNCTION"): a column straight
  // right of the names, headed as names or codes are, of whole numbers only.
  // (Across a blank spacer column, as a sheet laid out for print keeps one.)
  const after = cellsPassing(sheet, labelCol + 1, dataRow, end - dataRow, () => true).filled === 0 && candidates.includes(labelCol + 2) ? labelCol + 2 : labelCol + 1;
  if (codeCol === null && candidates.includes(after) && headerOf(after).some((h) => CODE_HEADERS.test(normaliseHeader(h)) || isLabelHeader(h))) {
    // (Headed as codes, "Account Codes", they may be ranges of a chart of accounts: "8010-8099",
    // "1119 & 1909", "34XX", "7100-7299; 7400-7699"; or codes in three parts or more,
    // "5-01-02-010" under "ACCOUNT CODE", as a government's chart of accounts numbers them.)
    const headedAsCodes = headerOf(after).some((h) => CODE_HEADERS.test(normaliseHeader(h)));
    const { passing, filled } = cellsPassing(sheet, after, dataRow, end - dataRow, (v) => (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && (/^\d{1,6}$/.test(v.trim()) || (headedAsCodes && (ACCOUNT_CODE_RANGE.test(v.trim()) || /^\d{1,6}(?:-\d{1,6}){2,}$/.test(v.trim()))))));
    if (filled >= 3 && passing === filled) codeCol = after;
  }
  // Or under no header at all, account codes with their letters ("Personal Services | A1010.1",
  // as New York towns code their appropriations): never figures.
  if (codeCol === null && candidates.includes(after) && headerOf(after).length === 0) {
    const { passing, filled } = cellsPassing(sheet, after, dataRow, end - dataRow, (v) => typeof v === 'string' && /^[A-Z]{1,3}\d{2,6}(?:[./-]\d{1,4})*$/i.test(v.trim()));
    if (filled >= 3 && passing === filled) codeCol = after;
  }
  const own = stats.get(labelCol);
  const codesInLabels = codeCol === null && !!own && own.named >= 3 && own.leading >= own.named * 0.6;
  // A column headed as the names ("Directorate") that names each block on its first line only,
  // beside one naming every line with the same few names block after block ("Gross
  // Expenditure", "Gross Income"): those are the lines' names; the headed column names their blocks.
  // (Across a column of codes before the lines' names, which is then the codes' column.)
  const codesOnly = (c: number) => { const st = stats.get(c); return !!st && st.filled > 0 && st.count === 0 && st.codes >= st.filled * 0.6; };
  let lineNames = labelCol + 1;
  while (candidates.includes(lineNames) && codesOnly(lineNames)) lineNames++;
  if (candidates.includes(lineNames) && namesOfBlocksBeside(sheet, dataRow, end, labelCol, lineNames, rowHasFigure)) {
    return { labelCol: lineNames, codeCol: lineNames > labelCol + 1 ? lineNames - 1 : codeCol, codesInLabels: false, sectionCol: labelCol };
  }
  // The names repeated down each block's lines, beside a column telling those lines apart ("Portland
  // Fire & Rescue | total", "… | Operating", "… | Capital", a flat extract of a budget book): that
  // column names the lines, the repeated name their block.
  if (candidates.includes(lineNames) && namesEachBlocksLines(sheet, dataRow, end, labelCol, lineNames, rowHasFigure)) {
    return { labelCol: lineNames, codeCol: lineNames > labelCol + 1 ? lineNames - 1 : codeCol, codesInLabels: false, sectionCol: labelCol };
  }
  const sectionCol = sectionColumnLeftOf(sheet, dataRow, labelCol, codeCol);
  const numbering = candidates.find((c) => c < labelCol && c !== codeCol && headerOf(c).length === 0 && numbersTheRows(sheet, c, dataRow));
  return { labelCol, codeCol, codesInLabels, ...(sectionCol !== null ? { sectionCol } : {}), ...(numbering !== undefined ? { rowNumberCol: numbering } : {}), ...(descriptionCol !== undefined ? { descriptionCol } : {}) };
}

/**
 * Whether `described` tells at length what each line `names` names in a few words: every line of
 * figures named in both (a sum named only in `described`, "SUBTOTAL", "TOTAL INCOME"), each name
 * different, and the descriptions longer than the names on most lines and by half again in all.
 */
function describesNamedLines(sheet: SheetGrid, dataRow: number, end: number, names: number, described: number, rowHasFigure: (r: number) => boolean): boolean {
  let lines = 0;
  let longer = 0;
  let nameChars = 0;
  let descriptionChars = 0;
  const distinct = new Set<string>();
  for (let r = dataRow; r < end; r++) {
    if (!rowHasFigure(r)) continue;
    const name = cellText(sheet, r, names);
    const description = cellText(sheet, r, described);
    if (!name && !description) continue;
    if (!name) {
      if (namedAsSum(description)) continue;
      return false;
    }
    // (A name of letters, a few words long, beside its description: not a code, nor a sentence.)
    if (!description || !/[a-z]{3}/i.test(name) || CODE_VALUE.test(name) || name.split(/\s+/).length > 5) return false;
    lines++;
    distinct.add(name.toLowerCase());
    if (description.length > name.length) longer++;
    nameChars += name.length;
    descriptionChars += description.length;
  }
  return lines >= 3 && distinct.size >= lines * 0.8 && longer >= lines * 0.75 && descriptionChars >= nameChars * 1.5;
}

/** Whether a cell is a whole number one more than the cell above it or one less than the one below: a count running down the rows. */
function countsTheRows(sheet: SheetGrid, row: number, col: number): boolean {
  const v = cellValue(sheet, row, col);
  if (typeof v !== 'number' || !Number.isInteger(v)) return false;
  return cellValue(sheet, row - 1, col) === v - 1 || cellValue(sheet, row + 1, col) === v + 1;
}

/**
 * Whether a column counts the sheet's rows: whole numbers only, each its row's number less one
 * fixed amount (0, 1, 2 … or 1, 2, 3 …), on at least eight rows, skipping a few unnumbered ones.
 */
function numbersTheRows(sheet: SheetGrid, col: number, dataRow: number): boolean {
  const offsets = new Map<number, number>();
  let filled = 0;
  for (let r = dataRow; r < Math.min(sheet.values.length, dataRow + 40); r++) {
    const v = cellValue(sheet, r, col);
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (typeof v !== 'number' || !Number.isInteger(v)) return false;
    filled++;
    offsets.set(r - v, (offsets.get(r - v) ?? 0) + 1);
  }
  // A row or two left unnumbered (a heading) shifts the count once or twice: the most common offset holds for most rows.
  const most = Math.max(0, ...offsets.values());
  return filled >= 8 && most >= filled * 0.6 && offsets.size <= 4;
}

/** A label's leading code split off: "4000 Salaries" -> ["4000", "Salaries"]. */
export function splitLeadingCode(label: string): { code: string; name: string } | null {
  const m = LEADING_CODE.exec(label.trim());
  return m ? { code: m[1]!, name: m[2]!.trim() } : null;
}

/**
 * A code or, where a table's names are marked so, its outline mark, split from the name:
 * "A. TOTAL REVENUES" is "TOTAL REVENUES" marked "A.", "F. 1) Beginning Balance" marked "F. 1)",
 * "a) Transfers In" lettered "a".
 */
export function splitLeadingCodeOrMark(label: string): { code: string; name: string } | null {
  const coded = splitLeadingCode(label);
  if (coded) return coded;
  const t = label.trim();
  const mark = OUTLINE_MARK.exec(t);
  if (mark) return { code: mark[0].trim(), name: t.slice(mark[0].length).trim() };
  const lettered = LETTERED_ITEM.exec(t);
  return lettered ? { code: lettered[1]!, name: t.slice(lettered[0].length).trim() } : null;
}
