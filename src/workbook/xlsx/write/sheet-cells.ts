/**
 * A user's worksheet with its cells set aside, for adding or taking off colour rules.
 *
 * Nearly all of a big sheet's bytes are its cells (<sheetData>'s content: 30 MB of a 100,000-line
 * budget), and the rules never touch them. So the cells stay the bytes they are, never decoded,
 * searched or encoded again: the rest of the sheet, a few kilobytes, is decoded as text with a
 * marker comment where the cells were (the "skeleton"), the rules are spliced into that as into
 * any sheet, and the sheet is written back as the bytes before the marker, the cells' own bytes,
 * and the bytes after it. The result is the same text the whole sheet spliced would give.
 *
 * Where the cells lie is found by plain byte searches, and only where those cannot be fooled:
 * UTF-8 (with or without a byte order mark), a start tag <sheetData> (any prefix) with no
 * comment, CDATA section, processing instruction or DOCTYPE before it (the XML declaration
 * aside), and its end tag the last in the part with none of those (nor their ends) after it.
 * The skeleton is then outlined to check that what was cut out is exactly the content of the
 * root's <sheetData>. Anything else (UTF-16, a comment in the wrong place, an empty
 * <sheetData/>) gives undefined, and the caller splices the whole sheet as text.
 *
 * The cells themselves are not checked here: the writer's caller has read the workbook
 * (readXlsx parses every worksheet, and refuses one whose tags do not balance).
 */
import { decodePart } from '../text';
import { outlineXml } from './xml-outline';

/** Where the cells were, in the skeleton. A comment, so that the skeleton is still a worksheet. */
const MARKER = '<!--rag-board:cells-->';

export interface SheetWithoutCells {
  /** The sheet as text, the content of <sheetData> replaced by a marker comment. */
  readonly skeleton: string;
  /** Where the cells end in the sheet's bytes: everything before is the sheet's start and its cells. */
  readonly cellsEnd: number;
  /** The sheet's bytes from `skeleton` edited (markup around the marker only): what to write. */
  join(edited: string): Uint8Array[];
  /** Whether `edited` leaves the sheet as it was up to the end of the cells (the edits all come after them, as in every sheet laid out as the schema says). */
  keepsStart(edited: string): boolean;
  /** What follows the cells in `edited`, as bytes: all of the sheet to write after its first `cellsEnd` bytes, where keepsStart(edited). */
  afterCells(edited: string): Uint8Array;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const COLON = 58; // :

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const SHEET_DATA = ascii('sheetData');
const encoder = new TextEncoder();

export function setCellsAside(bytes: Uint8Array): SheetWithoutCells | undefined {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return undefined;
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const open = findOpenTag(bytes, bom);
  if (!open) return undefined;
  const close = findCloseTag(bytes, open.qname, open.contentStart);
  if (close === undefined) return undefined;
  const headText = decodePart(bytes.subarray(0, open.contentStart));
  const tailText = decodePart(bytes.subarray(close));
  if (headText.includes(MARKER) || tailText.includes(MARKER)) return undefined;
  const skeleton = headText + MARKER + tailText;
  if (!cutIsRootSheetData(skeleton, headText.length)) return undefined;
  const cells = bytes.subarray(open.contentStart, close);
  const bomBytes = bytes.subarray(0, bom);
  const markerAt = (edited: string) => {
    const at = edited.indexOf(MARKER);
    if (at < 0 || edited.indexOf(MARKER, at + 1) >= 0) throw new Error('the edits to a sheet lost track of where its cells go');
    return at;
  };
  return {
    skeleton,
    cellsEnd: close,
    join(edited) {
      const at = markerAt(edited);
      return [bomBytes, encoder.encode(edited.slice(0, at)), cells, encoder.encode(edited.slice(at + MARKER.length))].filter((piece) => piece.length > 0);
    },
    keepsStart: (edited) => markerAt(edited) === headText.length && edited.startsWith(headText),
    afterCells: (edited) => encoder.encode(edited.slice(markerAt(edited) + MARKER.length)),
  };
}

/** Whether the skeleton's root has a <sheetData> child holding exactly the marker at `at`. */
function cutIsRootSheetData(skeleton: string, at: number): boolean {
  try {
    const root = outlineXml(skeleton, (_el, depth) => depth === 0);
    return root.children.some((c) => c.name === 'sheetData' && c.openEnd === at && c.closeStart === at + MARKER.length);
  } catch {
    return false;
  }
}

/**
 * The first start tag <sheetData> or <p:sheetData>, and where its content starts; undefined
 * when a comment, CDATA section, processing instruction or DOCTYPE comes first (the XML
 * declaration aside), or when it is an empty-element tag.
 */
function findOpenTag(bytes: Uint8Array, from: number): { qname: Uint8Array; contentStart: number } | undefined {
  let i = from;
  // The XML declaration.
  if (bytes[i] === LT && bytes[i + 1] === QUESTION) {
    i = indexOf(bytes, ascii('?>'), i + 2);
    if (i < 0) return undefined;
    i += 2;
  }
  for (; i < bytes.length; i++) {
    if (bytes[i] !== LT) continue;
    const next = bytes[i + 1];
    if (next === BANG || next === QUESTION) return undefined;
    if (next === SLASH) continue;
    // A start tag: its name runs to white space, ">" or "/".
    let end = i + 1;
    while (end < bytes.length && !isNameEnd(bytes[end]!)) end++;
    const local = lastIndexOfByte(bytes, COLON, i + 1, end) + 1 || i + 1;
    if (end - local === SHEET_DATA.length && startsWith(bytes, SHEET_DATA, local)) {
      const gt = tagEnd(bytes, end);
      if (gt < 0 || bytes[gt - 1] === SLASH) return undefined;
      return { qname: bytes.slice(i + 1, end), contentStart: gt + 1 };
    }
  }
  return undefined;
}

/**
 * Where the last end tag </qname> starts, when nothing after it could hide it in a comment,
 * CDATA section or processing instruction; else undefined.
 */
function findCloseTag(bytes: Uint8Array, qname: Uint8Array, from: number): number | undefined {
  for (let i = bytes.length - qname.length - 2; i >= from; i--) {
    if (bytes[i] !== LT || bytes[i + 1] !== SLASH || !startsWith(bytes, qname, i + 2)) continue;
    const after = bytes[i + 2 + qname.length];
    if (after === undefined || !(after === GT || after <= 32)) continue;
    const tail = bytes.subarray(i);
    for (const construct of ['<!', '<?', '-->', ']]>', '?>']) if (indexOf(tail, ascii(construct), 0) >= 0) return undefined;
    return i;
  }
  return undefined;
}

function isNameEnd(c: number): boolean {
  return c <= 32 || c === GT || c === SLASH;
}

/** The ">" that ends a tag whose name ends at `from`, stepping over quoted attribute values; -1 if none. */
function tagEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === GT) return i;
    if (c === 34 || c === 39) {
      const close = bytes.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

function startsWith(bytes: Uint8Array, what: Uint8Array, at: number): boolean {
  if (at + what.length > bytes.length) return false;
  for (let k = 0; k < what.length; k++) if (bytes[at + k] !== what[k]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, what: Uint8Array, from: number): number {
  const first = what[0]!;
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) if (startsWith(bytes, what, i)) return i;
  return -1;
}

function lastIndexOfByte(bytes: Uint8Array, byte: number, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (bytes[i] === byte) return i;
  return -1;
}
