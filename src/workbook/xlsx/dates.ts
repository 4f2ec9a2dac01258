/**
 * ISO 8601 date-times (cells with t="d") to Excel serial numbers, as the grid keeps
 * all dates. Local wall-clock time is kept as written; an offset suffix is ignored,
 * because Excel's date cells have no time zone.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MARCH_1_1900 = 61;

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const TIME_ONLY = /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Serial number of an ISO date or date-time; undefined when the text is not one. */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = DATE_TIME.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    const utc = Date.UTC(y, mo - 1, d);
    if (new Date(utc).getUTCDate() !== d) return undefined;
    let days = (utc - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
    // Excel's 1900 system counts a 29 February 1900 that never was: dates before
    // 1 March 1900 are one lower than the calendar says.
    if (!date1904 && days < MARCH_1_1900) days -= 1;
    return days + timeFraction(m[4], m[5], m[6], m[7]);
  }
  const t = TIME_ONLY.exec(text);
  if (t) return timeFraction(t[1], t[2], t[3], t[4]);
  return undefined;
}

function timeFraction(h?: string, min?: string, s?: string, frac?: string): number {
  if (h === undefined) return 0;
  const seconds = Number(h) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0) + (frac ? Number(frac) : 0);
  return seconds / 86400;
}
