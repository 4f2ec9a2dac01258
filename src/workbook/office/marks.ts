/**
 * The mark on a sheet RAG Board wrote: a hidden sheet-scoped name GENERATED_SHEET_MARK whose
 * formula is a string constant naming the role and the sheet (="budget-summary|Budget
 * Summary"), the same mark the .xlsx adapter leaves, so either adapter recognises the other's
 * sheets, and both tell a user's copy of one from ours.
 */
import { markConstant, markedAs, stringConstantText } from '../../engine/plan/types';

/**
 * The formula of a mark: its value as an Excel string constant, with the fingerprint of what
 * was written on the sheet, so that the command line and the browser page, which delete or
 * replace a sheet only when it still holds what its mark says, know the pane's sheets as ours.
 */
export function markFormula(role: string, sheetName: string, fingerprint: string): string {
  return `=${markConstant(role, sheetName, fingerprint)}`;
}

/**
 * What a sheet's mark says of it, from what Excel gives for the name: its type and value (a
 * string constant evaluates to its text); undefined when the name is not a string constant.
 */
export function markOf(type: unknown, value: unknown, sheetName: string): { readonly role: string; readonly kept: boolean } | undefined {
  if (type !== 'String' || typeof value !== 'string') return undefined;
  // Excel gives the evaluated text; a formula text ('="x"') is tolerated as well.
  return markedAs(stringConstantText(value) ?? value, sheetName);
}

// Excel's rules for sheet names live in one place, shared with the .xlsx adapter and the config.
export { sheetNameKey as nameKey, sheetNameProblem } from '../../engine/sheetNames';
