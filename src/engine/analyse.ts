/**
 * The engine's front door: a workbook's grids and the user's settings in, every table found
 * with its figures, and every check raised, out. Pure: no I/O, no Excel JavaScript API, no DOM.
 */
import { WorkbookGrids, SheetGrid, cellNumberFormat, cellValue } from './grid';
import { RagBoardConfig, DEFAULT_CONFIG } from './config';
import { Analysis, BudgetTable, Check, FoundTable, HeaderExplained, Units, AMOUNT_ROLES, RISK_SLOTS } from './model';
import { PageBefore, SET_ASIDE, findTables, TitleLines } from './detect/findTables';
import { budgetTitledWithoutYear, budgetYearStatedOn, planStartStatedOn, reportYearStatedOn, titledByYearAlone } from './detect/budgetYears';
import { withPagesJoined } from './budget/pageBreaks';
import { MONTH_ONLY, SPENDING_PLAN_TITLE, YEAR_ENDED } from './detect/vocabulary';
import { topRows } from './detect/headerCells';
import { ColumnRoleOverride } from './detect/overrides';
import type { RawRiskRegister } from './detect/riskRegister';
import { analyseBudgetTable } from './budget/analyseTable';
import { analyseRegister, type RegisterContext } from './risk/analyseRegister';
import { analyseCards } from './risk/analyseCards';
import { findProductKey, findSchemeKey, keyInScoreHeader } from './risk/key';
import { RatingWords, findGradeLetters, findRatingWords } from './risk/ratingWords';
import { findMatrixGrid, ratingWordsOfGrid, schemeOfGrid } from './risk/matrixGrid';
import { DCB0129_SCHEME, DEFAULT_SCHEME_ID, PRESET_SCHEMES, RagScheme, matrixSizeOf } from './rag/scheme';
import { DCB0129_RATING_WORDS, ratesOnDcb0129 } from './risk/clinicalSafety';
import { unitsIn } from './detect/roles';
import { RagBoardError } from './errors';
import { nameCutFrom } from './sheetNames';
import { CalendarDate, parseDate, parsePeriod, statesAWholeYear } from './cells/date';

export interface AnalyseOptions {
  /** Called after each sheet with the share of sheets done, for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
  /** The user's corrections of column roles, applied to the headers found before reading the tables. */
  readonly columnRoles?: ReadonlyArray<ColumnRoleOverride>;
  /** Say what was read in each header row and why tables were or were not taken (`explain`). */
  readonly explain?: boolean;
}

export type { ColumnRoleOverride };

export function analyseWorkbook(given: WorkbookGrids, config: RagBoardConfig = DEFAULT_CONFIG, options: AnalyseOptions = {}): Analysis {
  const workbook = withUncutSheetNames(given);
  const tables: FoundTable[] = [];
  const checks: Check[] = [];
  const notes: string[] = [];
  const explained: HeaderExplained[] | undefined = options.explain ? [] : undefined;
  // The config's reading of tables first; the pane's corrections, made later, after it.
  const corrections = [...config.columnRoles, ...(options.columnRoles ?? [])];
  for (const o of config.columnRoles) {
    if (!workbook.sheets.some((s) => s.name === o.sheet)) {
      throw new RagBoardError('bad-arguments', `config: tables names the sheet "${o.sheet}", which this workbook does not have`, {
        hint: `Its sheets are ${workbook.sheets.map((s) => `"${s.name}"`).join(', ')}`,
      });
    }
  }
  // What a register's own sheet states (its grading key, its rating words), else what the first
  // sheet of the workbook that states it does.
  // Our own summaries print a band table; they are never a source of keys or rating words.
  const isOurs = (sheet: SheetGrid) => workbook.generatedSheets?.has(sheet.name) === true || workbook.keptCopies?.has(sheet.name) === true;
  const keyFor = statedOnSheetOrWorkbook(workbook, (sheet) => (isOurs(sheet) ? null : findSchemeKey(sheet)));
  // A matrix printed as a grid of grades is a key too: where no bands are written out, it grades.
  const gridFor = statedOnSheetOrWorkbook(workbook, (sheet) => (isOurs(sheet) ? null : findMatrixGrid(sheet)));
  // A hazard log kept to the NHS clinical safety standards is rated on their matrix.
  const clinicalFor = statedOnSheetOrWorkbook(workbook, (sheet) => (!isOurs(sheet) && ratesOnDcb0129(sheet) ? DCB0129_SCHEME : null));
  const schemeFor = (sheet: SheetGrid): RagScheme => {
    const grid = config.risk.scheme || keyFor(sheet) ? null : gridFor(sheet);
    return config.risk.scheme ?? keyFor(sheet) ?? (grid ? schemeOfGrid(grid) : null) ?? clinicalFor(sheet) ?? PRESET_SCHEMES[DEFAULT_SCHEME_ID]!;
  };
  const listedWordsFor = statedOnSheetOrWorkbook(workbook, (sheet) => (isOurs(sheet) ? null : findRatingWords(sheet)));
  // (A key's lists of words, "3 = Possible", before a grid's sides, before the DCB0129 scales.)
  const wordsFor = (sheet: SheetGrid): RatingWords | null => {
    const listed = listedWordsFor(sheet);
    const grid = listed ? null : gridFor(sheet);
    return listed ?? (grid ? ratingWordsOfGrid(grid) : null) ?? (schemeFor(sheet).id === DCB0129_SCHEME.id ? DCB0129_RATING_WORDS : null);
  };
  const gradeLettersFor = statedOnSheetOrWorkbook(workbook, (sheet) => (isOurs(sheet) ? null : findGradeLetters(sheet)));

  // The budget headers of the sheet just read, for a next page that prints their column heads alone.
  let pageBefore: PageBefore | null = null;
  workbook.sheets.forEach((sheet, index) => {
    // Our own summaries hold tables too; they are never read as the user's.
    if (isOurs(sheet)) {
      pageBefore = null;
      options.onProgress?.((index + 1) / workbook.sheets.length);
      return;
    }
    const hiddenRows = sheet.hiddenRows ?? new Set<number>();
    const hiddenColumns = sheet.hiddenColumns ?? new Set<number>();
    const overrides = corrections.filter((o) => o.sheet === sheet.name);
    const sheetPeriod = periodStatedOn(sheet);
    // A sheet that reports the year's end ("Quarter 4", "Month 12"): its actuals to date are the year's.
    const statedYear = budgetYearStatedOn(sheet);
    const planStart = statedYear === null ? planStartStatedOn(sheet) : null;
    const budgetYear = statedYear ?? planStart;
    const found = findTables(sheet, overrides, notes, explained, { yearEnd: sheetPeriod?.monthsElapsed === 12 || yearEndedStatedOn(sheet), budgetYear, budgetTitle: budgetYear === null && budgetTitledWithoutYear(sheet), monthOnly: monthOnlyStatedOn(sheet), reportYear: budgetYear === null ? reportYearStatedOn(sheet) : null, spendingPlan: saidNearTop(sheet, 6, (t) => SPENDING_PLAN_TITLE.test(t)), yearTitle: titledByYearAlone(sheet), planOverYears: planStart !== null }, pageBefore);
    const budgetHeaders = found.flatMap((f) => (f.kind === 'budget' ? [f.table.header] : []));
    pageBefore = budgetHeaders.length ? { sheet, headers: budgetHeaders } : null;
    if (found.length && sheet.visibility !== 'visible') notes.push(`Sheet "${sheet.name}" is hidden; its tables were read all the same.`);
    for (const f of found) {
      if (f.kind === 'budget') {
        const headerRow = f.table.header.headerRows[f.table.header.headerRows.length - 1]!;
        const period = periodIn(f.above.lines) ?? sheetPeriod ?? outturnIn(f.above.lines);
        const { table, checks: c, notes: n } = analyseBudgetTable(
          f.table,
          {
            sheet: sheet.name,
            title: titleOf(f.above),
            linesAbove: f.above.lines,
            units: unitsOf(sheet, f.table.header.columns.map((x) => x.header), f.above, headerRow, f.table.header.columns.filter((x) => (AMOUNT_ROLES as readonly string[]).includes(x.role)).map((x) => x.col)),
            monthsElapsed: period?.monthsElapsed ?? null,
            hiddenRows,
            hiddenColumns,
          },
          config.budget,
        );
        tables.push(table);
        checks.push(...c);
        notes.push(...n);
      } else {
        const asAt = config.asAt ?? dateIn(f.above.lines) ?? sheetPeriod?.asAt ?? null;
        const ratingWords = wordsFor(sheet);
        const ownWords = new Map<string, string>();
        const context: RegisterContext = {
          title: titleOf(f.above),
          // (A register scored as the product of three ratings is graded by a key of such
          // products, where the sheet states one, running as far as its scores can.)
          scheme: (f.kind === 'risk' && !config.risk.scheme ? ownKeyOf(sheet, f.register) : null) ?? schemeFor(sheet),
          asAt,
          hiddenRows,
          hiddenColumns,
          date1904: workbook.date1904 ?? false,
          ratingWords,
          gradeLetters: gradeLettersFor(sheet),
          onOwnWord: (scale, word, value, npsa) => {
            const at = scale === 'likelihood' ? ratingWords?.likelihoodAt : ratingWords?.consequenceAt;
            ownWords.set(`${scale} ${word.toLowerCase()}`, `${word} = ${value}${npsa !== null ? ` (the NPSA scale has ${npsa})` : ''} by the key at ${at}`);
          },
        };
        const { register, checks: c } = f.kind === 'cards' ? analyseCards(sheet, f.cards, context) : analyseRegister(sheet, f.register, context);
        // Ratings in the words of three levels that no 3x3 key places: the risks listed, unscored, and why.
        const inWords = f.kind === 'risk' ? (f.register.header.threeLevelColumns ?? []) : [];
        if (inWords.length > 0 && matrixSizeOf(context.scheme) !== 3) {
          notes.push(`The ${sheet.name} register rates ${inWords.map((c) => `"${c.header.replace(/\s+/g, ' ')}"`).join(' and ')} as High, Medium or Low. Those words are 1 to 3 on a 3x3 matrix, and the workbook gives no 3x3 key to grade by, so ${register.risks.some((r) => RISK_SLOTS.some((s) => r.scores[s]?.score != null)) ? 'they are not read; the other scores are' : 'its risks are listed but not scored'}. Put the register's key (for example "1-2 Low, 3-4 Medium, 6-9 High") on the sheet to have them graded.`);
        }
        if (f.kind === 'risk' && f.register.header.statedScale) {
          const top = f.register.header.statedScale;
          const graded = context.scheme.scaleTop === top ? `, and graded by its key at ${context.scheme.source!.cell}; no heat map places them, as its cells run 1 to 5` : `, but not graded or put on a heat map, as no key here grades a ${top}x${top} matrix`;
          notes.push(`The ${sheet.name} register rates its likelihoods and impacts from 1 to ${top}, as ${f.register.averagedRatings ? 'the key by it lists' : 'its header says'}: they and their scores (to ${top * top}) are read and checked on that scale${graded}.`);
        }
        if (f.kind === 'risk' && f.register.header.typedOnlySlots?.length) {
          const slots = f.register.header.typedOnlySlots;
          notes.push(`The ${sheet.name} register scores each risk's impact in several areas (${slots.join(' and ')}: "Cost Impact", "Time Impact" and the like) and works its rating from them by a rule of its own, not likelihood x consequence: those ratings are read as typed, not checked or graded.`);
        }
        if (ownWords.size && ratingWords === DCB0129_RATING_WORDS) {
          notes.push(`The ${sheet.name} register is a hazard log rated on the DCB0129 clinical risk matrix: its words are that matrix's scales (likelihood ${DCB0129_RATING_WORDS.likelihoodLabels!.map((w, i) => `${w} ${i + 1}`).join(', ')}; severity ${DCB0129_RATING_WORDS.consequenceLabels!.map((w, i) => `${w} ${i + 1}`).join(', ')}), and each pair's rating of 1 to 5 is looked up on it, not multiplied.`);
        } else if (ownWords.size) {
          notes.push(`The ${sheet.name} register's rating words were read by the workbook's own key: ${[...ownWords.values()].join('; ')}.`);
        }
        tables.push(register);
        checks.push(...c);
      }
    }
    options.onProgress?.((index + 1) / workbook.sheets.length);
  });
  // A section printed over two sheets' pages: the next page's first sum adds the lines on both.
  // (Copied back a check at a time, not spread into one call: a big budget's checks run to
  // more than a call's arguments may.)
  const joined = withPagesJoined(tables.filter((t): t is BudgetTable => t.kind === 'budget'), checks, notes);
  if (joined !== checks) {
    checks.length = 0;
    for (const c of joined) checks.push(c);
  }
  for (const o of corrections) {
    const last = (t: FoundTable) => t.headerRows[t.headerRows.length - 1];
    if (!tables.some((t) => t.sheet === o.sheet && last(t) === o.headerRow)) {
      notes.push(`A column correction for "${o.sheet}" row ${o.headerRow + 1} matches no table found there now; it was not used.`);
    }
  }
  // Nothing at all, not a table found and set aside for what its figures are (said above).
  if (tables.length === 0 && !notes.some((n) => n.includes(SET_ASIDE))) {
    notes.push('No budget table or risk register was recognised. A budget table needs a header row naming at least two of budget, actual, variance and forecast; a risk register needs a reference or description column and likelihood, consequence or score columns.');
  }
  return explained ? { tables, checks, notes, explained } : { tables, checks, notes };
}

/**
 * `find` on a sheet, remembered for each sheet; for a sheet where it finds nothing, what it finds
 * on the first sheet of the workbook where it finds something (a key on a sheet of its own).
 */
/**
 * A key the register states of its own scores, beyond a 5x5's: of the products of three ratings
 * ("26 To 50 | High") where it is scored so, or printed in its score's header for the larger
 * scale it rates on ("H 20-36" on a 6x6).
 */
function ownKeyOf(sheet: SheetGrid, register: RawRiskRegister): RagScheme | null {
  if (register.scoreFactor) return findProductKey(sheet, productTop(sheet, register));
  const top = register.header.statedScale;
  return top ? keyInScoreHeader(sheet.name, register.header.headerRows[register.header.headerRows.length - 1]!, register.header.columns, top) : null;
}

/**
 * The highest score a register scored as the product of three ratings can reach: a 5x5's 25 times
 * the highest third rating it gives (or its highest typed score, where that is more).
 */
function productTop(sheet: SheetGrid, register: RawRiskRegister): number {
  const factor = register.scoreFactor!;
  const score = register.header.columns.find((c) => c.role === `${factor.slot}Score`)?.col;
  let top = 25;
  for (const { row } of register.rows) {
    const x = Number(cellValue(sheet, row, factor.col));
    const typed = score === undefined ? NaN : Number(cellValue(sheet, row, score));
    if (Number.isFinite(x)) top = Math.max(top, 25 * x);
    if (Number.isFinite(typed)) top = Math.max(top, typed);
  }
  return top;
}

/**
 * The workbook with each sheet whose name Excel cut from the workbook's (a CSV's one sheet, named
 * after its file) given the whole name, which says what the sheet is as a title would.
 */
function withUncutSheetNames(workbook: WorkbookGrids): WorkbookGrids {
  if (workbook.name === undefined) return workbook;
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => {
      const uncutName = nameCutFrom(sheet.name, workbook.name);
      return uncutName ? { ...sheet, uncutName } : sheet;
    }),
  };
}

function statedOnSheetOrWorkbook<T>(workbook: WorkbookGrids, find: (sheet: SheetGrid) => T | null): (sheet: SheetGrid) => T | null {
  const found = new Map<string, T | null>();
  const on = (sheet: SheetGrid): T | null => {
    if (!found.has(sheet.name)) found.set(sheet.name, find(sheet));
    return found.get(sheet.name)!;
  };
  let first: T | null | undefined;
  return (sheet) => {
    const own = on(sheet);
    if (own !== null) return own;
    if (first === undefined) first = workbook.sheets.map(on).find((x) => x !== null) ?? null;
    return first;
  };
}

function isProse(line: string): boolean {
  return line.length > 100 || (line.split(/\s+/).length > 10 && /[.:]$/.test(line));
}

/**
 * The title: the last few short lines above the header ("Cannock Chase CCG / Primary Medical
 * Services - Delegated Budgets 2018/19 / Month 7"), leaving out commentary and the
 * key-value lines of a version-control block ("Date 11th October 2018", "Transferred Risks: 31").
 * Where a line names the document ("... Risk Register", "... Budgets 2018/19"), the lines below
 * it are kept only when they state a period ("Month 7"): a form's bare labels ("Recommend
 * Closure") are not part of a title.
 */
function titleOf(above: TitleLines): string | null {
  let lines = above.lines
    // "Version Control | CCG CORPORATE RISK REGISTER": the block's heading, with the register's name beside it.
    .map((l) => l.replace(/^version control\b[\s:|-]*/i, ''))
    .filter((l) => l !== '' && !isProse(l) && !/:\s*\d+$|^(date|version|author|owner)\b/i.test(l))
    .map((l) => l.replace(/[:\s]+$/, ''));
  let naming = lines.length - 1;
  while (naming >= 0 && !DOCUMENT_NAME.test(lines[naming]!)) naming--;
  if (naming >= 0) lines = [...lines.slice(0, naming + 1), ...lines.slice(naming + 1).filter((l) => parsePeriod(l) !== null)];
  return lines.length ? lines.slice(-3).join(' — ') : null;
}

/** Words that name a finance or governance document in its title. */
const DOCUMENT_NAME = /\b(register|budgets?|finance|financial|position|report|statement|monitoring|summary|forecast|outturn)\b/i;

function periodIn(lines: string[]): { monthsElapsed: number; asAt: CalendarDate | null } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const p = parsePeriod(lines[i]!);
    if (p) return p;
  }
  return null;
}

/**
 * A title naming the year's outturn ("Capital Programme Provisional Outturn 2020/21", "Revenue
 * Outturn Report 2019/20"), forecasting nothing: the report of the year's end, its actuals the
 * year's.
 */
function outturnIn(lines: string[]): { monthsElapsed: number; asAt: CalendarDate | null } | null {
  for (const line of lines) {
    const t = line.toLowerCase();
    if (/\boutturn\b/.test(t) && !/\b(forecast|forecasts|projected|projection|estimated|likely|expected|anticipated|predicted)\b/.test(t) && /\b(19|20)\d\d\b/.test(t)) return { monthsElapsed: 12, asAt: null };
  }
  return null;
}

/** "Date | 11th October 2018" in a register's heading block, or "as at 30th June 2017" in a title. */
function dateIn(lines: string[]): CalendarDate | null {
  for (const line of lines) {
    const m = /^(?:date|as at|report date|position as at)\b[:\s]*(.+)$/i.exec(line.trim());
    if (m) {
      const d = parseDate(m[1]!.trim());
      if (d) return d;
    }
    const p = parsePeriod(line);
    if (p?.asAt) return p.asAt;
  }
  return null;
}

/** Whether any cell in the sheet's first `depth` rows says what `says` looks for. */
function saidNearTop(sheet: SheetGrid, depth: number, says: (text: string) => boolean): boolean {
  for (const r of topRows(sheet, depth)) {
    for (const v of sheet.values[r] ?? []) if (typeof v === 'string' && says(v)) return true;
  }
  return false;
}

/** Whether a title near the top says the sheet's figures are one month's: "For the month of July 2021". */
function monthOnlyStatedOn(sheet: SheetGrid): boolean {
  return saidNearTop(sheet, 6, (t) => MONTH_ONLY.test(t));
}

/**
 * Whether the top of the sheet says the year is over ("for the year ended 31 March 2016", "In
 * 2023, actuals compared to the budget ended as follows"): its actuals are the year's. A
 * "year-end forecast" says nothing of the kind.
 */
function yearEndedStatedOn(sheet: SheetGrid): boolean {
  return saidNearTop(sheet, 10, (t) => YEAR_ENDED.test(t) || statesAWholeYear(t));
}

/** A period stated near the top of the sheet, for tables whose own title does not say. */
function periodStatedOn(sheet: SheetGrid): { monthsElapsed: number; asAt: CalendarDate | null } | null {
  for (const r of topRows(sheet, 8)) {
    const row = sheet.values[r];
    if (!row) continue;
    for (const v of row) {
      if (typeof v !== 'string') continue;
      const p = parsePeriod(v);
      if (p) return p;
    }
  }
  return null;
}

function unitsOf(sheet: SheetGrid, headers: string[], above: TitleLines, headerRow: number, amountCols: number[]): Units {
  for (const h of headers) {
    const u = unitsIn(h);
    if (u) return u;
  }
  for (const l of above.lines) {
    const u = unitsIn(l);
    if (u && u !== '£') return u;
  }
  // The number format of the first figures: "£#,##0" says pounds.
  for (let r = headerRow + 1; r < Math.min(sheet.values.length, headerRow + 6); r++) {
    for (const c of amountCols) {
      const f = cellNumberFormat(sheet, r, c);
      if (f && /£/.test(f)) return /0,,/.test(f) ? '£m' : /0,(?![0#])/.test(f) ? "£'000s" : '£';
    }
  }
  for (const l of above.lines) if (unitsIn(l) === '£') return '£';
  return null;
}
