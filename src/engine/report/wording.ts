/** Words for people, shared by the command line's summary and the task pane. */

/** "1 line", "9 lines", "1 risk", "2 analyses" (with `many` given). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
