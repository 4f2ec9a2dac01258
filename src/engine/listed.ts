/**
 * A list for a message a person reads: the first few items, then how many more. A check on a
 * total of 100,000 lines can name 200 rows; a line of 200 row numbers helps no one.
 */
export function firstFew(items: ReadonlyArray<string | number>, shown = 10): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')} and ${(items.length - shown).toLocaleString('en-GB')} more`;
}
