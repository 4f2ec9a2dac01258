/**
 * Scores, grades and checks for each risk of a register. A score is L x C wherever both are
 * given; the score typed beside them is checked against it, never trusted over it.
 */
import { SheetGrid, a1, cellFormula, cellNumberFormat, cellValue, CellRange } from '../grid';
import { Check, RiskEntry, RiskRegister, RiskRole, RiskScore, RiskSlot, RISK_SLOTS } from '../model';
import { MatrixSize, RagScheme, gradeFor, matrixSizeOf } from '../rag/scheme';
import type { RatingWords } from './ratingWords';
import { parseConsequence, parseLikelihood, parseScore, parseTrend, ParsedRating } from '../cells/risk';
import { CalendarDate, compareDates, formatDate, parseDate } from '../cells/date';
import { RawRiskRegister } from '../detect/riskRegister';
import { cellText } from '../detect/headerCells';
import { CONSEQUENCE_FIRST_PRODUCT, LEADING_REF, INACTIVE_WORDS } from '../detect/vocabulary';

export interface RegisterContext {
  readonly title: string | null;
  readonly scheme: RagScheme;
  readonly asAt: CalendarDate | null;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
  readonly date1904: boolean;
  /** The workbook's own words for ratings, where its key states them. */
  readonly ratingWords?: RatingWords | null;
  /** Told of each rating word read by the workbook's own key to a value the NPSA words would not give. */
  readonly onOwnWord?: (scale: 'likelihood' | 'consequence', word: string, value: number, npsaValue: number | null) => void;
}

const SLOT_NAME: Record<RiskSlot, string> = { inherent: 'inherent', current: 'current', residual: 'residual', target: 'target' };

export function analyseRegister(sheet: SheetGrid, raw: RawRiskRegister, ctx: RegisterContext): { register: RiskRegister; checks: Check[] } {
  const colOf = new Map<RiskRole, number>(raw.header.columns.map((c) => [c.role, c.col]));
  // Score columns headed "Impact x Likelihood = Total": their "5x4=20" gives the impact first.
  const consequenceFirst = new Set(raw.header.columns.filter((c) => c.role.endsWith('Score') && CONSEQUENCE_FIRST_PRODUCT.test(c.header)).map((c) => c.col));
  const checks: Check[] = [];
  const risks: RiskEntry[] = [];

  for (const { row, section } of raw.rows) {
    const text = (role: RiskRole) => {
      const col = colOf.get(role);
      if (col === undefined) return null;
      const t = cellText(sheet, row, col);
      if (t) return t;
      const v = cellValue(sheet, row, col);
      return typeof v === 'number' ? String(v) : null;
    };
    const fullTitle = text('title') ?? shortTitle(text('description'));
    // With no reference column, a reference written at the start of the title ("1 - Primary
    // care ...", "BAF 3: ...") is the reference.
    // Or, failing that, at the start of a topic written left of the title ("1.   Invoices").
    const leading = colOf.has('ref') ? null : (leadingRef(fullTitle) ?? leadingRefLeftOf(sheet, row, colOf.get('title') ?? colOf.get('description')));
    // "1." in a numbered list is reference 1.
    const ref = text('ref')?.replace(/^(\d{1,3})[.)]$/, '$1') ?? leading?.ref ?? null;
    const title = leading?.title || fullTitle;
    const where = ref ?? title ?? `row ${row + 1}`;
    const add = (col: number, code: Check['code'], severity: Check['severity'], message: string) =>
      checks.push({ sheet: sheet.name, row, col, where, code, severity, message });

    // "Risk Not Active" where a score would be: the risk is closed, and the words are no error.
    const scoreCells = [...colOf].filter(([role]) => /(Likelihood|Consequence|Score)$/.test(role)).map(([, col]) => cellText(sheet, row, col));
    const statedInactive = scoreCells.some((t) => INACTIVE_WORDS.test(t));
    const addUnlessInactive: AddCheck = (col, code, severity, message) => {
      if (statedInactive && code === 'not_a_number' && INACTIVE_WORDS.test(cellText(sheet, row, col))) return;
      add(col, code, severity, message);
    };
    const scores = {} as Record<RiskSlot, RiskScore | null>;
    for (const slot of RISK_SLOTS) {
      scores[slot] = raw.header.slots.includes(slot) ? scoreSlot(sheet, row, slot, colOf, consequenceFirst, ctx, addUnlessInactive) : null;
    }

    const reviewCol = colOf.get('reviewDate');
    const reviewDate = reviewCol === undefined ? null : parseDate(cellValue(sheet, row, reviewCol), cellNumberFormat(sheet, row, reviewCol), { monthEnd: true, date1904: ctx.date1904 });
    const trendCol = colOf.get('trend');
    const trend = trendCol === undefined ? null : parseTrend(cellValue(sheet, row, trendCol));
    const status = text('status');
    const closed = statedInactive || trend === 'Closed' || (status !== null && /\bclosed?\b/i.test(status));

    compareSlots(scores, colOf, add);
    if (!closed && reviewDate && ctx.asAt && compareDates(reviewDate, ctx.asAt) < 0 && reviewCol !== undefined) {
      add(reviewCol, 'review_overdue', 'warning', `Review was due by ${formatDate(reviewDate)}, before the report date ${formatDate(ctx.asAt)}`);
    }
    risks.push({
      row,
      ref,
      title,
      section,
      owner: text('owner'),
      reviewDate,
      trend,
      closed,
      hidden: ctx.hiddenRows.has(row),
      scores,
    });
  }

  const cols = raw.header.columns.map((c) => c.col);
  const range: CellRange = { top: raw.header.headerRows[0]!, left: Math.min(...cols), bottom: raw.lastRow, right: raw.lastCol };
  return {
    register: {
      kind: 'risk',
      sheet: sheet.name,
      range,
      headerRows: raw.header.headerRows,
      title: ctx.title,
      scheme: ctx.scheme,
      columns: raw.header.columns,
      slots: raw.header.slots,
      asAt: ctx.asAt,
      hiddenColumns: cols.filter((c) => ctx.hiddenColumns.has(c)),
      risks,
      ...(ctx.ratingWords?.likelihoodLabels || ctx.ratingWords?.consequenceLabels
        ? { scaleLabels: { likelihood: ctx.ratingWords.likelihoodLabels, consequence: ctx.ratingWords.consequenceLabels } }
        : {}),
    },
    checks,
  };
}

function leadingRef(title: string | null): { ref: string; title: string } | null {
  if (!title) return null;
  const m = LEADING_REF.exec(title);
  return m ? { ref: m[1]!.trim(), title: m[2]!.trim() } : null;
}

/** A numbered topic in a column left of the risk's name: "1.     Invoices" gives the reference "1". */
function leadingRefLeftOf(sheet: SheetGrid, row: number, titleCol: number | undefined): { ref: string; title: string } | null {
  if (titleCol === undefined) return null;
  for (let c = 0; c < titleCol; c++) {
    const found = leadingRef(cellText(sheet, row, c));
    if (found) return { ref: found.ref, title: '' };
  }
  return null;
}

function shortTitle(description: string | null): string | null {
  if (!description) return null;
  const firstLine = description.split(/\r?\n/)[0]!.trim();
  if (firstLine.length <= 120) return firstLine;
  const cut = firstLine.slice(0, 117);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 117)}...`;
}


type AddCheck = (col: number, code: Check['code'], severity: Check['severity'], message: string) => void;

function ratingValue(p: ParsedRating, what: string, col: number, add: AddCheck, cellRef: string, size: MatrixSize): number | null {
  switch (p.kind) {
    case 'blank':
      return null;
    case 'error':
      add(col, 'error_value', 'error', `${what} shows the error ${p.error}; correct the formula in ${cellRef}`);
      return null;
    case 'invalid':
      add(col, 'not_a_number', 'error', `${what} "${p.text}" is not a number from 1 to ${size} or a word from the matrix`);
      return null;
    case 'value':
      if (!Number.isInteger(p.value) || p.value < 1 || p.value > size) {
        add(col, 'out_of_range', 'error', `${what} is ${p.value}; it must be a whole number from 1 to ${size}${size === 5 ? '' : ` (the key is of a ${size}x${size} matrix)`}`);
        return null;
      }
      return p.value;
  }
}

function scoreSlot(sheet: SheetGrid, row: number, slot: RiskSlot, colOf: Map<RiskRole, number>, consequenceFirst: ReadonlySet<number>, ctx: RegisterContext, add: AddCheck): RiskScore | null {
  const scheme = ctx.scheme;
  const size = matrixSizeOf(scheme);
  const lCol = colOf.get(`${slot}Likelihood`);
  const cCol = colOf.get(`${slot}Consequence`);
  const sCol = colOf.get(`${slot}Score`);
  const name = SLOT_NAME[slot];
  const rating = (scale: 'likelihood' | 'consequence', col: number) => {
    const cell = cellValue(sheet, row, col);
    const parse = scale === 'likelihood' ? parseLikelihood : parseConsequence;
    const parsed = parse(cell, ctx.ratingWords?.[scale] ?? undefined);
    if (typeof cell === 'string' && parsed.kind === 'value' && ctx.onOwnWord) {
      const npsa = parse(cell);
      if (npsa.kind !== 'value' || npsa.value !== parsed.value) ctx.onOwnWord(scale, cell.trim(), parsed.value, npsa.kind === 'value' ? npsa.value : null);
    }
    return ratingValue(parsed, `The ${name} ${scale}`, col, add, a1(row, col), size);
  };
  let likelihood = lCol === undefined ? null : rating('likelihood', lCol);
  let consequence = cCol === undefined ? null : rating('consequence', cCol);
  let typedScore: number | null = null;
  if (sCol !== undefined) {
    const p = parseScore(cellValue(sheet, row, sCol), consequenceFirst.has(sCol) ? 'consequence-first' : 'likelihood-first');
    if (p.kind === 'error') add(sCol, 'error_value', 'error', `The ${name} score shows the error ${p.error}; correct the formula in ${a1(row, sCol)}`);
    else if (p.kind === 'invalid') add(sCol, 'not_a_number', 'error', `The ${name} score "${p.text}" is not a score`);
    else if (p.kind === 'score') {
      typedScore = p.score;
      // "16 (4x4)": the text carries its own L and C.
      if (p.likelihood !== null && p.consequence !== null) {
        if (likelihood === null && lCol === undefined) likelihood = inRange(p.likelihood, `The ${name} likelihood in "${cellText(sheet, row, sCol)}"`, sCol, add, size);
        if (consequence === null && cCol === undefined) consequence = inRange(p.consequence, `The ${name} consequence in "${cellText(sheet, row, sCol)}"`, sCol, add, size);
      }
      if (typedScore !== null && (!Number.isInteger(typedScore) || typedScore < 1 || typedScore > size * size)) {
        add(sCol, 'out_of_range', 'error', `The ${name} score is ${typedScore}; a ${size}x${size} matrix gives scores from 1 to ${size * size}`);
        typedScore = null;
      }
    }
  }
  if (likelihood === null && consequence === null && typedScore === null) {
    // A register graded in words alone: the grade as the register writes it, in the scheme's
    // spelling where the scheme has that band.
    const gCol = colOf.get(`${slot}Grade`);
    const word = gCol === undefined ? '' : cellText(sheet, row, gCol);
    if (!word) return null;
    const band = scheme.bands.find((b) => b.name.toLowerCase() === word.toLowerCase());
    return { likelihood: null, consequence: null, score: null, typedScore: null, grade: band?.name ?? word, colour: band?.colour ?? null };
  }
  const computed = likelihood !== null && consequence !== null ? likelihood * consequence : null;
  if (computed !== null && typedScore !== null && computed !== typedScore && sCol !== undefined) {
    const formula = cellFormula(sheet, row, sCol);
    add(sCol, 'score_mismatch', 'error', `The ${name} score is ${formula ? 'calculated' : 'typed'} as ${typedScore} but ${likelihood} x ${consequence} = ${computed}; the register shows the wrong grade if left`);
  }
  const score = computed ?? typedScore;
  const band = gradeFor(scheme, score);
  return { likelihood, consequence, score, typedScore, grade: band?.name ?? null, colour: band?.colour ?? null };
}

function inRange(v: number, what: string, col: number, add: AddCheck, size: MatrixSize): number | null {
  if (v < 1 || v > size) {
    add(col, 'out_of_range', 'error', `${what} is ${v}; it must be from 1 to ${size}`);
    return null;
  }
  return v;
}

function scoreCell(slot: RiskSlot, colOf: Map<RiskRole, number>): number | undefined {
  return colOf.get(`${slot}Score`) ?? colOf.get(`${slot}Likelihood`) ?? colOf.get(`${slot}Consequence`);
}

/** Mitigation should lower a risk: inherent >= current >= residual >= target. */
function compareSlots(scores: Record<RiskSlot, RiskScore | null>, colOf: Map<RiskRole, number>, add: AddCheck): void {
  const s = (slot: RiskSlot) => scores[slot]?.score ?? null;
  const rule = (later: RiskSlot, earlier: RiskSlot, code: Check['code'], say: string) => {
    const a = s(later);
    const b = s(earlier);
    const col = scoreCell(later, colOf);
    if (a !== null && b !== null && a > b && col !== undefined) {
      add(col, code, 'warning', `${say}: ${SLOT_NAME[later]} ${a} is above ${SLOT_NAME[earlier]} ${b}; mitigation should not raise a risk, so check the scores and check which columns hold the scores`);
    }
  };
  rule('residual', 'current', 'residual_above_current', 'Residual score above current');
  if (s('current') === null) rule('residual', 'inherent', 'residual_above_inherent', 'Residual score above inherent');
  else rule('current', 'inherent', 'current_above_inherent', 'Current score above inherent');
  rule('target', 'residual', 'target_above_residual', 'Target score above residual');
}
