/**
 * A user's worksheet that gets (or loses) our conditional formats. Only the rules are
 * touched, by splicing: our earlier rules (formula carrying OWNED_RULE_MARK) are taken
 * out, also where Excel moved them into the x14 extension list, and the new ones go in
 * at the schema's place for <conditionalFormatting>, after the user's own rules, with
 * priorities above theirs. The cells (<sheetData>) and everything else stay as they are.
 */
import { isOwnedRuleFormula, type PlannedRule } from '../../../engine/plan/types';
import { xmlTrue } from '../text';
import { ruleElements } from './sheet-xml';
import { attr, child, childrenNamed, innerText, outlineXml, Splice, type XmlElement } from './xml-outline';

/** What may follow <conditionalFormatting> in a worksheet (CT_Worksheet), in order. */
const AFTER_CONDITIONAL_FORMATTING = new Set([
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
]);

/** Elements whose children the outline records: the rules and the extension list, never the cells. */
const DESCEND = new Set(['conditionalFormatting', 'cfRule', 'extLst', 'ext', 'conditionalFormattings']);

export class SourceSheet {
  private readonly root: XmlElement;
  /** Main-section rules: each <conditionalFormatting> with its owned <cfRule>s. */
  private readonly main: Array<{ cf: XmlElement; rules: XmlElement[]; owned: XmlElement[] }> = [];
  /** Elements of the x14 extension list to remove, outermost only. */
  private readonly extRemovals: XmlElement[] = [];
  private readonly userPriorities: number[] = [];
  readonly ownedRuleCount: number;
  readonly isProtected: boolean;

  constructor(readonly xml: string) {
    this.root = outlineXml(xml, (el, depth) => depth === 0 || DESCEND.has(el.name));
    const protection = child(this.root, 'sheetProtection');
    this.isProtected = protection !== undefined && xmlTrue(attr(protection, 'sheet'));
    let owned = 0;
    for (const cf of childrenNamed(this.root, 'conditionalFormatting')) {
      const rules = childrenNamed(cf, 'cfRule');
      const ours = rules.filter((r) => childrenNamed(r, 'formula').some((f) => isOwnedRuleFormula(innerText(xml, f))));
      for (const r of rules) if (!ours.includes(r)) this.notePriority(r);
      owned += ours.length;
      this.main.push({ cf, rules, owned: ours });
    }
    owned += this.findExtensionRules();
    this.ownedRuleCount = owned;
  }

  /** The highest priority among the user's own rules (0 when there are none). */
  get userMaxPriority(): number {
    return this.userPriorities.reduce((a, b) => Math.max(a, b), 0);
  }

  /** The sheet with our earlier rules taken out and `rules` put in. */
  withRules(rules: ReadonlyArray<PlannedRule>, dxfFor: (style: PlannedRule['style']) => number): string {
    const splice = new Splice(this.xml);
    let lastKept: XmlElement | undefined;
    for (const { cf, rules: all, owned } of this.main) {
      if (owned.length > 0 && owned.length === all.length) splice.removeElement(cf);
      else {
        for (const r of owned) splice.removeElement(r);
        lastKept = cf;
      }
    }
    for (const el of this.extRemovals) splice.removeElement(el);
    const added = ruleElements(this.root.prefix, rules, dxfFor, this.userMaxPriority + 1);
    if (added) {
      const at = this.insertionPoint(lastKept);
      if (at === undefined) splice.appendChildren(this.root, added);
      else splice.insert(at, added);
    }
    return splice.apply();
  }

  /** After the user's last rule; else before the first element that follows rules in the schema; else undefined: at the end. */
  private insertionPoint(lastKept: XmlElement | undefined): number | undefined {
    if (lastKept) return lastKept.end;
    const children = this.root.children;
    const sheetData = children.findIndex((c) => c.name === 'sheetData');
    const next = children.find(
      (c, i) => AFTER_CONDITIONAL_FORMATTING.has(c.name) || (c.name === 'AlternateContent' && sheetData >= 0 && i > sheetData),
    );
    return next?.start;
  }

  private notePriority(rule: XmlElement): void {
    const p = Number(attr(rule, 'priority'));
    if (Number.isFinite(p)) this.userPriorities.push(p);
  }

  /**
   * Rules in <extLst><ext><x14:conditionalFormattings>: Excel writes a rule there when it
   * needs Excel 2010 features, such as a reference to another sheet. Records what to
   * remove, outermost first (a list left empty goes with its last rule).
   */
  private findExtensionRules(): number {
    let owned = 0;
    for (const extLst of childrenNamed(this.root, 'extLst')) {
      const exts = childrenNamed(extLst, 'ext');
      const extGone: XmlElement[] = [];
      const inner: XmlElement[] = [];
      for (const ext of exts) {
        const lists = childrenNamed(ext, 'conditionalFormattings');
        if (lists.length === 0) continue;
        const listGone: XmlElement[] = [];
        const listInner: XmlElement[] = [];
        for (const list of lists) {
          const cfs = childrenNamed(list, 'conditionalFormatting');
          const cfGone: XmlElement[] = [];
          const cfInner: XmlElement[] = [];
          for (const cf of cfs) {
            const rules = childrenNamed(cf, 'cfRule');
            const ours = rules.filter((r) => childrenNamed(r, 'f').some((f) => isOwnedRuleFormula(innerText(this.xml, f))));
            for (const r of rules) if (!ours.includes(r)) this.notePriority(r);
            owned += ours.length;
            if (ours.length > 0 && ours.length === rules.length) cfGone.push(cf);
            else cfInner.push(...ours);
          }
          if (cfs.length > 0 && cfGone.length === cfs.length) listGone.push(list);
          else listInner.push(...cfGone, ...cfInner);
        }
        if (ext.children.length === lists.length && listGone.length === lists.length) extGone.push(ext);
        else inner.push(...listGone, ...listInner);
      }
      if (exts.length > 0 && extLst.children.length === exts.length && extGone.length === exts.length) this.extRemovals.push(extLst);
      else this.extRemovals.push(...extGone, ...inner);
    }
    return owned;
  }
}
