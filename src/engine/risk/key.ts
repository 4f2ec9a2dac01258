/**
 * A workbook's own grading key: "1 – 3 Low risk", "a score between 5 and 10 will be Medium
 * Risk", or a table of "Extreme | 15-25". Where a register states its bands, it is graded by
 * them rather than by a preset, and the report says so.
 */
import { SheetGrid, a1 } from '../grid';
import { MATRIX_SCORES, RagScheme, bandProblem, colourForBandName, matrixScores } from '../rag/scheme';
import { bandLinesOf } from '../detect/roles';
import type { ColumnAssignment, RiskRole } from '../model';

// A key may name its bands by their colours alone ("16-25 | Red | High risk, immediate action").
const GRADE_WORDS = '(?:very low|very high|negligible|trivial|low|moderate|medium|high|extreme|significant|critical|serious|major|minor|unacceptable|intolerable|undesirable|tolerable|acceptable|red|amber|green)';
/**
 * A band's name as printed: the grade word, or two joined ("High/Medium", "Medium/Low"), with
 * "risk" before or after it ("Low risk", "Risk unacceptable").
 */
const GRADE = `((?:risk\\s+)?${GRADE_WORDS}(?:\\s*\\/\\s*${GRADE_WORDS})?(?:\\s+risk)?)`;
const DASH = '(?:-|–|—|to|and)';
// (Or the name in brackets after its range: "1-4(Low), 5-9(Moderate)".)
const RANGE_THEN_NAME = new RegExp(`(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})\\s*(?:=|:|will be|is|are)?\\s*\\(?\\s*(?:an?\\s+)?${GRADE}\\b`, 'gi');
// (A key of the products of three ratings runs past a 5x5's 25: "26 To 50 | High", "50+ | Critical".)
const WIDE_RANGE_THEN_NAME = new RegExp(`(\\d{1,3})\\s*${DASH}\\s*(\\d{1,3})\\s*(?:=|:|will be|is|are)?\\s*\\(?\\s*(?:an?\\s+)?${GRADE}\\b`, 'gi');
const WIDE_FROM_THEN_NAME = new RegExp(`(\\d{1,3})\\s*(?:\\+|and above|or (?:more|above|over))\\s*(?:=|:|will be|is|are)?\\s*(?:an?\\s+)?${GRADE}\\b`, 'gi');
const NAME_THEN_RANGE = new RegExp(`\\b${GRADE}s?\\s*[:=(]?\\s*(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})\\b`, 'gi');
/** An open top band, "12+ High", "16 and above = Extreme", "20 or more Very high": to 25. */
const FROM_THEN_NAME = new RegExp(`(\\d{1,2})\\s*(?:\\+|and above|or (?:more|above|over))\\s*(?:=|:|will be|is|are)?\\s*(?:an?\\s+)?${GRADE}\\b`, 'gi');
/** Bounds written as signs: "≥6 = High", ">= 15 Red" (to 25), "≤2 = Low", "<=4 Green" (from 1). */
const AT_LEAST_THEN_NAME = new RegExp(`(?:≥|>=|=>)\\s*(\\d{1,2})\\s*(?:=|:|will be|is|are)?\\s*(?:an?\\s+)?${GRADE}\\b`, 'gi');
const AT_MOST_THEN_NAME = new RegExp(`(?:≤|<=|=<)\\s*(\\d{1,2})\\s*(?:=|:|will be|is|are)?\\s*(?:an?\\s+)?${GRADE}\\b`, 'gi');

/** A coloured mark drawn beside a band's name ("🔴", "🟡", "🟢"), with its variation selector. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PICTOGRAPH_ALL = /\p{Extended_Pictographic}\uFE0F?/gu;

/** Any band's name in a text, to pass over the many texts that have none. */
const ANY_GRADE_WORD = new RegExp(`\\b${GRADE_WORDS}\\b`, 'i');

interface BandMention {
  name: string;
  min: number;
  max: number;
  row: number;
  col: number;
  /** Written as open ("12+", "≥6"): its top is the matrix's, whatever size that is. */
  openTop?: boolean;
  /** Named by a phrase no grade word is in ("additional controls required"), beside its range. */
  phrase?: true;
}

/** A range alone in a cell, "5-12", "13 – 18". */
const RANGE_ALONE = /^(\d{1,2})\s*(?:-|–|—|to)\s*(\d{1,2})$/i;
/** A band named in a few words with no figure, "additional controls required", "urgent attention required". */
const BAND_PHRASE = /^(?=\p{L})[^\d]{3,40}$/u;

/**
 * A band's name as the key prints it, without the word "risk" and with a capital first letter:
 * "Low risk" is the band Low, "Risk unacceptable" the band Unacceptable (as the seeds' profile
 * tables name the bands their keys print as "1 – 3 Low risk").
 */
function bandName(s: string): string {
  const t = s.replace(/\brisk\b/gi, ' ').replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/').trim().toLowerCase();
  // Each name of a joined band capitalised: "High/Medium".
  return t.replace(/(^|\/)([a-z])/g, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

function mentionsIn(written: string, row: number, col: number): BandMention[] {
  const out: BandMention[] = [];
  // Both patterns need a number and a band's name: most cells of a register (titles,
  // descriptions, dates) lack one or the other, and are passed over before the patterns run.
  if (!/\d/.test(written) || !ANY_GRADE_WORD.test(written)) return out;
  // "Very  High", "16 -  25": spaced as typed, read as one.
  // ("7–9 | 🔴 High": a coloured mark before the band's name, as a page written in Markdown draws it, is no part of it.)
  const unmarked = PICTOGRAPH.test(written) ? written.replace(PICTOGRAPH_ALL, ' ') : written;
  const text = /\s\s|[\t\n\r\u00a0]/.test(unmarked) ? unmarked.replace(/\s+/g, ' ').trim() : unmarked;
  for (const m of text.matchAll(RANGE_THEN_NAME)) {
    out.push({ name: bandName(m[3]!), min: Number(m[1]), max: Number(m[2]), row, col });
  }
  const signs = /[≥≤<>]/.test(text);
  for (const m of [...text.matchAll(FROM_THEN_NAME), ...(signs ? text.matchAll(AT_LEAST_THEN_NAME) : [])]) {
    out.push({ name: bandName(m[2]!), min: Number(m[1]), max: 25, row, col, openTop: true });
  }
  for (const m of signs ? text.matchAll(AT_MOST_THEN_NAME) : []) {
    out.push({ name: bandName(m[2]!), min: 1, max: Number(m[1]), row, col });
  }
  if (out.length === 0) {
    for (const m of text.matchAll(NAME_THEN_RANGE)) {
      out.push({ name: bandName(m[1]!), min: Number(m[2]), max: Number(m[3]), row, col });
    }
  }
  return out.filter((b) => b.min >= 1 && b.max <= 25 && b.min <= b.max);
}

/** A row's cells that hold text, each with its column, trimmed. */
function textCells(row: ReadonlyArray<unknown>): Array<{ col: number; text: string }> {
  const cells: Array<{ col: number; text: string }> = [];
  row.forEach((v, col) => {
    if (typeof v === 'string' && v.trim()) cells.push({ col, text: v.trim() });
  });
  return cells;
}

/** The grading key stated on a sheet, if it states a complete one. */
export function findSchemeKey(sheet: SheetGrid): RagScheme | null {
  const mentions: BandMention[] = [];
  sheet.values.forEach((row, r) => {
    // Each band in a cell of its own, "1 – 3 Low risk"; the rest of the row's texts read together.
    const rest: Array<{ col: number; text: string }> = [];
    for (const cell of textCells(row ?? [])) {
      const own = mentionsIn(cell.text, r, cell.col);
      if (own.length) mentions.push(...own);
      else rest.push(cell);
    }
    // A key laid out as a table: "Extreme | 15-25" in neighbouring cells.
    const joined = rest.length >= 2 ? mentionsIn(rest.map((x) => x.text).join(' '), r, rest[0]!.col) : [];
    mentions.push(...joined);
    // Or a range in a cell of its own and, in the next, the band named by what it asks for
    // ("5-12 | additional controls required"): that name, taken only where the key's bands
    // together grade every score of its matrix (below).
    if (joined.length === 0) {
      const at = rest.findIndex((x) => RANGE_ALONE.test(x.text));
      const name = at >= 0 ? rest[at + 1] : undefined;
      if (name && name.col === rest[at]!.col + 1 && BAND_PHRASE.test(name.text)) {
        const [, lo, hi] = RANGE_ALONE.exec(rest[at]!.text)!;
        mentions.push({ name: bandName(name.text), min: Number(lo), max: Number(hi), row: r, col: rest[at]!.col, phrase: true });
      }
    }
  });
  if (mentions.length < 2) return null;
  // The key's bands as all its cells give them; or, where those overlap (an "Action" column
  // dividing a band again, "Very high risk (19-25)" within "13 – 25 Unacceptable"), as one
  // column of the key gives them.
  const whole = schemeFrom(sheet, mentions);
  if (whole) return whole;
  const byCol = new Map<number, BandMention[]>();
  for (const m of mentions) byCol.set(m.col, [...(byCol.get(m.col) ?? []), m]);
  const schemes = [...byCol.values()].map((ms) => (ms.length >= 2 ? schemeFrom(sheet, ms) : null)).filter((x): x is RagScheme => x !== null);
  return schemes.length === 1 ? schemes[0]! : null;
}

/** The scheme a set of band mentions states, if they make a complete key (or one run of bands). */
function schemeFrom(sheet: SheetGrid, mentions: ReadonlyArray<BandMention>): RagScheme | null {
  const unique = new Map<string, BandMention>();
  for (const m of mentions) {
    const key = `${m.name}|${m.min}|${m.max}`;
    if (!unique.has(key)) unique.set(key, m);
  }
  const bands = [...unique.values()].sort((a, b) => a.min - b.min);
  // (Bands named by phrases alone, no grade word in any, are no key: an agenda's "1-4 | welcome".)
  if (bands.some((b) => b.phrase) && bands.every((b) => b.phrase)) return null;
  // The key of a 5x5 matrix, or failing that of a 4x4 or a 3x3 ("1-2 Low, 3-4 Medium, 6-9 High").
  // (Not a matrix smaller than the scores the key prints: "Medium 6-21" is no band of a 3x3.)
  const fitting = ([5, 4, 3] as const).filter((n) => bandProblem(bands, n) === null && bands.every((b) => b.openTop || b.max <= n * n));
  // A key whose top band is open ("≥6 = High") fits more than one matrix: the smallest whose
  // scores include every number the key prints ("3-4", "≥6", "≤2" are all 3x3 scores; an "8" is not).
  const printed = bands.flatMap((b) => (b.openTop ? [b.min] : [b.min, b.max]));
  const full = fitting[0] === 5 || !bands.some((b) => b.openTop) ? fitting[0] : ([...fitting].reverse().find((n) => printed.every((x) => matrixScores(n).includes(x))) ?? fitting[0]);
  // Or a key that states the bands its register uses and no others ("High Risk (16 To 20)" down
  // to "Medium/Low (6 to 8)"): scores beyond it are left ungraded, never given a band it does
  // not print.
  const partial = full === undefined && bands.length >= 3 && !bands.some((b) => b.phrase) && coversOneRun(bands);
  if (full === undefined && !partial) return null;
  const size = full ?? 5;
  const first = bands.reduce((a, b) => (a.row < b.row || (a.row === b.row && a.col <= b.col) ? a : b));
  const beyond = partial ? ` (no band for scores below ${bands[0]!.min} or above ${bands[bands.length - 1]!.max})` : '';
  return {
    id: 'workbook',
    label: `The workbook's own key${size === 5 ? '' : ` (a ${size}x${size} matrix)`}: ${bands.map((b) => `${b.name} ${b.min}-${b.max}`).join(', ')}${beyond}`,
    bands: bands.map((b, i) => ({ name: b.name, min: b.min, max: b.max, colour: colourForBandName(b.name, i, bands.length) })),
    source: { sheet: sheet.name, cell: a1(first.row, first.col) },
    ...(size === 5 ? {} : { matrixSize: size }),
  };
}

/** Whether the bands, lowest first, cover every 5x5 score from the lowest band's to the highest's once, with no gap or overlap between. */
function coversOneRun(bands: ReadonlyArray<BandMention>): boolean {
  const lo = bands[0]!.min;
  const hi = bands[bands.length - 1]!.max;
  for (let i = 1; i < bands.length; i++) if (bands[i]!.min <= bands[i - 1]!.max) return false;
  return MATRIX_SCORES.filter((x) => x >= lo && x <= hi).every((x) => bands.some((b) => x >= b.min && x <= b.max));
}

/**
 * The grading key of a register scored as the product of three ratings, where the sheet states
 * one running past a 5x5's 25 ("1 To 10 | Low", "11 To 25 | Medium", "26 To 50 | High", "50+ |
 * Critical"): its bands lowest first, each ending where the next begins, the last open to
 * `top`. Null where the sheet states no such key.
 */
export function findProductKey(sheet: SheetGrid, top: number): RagScheme | null {
  const mentions: BandMention[] = [];
  sheet.values.forEach((row, r) => {
    const cells = textCells(row ?? []);
    // (A band in one cell, or laid out as a table's row: "26 To 50 | High".)
    const text = cells.map((x) => x.text).join(' ').replace(/\s+/g, ' ');
    if (!/\d/.test(text) || !ANY_GRADE_WORD.test(text)) return;
    const col = cells[0]!.col;
    for (const m of text.matchAll(WIDE_RANGE_THEN_NAME)) mentions.push({ name: bandName(m[3]!), min: Number(m[1]), max: Number(m[2]), row: r, col });
    for (const m of text.matchAll(WIDE_FROM_THEN_NAME)) mentions.push({ name: bandName(m[2]!), min: Number(m[1]), max: top, row: r, col, openTop: true });
  });
  const bands = [...new Map(mentions.filter((b) => b.min >= 1 && b.min <= b.max && b.max <= top).map((b) => [`${b.name}|${b.min}`, b] as const)).values()].sort((a, b) => a.min - b.min);
  // (Three bands at least, one of them past 25, each starting where the one before it ends or
  // the score after; a shared bound, "26 To 50" then "50+", goes to the higher band.)
  if (bands.length < 3 || !bands.some((b) => b.min > 25) || bands[0]!.min !== 1) return null;
  const chained = bands.map((b) => ({ ...b }));
  for (let i = 1; i < chained.length; i++) {
    const before = chained[i - 1]!;
    const here = chained[i]!;
    if (here.min === before.max) before.max = here.min - 1;
    else if (here.min !== before.max + 1) return null;
  }
  if (chained[chained.length - 1]!.max < top) chained[chained.length - 1]!.max = top;
  const first = chained.reduce((a, b) => (a.row < b.row || (a.row === b.row && a.col <= b.col) ? a : b));
  return {
    id: 'workbook',
    label: `The workbook's own key for scores of three ratings: ${chained.map((b) => `${b.name} ${b.min}-${b.max}`).join(', ')}`,
    bands: chained.map((b, i) => ({ name: b.name, min: b.min, max: b.max, colour: colourForBandName(b.name, i, chained.length) })),
    source: { sheet: sheet.name, cell: a1(first.row, first.col) },
  };
}

/**
 * The key a register prints in its score's header cell for a scale beyond a 5x5 ("Risk Rating /
 * H 20-36 / M 12-18 / L 1-10" over a 6x6 matrix's scores), where its bands give every score of a
 * `top` x `top` matrix one band each (11 and 19, no product of two ratings to 6, need none): the
 * register is graded by it, its bands named as printed. Null where no score header prints one.
 */
export function keyInScoreHeader(sheetName: string, headerRow: number, columns: ReadonlyArray<ColumnAssignment<RiskRole>>, top: number): RagScheme | null {
  for (const c of columns) {
    if (!c.role.endsWith('Score')) continue;
    const bands = bandLinesOf(c.header).sort((a, b) => a.min - b.min);
    if (bands.length < 2 || bands[bands.length - 1]!.max !== top * top) continue;
    const scores = new Set<number>();
    for (let l = 1; l <= top; l++) for (let cq = 1; cq <= top; cq++) scores.add(l * cq);
    if (![...scores].every((x) => bands.filter((b) => x >= b.min && x <= b.max).length === 1)) continue;
    return {
      id: 'workbook',
      label: `The register's own key for a ${top}x${top} matrix, in the header of its score: ${bands.map((b) => `${b.name} ${b.min}-${b.max}`).join(', ')}`,
      bands: bands.map((b, i) => ({ ...b, colour: colourForBandName(b.name, i, bands.length) })),
      source: { sheet: sheetName, cell: a1(headerRow, c.col) },
      scaleTop: top,
    };
  }
  return null;
}
