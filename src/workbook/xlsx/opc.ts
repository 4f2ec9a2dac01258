/**
 * Open Packaging Conventions: relationship parts and how their targets resolve to
 * part names. Relationship types are matched by their last segment so that both
 * transitional (schemas.openxmlformats.org) and strict (purl.oclc.org) workbooks work.
 */
import { parseXml } from './xml-sax';

export interface Relationship {
  readonly id: string;
  /** Last segment of the type URI: "worksheet", "sharedStrings", "officeDocument", ... */
  readonly type: string;
  /** Part name the target resolves to (no leading "/"), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels". */
export function relsPartFor(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against the part that holds the relationship:
 * "worksheets/sheet1.xml" from "xl/workbook.xml" is "xl/worksheets/sheet1.xml";
 * "/xl/worksheets/sheet1.xml" is absolute; "../media/a.png" climbs.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  const segments = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}

/** Parses a .rels part. `sourcePart` is the part the relationships belong to ("" for the package). */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const id = attrs['Id'];
      const target = attrs['Target'];
      if (id === undefined || target === undefined) return;
      const external = attrs['TargetMode'] === 'External';
      const typeUri = attrs['Type'] ?? '';
      rels.push({
        id,
        type: typeUri.slice(typeUri.lastIndexOf('/') + 1),
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    },
  });
  return rels;
}
