/**
 * The shape of rag-board/report@1 as design.md fixes it, checked field by field so that a
 * failure says which table, row or check broke the contract and how.
 */

export const DESIGN_CHECK_CODES = [
  'score_mismatch',
  'residual_above_current',
  'residual_above_inherent',
  'target_above_residual',
  'out_of_range',
  'not_a_number',
  'error_value',
  'subtotal_mismatch',
  'total_mismatch',
  'reported_variance_mismatch',
  'rounding_only',
  'review_overdue',
] as const;

/** Codes added since design.md was written (allowed: "Add codes as needed"). */
export const ADDED_CHECK_CODES = ['current_above_inherent', 'sign_convention', 'grade_mismatch'] as const;

export const KNOWN_CHECK_CODES: ReadonlySet<string> = new Set<string>([...DESIGN_CHECK_CODES, ...ADDED_CHECK_CODES]);

const A1_CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const A1_RANGE = /^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/;
const AMOUNT_FIELDS = ['ytdBudget', 'ytdActual', 'ytdVariance', 'annualBudget', 'forecastOutturn', 'forecastVariance'] as const;
const PCT_FIELDS = ['ytdVariancePct', 'forecastVariancePct'] as const;
const SLOTS = ['inherent', 'current', 'residual', 'target'] as const;

function isNumberOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isFinite(v));
}

function isStringOrNull(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

/** 1-based row of an A1 cell ("O6" -> 6). */
export function rowOfCell(cell: string): number {
  return Number(/\d+$/.exec(cell)![0]);
}

export function columnOfCell(cell: string): string {
  return /^[A-Z]+/.exec(cell)![0];
}

/** First and last 1-based rows of an A1 range. */
export function rowsOfRange(range: string): [number, number] {
  const [a, b] = range.split(':') as [string, string];
  return [rowOfCell(a), rowOfCell(b)];
}

/**
 * Returns every way the report breaks the contract, as sentences ("tables[0].rows[3].kind is
 * 'foo'"). An empty list means the report keeps it.
 */
export function reportProblems(report: any): string[] {
  const p: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) p.push(what);
  };
  need(report !== null && typeof report === 'object', 'report is not an object');
  if (p.length) return p;
  need(report.schema === 'rag-board/report@1', `schema is ${JSON.stringify(report.schema)}`);
  need(typeof report.source === 'string' && report.source.length > 0, 'source is not a non-empty string');
  need(Array.isArray(report.generatedSheets) && report.generatedSheets.every((s: unknown) => typeof s === 'string'), 'generatedSheets is not an array of strings');
  need(Array.isArray(report.tables), 'tables is not an array');
  need(Array.isArray(report.checks), 'checks is not an array');

  (report.tables ?? []).forEach((t: any, ti: number) => {
    const at = `tables[${ti}] (${t?.sheet}!${t?.range})`;
    need(typeof t.sheet === 'string' && t.sheet.length > 0, `${at}.sheet is not a sheet name`);
    need(t.kind === 'budget' || t.kind === 'risk', `${at}.kind is ${JSON.stringify(t.kind)}`);
    need(typeof t.range === 'string' && A1_RANGE.test(t.range), `${at}.range ${JSON.stringify(t.range)} is not an A1 range like "A3:G13"`);
    const [top, bottom] = typeof t.range === 'string' && A1_RANGE.test(t.range) ? rowsOfRange(t.range) : [0, Infinity];
    need(top <= bottom, `${at}.range runs upwards`);
    need(isStringOrNull(t.title), `${at}.title is neither text nor null`);
    if (t.kind === 'budget') {
      need(isStringOrNull(t.units), `${at}.units is neither text nor null`);
      need(Array.isArray(t.rows), `${at}.rows is not an array`);
      (t.rows ?? []).forEach((r: any, ri: number) => {
        const rat = `${at}.rows[${ri}] (row ${r?.row}, ${JSON.stringify(r?.label)})`;
        need(Number.isInteger(r.row) && r.row >= 1, `${rat}.row is not a 1-based row`);
        need(r.row > top && r.row <= bottom, `${rat}.row is outside the table's range (below its header, within ${t.range})`);
        need(isStringOrNull(r.label), `${rat}.label is neither text nor null`);
        need(isStringOrNull(r.section), `${rat}.section is neither text nor null`);
        need(['line', 'subtotal', 'total', 'section'].includes(r.kind), `${rat}.kind is ${JSON.stringify(r.kind)}`);
        for (const f of [...AMOUNT_FIELDS, ...PCT_FIELDS]) {
          need(f in r, `${rat}.${f} is absent (absent values are null, not missing)`);
          need(isNumberOrNull(r[f]), `${rat}.${f} is ${JSON.stringify(r[f])}, not a number or null`);
        }
        for (const f of PCT_FIELDS) {
          // A fraction: 0.05 = 5%. A percentage written as 5 would show up as |x| >= 1 on ordinary lines.
          if (typeof r[f] === 'number') {
            const base = f === 'ytdVariancePct' ? r.ytdBudget : r.annualBudget;
            const variance = f === 'ytdVariancePct' ? r.ytdVariance : r.forecastVariance;
            if (typeof base === 'number' && typeof variance === 'number' && base !== 0) {
              need(Math.abs(r[f] - variance / Math.abs(base)) < 1e-9, `${rat}.${f} is ${r[f]}, not variance / |base| = ${variance / Math.abs(base)}`);
            }
          }
        }
        for (const f of PCT_FIELDS) {
          const base = f === 'ytdVariancePct' ? r.ytdBudget : r.annualBudget;
          if (base === 0 || base === null) need(r[f] === null, `${rat}.${f} is ${r[f]} though its base is ${base} (should be null)`);
        }
        need(r.reported !== null && typeof r.reported === 'object', `${rat}.reported is not an object`);
        if (r.reported) {
          need('ytdVariance' in r.reported && isNumberOrNull(r.reported.ytdVariance), `${rat}.reported.ytdVariance is not a number or null`);
          need('forecastVariance' in r.reported && isNumberOrNull(r.reported.forecastVariance), `${rat}.reported.forecastVariance is not a number or null`);
        }
        need(r.rag === null || ['R', 'A', 'G'].includes(r.rag), `${rat}.rag is ${JSON.stringify(r.rag)}`);
        if (r.kind === 'section') need(r.rag === null, `${rat} is a section row but has rag ${JSON.stringify(r.rag)}`);
        if (typeof r.ytdBudget === 'number' && typeof r.ytdActual === 'number' && typeof r.ytdVariance === 'number')
          need(Math.abs(r.ytdVariance - (r.ytdActual - r.ytdBudget)) < 1e-6, `${rat}.ytdVariance ${r.ytdVariance} is not ytdActual - ytdBudget (${r.ytdActual - r.ytdBudget})`);
        if (typeof r.annualBudget === 'number' && typeof r.forecastOutturn === 'number' && typeof r.forecastVariance === 'number')
          need(
            Math.abs(r.forecastVariance - (r.forecastOutturn - r.annualBudget)) < 1e-6,
            `${rat}.forecastVariance ${r.forecastVariance} is not forecastOutturn - annualBudget (${r.forecastOutturn - r.annualBudget})`,
          );
      });
      const rows = (t.rows ?? []).map((r: any) => r.row);
      need(rows.every((r: number, i: number) => i === 0 || r > rows[i - 1]), `${at}.rows are not in sheet order`);
    } else if (t.kind === 'risk') {
      need(typeof t.scheme === 'string' && t.scheme.length > 0, `${at}.scheme is not a scheme name`);
      need(Array.isArray(t.risks), `${at}.risks is not an array`);
      (t.risks ?? []).forEach((r: any, ri: number) => {
        const rat = `${at}.risks[${ri}] (row ${r?.row}, ${JSON.stringify(r?.ref)})`;
        need(Number.isInteger(r.row) && r.row > top && r.row <= bottom, `${rat}.row is not a 1-based row inside ${t.range}`);
        need(isStringOrNull(r.ref), `${rat}.ref is neither text nor null`);
        need(isStringOrNull(r.title), `${rat}.title is neither text nor null`);
        for (const s of SLOTS) {
          need(s in r, `${rat}.${s} is absent (should be null where the sheet has no such slot)`);
          const v = r[s];
          if (v === null || v === undefined) continue;
          for (const f of ['likelihood', 'consequence', 'score'])
            need(v[f] === null || (Number.isInteger(v[f]) && v[f] >= 1), `${rat}.${s}.${f} is ${JSON.stringify(v[f])}`);
          need(isStringOrNull(v.grade), `${rat}.${s}.grade is neither text nor null`);
          if (typeof v.likelihood === 'number' && typeof v.consequence === 'number' && typeof v.score === 'number')
            need(v.score === v.likelihood * v.consequence, `${rat}.${s}.score ${v.score} is not ${v.likelihood} x ${v.consequence}`);
          if (typeof v.score === 'number') need(typeof v.grade === 'string', `${rat}.${s} has score ${v.score} but no grade`);
        }
      });
    }
  });

  (report.checks ?? []).forEach((c: any, ci: number) => {
    const at = `checks[${ci}] (${c?.code} at ${c?.sheet}!${c?.cell})`;
    need(typeof c.sheet === 'string' && c.sheet.length > 0, `${at}.sheet is not a sheet name`);
    need(typeof c.cell === 'string' && A1_CELL.test(c.cell), `${at}.cell ${JSON.stringify(c.cell)} is not an A1 address`);
    need(typeof c.where === 'string' && c.where.length > 0, `${at}.where is empty`);
    need(KNOWN_CHECK_CODES.has(c.code), `${at}.code ${JSON.stringify(c.code)} is not one of design.md's codes`);
    need(['error', 'warning', 'info'].includes(c.severity), `${at}.severity is ${JSON.stringify(c.severity)}`);
    need(typeof c.message === 'string' && c.message.length > 0 && !c.message.includes('\n'), `${at}.message is not one line of text`);
  });
  return p;
}
