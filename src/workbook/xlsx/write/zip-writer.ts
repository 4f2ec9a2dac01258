/**
 * Writes a zip: entries copied with their compressed bytes as they were, and entries we made,
 * deflated here. Sizes and CRCs go in the local headers (no data descriptors), names are
 * flagged UTF-8 where they need it, and nothing depends on the clock, so the same entries
 * always give the same bytes.
 */
import type { ZipCodec } from '../zip-codec';

export type ZipEntryOut =
  | {
      /** An entry whose data is compressed already: copied from the original zip, or deflated as it was written. */
      readonly kind: 'compressed';
      readonly name: string;
      /** The compressed data, in pieces to be joined. */
      readonly compressed: ReadonlyArray<Uint8Array>;
      readonly method: number;
      readonly crc: number;
      readonly size: number;
      readonly dosTime: number;
      readonly dosDate: number;
    }
  | {
      readonly kind: 'new';
      readonly name: string;
      readonly data: Uint8Array;
      /** 0 to store, else the deflate level. */
      readonly level: number;
      readonly dosTime: number;
      readonly dosDate: number;
    };

/** Thrown when the zip would need Zip64 (over 4 GB, or over 65,535 entries), which no workbook Excel writes does. */
export class ZipTooLargeError extends Error {}

const LIMIT = 0xffffffff;

export function writeZip(entries: ReadonlyArray<ZipEntryOut>, codec: ZipCodec): Uint8Array {
  if (entries.length > 0xffff) throw new ZipTooLargeError(`it would hold ${entries.length} parts, more than a zip without Zip64 can`);
  const encoder = new TextEncoder();
  const prepared = entries.map((e) => {
    const name = encoder.encode(e.name);
    const utf8 = /[^\x20-\x7e]/.test(e.name);
    if (e.kind === 'compressed')
      return {
        name,
        utf8,
        data: e.compressed,
        method: e.method,
        crc: e.crc,
        size: e.size,
        time: e.dosTime,
        date: e.dosDate,
      };
    const store = e.level === 0;
    return {
      name,
      utf8,
      data: [store ? e.data : codec.deflateRaw(e.data, e.level)],
      method: store ? 0 : 8,
      crc: codec.crc32(e.data),
      size: e.data.length,
      time: e.dosTime,
      date: e.dosDate,
    };
  });
  let localTotal = 0;
  let centralTotal = 0;
  const compressedSizes = prepared.map((p) => p.data.reduce((n, piece) => n + piece.length, 0));
  prepared.forEach((p, i) => {
    if (p.size > LIMIT || compressedSizes[i]! > LIMIT) throw new ZipTooLargeError('one of its parts would be over 4 GB');
    localTotal += 30 + p.name.length + compressedSizes[i]!;
    centralTotal += 46 + p.name.length;
  });
  if (localTotal + centralTotal > LIMIT) throw new ZipTooLargeError('it would be over 4 GB');
  const out = new Uint8Array(localTotal + centralTotal + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  prepared.forEach((p, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    entryFields(view, at + 4, p, compressedSizes[i]!);
    view.setUint16(at + 28, 0, true);
    out.set(p.name, at + 30);
    at += 30 + p.name.length;
    for (const piece of p.data) {
      out.set(piece, at);
      at += piece.length;
    }
  });
  const centralStart = at;
  prepared.forEach((p, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0, MS-DOS attributes
    entryFields(view, at + 6, p, compressedSizes[i]!);
    // extra, comment, disk number, internal and external attributes: none
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, prepared.length, true);
  view.setUint16(at + 10, prepared.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/**
 * The fields a local header and a central directory entry share, in the same order: version
 * needed (2.0, for deflate), flags (UTF-8 names), method, time, date, CRC, sizes, name length.
 */
function entryFields(view: DataView, at: number, p: { utf8: boolean; method: number; time: number; date: number; crc: number; size: number; name: Uint8Array }, compressedSize: number): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, p.utf8 ? 0x800 : 0, true);
  view.setUint16(at + 4, p.method, true);
  view.setUint16(at + 6, p.time, true);
  view.setUint16(at + 8, p.date, true);
  view.setUint32(at + 10, p.crc, true);
  view.setUint32(at + 14, compressedSize, true);
  view.setUint32(at + 18, p.size, true);
  view.setUint16(at + 22, p.name.length, true);
}
