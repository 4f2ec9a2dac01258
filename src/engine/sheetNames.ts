/**
 * The rules Excel has for sheet names, in one place: the config's sheet names are checked by
 * them (refused with the rule broken), the .xlsx reader refuses a workbook that breaks them,
 * and the writer never writes a name that breaks them.
 */

/** The longest sheet name Excel allows; it cuts a longer one, a CSV's file name, to this. */
export const SHEET_NAME_LIMIT = 31;

/** Sheet names compare without case in Excel. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Why Excel would refuse a sheet name ("contains a character Excel does not allow ..."), or undefined when it is a good one. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > SHEET_NAME_LIMIT) return `is longer than the ${SHEET_NAME_LIMIT} characters Excel allows`;
  if (/[\\/?*[\]:]/.test(name)) return 'contains a character Excel does not allow in sheet names (\\ / ? * [ ] :)';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe, which Excel does not allow';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)) return 'contains a control character';
  if (sheetNameKey(name) === 'history') return 'is "History", a name Excel reserves';
  return undefined;
}

/**
 * The workbook's name (its file's, less the extension) where the sheet's name is that cut to
 * the 31 characters Excel allows, as Excel names a CSV's one sheet after its file; else undefined.
 */
export function nameCutFrom(sheetName: string, workbookName: string | undefined): string | undefined {
  if (workbookName === undefined || sheetName.length !== SHEET_NAME_LIMIT) return undefined;
  const whole = workbookName.replace(/\.[a-z0-9]{1,5}$/i, '').trim();
  return whole.length > SHEET_NAME_LIMIT && whole.startsWith(sheetName) ? whole : undefined;
}
