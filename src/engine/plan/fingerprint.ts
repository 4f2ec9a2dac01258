/**
 * The evidence that a sheet is one RAG Board wrote. A mark (a hidden sheet-scoped name) can be
 * copied with a sheet, come with a template or be typed by hand, so a mark alone never lets an
 * adapter overwrite or delete a sheet: the mark must also carry the fingerprint of what was
 * written there, and the sheet must still hold exactly that. A sheet whose content differs (a
 * summary the user has edited, or a sheet of theirs that carries a mark it should not) is the
 * user's from then on.
 *
 * The fingerprint is taken over what every reader gives back the same, whatever saved the
 * workbook since: each non-empty cell's place, and its text, number or formula (formulas
 * compared without spacing, case or Excel's "_xlfn." prefixes; a formula's cached value is left
 * out, since recalculation changes it).
 */
import { isErrorValue, type SheetGrid } from '../grid';
import type { GeneratedSheet, SheetMark } from './types';

/** Hashes tokens as they come: two independent 32-bit FNV-1a style streams, 16 hex digits in all. */
class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  add(s: string): void {
    this.addParts(s, '');
  }

  /**
   * The token `head + tail`, hashed exactly as add(head + tail) would, without joining the two
   * (a summary of 20,000 risks has millions of characters of text; joined strings are ropes
   * that every character read has to walk).
   */
  addParts(head: string, tail: string): void {
    this.mix(head);
    this.mix(tail);
    this.end(head.length + tail.length);
  }

  /** Mixes in each character of `s`. */
  private mix(s: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    this.a = a;
    this.b = b;
  }

  /** Ends a token: a separator that no text can forge, the token's length. */
  private end(length: number): void {
    this.a = Math.imul(this.a ^ length, 0x01000193);
    this.b = Math.imul(this.b ^ (length + 0x9e37), 0x5bd1e995);
  }

  /**
   * The token `head + formulaKey(formula)`, hashed exactly as addParts(head, formulaKey(formula))
   * would, without making the key: for a formula all in ASCII, the key's characters are hashed as
   * they are worked out (spacing dropped and letters upper-cased outside string literals, then
   * "_XLFN." and "_XLWS." dropped wherever they stand, as formulaKey does). Returns false, having
   * hashed nothing, for a formula with any other character: the caller takes formulaKey's way.
   */
  addFormulaKey(head: string, formula: string): boolean {
    const n = formula.length;
    // formulaKey's "^\s*=": in ASCII, \s is tab, line feed, vertical tab, form feed, carriage return and space.
    let from = 0;
    while (from < n && isAsciiSpace(formula.charCodeAt(from))) from++;
    from = from < n && formula.charCodeAt(from) === 61 /* = */ ? from + 1 : 0;
    for (let i = from; i < n; i++) if (formula.charCodeAt(i) > 0x7f) return false;
    this.mix(head);
    let a = this.a;
    let b = this.b;
    let length = head.length;
    // Characters held while they might be the start of "_XLFN." or "_XLWS." (held = how many of
    // pending's, pending[0] being "_"): dropped when the six are complete, else hashed.
    const pending = PENDING;
    let held = 0;
    let inString = false;
    for (let i = from; i <= n; i++) {
      let c = -1;
      if (i < n) {
        c = formula.charCodeAt(i);
        if (c === 34 /* " */) inString = !inString;
        else if (!inString) {
          if (isAsciiSpace(c)) continue;
          if (c >= 97 && c <= 122) c -= 32;
        }
        if (held > 0) {
          const want = held === 1 ? 88 /* X */ : held === 2 ? 76 /* L */ : held === 3 ? (c === 70 /* F */ || c === 87 /* W */ ? c : -2) : held === 4 ? (pending[3] === 70 ? 78 /* N */ : 83 /* S */) : 46; /* . */
          if (c === want) {
            pending[held++] = c;
            if (held === 6) held = 0;
            continue;
          }
        } else if (c === 95 /* _ */) {
          pending[held++] = c;
          continue;
        }
      }
      // Not (or no longer) a prefix to drop: what was held, then this character, hashed; a "_"
      // here may start another.
      for (let k = 0; k < held; k++) {
        const h = pending[k]!;
        a = Math.imul(a ^ h, 0x01000193);
        b = Math.imul(b ^ h, 0x5bd1e995);
        b ^= b >>> 15;
      }
      length += held;
      held = 0;
      if (c < 0) break;
      if (c === 95) {
        pending[held++] = c;
        continue;
      }
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
      length++;
    }
    this.a = a;
    this.b = b;
    this.end(length);
    return true;
  }

  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

const PENDING = new Int32Array(6);

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** A formula as compared: no leading "=", no "_xlfn."/"_xlws." prefixes, no spaces or case outside string literals. */
export function formulaKey(formula: string): string {
  const f = formula.replace(/^\s*=/, '');
  // Most formulas (all of ours) are ASCII with no string literal: the same key in a few native
  // passes rather than a character at a time (a 100,000-line summary has a million of them).
  if (PLAIN_ASCII.test(f)) return f.replace(ASCII_SPACE, '').toUpperCase().replace(XL_PREFIX, '');
  return formulaKeyByCharacter(f);
}

/** ASCII without a double quote: no string literal, and upper case letter by letter is upper case of the whole. */
const PLAIN_ASCII = /^[\x00-\x21\x23-\x7f]*$/;
/** What String.prototype.trim() removes, within ASCII. */
const ASCII_SPACE = /[\t\n\v\f\r ]+/g;
const XL_PREFIX = /_XL(FN|WS)\./g;

/** formulaKey for any formula, string literals and non-ASCII text included (exported for its test). */
export function formulaKeyByCharacter(f: string): string {
  // Runs between double quotes alternate: outside a string literal, inside one, outside...
  let out = '';
  let inString = false;
  let from = 0;
  for (;;) {
    const quote = f.indexOf('"', from);
    const run = f.slice(from, quote < 0 ? f.length : quote);
    out += inString ? run : outsideString(run);
    if (quote < 0) break;
    out += '"';
    inString = !inString;
    from = quote + 1;
  }
  return out.replace(XL_PREFIX, '');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Text outside a string literal: no spacing, upper case (a character at a time beyond ASCII, as Excel compares). */
function outsideString(run: string): string {
  if (ASCII.test(run)) return run.replace(ASCII_SPACE, '').toUpperCase();
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const ch = run[i]!;
    if (ch.trim() !== '') out += ch.toUpperCase();
  }
  return out;
}

function numberKey(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** The fingerprint of a sheet as planned. */
export function plannedSheetFingerprint(sheet: Pick<GeneratedSheet, 'rows'>): string {
  const h = new Hasher();
  sheet.rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (!cell) return;
      if (cell.kind === 'text') {
        if (cell.text !== '') h.addParts(`${r},${c}t`, cell.text);
      } else if (cell.kind === 'number') h.add(Number.isFinite(cell.value) ? `${r},${c}n${numberKey(cell.value)}` : `${r},${c}e#NUM!`);
      else {
        const head = `${r},${c}f`;
        if (!h.addFormulaKey(head, cell.formula)) h.addParts(head, formulaKey(cell.formula));
      }
    });
  });
  return h.digest();
}

/** The fingerprint of a sheet as read back. */
export function gridFingerprint(sheet: SheetGrid): string {
  const h = new Hasher();
  sheet.values.forEach((cells, r) => {
    const formulas = sheet.formulas?.[r];
    const width = Math.max(cells?.length ?? 0, formulas?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const formula = formulas?.[c];
      if (formula !== undefined && formula !== '') {
        h.addParts(`${r},${c}f`, formulaKey(formula));
        continue;
      }
      const v = cells?.[c];
      if (v === undefined || v === null || v === '') continue;
      if (typeof v === 'string') h.addParts(`${r},${c}t`, v);
      else if (typeof v === 'number') h.add(`${r},${c}n${numberKey(v)}`);
      else if (typeof v === 'boolean') h.add(`${r},${c}b${v ? 1 : 0}`);
      else if (isErrorValue(v)) h.add(`${r},${c}e${v.error}`);
    }
  });
  return h.digest();
}

/** Whether a fingerprint is one of ours in form: 16 hex digits. */
export function isFingerprint(s: string): boolean {
  return /^[0-9a-f]{16}$/.test(s);
}

/**
 * Whether a marked sheet is proven RAG Board's own: its mark names it (not a copy's original),
 * carries a fingerprint, and the sheet holds exactly what that fingerprint was taken of.
 */
export function isProvenOwn(mark: SheetMark, sheet: SheetGrid): boolean {
  return !mark.kept && mark.fingerprint !== undefined && mark.fingerprint === gridFingerprint(sheet);
}
