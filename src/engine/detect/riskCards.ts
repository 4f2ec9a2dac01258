/**
 * Risks laid out as cards, one risk to a block with no header row over them, as board assurance
 * frameworks print a page per risk and registers published as web pages give a page per risk.
 * A card opens with the risk's reference and name ("5. Reliance on afforestation ...",
 * "SR1A Failure to publish ...", "Risk Description | 1.1 Failure to recruit ..."), and gives its
 * scores further down in labelled cells, in one of three shapes:
 *
 *  - a label and a value a row, under the slot's name: "Inherent risk" over "Likelihood | 3",
 *    "Impact | 3", "Risk score | 9";
 *  - a small grid: "RISK SCORES | IMPACT | LIKELIHOOD | TOTAL" over "GROSS | 4 | 4 | 16" and
 *    "NET | 4 | 3 | 12";
 *  - a slot's label and its product on one row: "Rationale for current score: (l x c) | ... |
 *    High Risk 4 x 4 = 16".
 *
 * Only where a sheet holds no register with a header row: a register's rows are never cards.
 */
import { SheetGrid, cellValue } from '../grid';
import { RiskSlot } from '../model';
import { looksNumeric } from '../cells/amount';
import { riskMeasureOf, slotOf } from './roles';
import { CARD_REF, CARD_RISK_LABEL, CONSEQUENCE_FIRST_PRODUCT, PRODUCT_IN_TEXT } from './vocabulary';
import type { CellAt, SlotCells } from '../risk/slotScore';

export interface RiskCard {
  /** The row that names the risk. */
  readonly row: number;
  /** Null where the card prints none. */
  readonly ref: string | null;
  readonly title: string;
  readonly slots: Partial<Record<RiskSlot, SlotCells>>;
  /** The last row of its scores. */
  readonly lastRow: number;
}

export interface RawRiskCards {
  readonly cards: RiskCard[];
  readonly top: number;
  readonly bottom: number;
  readonly right: number;
}

type Measure = 'likelihood' | 'consequence' | 'score';

interface ScoreBlock {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly slot: RiskSlot | null;
  readonly cells: SlotCells;
}

interface Filled {
  readonly col: number;
  readonly value: string | number;
}

function filled(sheet: SheetGrid, row: number): Filled[] {
  const out: Filled[] = [];
  (sheet.values[row] ?? []).forEach((v, col) => {
    if (typeof v === 'number') out.push({ col, value: v });
    else if (typeof v === 'string' && v.trim() !== '') out.push({ col, value: v.trim() });
  });
  return out;
}

/** A score label's measure ("Likelihood", "Impact", "Risk score", "Total"); null for anything longer than a label. */
function measureOfLabel(text: string): Measure | null {
  const t = text.replace(/[:*]/g, '').trim();
  if (t.split(/\s+/).length > 3) return null;
  if (/^(total|total score|rating)$/i.test(t)) return 'score';
  const m = riskMeasureOf(t);
  return m === 'likelihood' || m === 'consequence' || m === 'score' ? m : null;
}

function isFigure(v: string | number, max: number): boolean {
  const n = typeof v === 'number' ? v : looksNumeric(v) ? Number(v.replace(/,/g, '')) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= max;
}

const MAX: Record<Measure, number> = { likelihood: 5, consequence: 5, score: 25 };

/** The slot named on a row of its own just above a block ("Inherent risk"), past captions such as "Risk Score". */
function slotAbove(sheet: SheetGrid, row: number): RiskSlot | null {
  for (let r = row - 1; r >= Math.max(0, row - 3); r--) {
    const cells = filled(sheet, r);
    if (cells.length === 0) continue;
    if (cells.length !== 1 || typeof cells[0]!.value !== 'string') return null;
    const slot = slotOf(cells[0]!.value);
    if (slot) return slot;
    if (!measureOfLabel(cells[0]!.value) && !/\bscores?\b/i.test(cells[0]!.value)) return null;
  }
  return null;
}

/** "Likelihood | 3", "Impact | 3", "Risk score | 9" on consecutive rows. */
function labelledBlock(sheet: SheetGrid, row: number): ScoreBlock | null {
  const cells: { likelihood?: CellAt; consequence?: CellAt; score?: CellAt } = {};
  let r = row;
  for (; r < sheet.values.length; r++) {
    const f = filled(sheet, r);
    if (f.length !== 2 || typeof f[0]!.value !== 'string') break;
    const m = measureOfLabel(f[0]!.value);
    if (!m || cells[m] || !isFigure(f[1]!.value, MAX[m])) break;
    cells[m] = { row: r, col: f[1]!.col };
  }
  const found = Object.keys(cells).length;
  // Two of the three at least: a lone "Score | 3" is a note, not a risk's scores.
  if (found < 2) return null;
  return { firstRow: row, lastRow: r - 1, slot: slotAbove(sheet, row), cells };
}

/** "RISK SCORES | IMPACT | LIKELIHOOD | TOTAL" over rows named by slot ("GROSS", "NET"). */
function gridBlocks(sheet: SheetGrid, row: number): ScoreBlock[] {
  const head = filled(sheet, row);
  if (head.length < 3 || head.some((c) => typeof c.value !== 'string')) return [];
  const measures = new Map<number, Measure>();
  for (const c of head.slice(1)) {
    const m = measureOfLabel(c.value as string);
    if (m) measures.set(c.col, m);
  }
  if (new Set(measures.values()).size < 2) return [];
  const out: ScoreBlock[] = [];
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 5); r++) {
    const f = filled(sheet, r);
    const first = f[0];
    const slot = first && typeof first.value === 'string' ? slotOf(first.value) : null;
    if (!slot) break;
    const cells: { likelihood?: CellAt; consequence?: CellAt; score?: CellAt } = {};
    for (const [col, m] of measures) {
      const v = cellValue(sheet, r, col);
      if ((typeof v === 'number' || typeof v === 'string') && isFigure(typeof v === 'string' ? v.trim() : v, MAX[m])) cells[m] = { row: r, col };
    }
    if (Object.keys(cells).length < 2) break;
    out.push({ firstRow: row, lastRow: r, slot, cells });
  }
  return out;
}

/** A score with its pair after it: "20 (4x5)". */
const SCORE_WITH_PAIR = /^\d{1,2}\s*\(\s*\d\s*[x×*]\s*\d\s*\)$/i;

/** "Rationale for current score: (l x c) | ... | High Risk 4 x 4 = 16", "Initial Risk Score | 20 (4x5)": a slot's label and its product. */
function inlineBlock(sheet: SheetGrid, row: number): ScoreBlock | null {
  const f = filled(sheet, row);
  const label = f[0];
  if (!label || typeof label.value !== 'string' || f.length < 2) return null;
  const slot = slotOf(label.value);
  if (!slot || !/\b(score|rating|l ?x ?c|c ?x ?l|i ?x ?l|l ?x ?i)\b/i.test(label.value)) return null;
  const product = f.slice(1).find((c) => typeof c.value === 'string' && (PRODUCT_IN_TEXT.test(c.value) || SCORE_WITH_PAIR.test(c.value)));
  if (!product) return null;
  return { firstRow: row, lastRow: row, slot, cells: { score: { row, col: product.col }, consequenceFirst: CONSEQUENCE_FIRST_PRODUCT.test(label.value) } };
}

/**
 * The risk a card is about: a reference and a name of two words or more, the leftmost on the
 * row; else a risk labelled as such with no reference ("Principal Risk: | That service model
 * changes are not implemented ...").
 */
function identityOn(sheet: SheetGrid, row: number): { ref: string | null; title: string } | null {
  const cells = filled(sheet, row);
  for (const c of cells) {
    if (typeof c.value !== 'string') continue;
    const m = CARD_REF.exec(c.value);
    if (m && m[2]!.trim().split(/\s+/).length >= 2) return { ref: m[1]!.trim(), title: m[2]!.split(/\r?\n/)[0]!.trim() };
  }
  const [label, named] = cells;
  if (label && named && typeof label.value === 'string' && typeof named.value === 'string' && CARD_RISK_LABEL.test(label.value) && named.value.split(/\s+/).length >= 3) {
    return { ref: null, title: named.value.split(/\r?\n/)[0]!.trim() };
  }
  // "RISK I.D | 1 | Executive Lead | …": the reference labelled, the title on a "Risk Title" row
  // a little below.
  if (label && named && typeof label.value === 'string' && CARD_REF_LABEL.test(label.value) && String(named.value).trim().length <= 12) {
    for (let r = row + 1; r < Math.min(sheet.values.length, row + 5); r++) {
      const [l, t] = filled(sheet, r);
      if (l && t && typeof l.value === 'string' && typeof t.value === 'string' && CARD_RISK_LABEL.test(l.value)) return { ref: String(named.value).trim(), title: t.value.split(/\r?\n/)[0]!.trim() };
    }
  }
  return null;
}

/** A card's reference labelled as such: "RISK I.D", "Risk Ref:", "Risk No.". */
const CARD_REF_LABEL = /^(baf )?(risk )?(i\.?d\.?|ref(erence)?|no\.?|number)\s*:?$/i;

/** The first text on a row, found without copying the row. */
function firstText(sheet: SheetGrid, row: number): string | null {
  for (const v of sheet.values[row] ?? []) {
    if (typeof v === 'number') return null;
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return null;
}

/** Words one of the three shapes of score starts its row with: a score's label, a slot's or a grid's caption. */
const SCORE_ROW_CUE = /likelihood|impact|consequence|severity|probability|score|rating|total|risk|gross|net|inherent|initial|current|residual|target/i;

export function readRiskCards(sheet: SheetGrid, taken: (row: number) => boolean): RawRiskCards | null {
  const blocks: ScoreBlock[] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    if (taken(r) || !sheet.values[r]) continue;
    // Most rows of a sheet are no score's: told at their first word, without reading them whole.
    const first = firstText(sheet, r);
    if (first === null || !SCORE_ROW_CUE.test(first)) continue;
    const grid = gridBlocks(sheet, r);
    if (grid.length) {
      blocks.push(...grid);
      r = grid[grid.length - 1]!.lastRow;
      continue;
    }
    const labelled = labelledBlock(sheet, r);
    if (labelled) {
      blocks.push(labelled);
      r = labelled.lastRow;
      continue;
    }
    const inline = inlineBlock(sheet, r);
    if (inline) blocks.push(inline);
  }
  if (blocks.length === 0) return null;

  // Each block belongs to the risk named on the first row after the card before it that names one.
  const cards: Array<{ row: number; ref: string | null; title: string; slots: Partial<Record<RiskSlot, SlotCells>>; lastRow: number }> = [];
  let from = 0;
  let current: (typeof cards)[number] | null = null;
  for (const block of blocks) {
    let identity: { row: number; ref: string | null; title: string } | null = null;
    for (let r = from; r < block.firstRow; r++) {
      if (taken(r)) continue;
      const id = identityOn(sheet, r);
      if (id) {
        identity = { row: r, ...id };
        break;
      }
    }
    if (identity) {
      current = { row: identity.row, ref: identity.ref, title: identity.title, slots: {}, lastRow: block.lastRow };
      cards.push(current);
    }
    if (!current) continue;
    // A block with no slot named is the card's current score; a slot given twice keeps the first.
    const slot = block.slot ?? 'current';
    if (!current.slots[slot]) current.slots[slot] = block.cells;
    current.lastRow = Math.max(current.lastRow, block.lastRow);
    from = block.lastRow + 1;
  }
  if (cards.length === 0) return null;
  const rows = cards.flatMap((c) => [c.row, c.lastRow]);
  let right = 0;
  for (let r = Math.min(...rows); r <= Math.max(...rows); r++) right = Math.max(right, (sheet.values[r]?.length ?? 1) - 1);
  return { cards, top: Math.min(...rows), bottom: Math.max(...rows), right };
}
