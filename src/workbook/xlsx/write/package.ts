/**
 * A zip package opened for editing: every part is kept as the bytes it was inflated to;
 * the parts the writer changes are replaced as text (in the part's own encoding), new
 * parts are added, removed parts dropped. The output is a new zip (fflate zipSync) with
 * the entries in their original order, new parts at the end.
 *
 * A part nobody changed goes back with identical uncompressed bytes, its original
 * compression (stored stays stored, deflated is deflated at level 6) and its original
 * modification time; a part we wrote or changed gets a fixed time, so the same input
 * and plan always give the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import { rejectNonPackage } from '../sniff';
import { decodePart } from '../text';
import { partKey, ZipPackage } from '../zip';

/** 1 January 1980, 00:00, the earliest time a zip entry can carry: the time of every part we write. */
export const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);
const DEFLATE_LEVEL = 6;
/**
 * Big parts (a 100,000-line sheet is tens of MB of XML) are deflated at level 1: several
 * times faster, and XML this regular still shrinks about tenfold. Small parts keep level 6.
 */
const BIG_PART = 1 << 20;
const BIG_PART_LEVEL = 1;

interface Entry {
  readonly name: string;
  readonly original: Uint8Array | undefined;
  readonly stored: boolean;
  readonly mtime: Date | undefined;
  current: Uint8Array | undefined;
  removed: boolean;
}

export class PackageEditor {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, Entry>();
  private readonly texts = new Map<Entry, string>();

  private constructor(
    readonly zip: ZipPackage,
    private readonly originalBytes: Uint8Array,
  ) {}

  /** Opens and inflates every part. Throws the reader's RagBoardErrors for what is not a sound package. */
  static open(bytes: Uint8Array, file?: string): PackageEditor {
    rejectNonPackage(bytes, file);
    const zip = ZipPackage.open(bytes, file);
    const editor = new PackageEditor(zip, bytes);
    const names: string[] = [];
    const seen = new Set<string>();
    for (const p of zip.parts) {
      const key = partKey(p.entry);
      if (seen.has(key)) continue; // a duplicate entry: only the first counts, as when reading
      seen.add(key);
      names.push(p.entry);
    }
    const data = zip.read(names);
    const directory = centralDirectory(bytes);
    // The order of the central directory, folder entries ("xl/") included; then anything it did not list.
    const order: string[] = [];
    const listed = new Set<string>();
    for (const name of directory.order) {
      if (listed.has(name)) continue;
      if (data.has(name) || (name.endsWith('/') && !zip.has(name))) {
        order.push(name);
        listed.add(name);
      }
    }
    for (const name of names) if (!listed.has(name)) order.push(name);
    for (const name of order) {
      const folder = !data.has(name);
      const entry: Entry = {
        name,
        original: folder ? new Uint8Array(0) : data.get(name)!,
        stored: folder || zip.info(name)!.compression === 0,
        mtime: directory.times.get(name),
        current: undefined,
        removed: false,
      };
      editor.entries.push(entry);
      if (!folder) editor.byKey.set(partKey(name), entry);
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
    return e ? (e.current ?? e.original) : undefined;
  }

  /** The part as text (decoded as the reader decodes it), or undefined when there is no such part. */
  text(part: string): string | undefined {
    const e = this.live(part);
    if (!e) return undefined;
    let t = this.texts.get(e);
    if (t === undefined) {
      t = decodePart(e.current ?? e.original!);
      this.texts.set(e, t);
    }
    return t;
  }

  /** Replaces a part's text, or adds the part. An existing part keeps its encoding (UTF-8, with or without BOM, or UTF-16). */
  setText(part: string, text: string): void {
    const e = this.live(part);
    if (e) {
      if (this.text(part) === text) return;
      e.current = encodeLike(text, e.original ?? new Uint8Array());
      this.texts.set(e, text);
      return;
    }
    const added: Entry = { name: stripSlash(part), original: undefined, stored: false, mtime: undefined, current: new TextEncoder().encode(text), removed: false };
    const old = this.byKey.get(partKey(part));
    if (old) this.entries.splice(this.entries.indexOf(old), 1);
    this.entries.push(added);
    this.byKey.set(partKey(part), added);
    this.texts.set(added, text);
  }

  remove(part: string): void {
    const e = this.live(part);
    if (e) e.removed = true;
  }

  /** Whether anything differs from the package as opened. */
  get changed(): boolean {
    return this.entries.some((e) => e.removed || e.original === undefined || (e.current !== undefined && !sameBytes(e.current, e.original)));
  }

  /** The package as zip bytes; the original bytes themselves when nothing changed. */
  toZip(): Uint8Array {
    if (!this.changed) return this.originalBytes.slice();
    const files: Zippable = {};
    for (const e of this.entries) {
      if (e.removed) continue;
      const untouched = e.original !== undefined && (e.current === undefined || sameBytes(e.current, e.original));
      const data = untouched ? e.original! : e.current!;
      files[e.name] = [data, { level: untouched && e.stored ? 0 : data.length > BIG_PART ? BIG_PART_LEVEL : DEFLATE_LEVEL, mtime: untouched ? (e.mtime ?? FIXED_MTIME) : FIXED_MTIME }];
    }
    return zipSync(files);
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

/**
 * The entries of the zip's central directory in order, and the modification time of
 * each as a local Date that fflate turns back into the same DOS date and time. An entry
 * whose time cannot be read is left out of `times` (and gets the fixed time).
 */
function centralDirectory(bytes: Uint8Array): { order: string[]; times: Map<string, Date> } {
  const times = new Map<string, Date>();
  const order: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  let end = -1;
  for (let e = bytes.length - 22; e >= 0 && bytes.length - e <= 65557; e--) {
    if (u32(e) === 0x06054b50) {
      end = e;
      break;
    }
  }
  if (end < 0) return { order, times };
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if (end >= 20 && u32(end - 20) === 0x07064b50) {
    const z = Number(view.getBigUint64(end - 12, true));
    if (z + 56 <= bytes.length && u32(z) === 0x06064b50) {
      count = Number(view.getBigUint64(z + 32, true));
      offset = Number(view.getBigUint64(z + 48, true));
    }
  }
  const latin1 = (from: number, to: number) => {
    let s = '';
    for (let k = from; k < to; k++) s += String.fromCharCode(bytes[k]!);
    return s;
  };
  const utf8 = new TextDecoder();
  let at = offset;
  for (let n = 0; n < count && at + 46 <= bytes.length && u32(at) === 0x02014b50; n++) {
    const flags = u16(at + 8);
    const time = u16(at + 12);
    const date = u16(at + 14);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    if (at + 46 + nameLength > bytes.length) break;
    const name = flags & 0x800 ? utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)) : latin1(at + 46, at + 46 + nameLength);
    order.push(name);
    const year = 1980 + (date >> 9);
    const month = (date >> 5) & 15;
    const day = date & 31;
    const d = new Date(year, month - 1, day, time >> 11, (time >> 5) & 63, (time & 31) * 2);
    // Keep only a time that survives the trip back to DOS fields (not one in a daylight-saving gap or out of range).
    if (month >= 1 && month <= 12 && day >= 1 && d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day && d.getHours() === time >> 11) {
      if (!times.has(name)) times.set(name, d);
    }
    at = next;
  }
  return { order, times };
}
