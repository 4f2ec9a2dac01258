/**
 * Scores, grades and checks for each risk of a register. A score is L x C wherever both are
 * given; the score typed beside them is checked against it, never trusted over it.
 */
import { SheetGrid, cellNumberFormat, cellValue, CellRange } from '../grid';
import { Check, RiskEntry, RiskRegister, RiskRole, RiskScore, RiskSlot, RISK_SLOTS } from '../model';
import type { RatingWords } from './ratingWords';
import { parseTrend } from '../cells/risk';
import { AddCheck, ScoreContext, SlotCells, compareSlots, scoreSlot } from './slotScore';
import { matrixSizeOf } from '../rag/scheme';
import { CalendarDate, compareDates, formatDate, parseDate } from '../cells/date';
import { RawRiskRegister } from '../detect/riskRegister';
import { cellText } from '../detect/headerCells';
import { CONSEQUENCE_FIRST_PRODUCT, LEADING_REF, INACTIVE_WORDS, THREE_LEVEL_VALUES } from '../detect/vocabulary';

export interface RegisterContext extends ScoreContext {
  readonly title: string | null;
  readonly asAt: CalendarDate | null;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
  readonly date1904: boolean;
  readonly ratingWords?: RatingWords | null;
}

/** The words of a 3x3 matrix's three levels, as a key would give them. */
const THREE_LEVEL_WORDS: RatingWords = { likelihood: THREE_LEVEL_VALUES, consequence: THREE_LEVEL_VALUES, likelihoodAt: null, consequenceAt: null, likelihoodLabels: null, consequenceLabels: null };

export function analyseRegister(sheet: SheetGrid, raw: RawRiskRegister, ctx: RegisterContext): { register: RiskRegister; checks: Check[] } {
  // Two rows to a risk, one set of score columns: the first row's scores are before controls
  // (inherent), the second row's after them (residual), whatever slot the header alone suggested.
  const single = raw.header.slots.length === 1 ? raw.header.slots[0]! : null;
  const paired = single !== null && raw.rows.some((r) => r.secondRow !== undefined);
  const asInherent = (role: RiskRole): RiskRole => (paired && role.startsWith(single!) && SLOT_MEASURE.test(role) ? (`inherent${role.slice(single!.length)}` as RiskRole) : role);
  // Low, Medium and High as a likelihood or consequence are 1, 2 and 3 on a 3x3 matrix, whose
  // key the workbook gives; on a larger one they place nothing, and are not read.
  const onThreeByThree = matrixSizeOf(ctx.scheme) === 3 ? (raw.header.threeLevelColumns ?? []) : [];
  const columns = [...raw.header.columns, ...onThreeByThree].map((c) => ({ ...c, role: asInherent(c.role) }));
  if (onThreeByThree.length > 0 && !ctx.ratingWords?.likelihood && !ctx.ratingWords?.consequence) {
    ctx = { ...ctx, ratingWords: THREE_LEVEL_WORDS, onOwnWord: undefined };
  }
  // A scale the header states beyond the matrix ("Probability 0-10"): the ratings are read on it.
  const scoreContext = { ...ctx, ...(raw.header.statedScale ? { ratingTop: raw.header.statedScale } : {}), ...(raw.header.typedOnlySlots ? { typedOnly: new Set(raw.header.typedOnlySlots) } : {}), ...(raw.averagedRatings ? { averaged: true } : {}), ...(raw.shareScales ? { shares: new Set(raw.shareScales) } : {}) };
  const slots: RiskSlot[] = paired ? ['inherent', 'residual'] : raw.header.slots;
  const areas = raw.header.consequenceAreas && paired ? { ...raw.header.consequenceAreas, slot: 'inherent' as RiskSlot } : raw.header.consequenceAreas;
  const colOf = new Map<RiskRole, number>(columns.map((c) => [c.role, c.col]));
  // Score columns headed "Impact x Likelihood = Total": their "5x4=20" gives the impact first.
  // Or, their headers silent, the key over the register says so across its cells ("Severity |
  // x | Likelihood" over the scales): every "2x1" in the register reads that way.
  const keyOrder = columns.some((c) => c.role.endsWith('Score') && !CONSEQUENCE_FIRST_PRODUCT.test(c.header)) && keySaysConsequenceFirst(sheet, raw.header.headerRows[0]!);
  const consequenceFirst = new Set(columns.filter((c) => c.role.endsWith('Score') && (keyOrder || CONSEQUENCE_FIRST_PRODUCT.test(c.header))).map((c) => c.col));
  const checks: Check[] = [];
  const risks: RiskEntry[] = [];
  const marks = new Map((raw.header.markedScales ?? []).map((m) => [m.col, m.cols]));

  // Numbers at the start of a column left of the names are the risks' references only where
  // each risk has its own: "1. Invoices", "2. Bank Statements", not a category's code repeated
  // down the risks ("3.3 Suppliers and vendors" on ten of them).
  const namedCol = colOf.get('title') ?? colOf.get('description');
  const topicRefs = colOf.has('ref') ? [] : raw.rows.map(({ row }) => leadingRefLeftOf(sheet, row, namedCol)?.ref).filter((x): x is string => x !== undefined);
  const topicsNumberRisks = new Set(topicRefs).size === topicRefs.length;
  // Or numbers at the start of every risk's description beside a title column ("A. Access and
  // car parking | 1. Traffic control", the title a group named on its first risk only): the
  // descriptions are the numbered list, and its numbers the references.
  const descriptionsNumbered = !colOf.has('ref') && colOf.has('title') && numberedOnEveryRow(sheet, raw.rows, colOf.get('description'));

  for (const { row, section, secondRow, scoreRow } of raw.rows) {
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
    const leading = colOf.has('ref') ? null : (leadingRef(fullTitle) ?? (topicsNumberRisks ? leadingRefLeftOf(sheet, row, namedCol) : null) ?? (descriptionsNumbered ? numberOf(text('description')) : null));
    // "1." in a numbered list is reference 1; "001" over "(F)" in one cell is reference 001, in category F.
    const refCell = text('ref')?.split(/\r?\n/)[0]!.trim().replace(/^(\d{1,3})[.)]$/, '$1');
    // "H1 — Incorrect data" under "Hazard": the reference and the risk's name in one cell.
    const named = refCell !== undefined ? REF_AND_NAME.exec(refCell) : null;
    const ref = (named ? named[1]! : refCell) ?? leading?.ref ?? null;
    const title = leading?.title || fullTitle || (named ? named[2]!.trim() : null);
    const where = ref ?? title ?? `row ${row + 1}`;
    const add: AddCheck = (at, code, severity, message) => checks.push({ sheet: sheet.name, row: at.row, col: at.col, where, code, severity, message });

    // "Risk Not Active" where a score would be: the risk is closed, and the words are no error.
    const scoreCells = [...colOf].filter(([role]) => /(Likelihood|Consequence|Score)$/.test(role)).map(([, col]) => cellText(sheet, row, col));
    const statedInactive = scoreCells.some((t) => INACTIVE_WORDS.test(t));
    const addUnlessInactive: AddCheck = (at, code, severity, message) => {
      if (statedInactive && code === 'not_a_number' && INACTIVE_WORDS.test(cellText(sheet, at.row, at.col))) return;
      add(at, code, severity, message);
    };
    const cellsOf = (slot: RiskSlot): SlotCells => {
      // The residual of a risk given two rows: the first row's columns, on its second row.
      const [onRow, as] = paired && slot === 'residual' ? [secondRow, 'inherent' as RiskSlot] : [scoreRow ?? row, slot];
      if (onRow === undefined) return {};
      const cells = slotCellsOnRow(onRow, as, colOf, consequenceFirst, marks);
      const withAreas = areas?.slot === as ? { ...cells, consequenceAreas: areas.cols.map((col) => ({ row: onRow, col })) } : cells;
      const withFactor = raw.scoreFactor?.slot === as ? { ...withAreas, factor: { row: onRow, col: raw.scoreFactor.col } } : withAreas;
      return raw.header.scoreAreas?.slot === as ? { ...withFactor, scoreAreas: raw.header.scoreAreas.cols.map((col) => ({ row: onRow, col })) } : withFactor;
    };
    const scores = {} as Record<RiskSlot, RiskScore | null>;
    for (const slot of RISK_SLOTS) {
      scores[slot] = slots.includes(slot) ? scoreSlot(sheet, slot, cellsOf(slot), scoreContext, addUnlessInactive) : null;
    }

    const reviewCol = colOf.get('reviewDate');
    const reviewDate = reviewCol === undefined ? null : parseDate(cellValue(sheet, row, reviewCol), cellNumberFormat(sheet, row, reviewCol), { monthEnd: true, date1904: ctx.date1904 });
    const trendCol = colOf.get('trend');
    const trend = trendCol === undefined ? null : parseTrend(cellValue(sheet, row, trendCol));
    const status = text('status');
    const closed = statedInactive || trend === 'Closed' || (status !== null && /\bclosed?\b/i.test(status));

    compareSlots(scores, cellsOf, add);
    if (!closed && reviewDate && ctx.asAt && compareDates(reviewDate, ctx.asAt) < 0 && reviewCol !== undefined) {
      add({ row, col: reviewCol }, 'review_overdue', 'warning', `Review was due by ${formatDate(reviewDate)}, before the report date ${formatDate(ctx.asAt)}`);
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
      ...(paired && secondRow !== undefined ? { secondRow } : {}),
      ...(scoreRow !== undefined ? { scoreRow } : {}),
    });
  }

  const cols = [...columns.map((c) => c.col), ...(areas?.cols ?? []), ...(raw.header.markedScales ?? []).flatMap((m) => m.cols), ...(raw.header.scoreAreas?.cols ?? [])];
  const range: CellRange = { top: raw.header.headerRows[0]!, left: Math.min(...cols), bottom: raw.lastRow, right: raw.lastCol };
  return {
    register: {
      kind: 'risk',
      sheet: sheet.name,
      range,
      headerRows: raw.header.headerRows,
      title: ctx.title,
      scheme: ctx.scheme,
      columns,
      slots,
      ...(areas ? { consequenceAreas: areas } : {}),
      ...(raw.header.markedScales ? { markedScales: raw.header.markedScales } : {}),
      ...(raw.header.scoreAreas ? { scoreAreas: raw.header.scoreAreas } : {}),
      ...(raw.header.statedScale ? { ratingScale: raw.header.statedScale } : {}),
      ...(raw.averagedRatings ? { averagedRatings: true } : {}),
      ...(raw.shareScales ? { shareScales: raw.shareScales } : {}),
      ...(raw.scoreFactor ? { scoreFactor: raw.scoreFactor } : {}),
      ...(raw.header.typedOnlySlots ? { typedOnlySlots: raw.header.typedOnlySlots } : {}),
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

/**
 * A reference and a name after it, set apart by a dash or colon: "H1 — Incorrect data", "CR-12:
 * Cyber attack". A name has words: "79 – 84" is one reference, a range of paragraphs.
 */
const REF_AND_NAME = /^([A-Za-z]{0,6}\s?-?\d{1,4}(?:\.\d{1,2})?[a-z]?)\s*[–—:-]\s+(?=.*\p{L})(\S.*)$/u;

/** A role that is a slot's likelihood, consequence, score or grade. */
const SLOT_MEASURE = /(Likelihood|Consequence|Score|Grade)$/;

function leadingRef(title: string | null): { ref: string; title: string } | null {
  if (!title) return null;
  // (Or a hazard's code, letters run into a number, set apart by a spaced dash: "H1 — Incorrect data".)
  const m = LEADING_REF.exec(title) ?? /^([A-Za-z]{1,4}\d{1,4}[a-z]?)\s+[–—:-]\s+(\S.*)$/.exec(title);
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

/** Whether a column holds a number at the start of every risk's cell ("1. Traffic control"), two risks or more. */
function numberedOnEveryRow(sheet: SheetGrid, rows: ReadonlyArray<{ row: number }>, col: number | undefined): boolean {
  return col !== undefined && rows.length >= 2 && rows.every(({ row }) => leadingRef(cellText(sheet, row, col)) !== null);
}

/** The number at the start of a cell as a reference, the risk keeping the name it has. */
function numberOf(text: string | null): { ref: string; title: string } | null {
  const found = leadingRef(text);
  return found ? { ref: found.ref, title: '' } : null;
}

function shortTitle(description: string | null): string | null {
  if (!description) return null;
  const firstLine = description.split(/\r?\n/)[0]!.trim();
  if (firstLine.length <= 120) return firstLine;
  const cut = firstLine.slice(0, 117);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 117)}...`;
}

/** A slot's cells on a register's row: its columns' cells. */
function slotCellsOnRow(row: number, slot: RiskSlot, colOf: ReadonlyMap<RiskRole, number>, consequenceFirst: ReadonlySet<number>, marks: ReadonlyMap<number, ReadonlyArray<number>>): SlotCells {
  const at = (role: RiskRole) => {
    const col = colOf.get(role);
    return col === undefined || (marks.size > 0 && marks.has(col)) ? undefined : { row, col };
  };
  // A rating marked with an X under its scale's levels: the cells of the scale, lowest first.
  const marked = (role: RiskRole) => {
    if (marks.size === 0) return {};
    const cols = marks.get(colOf.get(role) ?? -1);
    return cols ? { [role.endsWith('Likelihood') ? 'likelihoodMarks' : 'consequenceMarks']: cols.map((col) => ({ row, col })) } : {};
  };
  const score = at(`${slot}Score`);
  return { likelihood: at(`${slot}Likelihood`), consequence: at(`${slot}Consequence`), score, grade: at(`${slot}Grade`), consequenceFirst: score !== undefined && consequenceFirst.has(score.col), ...marked(`${slot}Likelihood`), ...marked(`${slot}Consequence`) };
}

/** Whether a row over the register, its cells read together, names the product consequence first ("Severity x Likelihood"). */
function keySaysConsequenceFirst(sheet: SheetGrid, headerRow: number): boolean {
  for (let r = Math.max(0, headerRow - 10); r < headerRow; r++) {
    const texts = (sheet.values[r] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
    if (texts.length >= 3 && CONSEQUENCE_FIRST_PRODUCT.test(texts.join(' '))) return true;
  }
  return false;
}
