/**
 * Grades written as words or letters with no score behind them ("L", "Medium", "Red"), as
 * parish and town councils grade their risk assessments: how severe each is, so they can be
 * counted in order, coloured and put before the board beside scored risks.
 */
import { COLOURS, RagScheme, RiskBand } from '../rag/scheme';
import { GRADE_WORD_LEVELS } from '../detect/vocabulary';
import type { RiskRegister, RiskSlot } from '../model';

/** How severe a grade word is, 1 (very low) to 5 (very high), halves between; null for a word that is no grade. */
export function gradeWordLevel(word: string): number | null {
  // "Substantial Risk", "Risk Low": the grade word, with the word "risk" beside it.
  const t = withoutRiskWord(word.trim().toLowerCase().replace(/\s+/g, ' '));
  for (const [level, re] of GRADE_WORD_LEVELS) if (re.test(t)) return level;
  return null;
}

/** A grade named with the word "risk" beside it ("Substantial Risk", "Risk Low"): the grade alone, as typed. */
export function withoutRiskWord(text: string): string {
  return text.replace(/^risk\s+(?=\S)|(?<=\S)\s+risk$/i, '');
}

/**
 * Whether a slot's scores are graded by the scheme's bands: not when the register rates on a
 * scale of its own beyond the matrix ("Probability 0-10") that its key does not grade, nor when
 * it works the slot's rating by its own rule from impacts scored apart ("Cost Impact | Time
 * Impact").
 */
export function gradedByBands(register: Pick<RiskRegister, 'ratingScale' | 'typedOnlySlots' | 'scoreFactor' | 'scheme' | 'shareScales'>, slot: RiskSlot): boolean {
  // (Nor scores of probabilities, shares of one: no band here is of them.)
  if (register.shareScales) return false;
  // (Nor a product of three ratings on any key but the register's own.)
  if (register.scoreFactor?.slot === slot && register.scheme.id !== 'workbook') return false;
  // (A scale beyond the matrix is graded only by a key of its own scores, "H 20-36" on a 6x6.)
  return (register.ratingScale == null || register.scheme.scaleTop === register.ratingScale) && !(register.typedOnlySlots?.includes(slot) ?? false);
}

/**
 * Whether no heat map places the register's ratings: rated on a scale beyond the matrix
 * ("Probability 0-10"), in averages with decimals, or scored as a product of three ratings.
 */
export function placedOnNoMap(register: Pick<RiskRegister, 'averagedRatings' | 'ratingScale' | 'scoreFactor' | 'shareScales'>): boolean {
  return !!(register.ratingScale || register.averagedRatings || register.scoreFactor || register.shareScales);
}

/**
 * Why no heat map places a register's ratings, in the words the Risk Summary and the pane both
 * give ("the register … gives its likelihoods and impacts as averages with decimals …"); null
 * where its ratings are whole numbers on the matrix.
 */
export function noHeatMapBecause(register: Pick<RiskRegister, 'averagedRatings' | 'ratingScale' | 'scoreFactor' | 'shareScales'>, size: number, where = ''): string | null {
  if (register.scoreFactor) return `No heat map: the register${where ? ` on "${where}"` : ''} scores each risk as likelihood x impact x "${register.scoreFactor.header}", which no cell of a ${size}x${size} map of likelihood and impact holds.`;
  const how = register.shareScales ? `gives its ${register.shareScales.length === 2 ? 'likelihoods and impacts' : 'likelihoods'} as probabilities, shares of one` : register.averagedRatings ? 'gives its likelihoods and impacts as averages with decimals (a workshop\'s mean votes)' : register.ratingScale ? `rates likelihood and impact from 1 to ${register.ratingScale}` : null;
  return how === null ? null : `No heat map: the register${where ? ` on "${where}"` : ''} ${how}, which no cell of a ${size}x${size} map holds.`;
}

/**
 * "High: risk of serious injury." is "High": a grade word, then a colon and its reason. So is
 * "Low (must not occur)": a grade word, then a remark in brackets (words, not a score); and
 * "High risk, getting cold and wet", "Low. Can cause cuts": the grade, then a sentence on.
 */
export function leadingGrade(text: string): string {
  const m = /^([a-z]+(?: [a-z]+)??)(?:\s+risk)?\s*(?:[:.,;]\s+\S|\((?=[^)]*[a-z])[^)\d]*\)\s*$)/i.exec(text.trim());
  return m && gradeWordLevel(m[1]!) !== null ? m[1]! : text;
}

/** The colour a grade word stands for: green up to low, amber from low/medium to medium/high, red from high. */
export function gradeWordColour(level: number): string {
  return level <= 2 ? COLOURS.green : level < 4 ? COLOURS.amber : COLOURS.red;
}

/**
 * How severe a band of the scheme is, on the same 1 to 5 reading: by its name where the name is
 * a grade word, else by its place (the top band is the most severe).
 */
export function bandLevel(scheme: RagScheme, band: RiskBand): number {
  const named = gradeWordLevel(band.name);
  if (named !== null) return named;
  const ordered = [...scheme.bands].sort((a, b) => a.min - b.min);
  const i = ordered.indexOf(band);
  return ordered.length <= 1 ? 5 : 1 + Math.round((4 * i) / (ordered.length - 1));
}

/** Grade words in order of severity, lowest first; words that are no grade keep their order, last. */
export function inSeverityOrder(words: Iterable<string>): string[] {
  const list = [...new Set(words)];
  const level = (w: string) => gradeWordLevel(w) ?? Number.POSITIVE_INFINITY;
  return list.map((w, i) => ({ w, i })).sort((a, b) => level(a.w) - level(b.w) || a.i - b.i).map((x) => x.w);
}
