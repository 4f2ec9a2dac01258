/**
 * How parts are inflated, deflated and checksummed. The default is pure JavaScript (fflate and
 * a CRC table), so the browser page can read and write too; the command line passes Node's
 * zlib, which does the same work natively in a half to a third of the time.
 */
import { Deflate, deflateSync, inflateSync } from 'fflate';

/** A raw deflate stream fed a chunk at a time; what it makes goes to the callback it was made with. */
export interface DeflateStream {
  push(chunk: Uint8Array, last: boolean): void;
}

export interface ZipCodec {
  /** Inflates raw deflate data whose inflated size is known (from the zip directory). */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** Raw deflate (RFC 1951, no zlib header) at a level from 1 (fastest) to 9. */
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  /** A raw deflate stream; a chunk pushed may be overwritten as soon as push returns. */
  deflateRawStream(level: number, output: (compressed: Uint8Array) => void): DeflateStream;
  /** The CRC-32 of a zip entry; `previous` carries it on over the next piece of the same data. */
  crc32(data: Uint8Array, previous?: number): number;
  /**
   * Up to what inflated size a part that is only checked (not kept) is inflated whole rather
   * than a piece at a time: a fast native inflate checks a few MB whole in a fraction of the
   * time the streaming JavaScript one takes. Absent: the package's own limit (1 MiB).
   */
  readonly checkWholeUpTo?: number;
}

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(data: Uint8Array, previous = 0): number {
  const t = crcTable();
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type Level = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export const javascriptZipCodec: ZipCodec = {
  inflateRaw: (data, size) => {
    // One byte of room more than the directory says: fflate stops where its buffer ends, so a
    // part that fills it holds more than it should (a damaged part, or a zip bomb).
    const out = inflateSync(data, { out: new Uint8Array(size + 1) });
    if (out.length > size) throw new Error(`the part inflates to more than the ${size} bytes its zip directory gives`);
    return out;
  },
  deflateRaw: (data, level) => deflateSync(data, { level: level as Level }),
  deflateRawStream(level, output) {
    const stream = new Deflate({ level: level as Level }, (data) => output(data));
    // fflate keeps a reference to what it is given until it has compressed it: give it a copy.
    return { push: (chunk, last) => stream.push(chunk.slice(), last) };
  },
  crc32,
};
