/**
 * Small hostile packages for the command line's refusals and for the fuzz suite: a sample
 * workbook with one part edited, entries re-zipped with odd names, checksums broken, parts
 * dropped, and the like. Each is built from bytes in memory and written where a test asks.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import * as fs from 'fs';
import { LIVERPOOL } from './cli';

export function sampleBytes(file = LIVERPOOL): Uint8Array {
  return new Uint8Array(fs.readFileSync(file));
}

/** The package with one part's text changed; fails when the edit changes nothing. */
export function withPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const before = files[part] ? strFromU8(files[part]!) : '';
  const after = edit(before);
  if (after === before) throw new Error(`withPart: ${part} did not change`);
  files[part] = strToU8(after);
  return zipSync(files as Zippable);
}

/** The package without the named parts. */
export function withoutParts(bytes: Uint8Array, ...parts: string[]): Uint8Array {
  const files = unzipSync(bytes);
  for (const p of parts) {
    if (!files[p]) throw new Error(`withoutParts: no ${p}`);
    delete files[p];
  }
  return zipSync(files as Zippable);
}

/** The package's entries renamed: `rename(name)` gives the name to store. */
export function renamedEntries(bytes: Uint8Array, rename: (name: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[rename(name)] = data;
  return zipSync(out);
}

/** Adds a sheet-scoped defined name to workbook.xml (a <definedNames> is made where there is none). */
export function withDefinedName(bytes: Uint8Array, name: string, localSheetId: number, value: string, hidden = true): Uint8Array {
  const el = `<definedName name="${name}" localSheetId="${localSheetId}"${hidden ? ' hidden="1"' : ''}>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</definedName>`;
  return withPart(bytes, 'xl/workbook.xml', (xml) =>
    xml.includes('</definedNames>') ? xml.replace('</definedNames>', `${el}</definedNames>`) : xml.replace('</sheets>', `</sheets><definedNames>${el}</definedNames>`),
  );
}

/** Where an entry's local header and data lie in a zip (the first entry of that name). */
export function entryLocation(bytes: Uint8Array, name: string): { local: number; data: number; compressedSize: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const decoder = new TextDecoder();
  while (at + 30 <= bytes.length && view.getUint32(at, true) === 0x04034b50) {
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const entryName = decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength));
    const data = at + 30 + nameLength + extra;
    if (entryName === name) return { local: at, data, compressedSize };
    at = data + compressedSize;
  }
  throw new Error(`entryLocation: no entry ${name}`);
}

/** The package with one byte of an entry's compressed data changed (so its CRC, or its inflation, fails). */
export function withFlippedDataByte(bytes: Uint8Array, name: string, at = 0.5): Uint8Array {
  const loc = entryLocation(bytes, name);
  const out = bytes.slice();
  const i = loc.data + Math.min(loc.compressedSize - 1, Math.floor(loc.compressedSize * at));
  out[i] = out[i]! ^ 0x01;
  return out;
}

/** A stored (uncompressed) zip of text parts, so a test can change a byte of a part's content directly. */
export function storedZip(parts: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts)) files[name] = [data, { level: 0 }];
  return zipSync(files);
}
