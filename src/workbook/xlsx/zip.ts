/**
 * Access to the parts of a zip package. Only the parts asked for are inflated, so a
 * workbook's images, pivot caches or VBA project cost nothing but a directory entry.
 *
 * Part names are matched as OPC says they must be: case-insensitively, without a
 * leading "/", and with percent-escapes compared decoded.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { damagedPackage } from './errors';
import { javascriptZipCodec, type ZipCodec } from './zip-codec';
import { readDirectory, type DirectoryEntry } from './zip-directory';

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
  /** The zip directory's entries, in its order, folders and duplicates included. */
  readonly entries: ReadonlyArray<DirectoryEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string | undefined,
    readonly parts: ReadonlyArray<PartInfo>,
    private readonly codec: ZipCodec,
  ) {
    for (const p of parts) if (!this.byKey.has(partKey(p.entry))) this.byKey.set(partKey(p.entry), p);
    this.entries = readDirectory(bytes);
    for (const e of this.entries) if (!this.directory.has(e.name)) this.directory.set(e.name, e);
  }

  /** Reads the zip directory (nothing is inflated). Throws a RagBoardError when it is not a sound zip. */
  static open(bytes: Uint8Array, file?: string, codec: ZipCodec = javascriptZipCodec): ZipPackage {
    const problem = directoryProblem(bytes);
    if (problem) throw damagedPackage(problem, file);
    const parts: PartInfo[] = [];
    try {
      unzipSync(bytes, {
        filter(info: UnzipFileInfo) {
          if (!info.name.endsWith('/')) parts.push({ entry: info.name, compressedSize: info.size, size: info.originalSize, compression: info.compression });
          return false;
        },
      });
    } catch (e) {
      throw damagedPackage('its zip directory cannot be read, often because the file was cut short', file, e);
    }
    for (const p of parts) {
      if (!Number.isFinite(p.size) || !Number.isFinite(p.compressedSize) || p.compressedSize < 0 || p.size < 0)
        throw damagedPackage('its zip directory is corrupt', file);
    }
    return new ZipPackage(bytes, file, parts, codec);
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
    return data;
  }

  readOne(partName: string): Uint8Array | undefined {
    return this.read([partName]).get(partName);
  }
}

/**
 * Checks the end-of-central-directory record before fflate walks the directory, so
 * that a damaged record cannot send it through billions of phantom entries.
 * Returns what is wrong, or undefined.
 */
function directoryProblem(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  let end = -1;
  for (let e = bytes.length - 22; e >= 0 && bytes.length - e <= 65557; e--) {
    if (u32(e) === 0x06054b50) {
      end = e;
      break;
    }
  }
  if (end < 0) return 'its zip directory is missing, often because the file was cut short';
  let count = view.getUint16(end + 10, true);
  let offset = u32(end + 16);
  if (u32(end - 20) === 0x07064b50) {
    // Zip64: the counts and offsets live in the zip64 end record.
    const z = u32(end - 12);
    if (u32(z) === 0x06064b50) {
      count = u32(z + 32);
      offset = u32(z + 48);
    }
  }
  const CENTRAL_HEADER = 46;
  if (offset < 0 || offset > end || count * CENTRAL_HEADER > end - offset + 24) return 'its zip directory is corrupt';
  return undefined;
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
