/**
 * What kind of Excel package a workbook is, from the content type [Content_Types].xml gives its
 * workbook part: an .xlsx, a macro-enabled .xlsm, a template (.xltx, .xltm) or an add-in
 * (.xlam). Excel refuses to open a package whose kind does not match its file name, so a copy
 * must be written under the extension of its kind.
 */
import { damagedContent } from './errors';
import { findWorkbookPart } from './read';
import { decodePart } from './text';
import { parseXml } from './xml-sax';
import { partKey, ZipPackage } from './zip';
import type { ZipCodec } from './zip-codec';

export interface WorkbookFormat {
  /** ".xlsx", ".xlsm", ".xltx", ".xltm" or ".xlam". */
  readonly extension: string;
  readonly macros: boolean;
  /** Words for messages: "a macro-enabled workbook (.xlsm)". */
  readonly description: string;
}

const FORMATS: Readonly<Record<string, WorkbookFormat>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': { extension: '.xlsx', macros: false, description: 'a workbook (.xlsx)' },
  'application/vnd.ms-excel.sheet.macroenabled.main+xml': { extension: '.xlsm', macros: true, description: 'a macro-enabled workbook (.xlsm)' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': { extension: '.xltx', macros: false, description: 'a template (.xltx)' },
  'application/vnd.ms-excel.template.macroenabled.main+xml': { extension: '.xltm', macros: true, description: 'a macro-enabled template (.xltm)' },
  'application/vnd.ms-excel.addin.macroenabled.main+xml': { extension: '.xlam', macros: true, description: 'an add-in (.xlam)' },
};

/** The extensions of the Excel packages this tool reads and writes. */
export const PACKAGE_EXTENSIONS = new Set(Object.values(FORMATS).map((f) => f.extension));

/**
 * The content type [Content_Types].xml gives a part: its Override, else the Default for its
 * extension; undefined when it gives none. Throws bad XML as the reader does.
 */
export function contentTypeOf(typesXml: string, part: string): string | undefined {
  const key = partKey(part);
  const ext = key.slice(key.lastIndexOf('.') + 1);
  let override: string | undefined;
  let byDefault: string | undefined;
  parseXml(typesXml, {
    open(name, attrs) {
      if (name === 'Override' && override === undefined && partKey(attrs['PartName'] ?? '') === key) override = attrs['ContentType'];
      else if (name === 'Default' && byDefault === undefined && (attrs['Extension'] ?? '').toLowerCase() === ext) byDefault = attrs['ContentType'];
    },
  });
  return override ?? byDefault;
}

/**
 * The kind of package, from its workbook part's content type. A package whose
 * [Content_Types].xml does not say what its workbook part is, or says something no Excel
 * workbook is, is damaged.
 */
export function workbookFormatOf(pkg: ZipPackage, file: string | undefined): WorkbookFormat {
  const workbookPart = findWorkbookPart(pkg, file);
  const types = pkg.readOne('[Content_Types].xml');
  if (!types) throw damagedContent('it has no [Content_Types].xml part', { file });
  let type: string | undefined;
  try {
    type = contentTypeOf(decodePart(types), workbookPart);
  } catch (e) {
    throw damagedContent('its [Content_Types].xml is not valid XML', { file }, e);
  }
  const format = type === undefined ? undefined : FORMATS[type.trim().toLowerCase()];
  if (!format) {
    throw damagedContent(
      type === undefined ? `its [Content_Types].xml does not give the type of its workbook part "${workbookPart}"` : `its [Content_Types].xml gives its workbook part the type "${type}", which is not an Excel workbook's`,
      { file },
    );
  }
  return format;
}

/** The kind of an Excel package, from its bytes. */
export function workbookFormat(bytes: Uint8Array, options: { fileName?: string; codec?: ZipCodec } = {}): WorkbookFormat {
  return workbookFormatOf(ZipPackage.open(bytes, options.fileName, options.codec), options.fileName);
}
