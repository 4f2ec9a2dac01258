/** Words for people, shared by the command line's summary and the task pane. */

/** "1 line", "1,918 lines", "2 analyses" (with `many` given): the count with thousands separators, and the word to go with it. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
