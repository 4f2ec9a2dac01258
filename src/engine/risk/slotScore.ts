/**
 * One slot's score (inherent, current, residual or target) read from the cells that hold it,
 * wherever they stand: the columns of a register's row, or the labelled cells of a risk's card.
 * A score is L x C wherever both are given; the score typed beside them is checked against it,
 * never trusted over it.
 */
import { CellValue, SheetGrid, a1, cellFormula, cellValue } from '../grid';
import { Check, RiskScore, RiskSlot, ShareScale } from '../model';
import { RagScheme, RiskBand, gradeAt, matrixSizeOf, scoreOf, topScore } from '../rag/scheme';
import type { RatingWords } from './ratingWords';
import { parseConsequence, parseLikelihood, parseRatingPair, parseScore, ParsedRating, wholeNumberIn } from '../cells/risk';
import { cellText } from '../detect/headerCells';
import { gradeWordColour, gradeWordLevel, leadingGrade } from './gradeWords';

/** A cell of the sheet, 0-based. */
export interface CellAt {
  readonly row: number;
  readonly col: number;
}

/** Where a slot's figures are: any of its likelihood, consequence, score and grade cells. */
export interface SlotCells {
  readonly likelihood?: CellAt;
  readonly consequence?: CellAt;
  readonly score?: CellAt;
  readonly grade?: CellAt;
  /** The score cell writes its pair consequence first ("Impact x Likelihood = Total": "5x4=20"). */
  readonly consequenceFirst?: boolean;
  /** Impact scored per area: the consequence is the highest of these cells; 0 says an area does not apply. */
  readonly consequenceAreas?: ReadonlyArray<CellAt>;
  /** A rating marked with an X under its scale's five levels, lowest first: the level marked is the rating. */
  readonly likelihoodMarks?: ReadonlyArray<CellAt>;
  readonly consequenceMarks?: ReadonlyArray<CellAt>;
  /** Scores given per area: the slot's score is the highest; 0 says an area does not apply. */
  readonly scoreAreas?: ReadonlyArray<CellAt>;
  /** A third rating the score is the product of, with the likelihood and consequence ("Controls (1-3)"). */
  readonly factor?: CellAt;
}

export interface ScoreContext {
  readonly scheme: RagScheme;
  /** The workbook's own words for ratings, where its key states them. */
  readonly ratingWords?: RatingWords | null;
  /** The words a legend gives the grade letters ("H – High"), where the sheet has one. */
  readonly gradeLetters?: ReadonlyMap<string, string> | null;
  /** The top of a rating scale beyond the matrix that the register's header states ("0-10"): ratings read to it, not graded. */
  readonly ratingTop?: number;
  /** Slots rated from impacts in several areas ("Cost Impact | Time Impact | Rating"): the rating is taken as typed, not worked out, range-checked or graded. */
  readonly typedOnly?: ReadonlySet<RiskSlot>;
  /** Ratings that are averages with decimals (a workshop's mean votes, 4.3): read as printed, not as whole numbers. */
  readonly averaged?: boolean;
  /** Scales rated as shares of one (a likelihood as a probability, 0.85): read from 0 to 1 and multiplied as printed, graded by no band. */
  readonly shares?: ReadonlySet<ShareScale>;
  /** Told of each rating word read by the workbook's own key to a value the NPSA words would not give. */
  readonly onOwnWord?: (scale: 'likelihood' | 'consequence', word: string, value: number, npsaValue: number | null) => void;
}

export type AddCheck = (at: CellAt, code: Check['code'], severity: Check['severity'], message: string) => void;

export const SLOT_NAME: Record<RiskSlot, string> = { inherent: 'inherent', current: 'current', residual: 'residual', target: 'target' };

function ratingValue(p: ParsedRating, what: string, at: CellAt, add: AddCheck, size: number, averaged = false): number | null {
  switch (p.kind) {
    case 'blank':
      return null;
    case 'error':
      add(at, 'error_value', 'error', `${what} shows the error ${p.error}; correct the formula in ${a1(at.row, at.col)}`);
      return null;
    case 'invalid':
      add(at, 'not_a_number', 'error', `${what} "${p.text}" is not a number from 1 to ${size} or a word from the matrix`);
      return null;
    case 'value':
      // (An average of votes is a rating between the whole numbers, on the same scale.)
      if ((!averaged && !Number.isInteger(p.value)) || p.value < 1 || p.value > size) {
        add(at, 'out_of_range', 'error', `${what} is ${p.value}; it must be ${averaged ? 'from' : 'a whole number from'} 1 to ${size}${size === 5 || size > 5 ? '' : ` (the key is of a ${size}x${size} matrix)`}`);
        return null;
      }
      return p.value;
  }
}

function inRange(v: number, what: string, at: CellAt, add: AddCheck, size: number): number | null {
  if (v < 1 || v > size) {
    add(at, 'out_of_range', 'error', `${what} is ${v}; it must be from 1 to ${size}`);
    return null;
  }
  return v;
}

export function scoreSlot(sheet: SheetGrid, slot: RiskSlot, cells: SlotCells, ctx: ScoreContext, add: AddCheck): RiskScore | null {
  const scheme = ctx.scheme;
  // (A scale the header states beyond the matrix, "Probability 0-10", is the one its ratings are on.)
  const size = ctx.ratingTop ?? matrixSizeOf(scheme);
  const name = SLOT_NAME[slot];
  const rating = (scale: 'likelihood' | 'consequence', at: CellAt) => {
    const cell = cellValue(sheet, at.row, at.col);
    const parse = scale === 'likelihood' ? parseLikelihood : parseConsequence;
    const parsed = parse(cell, ctx.ratingWords?.[scale] ?? undefined);
    if (typeof cell === 'string' && parsed.kind === 'value' && ctx.onOwnWord) {
      const npsa = parse(cell);
      if (npsa.kind !== 'value' || npsa.value !== parsed.value) ctx.onOwnWord(scale, cell.trim(), parsed.value, npsa.kind === 'value' ? npsa.value : null);
    }
    if (ctx.shares?.has(scale)) return shareValue(parsed, `The ${name} ${scale}`, at, add);
    return ratingValue(parsed, `The ${name} ${scale}`, at, add, size, ctx.averaged);
  };
  let likelihood = cells.likelihood ? rating('likelihood', cells.likelihood) : cells.likelihoodMarks ? levelMarked(sheet, cells.likelihoodMarks, `The ${name} likelihood`, add, size) : null;
  let consequence = cells.consequence ? rating('consequence', cells.consequence) : cells.consequenceAreas ? highestArea(sheet, cells.consequenceAreas, name, add, size) : cells.consequenceMarks ? levelMarked(sheet, cells.consequenceMarks, `The ${name} consequence`, add, size) : null;
  let typedScore: number | null = cells.scoreAreas ? highestAreaScore(sheet, cells.scoreAreas, name, add, size) : null;
  const s = cells.score;
  if (s) {
    const scoreCell = cellValue(sheet, s.row, s.col);
    const p = parseScore(scoreCell, cells.consequenceFirst ? 'consequence-first' : 'likelihood-first');
    // Two ratings in words in the score's cell ("Major(s) / High"): the pair the score is of.
    const pair = p.kind === 'invalid' && !cells.likelihood && !cells.consequence ? parseRatingPair(scoreCell, { likelihood: ctx.ratingWords?.likelihood ?? undefined, consequence: ctx.ratingWords?.consequence ?? undefined }, cells.consequenceFirst ? 'consequence-first' : undefined) : null;
    if (pair) {
      likelihood = inRange(pair.likelihood, `The ${name} likelihood in "${cellText(sheet, s.row, s.col)}"`, s, add, size);
      consequence = inRange(pair.consequence, `The ${name} consequence in "${cellText(sheet, s.row, s.col)}"`, s, add, size);
    } else if (p.kind === 'error') add(s, 'error_value', 'error', `The ${name} score shows the error ${p.error}; correct the formula in ${a1(s.row, s.col)}`);
    else if (p.kind === 'invalid') add(s, 'not_a_number', 'error', `The ${name} score "${p.text}" is not a score`);
    else if (p.kind === 'score') {
      typedScore = p.score;
      // "16 (4x4)": the text carries its own L and C.
      if (p.likelihood !== null && p.consequence !== null) {
        if (likelihood === null && !cells.likelihood) likelihood = inRange(p.likelihood, `The ${name} likelihood in "${cellText(sheet, s.row, s.col)}"`, s, add, size);
        if (consequence === null && !cells.consequence) consequence = inRange(p.consequence, `The ${name} consequence in "${cellText(sheet, s.row, s.col)}"`, s, add, size);
      }
      // A score with a fraction is no product of two ratings; with no likelihood or consequence
      // of its own it may be a score worked another way (the inherent score times a control
      // factor: 16 x 0.65 = "Medium 10.4"), and stands if it is on the matrix's range.
      const worked = !cells.likelihood && !cells.consequence && !cells.consequenceAreas && p.likelihood === null;
      const top = ctx.shares ? (ctx.shares.has('likelihood') ? 1 : size) * (ctx.shares.has('consequence') ? 1 : size) : ctx.ratingTop ? ctx.ratingTop * ctx.ratingTop : topScore(scheme);
      // (A product of three ratings runs past the matrix's top: it is checked against them below.)
      if (typedScore !== null && !ctx.typedOnly?.has(slot) && !cells.factor && (ctx.shares ? typedScore < 0 || typedScore > top : (!Number.isInteger(typedScore) && !worked && !ctx.averaged) || typedScore < 1 || typedScore > top)) {
        add(s, 'out_of_range', 'error', `The ${name} score is ${typedScore}; ${ctx.shares ? `its ratings, shares of one, give scores from 0 to ${top}` : `${scheme.ratings && !ctx.ratingTop ? `the ${scheme.id === 'dcb0129' ? 'DCB0129 ' : ''}matrix rates` : `a ${size}x${size} matrix gives scores`} from 1 to ${top}`}`);
        typedScore = null;
      }
    }
  }
  // The grade as the register writes it, in the scheme's spelling where the scheme has that band.
  const typedGrade = (): { grade: string; colour: string | null } | null => {
    // "High." as printed in a sentence-like cell is the grade High.
    // (So is "High: risk of serious injury.", the grade and then why.)
    const typed = cells.grade ? leadingGrade(cellText(sheet, cells.grade.row, cells.grade.col)).replace(/[.;:,]+$/, '').trim() : '';
    // Grades stacked in one cell, a line each ("L\nL", "L\nM" for two hazards on one row): the
    // row's grade is the most severe of them.
    const stacked = typed.split(/\s*\n\s*/).filter(Boolean);
    const written = stacked.length > 1 && stacked.every((w) => gradeWordLevel(w) !== null) ? stacked.reduce((a, b) => (gradeWordLevel(b)! > gradeWordLevel(a)! ? b : a)) : typed;
    if (!written) return null;
    // A letter the sheet's legend spells out ("M" where it says "M – Medium"): the word.
    const word = ctx.gradeLetters?.get(written.toUpperCase()) ?? written;
    const band = scheme.bands.find((b) => b.name.toLowerCase() === word.toLowerCase());
    const level = band ? null : gradeWordLevel(word);
    return { grade: band?.name ?? word, colour: band?.colour ?? (level !== null ? gradeWordColour(level) : null) };
  };
  if (likelihood === null && consequence === null && typedScore === null) {
    // A register graded in words alone.
    const typed = typedGrade();
    return typed ? { likelihood: null, consequence: null, score: null, typedScore: null, ...typed } : null;
  }
  // (Looked up, where the scheme's matrix rates each pair: DCB0129's Low x Considerable is 2.)
  // (Averages multiplied as printed, to the cent: 4.3 x 4.7 = 20.21.)
  // A third rating the register multiplies by ("Controls (1-3)"): the score is the product of all three.
  const factor = cells.factor ? wholeRating(cellValue(sheet, cells.factor.row, cells.factor.col)) : null;
  // (Shares multiplied as printed, without a float's noise: 0.4 x 0.8 = 0.32.)
  const pairScore = likelihood !== null && consequence !== null ? (ctx.shares ? Math.round(likelihood * consequence * 1e9) / 1e9 : ctx.averaged ? Math.round(likelihood * consequence * 100) / 100 : ctx.ratingTop ? likelihood * consequence : scoreOf(scheme, likelihood, consequence)) : null;
  const computed = cells.factor ? (pairScore !== null && factor !== null ? pairScore * factor : null) : pairScore;
  if (computed !== null && typedScore !== null && computed !== typedScore && s && !(ctx.averaged && withinAveragesRounding(likelihood!, consequence!, typedScore)) && !(ctx.shares && withinPrintedPlaces(computed, typedScore))) {
    const formula = cellFormula(sheet, s.row, s.col);
    const worked = scheme.ratings ? `the matrix rates ${likelihood} x ${consequence} at ${computed}` : `${likelihood} x ${consequence}${cells.factor ? ` x ${factor}` : ''} = ${computed}`;
    add(s, 'score_mismatch', 'error', `The ${name} score is ${formula ? 'calculated' : 'typed'} as ${typedScore} but ${worked}; the register shows the wrong grade if left`);
  }
  const score = computed ?? typedScore;
  // With no score to grade (a likelihood without its consequence), the grade the register types.
  if (score === null) {
    const typed = typedGrade();
    if (typed) return { likelihood, consequence, score, typedScore, ...typed };
  }
  // (No key here grades a scale beyond its matrix: a 10x10's 24 is no 5x5's Extreme; only a key
  // of that scale's own scores does.)
  // (Nor a rating the register works from its own impacts: its range is its own.)
  // (An average's score between two bands, 13.2 on NPSA's, takes the band it has reached, as the
  // summary's LOOKUP of the bands' lower scores does.)
  // (A product of three ratings is graded only by the register's own key, and only where one of
  // its bands holds the score: a key of a 5x5 matrix's scores says nothing of a 30.)
  // (Nor a product of shares of one: no band here is of such scores.)
  const band = (ctx.ratingTop && scheme.scaleTop !== ctx.ratingTop) || ctx.typedOnly?.has(slot) || ctx.shares ? null : cells.factor ? (scheme.id === 'workbook' && score !== null ? scheme.bands.find((b) => score >= b.min && score <= b.max) ?? null : null) : ctx.averaged ? bandReached(scheme, score) : gradeAt(scheme, likelihood, consequence, score);
  // A grade typed beside the ratings that the register's own key or grid does not give them:
  // typed by hand and not changed with the ratings, as often as not.
  if (band && cells.grade && scheme.id === 'workbook') {
    const typed = typedGrade();
    const known = typed ? scheme.bands.find((b) => b.name.toLowerCase() === typed.grade.toLowerCase()) : undefined;
    if (known && known !== band) {
      const pair = likelihood !== null && consequence !== null ? `${likelihood} x ${consequence}` : `a score of ${score}`;
      add(cells.grade, 'grade_mismatch', 'error', `The ${name} grade is typed as ${known.name} but ${pair} is ${band.name} on the register's own key (${scheme.source ? `${scheme.source.sheet}!${scheme.source.cell}` : 'the workbook'}); the board sees the wrong grade if left`);
    }
  }
  return { likelihood, consequence, score, typedScore, grade: band?.name ?? null, colour: band?.colour ?? null };
}

/**
 * Whether a score typed beside averaged ratings is their product to the rounding they are
 * printed to: each average may be out by half its last place (4.30 by 0.005, 4.3 by 0.05), and
 * a workshop's score may be the mean of each vote's product, or rounded to a place itself.
 */
function withinAveragesRounding(likelihood: number, consequence: number, typed: number): boolean {
  const place = (n: number) => 10 ** -Math.max(1, (String(n).split('.')[1] ?? '').length);
  const slack = (place(likelihood) / 2) * consequence + (place(consequence) / 2) * likelihood + 0.05;
  return Math.abs(likelihood * consequence - typed) <= slack;
}

/**
 * Whether a score typed beside shares of one is their product to the places it is printed to
 * (0.3 for 0.32 is not; 0.35000000000000003 for 0.35 is: a float's noise).
 */
function withinPrintedPlaces(computed: number, typed: number): boolean {
  const places = Math.min(9, (String(typed).split('.')[1] ?? '').length);
  return Math.abs(computed - typed) <= 10 ** -places / 2 + 1e-9;
}

/** A rating given as a share of one, a probability from 0 to 1 (0.85). */
function shareValue(p: ParsedRating, what: string, at: CellAt, add: AddCheck): number | null {
  if (p.kind !== 'value') return ratingValue(p, what, at, add, 1);
  if (p.value < 0 || p.value > 1) {
    add(at, 'out_of_range', 'error', `${what} is ${p.value}; the register gives it as a share of one, from 0 to 1`);
    return null;
  }
  return p.value;
}

/** A rating typed as a whole number from 1 ("2", 2), or null. */
function wholeRating(v: CellValue): number | null {
  const n = wholeNumberIn(v);
  return n !== null && n >= 1 ? n : null;
}

/** The band a score has reached: the one with the highest lower score at or under it. */
function bandReached(scheme: RagScheme, score: number | null): RiskBand | null {
  if (score === null) return null;
  const reached = scheme.bands.filter((b) => b.min <= score);
  return reached.length ? reached.reduce((a, b) => (b.min > a.min ? b : a)) : null;
}

/** The highest of the scores given per area (0 where an area does not apply); null where every area is 0 or blank. */
function highestAreaScore(sheet: SheetGrid, areas: ReadonlyArray<CellAt>, name: string, add: AddCheck, size: number): number | null {
  let highest: number | null = null;
  for (const at of areas) {
    const p = parseScore(cellValue(sheet, at.row, at.col), 'likelihood-first');
    if (p.kind === 'error') add(at, 'error_value', 'error', `The ${name} score in ${a1(at.row, at.col)} shows the error ${p.error}; correct the formula`);
    else if (p.kind === 'invalid') add(at, 'not_a_number', 'error', `The ${name} score in ${a1(at.row, at.col)}, "${p.text}", is not a score`);
    else if (p.kind === 'score' && p.score !== null && p.score !== 0) {
      if (!Number.isInteger(p.score) || p.score < 1 || p.score > size * size) add(at, 'out_of_range', 'error', `The ${name} score in ${a1(at.row, at.col)} is ${p.score}; a ${size}x${size} matrix gives scores from 1 to ${size * size}`);
      else if (highest === null || p.score > highest) highest = p.score;
    }
  }
  return highest;
}

/** The level marked with an X among a scale's cells, lowest first: 1 for the first. Null where none is marked. */
function levelMarked(sheet: SheetGrid, scale: ReadonlyArray<CellAt>, what: string, add: AddCheck, size: number): number | null {
  const marked = scale.filter((at) => cellText(sheet, at.row, at.col) !== '');
  if (marked.length === 0) return null;
  if (marked.length > 1) {
    add(marked[0]!, 'not_a_number', 'error', `${what} is marked in ${marked.length} levels (${marked.map((at) => a1(at.row, at.col)).join(', ')}); mark one`);
    return null;
  }
  if (scale.length !== size) {
    add(marked[0]!, 'out_of_range', 'error', `${what} is marked on a scale of ${scale.length} levels; the key is of a ${size}x${size} matrix`);
    return null;
  }
  return scale.indexOf(marked[0]!) + 1;
}

/** The highest of the impact areas' scores; 0 or blank where an area does not apply. Null where none applies. */
function highestArea(sheet: SheetGrid, areas: ReadonlyArray<CellAt>, name: string, add: AddCheck, size: number): number | null {
  let highest: number | null = null;
  for (const at of areas) {
    const p = parseConsequence(cellValue(sheet, at.row, at.col));
    if (p.kind === 'value' && p.value === 0) continue;
    const v = ratingValue(p, `The ${name} impact in ${a1(at.row, at.col)}`, at, add, size);
    if (v !== null && (highest === null || v > highest)) highest = v;
  }
  return highest;
}

/** The cell a slot's checks are put on: its score, else its likelihood or consequence. */
export function slotCheckCell(cells: SlotCells | undefined): CellAt | undefined {
  return cells?.score ?? cells?.likelihood ?? cells?.consequence ?? cells?.consequenceAreas?.[0] ?? cells?.likelihoodMarks?.[0] ?? cells?.consequenceMarks?.[0] ?? cells?.scoreAreas?.[0];
}

/** Mitigation should lower a risk: inherent >= current >= residual >= target. */
export function compareSlots(scores: Record<RiskSlot, RiskScore | null>, cellsOf: (slot: RiskSlot) => SlotCells | undefined, add: AddCheck): void {
  const s = (slot: RiskSlot) => scores[slot]?.score ?? null;
  const rule = (later: RiskSlot, earlier: RiskSlot, code: Check['code'], say: string) => {
    const a = s(later);
    const b = s(earlier);
    const at = slotCheckCell(cellsOf(later));
    if (a !== null && b !== null && a > b && at !== undefined) {
      add(at, code, 'warning', `${say}: ${SLOT_NAME[later]} ${a} is above ${SLOT_NAME[earlier]} ${b}; mitigation should not raise a risk, so check the scores and check which columns hold the scores`);
    }
  };
  rule('residual', 'current', 'residual_above_current', 'Residual score above current');
  if (s('current') === null) rule('residual', 'inherent', 'residual_above_inherent', 'Residual score above inherent');
  else rule('current', 'inherent', 'current_above_inherent', 'Current score above inherent');
  rule('target', 'residual', 'target_above_residual', 'Target score above residual');
}
