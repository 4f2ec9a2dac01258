/**
 * A small pull scanner for XML, written for the bulk of a workbook (worksheet XML,
 * tens of megabytes of <row>, <c> and <v>), where a general SAX parser spends most of
 * its time on work we do not need. It is still a careful reader of XML:
 *
 * - attribute values in ' or " quotes (and ">" inside them), entity and character
 *   references (&amp; &lt; &#10; &#x0A;), CDATA sections, comments, processing
 *   instructions and a DOCTYPE are handled;
 * - line ends in text are normalised as XML requires ("\r\n" -> "\n");
 * - it checks well-formedness as far as a reader needs to: every tag closed and
 *   closed in order, quotes terminated, one root element, no text outside it. A file
 *   cut short or garbled therefore fails with a position instead of yielding half a sheet.
 *
 * It does not resolve namespaces: element names are matched by local name (the part
 * after any prefix), attribute names as written (SpreadsheetML attributes are unprefixed).
 */
import * as text from './text';

// Local copies: an imported binding becomes a getter call under esbuild/tsx (see worksheet.ts).
const decodeEntities = text.decodeEntities;
const normaliseLineEnds = text.normaliseLineEnds;

export const EOF = 0;
export const START = 1;
export const END = 2;
export const TEXT = 3;
export type Token = typeof EOF | typeof START | typeof END | typeof TEXT;

const MAX_INTERNED = 256;

export class XmlSyntaxError extends Error {
  constructor(
    readonly detail: string,
    readonly line: number,
    readonly column: number,
    cause?: unknown,
  ) {
    super(`${detail} at line ${line}, column ${column}`, cause === undefined ? undefined : { cause });
    this.name = 'XmlSyntaxError';
  }
}

export class XmlScanner {
  /** Local name of the element of the current START or END token. */
  name = '';
  /** True when the current START token is an empty-element tag (an END token follows at once). */
  selfClosing = false;
  /** Number of attributes of the current START token. */
  attrCount = 0;
  /**
   * Where each attribute's name and (raw, undecoded) value lie in `source`. Only the
   * values asked for are ever sliced out: most attributes of a row or cell
   * (spans, x14ac:dyDescent) are never looked at.
   */
  private nameStart = new Int32Array(16);
  private nameEnd = new Int32Array(16);
  private valueStart = new Int32Array(16);
  private valueEnd = new Int32Array(16);

  /** Where the current TEXT token's raw characters lie in `source`. */
  textStart = 0;
  textEnd = 0;
  /** True when the current TEXT token is a CDATA section (no references to decode). */
  textIsCdata = false;

  private pos = 0;
  private pendingEnd = false;
  private seenRoot = false;
  private readonly stack: string[] = [];
  private readonly qnames: string[] = [];
  private readonly locals: string[] = [];

  constructor(readonly source: string) {}

  /** How far through the text the scanner is, 0..1. */
  get progress(): number {
    return this.source.length === 0 ? 1 : this.pos / this.source.length;
  }

  /** Index of the attribute with this (qualified) name on the current START token, or -1. */
  attrIndex(name: string): number {
    const src = this.source;
    const len = name.length;
    for (let k = 0; k < this.attrCount; k++) {
      const start = this.nameStart[k]!;
      if (this.nameEnd[k]! - start === len && src.startsWith(name, start)) return k;
    }
    return -1;
  }

  /** Value of the attribute with this (qualified) name on the current START token, references decoded. */
  attr(name: string): string | undefined {
    const k = this.attrIndex(name);
    if (k < 0) return undefined;
    const value = this.source.slice(this.valueStart[k], this.valueEnd[k]);
    return value.indexOf('&') < 0 ? value : decodeEntities(value);
  }

  /** Start of the raw value of attribute k in `source`. */
  attrValueStart(k: number): number {
    return this.valueStart[k]!;
  }

  /** End (exclusive) of the raw value of attribute k in `source`. */
  attrValueEnd(k: number): number {
    return this.valueEnd[k]!;
  }

  /** Text of the current TEXT token, with references decoded and line ends normalised. */
  text(): string {
    return this.textOf(this.textStart, this.textEnd, this.textIsCdata);
  }

  /** Text of an earlier TEXT token, from its textStart, textEnd and textIsCdata. */
  textOf(start: number, end: number, cdata: boolean): string {
    const raw = normaliseLineEnds(this.source.slice(start, end));
    return cdata ? raw : decodeEntities(raw);
  }

  next(): Token {
    if (this.pendingEnd) {
      this.pendingEnd = false;
      this.stack.pop();
      return END;
    }
    const xml = this.source;
    const len = xml.length;
    let i = this.pos;
    for (;;) {
      if (i >= len) {
        this.pos = len;
        if (this.stack.length > 0) this.fail(`the text ends before <${this.stack[this.stack.length - 1]}> is closed`, len);
        if (!this.seenRoot) this.fail('there is no XML element in it', len);
        return EOF;
      }
      if (xml.charCodeAt(i) !== 60 /* < */) {
        let lt = xml.indexOf('<', i);
        if (lt < 0) lt = len;
        if (this.stack.length === 0) {
          if (!isWhitespace(xml, i, lt)) this.fail(this.seenRoot ? 'there is text after the end of the document' : 'it does not start with an XML element', i);
          i = lt;
          continue;
        }
        this.textStart = i;
        this.textEnd = lt;
        this.textIsCdata = false;
        this.pos = lt;
        return TEXT;
      }
      const c1 = xml.charCodeAt(i + 1);
      if (c1 === 47 /* / */) {
        const gt = xml.indexOf('>', i + 2);
        if (gt < 0) this.fail('a closing tag is not finished', i);
        let nameEnd = gt;
        while (nameEnd > i + 2 && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
        const k = this.intern(i + 2, nameEnd);
        const qname = this.qnames[k]!;
        const open = this.stack.pop();
        if (open !== qname) this.fail(open === undefined ? `</${qname}> closes nothing` : `</${qname}> does not match <${open}>`, i);
        this.name = this.locals[k]!;
        this.pos = gt + 1;
        return END;
      }
      if (c1 === 63 /* ? */) {
        const end = xml.indexOf('?>', i + 2);
        if (end < 0) this.fail('a processing instruction is not finished', i);
        i = end + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (xml.startsWith('<!--', i)) {
          const end = xml.indexOf('-->', i + 4);
          if (end < 0) this.fail('a comment is not finished', i);
          i = end + 3;
          continue;
        }
        if (xml.startsWith('<![CDATA[', i)) {
          const end = xml.indexOf(']]>', i + 9);
          if (end < 0) this.fail('a CDATA section is not finished', i);
          if (this.stack.length === 0) this.fail('there is a CDATA section outside the root element', i);
          this.textStart = i + 9;
          this.textEnd = end;
          this.textIsCdata = true;
          this.pos = end + 3;
          return TEXT;
        }
        if (xml.startsWith('<!DOCTYPE', i) && this.stack.length === 0 && !this.seenRoot) {
          let gt = xml.indexOf('>', i + 9);
          const bracket = xml.indexOf('[', i + 9);
          if (bracket >= 0 && (gt < 0 || bracket < gt)) {
            const close = xml.indexOf(']', bracket);
            gt = close < 0 ? -1 : xml.indexOf('>', close);
          }
          if (gt < 0) this.fail('a DOCTYPE is not finished', i);
          i = gt + 1;
          continue;
        }
        this.fail('there is a malformed "<!" construct', i);
      }
      return this.startTag(i);
    }
  }

  private startTag(lt: number): Token {
    const xml = this.source;
    const len = xml.length;
    let j = lt + 1;
    for (; j < len; j++) {
      const c = xml.charCodeAt(j);
      if (c === 62 /* > */ || c === 47 /* / */ || c <= 32) break;
    }
    if (j === lt + 1) this.fail('there is a "<" that does not start a tag', lt);
    const nameIndex = this.intern(lt + 1, j);
    const qname = this.qnames[nameIndex]!;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (j >= len) this.fail(`the tag <${qname}> is not finished`, lt);
      const c = xml.charCodeAt(j);
      if (c === 62 /* > */) {
        j++;
        break;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(j + 1) !== 62) this.fail(`the tag <${qname}> is malformed`, j);
        j += 2;
        selfClosing = true;
        break;
      }
      const nameStart = j;
      while (j < len) {
        const d = xml.charCodeAt(j);
        if (d === 61 /* = */ || d <= 32 || d === 62 || d === 47) break;
        j++;
      }
      const nameEnd = j;
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (nameEnd === nameStart) this.fail(`the tag <${qname}> is malformed`, j);
      if (xml.charCodeAt(j) !== 61 /* = */) this.fail(`the attribute "${xml.slice(nameStart, nameEnd)}" of <${qname}> has no value`, j);
      j++;
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      const quote = xml.charCodeAt(j);
      if (quote !== 34 /* " */ && quote !== 39 /* ' */) this.fail(`the attribute "${xml.slice(nameStart, nameEnd)}" of <${qname}> is not quoted`, j);
      const close = xml.indexOf(quote === 34 ? '"' : "'", j + 1);
      if (close < 0) this.fail(`the attribute "${xml.slice(nameStart, nameEnd)}" of <${qname}> is not closed`, j);
      if (count === this.nameStart.length) this.growAttributes();
      this.nameStart[count] = nameStart;
      this.nameEnd[count] = nameEnd;
      this.valueStart[count] = j + 1;
      this.valueEnd[count] = close;
      count++;
      j = close + 1;
    }
    if (this.stack.length === 0) {
      if (this.seenRoot) this.fail('there is a second root element', lt);
      this.seenRoot = true;
    }
    this.stack.push(qname);
    this.attrCount = count;
    this.selfClosing = selfClosing;
    this.pendingEnd = selfClosing;
    this.name = this.locals[nameIndex]!;
    this.pos = j;
    return START;
  }

  /**
   * Element names come from a small table, so that a worksheet's million <c> and <v>
   * tags cost no string allocation and tags compare by identity. Returns the index of
   * the name at source[start, end) in qnames/locals.
   */
  private intern(start: number, end: number): number {
    const src = this.source;
    const len = end - start;
    const qnames = this.qnames;
    for (let k = 0; k < qnames.length; k++) {
      const q = qnames[k]!;
      if (q.length === len && src.startsWith(q, start)) return k;
    }
    const qname = src.slice(start, end);
    if (qnames.length >= MAX_INTERNED) {
      // An unusual document with very many distinct element names: stop growing the
      // table and use the last slot as scratch.
      qnames[MAX_INTERNED - 1] = qname;
      this.locals[MAX_INTERNED - 1] = localOf(qname);
      return MAX_INTERNED - 1;
    }
    qnames.push(qname);
    this.locals.push(localOf(qname));
    return qnames.length - 1;
  }

  private growAttributes(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.nameStart = grow(this.nameStart);
    this.nameEnd = grow(this.nameEnd);
    this.valueStart = grow(this.valueStart);
    this.valueEnd = grow(this.valueEnd);
  }

  private fail(detail: string, at: number): never {
    let line = 1;
    let lineStart = 0;
    for (let k = this.source.indexOf('\n'); k >= 0 && k < at; k = this.source.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    throw new XmlSyntaxError(detail, line, at - lineStart + 1);
  }
}

function localOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}


function isWhitespace(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) > 32) return false;
  return true;
}
