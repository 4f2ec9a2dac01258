import { CellValue, isErrorValue } from '../grid';
import { PRODUCT_IN_TEXT, RATING_DIGITS_PAIR } from '../detect/vocabulary';

/**
 * Likelihood and consequence as registers write them: a number 1-5, or a word from the
 * organisation's matrix. The words differ between trusts ("Possible" is 3 in the NPSA
 * matrix, Staffordshire calls 3 "Likely" and 4 "Highly Likely"), so the word tables here
 * are the common ones and a register's own key overrides them (see risk/key.ts).
 */
const LIKELIHOOD_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['rare', 1],
  ['highly unlikely', 1],
  ['very unlikely', 1],
  ['unlikely', 2],
  ['possible', 3],
  ['possibly', 3],
  ['highly likely', 4],
  ['very likely', 4],
  ['probable', 4],
  ['likely', 4],
  ['almost certain', 5],
  ['certain', 5],
  // A five-level scale in plain words ("Very Low", "Low", "Medium" as a hazard log rates how
  // likely): read where a column's words are more than the three levels, which only a 3x3 key places.
  ['very low', 1],
  ['low', 2],
  ['medium', 3],
  ['high', 4],
  ['very high', 5],
];

const CONSEQUENCE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['negligible', 1],
  ['insignificant', 1],
  ['very low', 1],
  ['minor', 2],
  ['low', 2],
  ['moderate', 3],
  ['medium', 3],
  ['major', 4],
  ['high', 4],
  ['catastrophic', 5],
  ['extreme', 5],
  ['severe', 5],
  ['very high', 5],
];

export type ParsedRating =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'invalid'; readonly text: string };

function norm(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
}

function parseRating(cell: CellValue, words: ReadonlyArray<readonly [string, number]>): ParsedRating {
  if (cell === null) return { kind: 'blank' };
  if (isErrorValue(cell)) return { kind: 'error', error: cell.error };
  if (typeof cell === 'number') return { kind: 'value', value: cell };
  if (typeof cell === 'boolean') return { kind: 'invalid', text: String(cell) };
  const t = norm(cell);
  if (t === '') return { kind: 'blank' };
  // "3", "3 - Possible", "3 Possible", "Possible (3)"
  const lead = /^(\d+(?:\.\d+)?)\b/.exec(t);
  if (lead) return { kind: 'value', value: Number(lead[1]) };
  const trail = /\((\d+)\)$/.exec(t);
  if (trail) return { kind: 'value', value: Number(trail[1]) };
  // "Major 4", "Likely - 4": the register's word with its number, the number read.
  const worded = /^[a-z][a-z ]*?\s*[-–:]?\s*(\d)$/.exec(t);
  if (worded) return { kind: 'value', value: Number(worded[1]) };
  for (const [word, value] of words) if (t === word) return { kind: 'value', value };
  return { kind: 'invalid', text: cell };
}

export function parseLikelihood(cell: CellValue, ownWords?: ReadonlyMap<string, number>): ParsedRating {
  if (ownWords && typeof cell === 'string') {
    const v = ownWords.get(norm(cell));
    if (v !== undefined) return { kind: 'value', value: v };
    // A register whose key names its likelihoods otherwise ("Very Unlikely" to "Very Likely")
    // means none of the plain levels by "Low": not on its scale, so not read.
    if (PLAIN_LEVELS.has(norm(cell))) return { kind: 'invalid', text: cell };
  }
  return parseRating(cell, LIKELIHOOD_WORDS);
}

const PLAIN_LEVELS = new Set(['very low', 'low', 'medium', 'high', 'very high']);

export function parseConsequence(cell: CellValue, ownWords?: ReadonlyMap<string, number>): ParsedRating {
  if (ownWords && typeof cell === 'string') {
    const v = ownWords.get(norm(cell));
    if (v !== undefined) return { kind: 'value', value: v };
  }
  return parseRating(cell, CONSEQUENCE_WORDS);
}

/**
 * A score cell: "16", 16, "16 (4x4)", "12 (3 x 4)", "4x4", "L4 x C4". Where the text
 * carries its own L and C they are returned too, so that the score typed beside them
 * can be checked.
 */
export type ParsedScore =
  | { readonly kind: 'score'; readonly score: number | null; readonly likelihood: number | null; readonly consequence: number | null; readonly labelled?: true }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'invalid'; readonly text: string };

/**
 * A score cell: a number, "16 (4x4)", "4 x 4 = 16" or "16 High". The pair is likelihood then
 * consequence unless the column's header writes it the other way round.
 */
export function parseScore(cell: CellValue, order: 'likelihood-first' | 'consequence-first' = 'likelihood-first'): ParsedScore {
  const parsed = parseScoreLikelihoodFirst(cell);
  // A pair whose cell says which is which is read as it says, whatever the header's order.
  if (order === 'likelihood-first' || parsed.kind !== 'score' || parsed.labelled) return parsed;
  return { ...parsed, likelihood: parsed.consequence, consequence: parsed.likelihood };
}

const RATING_LABEL = '(impact|consequence|severity|likelihood|probability|[lpics])';
const LIKELIHOOD_LABEL = /^(likelihood|probability|l|p)$/;
/** Two ratings each named ("Likelihood: 3", "L - 2", "I4"), then the score named or not ("Risk Score = 8", "= 8"). */
const LABELLED_PAIR = new RegExp(`^${RATING_LABEL}\\s*[:=\\-–]?\\s*(\\d)\\s*[,;x/]?\\s*${RATING_LABEL}\\s*[:=\\-–]?\\s*(\\d)(?:\\s*[,;/]?\\s*(?:(?:risk\\s+)?(?:score|rating|total)\\s*)?[:=\\-–]?\\s*(\\d{1,2}))?$`);

function parseScoreLikelihoodFirst(cell: CellValue): ParsedScore {
  if (cell === null) return { kind: 'blank' };
  // One rating a line for the hazards listed a line each in the cells beside it, all alike
  // ("2x2" on each of five lines): that rating. Lines that differ give no one rating.
  if (typeof cell === 'string' && /\n/.test(cell.trim())) {
    const lines = cell.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (lines.length > 1 && lines.every((l) => l.toLowerCase() === lines[0]!.toLowerCase())) return parseScoreLikelihoodFirst(lines[0]!);
  }
  if (isErrorValue(cell)) return { kind: 'error', error: cell.error };
  if (typeof cell === 'number') return { kind: 'score', score: cell, likelihood: null, consequence: null };
  if (typeof cell === 'boolean') return { kind: 'invalid', text: String(cell) };
  const t = norm(cell).replace(/[×*]/g, 'x');
  if (t === '' || t === '-' || t === 'n/a') return { kind: 'blank' };
  // "Impact 4 Likelihood 3", "L - 2 / I – 4 / Risk Score = 8", "L2 x I4 = 8" (each rating
  // labelled, in one cell, on lines of its own, the score after them or not): the pair.
  const labelled = LABELLED_PAIR.exec(t);
  if (labelled && LIKELIHOOD_LABEL.test(labelled[1]!) !== LIKELIHOOD_LABEL.test(labelled[3]!)) {
    const likelihoodFirst = LIKELIHOOD_LABEL.test(labelled[1]!);
    const l = Number(likelihoodFirst ? labelled[2] : labelled[4]);
    const c = Number(likelihoodFirst ? labelled[4] : labelled[2]);
    return { kind: 'score', score: labelled[5] ? Number(labelled[5]) : null, likelihood: l, consequence: c, labelled: true };
  }
  const full = /^(\d+)\s*\(\s*l?\s*(\d)\s*x\s*c?\s*(\d)\s*\)$/.exec(t);
  if (full) return { kind: 'score', score: Number(full[1]), likelihood: Number(full[2]), consequence: Number(full[3]) };
  const pairThenScore = /^l?\s*(\d)\s*x\s*c?\s*(\d)\s*(?:=\s*(\d+))?$/.exec(t);
  if (pairThenScore) {
    const l = Number(pairThenScore[1]);
    const c = Number(pairThenScore[2]);
    return { kind: 'score', score: pairThenScore[3] ? Number(pairThenScore[3]) : null, likelihood: l, consequence: c };
  }
  // Two ratings split by a comma, "4,3": the score is their product whichever comes first; which
  // is the likelihood the cell does not say, so neither is read as one (no guess), unless the
  // two are the same ("3,3").
  const digits = RATING_DIGITS_PAIR.exec(t);
  if (digits) {
    const [a, b] = [Number(digits[1]), Number(digits[2])];
    return { kind: 'score', score: a * b, likelihood: a === b ? a : null, consequence: a === b ? b : null };
  }
  // (A score with decimals typed as text, "20.20", is read as the number is.)
  if (/^\d+\.\d+$/.test(t)) return { kind: 'score', score: Number(t), likelihood: null, consequence: null };
  const lead = /^(\d+)(?:\s*[-–(]?\s*[a-z ]*\)?)?$/.exec(t);
  if (lead) return { kind: 'score', score: Number(lead[1]), likelihood: null, consequence: null };
  // Its grade first: "High 16", "M (9)", "Medium 10.4" (a score worked with a control factor).
  const graded = /^[a-z][a-z ]*?\s*[-–:(]?\s*(\d+(?:\.\d+)?)\)?$/.exec(t);
  if (graded) return { kind: 'score', score: Number(graded[1]), likelihood: null, consequence: null };
  // The product written out with words around it: "High Risk 4 x 4 = 16", "3 x 4 = 12 December 2024".
  const written = PRODUCT_IN_TEXT.exec(t);
  if (written) return { kind: 'score', score: Number(written[3]), likelihood: Number(written[1]), consequence: Number(written[2]) };
  return { kind: 'invalid', text: cell };
}

/**
 * Trend words and arrows as registers write them, mapped to the five words the board uses.
 * Arrows alone are ambiguous in a register (an up arrow may mean the score went up, which is
 * worse), so "↑" is read as the score rising: Deteriorating.
 */
export type Trend = 'Improving' | 'Unchanged' | 'Deteriorating' | 'New' | 'Closed';

export function parseTrend(cell: CellValue): Trend | null {
  if (typeof cell !== 'string') return null;
  const t = norm(cell);
  if (t === '') return null;
  if (/^(=|↔|→|⇔|–|-|same|static|no change|unchanged|stable|steady)$/.test(t)) return 'Unchanged';
  if (/^(↓|⬇|▼|down|decreas\w*|reduc\w*|improv\w*|better|lower)$/.test(t)) return 'Improving';
  if (/^(↑|⬆|▲|up|increas\w*|worse\w*|deteriorat\w*|higher|escalat\w*)$/.test(t)) return 'Deteriorating';
  if (/^new( risk)?$/.test(t)) return 'New';
  if (/^closed?$/.test(t)) return 'Closed';
  return null;
}

/**
 * Two ratings in words in one cell, "Major(s) / High" (a severity for a single patient over its
 * likelihood), "Likely x Minor": each word of a rating, a letter in brackets after it or not.
 */
export const RATING_PAIR = /^([a-z][a-z ]{1,20}?)\s*(?:\([a-z]\))?\s*(?:\/|×|\bx\b)\s*([a-z][a-z ]{1,20}?)\s*(?:\([a-z]\))?$/i;

/** A whole number typed as a number or as digits ("2", 2), or null: a rating as a register types it. */
export function wholeNumberIn(cell: CellValue): number | null {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d+\s*$/.test(cell) ? Number(cell) : null;
  return n !== null && Number.isInteger(n) ? n : null;
}

/** A scale's name written after its rating: "Severe Impact", "Likely Probability". */
const SCALE_NAME_AFTER = /\s+(impact|consequence|severity|likelihood|probability)$/i;

/**
 * A cell's two ratings in words, each told by which scale reads it ("Major" is only a
 * consequence, so "High" beside it is the likelihood); null where both readings are open and
 * the header does not say which comes first.
 */
export function parseRatingPair(cell: CellValue, words: { likelihood?: ReadonlyMap<string, number>; consequence?: ReadonlyMap<string, number> }, order?: 'likelihood-first' | 'consequence-first'): { likelihood: number; consequence: number } | null {
  if (typeof cell !== 'string') return null;
  const m = RATING_PAIR.exec(cell.trim());
  if (!m) return null;
  // ("Unlikely/Severe Impact": a rating and its scale's name after it, the rating.)
  const [a, b] = [m[1]!, m[2]!].map((t) => t.trim().replace(SCALE_NAME_AFTER, '').trim() || t.trim());
  const value = (p: ParsedRating) => (p.kind === 'value' ? p.value : null);
  const likelihoodFirst = [value(parseLikelihood(a, words.likelihood)), value(parseConsequence(b, words.consequence))] as const;
  const consequenceFirst = [value(parseLikelihood(b, words.likelihood)), value(parseConsequence(a, words.consequence))] as const;
  const lf = likelihoodFirst[0] !== null && likelihoodFirst[1] !== null;
  const cf = consequenceFirst[0] !== null && consequenceFirst[1] !== null;
  if (lf && (!cf || order === 'likelihood-first')) return { likelihood: likelihoodFirst[0]!, consequence: likelihoodFirst[1]! };
  if (cf && (!lf || order === 'consequence-first')) return { likelihood: consequenceFirst[0]!, consequence: consequenceFirst[1]! };
  return null;
}
