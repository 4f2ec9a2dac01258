/**
 * styles.xml, as far as values need it: the number format of each cell style (the
 * cell's s attribute indexes <cellXfs>), from a custom <numFmt> or the built-in table.
 */
import { builtInNumberFormat, isGeneral } from './number-formats';
import { parseXml } from './xml-sax';

/** Number format code per cell style index; undefined where the style's format is General. */
export type CellFormats = ReadonlyArray<string | undefined>;

export function parseStyles(xml: string): CellFormats {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  let xfDepth = 0;
  parseXml(xml, {
    open(name, attrs) {
      if (name === 'numFmts') inNumFmts = true;
      else if (name === 'numFmt' && inNumFmts) {
        const id = Number(attrs['numFmtId']);
        const code = attrs['formatCode'];
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        if (xfDepth++ === 0) {
          const id = Number(attrs['numFmtId'] ?? 0);
          xfFormatIds.push(Number.isInteger(id) ? id : 0);
        }
      }
    },
    close(name) {
      if (name === 'numFmts') inNumFmts = false;
      else if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'xf' && inCellXfs) xfDepth--;
    },
  });
  return xfFormatIds.map((id) => {
    const code = custom.get(id) ?? builtInNumberFormat(id);
    return isGeneral(code) ? undefined : code;
  });
}
