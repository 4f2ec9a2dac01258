/**
 * A zip package opened for editing. Parts are inflated only when asked for; the parts the
 * writer changes are replaced as text (in the part's own encoding) or as bytes, new parts are
 * added, removed parts dropped. The output is a new zip with the entries in their original
 * order, new parts at the end.
 *
 * A part nobody changed goes back as its original compressed bytes, with its original
 * method, CRC and modification time: exactly as the producer wrote it, and without the cost of
 * inflating and deflating it again. A part we wrote or changed gets a fixed time, so the same
 * input and plan always give the same bytes.
 */
import { damagedPart } from '../errors';
import { rejectNonPackage } from '../sniff';
import { checkWellFormed } from '../xml-sax';
import { XmlSyntaxError } from '../xml-scanner';
import { decodePart } from '../text';
import { partKey, ZipPackage } from '../zip';
import { javascriptZipCodec, type ZipCodec, type DeflateStream } from '../zip-codec';
import type { DirectoryEntry } from '../zip-directory';
import { writeZip, type ZipEntryOut } from './zip-writer';
import { ByteSink, concatBytes } from './byte-sink';

/** 1 January 1980, 00:00, the earliest time a zip entry can carry: the time of every part we write. */
const FIXED_DOS_DATE = (1 << 5) | 1;
const FIXED_DOS_TIME = 0;
const DEFLATE_LEVEL = 6;
/**
 * Big parts (a 100,000-line sheet is tens of MB of XML) are deflated at level 1: several
 * times faster, and XML this regular still shrinks about sevenfold. Small parts get level 6.
 */
const BIG_PART = 1 << 20;
const BIG_PART_LEVEL = 1;
/** XML parts up to this size that are copied unread are checked to be well-formed. */
const WELL_FORMED_CHECK_UP_TO = 8 << 20;

interface Entry {
  readonly name: string;
  /** The entry in the original zip; undefined for a part we added. */
  readonly directory: DirectoryEntry | undefined;
  /** The original's uncompressed bytes, once something asked for them. */
  original: Uint8Array | undefined;
  current: Uint8Array | undefined;
  /** A part written through a sink: deflated as it was written, never held whole. */
  streamed: Streamed | undefined;
  removed: boolean;
}

interface Streamed {
  readonly compressed: Uint8Array[];
  readonly crc: number;
  readonly size: number;
}

export class PackageEditor {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, Entry>();
  private readonly texts = new Map<Entry, string>();
  /** Parts of these same bytes inflated (and checked) already, by partKey. */
  private readonly inflated = new Map<string, Uint8Array>();

  private constructor(
    readonly zip: ZipPackage,
    private readonly originalBytes: Uint8Array,
    private readonly codec: ZipCodec,
    private readonly file: string | undefined,
  ) {}

  /**
   * Opens the package's directory. Throws the reader's RagBoardErrors for what is not a sound
   * package. `inflated`: parts of these same bytes the reader inflated and checked (by part name),
   * taken rather than inflated again.
   */
  static open(bytes: Uint8Array, file?: string, codec: ZipCodec = javascriptZipCodec, inflated?: ReadonlyMap<string, Uint8Array>): PackageEditor {
    rejectNonPackage(bytes, file);
    const zip = ZipPackage.open(bytes, file, codec);
    const editor = new PackageEditor(zip, bytes, codec, file);
    if (inflated) for (const [part, partBytes] of inflated) editor.inflated.set(partKey(part), partBytes);
    const seen = new Set<string>();
    for (const directory of zip.entries) {
      // A "\" in an entry name is a "/" that a careless zip tool wrote (a part name cannot
      // hold one): written as "/", so the output does not mix the two.
      const name = directory.name.replace(/\\/g, '/');
      const folder = name.endsWith('/');
      const key = folder ? `folder:${name.toLowerCase()}` : partKey(name);
      if (seen.has(key)) continue; // a duplicate entry: only the first counts, as when reading
      seen.add(key);
      const entry: Entry = {
        name,
        directory,
        original: folder ? new Uint8Array(0) : undefined,
        current: undefined,
        streamed: undefined,
        removed: false,
      };
      editor.entries.push(entry);
      if (!folder) editor.byKey.set(key, entry);
    }
    return editor;
  }

  /** The part names in package order (entries as stored, without a leading "/"). */
  get partNames(): string[] {
    return this.entries.filter((e) => !e.removed).map((e) => e.name);
  }

  has(part: string): boolean {
    const e = this.byKey.get(partKey(part));
    return e !== undefined && !e.removed;
  }

  bytes(part: string): Uint8Array | undefined {
    const e = this.live(part);
    return e ? this.content(e) : undefined;
  }

  /** The part as text (decoded as the reader decodes it), or undefined when there is no such part. */
  text(part: string): string | undefined {
    const e = this.live(part);
    if (!e) return undefined;
    let t = this.texts.get(e);
    if (t === undefined) {
      t = decodePart(this.content(e));
      this.texts.set(e, t);
    }
    return t;
  }

  /** Replaces a part's text, or adds the part. An existing part keeps its encoding (UTF-8, with or without BOM, or UTF-16). */
  setText(part: string, text: string): void {
    const e = this.live(part);
    if (e) {
      if (!e.streamed && this.text(part) === text) return;
      e.current = encodeLike(text, e.directory ? this.original(e) : (e.current ?? new Uint8Array()));
      e.streamed = undefined;
      this.texts.set(e, text);
      return;
    }
    this.texts.set(this.add(part, new TextEncoder().encode(text)), text);
  }

  /**
   * Replaces a part, or adds it, with what `write` puts into the sink: UTF-8 we write whole (a
   * generated worksheet, whose declaration says UTF-8), whatever the encoding of the part it
   * replaces; or a user's UTF-8 sheet, its own bytes with the rules spliced in (sheet-cells.ts). The bytes are deflated as they come, a chunk at a time, and never held whole: a
   * part of under a chunk at level 6, a bigger one at level 1.
   */
  writePart(part: string, write: (sink: ByteSink) => void): void {
    const compressed: Uint8Array[] = [];
    let crc = 0;
    let first: Uint8Array | undefined;
    let stream: DeflateStream | undefined;
    const sink = new ByteSink((chunk, last) => {
      crc = this.codec.crc32(chunk, crc);
      if (!stream && last) {
        first = chunk.slice();
        return;
      }
      stream ??= this.codec.deflateRawStream(BIG_PART_LEVEL, (data) => compressed.push(data));
      stream.push(chunk, last);
    });
    write(sink);
    sink.end();
    if (first) compressed.push(this.codec.deflateRaw(first, DEFLATE_LEVEL));
    const streamed: Streamed = { compressed, crc, size: sink.length };
    const e = this.live(part) ?? this.add(part, new Uint8Array(0));
    e.current = undefined;
    e.streamed = streamed;
    this.texts.delete(e);
    // What an earlier run wrote, written again the same way: keep the original entry.
    const d = e.directory;
    if (d && d.dataOffset >= 0 && d.method === 8 && d.crc === crc && d.size === streamed.size && sameBytes(concatBytes(compressed), this.originalBytes.subarray(d.dataOffset, d.dataOffset + d.compressedSize))) {
      e.streamed = undefined;
    }
  }

  /**
   * Replaces a part with bytes whose start was deflated already (the command line deflates a big
   * sheet's cells while the engine runs): `compressedStart` is the raw deflate of `start`, not
   * final and ending on a byte boundary (a sync flush), and `rest`, what follows, is deflated here.
   */
  writeAfterDeflated(part: string, start: Uint8Array, compressedStart: ReadonlyArray<Uint8Array>, rest: Uint8Array): void {
    const crc = this.codec.crc32(rest, this.codec.crc32(start));
    const compressed = [...compressedStart, this.codec.deflateRaw(rest, rest.length > BIG_PART ? BIG_PART_LEVEL : DEFLATE_LEVEL)];
    const e = this.live(part) ?? this.add(part, new Uint8Array(0));
    e.current = undefined;
    e.streamed = { compressed, crc, size: start.length + rest.length };
    this.texts.delete(e);
  }

  remove(part: string): void {
    const e = this.live(part);
    if (e) e.removed = true;
  }

  /** Whether anything differs from the package as opened. */
  get changed(): boolean {
    return this.entries.some((e) => e.removed || !e.directory || e.name !== e.directory.name || e.streamed !== undefined || !this.unchanged(e));
  }

  /** The package as zip bytes; the original bytes themselves when nothing changed. */
  toZip(): Uint8Array {
    // Damage is refused, never passed on: every part copied as it is is checked first (one
    // nobody asked for is unpacked only to be checked, and let go).
    for (const e of this.entries) {
      if (e.removed || !e.directory || e.current !== undefined || e.streamed || e.name.endsWith('/')) continue;
      if (e.original === undefined) {
        // Inflated and checked by the reader already, or checked here.
        const known = this.inflated.get(partKey(e.name));
        if (known) e.original = known;
        else this.zip.verify(e.name);
      }
      // An XML part copied as it is must be well-formed too: Excel repairs (or refuses) a package
      // with one that is not. Worksheets are left to the reader, which parses every one before a
      // write; VML (legacy drawings) is HTML-like, and not XML Excel parses strictly.
      if (/\.(xml|rels)$/i.test(e.name) && !/(^|\/)worksheets\//i.test(e.name) && e.directory.size <= WELL_FORMED_CHECK_UP_TO) {
        try {
          checkWellFormed(e.original ? this.text(e.name)! : decodePart(this.zip.readOne(e.name)!));
        } catch (err) {
          if (err instanceof XmlSyntaxError) throw damagedPart(e.name, `${err.detail}, at line ${err.line}, column ${err.column}`, { file: this.file }, err);
          throw err;
        }
      }
    }
    if (!this.changed) return this.originalBytes.slice();
    const out: ZipEntryOut[] = [];
    for (const e of this.entries) {
      if (e.removed) continue;
      const d = e.directory;
      if (e.streamed) {
        const { compressed, crc, size } = e.streamed;
        out.push({
          kind: 'compressed',
          name: e.name,
          compressed,
          method: 8,
          crc,
          size,
          dosTime: FIXED_DOS_TIME,
          dosDate: FIXED_DOS_DATE,
        });
        continue;
      }
      if (d && this.unchanged(e)) {
        if (d.dataOffset >= 0) {
          out.push({
            kind: 'compressed',
            name: e.name,
            compressed: [this.originalBytes.subarray(d.dataOffset, d.dataOffset + d.compressedSize)],
            method: d.method,
            crc: d.crc,
            size: d.size,
            dosTime: d.dosTime,
            dosDate: d.dosDate,
          });
        } else {
          // Its local header cannot be found: write it afresh from what the zip library read.
          out.push({
            kind: 'new',
            name: e.name,
            data: this.original(e),
            level: d.method === 0 ? 0 : DEFLATE_LEVEL,
            dosTime: d.dosTime,
            dosDate: d.dosDate,
          });
        }
        continue;
      }
      const data = e.current ?? this.original(e);
      out.push({
        kind: 'new',
        name: e.name,
        data,
        level: data.length > BIG_PART ? BIG_PART_LEVEL : DEFLATE_LEVEL,
        dosTime: FIXED_DOS_TIME,
        dosDate: FIXED_DOS_DATE,
      });
    }
    return writeZip(out, this.codec);
  }

  private add(part: string, bytes: Uint8Array): Entry {
    const added: Entry = {
      name: stripSlash(part),
      directory: undefined,
      original: undefined,
      current: bytes,
      streamed: undefined,
      removed: false,
    };
    const old = this.byKey.get(partKey(part));
    if (old) this.entries.splice(this.entries.indexOf(old), 1);
    this.entries.push(added);
    this.byKey.set(partKey(part), added);
    return added;
  }

  /** Whether an entry of the original zip still holds its original bytes (compared only when the sizes agree). */
  private unchanged(e: Entry): boolean {
    if (e.current === undefined) return true;
    if (e.directory && e.current.length !== e.directory.size) return false;
    return sameBytes(e.current, this.original(e));
  }

  private content(e: Entry): Uint8Array {
    if (e.streamed) throw new Error(`the part "${e.name}" was written through a sink and cannot be read back`);
    return e.current ?? this.original(e);
  }

  private original(e: Entry): Uint8Array {
    if (e.original === undefined) {
      const bytes = this.inflated.get(partKey(e.name)) ?? this.zip.readOne(e.name);
      if (!bytes) throw new Error(`the zip lists "${e.name}" but it cannot be found`);
      e.original = bytes;
    }
    return e.original;
  }

  private live(part: string): Entry | undefined {
    const e = this.byKey.get(partKey(part));
    return e && !e.removed ? e : undefined;
  }
}

function stripSlash(name: string): string {
  return name.replace(/^\/+/, '');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Encodes text the way `like` was encoded: UTF-16 (LE or BE) with its byte order mark, or UTF-8 with or without one. */
function encodeLike(text: string, like: Uint8Array): Uint8Array {
  const b0 = like[0];
  const b1 = like[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const le = b0 === 0xff;
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = b0;
    out[1] = b1!;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + i * 2 + (le ? 0 : 1)] = c & 0xff;
      out[2 + i * 2 + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  }
  const utf8 = new TextEncoder().encode(text);
  if (b0 === 0xef && b1 === 0xbb && like[2] === 0xbf) {
    const out = new Uint8Array(utf8.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(utf8, 3);
    return out;
  }
  return utf8;
}
