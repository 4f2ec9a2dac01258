/**
 * Hostile packages from good ones: a seeded random mutator over the bytes, the zip and the XML
 * of a workbook. The kinds are the ones issue 11 fuzzed with: flipped and truncated bytes,
 * missing parts, XML mutations, entity expansion, zip bombs (claimed sizes), forged marks, odd
 * names, .xlsm, Strict OOXML, text too long for a cell. Pure functions of (seed, input), so a
 * failing case is reproduced from its seed alone.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { GENERATED_SHEET_MARK } from '../../../src/engine/plan/types';

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: ReadonlyArray<T>): T => xs[int(r, xs.length)]!;

export interface Mutation {
  readonly name: string;
  readonly apply: (bytes: Uint8Array, r: Rng) => Uint8Array;
}

function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

function rezip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files as Zippable);
}

const isXml = (name: string) => /\.(xml|rels)$/i.test(name);

/** Edits one XML part's text (a random one, or the first matching `which`). */
/** One cell of a sheet, picked at random, replaced by what `make` writes for its reference. */
function replaceOneCell(xml: string, r: Rng, make: (ref: string) => string): string {
  const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(\/>|>[\s\S]*?<\/c>)/g)];
  if (cells.length === 0) return xml;
  const c = pick(r, cells);
  return xml.slice(0, c.index) + make(c[1]!) + xml.slice(c.index! + c[0].length);
}

function editXml(bytes: Uint8Array, r: Rng, edit: (xml: string, r: Rng) => string, which?: RegExp): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = parts(bytes);
  } catch {
    return bytes;
  }
  const names = Object.keys(files).filter((n) => isXml(n) && (!which || which.test(n)));
  if (names.length === 0) return bytes;
  const name = pick(r, names);
  files[name] = strToU8(edit(strFromU8(files[name]!), r));
  return rezip(files);
}

/** Where a zip's local headers and central entries are (for the zip-level mutations). */
function centralEntries(bytes: Uint8Array): Array<{ central: number; local: number; name: string }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0 && bytes.length - at < 65_557; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const out: Array<{ central: number; local: number; name: string }> = [];
    let c = view.getUint32(at + 16, true);
    for (let n = view.getUint16(at + 10, true); n > 0 && c + 46 <= bytes.length; n--) {
      const nameLength = view.getUint16(c + 28, true);
      out.push({ central: c, local: view.getUint32(c + 42, true), name: strFromU8(bytes.subarray(c + 46, c + 46 + nameLength)) });
      c += 46 + nameLength + view.getUint16(c + 30, true) + view.getUint16(c + 32, true);
    }
    return out;
  }
  return [];
}

const ENTITIES = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>';
const ROLES = ['budget-summary', 'risk-summary', 'snapshot', 'x'];

export const MUTATIONS: ReadonlyArray<Mutation> = [
  {
    name: 'flip bytes',
    apply: (b, r) => {
      const out = b.slice();
      for (let k = 1 + int(r, 8); k > 0; k--) out[int(r, out.length)] ^= 1 << int(r, 8);
      return out;
    },
  },
  { name: 'truncate', apply: (b, r) => b.slice(0, int(r, b.length)) },
  {
    name: 'drop a part',
    apply: (b, r) => {
      const files = parts(b);
      const names = Object.keys(files).filter((n) => !n.endsWith('/'));
      delete files[pick(r, names)];
      return rezip(files);
    },
  },
  {
    name: 'delete a tag',
    apply: (b, r) =>
      editXml(b, r, (x, r2) => {
        const tags = [...x.matchAll(/<[^>]+>/g)];
        if (tags.length === 0) return x;
        const t = pick(r2, tags);
        return x.slice(0, t.index) + x.slice(t.index! + t[0].length);
      }),
  },
  {
    name: 'duplicate an element',
    apply: (b, r) =>
      editXml(b, r, (x, r2) => {
        const els = [...x.matchAll(/<(\w[\w:]*)\b[^>]*\/>|<(\w[\w:]*)\b[^>]*>[^<]*<\/\2>/g)];
        if (els.length === 0) return x;
        const e = pick(r2, els);
        return x.slice(0, e.index! + e[0].length) + e[0] + x.slice(e.index! + e[0].length);
      }),
  },
  {
    name: 'empty an element into its self-closing form',
    apply: (b, r) =>
      editXml(b, r, (x, r2) => {
        const els = [...x.matchAll(/<((\w+:)?(styleSheet|cellXfs|dxfs|fonts|fills|borders|numFmts|definedNames|sheets|Types|Relationships|sheetData|conditionalFormatting|worksheet))(\b[^>]*)>[\s\S]*?<\/\1>/g)];
        if (els.length === 0) return x;
        const e = pick(r2, els);
        return x.slice(0, e.index) + `<${e[1]}${e[4]}/>` + x.slice(e.index! + e[0].length);
      }),
  },
  { name: 'cut an XML part short', apply: (b, r) => editXml(b, r, (x, r2) => x.slice(0, int(r2, x.length))) },
  { name: 'DOCTYPE with entities', apply: (b, r) => editXml(b, r, (x) => x.replace(/^(<\?xml[^>]*\?>)?/, (m) => `${m}${ENTITIES}`)) },
  {
    name: 'odd attribute value',
    apply: (b, r) =>
      editXml(b, r, (x, r2) => {
        const attrs = [...x.matchAll(/\b(r|s|t|count|sheetId|localSheetId|activeTab|firstSheet|ref|sqref|priority|dxfId|numFmtId|xfId|fontId|state|Id|Target)="([^"]*)"/g)];
        if (attrs.length === 0) return x;
        const a = pick(r2, attrs);
        const value = pick(r2, ['-1', '0', '99999999', 'A0', 'XFE1048577', '', 'veryHidden', '../../../etc/passwd', 'rId1', '1e400', 's', 'e']);
        return x.slice(0, a.index) + `${a[1]}="${value}"` + x.slice(a.index! + a[0].length);
      }),
  },
  {
    name: 'forge a mark',
    apply: (b, r) =>
      editXml(
        b,
        r,
        (x, r2) => {
          const sheets = [...x.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)];
          if (sheets.length === 0) return x;
          const index = int(r2, sheets.length);
          const role = pick(r2, ROLES);
          const value = pick(r2, [`"${role}|${sheets[index]![1]}"`, `"${role}"`, `"${role}|${sheets[index]![1]}|#0123456789abcdef"`, `"${role}|other"`, '1', '"']);
          const name = `<definedName name="${GENERATED_SHEET_MARK}" localSheetId="${index}" hidden="1">${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</definedName>`;
          return x.includes('</definedNames>') ? x.replace('</definedNames>', `${name}</definedNames>`) : x.replace('</sheets>', `</sheets><definedNames>${name}</definedNames>`);
        },
        /workbook\.xml$/,
      ),
  },
  {
    name: 'rename a sheet',
    apply: (b, r) =>
      editXml(
        b,
        r,
        (x, r2) => {
          const names = [...x.matchAll(/(<sheet\b[^>]*name=")([^"]*)"/g)];
          if (names.length < 1) return x;
          const n = pick(r2, names);
          const to = pick(r2, [names[0]![2]!.toUpperCase(), names[names.length - 1]![2]!, 'Q1 [draft]', "'Quoted'", 'a/b', 'History', 'Budget Summary', 'RAG Board data', 'x'.repeat(40), '']);
          return x.slice(0, n.index) + `${n[1]}${to}"` + x.slice(n.index! + n[0].length);
        },
        /workbook\.xml$/,
      ),
  },
  {
    name: 'backslashes in entry names',
    apply: (b) => {
      const files = parts(b);
      const out: Record<string, Uint8Array> = {};
      for (const [n, d] of Object.entries(files)) out[n.replace(/\//g, '\\')] = d;
      return rezip(out);
    },
  },
  {
    name: 'claim a huge size (bomb)',
    apply: (b, r) => {
      const entries = centralEntries(b);
      if (entries.length === 0) return b;
      const e = pick(r, entries);
      const out = b.slice();
      const view = new DataView(out.buffer);
      const size = pick(r, [0x20000001, 0x7fffffff, 0xfffffffe, 0x10000000]);
      view.setUint32(e.central + 24, size, true);
      if (e.local + 26 <= out.length) view.setUint32(e.local + 22, size, true);
      return out;
    },
  },
  {
    name: 'text longer than a cell',
    apply: (b, r) =>
      editXml(
        b,
        r,
        (x, r2) => replaceOneCell(x, r2, (ref) => `<c r="${ref}" t="inlineStr"><is><t>${'Long '.repeat(8000)}</t></is></c>`),
        /worksheets\/sheet\d+\.xml$/,
      ),
  },
  {
    name: 'another kind of package',
    apply: (b, r) =>
      editXml(
        b,
        r,
        (x, r2) =>
          x.replace(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
            pick(r2, [
              'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
              'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
              'text/plain',
            ]),
          ),
        /Content_Types/,
      ),
  },
  {
    name: 'Strict OOXML namespaces',
    apply: (b, r) =>
      editXml(b, r, (x) =>
        x
          .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main')
          .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
      ),
  },
  {
    name: 'refer to missing shared strings',
    apply: (b, r) =>
      editXml(
        b,
        r,
        (x, r2) => replaceOneCell(x, r2, (ref) => `<c r="${ref}" t="s"><v>${pick(r2, ['99999', '-1', 'x', ''])}</v></c>`),
        /worksheets\/sheet\d+\.xml$/,
      ),
  },
];

/** A hostile package: one to three mutations, chosen and applied from `seed`. */
export function mutate(input: Uint8Array, seed: number): { bytes: Uint8Array; mutations: string[] } {
  const r = rng(seed);
  let bytes = input;
  const names: string[] = [];
  for (let k = 1 + (r() < 0.3 ? int(r, 3) : 0); k > 0; k--) {
    const m = pick(r, MUTATIONS);
    names.push(m.name);
    try {
      bytes = m.apply(bytes, r);
    } catch {
      // A mutation that cannot apply to what earlier ones left (no zip to unzip): keep the bytes.
    }
  }
  return { bytes, mutations: names };
}
