/**
 * The entries of a zip's central directory, with what is needed to copy an entry's compressed
 * bytes into a new zip unchanged: its method, CRC, sizes, DOS time and where its data starts.
 * Copying them is both faster than inflating and deflating again, and keeps a part we did not
 * touch exactly as the producer wrote it.
 */

export interface DirectoryEntry {
  /** The name as stored (decoded from UTF-8 when its flag says so, else read as Latin-1). */
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  /** Where the entry's compressed data starts in the zip, or -1 when its local header cannot be read. */
  readonly dataOffset: number;
}

const END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;

/** The zip's directory: its entries in order, or what is wrong with it. */
export type Directory = { readonly entries: DirectoryEntry[]; readonly problem?: undefined } | { readonly entries?: undefined; readonly problem: string };

/** Reads the directory; a problem is said as the end of a sentence ("its zip directory is corrupt"). */
export function readDirectory(bytes: Uint8Array): Directory {
  const entries: DirectoryEntry[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  let end = -1;
  for (let e = bytes.length - 22; e >= 0 && bytes.length - e <= 65557; e--) {
    if (u32(e) === END) {
      end = e;
      break;
    }
  }
  if (end < 0) return { problem: 'its zip directory is missing, often because the file was cut short' };
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const z = u64(end - 12);
    if (z + 56 <= bytes.length && u32(z) === ZIP64_END) {
      count = u64(z + 32);
      offset = u64(z + 48);
    }
  }
  // Checked before the walk, so that a damaged record cannot send it through billions of phantom entries.
  if (offset < 0 || offset > end || count * 46 > end - offset + 24) return { problem: 'its zip directory is corrupt' };
  const utf8 = new TextDecoder();
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return { problem: 'its zip directory cannot be read, often because the file was cut short' };
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const next = at + 46 + nameLength + extraLength + u16(at + 32);
    if (next > bytes.length) return { problem: 'its zip directory cannot be read, often because the file was cut short' };
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = flags & 0x800 ? utf8.decode(rawName) : latin1(rawName);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    let localOffset = u32(at + 42);
    // Zip64: the values that do not fit are in the extra field, in this order.
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      let e = at + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = u16(e);
        const length = u16(e + 2);
        if (id === ZIP64_EXTRA) {
          let f = e + 4;
          if (size === 0xffffffff && f + 8 <= extraEnd) ((size = u64(f)), (f += 8));
          if (compressedSize === 0xffffffff && f + 8 <= extraEnd) ((compressedSize = u64(f)), (f += 8));
          if (localOffset === 0xffffffff && f + 8 <= extraEnd) localOffset = u64(f);
          break;
        }
        e += 4 + length;
      }
    }
    let dataOffset = -1;
    if (localOffset + 30 <= bytes.length && u32(localOffset) === LOCAL) {
      const start = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
      if (start + compressedSize <= bytes.length) dataOffset = start;
    }
    entries.push({ name, method: u16(at + 10), crc: u32(at + 16), compressedSize, size, dosTime: u16(at + 12), dosDate: u16(at + 14), dataOffset });
    at = next;
  }
  return { entries };
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let k = 0; k < b.length; k++) s += String.fromCharCode(b[k]!);
  return s;
}
