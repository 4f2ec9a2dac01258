/**
 * The budget RAG rule of budget/rag.ts, as spreadsheet expressions: one builder for the
 * colour rules on the user's tables and for the RAG formulas of the Budget Summary, so the
 * two cannot drift apart. The recalculation test checks the summary's formulas against the
 * engine in LibreOffice, and through this builder the rules share their logic.
 */
export interface RagExpressionInput {
  /** The adverse amount: positive for an overspend (or an income shortfall). */
  readonly adverse: string;
  /** The adverse amount as a share of the budget's absolute value; 0 where there is no budget. */
  readonly share: string;
  /** True where the line has no budget to measure against. */
  readonly noBudget: string;
  readonly income: boolean;
  /** Threshold values or cell references. */
  readonly red: string;
  readonly amber: string;
  readonly underspendAmber: string;
  /** True where the adverse amount reaches materiality; null where there is none. */
  readonly material: string | null;
}

export function ragExpressions(x: RagExpressionInput): { red: string; amber: string } {
  const withBudget = (test: string) => `AND(NOT(${x.noBudget}),${test})`;
  const red = [withBudget(`${x.share}>=${x.red}`), ...(x.material ? [x.material] : [])];
  const amber = [withBudget(`${x.share}>=${x.amber}`), `AND(${x.noBudget},${x.adverse}>0)`];
  if (!x.income) amber.push(withBudget(`-${x.share}>=${x.underspendAmber}`));
  return { red: `OR(${red.join(',')})`, amber: `OR(${amber.join(',')})` };
}
