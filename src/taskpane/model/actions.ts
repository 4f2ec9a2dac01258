/**
 * What Apply and Remove will do, in sentences for the confirmation, and what went wrong,
 * in sentences for the message bar: what happened, where, and what to do.
 */
import { RagBoardError, isRagBoardError, type ErrorLocation, type RagBoardErrorKind } from '../../engine/errors';
import type { WritePlan } from '../../engine/plan/types';
import { plural } from './format';

const ROLE_WORDS: Readonly<Record<string, string>> = {
  'budget-summary': 'the budget lines with live formulas, RAG and checks',
  'risk-summary': 'grades, heat maps and the risks at or above the board threshold',
  snapshot: 'hidden; remembers this run’s scores so the next run can show movement',
};

export interface PlanDescription {
  /** One line per thing that will happen. */
  readonly lines: ReadonlyArray<string>;
  readonly sheetNames: ReadonlyArray<string>;
  /** After it is done, in one sentence: "Added the sheets “Budget Summary” and ..." */
  readonly done: string;
  readonly ruleCount: number;
  readonly empty: boolean;
}

export function describePlan(plan: WritePlan): PlanDescription {
  const lines: string[] = [];
  for (const s of plan.sheets) lines.push(`Add or replace the sheet “${s.name}” (${ROLE_WORDS[s.role] ?? s.role}).`);
  let ruleCount = 0;
  for (const s of plan.sourceRules) {
    ruleCount += s.rules.length;
    lines.push(`Add ${plural(s.rules.length, 'colour rule')} (conditional formats) to “${s.sheet}”; each shows the RAG word or letter with its colour.`);
  }
  const empty = plan.sheets.length === 0 && plan.sourceRules.length === 0;
  if (!empty) {
    lines.push('No value or formula of yours is changed. RAG Board’s earlier sheets and rules are replaced, not duplicated; Remove takes them all off again.');
  }
  const visible = plan.sheets.filter((s) => s.visibility === 'visible').map((s) => `“${s.name}”`);
  const hidden = plan.sheets.filter((s) => s.visibility !== 'visible').map((s) => `“${s.name}”`);
  const parts: string[] = [];
  if (visible.length) parts.push(`the sheet${visible.length > 1 ? 's' : ''} ${andList(visible)}`);
  if (hidden.length) parts.push(`a hidden sheet ${andList(hidden)} that remembers this run`);
  if (ruleCount) parts.push(`${plural(ruleCount, 'colour rule')} on your tables`);
  // Parts may hold commas themselves, so three of them are set apart with semicolons.
  const done = parts.length === 0 ? 'Nothing was added.' : parts.length < 3 ? `Added ${andList(parts)}.` : `Added ${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}.`;
  return { lines, sheetNames: plan.sheets.map((s) => s.name), done, ruleCount, empty };
}

function andList(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function describeClear(generatedSheets: ReadonlyMap<string, string> | undefined, keptCopies?: ReadonlySet<string>): ReadonlyArray<string> {
  const names = [...(generatedSheets ?? new Map<string, string>()).entries()];
  const visible = names.filter(([, role]) => role !== 'snapshot').map(([n]) => `“${n}”`);
  const hidden = names.filter(([, role]) => role === 'snapshot').map(([n]) => `“${n}”`);
  const lines: string[] = [];
  if (visible.length || hidden.length) {
    lines.push(
      `Delete the sheets RAG Board made: ${[...visible, ...hidden.map((h) => `the hidden ${h}`)].join(', ')}.` +
        (hidden.length ? ' The hidden sheet holds the last run’s scores, so the next run will not show movement.' : ''),
    );
  } else {
    lines.push('RAG Board found none of its sheets in this workbook.');
  }
  lines.push('Take off every colour rule RAG Board added to your sheets.');
  const kept = [...(keptCopies ?? [])].map((n) => `“${n}”`);
  if (kept.length) lines.push(`Keep ${andList(kept)}: ${kept.length === 1 ? 'a copy you made of a RAG Board sheet, it is' : 'copies you made of RAG Board sheets, they are'} yours now.`);
  lines.push('Your own sheets, values, formulas and formats stay as they are.');
  return lines;
}

export interface ErrorText {
  readonly title: string;
  /** What happened, where, and what to do. */
  readonly text: string;
}

const TITLE: Readonly<Record<RagBoardErrorKind, string>> = {
  'unreadable-input': 'The workbook could not be read',
  'cannot-write': 'The workbook could not be changed',
  'bad-arguments': 'A setting is not usable',
  internal: 'Something went wrong in RAG Board',
};

function asRagBoardError(e: unknown): RagBoardError | null {
  if (isRagBoardError(e)) return e;
  // An error that crossed from a worker keeps its fields but not its class.
  if (typeof e === 'object' && e !== null && 'kind' in e && 'message' in e) {
    const x = e as { kind: unknown; message: unknown; hint?: unknown; where?: unknown };
    if (typeof x.kind === 'string' && x.kind in TITLE && typeof x.message === 'string') {
      return new RagBoardError(x.kind as RagBoardErrorKind, x.message, {
        hint: typeof x.hint === 'string' ? x.hint : undefined,
        where: typeof x.where === 'object' && x.where !== null ? (x.where as ErrorLocation) : undefined,
      });
    }
  }
  return null;
}

/** True when the workbook itself cannot be read (not a workbook, damaged, encrypted): reading it again gives the same answer. */
export function isUnreadable(e: unknown): boolean {
  return asRagBoardError(e)?.kind === 'unreadable-input';
}

/** For the message bar: a RagBoardError describes itself; anything else gets a plain account and a next step. */
export function describeError(e: unknown, doing: string): ErrorText {
  const known = asRagBoardError(e);
  if (known) return { title: TITLE[known.kind], text: known.describe() };
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : null;
  const detail = message ? ` ${message.replace(/\.?\s*$/, '')}${code && !message.includes(code) ? ` (${code})` : ''}.` : '';
  return {
    title: `Could not finish ${doing}`,
    text: `RAG Board stopped while ${doing}.${detail} Running again is safe: RAG Board replaces its own sheets and rules rather than adding more. If it happens again, save and reopen the workbook, then try once more.`,
  };
}
