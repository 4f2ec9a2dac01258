/**
 * workbook.xml for the writer: where the <sheet>s, <definedName>s and <workbookView>s
 * are, and the splice that turns the old sheet list into the new one. Every element we
 * do not have to change keeps its characters; a defined name scoped to a sheet that
 * moved gets its new localSheetId, one scoped to a removed sheet goes with it.
 */
import { xmlTrue } from '../text';
import { isGeneratedSheetMark } from '../workbook-part';
import { attr, attribute, child, childrenNamed, escapeAttribute, escapeText, namespaceOf, outlineXml, prefixedAttribute, prefixFor, Splice, type XmlElement } from './xml-outline';

const TRANSITIONAL_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const TRANSITIONAL_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_RELATIONSHIPS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** Defined names we write on a generated sheet, and so replace with it. */
const OUR_SHEET_NAMES = ['_xlnm.print_area', '_xlnm.print_titles'];

/** What may come after <definedNames> in a workbook (CT_Workbook) and what comes before it. */
const BEFORE_DEFINED_NAMES = ['sheets', 'functionGroups', 'externalReferences'];

export interface SheetSlot {
  readonly element: XmlElement;
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  readonly sheetId: number | undefined;
  readonly relId: string | undefined;
}

interface NameSlot {
  readonly element: XmlElement;
  readonly name: string;
  readonly localSheetId: number | undefined;
}

/** A sheet of the new list: one of the old ones (kept or rewritten), or a new one. */
export type FinalSheet =
  | { readonly kind: 'kept'; readonly oldIndex: number }
  | { readonly kind: 'replaced'; readonly oldIndex: number; readonly name: string; readonly visibility: 'visible' | 'veryHidden'; readonly names: string }
  | { readonly kind: 'added'; readonly name: string; readonly visibility: 'visible' | 'veryHidden'; readonly sheetId: number; readonly relId: string; readonly names: string };

export class WorkbookXml {
  private readonly root: XmlElement;
  readonly sheets: SheetSlot[];
  private readonly names: NameSlot[];
  private readonly sheetsElement: XmlElement;
  private readonly definedNamesElement: XmlElement | undefined;
  readonly structureLocked: boolean;
  readonly mainNamespace: string;
  readonly relationshipsNamespace: string;

  constructor(readonly xml: string) {
    this.root = outlineXml(xml, (el, depth) => depth === 0 || el.name === 'sheets' || el.name === 'definedNames' || el.name === 'bookViews');
    // The caller has made sure there are sheets (parseWorkbook found them).
    this.sheetsElement = child(this.root, 'sheets')!;
    const sheets = this.sheetsElement;
    this.sheets = childrenNamed(sheets, 'sheet').map((el) => {
      const state = attr(el, 'state');
      const sheetId = Number(attr(el, 'sheetId'));
      return {
        element: el,
        name: attr(el, 'name') ?? '',
        visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        sheetId: Number.isInteger(sheetId) ? sheetId : undefined,
        relId: prefixedAttribute(el, 'id')?.value,
      };
    });
    this.definedNamesElement = child(this.root, 'definedNames');
    this.names = (this.definedNamesElement ? childrenNamed(this.definedNamesElement, 'definedName') : []).map((el) => {
      const local = attr(el, 'localSheetId');
      return { element: el, name: attr(el, 'name') ?? '', localSheetId: local !== undefined && /^\s*\d+\s*$/.test(local) ? Number(local) : undefined };
    });
    const protection = child(this.root, 'workbookProtection');
    this.structureLocked = protection !== undefined && xmlTrue(attr(protection, 'lockStructure'));
    const main = namespaceOf(this.root);
    this.mainNamespace = main === STRICT_MAIN ? STRICT_MAIN : TRANSITIONAL_MAIN;
    this.relationshipsNamespace = main === STRICT_MAIN ? STRICT_RELATIONSHIPS : TRANSITIONAL_RELATIONSHIPS;
  }

  get maxSheetId(): number {
    return this.sheets.reduce((m, s) => Math.max(m, s.sheetId ?? 0), 0);
  }

  /** workbook.xml with the sheet list turned into `final`. */
  rewrite(final: ReadonlyArray<FinalSheet>): string {
    const splice = new Splice(this.xml);
    const p = this.sheetsElement.prefix;
    const newIndex = new Map<number, number>();
    const replaced = new Set<number>();
    final.forEach((f, i) => {
      if (f.kind !== 'added') newIndex.set(f.oldIndex, i);
      if (f.kind === 'replaced') replaced.add(f.oldIndex);
    });

    // <sheets>
    const relPrefix = prefixFor(this.root, [TRANSITIONAL_RELATIONSHIPS, STRICT_RELATIONSHIPS]);
    const relAttr = (id: string) =>
      relPrefix !== undefined && relPrefix !== '' ? ` ${relPrefix}id="${escapeAttribute(id)}"` : ` xmlns:r="${this.relationshipsNamespace}" r:id="${escapeAttribute(id)}"`;
    const sheetXml = (name: string, sheetId: string, visibility: string, relId: string) =>
      `<${p}sheet name="${escapeAttribute(name)}" sheetId="${escapeAttribute(sheetId)}"${visibility === 'visible' ? '' : ` state="${visibility}"`}${relAttr(relId)}/>`;
    this.sheets.forEach((slot, i) => {
      if (!newIndex.has(i)) splice.removeElement(slot.element);
    });
    let added = '';
    for (const f of final) {
      if (f.kind === 'replaced') {
        const slot = this.sheets[f.oldIndex]!;
        if (slot.name !== f.name || slot.visibility !== f.visibility) {
          const relQname = prefixedAttribute(slot.element, 'id');
          const rel = relQname ? ` ${relQname.qname}="${escapeAttribute(relQname.value)}"` : '';
          const sheetId = attr(slot.element, 'sheetId') ?? '';
          splice.replace(
            slot.element.start,
            slot.element.end,
            `<${slot.element.qname} name="${escapeAttribute(f.name)}" sheetId="${escapeAttribute(sheetId)}"${f.visibility === 'visible' ? '' : ` state="${f.visibility}"`}${rel}/>`,
          );
        }
      } else if (f.kind === 'added') {
        added += sheetXml(f.name, String(f.sheetId), f.visibility, f.relId);
      }
    }
    splice.appendChildren(this.sheetsElement, added);

    // <definedNames>
    let kept = 0;
    const nameEdits: Array<() => void> = [];
    for (const n of this.names) {
      if (n.localSheetId === undefined) {
        kept++;
        continue;
      }
      const to = newIndex.get(n.localSheetId);
      const ours = isGeneratedSheetMark(n.name) || OUR_SHEET_NAMES.includes(n.name.toLowerCase());
      if (to === undefined || (replaced.has(n.localSheetId) && ours)) {
        nameEdits.push(() => splice.removeElement(n.element));
        continue;
      }
      kept++;
      if (to !== n.localSheetId) nameEdits.push(() => splice.setAttribute(n.element, 'localSheetId', String(to)));
    }
    const newNames = final.map((f) => (f.kind === 'kept' ? '' : f.names)).join('');
    const dn = this.definedNamesElement;
    if (dn && kept === 0 && newNames === '' && this.names.length > 0) {
      splice.removeElement(dn);
    } else {
      for (const edit of nameEdits) edit();
      if (dn) splice.appendChildren(dn, newNames);
      else if (newNames) {
        const before = this.root.children.filter((c) => BEFORE_DEFINED_NAMES.includes(c.name));
        const at = before.length ? before[before.length - 1]!.end : this.sheetsElement.end;
        splice.insert(at, `<${p}definedNames>${newNames}</${p}definedNames>`);
      }
    }

    // <bookViews>: the active tab and the first tab shown follow their sheets.
    const finalVisible = final.map((f) => (f.kind === 'kept' ? this.sheets[f.oldIndex]!.visibility : f.visibility) === 'visible');
    const follow = (old: number, mustBeVisible: boolean): number => {
      const kept = newIndex.get(old);
      if (kept !== undefined) return kept;
      // The sheet went: the nearest sheet before it that stayed (a visible one, for the active tab).
      let to = 0;
      for (let k = Math.min(old, this.sheets.length - 1); k >= 0; k--) {
        const t = newIndex.get(k);
        if (t !== undefined) {
          to = t;
          break;
        }
      }
      if (mustBeVisible && !finalVisible[to]) {
        const v = finalVisible.indexOf(true);
        if (v >= 0) to = v;
      }
      return to;
    };
    const bookViews = child(this.root, 'bookViews');
    for (const view of bookViews ? childrenNamed(bookViews, 'workbookView') : []) {
      for (const [name, mustBeVisible] of [
        ['activeTab', true],
        ['firstSheet', false],
      ] as const) {
        const a = attribute(view, name);
        const old = a ? Number(a.value) : 0;
        if (!Number.isInteger(old)) continue;
        const to = follow(old, mustBeVisible);
        if (to !== old) splice.setAttribute(view, name, String(to));
      }
    }
    return splice.apply();
  }
}

/** The <definedName> elements we leave on a generated sheet: its mark, and its print area and titles. */
export function sheetNamesXml(prefix: string, index: number, markValue: string, printArea: string | undefined, printTitles: string | undefined, mark: string): string {
  const name = (n: string, value: string, hidden: boolean) =>
    `<${prefix}definedName name="${escapeAttribute(n)}" localSheetId="${index}"${hidden ? ' hidden="1"' : ''}>${escapeText(value)}</${prefix}definedName>`;
  return (
    name(mark, markValue, true) +
    (printArea !== undefined ? name('_xlnm.Print_Area', printArea, false) : '') +
    (printTitles !== undefined ? name('_xlnm.Print_Titles', printTitles, false) : '')
  );
}

/** The prefix elements in <definedNames> take. */
export function definedNamesPrefix(wb: WorkbookXml): string {
  return wb.sheets[0]?.element.prefix ?? '';
}
