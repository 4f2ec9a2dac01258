/**
 * workbook.xml: the sheets in tab order, their names and visibility, the date system,
 * and the defined names (among them the marks RAG Board leaves on the sheets it writes).
 */
import { GENERATED_SHEET_MARK, markedAs, stringConstantText, type SheetMark } from '../../engine/plan/types';
import { prefixedAttr, parseXml } from './xml-sax';
import { xmlTrue } from './text';

export interface SheetEntry {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Relationship id (r:id) of the sheet's part in the workbook's relationships. */
  readonly relId: string | undefined;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** 0-based index into the sheets (in tab order) for a name scoped to one sheet; undefined for a workbook-wide name. */
  readonly localSheetId: number | undefined;
  readonly hidden: boolean;
  /** The formula text, as written (no leading "="). */
  readonly value: string;
}

export interface WorkbookInfo {
  /** Local name of the root element: "workbook" in a workbook, something else in a document of another kind. */
  readonly root: string;
  readonly sheets: ReadonlyArray<SheetEntry>;
  readonly date1904: boolean;
  readonly definedNames: ReadonlyArray<DefinedNameEntry>;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  let inDefinedNames = false;
  let name: { name: string; localSheetId: number | undefined; hidden: boolean; value: string } | undefined;
  let root = '';
  parseXml(xml, {
    open(element, attrs) {
      if (root === '') root = element;
      if (element === 'workbookPr') date1904 = xmlTrue(attrs['date1904']);
      else if (element === 'sheets') inSheets = true;
      else if (element === 'sheet' && inSheets) {
        const state = attrs['state'];
        sheets.push({
          name: attrs['name'] ?? `Sheet${sheets.length + 1}`,
          visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          relId: prefixedAttr(attrs, 'id'),
        });
      } else if (element === 'definedNames') inDefinedNames = true;
      else if (element === 'definedName' && inDefinedNames) {
        const local = attrs['localSheetId'];
        const index = local !== undefined && /^\s*\d+\s*$/.test(local) ? Number(local) : undefined;
        name = { name: attrs['name'] ?? '', localSheetId: index, hidden: xmlTrue(attrs['hidden']), value: '' };
      }
    },
    text(t) {
      if (name) name.value += t;
    },
    close(element) {
      if (element === 'sheets') inSheets = false;
      else if (element === 'definedNames') inDefinedNames = false;
      else if (element === 'definedName' && name) {
        definedNames.push(name);
        name = undefined;
      }
    },
  });
  return { root, sheets, date1904, definedNames };
}

/** Whether a defined name is the mark RAG Board leaves on a sheet it wrote (names compare case-insensitively, as in Excel). */
export function isGeneratedSheetMark(name: string): boolean {
  return name.toLowerCase() === GENERATED_SHEET_MARK.toLowerCase();
}

/**
 * Sheets that carry RAG Board's mark: sheet index (tab order) -> its role, whether it is a
 * copy the user keeps (its mark names another sheet), and the fingerprint of what was written
 * there. A mark is a claim, not evidence: see engine/plan/fingerprint.ts. The first mark on a
 * sheet counts.
 */
export function generatedSheetRoles(info: WorkbookInfo): Map<number, SheetMark> {
  const roles = new Map<number, SheetMark>();
  for (const n of info.definedNames) {
    if (!isGeneratedSheetMark(n.name) || n.localSheetId === undefined || n.localSheetId >= info.sheets.length) continue;
    const text = stringConstantText(n.value);
    const marked = text === undefined ? undefined : markedAs(text, info.sheets[n.localSheetId]!.name);
    if (marked !== undefined && !roles.has(n.localSheetId)) roles.set(n.localSheetId, marked);
  }
  return roles;
}
