/**
 * Whether this Excel has the Excel JavaScript API RAG Board needs, asked once as the pane
 * opens, and what the pane says when it has not: one sentence naming what is missing and
 * what to use instead, never a blank pane or an API error.
 *
 * Excel 2021 has ExcelApi up to 1.14, Excel 2024 up to 1.17, Microsoft 365 and Excel on the
 * web the latest (Excel JavaScript API requirement sets, Microsoft Learn); Excel 2019 (volume
 * licence) stops at 1.8, Excel 2016 at 1.1, and both left support in October 2025.
 */
import { FEATURES, type FeatureName } from '../../workbook/office/requirements';

/** The features without which the pane cannot do its work, lowest version first. */
const NEEDED: ReadonlyArray<FeatureName> = ['read', 'rules', 'write', 'multiAreaRules'];

/** The lowest ExcelApi version RAG Board works on: what the manifest asks for. */
export const REQUIRED_EXCEL_API = FEATURES.multiAreaRules.version;

export type IsSetSupported = (name: string, version: string) => boolean;

/** null when this Excel has everything needed; otherwise the one sentence the pane shows. */
export function unsupportedExcel(isSetSupported: IsSetSupported | undefined): string | null {
  let missing: FeatureName | undefined;
  for (const f of NEEDED) {
    let ok = false;
    try {
      ok = isSetSupported !== undefined && isSetSupported('ExcelApi', FEATURES[f].version);
    } catch {
      ok = false;
    }
    if (!ok) {
      missing = f;
      break;
    }
  }
  if (!missing) return null;
  const { version, what } = FEATURES[missing];
  return (
    `This version of Excel does not have the Excel JavaScript API ${version} (ExcelApi ${version}) that RAG Board needs for ${what}, ` +
    'so use RAG Board in Excel 2021 or later, Microsoft 365 or Excel on the web, or open the workbook saved as .xlsx in RAG Board’s browser page (browser.html) or with the rag-board command line.'
  );
}
