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

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** An inline-string or number cell. */
function cellXml(ref: string, v: string | number): string {
  return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
}

/** <sheetData> content of a small budget table RAG Board reads: a header, three lines and a total. */
export const BUDGET_ROWS: ReadonlyArray<ReadonlyArray<string | number>> = [
  ['Cost centre', 'Annual Budget', 'YTD Budget', 'YTD Actual', 'YTD Variance', 'Forecast Outturn'],
  ['Prescribing', 12000, 6000, 6600, 600, 13200],
  ['Staffing', 50000, 25000, 24000, -1000, 48000],
  ['Estates', 8000, 4000, 4100, 100, 8200],
  ['Total', 70000, 35000, 34700, -300, 69400],
];

export function budgetSheetData(rows = BUDGET_ROWS): string {
  return rows.map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => cellXml(`${'ABCDEFGH'[c]}${r + 1}`, v)).join('')}</row>`).join('');
}

/** A styles.xml of the given body inside <styleSheet>; an empty body gives the empty-element form <styleSheet .../>. */
export function stylesOf(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body === '' ? `<styleSheet xmlns="${NS_MAIN}" />` : `<styleSheet xmlns="${NS_MAIN}">${body}</styleSheet>`}`;
}

/**
 * What every output must be: a zip whose every XML part is well-formed XML with sound
 * namespaces and no DOCTYPE, entries named with "/", none twice, and a workbook our reader
 * reads.
 */
export function expectSoundPackage(bytes: Uint8Array): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SaxesParser } = require('saxes') as typeof import('saxes');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readXlsx } = require('../../../src/workbook/xlsx/read') as typeof import('../../../src/workbook/xlsx/read');
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  expect(names.filter((n) => n.includes('\\'))).toEqual([]);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels|vml)$/i.test(name) || name.endsWith('/')) continue;
    const text = strFromU8(data);
    expect({ name, doctype: /<!DOCTYPE/i.test(text) }).toEqual({ name, doctype: false });
    const parser = new SaxesParser({ xmlns: true });
    let problem: string | undefined;
    parser.on('error', (e) => {
      problem ??= e.message;
    });
    parser.write(text.replace(/^\uFEFF/, '')).close();
    expect({ name, problem }).toEqual({ name, problem: undefined });
  }
  expect(() => readXlsx(bytes)).not.toThrow();
}

/** The package re-zipped with every entry stored (not deflated), and `find` in `part` changed to `replace` in the stored bytes, CRC left as it was. */
export function withBadChecksum(bytes: Uint8Array, part: string, find = 'a', replace = 'b'): Uint8Array {
  const files = unzipSync(bytes);
  const stored = zipSync(Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [d, { level: 0 }]])) as Zippable);
  const loc = entryLocation(stored, part);
  const text = strFromU8(stored.subarray(loc.data, loc.data + loc.compressedSize));
  const at = text.lastIndexOf(find);
  if (at < 0 || find.length !== replace.length) throw new Error(`withBadChecksum: no "${find}" in ${part}`);
  const out = stored.slice();
  out.set(strToU8(replace), loc.data + strToU8(text.slice(0, at)).length);
  return out;
}

/** The package with the unpacked size its zip directory (and local header) gives a part set to `size`: a bomb's claim, without its bytes. */
export function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(entryLocation(out, name).local + 22, size, true);
  const encoded = new TextEncoder().encode(name);
  for (let at = out.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let c = view.getUint32(at + 16, true);
    for (let n = view.getUint16(at + 10, true); n > 0; n--) {
      const nameLength = view.getUint16(c + 28, true);
      const entryName = out.subarray(c + 46, c + 46 + nameLength);
      if (entryName.length === encoded.length && entryName.every((b, i) => b === encoded[i])) view.setUint32(c + 24, size, true);
      c += 46 + nameLength + view.getUint16(c + 30, true) + view.getUint16(c + 32, true);
    }
    return out;
  }
  throw new Error('withDeclaredSize: no end of central directory');
}

/** A real zip bomb, small: a sheet of `mib` MiB of spaces inside its <sheetData>, deflated. */
export function whitespaceBomb(bytes: Uint8Array, part: string, mib: number): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files[part]!);
  const at = xml.indexOf('<sheetData>') + '<sheetData>'.length;
  const head = strToU8(xml.slice(0, at));
  const tail = strToU8(xml.slice(at));
  const body = new Uint8Array(mib * 1024 * 1024).fill(32);
  body.set(head, 0);
  body.set(tail, body.length - tail.length);
  files[part] = body;
  return zipSync(files as Zippable);
}
