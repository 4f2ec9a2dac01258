/**
 * Access to the parts of a zip package. Only the parts asked for are inflated, so a
 * workbook's images, pivot caches or VBA project cost nothing but a directory entry.
 *
 * Part names are matched as OPC says they must be: case-insensitively, without a
 * leading "/", and with percent-escapes compared decoded.
 */
import { Inflate } from 'fflate';
import { damagedPackage, unreadable } from './errors';
import { javascriptZipCodec, type ZipCodec } from './zip-codec';
import { readDirectory, type DirectoryEntry } from './zip-directory';
import { startsWithDoctype } from './text';

/**
 * How far a package may unpack. A part's unpacked size is in the zip directory, and both
 * codecs stop at it (a part that would grow past it is damaged), so these are checked before
 * anything is inflated: a zip bomb is refused at once, costing nothing.
 *
 * - A part: 512 MiB, the longest text JavaScript can hold (2^29 characters), so no part bigger
 *   could be read anyway. A sheet of 1,048,576 rows of ten figures is about 330 MB of XML.
 * - All the parts the reader holds at once, and the whole package: 1 GiB. With the grids they
 *   make, that keeps a run under about 1.5 GB of memory.
 */
export const UNPACK_LIMITS = { part: 512 * 1024 * 1024, total: 640 * 1024 * 1024 } as const;

/** Parts bigger than this are checked (verify) a piece at a time. */
const STREAM_ABOVE = 1 << 20;
/** Compressed bytes pushed at a time: at most about a MiB of output each, however well it packs. */
const STREAM_PIECE = 1 << 10;
/** How much of a part's start the DOCTYPE check looks at. */
const DOCTYPE_WINDOW = 1 << 16;

export interface PartInfo {
  /** The entry name exactly as stored in the zip. */
  readonly entry: string;
  readonly compressedSize: number;
  readonly size: number;
  readonly compression: number;
}

export class ZipPackage {
  private readonly byKey = new Map<string, PartInfo>();
  /** Where each entry's data is, by entry name: the first entry of a name only. */
  private readonly directory = new Map<string, DirectoryEntry>();
  /** Entries whose size, checksum and prolog have been checked. */
  private readonly verified = new Set<string>();
  /** The parts (folders left out), in directory order. */
  readonly parts: ReadonlyArray<PartInfo>;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string | undefined,
    /** The zip directory's entries, in its order, folders and duplicates included. */
    readonly entries: ReadonlyArray<DirectoryEntry>,
    private readonly codec: ZipCodec,
  ) {
    for (const e of entries) if (!this.directory.has(e.name)) this.directory.set(e.name, e);
    this.parts = entries.filter((e) => !/[/\\]$/.test(e.name)).map((e) => ({ entry: e.name, compressedSize: e.compressedSize, size: e.size, compression: e.method }));
    for (const p of this.parts) if (!this.byKey.has(partKey(p.entry))) this.byKey.set(partKey(p.entry), p);
  }

  /** Reads the zip directory (nothing is inflated). Throws a RagBoardError when it is not a sound zip, or would unpack to more than UNPACK_LIMITS allow. */
  static open(bytes: Uint8Array, file?: string, codec: ZipCodec = javascriptZipCodec): ZipPackage {
    const directory = readDirectory(bytes);
    if (directory.problem !== undefined) throw damagedPackage(directory.problem, file);
    let total = 0;
    for (const e of directory.entries) {
      if (e.size > UNPACK_LIMITS.part) throw tooLarge(`its part "${e.name}" would unpack to ${mib(e.size)}, more than the ${mib(UNPACK_LIMITS.part)} RAG Board reads in one part`, file);
      total += e.size;
    }
    if (total > UNPACK_LIMITS.total) throw tooLarge(`its parts would unpack to ${mib(total)} in all, more than the ${mib(UNPACK_LIMITS.total)} RAG Board reads`, file);
    return new ZipPackage(bytes, file, directory.entries, codec);
  }

  has(partName: string): boolean {
    return this.info(partName) !== undefined;
  }

  info(partName: string): PartInfo | undefined {
    return this.byKey.get(partKey(partName));
  }

  /**
   * Inflates the named parts. Parts the package does not have are simply absent from the
   * result, keyed by the name asked for.
   */
  read(partNames: ReadonlyArray<string>): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const name of partNames) {
      const info = this.info(name);
      if (!info) continue;
      out.set(name, this.inflate(info));
    }
    return out;
  }

  private inflate(info: PartInfo): Uint8Array {
    const entry = this.directory.get(info.entry);
    if (!entry || entry.dataOffset < 0) throw damagedPackage(`the part "${info.entry}" cannot be unpacked`, this.file);
    if (entry.method !== 0 && entry.method !== 8) {
      throw damagedPackage(`the part "${info.entry}" cannot be unpacked`, this.file, new Error(`part "${info.entry}" uses zip compression method ${entry.method}, which Excel does not write`));
    }
    const compressed = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let data: Uint8Array;
    try {
      data = entry.method === 0 ? compressed.slice() : this.codec.inflateRaw(compressed, entry.size);
    } catch (e) {
      throw damagedPackage(`the part "${info.entry}" cannot be unpacked`, this.file, e);
    }
    if (data.length !== entry.size) throw damagedPackage(`the part "${info.entry}" is incomplete`, this.file);
    if (this.codec.crc32(data) !== entry.crc >>> 0) throw damagedPackage(`the part "${info.entry}" is corrupt: its checksum does not match`, this.file);
    if (startsWithDoctype(data)) {
      throw damagedPackage(`the part "${info.entry}" carries a DOCTYPE (a document type declaration), which Excel does not accept in a workbook`, this.file);
    }
    this.verified.add(info.entry);
    return data;
  }

  /**
   * Checks a part without keeping it: it unpacks to the size and checksum its directory gives
   * and carries no DOCTYPE. For the parts a writer copies as they are, so that damage in them
   * is refused rather than passed on.
   */
  verify(partName: string): void {
    this.scan(partName);
  }

  /**
   * Checks a part as verify() does, and says whether its bytes hold `needle` (ASCII); undefined
   * when that cannot be told from the bytes (a UTF-16 part). A big part is unpacked a piece at a
   * time and never held whole (a copied video, a bomb, a sheet nobody needs to read).
   */
  scan(partName: string, needle?: string): boolean | undefined {
    const info = this.info(partName);
    if (!info) return false;
    const entry = this.directory.get(info.entry);
    const wanted = needle === undefined ? undefined : Uint8Array.from(needle, (c) => c.charCodeAt(0));
    if (this.verified.has(info.entry) && wanted === undefined) return undefined;
    // Small parts, and what cannot be streamed, the ordinary way (its errors are the ones to give).
    if (!entry || entry.dataOffset < 0 || entry.method !== 8 || entry.size < Math.max(STREAM_ABOVE, this.codec.checkWholeUpTo ?? 0)) {
      const data = this.inflate(info);
      return wanted === undefined ? undefined : isUtf16(data) ? undefined : indexOfBytes(data, wanted, 0) >= 0;
    }
    const compressed = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let got = 0;
    let crc = 0;
    const head: Uint8Array[] = [];
    let headLength = 0;
    let found = false;
    let carry = new Uint8Array(0);
    const stream = new Inflate((chunk) => {
      got += chunk.length;
      if (got > entry.size) throw new Error(`the part inflates to more than the ${entry.size} bytes its zip directory gives`);
      crc = this.codec.crc32(chunk, crc);
      if (headLength < DOCTYPE_WINDOW) {
        head.push(chunk.slice(0, DOCTYPE_WINDOW - headLength));
        headLength += head[head.length - 1]!.length;
      }
      if (wanted && !found && chunk.length > 0) {
        // The needle may straddle two pieces: look across the end of the last one.
        const joined = new Uint8Array(carry.length + chunk.length);
        joined.set(carry);
        joined.set(chunk, carry.length);
        found = indexOfBytes(joined, wanted, 0) >= 0;
        carry = joined.slice(Math.max(0, joined.length - wanted.length + 1));
      }
    });
    try {
      if (compressed.length === 0) stream.push(compressed, true);
      for (let at = 0; at < compressed.length; at += STREAM_PIECE) stream.push(compressed.subarray(at, at + STREAM_PIECE), at + STREAM_PIECE >= compressed.length);
    } catch (e) {
      throw damagedPackage(`the part "${info.entry}" cannot be unpacked`, this.file, e);
    }
    if (got !== entry.size) throw damagedPackage(`the part "${info.entry}" is incomplete`, this.file);
    if (crc >>> 0 !== entry.crc >>> 0) throw damagedPackage(`the part "${info.entry}" is corrupt: its checksum does not match`, this.file);
    const start = new Uint8Array(headLength);
    head.reduce((at, piece) => (start.set(piece, at), at + piece.length), 0);
    if (startsWithDoctype(start)) {
      throw damagedPackage(`the part "${info.entry}" carries a DOCTYPE (a document type declaration), which Excel does not accept in a workbook`, this.file);
    }
    this.verified.add(info.entry);
    return wanted === undefined ? undefined : isUtf16(start) ? undefined : found;
  }

  readOne(partName: string): Uint8Array | undefined {
    return this.read([partName]).get(partName);
  }
}

/** The key a part is looked up by: no leading slash, "/" separators, decoded, lower case. */
export function partKey(name: string): string {
  let n = name.replace(/\\/g, '/');
  while (n.startsWith('/')) n = n.slice(1);
  if (n.includes('%')) {
    try {
      n = decodeURIComponent(n);
    } catch {
      // not a valid escape: keep the name as it is
    }
  }
  return n.toLowerCase();
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024 ? `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GiB` : `${Math.round(bytes / (1024 * 1024))} MiB`;
}

/** A package that would unpack to more than the limits: a zip bomb, or a workbook too big to read here. */
function tooLarge(detail: string, file: string | undefined) {
  return unreadable(
    `The workbook cannot be read: ${detail}. It is damaged or built to exhaust memory (a "zip bomb"), or too big to read here.`,
    'If it is a real workbook, delete unused rows, columns and sheets in Excel, or split it into smaller workbooks, then try again.',
    { where: { file } },
  );
}

function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first, from); i >= 0 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}
