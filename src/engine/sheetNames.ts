/**
 * The rules Excel has for sheet names, in one place: the config's sheet names are checked by
 * them (refused with the rule broken), the .xlsx reader refuses a workbook that breaks them,
 * and the writer never writes a name that breaks them.
 */

/** Sheet names compare without case in Excel. */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Why Excel would refuse a sheet name ("contains a character Excel does not allow ..."), or undefined when it is a good one. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 31) return 'is longer than the 31 characters Excel allows';
  if (/[\\/?*[\]:]/.test(name)) return 'contains a character Excel does not allow in sheet names (\\ / ? * [ ] :)';
  if (name.startsWith("'") || name.endsWith("'")) return 'starts or ends with an apostrophe, which Excel does not allow';
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)) return 'contains a control character';
  if (sheetNameKey(name) === 'history') return 'is "History", a name Excel reserves';
  return undefined;
}
