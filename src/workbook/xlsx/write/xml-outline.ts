/**
 * Where things are in an XML part, so that the writer can splice text into the original
 * string instead of parsing and re-serialising it.
 *
 * outlineXml() walks a document once and returns its elements with their character
 * offsets (start tag, end tag) and attributes (with where each value lies). It records
 * the children only of the elements the caller asks to descend into: a worksheet's
 * <sheetData> with its million cells is stepped over (still checked for balance) without
 * an object per cell. Comments, CDATA, processing instructions, a DOCTYPE and ">" inside
 * quoted attribute values are handled; an unbalanced document fails with XmlSyntaxError,
 * as in the reader.
 *
 * Splice collects edits (insert, replace, remove) against the original string and applies
 * them in one pass, refusing overlapping edits.
 */
import { decodeEntities, localName, normaliseLineEnds } from '../text';
import { XmlSyntaxError } from '../xml-scanner';

export interface XmlAttribute {
  /** As written, e.g. "r:id". */
  readonly qname: string;
  /** Local part, e.g. "id". */
  readonly name: string;
  /** Where the raw value lies in the source (between the quotes). */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The value with references decoded. */
  readonly value: string;
}

export interface XmlElement {
  /** As written, e.g. "x:sheet". */
  readonly qname: string;
  /** Local name, e.g. "sheet". */
  readonly name: string;
  /** "x:" for "x:sheet", "" without a prefix: what elements written beside it must carry. */
  readonly prefix: string;
  /** Index of the "<" of the start tag. */
  readonly start: number;
  /** Index just after the ">" of the start tag. */
  readonly openEnd: number;
  /** Index of the "<" of the end tag; equal to openEnd for an empty-element tag. */
  readonly closeStart: number;
  /** Index just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attrs: ReadonlyArray<XmlAttribute>;
  /** Child elements, when the outline descended into this element; otherwise empty. */
  readonly children: ReadonlyArray<XmlElement>;
  /** Whether the children were recorded. */
  readonly descended: boolean;
}

interface MutableElement {
  qname: string;
  name: string;
  prefix: string;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  attrs: XmlAttribute[];
  children: MutableElement[];
  descended: boolean;
}

/**
 * Outlines `xml`. `descend(element, depth)` says whether to record an element's children
 * (the root is depth 0); by default everything is recorded.
 */
export function outlineXml(xml: string, descend: (element: XmlElement, depth: number) => boolean = () => true): XmlElement {
  const len = xml.length;
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;
  /** Depth of unrecorded elements open inside the innermost recorded one that does not descend. */
  let skipDepth = 0;
  let i = 0;
  const fail = (detail: string, at: number): never => {
    let line = 1;
    let lineStart = 0;
    for (let k = xml.indexOf('\n'); k >= 0 && k < at; k = xml.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    throw new XmlSyntaxError(detail, line, at - lineStart + 1);
  };

  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const e = xml.indexOf('-->', lt + 4);
        if (e < 0) fail('a comment is not finished', lt);
        i = e + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const e = xml.indexOf(']]>', lt + 9);
        if (e < 0) fail('a CDATA section is not finished', lt);
        i = e + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt) && !root) {
        let gt = xml.indexOf('>', lt + 9);
        const bracket = xml.indexOf('[', lt + 9);
        if (bracket >= 0 && (gt < 0 || bracket < gt)) {
          const close = xml.indexOf(']', bracket);
          gt = close < 0 ? -1 : xml.indexOf('>', close);
        }
        if (gt < 0) fail('a DOCTYPE is not finished', lt);
        i = gt + 1;
      } else {
        fail('there is a malformed "<!" construct', lt);
      }
      continue;
    }
    if (c1 === 63 /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) fail('a processing instruction is not finished', lt);
      i = e + 2;
      continue;
    }
    if (c1 === 47 /* / */) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) fail('a closing tag is not finished', lt);
      i = gt + 1;
      if (skipDepth > 0) {
        skipDepth--;
        continue;
      }
      const open = stack.pop();
      const qname = xml.slice(lt + 2, gt).trim();
      if (!open) fail(`</${qname}> closes nothing`, lt);
      if (open!.qname !== qname) fail(`</${qname}> does not match <${open!.qname}>`, lt);
      open!.closeStart = lt;
      open!.end = gt + 1;
      continue;
    }
    // A start tag.
    const top = stack[stack.length - 1];
    const record = !root || (skipDepth === 0 && top !== undefined && top.descended);
    if (!record) {
      if (!root || stack.length === 0) fail('there is a second root element', lt);
      const { end, selfClosing } = skipTag(xml, lt, fail);
      if (!selfClosing) skipDepth++;
      i = end;
      continue;
    }
    if (root && stack.length === 0) fail('there is a second root element', lt);
    let j = lt + 1;
    while (j < len) {
      const c = xml.charCodeAt(j);
      if (c === 62 || c === 47 || c <= 32) break;
      j++;
    }
    if (j === lt + 1) fail('there is a "<" that does not start a tag', lt);
    const qname = xml.slice(lt + 1, j);
    const attrs: XmlAttribute[] = [];
    let selfClosing = false;
    for (;;) {
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (j >= len) fail(`the tag <${qname}> is not finished`, lt);
      const c = xml.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (xml.charCodeAt(j + 1) !== 62) fail(`the tag <${qname}> is malformed`, j);
        j += 2;
        selfClosing = true;
        break;
      }
      const nameStart = j;
      while (j < len) {
        const d = xml.charCodeAt(j);
        if (d === 61 || d <= 32 || d === 62 || d === 47) break;
        j++;
      }
      const attrName = xml.slice(nameStart, j);
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      if (attrName === '' || xml.charCodeAt(j) !== 61) fail(`the tag <${qname}> is malformed`, j);
      j++;
      while (j < len && xml.charCodeAt(j) <= 32) j++;
      const quote = xml[j];
      if (quote !== '"' && quote !== "'") fail(`the attribute "${attrName}" of <${qname}> is not quoted`, j);
      const close = xml.indexOf(quote!, j + 1);
      if (close < 0) fail(`the attribute "${attrName}" of <${qname}> is not closed`, j);
      attrs.push({ qname: attrName, name: localName(attrName), valueStart: j + 1, valueEnd: close, value: decodeEntities(xml.slice(j + 1, close)) });
      j = close + 1;
    }
    const name = localName(qname);
    const element: MutableElement = {
      qname,
      name,
      prefix: qname.length > name.length ? qname.slice(0, qname.length - name.length) : '',
      start: lt,
      openEnd: j,
      closeStart: j,
      end: j,
      selfClosing,
      attrs,
      children: [],
      descended: false,
    };
    element.descended = !selfClosing && descend(element, stack.length);
    if (!root) root = element;
    else top!.children.push(element);
    if (!selfClosing) stack.push(element);
    i = j;
  }
  if (!root) fail('there is no XML element in it', len);
  if (stack.length > 0) fail(`the text ends before <${stack[stack.length - 1]!.qname}> is closed`, len);
  return root!;
}

/** Steps over a start tag that is not recorded, minding quotes. */
function skipTag(xml: string, lt: number, fail: (detail: string, at: number) => never): { end: number; selfClosing: boolean } {
  let j = lt + 1;
  const len = xml.length;
  for (;;) {
    if (j >= len) fail('a tag is not finished', lt);
    const c = xml.charCodeAt(j);
    if (c === 62 /* > */) return { end: j + 1, selfClosing: xml.charCodeAt(j - 1) === 47 };
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", j + 1);
      if (close < 0) fail('an attribute is not closed', j);
      j = close + 1;
      continue;
    }
    j++;
  }
}

/** The first child with this local name. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** An attribute by the name as written (SpreadsheetML's own attributes carry no prefix). */
export function attribute(element: XmlElement, qname: string): XmlAttribute | undefined {
  return element.attrs.find((a) => a.qname === qname);
}

export function attr(element: XmlElement, qname: string): string | undefined {
  return attribute(element, qname)?.value;
}

/** An attribute in a namespace by its local name, whatever the prefix ("r:id"). */
export function prefixedAttribute(element: XmlElement, local: string): XmlAttribute | undefined {
  return element.attrs.find((a) => a.name === local && a.qname !== local && !a.qname.startsWith('xmlns'));
}

/** The prefix ("r:") a namespace is declared with on this element, "" for the default namespace, undefined when not declared here. */
export function prefixFor(element: XmlElement, namespaces: ReadonlyArray<string>): string | undefined {
  for (const a of element.attrs) {
    if (!namespaces.includes(a.value)) continue;
    if (a.qname === 'xmlns') return '';
    if (a.qname.startsWith('xmlns:')) return `${a.qname.slice(6)}:`;
  }
  return undefined;
}

/** The namespace URI of the element's own prefix, as declared on it (the root of a part declares them). */
export function namespaceOf(element: XmlElement): string | undefined {
  const decl = element.prefix === '' ? 'xmlns' : `xmlns:${element.prefix.slice(0, -1)}`;
  return attr(element, decl);
}

/**
 * The text inside an element: references decoded, CDATA kept, comments and
 * processing instructions dropped, the text of any child elements included.
 */
export function innerText(xml: string, element: XmlElement): string {
  if (element.selfClosing) return '';
  let out = '';
  let i = element.openEnd;
  const end = element.closeStart;
  while (i < end) {
    let lt = xml.indexOf('<', i);
    if (lt < 0 || lt > end) lt = end;
    if (lt > i) out += decodeEntities(normaliseLineEnds(xml.slice(i, lt)));
    if (lt >= end) break;
    if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      out += normaliseLineEnds(xml.slice(lt + 9, e));
      i = e + 3;
    } else if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt + 4) + 3;
    } else if (xml.startsWith('<?', lt)) {
      i = xml.indexOf('?>', lt + 2) + 2;
    } else {
      i = skipTag(xml, lt, () => {
        throw new XmlSyntaxError('a tag is not finished', 0, 0);
      }).end;
    }
  }
  return out;
}

/** The source text of an element, start tag to end tag. */
export function elementText(xml: string, element: XmlElement): string {
  return xml.slice(element.start, element.end);
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly seq: number;
}

/** Edits against one original string, applied together. */
export class Splice {
  private readonly edits: Edit[] = [];
  /** What is to go into each empty-element tag, gathered so that several appends open it once. */
  private readonly intoEmpty = new Map<XmlElement, { content: string; seq: number }>();

  constructor(readonly source: string) {}

  insert(at: number, text: string): void {
    if (text !== '') this.edits.push({ start: at, end: at, text, seq: this.edits.length });
  }

  replace(start: number, end: number, text: string): void {
    if (this.source.slice(start, end) !== text) this.edits.push({ start, end, text, seq: this.edits.length });
  }

  remove(start: number, end: number): void {
    if (end > start) this.edits.push({ start, end, text: '', seq: this.edits.length });
  }

  /** Removes an element, exactly its own characters. */
  removeElement(element: XmlElement): void {
    this.remove(element.start, element.end);
  }

  /** Sets an attribute's value, adding the attribute to the start tag when it is not there. */
  setAttribute(element: XmlElement, qname: string, value: string): void {
    const a = attribute(element, qname);
    const escaped = escapeAttribute(value);
    if (a) this.replace(a.valueStart, a.valueEnd, escaped);
    else this.insert(element.selfClosing ? this.emptyTagEnd(element) : element.openEnd - 1, ` ${qname}="${escaped}"`);
  }

  /** Where "/>" of an empty-element tag starts, white space before it included. */
  private emptyTagEnd(element: XmlElement): number {
    let slash = element.openEnd - 2;
    while (slash > element.start && this.source.charCodeAt(slash - 1) <= 32) slash--;
    return slash;
  }

  /**
   * Inserts `content` as the last children of `element`; an empty-element tag
   * (<dxfs count="0"/>) is opened up into a start and an end tag.
   */
  appendChildren(element: XmlElement, content: string): void {
    if (content === '') return;
    if (!element.selfClosing) {
      this.insert(element.closeStart, content);
      return;
    }
    // "<x a="1"/>" -> "<x a="1">" + content + "</x>", however many appends it gets.
    const pending = this.intoEmpty.get(element);
    if (pending) pending.content += content;
    else this.intoEmpty.set(element, { content, seq: this.edits.length });
  }

  get changed(): boolean {
    return this.edits.length > 0 || this.intoEmpty.size > 0;
  }

  apply(): string {
    for (const [element, { content, seq }] of this.intoEmpty) {
      this.edits.push({ start: this.emptyTagEnd(element), end: element.openEnd, text: `>${content}</${element.qname}>`, seq });
    }
    this.intoEmpty.clear();
    if (this.edits.length === 0) return this.source;
    // Insertions before removals and replacements at the same place, then in the order made.
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || (a.end === a.start ? 0 : 1) - (b.end === b.start ? 0 : 1) || a.seq - b.seq);
    let out = '';
    let cursor = 0;
    for (const e of sorted) {
      if (e.start < cursor) throw new Error(`overlapping edits at ${e.start} (previous edit ends at ${cursor})`);
      out += this.source.slice(cursor, e.start) + e.text;
      cursor = e.end;
    }
    return out + this.source.slice(cursor);
  }
}

/** Escapes text for an attribute value in double quotes; tab and line ends are kept by character references. */
export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes text for element content. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

// Characters XML 1.0 cannot carry, a carriage return (which XML would turn into a line feed), and unpaired surrogates.
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an OOXML string (ST_Xstring: cell text, formulas): characters XML cannot
 * carry become "_xHHHH_", and text that already looks like such an escape has its
 * underscore escaped ("_x000D_" -> "_x005F_x000D_"), so a reader gets the text back
 * exactly. Then XML-escaped for element content.
 */
// Most cell text and formulas need no escaping at all; one cheap test saves three replaces.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>_\x00-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXstring(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  const escaped = s
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeText(escaped);
}

/** Whether a string can stand in XML at all (no characters XML 1.0 forbids; a carriage return is allowed, as a reference). */
export function isXmlSafe(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return !/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
