/** Helpers for the writer's tests: parts of a package, and what a workbook holds. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { WorkbookGrids } from '../../../../src/engine/grid';
import { readXlsx } from '../../../../src/workbook/xlsx/read';
import { parseWorkbook } from '../../../../src/workbook/xlsx/workbook-part';

/** The parts of a package (folder entries left out), by name. */
export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  const all = unzipSync(bytes);
  return Object.fromEntries(Object.entries(all).filter(([name]) => !name.endsWith('/')));
}

export function partText(bytes: Uint8Array, part: string): string {
  const p = partsOf(bytes)[part];
  if (!p) throw new Error(`no part ${part}`);
  return strFromU8(p);
}

/** Entry names in zip order, folders included. */
export function entryOrder(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

/** Names of the parts whose bytes differ (added, removed or changed). */
export function changedParts(before: Uint8Array, after: Uint8Array): { changed: string[]; added: string[]; removed: string[] } {
  const a = partsOf(before);
  const b = partsOf(after);
  return {
    changed: Object.keys(a).filter((k) => b[k] && !sameBytes(a[k], b[k])).sort(),
    added: Object.keys(b).filter((k) => !a[k]).sort(),
    removed: Object.keys(a).filter((k) => !b[k]).sort(),
  };
}

/** Rewrites one part of a package with a function of its text. */
export function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const before = strFromU8(files[part]!);
  const after = edit(before);
  if (after === before) throw new Error(`editPart: ${part} did not change`);
  files[part] = strToU8(after);
  return zipSync(files);
}

/** The <conditionalFormatting> elements of a worksheet part, as text, in order. */
export function conditionalFormats(xml: string): string[] {
  return [...xml.matchAll(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g)].map((m) => m[0]);
}

export function sheetData(xml: string): string {
  const m = /<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/.exec(xml);
  if (!m) throw new Error('no sheetData');
  return m[0];
}

/** The <c> element of a cell in a worksheet part. */
export function cellXml(xml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  if (!m) throw new Error(`no cell ${ref}`);
  return m[0];
}

/** What the user sees of a workbook: sheets with values, formulas, formats, merges; defined names; rules per sheet part. */
export function contentOf(bytes: Uint8Array): { grids: WorkbookGrids; names: ReturnType<typeof parseWorkbook>['definedNames']; sheets: ReturnType<typeof parseWorkbook>['sheets'] } {
  const info = parseWorkbook(partText(bytes, 'xl/workbook.xml'));
  const grids = readXlsx(bytes);
  return { grids: { sheets: grids.sheets, date1904: grids.date1904 }, names: info.definedNames, sheets: info.sheets };
}
