/**
 * The budget RAG rule of budget/rag.ts, as spreadsheet expressions: one builder for the
 * colour rules on the user's tables and for the RAG formulas of the Budget Summary, so the
 * two cannot drift apart. The recalculation tests check both against the engine in
 * LibreOffice: the summary's formulas as written, the rules' conditions in the order they
 * are evaluated.
 *
 * The expressions are read in order: red first, then amber only where red is false, green
 * where neither is. The summary's formula nests them in IF; the rules get the same order from
 * their priority and stopIfTrue (a rule that matches stops the ones after it), so amber need
 * not repeat NOT(red) and green need not repeat either. That keeps every rule formula within
 * the 255 characters Excel's rules manager can edit, whatever the sheet (see
 * MAX_RULE_FORMULA_LENGTH).
 *
 * Division only where there is a budget: IF(hasBudget, share >= x) evaluates the share only
 * then (IF evaluates the branch it takes), and gives FALSE otherwise.
 */
export interface RagExpressionInput {
  /** The adverse amount: positive for an overspend (or an income shortfall). */
  readonly adverse: string;
  /** The adverse amount as a share of the budget's absolute value; evaluated only where hasBudget. */
  readonly share: string;
  /** True where the line has a budget to measure against. */
  readonly hasBudget: string;
  readonly income: boolean;
  /** Threshold values or cell references. */
  readonly red: string;
  readonly amber: string;
  readonly underspendAmber: string;
  /** True where the adverse amount reaches materiality; null where there is none. */
  readonly material: string | null;
}

/**
 * red: an adverse share at or above the red threshold, or (where set) an adverse amount at or
 * above materiality, with or without a budget. amber, read only where red is false: an adverse
 * share at or above the amber threshold, an underspend share at or above the underspend
 * threshold (expenditure only), or, without a budget, any adverse amount.
 */
export function ragExpressions(x: RagExpressionInput): { red: string; amber: string } {
  const shareRed = `IF(${x.hasBudget},${x.share}>=${x.red})`;
  const red = x.material ? `OR(${x.material},${shareRed})` : shareRed;
  const withBudget = x.income ? `${x.share}>=${x.amber}` : `OR(${x.share}>=${x.amber},-${x.share}>=${x.underspendAmber})`;
  const amber = `IF(${x.hasBudget},${withBudget},${x.adverse}>0)`;
  return { red, amber };
}
