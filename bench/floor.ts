/**
 * The floor no reader can beat: inflate the parts that hold values (fflate's unzipSync, as
 * the reader uses) and pass over the sheet XML once, counting cells ("<c ") and shared
 * strings ("<si>") in a tight loop over the bytes. Any reader does at least this much.
 *
 * A second variant also decodes the XML to a JavaScript string, as a reader that parses
 * text (ours does) must: the difference between the two is the cost of UTF-8 decoding.
 */
import * as fs from 'fs';
import { unzipSync } from 'fflate';
import { nodeZipCodec } from '../src/cli/node-zip-codec';
import { readDirectory } from '../src/workbook/xlsx/zip-directory';
import { writeZip, type ZipEntryOut } from '../src/workbook/xlsx/write/zip-writer';

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

/**
 * The floor for the write-back (`analyse --out`): what any tool that writes the same copy must
 * do at least. Unzip and one pass over the XML as above, then write the output zip with the
 * parts that changed or were added deflated (at the levels our writer uses: 1 for parts over
 * 1 MiB, 6 for the rest) and every other part's compressed bytes copied as they are, and save
 * it. Which parts changed is taken from a copy our command line wrote (`writeFloorPlan`, not
 * timed), so the floor writes exactly the bytes the real run must; it finds nothing and
 * computes nothing.
 */
export interface WriteFloorPlan {
  readonly entries: ReadonlyArray<ZipEntryOut>;
  /** Bytes of XML in the parts that changed or were added (before deflating). */
  readonly writtenBytes: number;
  readonly writtenParts: ReadonlyArray<string>;
}

export function writeFloorPlan(input: Uint8Array, output: Uint8Array): WriteFloorPlan {
  const before = readDirectory(input);
  const after = readDirectory(output);
  if (!before.entries || !after.entries) throw new Error('the bench workbooks should be sound zips');
  const old = new Map(before.entries.map((e) => [e.name, e]));
  const outParts = unzipSync(output);
  const entries: ZipEntryOut[] = [];
  const writtenParts: string[] = [];
  let writtenBytes = 0;
  for (const e of after.entries) {
    const o = old.get(e.name);
    if (o && o.crc === e.crc && o.size === e.size && o.dataOffset >= 0) {
      entries.push({ kind: 'compressed', name: e.name, compressed: [input.subarray(o.dataOffset, o.dataOffset + o.compressedSize)], method: o.method, crc: o.crc, size: o.size, dosTime: o.dosTime, dosDate: o.dosDate });
    } else {
      const data = outParts[e.name]!;
      writtenParts.push(e.name);
      writtenBytes += data.length;
      entries.push({ kind: 'new', name: e.name, data, level: data.length > 1 << 20 ? 1 : 6, dosTime: e.dosTime, dosDate: e.dosDate });
    }
  }
  return { entries, writtenBytes, writtenParts };
}

export function floorWrite(input: Uint8Array, plan: WriteFloorPlan, outFile: string): number {
  floorScan(input);
  const zip = writeZip(plan.entries, nodeZipCodec);
  fs.writeFileSync(outFile, zip);
  return zip.length;
}
