/**
 * What the last run saw of each risk, kept inside the workbook on a very hidden sheet, so the
 * next run can say what moved. Very hidden: it survives save and reload, travels with the
 * file, and does not clutter the tabs (Excel's Unhide list does not show it either).
 */
import { SheetGrid, WorkbookGrids, cellValue } from '../grid';
import { RiskEntry, RiskRegister, RiskScore } from '../model';
import { GeneratedSheet } from './types';
import { gradeWordLevel } from '../risk/gradeWords';
import { num, text } from './cells';

export const SNAPSHOT_SIGNATURE = 'RAG Board snapshot';
const VERSION = 2;

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

/**
 * The snapshot keeps two states: the latest the tool saw, and the one before it (the
 * baseline movement is measured against). A run that sees what the latest saw changes
 * neither, so running twice gives the same workbook as running once.
 */
export interface SnapshotPair {
  readonly baseline: RiskSnapshot | null;
  readonly latest: RiskSnapshot | null;
}

function sameRisks(a: RiskSnapshot, b: RiskSnapshot): boolean {
  const key = (r: SnapshotRisk) => `${r.register}|${r.ref}|${r.score}|${r.grade}|${r.closed}`;
  const ka = a.risks.map(key).sort();
  const kb = b.risks.map(key).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

/** What this run keeps, given what the workbook carried and what the registers say now. */
export function nextSnapshots(stored: SnapshotPair, now: RiskSnapshot): SnapshotPair {
  if (stored.latest && sameRisks(stored.latest, now)) return stored;
  return { baseline: stored.latest, latest: now };
}

export function snapshotSheet(name: string, pair: SnapshotPair): GeneratedSheet {
  const body = (kind: 'baseline' | 'latest', snap: RiskSnapshot | null) =>
    (snap?.risks ?? []).map((r) => [text(kind), text(r.register), text(r.ref), r.score === null ? undefined : num(r.score), r.grade === null ? undefined : text(r.grade), text(r.closed ? 'Y' : 'N')]);
  const rows = [
    [text(SNAPSHOT_SIGNATURE), num(VERSION), text(pair.latest?.takenAt ?? ''), text(pair.baseline?.takenAt ?? ''), text(pair.baseline ? 'has baseline' : 'no baseline')],
    [text('Snapshot'), text('Register'), text('Ref'), text('Score'), text('Grade'), text('Closed')],
    ...body('baseline', pair.baseline),
    ...body('latest', pair.latest),
  ];
  return { role: 'snapshot', name, rows, columnWidths: [10, 20, 14, 8, 12, 8], merges: [], freezeRows: 0, rules: [], print: null, visibility: 'veryHidden' };
}

/** The snapshots the workbook carries, if it carries ones we can read. */
export function readSnapshots(workbook: WorkbookGrids): SnapshotPair {
  const sheet = findGenerated(workbook, 'snapshot');
  if (!sheet || cellValue(sheet, 0, 0) !== SNAPSHOT_SIGNATURE || cellValue(sheet, 0, 1) !== VERSION) return { baseline: null, latest: null };
  const collect = (kind: string): SnapshotRisk[] => {
    const risks: SnapshotRisk[] = [];
    for (let r = 2; r < sheet.values.length; r++) {
      if (cellValue(sheet, r, 0) !== kind) continue;
      const register = cellValue(sheet, r, 1);
      const ref = cellValue(sheet, r, 2);
      if (typeof ref !== 'string' || typeof register !== 'string') continue;
      const score = cellValue(sheet, r, 3);
      const grade = cellValue(sheet, r, 4);
      risks.push({ register, ref, score: typeof score === 'number' ? score : null, grade: typeof grade === 'string' ? grade : null, closed: cellValue(sheet, r, 5) === 'Y' });
    }
    return risks;
  };
  const date = (c: number) => {
    const v = cellValue(sheet, 0, c);
    return typeof v === 'string' && v ? v : null;
  };
  return {
    latest: { takenAt: date(2), risks: collect('latest') },
    baseline: cellValue(sheet, 0, 4) === 'has baseline' ? { takenAt: date(3), risks: collect('baseline') } : null,
  };
}

export function findGenerated(workbook: WorkbookGrids, role: string): SheetGrid | undefined {
  const entry = [...(workbook.generatedSheets ?? new Map<string, string>())].find(([, r]) => r === role);
  return entry ? workbook.sheets.find((s) => s.name === entry[0]) : undefined;
}

export type Movement = 'New' | 'Deteriorating' | 'Improving' | 'Unchanged' | 'Closed';

export function movementOf(now: number | null, before: SnapshotRisk | undefined, closedNow: boolean, gradeNow: string | null = null): Movement | null {
  if (closedNow) return before && !before.closed ? 'Closed' : null;
  if (!before) return 'New';
  if (now !== null && before.score !== null) return now > before.score ? 'Deteriorating' : now < before.score ? 'Improving' : 'Unchanged';
  // Graded in words with no score, then or now: by how severe the grades are ("L" to "H" deteriorates).
  if (gradeNow !== null && before.grade !== null) {
    if (gradeNow === before.grade) return 'Unchanged';
    const [a, b] = [gradeWordLevel(gradeNow), gradeWordLevel(before.grade)];
    if (a !== null && b !== null) return a > b ? 'Deteriorating' : a < b ? 'Improving' : 'Unchanged';
  }
  // Nothing to compare: no movement is claimed.
  return now === null && before.score === null && gradeNow === null && before.grade === null ? 'Unchanged' : null;
}

export const MOVEMENT_ARROW: Record<Movement, string> = {
  New: '★ New',
  Deteriorating: '▲ Deteriorating',
  Improving: '▼ Improving',
  Unchanged: '► Unchanged',
  Closed: '■ Closed',
};
