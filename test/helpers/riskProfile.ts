/**
 * The Risk Summary's profile table (Risk Category | Range | Risks | +/-), wherever on the sheet
 * it stands: a row for each band, its four cells.
 */
export function profileTable(values: ReadonlyArray<ReadonlyArray<unknown> | undefined>, bands: number): unknown[][] {
  const top = values.findIndex((r) => r?.includes('Risk Category'));
  if (top < 0) throw new Error('the Risk Summary has no profile table');
  const left = values[top]!.indexOf('Risk Category');
  return values.slice(top + 1, top + 1 + bands).map((r) => (r ?? []).slice(left, left + 4));
}
