/**
 * A register's matrix printed as a grid: likelihood words along one side, impact words along
 * the other, and in each cell the grade that pair gives ("Very Unlikely | Unlikely | ... " over
 * rows "Very High | Medium | High | High | Very High | Very High"). Such a grid is the register's
 * key twice over: its sides say what the rating words mean (Likely is 4 of 5), and its cells say
 * the grade of each pair, which need not follow the score (Very Unlikely x Very High is Medium,
 * Very Likely x Very Low is High, both 5).
 */
import { CellValue, SheetGrid, a1 } from '../grid';
import { parseConsequence, parseLikelihood } from '../cells/risk';
import { MatrixSize, RagScheme, colourForBandName } from '../rag/scheme';
import { gradeWordLevel, inSeverityOrder, withoutRiskWord } from './gradeWords';
import { RatingWords } from './ratingWords';

export interface MatrixGrid {
  readonly size: MatrixSize;
  /** Lower-case label -> its value, 1 to size, for each side. */
  readonly likelihood: ReadonlyMap<string, number>;
  readonly consequence: ReadonlyMap<string, number>;
  /** The labels as printed, for values 1 to size. */
  readonly likelihoodLabels: ReadonlyArray<string>;
  readonly consequenceLabels: ReadonlyArray<string>;
  /** The grade of each pair: grades[likelihood - 1][consequence - 1], as printed ("Very High"). */
  readonly grades: ReadonlyArray<ReadonlyArray<string>>;
  /**
   * The rank each pair is given, where the grid prints one beside its grade and the ranks run 1
   * to size x size, each once ("Possible x Major = High 18"): the pair's score, looked up, not
   * multiplied. ranks[likelihood - 1][consequence - 1].
   */
  readonly ranks?: ReadonlyArray<ReadonlyArray<number>>;
  /** Its top-left label cell ("Risk Register!A21"), and the rows it takes up (0-based, inclusive). */
  readonly at: string;
  readonly top: number;
  readonly bottom: number;
}

type Side = 'likelihood' | 'consequence';

/** How a label says which side it is on: "Unlikely", "Almost certain" are likelihoods; "Catastrophic" a consequence. */
const LIKELIHOOD_LABEL = /\b(likely|unlikely|possible|rare|certain|probable|improbable|frequent|remote|occasional)\b/i;
const CONSEQUENCE_LABEL = /\b(negligible|insignificant|minor|moderate|major|catastrophic|severe|significant|considerable|harmful)\b/i;
/** A line beside the grid naming a side: "X: Likelihood", "Y: Impact", "Likelihood across". */
const SIDE_NAMED = /^(x|y|across|down|horizontal|vertical)?\s*[:=-]?\s*(likelihood|probability|impact|consequence|severity)\b|\b(likelihood|probability|impact|consequence|severity)\s*[:=-]?\s*(x|y|across|down)\b/i;

/** A grid's cell printing a grade and the pair's rank: "High 18", "Extreme 25". */
const RANKED_CELL = /^([a-z][a-z -]*?)\s*\(?(\d{1,2})\)?$/i;

const norm = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();

function text(v: CellValue | undefined): string {
  return typeof v === 'string' ? v.replace(/[\s\u00a0]+/g, ' ').trim() : '';
}

/** How intense a side's label is, where its words say (1 lowest): to tell which way the side runs. */
function intensity(label: string, side: Side): number | null {
  const p = side === 'likelihood' ? parseLikelihood(label) : parseConsequence(label);
  if (p.kind === 'value') return p.value;
  // ("Slightly harmful (Low)": the level it gives in brackets.)
  const bracketed = levelInBrackets(label);
  return gradeWordLevel(label) ?? (bracketed ? gradeWordLevel(bracketed) : null);
}

const found = new WeakMap<SheetGrid, MatrixGrid | null>();

/** A side's label naming its scale: "Impact: Low", "High Impact (3)"; "Probability: High". */
const IMPACT_NAMED = /\b(impact|consequence|severity)\b/i;
const LIKELIHOOD_NAMED = /\b(likelihood|probability)\b/i;

/**
 * The plain level a label gives beside its scale's name or its number ("Impact: Low", "High
 * Impact (3)", "Low (1)": "low", "high"), lower case; null where it gives none.
 */
function levelOfLabel(label: string): string | null {
  const bare = norm(label).replace(/\b(impact|consequence|severity|likelihood|probability)\b\s*:?/g, ' ').replace(/\(\s*\d\s*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return /^(very low|low|medium|moderate|high|very high)$/.test(bare) ? bare : null;
}

/**
 * The grid on a sheet, if it prints one whole: its sides told apart and every cell a grade word.
 * (Asked by the register's reading and again by its grading: the sheet is looked through once.)
 */
export function findMatrixGrid(sheet: SheetGrid): MatrixGrid | null {
  let grid = found.get(sheet);
  if (grid === undefined) found.set(sheet, (grid = gridOnSheet(sheet) ?? gridInLetterPairs(sheet)));
  return grid;
}

/** The three levels a pair of letters names, lowest first: "LH" is Low then High. */
const LEVEL_LETTERS = ['L', 'M', 'H'] as const;
const LEVEL_NAMES = ['Low', 'Medium', 'High'] as const;
/** A grade's name before the pairs it takes: "Green:", "Red =". */
const GRADE_BEFORE_PAIRS = /\b((?:very\s+)?[a-z]+)\s*[:=]/gi;
/** A pair of level letters standing alone: "LM", "HH" (upper case, as keys print them). */
const LETTER_PAIR = /\b([LMH])([LMH])\b/g;
/** The first pair spelt out, "(Low Probability, High Impact)": which scale its first letter is. */
const PAIR_SPELT_OUT = /\(\s*(?:low|medium|high)\s+(probability|likelihood|impact|consequence|severity)\b/i;

/**
 * A 3x3 matrix written out as the pairs of level letters each grade takes ("Green: LL, LM, ML;
 * Yellow: LH, MM, HL; Red: MH, HM, HH", as the risk-log templates of project methods print
 * their risk map): the same grid as one drawn in cells, its sides Low, Medium and High. Which
 * letter is which scale is read from the pairs spelt out ("LH (Low Probability, High Impact)");
 * where the key does not say, only a grid that grades both orders alike is taken.
 */
function gridInLetterPairs(sheet: SheetGrid): MatrixGrid | null {
  const gradeOfPair = new Map<string, string>();
  let firstAt: { row: number; col: number } | null = null;
  let firstIsLikelihood: boolean | null = null;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = row[c];
      if (typeof t !== 'string' || t.length > 2000 || !/\b[LMH]{2}\b/.test(t)) continue;
      const pairs = gradedPairsIn(t);
      if (pairs === null) return null;
      if (pairs.size === 0) continue;
      for (const [pair, grade] of pairs) {
        if (gradeOfPair.has(pair) && gradeOfPair.get(pair) !== grade) return null;
        gradeOfPair.set(pair, grade);
      }
      firstAt ??= { row: r, col: c };
      const spelt = PAIR_SPELT_OUT.exec(t);
      if (spelt && firstIsLikelihood === null) firstIsLikelihood = /probability|likelihood/i.test(spelt[1]!);
    }
  }
  if (gradeOfPair.size !== 9 || firstAt === null) return null;
  const grades = LEVEL_LETTERS.map((l) => LEVEL_LETTERS.map((cq) => (firstIsLikelihood === false ? gradeOfPair.get(cq + l) : gradeOfPair.get(l + cq))!));
  const symmetric = grades.every((line, l) => line.every((g, cq) => g === grades[cq]![l]));
  if (firstIsLikelihood === null && !symmetric) return null;
  // A grade rises, or holds, as either rating rises.
  for (let l = 0; l < 3; l++) {
    for (let cq = 0; cq < 3; cq++) {
      const here = gradeWordLevel(grades[l]![cq]!)!;
      if ((l > 0 && gradeWordLevel(grades[l - 1]![cq]!)! > here) || (cq > 0 && gradeWordLevel(grades[l]![cq - 1]!)! > here)) return null;
    }
  }
  const labels = [...LEVEL_NAMES];
  return {
    size: 3,
    likelihood: sideWords(labels),
    consequence: sideWords(labels),
    likelihoodLabels: labels,
    consequenceLabels: labels,
    grades,
    at: `${sheet.name}!${a1(firstAt.row, firstAt.col)}`,
    top: firstAt.row,
    bottom: firstAt.row,
  };
}

/**
 * The pairs a cell's key gives each grade ("Green: LL (…), LM (…)" → LL and LM are Green): an
 * empty map where the cell gives none, null where it gives a pair two grades.
 */
function gradedPairsIn(text: string): Map<string, string> | null {
  // (Each grade's pairs run to the next name before a colon, a grade's or any other's.)
  const heads = [...text.matchAll(GRADE_BEFORE_PAIRS)];
  const out = new Map<string, string>();
  for (let i = 0; i < heads.length; i++) {
    const m = heads[i]!;
    if (gradeWordLevel(m[1]!) === null) continue;
    const end = i + 1 < heads.length ? heads[i + 1]!.index! : text.length;
    const grade = m[1]!.replace(/\s+/g, ' ').replace(/^\w/, (ch) => ch.toUpperCase());
    for (const p of text.slice(m.index! + m[0].length, end).matchAll(LETTER_PAIR)) {
      const pair = p[1]! + p[2]!;
      if (out.has(pair) && out.get(pair) !== grade) return null;
      out.set(pair, grade);
    }
  }
  return out;
}

function gridOnSheet(sheet: SheetGrid): MatrixGrid | null {
  const rows = sheet.values;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 1; c < row.length; c++) {
      // The top side: a run of labels, the corner left of it blank or naming the side below it
      // ("Probability of Occurrence" over "Highly Unlikely | Unlikely | Likely").
      if ((text(row[c - 1]) !== '' && !namesASide(text(row[c - 1]))) || !isLabel(row[c])) continue;
      let n = 0;
      while (c + n < row.length && isLabel(row[c + n])) n++;
      if (n < 3 || n > 5) continue;
      const grid = gridAt(sheet, r, c, n as MatrixSize);
      if (grid) return grid;
    }
  }
  return null;
}

/** A corner cell naming the scale down the side under it: "Probability of Occurrence", "Likelihood". */
function namesASide(t: string): boolean {
  return /^(likelihood|probability|impact|consequence|severity)\b/i.test(t) && t.length <= 40;
}

/** A side's label: a word or two ("Very Unlikely", "Catastrophic"), not a sentence. */
function isLabel(v: CellValue | undefined): boolean {
  const t = text(v);
  return t !== '' && t.length <= 30 && /[a-z]/i.test(t);
}

/** The grid whose top side starts at (row, col) with `size` labels, if the rows under it are its own. */
function gridAt(sheet: SheetGrid, row: number, col: number, size: MatrixSize): MatrixGrid | null {
  const top = Array.from({ length: size }, (_x, i) => text(sheet.values[row]?.[col + i]));
  const left: string[] = [];
  const cells: string[][] = [];
  const numbers: (number | null)[][] = [];
  for (let k = 1; k <= size; k++) {
    const line = sheet.values[row + k];
    const label = text(line?.[col - 1]);
    if (!label || label.length > 30) return null;
    // A grade is named without the word "risk" ("Substantial Risk" is the grade Substantial), as a key's bands are.
    // (A grade and its rank in one cell, "High 18": the grade, and the rank kept apart.)
    const printed = Array.from({ length: size }, (_x, i) => RANKED_CELL.exec(text(line?.[col + i])));
    const grades = Array.from({ length: size }, (_x, i) => withoutRiskWord(printed[i] ? printed[i]![1]!.trim() : text(line?.[col + i])));
    if (grades.some((g) => gradeWordLevel(g) === null)) return null;
    numbers.push(printed.map((m) => (m ? Number(m[2]) : null)));
    // Nothing more to the right: the grid ends where its top side does.
    if (text(line?.[col + size]) !== '') return null;
    left.push(label);
    cells.push(grades);
  }
  const topSide = sideOf(sheet, row, col, size, top, left);
  if (!topSide) return null;
  const leftSide: Side = topSide === 'likelihood' ? 'consequence' : 'likelihood';
  // Which way each side runs: by its words where they say (upwards, "Very Low" to "Very High"),
  // else as grids are printed, rising to the right along the top and down the left side falling.
  const topRises = rises(top, topSide) ?? true;
  const leftRises = rises(left, leftSide) ?? false;
  const topValue = (i: number) => (topRises ? i + 1 : size - i);
  const leftValue = (k: number) => (leftRises ? k + 1 : size - k);
  const grades: string[][] = Array.from({ length: size }, () => Array<string>(size).fill(''));
  const ranks: number[][] = Array.from({ length: size }, () => Array<number>(size).fill(0));
  for (let k = 0; k < size; k++) {
    for (let i = 0; i < size; i++) {
      const l = topSide === 'likelihood' ? topValue(i) : leftValue(k);
      const cq = topSide === 'likelihood' ? leftValue(k) : topValue(i);
      grades[l - 1]![cq - 1] = cells[k]![i]!;
      ranks[l - 1]![cq - 1] = numbers[k]![i] ?? 0;
    }
  }
  // Ranks only where every cell prints one and each of 1 to size x size appears once: scores a
  // grid prints as products ("Medium 8" where 2 x 4 meets 4 x 2) repeat, and are the products.
  const ranked = ranks.flat();
  const isRanked = ranked.every((n) => n >= 1 && n <= size * size) && new Set(ranked).size === size * size;
  // A grade rises, or holds, as either rating rises: a grid read the wrong way round does not.
  for (let l = 0; l < size; l++) {
    for (let cq = 0; cq < size; cq++) {
      const here = gradeWordLevel(grades[l]![cq]!)!;
      if ((l > 0 && gradeWordLevel(grades[l - 1]![cq]!)! > here) || (cq > 0 && gradeWordLevel(grades[l]![cq - 1]!)! > here)) return null;
    }
  }
  const labelsOf = (labels: string[], value: (i: number) => number) => {
    const byValue: string[] = Array<string>(size).fill('');
    labels.forEach((t, i) => (byValue[value(i) - 1] = t));
    return byValue;
  };
  const likelihoodLabels = topSide === 'likelihood' ? labelsOf(top, topValue) : labelsOf(left, leftValue);
  const consequenceLabels = topSide === 'likelihood' ? labelsOf(left, leftValue) : labelsOf(top, topValue);
  return {
    size,
    likelihood: sideWords(likelihoodLabels),
    consequence: sideWords(consequenceLabels),
    likelihoodLabels,
    consequenceLabels,
    grades,
    ...(isRanked ? { ranks } : {}),
    at: `${sheet.name}!${a1(row, col - 1)}`,
    top: row,
    bottom: row + size,
  };
}

/** The level a side's label gives in brackets at its end ("Harmful (Medium)": "medium"), or null. */
function levelInBrackets(label: string): string | null {
  return /\(([a-z][a-z ]{0,15})\)\s*$/i.exec(label)?.[1]?.toLowerCase().trim() ?? null;
}

/**
 * A side's labels, lower case, to their values; a label that gives its level in brackets
 * ("Highly unlikely (Low)", "Harmful (Medium)") is read by that word too, as registers rate by it.
 */
function sideWords(labels: ReadonlyArray<string>): Map<string, number> {
  const words = new Map(labels.map((t, i) => [norm(t), i + 1] as [string, number]));
  // ("Impact: Low", "High Impact (3)": read by its level alone, "Low", "High", as registers rate by it.)
  const levels = labels.map(levelOfLabel);
  if (levels.every((l) => l !== null) && new Set(levels).size === labels.length) levels.forEach((l, i) => words.set(l!, i + 1));
  const bracketed = labels.map(levelInBrackets);
  // (Only where every label gives one, each its own: a key, not a note.)
  if (bracketed.every((b) => b !== null) && new Set(bracketed).size === labels.length) bracketed.forEach((b, i) => words.set(b!, i + 1));
  return words;
}

/** Which scale the top side is: by its labels' words, else by a line near the grid naming it. */
function sideOf(sheet: SheetGrid, row: number, col: number, size: number, top: string[], left: string[]): Side | null {
  const says = (labels: string[], re: RegExp) => labels.filter((t) => re.test(t)).length;
  const topL = says(top, LIKELIHOOD_LABEL);
  const leftL = says(left, LIKELIHOOD_LABEL);
  if (topL >= 2 && leftL === 0) return 'likelihood';
  if (leftL >= 2 && topL === 0) return 'consequence';
  const topC = says(top, CONSEQUENCE_LABEL);
  const leftC = says(left, CONSEQUENCE_LABEL);
  if (topC >= 2 && leftC === 0) return 'consequence';
  if (leftC >= 2 && topC === 0) return 'likelihood';
  // Or each label naming its scale beside its level ("Impact: Low", "High Impact (3)").
  const scaleNamed = (labels: string[], re: RegExp) => labels.filter((t) => re.test(t) && levelOfLabel(t) !== null).length;
  const topI = scaleNamed(top, IMPACT_NAMED);
  const leftI = scaleNamed(left, IMPACT_NAMED);
  if (topI === size && leftI === 0) return 'consequence';
  if (leftI === size && topI === 0) return 'likelihood';
  const topP = scaleNamed(top, LIKELIHOOD_NAMED);
  const leftP = scaleNamed(left, LIKELIHOOD_NAMED);
  if (topP === size && leftP === 0) return 'likelihood';
  if (leftP === size && topP === 0) return 'consequence';
  // "X: Likelihood" / "Y: Impact" in the lines above, or a side's name beside its labels.
  for (let r = Math.max(0, row - 4); r <= row + size + 2; r++) {
    const line = sheet.values[r];
    if (!line) continue;
    for (let c = Math.max(0, col - 2); c < Math.min(line.length, col + size + 1); c++) {
      const t = text(line[c]);
      const m = t ? SIDE_NAMED.exec(t) : null;
      if (!m) continue;
      const axis = (m[1] ?? m[4] ?? '').toLowerCase();
      const scale = (m[2] ?? m[3] ?? '').toLowerCase();
      const isLikelihood = scale === 'likelihood' || scale === 'probability';
      if (axis === 'x' || axis === 'across' || axis === 'horizontal') return isLikelihood ? 'likelihood' : 'consequence';
      if (axis === 'y' || axis === 'down' || axis === 'vertical') return isLikelihood ? 'consequence' : 'likelihood';
    }
  }
  return null;
}

/** Whether a side's labels rise along it (true), fall (false), or do not say (null). */
function rises(labels: string[], side: Side): boolean | null {
  const levels = labels.map((t) => intensity(t, side));
  const known = levels.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null);
  if (known.length < 2) return null;
  const first = known[0]!;
  const last = known[known.length - 1]!;
  return last.v === first.v ? null : last.v > first.v;
}

/** The grade the grid gives a pair, where both are on it. */
export function gridGrade(grid: Pick<MatrixGrid, 'grades' | 'size'>, likelihood: number, consequence: number): string | null {
  if (!Number.isInteger(likelihood) || !Number.isInteger(consequence) || likelihood < 1 || consequence < 1 || likelihood > grid.size || consequence > grid.size) return null;
  return grid.grades[likelihood - 1]?.[consequence - 1] || null;
}

/**
 * The grading scheme a grid states: its grades, lowest first, each with the scores it takes
 * (which may overlap: Medium takes 5 where Very Unlikely meets Very High, High takes 5 where
 * Very Likely meets Very Low), and the grid itself, which grades each pair.
 */
export function schemeOfGrid(grid: MatrixGrid): RagScheme {
  const taken = new Map<string, { min: number; max: number }>();
  for (let l = 1; l <= grid.size; l++) {
    for (let c = 1; c <= grid.size; c++) {
      const name = grid.grades[l - 1]![c - 1]!;
      const score = grid.ranks ? grid.ranks[l - 1]![c - 1]! : l * c;
      const had = taken.get(name);
      taken.set(name, had ? { min: Math.min(had.min, score), max: Math.max(had.max, score) } : { min: score, max: score });
    }
  }
  const names = inSeverityOrder(taken.keys());
  // Ranks each grade takes as one run, none shared ("Low 1-5, Medium 6-13, High 14-22"): the rank
  // is the score and the bands grade it, as a matrix that rates each pair is read; the grid of
  // grades adds nothing. (Ranks shared between grades leave the grid to grade each pair.)
  const runs = names.map((name) => taken.get(name)!);
  const bandsByRank = grid.ranks !== undefined && runs.every((b, i) => i === 0 || b.min === runs[i - 1]!.max + 1);
  const [sheet, cell] = [grid.at.slice(0, grid.at.lastIndexOf('!')), grid.at.slice(grid.at.lastIndexOf('!') + 1)];
  return {
    id: 'workbook',
    label: `The workbook's own matrix${grid.size === 5 ? '' : ` (${grid.size}x${grid.size})`}: each likelihood and impact ${grid.ranks ? `ranked 1 to ${grid.size * grid.size} and ` : ''}graded as its grid at ${grid.at} prints it (${names.join(', ')})`,
    bands: names.map((name, i) => ({ name, ...taken.get(name)!, colour: colourForBandName(name, i, names.length) })),
    source: { sheet, cell },
    ...(grid.size === 5 ? {} : { matrixSize: grid.size }),
    ...(bandsByRank ? { ratings: grid.ranks } : { grid: grid.grades }),
  };
}

/** The rating words a grid's sides state, as a key's lists state them. */
export function ratingWordsOfGrid(grid: MatrixGrid): RatingWords {
  return {
    likelihood: grid.likelihood,
    consequence: grid.consequence,
    likelihoodAt: grid.at,
    consequenceAt: grid.at,
    likelihoodLabels: grid.likelihoodLabels,
    consequenceLabels: grid.consequenceLabels,
  };
}
