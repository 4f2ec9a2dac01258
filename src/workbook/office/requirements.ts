/**
 * The Excel JavaScript API versions RAG Board uses, feature by feature. A feature we cannot
 * do without is checked before anything is read or written, and the message names the
 * version it needs; an optional one is used where Excel has it and skipped where not.
 */
import { missingFeature, type Operation } from './errors';

export interface Feature {
  /** ExcelApi requirement set version, e.g. "1.7". */
  readonly version: string;
  /** What it is for, in words for the user. */
  readonly what: string;
}

export const FEATURES = {
  /** Used ranges, getItemOrNullObject, sheet-scoped names: reading any sheet. */
  read: { version: '1.4', what: 'reading sheets and the marks on its own sheets' },
  /** Conditional formats: finding, adding and removing colour rules. */
  rules: { version: '1.6', what: 'colour rules (conditional formats)' },
  /** Freeze panes, workbook protection state, named item formulas: writing sheets. */
  write: { version: '1.7', what: 'writing summary sheets (freeze panes, workbook protection, named items)' },
  /** RangeAreas: one colour rule over several ranges. */
  multiAreaRules: { version: '1.9', what: 'a colour rule that covers several ranges' },
  /** RangeAreas for styling many cells in one request (optional: one request per block otherwise). */
  rangeAreas: { version: '1.9', what: 'styling many ranges at once' },
  /** Print area, orientation and fit to width (optional: skipped otherwise). */
  pageLayout: { version: '1.9', what: 'print settings' },
  /** Merged cells of the user's sheets (optional: none reported otherwise). */
  mergedAreas: { version: '1.13', what: 'finding merged cells' },
  /** Workbook.name: a CSV's sheet, named after its file and cut, titled by the whole name. Optional. */
  workbookName: { version: '1.7', what: "reading the workbook's name" },
} as const satisfies Record<string, Feature>;

export type FeatureName = keyof typeof FEATURES;

export type IsSetSupported = (name: string, version: string) => boolean;

export class Requirements {
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly isSetSupported: IsSetSupported) {}

  has(feature: FeatureName): boolean {
    const { version } = FEATURES[feature];
    let ok = this.cache.get(version);
    if (ok === undefined) {
      ok = this.isSetSupported('ExcelApi', version);
      this.cache.set(version, ok);
    }
    return ok;
  }

  /** Throws a RagBoardError naming the version when Excel lacks the feature. */
  need(feature: FeatureName, op: Operation): void {
    if (!this.has(feature)) throw missingFeature(op, FEATURES[feature].what, FEATURES[feature].version);
  }
}
