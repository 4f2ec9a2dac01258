/**
 * A risk register's header: the row (or pair of rows) whose cells name a register's columns,
 * wherever it sits on the sheet, with each likelihood, consequence, score and grade column
 * given its slot (inherent, current, residual, target).
 */
import { CellValue, SheetGrid, cellValue } from '../grid';
import { parseConsequence, parseLikelihood } from '../cells/risk';
import { periodOfHeading } from '../cells/date';
import { ColumnAssignment, MarkedScale, RiskRole, RiskSlot } from '../model';
import { bandLinesTop, withoutInlineKey, normaliseHeader, riskInfoRoleOf, riskMeasureOf, riskWords, slotOf, RiskMeasure } from './roles';
import { ratesOnDcb0129 } from '../risk/clinicalSafety';
import { findMatrixGrid } from '../risk/matrixGrid';
import { leadingGrade } from '../risk/gradeWords';
import { RATING_PAIR, parseRatingPair } from '../cells/risk';
import { cellText, cellsPassing, groupTexts, isHeaderLength, mayBeHeaderRow, mergeAt, rowWidth } from './headerCells';
import { AREA_IMPACT, MARK, RATING_DIGITS_PAIR, MONEY_HEADER, SCALE_LEVELS, THREE_LEVEL_VALUES, EARLIER_REVIEW, GRADE_ONLY_HEADER, GRADE_WORD, IMPACT_AREA, REF_VALUE, SCALE_CELL, SLOT_ALONE, CONTROLS_HEADER } from './vocabulary';

export interface RiskHeader {
  readonly kind: 'risk';
  readonly headerRows: number[];
  readonly columns: ColumnAssignment<RiskRole>[];
  readonly slots: RiskSlot[];
  /** Why each column read has its role, for `explain`. */
  readonly why?: ReadonlyMap<number, string>;
  /**
   * Impact scored per area ("S | H | E | F", "Safety | Finance | Reputation"): the columns whose
   * highest score is the slot's consequence. That slot has no consequence column of its own.
   */
  readonly consequenceAreas?: { readonly slot: RiskSlot; readonly cols: ReadonlyArray<number> };
  /** Scores given per area, with no likelihood or consequence ("People | Environment | Finance"): the slot's score is the highest. */
  readonly scoreAreas?: { readonly slot: RiskSlot; readonly cols: ReadonlyArray<number> };
  /** Ratings marked with an X under a scale's five levels ("VL | L | M | H | VH" under "Probability"). */
  readonly markedScales?: ReadonlyArray<MarkedScale>;
  /**
   * Likelihoods and consequences in the words of three levels (Low, Medium, High), with the slot
   * each would take: read as 1 to 3 where the workbook's key is of a 3x3 matrix, else not read.
   */
  readonly threeLevelColumns?: ReadonlyArray<ColumnAssignment<RiskRole>>;
  /** The top of a rating scale beyond 5 that the header states ("Probability 0-10", "Impact (1-10)"). */
  readonly statedScale?: number;
  /**
   * Slots whose impact is scored in two or more areas of its own ("Cost Impact | Time Impact"
   * before "Rating"): their ratings are typed, worked by the register's own rule, not L x C.
   */
  readonly typedOnlySlots?: ReadonlyArray<RiskSlot>;
}

/** A row that names risk words but was not taken as a register's header, and why. */
export interface RiskHeaderRefusal {
  readonly headerRows: number[];
  readonly reason: string;
  readonly columns: ReadonlyArray<ColumnAssignment<RiskRole | string>>;
}

interface MeasuredColumn {
  col: number;
  header: string;
  measure: RiskMeasure;
  slot: RiskSlot | null;
  /** How the slot was told: "named in the header", "from the heading above". */
  slotWhy: string;
  /** A rating marked with an X under a scale's levels: the scale's columns, lowest first. */
  marks?: number[];
  /** Why a column with no header of its own is read, where it has none. */
  unheaded?: string;
  /** The review its heading names ("Quarter 2 16/17"), where it names one: the latest is read. */
  review?: { readonly text: string; readonly period: { monthIndex: number; dated: boolean } };
}


/** Of the filled cells in the fifteen rows below a header: how many are text passing `test`, and how many are not. */
function cellsBelow(sheet: SheetGrid, fromRow: number, col: number, test: (text: string) => boolean): { passing: number; other: number } {
  const { passing, filled } = cellsPassing(sheet, col, fromRow, 15, (v) => typeof v === 'string' && test(v.trim()));
  const repeatsFailing = [...headerRepeatsBelow(sheet, fromRow, col)].filter((r) => !test(cellText(sheet, r, col))).length;
  return { passing, other: filled - passing - repeatsFailing };
}

/**
 * How many of the fifteen cells under a header repeat its own words, printed again over the
 * register's next section ("Probability" over each section's risks, a page written in Markdown):
 * no cells of the column, and not counted against what it holds.
 */
function headerRepeatsBelow(sheet: SheetGrid, fromRow: number, col: number): ReadonlySet<number> {
  const own = cellText(sheet, fromRow - 1, col).toLowerCase();
  const rows = new Set<number>();
  // (A heading's words, not a rating: a caller may look from under the first risk.)
  if (!/[a-z]{4}/.test(own) || THREE_LEVEL_VALUES.has(own)) return rows;
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 15); r++) if (cellText(sheet, r, col).toLowerCase() === own) rows.add(r);
  return rows;
}

/** Whether the cells below a header hold grade words ("Low", "High") rather than numbers. */
function holdsGradeWords(sheet: SheetGrid, fromRow: number, col: number): boolean {
  // (Or a grade and then why, "High: risk of serious injury.".)
  const { passing, other } = cellsBelow(sheet, fromRow, col, (t) => GRADE_WORD.test(t) || GRADE_WORD.test(leadingGrade(t).replace(/[.;:,]+$/, '')));
  return passing > 0 && passing >= other;
}

const SCORE_FIGURE = '(?:[1-9]|1\\d|2[0-4])(?:\\.\\d{1,2})?|25';
const SCORE_CELL = new RegExp(`^(?:${SCORE_FIGURE})$|^[a-z]+(?: [a-z]+)? \\(?(?:${SCORE_FIGURE})\\)?$|^(?:${SCORE_FIGURE}) ?\\(?[a-z]+\\)?$`);

/** Whether the cells below are mostly scores from 1 to 25, as numbers or as text, with their grades or not. */
function holdsScores(sheet: SheetGrid, fromRow: number, col: number): boolean {
  // "12", or with its grade beside it: "High 16", "M (9)", "12 H", "Medium 10.4".
  // (Or the two ratings it is the product of, split by a comma: "4,3".)
  const { passing, other } = cellsBelow(sheet, fromRow, col, (t) => SCORE_CELL.test(t.toLowerCase()) || RATING_DIGITS_PAIR.test(t));
  // cellsBelow counts numbers as "other": count them here.
  let numbers = 0;
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 15); r++) {
    const v = cellValue(sheet, r, col);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 25) numbers++;
  }
  const scores = passing + numbers;
  return scores > 0 && scores > other - numbers;
}

/** Whether the cells below are mostly two ratings in words in one cell ("Major(s) / High", "Likely x Minor"). */
function holdsRatingPairs(sheet: SheetGrid, fromRow: number, col: number): boolean {
  const { passing, other } = cellsBelow(sheet, fromRow, col, (t) => RATING_PAIR.test(t.trim()));
  return passing >= 2 && passing > other;
}

/** Whether most of the pairs of words below read as a likelihood and a consequence, by the sheet's matrix or the NPSA words. */
function pairsReadAsRatings(sheet: SheetGrid, fromRow: number, col: number): boolean {
  const grid = findMatrixGrid(sheet);
  const words = grid ? { likelihood: grid.likelihood, consequence: grid.consequence } : {};
  const { passing, other } = cellsBelow(sheet, fromRow, col, (t) => parseRatingPair(t, words) !== null);
  return passing >= 2 && passing > other;
}

/** Whether the cells below are mostly sentences of several words: a narrative column ("5 x 2 = 10" is a sum, not words). */
function holdsProse(sheet: SheetGrid, fromRow: number, col: number): boolean {
  // (Or three words run on with a comma, "Misdiagnosis, wrong treatment": no rating is written so.)
  const sentence = (t: string) => {
    const words = t.split(/\s+/).filter((w) => /[a-z]{2,}/i.test(w)).length;
    return words >= 4 || (words >= 3 && /[a-z],\s/i.test(t));
  };
  const { passing, other } = cellsBelow(sheet, fromRow, col, sentence);
  return passing > 0 && passing > other;
}

/**
 * Whether the cells below hold only three levels (H, M, L, or High, Medium, Low): a rating that
 * is not the 1 to 5 scale. "Minor" or "Major" are a consequence scale's own words, and read.
 */
function holdsThreeLevels(sheet: SheetGrid, fromRow: number, col: number): boolean {
  let levels = 0;
  let letters = 0;
  const repeats = headerRepeatsBelow(sheet, fromRow, col);
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 15); r++) {
    const v = cellValue(sheet, r, col);
    if (v === null || (typeof v === 'string' && v.trim() === '') || repeats.has(r)) continue;
    // (Or ranked by letters, "SEVERITY ABC" over "C": a class, not a point on the scale.)
    if (typeof v === 'string' && (/^(h|m|l|high|med|medium|low|a|b|c|d|e)$/i.test(v.trim()) || BETWEEN_TWO_LEVELS.test(v.trim()))) levels++;
    else return false;
    if (/^[a-e]$/i.test(String(v).trim())) letters++;
  }
  // (Letters A to E under a header printed again over the next section rate a scale of their
  // own, not three levels: the register is read, and its letters said to be unread.)
  if (letters > 0 && repeats.size > 0) return false;
  return levels > 0;
}

/** A rating between two of three levels, "Medium/High", as a parish rates one risk among its "Low"s. */
const BETWEEN_TWO_LEVELS = /^(low|med(ium)?|high)\s*\/\s*(low|med(ium)?|high)$/i;

/** Whether a column's cells below are the words of three levels (High, Medium, Low; H, M, L), not letters of a class. */
function holdsLevelWords(sheet: SheetGrid, fromRow: number, col: number): boolean {
  return cellsBelow(sheet, fromRow, col, (t) => THREE_LEVEL_VALUES.has(t.toLowerCase()) || BETWEEN_TWO_LEVELS.test(t)).other === 0;
}

/**
 * The slot each three-level likelihood or consequence would take: that of the score column just
 * right of it (within three columns), or the register's one slot. None where the slot already has
 * that column.
 */
function threeLevelRatings(found: ReadonlyArray<{ col: number; header: string; measure: 'likelihood' | 'consequence' }>, columns: ReadonlyArray<ColumnAssignment<RiskRole>>, slots: ReadonlyArray<RiskSlot>, why: Map<number, string>): { threeLevelColumns?: ColumnAssignment<RiskRole>[] } {
  const out: ColumnAssignment<RiskRole>[] = [];
  for (const f of found) {
    const score = columns.find((c) => c.role.endsWith('Score') && c.col > f.col && c.col - f.col <= 3);
    const slot = score ? (score.role.replace(/Score$/, '') as RiskSlot) : slots.length === 1 ? slots[0]! : null;
    if (slot === null) continue;
    const role = `${slot}${f.measure === 'likelihood' ? 'Likelihood' : 'Consequence'}` as RiskRole;
    if (columns.some((c) => c.role === role) || out.some((c) => c.role === role)) continue;
    out.push({ role, col: f.col, header: f.header });
    why.set(f.col, `${f.measure}, ${slot}, in the words of three levels (Low, Medium, High): read as 1 to 3 where the workbook's key is of a 3x3 matrix, and not read otherwise`);
  }
  return out.length > 0 ? { threeLevelColumns: out } : {};
}

/** A slot said as after treatment: "New Likelihood", "Revised Score", "Severity after treatment". */
const AFTER_TREATMENT = /^(new|revised|resulting)\b|\bafter (the )?(treatment|mitigation|controls?|actions?)\b/;

/**
 * Of several columns naming one measure with no slot ("Consequence | Likelihood | Severity |
 * Impact"), those whose cells hold no rating at all (what would happen, "Automation breaks";
 * a class in Roman numerals, "IV") where another holds ratings: text about the risk, not its
 * scale. (A column of the key's own words, with no column of figures beside it, is kept.)
 */
/**
 * One score heading over three columns of figures ("Level of Risk" over "1 | 4 | 4"), the two
 * after it headed by nothing: where the third is the first times the second on nearly every
 * row, they are the likelihood, the consequence and their product, in that order, as "L x S = R"
 * is written.
 */
function productUnderOneHeading(sheet: SheetGrid, row: number, measured: MeasuredColumn[]): void {
  for (const m of [...measured]) {
    if (m.measure !== 'score') continue;
    const [l, c, r] = [m.col, m.col + 1, m.col + 2];
    if ([c, r].some((x) => cellText(sheet, row, x) !== '' || measured.some((o) => o.col === x))) continue;
    let rows = 0;
    let products = 0;
    for (let at = row + 1; at < Math.min(sheet.values.length, row + 41); at++) {
      const [a, b, p] = [l, c, r].map((x) => figureIn(cellValue(sheet, at, x)));
      if (a === null || b === null || p === null) continue;
      rows++;
      if (a * b === p) products++;
    }
    if (rows < 3 || products < rows * 0.8) continue;
    const at = measured.indexOf(m);
    measured.splice(at, 1,
      { ...m, measure: 'likelihood' },
      { ...m, col: c, measure: 'consequence' },
      { ...m, col: r, measure: 'score' });
  }
}

/**
 * Abbreviations spelled out on the rows over a header ("L=Likelihood S=Severity DR=Degree of Risk
 * (Before any controls in place)"): each, in lower case, with what it stands for.
 */
function legendAbove(sheet: SheetGrid, row: number): Map<string, string> {
  const out = new Map<string, string>();
  // (Or a key further up names each measure with its letter, "Severity (S) | … | Frequency (F)",
  // or by words whose initials are the letters, "Risk Factor" for RF: a scout group's key
  // printed over its form.)
  // (A letter named so, "Severity Rating (SR)", says what it is wherever the form's key stands
  // above the register: a page of guidance and a matrix may come between.)
  for (let r = Math.max(0, row - 40); r < row; r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== 'string') continue;
      const named = /^([A-Za-z][A-Za-z ]{2,30}?)\s*\(([A-Z]{1,3})\)$/.exec(v.trim());
      if (named && !out.has(named[2]!.toLowerCase())) out.set(named[2]!.toLowerCase(), named[1]!.trim());
      if (r < row - 12) continue;
      const initialled = /^([A-Z][a-z]+)(?: ([A-Z][a-z]+)){1,2}$/.test(v.trim()) ? v.trim().split(' ') : null;
      if (initialled) {
        const initials = initialled.map((w) => w[0]!.toLowerCase()).join('');
        if (!out.has(initials)) out.set(initials, v.trim());
      }
    }
  }
  for (let r = Math.max(0, row - 4); r < row; r++) {
    for (const v of sheet.values[r] ?? []) {
      if (typeof v !== 'string' || !v.includes('=')) continue;
      for (const m of v.matchAll(/\b([A-Z]{1,4})\s*=\s*(.+?)(?=\s+[A-Z]{1,4}\s*=|$)/g)) out.set(m[1]!.toLowerCase(), m[2]!.trim());
    }
  }
  return out;
}

/** A whole number from 1 to 25 in a cell, as a rating is typed. */
function figureIn(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,2}\s*$/.test(v) ? Number(v) : null;
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 25 ? n : null;
}

/** Of the cells under a likelihood or consequence column, how many are ratings its scale reads, and how many are not. */
function ratingsIn(sheet: SheetGrid, row: number, m: MeasuredColumn): { ratings: number; other: number } {
  const parse = m.measure === 'likelihood' ? parseLikelihood : parseConsequence;
  const { passing, filled } = cellsPassing(sheet, m.col, row + 1, 15, (v) => parse(v).kind === 'value');
  return { ratings: passing, other: filled - passing };
}

function dropUnratedTwins(sheet: SheetGrid, row: number, measured: MeasuredColumn[]): void {
  for (const measure of ['likelihood', 'consequence'] as const) {
    const twins = measured.filter((m) => m.measure === measure && m.slot === null);
    if (twins.length < 2) continue;
    const counts = new Map(twins.map((m) => [m, ratingsIn(sheet, row, m)] as const));
    if (![...counts.values()].some((c) => c.ratings > c.other)) continue;
    for (const [m, c] of counts) {
      if (c.ratings === 0 && c.other > 0) measured.splice(measured.indexOf(m), 1);
    }
  }
}

/**
 * A rating given twice side by side, in its words and then as its figure ("Likelihood | Prob"
 * over "Almost Certain | 0.85", "Impact/ Consequence | Impact Score" over "Major | 4"): one
 * rating, read from its figure; the words beside it are not a second slot's.
 */
function dropWordsBesideTheirFigures(sheet: SheetGrid, row: number, measured: MeasuredColumn[]): void {
  const isFigure = (v: CellValue) => typeof v === 'number' || (typeof v === 'string' && /^\s*\d*\.?\d+\s*$/.test(v));
  const isWords = (v: CellValue) => typeof v === 'string' && /\p{L}{2}/u.test(v) && !/\d/.test(v);
  for (const m of [...measured]) {
    if (m.measure !== 'likelihood' && m.measure !== 'consequence') continue;
    const next = measured.find((n) => n.col === m.col + 1);
    if (!next || next.measure !== m.measure || (m.slot !== null && next.slot !== null && m.slot !== next.slot)) continue;
    const words = cellsPassing(sheet, m.col, row + 1, 15, isWords);
    const figures = cellsPassing(sheet, next.col, row + 1, 15, isFigure);
    if (words.passing >= 2 && words.passing === words.filled && figures.passing === figures.filled && figures.passing >= words.passing) measured.splice(measured.indexOf(m), 1);
  }
}

export function riskHeaderAt(sheet: SheetGrid, row: number, onRefusal?: (refusal: RiskHeaderRefusal) => void): RiskHeader | null {
  if (!mayBeHeaderRow(sheet, row)) return null;
  // As wide as the row above too: a column named only in the upper row of a two-row header
  // ("Risk Owner" over a blank) is the register's, however the sheet's reader trims blank cells.
  const width = Math.max(rowWidth(sheet, row), row > 0 ? rowWidth(sheet, row - 1) : 0);
  const group = row > 0 ? groupTexts(sheet, row - 1, width, 1) : [];
  const info: ColumnAssignment<RiskRole>[] = [];
  const measured: MeasuredColumn[] = [];
  const seenInfo = new Set<RiskRole>();
  let numbers = 0;
  let usesGroupText = false;
  // The header's second line under it, naming a column's scale ("HAZARD | RISK LEVEL" over
  // "ACTIVITY | IDENTIFIED. | L/M/H"): a column blank above is named there, not by a form's
  // field further up ("REVIEW DATE | 03-03-22").
  const secondLine = row + 1 < sheet.values.length && (sheet.values[row + 1] ?? []).some((_v, c) => SCALE_CELL.test(cellText(sheet, row + 1, c)));
  let usesSecondLine = false;
  let legendRead: Map<string, string> | undefined;
  const legend = () => (legendRead ??= legendAbove(sheet, row));
  let likelihoodSeen: boolean | undefined;
  const likelihoodOnRow = () => (likelihoodSeen ??= Array.from({ length: width }, (_v, c) => cellText(sheet, row, c)).some((t) => t !== '' && riskMeasureOf(t) === 'likelihood'));
  const markedScale = new Set<number>();
  const threeLevel: Array<{ col: number; header: string; measure: 'likelihood' | 'consequence' }> = [];
  const footnoted = footnotedLetters(sheet, row, width);
  const areas = impactAreas(sheet, row, width);
  if (areas) measured.push({ col: areas[0]!, header: areas.map((c) => cellText(sheet, row, c)).join(' | '), measure: 'consequence', slot: null, slotWhy: '' });
  // Or scored per area, each a score of its own ("People | Environment | Finance | Reputation"
  // over 7, 0, 4, 7): the risk's score is the highest.
  const scoreAreas = areas ? null : impactAreas(sheet, row, width, holdsAreaProducts);
  if (scoreAreas) measured.push({ col: scoreAreas[0]!, header: scoreAreas.map((c) => cellText(sheet, row, c)).join(' | '), measure: 'score', slot: null, slotWhy: '' });
  for (let c = 0; c < width; c++) {
    if (areas?.includes(c) || scoreAreas?.includes(c)) continue;
    if (typeof cellValue(sheet, row, c) === 'number') numbers++;
    let own = footnoted.get(c) ?? cellText(sheet, row, c);
    if (!own && secondLine && riskInfoRoleOf(cellText(sheet, row + 1, c))) {
      own = cellText(sheet, row + 1, c);
      usesSecondLine = true;
    }
    // A header over two rows may name a column only in its upper row ("Risk Identified" over a blank).
    // (So may a score, "Current risk score" over a blank beside "Likelihood | Impact" under
    // their own heading: its own column's name, not a heading carried over.)
    if (!own && group[c] && cellText(sheet, row - 1, c) && (riskInfoRoleOf(group[c]!) || (riskMeasureOf(group[c]!) === 'score' && likelihoodOnRow() && holdsScores(sheet, row + 1, c)))) {
      own = group[c]!;
      usesGroupText = true;
    }
    // (A header may run its scale's key on after its name, "Likelihood 1 = Rare, 2 = …": its name's length counts.)
    if (!own || !isHeaderLength(withoutInlineKey(own))) continue;
    // A column's key letter in brackets, "(A) | (C) | (D)" under a form's headings, is no rating's
    // letter: "(C)" is the third column, not the consequence.
    if (/^\([a-z]\)$/i.test(own.trim())) continue;
    // "VL | L | M | H | VH" under "Probability": a scale whose level is marked with an X in one
    // of its columns, not a likelihood column (the "L") and others. Not read (its marks are no
    // figures), rather than misread.
    const run = scaleLevelsRun(sheet, row, c);
    if (run || scaleLevelsRun(sheet, row + 1, c)) {
      markedScale.add(c);
      // All five levels under a heading that names the measure ("Probability", "Consequences"):
      // the level marked is the rating. Read at the scale's first column.
      const named = group[c] ? riskMeasureOf(group[c]!) : null;
      if (run && run.from === c && run.to - run.from === 4 && (named === 'likelihood' || named === 'consequence')) {
        const slot = slotOf(group[c]!);
        measured.push({ col: c, header: group[c]!, measure: named, slot, slotWhy: slot ? `from "${group[c]}" above it` : '', marks: Array.from({ length: 5 }, (_v, k) => c + k) });
        usesGroupText = true;
      }
      continue;
    }
    // (Or as a legend over the header spells it out: "DR=Degree of Risk (Before any controls in place)".)
    const spelledOut = legend().get(normaliseHeader(own));
    let measure = riskMeasureOf(own) ?? (spelledOut ? riskMeasureOf(spelledOut) : null);
    // A measure's name over its scale's letters, the cell above its own ("PROBABILITY" over
    // "H/M/L"): that measure in letters, not a grade.
    const wrappedAbove = row > 0 && !mergeAt(sheet, row - 1, c) ? cellText(sheet, row - 1, c) : '';
    if (wrappedAbove && SCALE_CELL.test(riskWords(own))) {
      const whole = riskMeasureOf(`${wrappedAbove} ${own}`);
      if (whole && whole !== measure) {
        measure = whole;
        own = `${wrappedAbove} ${own}`;
        usesGroupText = true;
      }
    }
    // A slot alone ("Initial | Current | Target") under the measure they share ("Level of Risk
    // (consequence x likelihood)" merged over them): each is that measure, for its slot.
    if (!measure && group[c] && slotOf(own) && SLOT_ALONE.test(riskWords(own))) {
      const shared = riskMeasureOf(group[c]!);
      if (shared && shared !== 'grade') {
        measure = shared;
        own = `${group[c]} ${own}`;
        usesGroupText = true;
      }
    }
    // "R" straight after the likelihood ("L | R", or areas then "L | R") is the rating, the score;
    // alone, an R is a RAG letter.
    if (!measure && normaliseHeader(own) === 'r' && c > 0 && riskMeasureOf(cellText(sheet, row, c - 1)) === 'likelihood') measure = 'score';
    // "Likelihood | Impact | Overall" (or "| Total") over scores: the product of the two beside it.
    if (!measure && /^(overall|total|product)$/.test(normaliseHeader(own)) && c > 1 && holdsScores(sheet, row + 1, c)) {
      const pair = [riskMeasureOf(cellText(sheet, row, c - 2)), riskMeasureOf(cellText(sheet, row, c - 1))];
      if (pair.includes('likelihood') && pair.includes('consequence')) measure = 'score';
    }
    // An RPN beside a detection rating ("SEV | OCC | DET | RPN") is the three multiplied, a
    // failure-mode analysis's number, not likelihood times consequence: not read as the score.
    if (measure === 'score' && /\brpn\b/.test(normaliseHeader(own)) && Array.from({ length: width }, (_v, x) => normaliseHeader(cellText(sheet, row, x))).some((t) => /^(det|detection|detectability|d)$/.test(t))) measure = null;
    // A slot alone over scores ("RATING | TARGET" over "12 | 8"): that slot's score.
    // (Or over its two ratings in words in one cell, "Major / High": the pair its score is of.)
    if (!measure && SLOT_ALONE.test(riskWords(own)) && (holdsScores(sheet, row + 1, c) || holdsRatingPairs(sheet, row + 1, c))) measure = 'score';
    // (Or a slot's assessment over them, "Inherent Assessment" over "4,3" or "12": its score.)
    if (!measure && slotOf(own) && /\bassessment\b/.test(normaliseHeader(own)) && holdsScores(sheet, row + 1, c)) measure = 'score';
    // (Or a rating's own heading over such pairs, "Overall Risk" over "Likely/Major", each pair
    // read by the sheet's matrix or the NPSA words: the pair's score. Not "Risk Category" over
    // "Finance/Legal", which no scale reads.)
    if (!measure && GRADE_ONLY_HEADER.test(normaliseHeader(own)) && holdsRatingPairs(sheet, row + 1, c) && pairsReadAsRatings(sheet, row + 1, c)) measure = 'score';
    // "Risk Assessment" or "Rating" over words (Low, High) is a grade, not a score.
    if ((measure === 'score' || measure === null) && GRADE_ONLY_HEADER.test(normaliseHeader(own)) && holdsGradeWords(sheet, row + 1, c)) measure = 'grade';
    // "Severity (H/M/L)" in letters with no likelihood beside it: the risk's one rating, its grade
    // (a parish's risk assessment, "Subject | Risk Identification | Severity (H/M/L)").
    if (measure === 'consequence' && /\bseverity\b/.test(normaliseHeader(own)) && !likelihoodOnRow() && ![...measured, ...threeLevel].some((m) => m.measure === 'likelihood') && holdsThreeLevels(sheet, row + 1, c)) measure = 'grade';
    // A likelihood or impact given in letters ("Impact H/L/M": H, M, L) is not on the 1 to 5
    // scale a score is worked out from: not read, rather than raise an error on every risk.
    // (Unless the workbook's key is of a 3x3 matrix: then Low, Medium and High are 1, 2 and 3,
    // and the register's analysis reads them so. Kept aside here, out of the slots' grouping.)
    // (Not on a DCB0129 hazard log, whose likelihoods run Very low, Low, Medium, High, Very high.)
    if ((measure === 'likelihood' || measure === 'consequence') && holdsThreeLevels(sheet, row + 1, c) && !(measure === 'likelihood' && ratesOnDcb0129(sheet))) {
      if (holdsLevelWords(sheet, row + 1, c)) threeLevel.push({ col: c, header: own, measure });
      continue;
    }
    // "Potential consequence of risk" over sentences describes the consequence; it does not score it.
    if (measure && measure !== 'grade' && holdsProse(sheet, row + 1, c)) measure = null;
    // "Most likely cost of impact (£)" over 155000: money, a quantified risk's, never a rating.
    if (measure && measure !== 'grade' && MONEY_HEADER.test(own) && wholeNumbersBelow(sheet, row + 1, c, 25).beyond > 0) measure = null;
    // Last review's rating beside this one's: context, not a slot of the risk now.
    if (measure && EARLIER_REVIEW.test(own) && !slotOf(own)) continue;
    if (measure) {
      const ownSlot = slotOf(own);
      const groupSlot = group[c] ? slotOf(group[c]!) : null;
      // "DR" spelled out in a legend over the header: "DR=Degree of Risk (Before any controls in place)".
      const spelled = legend().get(normaliseHeader(own));
      const legendSlot = !ownSlot && !groupSlot && spelled ? slotOf(spelled) : null;
      const reviewText = [group[c], own].filter(Boolean).join(' ');
      const period = periodOfHeading(reviewText);
      measured.push({ col: c, header: own, measure, slot: ownSlot ?? groupSlot ?? legendSlot, slotWhy: ownSlot ? 'named in the header' : groupSlot ? `from "${group[c]}" above it` : legendSlot ? `"${own}" is "${spelled}" in the legend over the header` : '', ...(period ? { review: { text: reviewText, period } } : {}) });
      continue;
    }
    // A second naming column ("ACTIVITY", then "HAZARD") describes the risk the first names.
    const named = riskInfoRoleOf(own);
    const role = named === 'title' && seenInfo.has('title') ? 'description' : named;
    if (role && !seenInfo.has(role)) {
      seenInfo.add(role);
      info.push({ role, col: c, header: own });
    }
  }
  // A register rated only in the words of three levels, its impact and likelihood each High,
  // Medium or Low, with no score or other rating: still a register, its risks listed, its words
  // read as 1 to 3 where the workbook's key is of a 3x3 matrix (a parish's "Assessment of Impact
  // (H/M/L) | Likelihood (H/M/L)").
  // A column of words no scale reads ("Project Impact" over "Outcomes delayed") beside one rated
  // in three levels ("Risk Impact" over "High") describes the risk; the rated one is its rating.
  for (const t of threeLevel) {
    for (const m of [...measured]) {
      if (m.measure === t.measure && m.slot === null && ratingsIn(sheet, row, m).ratings === 0) measured.splice(measured.indexOf(m), 1);
    }
  }
  const ratedInWords = !measured.some((m) => m.measure !== 'grade') && threeLevel.some((t) => t.measure === 'likelihood') && threeLevel.some((t) => t.measure === 'consequence');
  if (ratedInWords) {
    for (const t of threeLevel) {
      const slot = slotOf(t.header) ?? (group[t.col] ? slotOf(group[t.col]!) : null);
      measured.push({ col: t.col, header: t.header, measure: t.measure, slot, slotWhy: slot ? 'named in the header' : '' });
    }
  }
  dropUnratedTwins(sheet, row, measured);
  dropWordsBesideTheirFigures(sheet, row, measured);
  productUnderOneHeading(sheet, row, measured);
  const unheadedImpact = unheadedConsequenceColumn(sheet, row, measured);
  if (unheadedImpact) measured.push(unheadedImpact);
  if (measured.length === 0) {
    const unheaded = unheadedGradeColumn(sheet, row, width, seenInfo);
    if (unheaded !== null) measured.push({ col: unheaded, header: '', measure: 'grade', slot: null, slotWhy: '' });
  }
  const scoreLike = measured.filter((m) => m.measure === 'score' || m.measure === 'likelihood' || m.measure === 'consequence');
  // A register graded in words alone (parish councils' "Risk Assessment: Low") is still a register.
  const gradeOnly = scoreLike.length === 0 && measured.some((m) => m.measure === 'grade');
  const usesGroup = usesGroupText || measured.some((m) => !slotOf(m.header) && group[m.col] && slotOf(group[m.col]!));
  const headerRows = usesGroup ? [row - 1, row] : usesSecondLine ? [row, row + 1] : [row];
  const refuse = (reason: string) => {
    // Only a row that names a likelihood, consequence or score, or two of a register's other
    // columns, is worth explaining: a lone "RAG" column is in many a table that is no register.
    if (onRefusal && (scoreLike.length > 0 || seenInfo.size >= 2)) {
      const read = [...info, ...measured.map((m) => ({ role: m.measure, col: m.col, header: m.header }))].sort((a, b) => a.col - b.col);
      onRefusal({ headerRows, reason, columns: read });
    }
    return null;
  };
  if (scoreLike.length === 0 && !gradeOnly) return refuse(markedScale.size > 0 ? `its ratings are marked with an X under the levels of a scale (${[...markedScale].map((c) => cellText(sheet, row, c)).join(' | ')}), which RAG Board reads only where the scale has all five levels (VL to VH) under a heading that names the likelihood or consequence; name the likelihood and consequence as numbers or words in a column each` : 'it names no likelihood, consequence, score or rating column');
  // Items ranked by a priority alone ("Serial No. | Priority (H/M/L) | Item | Action"), no risk
  // or hazard named in the header: a plan of actions, not a register of risks.
  const rowWords = Array.from({ length: width }, (_v, c) => normaliseHeader(cellText(sheet, row, c))).join(' | ');
  if (gradeOnly && measured.every((m) => m.measure !== 'grade' || /\bpriority\b/.test(normaliseHeader(m.header))) && !/\b(risks?|hazards?)\b/.test(rowWords)) return refuse('its only rating is a priority, and no column names a risk or hazard: a plan of actions, not a register of risks');
  // "Severity | x | Likelihood" across the cells: the heading of a matrix's key, its scales
  // listed under it, not a register's header.
  // (By the words either side, whatever is under them: a key's "Fatality (e.g. life changing)".)
  const names = (t: string) => t !== '' && riskMeasureOf(t) !== null;
  if (Array.from({ length: width }, (_v, c) => cellText(sheet, row, c)).some((t, c, all) => /^[x×*]$/i.test(t) && all.slice(0, c).some(names) && all.slice(c + 1).some(names))) {
    return refuse('it is the heading of a key ("Severity x Likelihood" across its cells), its scales listed under it, not a register\'s header');
  }
  if (numbers > 0) return refuse(`it holds ${numbers === 1 ? 'a number' : `${numbers} numbers`}, so it reads as a risk, not a header`);
  let hasIdentity = seenInfo.has('ref') || seenInfo.has('title') || seenInfo.has('description');
  const identityWhy = new Map<number, string>();
  if (!hasIdentity && scoreLike.length > 0) {
    // A register may leave its reference column's header blank: the cells say what it is.
    const firstScore = Math.min(...scoreLike.map((m) => m.col));
    for (const found of identityFromCells(sheet, row, firstScore, new Set([...info.map((c) => c.col), ...measured.map((m) => m.col)]))) {
      info.push(found);
      seenInfo.add(found.role);
      identityWhy.set(found.col, found.role === 'ref' ? 'no header; its cells are short references ("GB35")' : 'no header; its cells are the risks\' names');
    }
    hasIdentity = info.some((c) => c.role === 'ref' || c.role === 'title' || c.role === 'description');
  }
  if (!hasIdentity) {
    // A column headed as the risk at a stage ("Risk prior to measures") whose cells name the
    // hazards in words, not ratings, before a rating after the measures: the risks' names.
    const taken = new Set([...info.map((c) => c.col), ...measured.map((m) => m.col)]);
    for (let c = 0; c < Math.min(...measured.map((m) => m.col)); c++) {
      const own = cellText(sheet, row, c);
      if (taken.has(c) || !/^(risks?|hazards?)\b/.test(normaliseHeader(own)) || !slotOf(own) || riskMeasureOf(own) !== null || !holdsProse(sheet, row + 1, c)) continue;
      info.push({ role: 'title', col: c, header: own });
      seenInfo.add('title');
      identityWhy.set(c, `"${own}" over the hazards named in words, not rated: the risks' names`);
      hasIdentity = true;
      break;
    }
  }
  if (!hasIdentity) return refuse('it has score columns but no reference, risk title or description column to say which risk each row is');
  if (!seenInfo.has('ref')) {
    // A numbered list under a blank header left of the risk's name ("1." "2." …) is its reference.
    const named = info.filter((c) => c.role === 'title' || c.role === 'description').map((c) => c.col);
    const before = Math.min(...named, ...scoreLike.map((m) => m.col), ...measured.map((m) => m.col));
    const taken = new Set([...info.map((c) => c.col), ...measured.map((m) => m.col)]);
    // (Or, failing that, a column of references under a blank header between the risk's names and
    // its ratings: "Hazard | | L | C" over "1.  Trapped fingers | 1A | 2 | 2".)
    const firstRating = Math.min(...measured.map((m) => m.col));
    const ref = identityFromCells(sheet, row, before, taken).find((c) => c.role === 'ref') ?? identityFromCells(sheet, row, firstRating, taken, true).find((c) => c.role === 'ref');
    if (ref) {
      info.push(ref);
      seenInfo.add('ref');
      identityWhy.set(ref.col, 'no header; its cells are short references ("1.", "GB35")');
    }
  }
  measured.sort((a, b) => a.col - b.col);
  const assigned = assignSlots(measured, (from, to) => Array.from({ length: Math.max(0, to - from - 1) }, (_v, k) => cellText(sheet, row, from + 1 + k)).some((t) => CONTROLS_HEADER.test(normaliseHeader(t))));
  let { columns, slots } = assigned;
  const why = assigned.why;
  // Ratings before a revised rating, taken as before treatment, that stand after a column of the
  // controls in place ("Current Control Measures | Risk Rating | Additional Control Measures |
  // Revised Risk Rating"): rated with those controls, the current slot.
  const unnamedInherent = assigned.resolved.filter((m) => m.slot === 'inherent' && !slotOf(m.header) && !(group[m.col] && slotOf(group[m.col]!)));
  if (unnamedInherent.length && !slots.includes('current') && unnamedInherent.length === assigned.resolved.filter((m) => m.slot === 'inherent').length) {
    const first = Math.min(...unnamedInherent.map((m) => m.col));
    const controlsBefore = Array.from({ length: first }, (_v, c) => normaliseHeader(cellText(sheet, row, c))).some((t) => /\b(current|existing) (control|mitigation)/.test(t));
    if (controlsBefore) {
      columns = columns.map((c) => (c.role.startsWith('inherent') ? { ...c, role: c.role.replace('inherent', 'current') as RiskRole } : c));
      slots = slots.map((x) => (x === 'inherent' ? 'current' : x));
      for (const m of unnamedInherent) why.set(m.col, `${m.measure}, current: rated after the column of the controls in place, before the revised rating`);
    }
  }
  const typedOnly = impactsInAreas(assigned.resolved, why);
  if (typedOnly.length) columns = columns.filter((c) => !(c.role.endsWith('Consequence') && typedOnly.includes(c.role.replace(/Consequence$/, '') as RiskSlot)));
  if (slots.length === 0) return refuse('none of its score columns could be given a slot (inherent, current, residual or target)');
  // One set of score columns, no slot named, and each risk given two rows (the row below with
  // scores and no name): the risk's own row holds its scores before controls, the inherent ones.
  const identityCols = info.filter((c) => c.role === 'ref' || c.role === 'title' || c.role === 'description').map((c) => c.col);
  if (slots.length === 1 && slots[0] !== 'inherent' && !measured.some((m) => m.slot !== null) && twoRowsToARisk(sheet, row + 1, identityCols, measured.map((m) => m.col))) {
    const from = slots[0]!;
    columns = columns.map((c) => ({ ...c, role: c.role.replace(from, 'inherent') as RiskRole }));
    for (const m of measured) why.set(m.col, `${m.measure}, inherent: two rows to a risk, the scores on its own row are before controls, those on the row below after them`);
    slots = ['inherent'];
  }
  // One set of score columns, no slot named in the header, under a heading that names one
  // ("Residual Risk Register"): the heading says which assessment the register is.
  const heading = slots.length === 1 && slots[0] === 'current' && !measured.some((m) => m.slot !== null) ? slotHeadingAbove(sheet, row) : null;
  if (heading && heading.slot !== 'current') {
    columns = columns.map((c) => ({ ...c, role: c.role.replace('current', heading.slot) as RiskRole }));
    for (const m of measured) why.set(m.col, `${m.measure}, ${heading.slot}: no slot named in the header; the heading over the table, "${heading.text}", names it`);
    slots = [heading.slot];
  }
  for (const c of info) why.set(c.col, identityWhy.get(c.col) ?? 'from its header');
  // Ratings marked with an X: each scale read at its first column, its level the one marked.
  const marked: MarkedScale[] = measured.filter((m) => m.marks && columns.some((c) => c.col === m.col)).map((m) => ({ col: m.col, cols: m.marks! }));
  for (const m of marked) {
    const role = columns.find((c) => c.col === m.col)!.role;
    for (const col of m.cols) why.set(col, `${role}: marked with an X under the levels ${m.cols.map((x) => cellText(sheet, row, x)).join(' | ')}; the level marked is the rating, ${m.cols.indexOf(col) + 1} of 5 here`);
  }
  // Rated in words alone: the words' columns are read only on a 3x3 matrix, as any three-level ratings are.
  const inWords = ratedInWords ? columns.filter((c) => threeLevel.some((t) => t.col === c.col)) : [];
  if (inWords.length > 0) {
    columns = columns.filter((c) => !inWords.includes(c));
    for (const c of inWords) why.set(c.col, `${c.role}, in the words of three levels (Low, Medium, High): read as 1 to 3 where the workbook's key is of a 3x3 matrix, and not read otherwise`);
  }
  const stated = statedScaleTop(columns) ?? scaleShownByRatings(sheet, row + 1, columns, slots);
  const scales = { ...(typedOnly.length ? { typedOnlySlots: typedOnly } : {}), ...(marked.length > 0 ? { markedScales: marked } : {}), ...(inWords.length > 0 ? { threeLevelColumns: inWords } : threeLevelRatings(threeLevel, columns, slots, why)), ...(stated !== null ? { statedScale: stated } : {}) };
  // Scores per area stand in for the score column of the slot they were given, where the
  // register has no likelihood or consequence of its own for it.
  const scoreAreaRole = scoreAreas ? columns.find((c) => c.col === scoreAreas[0] && c.role.endsWith('Score')) : undefined;
  if (scoreAreas && scoreAreaRole) {
    const slot = scoreAreaRole.role.replace(/Score$/, '') as RiskSlot;
    if (!columns.some((c) => c.role === `${slot}Likelihood` || c.role === `${slot}Consequence`)) {
      for (const c of scoreAreas) why.set(c, `scored per area: the ${slot} score is the highest of ${scoreAreas.length} areas (0 where an area does not apply)`);
      return { kind: 'risk', headerRows, columns: [...info, ...columns.filter((c) => c !== scoreAreaRole)], slots, why, scoreAreas: { slot, cols: scoreAreas }, ...scales };
    }
  }
  // The areas stand in for the consequence column of the slot they were given.
  const areaRole = areas ? columns.find((c) => c.col === areas[0] && c.role.endsWith('Consequence')) : undefined;
  if (areas && areaRole) {
    const slot = areaRole.role.replace(/Consequence$/, '') as RiskSlot;
    for (const c of areas) why.set(c, `impact scored per area: the consequence is the highest of ${areas.length} areas`);
    return { kind: 'risk', headerRows, columns: [...info, ...columns.filter((c) => c !== areaRole)], slots, why, consequenceAreas: { slot, cols: areas }, ...scales };
  }
  return { kind: 'risk', headerRows, columns: [...info, ...columns], slots, why, ...scales };
}


/**
 * Rating letters each with a footnote's number after it, the numbers running on across the cells
 * ("L1 | C2 | R3", the key under the register printing "Likelihood of Occurrence1", "Likely
 * Consequences2", "Risk Rating R = L x S3"): the letters, by column. Not "L1 | I1 | L2 | I2", a
 * first and second assessment, whose numbers repeat; nor numbers no text on the sheet ends with.
 */
function footnotedLetters(sheet: SheetGrid, row: number, width: number): ReadonlyMap<number, string> {
  const found = new Map<number, string>();
  const cells = Array.from({ length: width }, (_v, c) => /^([a-z])\s?([1-9])$/i.exec(cellText(sheet, row, c)));
  for (let c = 0; c < width; c++) {
    let end = c;
    while (end + 1 < width && cells[end + 1] && cells[end] && Number(cells[end + 1]![2]) === Number(cells[end]![2]) + 1) end++;
    if (end > c) {
      const run = cells.slice(c, end + 1) as RegExpExecArray[];
      const letters = new Set(run.map((m) => m[1]!.toLowerCase()));
      // Each number a mark at the end of a phrase elsewhere on the sheet, the key's footnote
      // ("Likely Consequences2", "R = L x S3").
      const marked = (n: string) => sheet.values.some((vals) => (vals ?? []).some((v) => typeof v === 'string' && new RegExp(`\\s\\S*[a-z]${n}$`, 'i').test(v.trim())));
      if (letters.size === run.length && run.every((m) => marked(m[2]!))) run.forEach((m, k) => found.set(c + k, m[1]!));
    }
    c = end;
  }
  return found;
}

/**
 * The run of three or more scale levels side by side, lowest first ("VL | L | M | H | VH"), that a
 * header cell is one of, with a mark in one of them on a row below: a scale marked with an X.
 */
function scaleLevelsRun(sheet: SheetGrid, row: number, col: number): { from: number; to: number } | null {
  const level = (c: number) => {
    const t = normaliseHeader(cellText(sheet, row, c));
    return c >= 0 && typeof cellValue(sheet, row, c) === 'string' ? SCALE_LEVELS.findIndex((x) => x.test(t)) : -1;
  };
  if (level(col) < 0) return null;
  let from = col;
  while (level(from - 1) >= 0 && level(from - 1) < level(from)) from--;
  let to = col;
  while (level(to + 1) > level(to)) to++;
  if (to - from + 1 < 3) return null;
  for (let r = row + 1; r <= row + 3; r++) {
    for (let c = from; c <= to; c++) if (MARK.test(cellText(sheet, r, c))) return { from, to };
  }
  return null;
}

/**
 * Whether the register gives each risk two rows: of the first rows under the header that hold a
 * score, most come in pairs, a row naming the risk and, straight under it, a row with scores and
 * no name.
 */
function twoRowsToARisk(sheet: SheetGrid, fromRow: number, identityCols: ReadonlyArray<number>, scoreCols: ReadonlyArray<number>): boolean {
  const filled = (r: number, cols: ReadonlyArray<number>) => cols.some((c) => cellText(sheet, r, c) !== '' || typeof cellValue(sheet, r, c) === 'number');
  let scored = 0;
  let pairs = 0;
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 40); r++) {
    if (!filled(r, scoreCols)) continue;
    scored++;
    if (filled(r, identityCols) && r + 1 < sheet.values.length && filled(r + 1, scoreCols) && !filled(r + 1, identityCols)) {
      pairs++;
      scored++;
      r++;
    }
  }
  return pairs >= 2 && pairs * 2 >= scored * 0.8;
}

/**
 * Impact scored per area: three or more columns side by side, each headed by an area of impact
 * ("Safety", "Finance", "Reputation") or its code ("S", "H", "E", "D1", "F"), each holding
 * scores of 0 (does not apply) to 5.
 */
function impactAreas(sheet: SheetGrid, row: number, width: number, holds: (sheet: SheetGrid, fromRow: number, col: number) => boolean = holdsAreaScores): number[] | null {
  let run: number[] = [];
  let best: number[] = [];
  for (let c = 0; c <= width; c++) {
    const t = c < width ? normaliseHeader(cellText(sheet, row, c)) : '';
    if (t && IMPACT_AREA.test(t) && holds(sheet, row + 1, c)) run.push(c);
    else {
      if (run.length > best.length) best = run;
      run = [];
    }
  }
  if (best.length < 3) return null;
  // Codes alone ("S | H | E") name areas only beside a word or code that is surely one ("D1", "Finance").
  const words = best.map((c) => normaliseHeader(cellText(sheet, row, c)));
  return words.some((w) => w.length > 1) ? best : null;
}

/**
 * The whole numbers in the cells below a header, counted: how many are from 0 to `max`, how many
 * of those are above 5 (a score, not a rating), and how many figures are beyond. Words (a page
 * heading under the header) are passed over.
 */
function wholeNumbersBelow(sheet: SheetGrid, fromRow: number, col: number, max: number): { within: number; aboveFive: number; beyond: number } {
  let within = 0;
  let aboveFive = 0;
  let beyond = 0;
  for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 15); r++) {
    const v = cellValue(sheet, r, col);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (Number.isNaN(n)) continue;
    if (Number.isInteger(n) && n >= 0 && n <= max) {
      within++;
      if (n > 5) aboveFive++;
    } else beyond++;
  }
  return { within, aboveFive, beyond };
}

/**
 * Whether the cells below are whole numbers from 0 to 5, with at least two, and few figures
 * beyond (a slip, which is then an error on its cell).
 */
function holdsAreaScores(sheet: SheetGrid, fromRow: number, col: number): boolean {
  const { within, beyond } = wholeNumbersBelow(sheet, fromRow, col, 5);
  return within >= 2 && beyond * 4 <= within;
}

/**
 * Whether the cells below are whole numbers from 0 to 25, some of them above 5: each a score of
 * its own (likelihood times impact), not an impact on the 1 to 5 scale.
 */
function holdsAreaProducts(sheet: SheetGrid, fromRow: number, col: number): boolean {
  const { within, aboveFive, beyond } = wholeNumbersBelow(sheet, fromRow, col, 25);
  return within >= 3 && aboveFive >= 1 && beyond === 0;
}

function isAloneOnRow(sheet: SheetGrid, row: number, col: number): boolean {
  const values = sheet.values[row] ?? [];
  return values.every((v, c) => c === col || v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));
}

/**
 * Columns left of the scores whose header is blank but whose cells identify the risks: the
 * first holding short references on most rows, and of those holding texts of several words the
 * one with the longest (a risk's name is longer than its owner's job title).
 */
function identityFromCells(sheet: SheetGrid, headerRow: number, beforeCol: number, taken: ReadonlySet<number>, referencesOnly = false): ColumnAssignment<RiskRole>[] {
  let ref: number | null = null;
  let title: { col: number; words: number } | null = null;
  let subject: number | null = null;
  for (let c = 0; c < beforeCol; c++) {
    if (taken.has(c) || cellText(sheet, headerRow, c)) continue;
    let filled = 0;
    let refs = 0;
    let names = 0;
    let words = 0;
    let short = 0;
    const seen = new Set<string>();
    for (let r = headerRow + 1; r < Math.min(sheet.values.length, headerRow + 16); r++) {
      const v = cellValue(sheet, r, c);
      const t = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
      if (!t) continue;
      // A heading alone on its row ("OVERARCHING STRATEGIC OUTCOME: …") is no cell of the column.
      if (isAloneOnRow(sheet, r, c)) continue;
      filled++;
      seen.add(t.toLowerCase());
      const n = t.split(/\s+/).length;
      if (REF_VALUE.test(t)) refs++;
      else if (n >= 4) {
        names++;
        words += n;
      } else short++;
    }
    if (filled < 2) continue;
    if (ref === null && refs >= filled * 0.8) ref = c;
    else if (names >= filled * 0.8 && (title === null || words / names > title.words)) title = { col: c, words: words / names };
    // A subject of a word or two on each risk, each different ("Precept", "Records", "Cash"):
    // the name the register files the risk under. Repeated words would be a category.
    else if (subject === null && short >= filled * 0.8 && seen.size >= filled * 0.8) subject = c;
  }
  if (ref === null && subject !== null && !referencesOnly) ref = subject;
  const out: ColumnAssignment<RiskRole>[] = [];
  if (ref !== null) out.push({ role: 'ref', col: ref, header: '' });
  if (title !== null) out.push({ role: 'title', col: title.col, header: '' });
  return out;
}

/** The top of the rating scale a likelihood or consequence header states, where beyond 5 and up to 10 ("Probability 0-10"). */
function statedScaleTop(columns: ReadonlyArray<ColumnAssignment<RiskRole>>): number | null {
  let top: number | null = null;
  for (const c of columns) {
    if (!/(Likelihood|Consequence)$/.test(c.role)) continue;
    const m = /(?:^|[\s(])[01]\s*(?:-|–|to)\s*(\d{1,2})\b/.exec(c.header);
    const n = m ? Number(m[1]) : 0;
    if (n > 5 && n <= 10) top = Math.max(top ?? 0, n);
  }
  // Or a key in a score's header cell reaching beyond 25 ("H 20-36": a 6x6 matrix).
  for (const c of columns) {
    if (!c.role.endsWith('Score')) continue;
    const highest = bandLinesTop(c.header);
    const side = highest !== null ? Math.sqrt(highest) : 0;
    if (Number.isInteger(side) && side > 5 && side <= 10) top = Math.max(top ?? 0, side);
  }
  return top;
}

/**
 * The top of a rating scale beyond 5 that no header states but every rated risk shows: ratings
 * above 5 on two risks or more ("P | I | Risk (P*I)" over 20, 5, 100 on an agile team's scale of
 * 1 to 100), each of its slot's scores typed as the product of its ratings. A rating typed
 * beyond a 5x5 matrix by mistake leaves its score out of step, or stands alone: still out of range.
 */
function scaleShownByRatings(sheet: SheetGrid, fromRow: number, columns: ReadonlyArray<ColumnAssignment<RiskRole>>, slots: ReadonlyArray<RiskSlot>): number | null {
  let top = 0;
  let beyond = 0;
  // With no score typed: ratings beyond 5 on a quarter of the rated risks or more (five at
  // least), in both the likelihoods and the consequences, every one a whole number up to 10 (a
  // project's register of 97 risks rated 2 to 10): the scale, not slips.
  let rated = 0;
  let unscored = false;
  const sides = { l: false, c: false };
  for (const slot of slots) {
    const at = (measure: string) => columns.find((c) => c.role === `${slot}${measure}`)?.col;
    const [l, c, s] = [at('Likelihood'), at('Consequence'), at('Score')];
    if (l === undefined || c === undefined) return null;
    unscored ||= s === undefined;
    for (let r = fromRow; r < Math.min(sheet.values.length, fromRow + 500); r++) {
      const [lv, cv, sv] = [cellValue(sheet, r, l), cellValue(sheet, r, c), s === undefined ? null : cellValue(sheet, r, s)];
      if (typeof lv !== 'number' || typeof cv !== 'number') continue;
      if (!Number.isInteger(lv) || !Number.isInteger(cv) || lv < 0 || cv < 0 || (s !== undefined && (typeof sv !== 'number' || sv !== lv * cv))) return null;
      if (s === undefined && (lv > 10 || cv > 10)) return null;
      rated++;
      if (lv > 5 || cv > 5) beyond++;
      if (lv > 5) sides.l = true;
      if (cv > 5) sides.c = true;
      top = Math.max(top, lv, cv);
    }
  }
  if (unscored) return beyond >= Math.max(5, rated / 4) && sides.l && sides.c ? top : null;
  return beyond >= 2 ? top : null;
}

/** Words a register's own heading uses of itself: a register, its risks, a hazard log. */
const REGISTER_HEADING = /\b(risks?|register|hazards?|log)\b/;

/**
 * The slot a short heading just over a register names ("Residual Risk Register", "Current
 * risks"): a line of one cell, of up to five words, naming risks or a register, within three
 * rows above the header with only blank rows between.
 */
function slotHeadingAbove(sheet: SheetGrid, headerRow: number): { slot: RiskSlot; text: string } | null {
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 3); r--) {
    const texts = (sheet.values[r] ?? []).map((v, c) => (v === null || v === undefined ? '' : cellText(sheet, r, c))).filter((t) => t !== '');
    if (texts.length === 0) continue;
    if (texts.length !== 1) return null;
    const words = riskWords(texts[0]!);
    if (words.split(/\s+/).length > 5 || !REGISTER_HEADING.test(words)) return null;
    const slot = slotOf(texts[0]!);
    return slot ? { slot, text: texts[0]! } : null;
  }
  return null;
}

/**
 * A likelihood's consequence with its header cell lost ("Probability of Accidents | (blank)" over
 * "Likely | Harmful"): the blank-headed column just right of the one likelihood, where the
 * register names no consequence, and every cell under it is a consequence the sheet's own grid
 * names along its side.
 */
function unheadedConsequenceColumn(sheet: SheetGrid, row: number, measured: ReadonlyArray<MeasuredColumn>): MeasuredColumn | null {
  const likelihoods = measured.filter((m) => m.measure === 'likelihood');
  if (likelihoods.length !== 1 || measured.some((m) => m.measure === 'consequence' || m.measure === 'score')) return null;
  const col = likelihoods[0]!.col + 1;
  if (cellText(sheet, row, col) !== '' || measured.some((m) => m.col === col)) return null;
  const grid = findMatrixGrid(sheet);
  if (!grid) return null;
  const { passing, other } = cellsBelow(sheet, row + 1, col, (t) => grid.consequence.has(t.toLowerCase().replace(/\s+/g, ' ')));
  if (passing < 2 || other > 0) return null;
  return { col, header: '', measure: 'consequence', slot: likelihoods[0]!.slot, slotWhy: likelihoods[0]!.slotWhy, unheaded: `no header; its cells are the consequences along the side of the matrix at ${grid.at}` };
}

/**
 * A register's one rating with its header cell lost (a parish's "Subject | Risk(s) Identified |
 * (blank) | Management/Control of Risk" over "… | M | …", as a document's text gives it): the one
 * column under a blank header whose every cell is a grade word or letter, in a header that names
 * the risks and one more of a register's columns.
 */
function unheadedGradeColumn(sheet: SheetGrid, row: number, width: number, named: ReadonlySet<string>): number | null {
  if (!(named.has('title') || named.has('description')) || named.size < 2) return null;
  const found: number[] = [];
  for (let c = 0; c < width; c++) {
    if (cellText(sheet, row, c) !== '' || (row > 0 && cellText(sheet, row - 1, c) !== '')) continue;
    const { passing, other } = cellsBelow(sheet, row + 1, c, (t) => GRADE_WORD.test(t));
    if (passing >= 2 && other === 0) found.push(c);
  }
  return found.length === 1 ? found[0]! : null;
}

/**
 * Slots given two or more impacts, each named for an area ("Cost Impact", "Time Impact";
 * "Residual Cost Impact", "Residual Time Impact"), as a project's quantified risk register scores
 * them: the slot's rating is the register's own working of them (probability x their sum, as
 * often as not), taken as typed. Says so of each impact column.
 */
function areaOfImpact(header: string): string | null {
  const m = AREA_IMPACT.exec(riskWords(header));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function impactsInAreas(measured: ReadonlyArray<MeasuredColumn>, why: Map<number, string>): RiskSlot[] {
  const out: RiskSlot[] = [];
  for (const slot of ['inherent', 'current', 'residual', 'target'] as const) {
    const impacts = measured.filter((m) => m.slot === slot && m.measure === 'consequence' && AREA_IMPACT.test(riskWords(m.header)));
    const areas = new Set(impacts.map((m) => areaOfImpact(m.header)));
    if (impacts.length < 2 || areas.size < 2) continue;
    out.push(slot);
    const names = impacts.map((m) => `"${m.header}"`).join(', ');
    for (const m of impacts) why.set(m.col, `consequence, ${slot}: one of ${impacts.length} impacts scored apart (${names}); the ${slot} rating is taken as typed, not worked out or graded`);
  }
  return out;
}

/** Whether a column's heading names a later review than another's, both alike dated or not. */
function isLaterReview(later: MeasuredColumn, than: MeasuredColumn): boolean {
  const a = later.review?.period;
  const b = than.review?.period;
  return a !== undefined && b !== undefined && a.dated === b.dated && a.monthIndex > b.monthIndex;
}

/**
 * Gives each L, C and score column its slot. A bare "L" and "C" take the slot of the score
 * column just after them ("L | C | Current Risk (score)"); with no named slot anywhere, the
 * pairs are read left to right as current, then residual, as registers lay them out (or, either
 * side of the controls, as inherent and residual). `controlsBetween(a, b)` says whether a column
 * strictly between columns a and b is headed as the controls.
 */
function assignSlots(measured: MeasuredColumn[], controlsBetween: (from: number, to: number) => boolean = () => false): { columns: ColumnAssignment<RiskRole>[]; slots: RiskSlot[]; why: Map<number, string>; resolved: MeasuredColumn[] } {
  const resolved = measured.map((m) => ({ ...m }));
  for (let i = 0; i < resolved.length; i++) {
    const m = resolved[i]!;
    if (m.slot) continue;
    // Look right for the nearest column that names a slot, without crossing another L.
    for (let j = i + 1; j < resolved.length && resolved[j]!.col - m.col <= 3; j++) {
      const n = resolved[j]!;
      if (n.measure === m.measure) break;
      // A score or grade with no slot of its own closes this column's group, unnamed
      // ("Likelihood | Impact | Risk Rating | Mitigation | Residual Risk"): not the residual's.
      if (!n.slot && (n.measure === 'score' || n.measure === 'grade') && m.measure !== 'score' && m.measure !== 'grade') break;
      // A score or grade closes its own group: a likelihood or consequence after it starts the
      // next ("Likelihood | Consequence | Rating | Treatments | L | C | R" under "Risk Assessment"
      // and "Residual Risk Assessment"), whose slot is not the score's.
      if ((m.measure === 'score' || m.measure === 'grade') && (n.measure === 'likelihood' || n.measure === 'consequence')) break;
      // A score takes a grade's slot only straight beside it: "Risk rating | Further action
      // required | Residual risk" rates before the action, the residual after it.
      if ((m.measure === 'score' || m.measure === 'grade') && n.col - m.col > 1) break;
      // Not a slot that has this measure already ("Severity" before "New Likelihood | New Severity").
      if (n.slot && resolved.some((x) => x !== m && x.slot === n.slot && x.measure === m.measure)) break;
      if (n.slot) {
        m.slot = n.slot;
        m.slotWhy = `the slot of "${n.header}" beside it`;
        break;
      }
    }
  }
  // A score or grade named by no slot, straight after a slot's likelihood and consequence that
  // have none ("Current impact | Current likelihood | Risk score"): that slot's.
  for (let i = 0; i < resolved.length; i++) {
    const m = resolved[i]!;
    if (m.slot || (m.measure !== 'score' && m.measure !== 'grade')) continue;
    const before = resolved[i - 1];
    const pairSlot = before && before.slot && m.col - before.col <= 2 ? before.slot : null;
    if (!pairSlot) continue;
    const ofSlot = resolved.filter((x) => x.slot === pairSlot);
    if (ofSlot.some((x) => x.measure === 'likelihood') && ofSlot.some((x) => x.measure === 'consequence') && !ofSlot.some((x) => x.measure === m.measure)) {
      m.slot = pairSlot;
      m.slotWhy = `the slot of the likelihood and consequence before it ("${before!.header}")`;
    }
  }
  // Unnamed columns form groups (a new group starts where a measure repeats), read as
  // current, then residual, then target, skipping slots the sheet already names.
  let group: MeasuredColumn[] = [];
  const groups: MeasuredColumn[][] = [];
  for (const m of resolved) {
    if (m.slot) continue;
    // (Impacts each named for its area, "Cost Impact | Time Impact", are one slot's, not two.)
    const anotherArea = m.measure === 'consequence' && areaOfImpact(m.header) !== null && group.every((g) => g.measure !== 'consequence' || (areaOfImpact(g.header) !== null && areaOfImpact(g.header) !== areaOfImpact(m.header)));
    if (group.some((g) => g.measure === m.measure) && !anotherArea) {
      groups.push(group);
      group = [];
    }
    group.push(m);
  }
  if (group.length) groups.push(group);
  // Two unnamed groups are current then residual, as registers lay them out; three are
  // inherent (before controls), current and target, the usual public-sector register.
  // (Two either side of the controls, "S | F | RF | Control Measures | S | F | RF", rate the risk
  // before the controls and after them: inherent, then residual.)
  // (Each group its ratings and score, not a grade alone: "Risk Level | Management / Control of
  // Risk | … | Risk Level following Review" is the level now and after a review.)
  const eitherSideOfControls = groups.length === 2 && groups.every((g) => g.length >= 2) && controlsBetween(Math.max(...groups[0]!.map((m) => m.col)), Math.min(...groups[1]!.map((m) => m.col)));
  const unnamedOrder: RiskSlot[] = groups.length >= 3 ? ['inherent', 'current', 'target', 'residual'] : eitherSideOfControls ? ['inherent', 'residual', 'target'] : ['current', 'residual', 'target'];
  const free = unnamedOrder.filter((s) => !resolved.some((r) => r.slot === s));
  // Slots run left to right, inherent first: a group standing left of a named current slot
  // ("Overall Risk" before the controls, "Rating (With Controls)" after them) is the inherent
  // one. (Left of a named residual, it is the current, as the convention has it.)
  const named = resolved.filter((m) => m.slot && measured.some((x) => x.col === m.col && x.slot));
  const firstNamed = named.reduce<(typeof named)[number] | null>((a, m) => (a === null || m.col < a.col ? m : a), null);
  const leftOfFirstNamed = groups.length === 1 && firstNamed !== null && !resolved.some((r) => r.slot === 'inherent') && groups[0]!.every((m) => m.col < firstNamed.col);
  // Why the one group is the inherent, where it is.
  let inherentWhy: string | null = null;
  if (leftOfFirstNamed && firstNamed.slot === 'current') {
    free.unshift('inherent');
    inherentWhy = `no slot named; left of the current "${firstNamed.header}", so before controls: inherent`;
  }
  // Left of the same measures said again as after treatment ("Likelihood | Severity | Treatment |
  // New Likelihood | New Severity"): the scores before treatment, the inherent.
  if (leftOfFirstNamed && firstNamed.slot === 'residual' && AFTER_TREATMENT.test(normaliseHeader(firstNamed.header))) {
    free.unshift('inherent');
    inherentWhy = `no slot named; left of "${firstNamed.header}" after treatment, so before it: inherent`;
  }
  groups.forEach((g, k) => {
    const slot = free[k];
    const ordinal = ['first', 'second', 'third', 'fourth'][k] ?? `${k + 1}th`;
    const why = inherentWhy !== null && k === 0 ? inherentWhy : `no slot named; the ${ordinal} unnamed group of ${groups.length} is read as ${slot}, as registers lay them out`;
    if (slot) for (const m of g) {
      m.slot = slot;
      m.slotWhy = why;
    }
  });
  const columns: ColumnAssignment<RiskRole>[] = [];
  const why = new Map<number, string>();
  const taken = new Set<string>();
  const slots: RiskSlot[] = [];
  for (const m of resolved) {
    if (!m.slot) continue;
    const suffix = m.measure === 'likelihood' ? 'Likelihood' : m.measure === 'consequence' ? 'Consequence' : m.measure === 'score' ? 'Score' : 'Grade';
    const role = `${m.slot}${suffix}` as RiskRole;
    if (taken.has(role)) {
      // The same slot given for two reviews ("Quarter 1 16/17", then "Quarter 2 16/17"): the
      // latest is the risk now, the earlier one context. Where no review is named, the first.
      const first = columns.findIndex((x) => x.role === role);
      const earlier = resolved.find((x) => x.col === columns[first]!.col)!;
      if (isLaterReview(m, earlier)) {
        why.set(earlier.col, `an earlier review's ${m.measure} ("${earlier.review!.text}"); the latest, "${m.review!.text}", is read`);
        columns[first] = { role, col: m.col, header: m.header };
        why.set(m.col, `${m.measure}, ${m.slot}: ${m.slotWhy}; the latest review of ${m.slot}`);
      } else why.set(m.col, `a second ${role} column; the first is read`);
      continue;
    }
    taken.add(role);
    columns.push({ role, col: m.col, header: m.header });
    why.set(m.col, `${m.measure}, ${m.slot}: ${m.unheaded ? `${m.unheaded}; ` : ''}${m.slotWhy}`);
    // (A grade alone is a slot where its header names one, "Residual Risk" typed "Low" after
    // the scored columns; an unnamed grade goes with the scores beside it.)
    const namedHere = measured.some((x) => x.col === m.col && x.slot);
    if (!slots.includes(m.slot) && (m.measure !== 'grade' || namedHere || !measured.some((x) => x.measure !== 'grade'))) slots.push(m.slot);
  }
  const order: RiskSlot[] = ['inherent', 'current', 'residual', 'target'];
  slots.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const m of resolved) if (!m.slot) why.set(m.col, `${m.measure}: no slot could be told`);
  return { columns, slots, why, resolved };
}
