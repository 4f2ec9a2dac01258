/**
 * Text helpers shared by the XML readers: turning part bytes into a string, XML
 * entity references, line-end normalisation and the OOXML "_xHHHH_" escapes.
 */

const utf8 = new TextDecoder('utf-8');

/**
 * Decodes the bytes of an XML part. Parts are UTF-8 as a rule, but OPC also allows
 * UTF-16 with a byte order mark; a UTF-8 byte order mark is dropped.
 */
export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2) {
    const b0 = bytes[0]!;
    const b1 = bytes[1]!;
    if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  // TextDecoder drops a UTF-8 byte order mark itself.
  return utf8.decode(bytes);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Replaces the five predefined XML entities and numeric character references.
 * An unknown or unterminated reference is left as it stands rather than failing
 * a whole workbook over one odd character.
 */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    let replacement: string | undefined;
    if (s.charCodeAt(amp + 1) === 35 /* # */) {
      const hex = s.charCodeAt(amp + 2) === 120 /* x */ || s.charCodeAt(amp + 2) === 88; /* X */
      const digits = s.slice(amp + (hex ? 3 : 2), semi);
      const code = digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (code >= 0 && code <= 0x10ffff) replacement = String.fromCodePoint(code);
    } else {
      replacement = NAMED_ENTITIES[s.slice(amp + 1, semi)];
    }
    if (replacement !== undefined) {
      out += s.slice(from, amp) + replacement;
      from = semi + 1;
      amp = s.indexOf('&', from);
    } else {
      amp = s.indexOf('&', amp + 1);
    }
  }
  return out + s.slice(from);
}

/** XML turns "\r\n" and a lone "\r" in text into "\n" before anything else sees it. */
export function normaliseLineEnds(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undoes the escape OOXML uses for characters XML cannot carry (ST_Xstring):
 * "_x000D_" is a carriage return, "_x005F_" an underscore (so "_x005F_x000D_" is the
 * literal text "_x000D_").
 */
export function unescapeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** "x:c" -> "c": the readers match elements by local name, whatever prefix a producer chose. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** xsd:boolean as OOXML writes it: "1" or "true". */
export function xmlTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/**
 * Whether an XML part declares a document type (<!DOCTYPE ...>) in its prolog, where one can
 * stand: after the XML declaration, white space, comments and processing instructions. Excel
 * refuses a package whose parts carry one (entity declarations are how entity-expansion
 * attacks begin). Parts that are not XML (images, binaries) never match.
 */
export function startsWithDoctype(bytes: Uint8Array): boolean {
  let head: string;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2, Math.min(bytes.length, 2 + (1 << 17))));
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    // Latin-1 is enough to find the markup, whatever the encoding of the text between it.
    const end = Math.min(bytes.length, start + (1 << 16));
    head = '';
    for (let i = start; i < end; i += 8192) head += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  }
  let i = 0;
  for (;;) {
    while (i < head.length && head.charCodeAt(i) <= 32) i++;
    if (head.charCodeAt(i) !== 60 /* < */) return false;
    if (head.startsWith('<?', i)) {
      const e = head.indexOf('?>', i + 2);
      if (e < 0) return false;
      i = e + 2;
    } else if (head.startsWith('<!--', i)) {
      const e = head.indexOf('-->', i + 4);
      if (e < 0) return false;
      i = e + 3;
    } else return /^<!doctype/i.test(head.slice(i, i + 9));
  }
}
