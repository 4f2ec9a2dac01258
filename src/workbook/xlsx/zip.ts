/**
 * Access to the parts of a zip package. Only the parts asked for are inflated, so a
 * workbook's images, pivot caches or VBA project cost nothing but a directory entry.
 *
 * Part names are matched as OPC says they must be: case-insensitively, without a
 * leading "/", and with percent-escapes compared decoded.
 */
import { damagedPackage } from './errors';
import { javascriptZipCodec, type ZipCodec } from './zip-codec';
import { readDirectory, type DirectoryEntry } from './zip-directory';
import { startsWithDoctype } from './text';

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
    this.parts = entries.filter((e) => !e.name.endsWith('/')).map((e) => ({ entry: e.name, compressedSize: e.compressedSize, size: e.size, compression: e.method }));
    for (const p of this.parts) if (!this.byKey.has(partKey(p.entry))) this.byKey.set(partKey(p.entry), p);
  }

  /** Reads the zip directory (nothing is inflated). Throws a RagBoardError when it is not a sound zip. */
  static open(bytes: Uint8Array, file?: string, codec: ZipCodec = javascriptZipCodec): ZipPackage {
    const directory = readDirectory(bytes);
    if (directory.problem !== undefined) throw damagedPackage(directory.problem, file);
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
    return data;
  }

  /**
   * Checks a part without keeping it: it unpacks to the size and checksum its directory gives
   * and carries no DOCTYPE. For the parts a writer copies as they are, so that damage in them
   * is refused rather than passed on.
   */
  verify(partName: string): void {
    const info = this.info(partName);
    if (info) this.inflate(info);
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
