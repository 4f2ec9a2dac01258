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
