/**
 * Edits to the package's bookkeeping parts, by splicing: [Content_Types].xml overrides
 * and a relationships part's <Relationship> elements. Reading them stays with opc.ts.
 */
import { partKey } from '../zip';
import { attr, childrenNamed, escapeAttribute, outlineXml, Splice } from './xml-outline';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

const TRANSITIONAL_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface NewRelationship {
  readonly id: string;
  /** Last segment of the type ("worksheet"); the namespace is the one the part already uses. */
  readonly type: string;
  readonly target: string;
}

export class RelationshipsPart {
  private readonly splice: Splice;
  private readonly root;
  readonly ids: Set<string>;
  /** The namespace of the relationship types ("http://.../relationships"), from the part's own relationships. */
  readonly typeNamespace: string;

  constructor(readonly xml: string) {
    this.splice = new Splice(xml);
    this.root = outlineXml(xml);
    const rels = childrenNamed(this.root, 'Relationship');
    this.ids = new Set(rels.map((r) => attr(r, 'Id') ?? ''));
    const officeType = rels.map((r) => attr(r, 'Type') ?? '').find((t) => /\/(worksheet|styles|sharedStrings|theme)$/.test(t));
    this.typeNamespace = officeType ? officeType.slice(0, officeType.lastIndexOf('/')) : TRANSITIONAL_RELATIONSHIPS;
  }

  /** A relationship id the part does not use yet: rId1, rId2, ... */
  freeId(): string {
    let n = 1;
    while (this.ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.ids.add(id);
    return id;
  }

  add(rel: NewRelationship): void {
    const p = this.root.prefix;
    this.splice.appendChildren(
      this.root,
      `<${p}Relationship Id="${escapeAttribute(rel.id)}" Type="${escapeAttribute(`${this.typeNamespace}/${rel.type}`)}" Target="${escapeAttribute(rel.target)}"/>`,
    );
  }

  remove(id: string): void {
    for (const r of childrenNamed(this.root, 'Relationship')) if (attr(r, 'Id') === id) this.splice.removeElement(r);
  }

  result(): string {
    return this.splice.apply();
  }
}

export class ContentTypesPart {
  private readonly splice: Splice;
  private readonly root;

  constructor(readonly xml: string) {
    this.splice = new Splice(xml);
    this.root = outlineXml(xml);
  }

  /** Declares a part's content type, unless an override for it is there already. */
  addOverride(part: string, contentType: string): void {
    if (this.overridesFor(part).length > 0) return;
    const p = this.root.prefix;
    this.splice.appendChildren(this.root, `<${p}Override PartName="${escapeAttribute(`/${part.replace(/^\/+/, '')}`)}" ContentType="${escapeAttribute(contentType)}"/>`);
  }

  removeOverride(part: string): void {
    for (const o of this.overridesFor(part)) this.splice.removeElement(o);
  }

  result(): string {
    return this.splice.apply();
  }

  private overridesFor(part: string) {
    const key = partKey(part);
    return childrenNamed(this.root, 'Override').filter((o) => partKey(attr(o, 'PartName') ?? '') === key);
  }
}

/** The target to write in `fromPart`'s relationships for `toPart`: relative to fromPart's folder where it lies below it. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const folder = fromPart.slice(0, fromPart.lastIndexOf('/') + 1);
  return folder && toPart.startsWith(folder) ? toPart.slice(folder.length) : `/${toPart}`;
}
