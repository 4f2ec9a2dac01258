/** workbook.xml: the sheets in tab order, their names and visibility, and the date system. */
import { prefixedAttr, parseXml } from './xml-sax';
import { xmlTrue } from './text';

export interface SheetEntry {
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Relationship id (r:id) of the sheet's part in the workbook's relationships. */
  readonly relId: string | undefined;
}

export interface WorkbookInfo {
  /** Local name of the root element: "workbook" in a workbook, something else in a document of another kind. */
  readonly root: string;
  readonly sheets: ReadonlyArray<SheetEntry>;
  readonly date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  let root = '';
  parseXml(xml, {
    open(name, attrs) {
      if (root === '') root = name;
      if (name === 'workbookPr') date1904 = xmlTrue(attrs['date1904']);
      else if (name === 'sheets') inSheets = true;
      else if (name === 'sheet' && inSheets) {
        const state = attrs['state'];
        sheets.push({
          name: attrs['name'] ?? `Sheet${sheets.length + 1}`,
          visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          relId: prefixedAttr(attrs, 'id'),
        });
      }
    },
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  return { root, sheets, date1904 };
}
