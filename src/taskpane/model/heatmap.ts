/**
 * The heat map of a register for one slot (5x5, or the 4x4 or 3x3 of the workbook's own key):
 * open risks counted by likelihood and consequence, each cell graded by the register's scheme.
 * Laid out as the Risk Summary sheet and the NHS papers draw it: likelihood across (1 to 5),
 * consequence down (5 at the top).
 */
import { gradeAt, matrixSizeOf, scoreOf } from '../../engine/rag/scheme';
import type { RiskRegister, RiskSlot } from '../../engine/model';
import { noHeatMapBecause, placedOnNoMap } from '../../engine/risk/gradeWords';
import { textOn } from './format';

export interface HeatCell {
  readonly likelihood: number;
  readonly consequence: number;
  readonly score: number;
  readonly count: number;
  readonly grade: string | null;
  readonly colour: string;
  readonly textColour: string;
}

export interface HeatMapModel {
  readonly slot: RiskSlot;
  /** The side of the matrix: likelihood and consequence each run 1 to it. */
  readonly size: number;
  /** rows[0] is the highest consequence, the last row consequence 1; within a row, likelihood 1 up. */
  readonly rows: ReadonlyArray<ReadonlyArray<HeatCell>>;
  /** Open risks placed on the map. */
  readonly placed: number;
  /** Open risks with no likelihood or consequence in this slot (a score alone cannot be placed). */
  readonly unplaced: number;
  /** One sentence for the image's accessible name. */
  readonly summary: string;
}

export const SLOT_WORD: Readonly<Record<RiskSlot, string>> = { inherent: 'Inherent', current: 'Current', residual: 'Residual', target: 'Target' };

const NO_BAND = '#E1E1E1';

export function heatMap(register: RiskRegister, slot: RiskSlot): HeatMapModel {
  const open = register.risks.filter((r) => !r.closed);
  const size = matrixSizeOf(register.scheme);
  const counts = new Map<string, number>();
  let placed = 0;
  for (const risk of open) {
    const s = risk.scores[slot];
    const l = s?.likelihood;
    const c = s?.consequence;
    if (!l || !c || l < 1 || l > size || c < 1 || c > size) continue;
    counts.set(`${l}x${c}`, (counts.get(`${l}x${c}`) ?? 0) + 1);
    placed++;
  }
  const rows: HeatCell[][] = [];
  for (let consequence = size; consequence >= 1; consequence--) {
    const row: HeatCell[] = [];
    for (let likelihood = 1; likelihood <= size; likelihood++) {
      const score = scoreOf(register.scheme, likelihood, consequence) ?? likelihood * consequence;
      const band = gradeAt(register.scheme, likelihood, consequence, score);
      const colour = band?.colour ?? NO_BAND;
      row.push({ likelihood, consequence, score, count: counts.get(`${likelihood}x${consequence}`) ?? 0, grade: band?.name ?? null, colour, textColour: textOn(colour) });
    }
    rows.push(row);
  }
  const unplaced = open.length - placed;
  const byGrade = new Map<string, number>();
  for (const row of rows) for (const cell of row) if (cell.count && cell.grade) byGrade.set(cell.grade, (byGrade.get(cell.grade) ?? 0) + cell.count);
  const grades = register.scheme.bands
    .map((b) => [b.name, byGrade.get(b.name) ?? 0] as const)
    .filter(([, n]) => n > 0)
    .reverse()
    .map(([name, n]) => `${n} ${name}`);
  const summary =
    `${SLOT_WORD[slot]} risk heat map, consequence by likelihood: ${placed} open risk${placed === 1 ? '' : 's'} placed` +
    (grades.length ? ` (${grades.join(', ')})` : '') +
    (unplaced ? `; ${unplaced} without likelihood and consequence` : '') +
    '.';
  return { slot, size, rows, placed, unplaced, summary };
}

/** Slots a register can draw a map for: those with both likelihood and consequence for some risk. */
export function mappableSlots(register: RiskRegister): RiskSlot[] {
  // (None where its ratings run beyond the matrix, "Probability 0-10", or are averages with decimals.)
  if (placedOnNoMap(register)) return [];
  return register.slots.filter((slot) => register.risks.some((r) => r.scores[slot]?.likelihood && r.scores[slot]?.consequence));
}

/** Why a register has no heat map, as the pane says it: the Risk Summary's words. */
export function noHeatMapReason(register: RiskRegister): string {
  return noHeatMapBecause(register, matrixSizeOf(register.scheme)) ?? 'No heat map: no risk has both a likelihood and a consequence.';
}
