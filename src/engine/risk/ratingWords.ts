/**
 * A workbook's own words for likelihood and consequence, from a key such as Staffordshire's
 * Table One ("LIKELIHOOD of Occurrence / 1= Rare / 2= Unlikely / 3= Likely / 4= Highly Likely /
 * 5= Certain"). Registers that write their ratings as words mean these numbers: Staffordshire's
 * "Likely" is 3, where the NPSA scale that is the fallback says 4.
 */
import { SheetGrid, a1 } from '../grid';
import { LEVEL_AT_START, SCALE_SENTENCE, TOP_LEVEL } from '../detect/vocabulary';

export interface RatingWords {
  /** Lower-case word -> value, for each scale the key states. */
  readonly likelihood: ReadonlyMap<string, number> | null;
  readonly consequence: ReadonlyMap<string, number> | null;
  /** Where each scale was found ("Table One!A11"). */
  readonly likelihoodAt: string | null;
  readonly consequenceAt: string | null;
  /** The words for 1 to 5 as the key writes them ("Highly Likely"), where it names all five. */
  readonly likelihoodLabels: ReadonlyArray<string> | null;
  readonly consequenceLabels: ReadonlyArray<string> | null;
}

/** "3= Likely", "4 - Highly Likely", "5: Catastrophic": a number from 1 to 5 and its word(s). */
const ENTRY = /^\s*([1-5])\s*(?:=|:|-|–|—)\s*([A-Za-z][A-Za-z '-]{0,30}?)\s*$/;
/** How far above an entry its heading may be: the five rows of a list, and a line between. */
const HEADING_REACH = 7;

interface Entry {
  readonly row: number;
  readonly col: number;
  readonly value: number;
  readonly word: string;
  /** The word as written, for labels. */
  readonly label: string;
}

type Scale = 'likelihood' | 'consequence';

function scaleNamed(text: string): Scale | null {
  // "Most Likely CONSEQUENCE" names the consequence scale: "likely" is not "likelihood".
  if (/\b(consequence|impact|severity)\b/i.test(text)) return 'consequence';
  if (/\b(likelihood|probability)\b/i.test(text)) return 'likelihood';
  return null;
}

const found = new WeakMap<SheetGrid, RatingWords | null>();

/**
 * The scales a sheet's key states, three or more distinct values each; null when it states none.
 * (Asked when a register's words are read and again when they are scored: looked for once a sheet.)
 */
export function findRatingWords(sheet: SheetGrid): RatingWords | null {
  let words = found.get(sheet);
  if (words === undefined) found.set(sheet, (words = ratingWordsOnSheet(sheet)));
  return words;
}

function ratingWordsOnSheet(sheet: SheetGrid): RatingWords | null {
  const entries: Entry[] = [];
  const rowText: string[] = [];
  sheet.values.forEach((row, r) => {
    const texts: string[] = [];
    row?.forEach((v, c) => {
      if (typeof v !== 'string') return;
      texts.push(v);
      const m = ENTRY.exec(v);
      if (m) entries.push({ row: r, col: c, value: Number(m[1]), word: m[2]!.toLowerCase().replace(/\s+/g, ' '), label: m[2]!.replace(/\s+/g, ' ') });
    });
    rowText[r] = texts.join(' ');
  });
  const sentences = scalesInASentence(sheet);
  if (entries.length < 3 && sentences.length === 0) return null;
  const found: Record<Scale, { words: Map<string, number>; labels: Map<number, string>; at: string } | undefined> = { likelihood: undefined, consequence: undefined };
  for (const e of entries) {
    let scale: Scale | null = null;
    for (let r = e.row - 1; r >= Math.max(0, e.row - HEADING_REACH) && scale === null; r--) {
      if (entries.some((x) => x.row === r)) continue; // another entry of the list, not a heading
      scale = scaleNamed(rowText[r] ?? '');
    }
    if (scale === null) continue;
    const into = (found[scale] ??= { words: new Map(), labels: new Map(), at: `${sheet.name}!${a1(e.row, e.col)}` });
    if (!into.labels.has(e.value)) into.labels.set(e.value, e.label);
    // A word given two values is not a key we can trust: drop it.
    const had = into.words.get(e.word);
    into.words.set(e.word, had === undefined || had === e.value ? e.value : NaN);
  }
  for (const line of sentences) {
    // A scale the sheet states in a list of entries wins over one said in a sentence.
    if (found[line.scale]) continue;
    found[line.scale] = { words: new Map(line.words.map((w, i) => [w.toLowerCase(), line.values[i]!])), labels: new Map(line.words.map((w, i) => [line.values[i]!, w])), at: line.at };
  }
  const usable = (s: Scale) => {
    const f = found[s];
    if (!f) return null;
    const clean = new Map([...f.words].filter(([, v]) => Number.isFinite(v)));
    if (new Set(clean.values()).size < 3) return null;
    const labels = [1, 2, 3, 4, 5].map((v) => f.labels.get(v));
    return { words: clean, at: f.at, labels: labels.every((l) => l !== undefined) ? (labels as string[]) : null };
  };
  const likelihood = usable('likelihood');
  const consequence = usable('consequence');
  if (!likelihood && !consequence) return null;
  return {
    likelihood: likelihood?.words ?? null,
    consequence: consequence?.words ?? null,
    likelihoodAt: likelihood?.at ?? null,
    consequenceAt: consequence?.at ?? null,
    likelihoodLabels: likelihood?.labels ?? null,
    consequenceLabels: consequence?.labels ?? null,
  };
}

/**
 * "Impact scale: Critical breaks ledger safety; High blocks clients; Moderate degrades quality;
 * Low limited effect.": a scale named and its levels listed in one cell, each part starting with
 * its level word. Highest first where the first word is the top of a scale ("Critical",
 * "Almost certain"), else lowest first; numbered from 1 in that order.
 */
function scalesInASentence(sheet: SheetGrid): Array<{ scale: Scale; words: string[]; values: number[]; at: string }> {
  const out: Array<{ scale: Scale; words: string[]; values: number[]; at: string }> = [];
  sheet.values.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (typeof v !== 'string' || v.length > 600) return;
      const m = SCALE_SENTENCE.exec(v.trim());
      if (!m) return;
      const scale = scaleNamed(m[1]!);
      const words: string[] = [];
      for (const part of m[2]!.split(';')) {
        const level = LEVEL_AT_START.exec(part.trim());
        if (!level) return;
        words.push(level[1]!.replace(/\s+/g, ' '));
      }
      if (scale === null || words.length < 3 || words.length > 5 || new Set(words.map((w) => w.toLowerCase())).size !== words.length) return;
      const highestFirst = TOP_LEVEL.test(words[0]!);
      const values = words.map((_w, i) => (highestFirst ? words.length - i : i + 1));
      out.push({ scale, words, values, at: `${sheet.name}!${a1(r, c)}` });
    });
  });
  return out;
}

/** "H – High", "M = Medium", "L: Low": a grade's letter and the word it stands for. */
const GRADE_LETTER = /(?:^|[\s,;(])([HMLhml]|VH|VL)\s*(?:–|—|-|=|:)\s*(very high|very low|high|medium|moderate|low)\b/gi;

/**
 * A legend spelling out the letters a register grades in ("RISK LEVEL: H – High M – Medium L –
 * Low"): letter (upper case) to word, where the sheet gives two or more. Null where it gives none.
 */
export function findGradeLetters(sheet: SheetGrid): ReadonlyMap<string, string> | null {
  const found = new Map<string, string>();
  for (const row of sheet.values) {
    for (const v of row ?? []) {
      if (typeof v !== 'string' || v.length > 2000 || !/[–—=:-]/.test(v)) continue;
      for (const m of v.matchAll(GRADE_LETTER)) {
        const letter = m[1]!.toUpperCase();
        const word = m[2]!.replace(/\b\w/g, (ch) => ch.toUpperCase());
        // A letter given two words is no legend to trust.
        if (found.has(letter) && found.get(letter) !== word) return null;
        found.set(letter, word);
      }
    }
  }
  return found.size >= 2 ? found : null;
}
