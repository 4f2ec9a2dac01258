import { CellValue, isErrorValue } from '../grid';
import { CURRENCY_CODES } from './currencies';

const CODE_AFTER_FIGURE = new RegExp(`([\\d)])(${CURRENCY_CODES})$`);

/**
 * A money amount as a cell gives it. Finance packs hold amounts as numbers, as text pasted
 * from a PDF ("(539,416)", "£1,549,812", "-0"), or as a dash for nothing; the engine needs
 * to tell a zero, a blank, a word and an error value apart, because each is checked differently.
 */
export type ParsedAmount =
  /** `step`: for a figure given in thousands or millions ("£85.2m"), the amount its last digit stands for (100,000). */
  | { readonly kind: 'number'; readonly value: number; readonly step?: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'text'; readonly text: string };

const BLANK_WORDS = new Set(['', 'n/a', 'na', 'none', '.']);
/** Accounting formats show zero as a dash, and reports pasted from PDF keep the dash. */
const ZERO_WORDS = new Set(['-', '–', '—', 'nil', '£-', '$-', '€-']);

/** Characters that PDF copy and paste leaves in numbers: thin, narrow and no-break spaces. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };

export function parseAmount(cell: CellValue): ParsedAmount {
  if (cell === null) return { kind: 'blank' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'text', text: String(cell) };
  if (typeof cell === 'boolean') return { kind: 'text', text: String(cell) };
  if (isErrorValue(cell)) return { kind: 'error', error: cell.error };
  return parseAmountText(cell);
}

export function parseAmountText(raw: string): ParsedAmount {
  // Most text is words ("Salaries"). Text starting with a letter reads as no number (every
  // number starts with a digit, a point, a bracket, a sign or a currency), no error value
  // (those start with "#") and no blank or zero but n/a, na, none and nil: said at once.
  const first = raw.charCodeAt(0) | 32;
  if (first >= 97 && first <= 122 && first !== 110 /* n */) return { kind: 'text', text: raw };
  let text = raw.replace(SPACES, '').toLowerCase();
  if (BLANK_WORDS.has(text)) return { kind: 'blank' };
  if (ZERO_WORDS.has(text)) return { kind: 'number', value: 0 };
  if (/^#(ref!|div\/0!|value!|name\?|n\/a|num!|null!|spill!|calc!|getting_data)$/.test(text)) {
    return { kind: 'error', error: raw.trim().toUpperCase() };
  }
  // A note's mark after a figure, as a page saved from Excel keeps a comment ("147.40[1]") or a
  // report stars a figure ("£2,500*", "(12)*", "1,234†", "1,234¹"): the figure.
  // (So is a nil dash starred, "-*", as an Australian statement stars a budget figure it explains.)
  text = text.replace(/([\d)])(\[\d{1,3}\]|\*+|[\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2074-\u2079]+)$/, '$1');
  if (/^[-–—]\*+$/.test(text)) return { kind: 'number', value: 0 };
  // A note's mark alone where a figure would be ("[2]"): the note says why there is none.
  if (/^\[\d{1,2}\]$/.test(text)) return { kind: 'blank' };
  // A currency's code after the figure, as grant reports write it ("$7,680 USD", "5174 GBP").
  text = text.replace(CODE_AFTER_FIGURE, '$1');
  // Or before it, as Hansard prints a total it notes ("‡1,353,180,000"): the figure.
  text = text.replace(/^[\u2020\u2021\u00a7]+(?=[\d(£$€-])/, '');
  // A figure with its share beside it in brackets, "£7530 (56%)", or a remark, "£2625 (but
  // 2023/4 overall at £5950)": the figure.
  let s = /^[^()]*\d\((-?\d+(\.\d+)?%|[a-z][^()]*)\)$/.test(text) ? text.slice(0, text.indexOf('(')) : text;
  let negative = false;
  // Excel's accounting format puts the currency sign outside the brackets: $(1,019)
  const outside = /^(£|€|\$)\(/.exec(s);
  if (outside && s.endsWith(')')) s = `(${s.slice(2, -1)})`;
  // Accounting brackets, possibly around a currency sign: (539,416) (£0.1m)
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  // A trailing minus, as some ledgers export it: 1,234-
  if (s.endsWith('-') && s.length > 1) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  // Sign before or after the currency: -£1,234 or £-1,234
  const sign = /^([+\-−–]?)(£|€|\$)?([+\-−–]?)/.exec(s)!;
  if (sign[1] || sign[3]) {
    // "(-3,012,163)": brackets and a minus both say negative; read together they would make it
    // positive, which nobody meant. Neither reading is safe: it is not a figure.
    if (negative && (sign[1] || sign[3]) !== '+') return { kind: 'text', text: raw.trim() };
    if ((sign[1] || sign[3]) !== '+') negative = !negative;
  }
  s = s.slice(sign[0].length);
  let scale = 1;
  const suffix = /(k|m|bn)$/.exec(s);
  if (suffix) {
    scale = SCALE[suffix[1]!]!;
    s = s.slice(0, -suffix[1]!.length);
  }
  if (s.endsWith('%')) return { kind: 'text', text: raw };
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) return { kind: 'text', text: raw };
  const magnitude = Number(s.replace(/,/g, '')) * scale;
  // "-0" is a real figure in £'000s reports (a small negative rounded away); keep it as 0.
  const value = negative ? -magnitude : magnitude;
  if (scale === 1) return { kind: 'number', value: value === 0 ? 0 : value };
  // "£85.2m" is given to the nearest £100,000, though its value is a whole number of pounds.
  const dot = s.indexOf('.');
  const step = scale * Math.pow(10, dot < 0 ? 0 : -(s.length - dot - 1));
  return { kind: 'number', value: value === 0 ? 0 : value, step };
}

/** The number, or null for anything that is not one. */
export function amountOrNull(cell: CellValue): number | null {
  const p = parseAmount(cell);
  return p.kind === 'number' ? p.value : null;
}

/** True when the cell holds something that reads as a number (or a dash for zero/nothing). */
export function looksNumeric(cell: CellValue): boolean {
  const p = parseAmount(cell);
  return p.kind === 'number';
}
