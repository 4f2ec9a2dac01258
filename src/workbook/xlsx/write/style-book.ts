/**
 * styles.xml for the writer: turns the plan's CellStyles into cell formats (<cellXfs>
 * indexes) and its rule styles into differential formats (<dxfs> indexes), reusing
 * what the part already has and appending only what it lacks.
 *
 * Reuse compares elements by content (local names, attributes in any order, children),
 * not by text, so an identical entry is found whether we or Excel wrote it; a second
 * run with the same plan therefore appends nothing. Appended entries go at the end of
 * their lists (so no existing index moves), the lists' count attributes are updated,
 * and a list the part lacks (<numFmts>, <dxfs>) is created at its place in the schema.
 *
 * Entries appended by an earlier run stay when their sheet or rule is removed: an
 * unused font or format is harmless, and removing one would renumber the user's.
 */
import type { CellStyle, PlannedRule } from '../../../engine/plan/types';
import { builtInNumberFormat } from '../number-formats';
import { attr, child, childrenNamed, elementText, escapeAttribute, outlineXml, Splice, type XmlElement } from './xml-outline';

/** The children of <styleSheet> in schema order (CT_Stylesheet). */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Built-in formats that look the same in every locale, by code: the only ones we refer to by id. */
const PORTABLE_BUILT_INS = [1, 2, 3, 4, 9, 10, 11, 12, 13, 48, 49];

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';

/** Thrown for a colour or other style value the writer cannot use: a fault of the plan. */
export class StyleValueError extends Error {}

interface Section {
  readonly name: string;
  readonly item: string;
  readonly container: XmlElement | undefined;
  readonly existing: number;
  /** Canonical form -> index, first occurrence. */
  readonly index: Map<string, number>;
  readonly appended: string[];
}

interface DefaultFont {
  readonly size: string;
  readonly colour: string;
  readonly rest: string;
}

export class StyleBook {
  private readonly root: XmlElement;
  private readonly p: string;
  private readonly sections = new Map<string, Section>();
  /** Custom format code -> id, from <numFmts> and from the formats inside <dxf>s. */
  private readonly formatIds = new Map<string, number>();
  private readonly usedFormatIds = new Set<number>();
  /** The formats <numFmts> has (or will have), by id. */
  private readonly listedFormats = new Map<number, string>();
  private readonly appendedFormats: Array<{ id: number; code: string }> = [];
  private readonly defaultFont: DefaultFont;
  private readonly hasCellStyleXf: boolean;
  private readonly xfByStyle = new Map<string, number>();
  private readonly dxfByStyle = new Map<string, number>();

  constructor(readonly source: string) {
    this.root = outlineXml(source);
    this.p = this.root.prefix;
    for (const [name, item] of [
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
      ['dxfs', 'dxf'],
    ] as const) {
      const container = child(this.root, name);
      const items = container ? childrenNamed(container, item) : [];
      const index = new Map<string, number>();
      items.forEach((el, i) => {
        const key = canonical(el);
        if (!index.has(key)) index.set(key, i);
      });
      this.sections.set(name, { name, item, container, existing: items.length, index, appended: [] });
    }
    const numFmts = child(this.root, 'numFmts');
    for (const f of numFmts ? childrenNamed(numFmts, 'numFmt') : []) this.noteFormat(f, true);
    const dxfs = child(this.root, 'dxfs');
    for (const d of dxfs ? childrenNamed(dxfs, 'dxf') : []) {
      const f = child(d, 'numFmt');
      if (f) this.noteFormat(f, false);
    }
    const cellStyleXfs = child(this.root, 'cellStyleXfs');
    this.hasCellStyleXf = cellStyleXfs !== undefined && childrenNamed(cellStyleXfs, 'xf').length > 0;
    this.defaultFont = this.readDefaultFont();
  }

  /** The cellXfs index for a cell style; 0 (the default format) for none. */
  xfFor(style: CellStyle | undefined): number {
    if (!style) return 0;
    const key = styleKey(style);
    if (key === '{}') return 0;
    const known = this.xfByStyle.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const numFmtId = style.numberFormat !== undefined ? this.formatId(style.numberFormat, true) : 0;
    const hasFont = style.bold || style.italic || style.fontColour !== undefined || style.size !== undefined;
    const fontId = hasFont ? this.indexOf('fonts', this.fontXml(style)) : 0;
    const fillId = style.fill !== undefined ? this.indexOf('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(style.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`) : 0;
    const side = (s: string) => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
    const borderId = style.border
      ? this.indexOf('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`)
      : 0;
    const horizontal = style.horizontal === 'centre' ? 'center' : style.horizontal;
    const alignment = horizontal !== undefined || style.wrap ? `<${p}alignment${horizontal ? ` horizontal="${horizontal}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>` : '';
    const applies =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
      (fontId !== 0 ? ' applyFont="1"' : '') +
      (fillId !== 0 ? ' applyFill="1"' : '') +
      (borderId !== 0 ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const open = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.hasCellStyleXf ? ' xfId="0"' : ''}${applies}`;
    const xf = alignment ? `${open}>${alignment}</${p}xf>` : `${open}/>`;
    const index = this.indexOf('cellXfs', xf);
    this.xfByStyle.set(key, index);
    return index;
  }

  /** The dxfs index for what a conditional format shows. */
  dxfFor(style: PlannedRule['style']): number {
    const key = styleKey(style);
    const known = this.dxfByStyle.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    let font = '';
    if (style.bold || style.fontColour !== undefined) {
      font = `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.fontColour !== undefined ? `<${p}color rgb="${argb(style.fontColour)}"/>` : ''}</${p}font>`;
    }
    let numFmt = '';
    if (style.numberFormat !== undefined) {
      const id = this.formatId(style.numberFormat, false);
      numFmt = `<${p}numFmt numFmtId="${id}" formatCode="${escapeAttribute(style.numberFormat)}"/>`;
    }
    // In a differential format a solid fill's colour is the background colour (as Excel writes it).
    const fill = style.fill !== undefined ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill>` : '';
    const index = this.indexOf('dxfs', `<${p}dxf>${font}${numFmt}${fill}</${p}dxf>`);
    this.dxfByStyle.set(key, index);
    return index;
  }

  get changed(): boolean {
    return this.appendedFormats.length > 0 || [...this.sections.values()].some((s) => s.appended.length > 0);
  }

  /** styles.xml with what was appended, spliced into the original text. */
  result(): string {
    if (!this.changed) return this.source;
    const splice = new Splice(this.source);
    const p = this.p;
    const pending = new Map<string, string>(); // container name -> items to add
    const numFmts = this.appendedFormats.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeAttribute(f.code)}"/>`);
    if (numFmts.length) pending.set('numFmts', numFmts.join(''));
    for (const s of this.sections.values()) if (s.appended.length) pending.set(s.name, s.appended.join(''));
    for (const name of STYLESHEET_ORDER) {
      const items = pending.get(name);
      if (items === undefined) continue;
      const container = child(this.root, name);
      const added = name === 'numFmts' ? this.appendedFormats.length : this.sections.get(name)!.appended.length;
      if (container) {
        const existing = name === 'numFmts' ? childrenNamed(container, 'numFmt').length : this.sections.get(name)!.existing;
        splice.setAttribute(container, 'count', String(existing + added));
        splice.appendChildren(container, items);
      } else {
        // Before the first child that comes after it in the schema, else at the end (opening an empty <styleSheet/>).
        const list = `<${p}${name} count="${added}">${items}</${p}${name}>`;
        const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1);
        const next = this.root.children.find((c) => later.includes(c.name));
        if (next) splice.insert(next.start, list);
        else splice.appendChildren(this.root, list);
      }
    }
    return splice.apply();
  }

  private indexOf(section: string, xml: string): number {
    const s = this.sections.get(section)!;
    const key = canonical(outlineXml(xml));
    const found = s.index.get(key);
    if (found !== undefined) return found;
    const index = s.existing + s.appended.length;
    s.appended.push(xml);
    s.index.set(key, index);
    return index;
  }

  /** The id of a number format: a portable built-in, an existing custom one, or a new one from 164 up. */
  private formatId(code: string, mustBeListed: boolean): number {
    if (code === '' || code.toLowerCase() === 'general') return 0;
    for (const id of PORTABLE_BUILT_INS) {
      // A built-in, unless the part redefines that id as something else.
      const listed = this.listedFormats.get(id);
      if (builtInNumberFormat(id) === code && (listed === undefined || listed === code)) return id;
    }
    let id = this.formatIds.get(code);
    // An id known only from a differential format may be listed in <numFmts> as another format.
    if (id !== undefined && mustBeListed && (this.listedFormats.get(id) ?? code) !== code) id = undefined;
    if (id === undefined) {
      id = 164;
      while (this.usedFormatIds.has(id)) id++;
      this.usedFormatIds.add(id);
      this.formatIds.set(code, id);
    }
    if (mustBeListed && !this.listedFormats.has(id)) {
      this.listedFormats.set(id, code);
      this.appendedFormats.push({ id, code });
    }
    return id;
  }

  private noteFormat(f: XmlElement, listed: boolean): void {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode');
    if (!Number.isInteger(id)) return;
    this.usedFormatIds.add(id);
    if (code === undefined) return;
    if (listed && !this.listedFormats.has(id)) this.listedFormats.set(id, code);
    if (!this.formatIds.has(code)) this.formatIds.set(code, id);
  }

  /** Font 0, the workbook's default font, which our fonts follow in name, family and scheme. */
  private readDefaultFont(): DefaultFont {
    const fonts = child(this.root, 'fonts');
    const font = fonts ? childrenNamed(fonts, 'font')[0] : undefined;
    const p = this.p;
    if (!font) return { size: '11', colour: '', rest: `<${p}name val="Calibri"/><${p}family val="2"/>` };
    const sz = child(font, 'sz');
    const colour = child(font, 'color');
    // name, family, charset and scheme, in the order Excel writes them.
    const rest = ['name', 'family', 'charset', 'scheme']
      .map((n) => child(font, n))
      .filter((el): el is XmlElement => el !== undefined)
      .map((el) => elementText(this.source, el))
      .join('');
    return { size: (sz && attr(sz, 'val')) ?? '11', colour: colour ? elementText(this.source, colour) : '', rest };
  }

  private fontXml(style: CellStyle): string {
    const p = this.p;
    const f = this.defaultFont;
    if (style.size !== undefined && !(style.size > 0 && style.size <= 409)) throw new StyleValueError(`font size ${style.size} is not one Excel can use`);
    const size = style.size !== undefined ? String(style.size) : f.size;
    const colour = style.fontColour !== undefined ? `<${p}color rgb="${argb(style.fontColour)}"/>` : f.colour;
    return `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.italic ? `<${p}i/>` : ''}<${p}sz val="${size}"/>${colour}${f.rest}</${p}font>`;
  }
}

/** "#d5281b" -> "FFD5281B". */
export function argb(colour: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(colour);
  if (!m) throw new StyleValueError(`the colour "${colour}" is not a #RRGGBB colour`);
  return `FF${m[1]!.toUpperCase()}`;
}

/** Equal styles, whatever the order of their keys or a key set to undefined, give equal keys. */
function styleKey(style: object): string {
  const entries = Object.entries(style)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => [k, typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v) ? v.toUpperCase() : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/** An element's content, independent of prefixes, attribute order and whitespace. */
function canonical(el: XmlElement): string {
  const attrs = el.attrs
    .filter((a) => a.qname !== 'xmlns' && !a.qname.startsWith('xmlns:'))
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');
  return `<${el.name} ${attrs}>${el.children.map(canonical).join('')}</>`;
}
