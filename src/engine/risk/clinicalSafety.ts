/**
 * Hazard logs kept to the NHS clinical safety standards DCB0129 (for those who make health IT)
 * and DCB0160 (for those who deploy it). They rate each hazard on one published matrix: its
 * likelihood (Very low to Very high) and severity (Minor, Significant, Considerable, Major,
 * Catastrophic) give a risk rating of 1 to 5 by looking the pair up, not by multiplying them.
 */
import { SheetGrid } from '../grid';
import { DCB0129_LIKELIHOOD_WORDS, DCB0129_SEVERITY_WORDS } from '../detect/vocabulary';
import { RatingWords } from './ratingWords';

/** The standard named ("DCB0129", "DCB 0160"), or its severity word no other scale uses ("Considerable") alone in a cell. */
const NAMES_THE_STANDARD = /\bdcb\s?0?(129|160)\b/i;

const answered = new WeakMap<SheetGrid, boolean>();

/** Whether a sheet keeps its hazards on the DCB0129 matrix (asked of each header row: answered once a sheet). */
export function ratesOnDcb0129(sheet: SheetGrid): boolean {
  let rates = answered.get(sheet);
  if (rates === undefined) answered.set(sheet, (rates = namesTheMatrix(sheet)));
  return rates;
}

function namesTheMatrix(sheet: SheetGrid): boolean {
  for (const row of sheet.values) {
    if (!row) continue;
    for (const v of row) {
      if (typeof v !== 'string') continue;
      if (NAMES_THE_STANDARD.test(v) || v.trim().toLowerCase() === 'considerable') return true;
    }
  }
  return false;
}

/** The standard's words for its two scales, as a key's lists give a register's own. */
export const DCB0129_RATING_WORDS: RatingWords = {
  likelihood: new Map(DCB0129_LIKELIHOOD_WORDS.map((w, i) => [w.toLowerCase(), i + 1])),
  consequence: new Map(DCB0129_SEVERITY_WORDS.map((w, i) => [w.toLowerCase(), i + 1])),
  likelihoodAt: 'the DCB0129 matrix',
  consequenceAt: 'the DCB0129 matrix',
  likelihoodLabels: DCB0129_LIKELIHOOD_WORDS,
  consequenceLabels: DCB0129_SEVERITY_WORDS,
};
