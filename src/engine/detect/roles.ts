/**
 * Header text, read word by word: its normal form, the units it names (£, £'000s, £m), the
 * sign convention a variance header states ("Over/(Under)"), and a risk register's slot,
 * measure and information roles. A budget table's roles are settled for the whole header in
 * budgetHeader.ts, from the words in vocabulary.ts.
 */
import { RiskRole, RiskSlot, Units } from '../model';
import { SignConvention } from '../config';
import { BAND_LINE, FLOW_IN_WORDS, FLOW_OUT_WORDS, HEADER_WORDS_IN_OTHER_LANGUAGES, INLINE_KEY, NUMBERING_HEADER, ONLY_AGAINST_A_PLAN, RISK_TYPO_TARGETS, RUN_TOGETHER_WORDS, NUMBER_SIGN_HEADER } from './vocabulary';

export function normaliseHeader(text: string): string {
  return text
    // Words run together in capitals ("RiskAssessment", "ActualToDate", "YTDActual"), as a
    // saved name or a document's text extraction writes them, are words.
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]{2,})([A-Z][a-z]{2,})/g, '$1 $2')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    // Machine-style names ("annual_budget_2022", "risk_id") are words joined by underscores.
    .replace(/_+/g, ' ')
    // "Y-T-D", "Y.T.D.", "Y/T/D": the year to date, however it is stopped.
    .replace(/\by([./-])t\1d\b\.?/g, 'ytd')
    // A word hyphenated where the cell wraps ("Likeli-" over "hood") is one word.
    .replace(/([a-z])-[ \t\u00a0]*\r?\n\s*([a-z])/g, '$1$2')
    // So is one broken where the cell wraps with no hyphen ("Inherent Assess" over "ment"), where
    // the two parts make a header word and are not both words of their own.
    .replace(/([a-z]+)[ \t\u00a0]*\r?\n\s*([a-z]+)/g, (whole, a: string, b: string) => (RUN_TOGETHER_WORDS.has(a + b) && !(RUN_TOGETHER_WORDS.has(a) && RUN_TOGETHER_WORDS.has(b)) ? a + b : whole))
    .replace(/[\s\u00a0]+/g, ' ')
    // Header words of other languages ("Libellé", "Budget voté") read as the English words they are.
    .replace(OTHER_LANGUAGE_WORD, inEnglish)
    // Run together with no capitals to tell them apart ("RISKASSESSMENT", "actualtodate"): split
    // where the run is nothing but header words.
    .replace(/[a-z]{8,}/g, splitRunTogether)
    .trim();
}

/** Every phrase of HEADER_WORDS_IN_OTHER_LANGUAGES: whole words, accented letters counting as letters. */
const OTHER_LANGUAGE_PHRASES = HEADER_WORDS_IN_OTHER_LANGUAGES.flatMap(([, phrases]) => phrases.map(([foreign, english]) => ({ foreign, whole: new RegExp(`^(?:${foreign})$`, 'u'), english })));
const OTHER_LANGUAGE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OTHER_LANGUAGE_PHRASES.map((p) => p.foreign).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The English words a phrase of another language is read as. */
function inEnglish(phrase: string): string {
  return OTHER_LANGUAGE_PHRASES.find((p) => p.whole.test(phrase))?.english ?? phrase;
}

const runTogether = new Map<string, string>();

/** "riskassessment" is "risk assessment": a run of header words, fewest first; else as it is. */
function splitRunTogether(run: string): string {
  let split = runTogether.get(run);
  if (split === undefined) {
    split = RUN_TOGETHER_WORDS.has(run) ? run : (fewestWords(run) ?? run);
    // (Kept within bounds over a long session of many workbooks: headers' words repeat, names need not.)
    if (runTogether.size >= 20000) runTogether.clear();
    runTogether.set(run, split);
  }
  return split;
}

function fewestWords(run: string): string | null {
  // best[i]: the fewest header words that make up run.slice(0, i).
  const best: Array<string[] | null> = [[]];
  for (let i = 1; i <= run.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 12); j < i; j++) {
      const before = best[j];
      if (before && RUN_TOGETHER_WORDS.has(run.slice(j, i)) && (best[i] === null || before.length + 1 < best[i]!.length)) best[i] = [...before, run.slice(j, i)];
    }
  }
  const words = best[run.length];
  return words && words.length >= 2 ? words.join(' ') : null;
}

export function unitsIn(text: string): Units {
  const t = normaliseHeader(text);
  if (/£\s*'?0{3}s?\b|£\s*k\b|\(\s*£?k\s*\)|£\s*thousands?|'000s?\b|\bk\b\s*$/.test(t)) return "£'000s";
  if (/£\s*m\b|£\s*millions?|\(\s*£?m\s*\)|£\s*mn\b/.test(t)) return '£m';
  if (/£/.test(t)) return '£';
  return null;
}

/** Header text with units and punctuation taken off, for matching words. */
/** Which way money flows, where a header or a name says one way only: "Actual Expense", "Gross Income". */
export function flowNamed(text: string): 'in' | 'out' | null {
  const out = FLOW_OUT_WORDS.test(text);
  const inward = FLOW_IN_WORDS.test(text);
  return out === inward ? null : out ? 'out' : 'in';
}

export function stripUnits(t: string): string {
  return t
    .replace(/£\s*'?0{3}s?|'000s?|£\s*(k|m|mn|thousands?|millions?)\b|\(\s*£?\s*(k|m)?\s*\)|£/g, ' ')
    .replace(/[:*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sign convention a variance header states, if it states one. */
export function signStatedBy(text: string): SignConvention | null {
  const t = normaliseHeader(text).replace(/\s/g, '');
  // "Overspend / undersp'd (-)": the underspend marked negative, so an overspend is positive.
  if (/undersp\w*'?d?\(-\)|underspends?\(-\)|\(-\)=?underspend/.test(t)) return 'overspend-positive';
  if (/oversp\w*'?d?\(-\)|overspends?\(-\)|\(-\)=?overspend/.test(t)) return 'favourable-positive';
  if (/over\/?\(under\)|over\/under|\(under\)\/?over|overspend\/\(underspend\)|adverse\/\(favourable\)|deficit\/\(surplus\)/.test(t)) return 'overspend-positive';
  if (/under\/?\(over\)|under\/over|\(over\)\/?under|underspend\/\(overspend\)|favourable\/\(adverse\)|surplus\/\(deficit\)|fav\/\(adv\)/.test(t)) return 'favourable-positive';
  // "Against Projected", "vs Plan": the figure beside it less what was planned, spending or income.
  if (ONLY_AGAINST_A_PLAN.test(normaliseHeader(text))) return 'overspend-positive';
  return null;
}

// ---------------------------------------------------------------- risk

/**
 * The header word a slip of the keyboard stands for ("Foreast", "Varaince", "Likelihoos",
 * "Intial"): a word one letter away (dropped, added, changed or swapped) from one of the words
 * a header turns on. Only long words, only where the word itself is not one, and not a plural
 * ("Initials" is no "Initial").
 */
export function typoOf(word: string, targets: ReadonlyArray<string>): string | null {
  if (targets.includes(word)) return null;
  for (const target of targets) if (Math.abs(target.length - word.length) <= 1 && word !== `${target}s` && oneEditApart(word, target)) return target;
  return null;
}

function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    // Two letters swapped: "actaul".
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** A header cell's lines that are not a key's bands ("H 20-36", "Low 1-10"). */
export function withoutBandLines(header: string): string {
  return header.split(/\r?\n/).filter((line) => !BAND_LINE.test(line.trim())).join('\n');
}

/**
 * A header with its scale's key run on after its name ("Likelihood 1 = Rare, 2 = Unlikely …",
 * "Score (Clear = Low Grey = Moderate …"): the name alone.
 */
export function withoutInlineKey(header: string): string {
  const at = header.search(INLINE_KEY);
  return at > 0 ? header.slice(0, at) : header;
}

/** The top score the bands printed in a header cell reach ("Risk Rating / H 20-36 / M 12-18 / L 1-10": 36), or null. */
export function bandLinesTop(header: string): number | null {
  const bands = bandLinesOf(header);
  return bands.length ? Math.max(...bands.map((b) => b.max)) : null;
}

/** The bands printed a line each in a header cell ("Risk Rating / H 20-36 / M 12-18 / L 1-10"), names as printed. */
export function bandLinesOf(header: string): Array<{ name: string; min: number; max: number }> {
  const bands: Array<{ name: string; min: number; max: number }> = [];
  for (const line of header.split(/\r?\n/)) {
    const m = BAND_LINE.exec(line.trim());
    if (m) bands.push(m[1] !== undefined ? { name: m[1], min: Number(m[2]), max: Number(m[3]) } : { name: m[6]!, min: Number(m[4]), max: Number(m[5]) });
  }
  return bands;
}

/** A register header's words with slips of the keyboard read as the words meant ("Intial Likelihoos"). */
export function riskWords(text: string): string {
  return normaliseHeader(text).replace(/[a-z]{6,}/g, (w) => typoOf(w, RISK_TYPO_TARGETS) ?? w);
}


/** A slot's word, written out or cut short, at the start of a header ("Init L", "Residual S"). */
const SLOT_BEFORE_MEASURE = /^(inherent|initial|init|gross|original|current|residual|resid|res|net|target|pre[- ]?mitigation|post[- ]?mitigation) /;

const SLOT_WORDS: ReadonlyArray<readonly [RegExp, RiskSlot]> = [
  [/\b(inherent|initial|init|gross|original|pre[- ]?mitigation|unmitigated|raw|untreated|(before|prior to|without|no) (any )?(controls|control measures|measures|mitigation|mitigating actions|actions?|treatments?|responses?)|(on|at) identification|baseline risk)\b/, 'inherent'],
  // "New Likelihood", "New Severity" beside the columns before treatment: after it.
  [/\b(residual|resid|res|net|post[- ]?mitigation|mitigated|mitigation|after actions|treated|after controls?|after (treatment|mitigation|responses?|measures|control measures)|final (result|risk|rating|score))\b|^resulting (risk|rating|score|level)\b|^(new|revised) (likelihood|severity|impact|consequence|score|rating|risk|level)\b/, 'residual'],
  [/\b(target|tolerable|appetite|planned)\b/, 'target'],
  [/\b(current|present|existing|with (current )?controls)\b/, 'current'],
];

export function slotOf(text: string): RiskSlot | null {
  const t = riskWords(text);
  for (const [re, slot] of SLOT_WORDS) if (re.test(t)) return slot;
  return null;
}

export type RiskMeasure = 'likelihood' | 'consequence' | 'score' | 'grade';

/** "Likelhood", "Liklihood", "Likelyhood": likelihood as registers misspell it. */
const LIKELIHOOD_MISSPELT = /\bli[ck]e?l[iy]?hood\b/g;

export function riskMeasureOf(header: string): RiskMeasure | null {
  const whole = measureOfHeader(header);
  if (whole !== null) return whole;
  // A name and, after a dash, what it is made of ("Level of Risk – likelihood and consequence"): the name.
  const dashed = /^(.{3,40}?)\s+[–—-]\s+\S/.exec(header.trim());
  return dashed ? measureOfHeader(dashed[1]!) : null;
}

function measureOfHeader(header: string): RiskMeasure | null {
  // A key printed in the header cell under its name ("Risk Rating / H 20-36 / M 12-18") is no
  // part of the name.
  const text = withoutInlineKey(header.includes('\n') ? withoutBandLines(header) : header);
  const t = riskWords(text).replace(LIKELIHOOD_MISSPELT, 'likelihood').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // A long header is a description that happens to mention "consequence" ("SCOPE OF RISK inc
  // CONSEQUENCE"); its scale "(1:5)", its letters "(A * B)" and its slot ("before mitigation")
  // do not make a header long.
  const core = riskWords(text)
    .replace(LIKELIHOOD_MISSPELT, 'likelihood')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(before|after|post|pre)[- ]?(mitigation|controls|actions)\b/g, ' ')
    // The product it is worked out by ("Impact x Likelihood = Total") is one term, not four words.
    .replace(/\b(impact|likelihood|consequence|severity|probability)\s*[x×*]\s*(impact|likelihood|consequence|severity|probability)\b(\s*=\s*(total|score))?/g, ' product ')
    .replace(/[/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (core.split(' ').length > 6 || /\bdescription\b/.test(t)) return null;
  // (Or the product's letters either way round: "L x C", "S×L", "P x I".)
  if (/\b([lp] ?[x×*] ?[csi]|[csi] ?[x×*] ?[lp]|lxc|lxi)\b|\b(likelihood|probability) ?[x×*] ?(impact|consequence|severity)\b|\b(impact|consequence|severity) ?[x×*] ?(likelihood|probability)\b/.test(t)) return 'score';
  // "Likelihood Score (L)" and "Impact Score (I)" are the two dimensions, not the product; a
  // "Severity Score" may be either, and is read as the product, as a score.
  if (/\b(likelihood|probability) (score|rating)\b/.test(t)) return 'likelihood';
  if (/\b(consequence|impact) (score|rating)\b/.test(t)) return 'consequence';
  // Words between ("IMPACT ON SERVICES SCORE", "Likelihood of occurrence rating"): still the
  // dimension it names; "TOTAL RISK SCORE" is the product.
  if (/\b(score|rating)\b/.test(t) && !/\b(total|overall|risk|combined) (score|rating)\b/.test(t)) {
    const likelihood = /\b(likelihood|probability)\b/.test(t);
    const impact = /\b(consequence|impact)\b/.test(t);
    if (likelihood !== impact) return likelihood ? 'likelihood' : 'consequence';
  }
  // ("RPN", a failure-mode analysis's risk priority number: severity times frequency, as a
  // register kept on that pattern prints it beside "SEV | FRQ".)
  if (/\b(score|rr|risk rank|rpn)\b/.test(t)) return 'score';
  // A slot's word before a measure's letter ("Init L", "Res S"): the letter alone says the measure.
  const letter = t.replace(SLOT_BEFORE_MEASURE, '');
  if (/^(l|lik|likelihood|probability|p|likelihood score|frq|freq)$|\blikelihood\b|\b(frequency|probability|prob)\b/.test(letter)) return 'likelihood';
  // "Potential outcome", "Possible outcome of injury": what would come of it, scored.
  if (/^(c|i|con|cons|consequence|impact|severity|s|sev|consequence score|impact score)$|\b(consequences?|impacts?|severity)\b|^(potential|possible|likely) outcomes?\b/.test(letter)) return 'consequence';
  // "Level of risk (H/M/L)": a grade in letters, whatever the words before it.
  if (/\bh ?\/ ?m ?\/ ?l\b|\bl ?\/ ?m ?\/ ?h\b/.test(t)) return 'grade';
  // ("Risk estimation", a rowing club's "Medium / 7": the risk estimated, a score.)
  if (/\b(rating|risk rate|risk level|hazard level|level of risk|degree of risk|risk factor|risk estimation|estimated risk)\b/.test(t)) return 'score';
  // "Risk H/M/L": a grade in letters. ("Red/ Amber/ Green": the RAG colours named, a grade;
  // not "R/A/G" in letters, which heads a savings plan's status as often.)
  if (/\b(grade|grading|priority|rag)\b|\bred[\s/]*amber[\s/]*green\b|\bh ?\/ ?m ?\/ ?l\b|\bl ?\/ ?m ?\/ ?h\b/.test(t)) return 'grade';
  return null;
}

export function riskInfoRoleOf(text: string): RiskRole | null {
  const t = normaliseHeader(text).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(risk )?(ref|reference|id|i\.d\.?|no\.?|number|ref no\.?|ref\.|risk id|datix( id)?|code|item (no\.?|number))$/.test(t) || /^(risk|hazard)( event| item)? (ref|reference|id|no\.?|number)\b/.test(t) || /^numbers? of (the )?risks?$/.test(t) || NUMBERING_HEADER.test(t) || NUMBER_SIGN_HEADER.test(t)) return 'ref';
  if (/^(risk )?(title|name|risk|item|sub ?titles?)$|^risk title\b|^title\b|^risks? ?(\(?s\)? ?)?identified$|^identified risks?$|\bhazards?\b|^risk ?(event|\/ ?event)$|^threat$|^nature of (the )?risk$|^area of risk$|^risk area$|^(principal|key|strategic|corporate|potential|possible) risks?$|^(activity|subject)$|^(assets?|activit(y|ies))( ?\/ ?(assets?|activit(y|ies)))?( risks?( to)?)?$/.test(t)) return 'title';
  if (/\bdescription\b|^scope of risk|^risk and consequence|^cause|^the risk\b/.test(t)) return 'description';
  if (/\b(owner|lead officer|risk lead|responsible|lead)\b/.test(t)) return 'owner';
  if (/\b(review date|next review|date of (next )?review|reviewed|review)\b/.test(t)) return 'reviewDate';
  if (/\b(trend|direction|movement|change since)\b/.test(t)) return 'trend';
  if (/^(status|risk status|open\/closed)$/.test(t)) return 'status';
  return null;
}
