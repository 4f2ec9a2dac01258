/**
 * What the last run saw of each risk, kept inside the workbook on a very hidden sheet, so the
 * next run can say what moved. Very hidden: it survives save and reload, travels with the
 * file, and does not clutter the tabs (Excel's Unhide list does not show it either).
 */
import { SheetGrid, WorkbookGrids, cellValue } from '../grid';
import { RiskEntry, RiskRegister, RiskScore } from '../model';
import { GeneratedSheet } from './types';
import { num, text } from './cells';

export const SNAPSHOT_SIGNATURE = 'RAG Board snapshot';
const VERSION = 1;

export interface SnapshotRisk {
  readonly register: string;
  readonly ref: string;
  readonly score: number | null;
  readonly grade: string | null;
  readonly closed: boolean;
}

export interface RiskSnapshot {
  readonly takenAt: string | null;
  readonly risks: ReadonlyArray<SnapshotRisk>;
}

/** The score the board talks about: after mitigation where the register gives it. */
export function headlineScore(risk: RiskEntry): RiskScore | null {
  return risk.scores.residual ?? risk.scores.current ?? risk.scores.inherent ?? risk.scores.target;
}

export function snapshotOf(registers: ReadonlyArray<RiskRegister>, takenAt: string | null): RiskSnapshot {
  const risks: SnapshotRisk[] = [];
  for (const reg of registers) {
    for (const r of reg.risks) {
      if (!r.ref) continue;
      const h = headlineScore(r);
      risks.push({ register: reg.sheet, ref: r.ref, score: h?.score ?? null, grade: h?.grade ?? null, closed: r.closed });
    }
  }
  return { takenAt, risks };
}

export function snapshotSheet(name: string, snapshot: RiskSnapshot): GeneratedSheet {
  const rows = [
    [text(SNAPSHOT_SIGNATURE), num(VERSION), text(snapshot.takenAt ?? '')],
    [text('Register'), text('Ref'), text('Score'), text('Grade'), text('Closed')],
    ...snapshot.risks.map((r) => [text(r.register), text(r.ref), r.score === null ? undefined : num(r.score), r.grade === null ? undefined : text(r.grade), text(r.closed ? 'Y' : 'N')]),
  ];
  return { role: 'snapshot', name, rows, columnWidths: [20, 14, 8, 12, 8], merges: [], freezeRows: 0, rules: [], print: null, visibility: 'veryHidden' };
}

/** The previous run's snapshot, if the workbook carries one we can read. */
export function readSnapshot(workbook: WorkbookGrids): RiskSnapshot | null {
  const sheet = findGenerated(workbook, 'snapshot');
  if (!sheet || cellValue(sheet, 0, 0) !== SNAPSHOT_SIGNATURE || cellValue(sheet, 0, 1) !== VERSION) return null;
  const taken = cellValue(sheet, 0, 2);
  const risks: SnapshotRisk[] = [];
  for (let r = 2; r < sheet.values.length; r++) {
    const register = cellValue(sheet, r, 0);
    const ref = cellValue(sheet, r, 1);
    if (typeof ref !== 'string' || typeof register !== 'string') continue;
    const score = cellValue(sheet, r, 2);
    const grade = cellValue(sheet, r, 3);
    risks.push({ register, ref, score: typeof score === 'number' ? score : null, grade: typeof grade === 'string' ? grade : null, closed: cellValue(sheet, r, 4) === 'Y' });
  }
  return { takenAt: typeof taken === 'string' && taken ? taken : null, risks };
}

export function findGenerated(workbook: WorkbookGrids, role: string): SheetGrid | undefined {
  const entry = [...(workbook.generatedSheets ?? new Map<string, string>())].find(([, r]) => r === role);
  return entry ? workbook.sheets.find((s) => s.name === entry[0]) : undefined;
}

export type Movement = 'New' | 'Deteriorating' | 'Improving' | 'Unchanged' | 'Closed';

export function movementOf(now: number | null, before: SnapshotRisk | undefined, closedNow: boolean): Movement | null {
  if (closedNow) return before && !before.closed ? 'Closed' : null;
  if (!before) return 'New';
  if (now === null || before.score === null) return 'Unchanged';
  return now > before.score ? 'Deteriorating' : now < before.score ? 'Improving' : 'Unchanged';
}

export const MOVEMENT_ARROW: Record<Movement, string> = {
  New: '★ New',
  Deteriorating: '▲ Deteriorating',
  Improving: '▼ Improving',
  Unchanged: '► Unchanged',
  Closed: '■ Closed',
};
