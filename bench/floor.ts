/**
 * The floor no reader can beat: inflate the parts that hold values (fflate's unzipSync, as
 * the reader uses) and pass over the sheet XML once, counting cells ("<c ") and shared
 * strings ("<si>") in a tight loop over the bytes. Any reader does at least this much.
 *
 * A second variant also decodes the XML to a JavaScript string, as a reader that parses
 * text (ours does) must: the difference between the two is the cost of UTF-8 decoding.
 */
import { unzipSync } from 'fflate';

export interface FloorCount {
  readonly cells: number;
  readonly sharedStrings: number;
  readonly xmlBytes: number;
}

function valueParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') && f.name.endsWith('.xml') });
}

/** Occurrences of the three ASCII bytes a, b, c in a row. */
function count3(b: Uint8Array, a: number, x: number, c: number): number {
  let n = 0;
  const end = b.length - 2;
  for (let i = 0; i < end; i++) if (b[i] === a && b[i + 1] === x && b[i + 2] === c) n++;
  return n;
}

export function floorScan(bytes: Uint8Array): FloorCount {
  const parts = valueParts(bytes);
  let cells = 0;
  let sharedStrings = 0;
  let xmlBytes = 0;
  for (const name in parts) {
    const part = parts[name]!;
    xmlBytes += part.length;
    if (name.startsWith('xl/worksheets/')) cells += count3(part, 60 /* < */, 99 /* c */, 32 /* space */);
    else if (name === 'xl/sharedStrings.xml') sharedStrings += count3(part, 60 /* < */, 115 /* s */, 105 /* i */);
  }
  return { cells, sharedStrings, xmlBytes };
}

function countText(s: string, needle: string): number {
  let n = 0;
  for (let i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function floorScanDecoded(bytes: Uint8Array): FloorCount {
  const parts = valueParts(bytes);
  const utf8 = new TextDecoder('utf-8');
  let cells = 0;
  let sharedStrings = 0;
  let xmlBytes = 0;
  for (const name in parts) {
    const part = parts[name]!;
    xmlBytes += part.length;
    const text = utf8.decode(part);
    if (name.startsWith('xl/worksheets/')) cells += countText(text, '<c ');
    else if (name === 'xl/sharedStrings.xml') sharedStrings += countText(text, '<si>');
  }
  return { cells, sharedStrings, xmlBytes };
}
