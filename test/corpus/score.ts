/**
 * Scores the engine's reading of a corpus fixture against the figures worked out by hand.
 *
 * Every expected thing is a point: a table found, each row's kind, label and code, each
 * figure, each risk with its reference and each slot's likelihood, consequence, score and
 * grade, each check. A false alarm is anything the engine says that the document does not:
 * a figure that differs from the expected one, a figure where the table has none, a row read
 * as a line that is not one, a table that is not there, a warning or error nobody would raise.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { a1 } from '../../src/engine/grid';
import { Analysis, BudgetRow, BudgetTable, FoundTable, RiskEntry, RiskRegister, RiskSlot, RISK_SLOTS } from '../../src/engine/model';
import { ExpectedBudgetRow, ExpectedRisk, ExpectedTable, Fixture, workbookOf } from './corpus';

export interface Finding {
  readonly fixture: string;
  readonly where: string;
  readonly what: string;
}

export interface FixtureScore {
  readonly fixture: string;
  readonly points: number;
  readonly matched: number;
  readonly misses: Finding[];
  readonly falseAlarms: Finding[];
}

const FIGURES = ['ytdBudget', 'ytdActual', 'ytdVariance', 'annualBudget', 'forecastOutturn', 'forecastVariance'] as const;
/** Figures read from a column; the variances follow from them and are not counted twice when absent. */
const READ_FIGURES = ['ytdBudget', 'ytdActual', 'annualBudget', 'forecastOutturn'] as const;
const MEASURES = ['likelihood', 'consequence', 'score', 'grade'] as const;
/** Date-dependent, and not what a transcriber can work out from the page. */
const NOT_COUNTED_CHECKS = new Set(['review_overdue', 'rounding_only']);

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

export function analyseFixture(fixture: Fixture): Analysis {
  return analyseWorkbook(workbookOf(fixture), parseConfig(fixture.config ?? {}, `${fixture.id} config`));
}

export function scoreFixture(fixture: Fixture, analysis: Analysis = analyseFixture(fixture)): FixtureScore {
  const s = new Tally(fixture.id);
  const used = new Set<FoundTable>();
  for (const expected of fixture.expected.tables) {
    const found = matchTable(expected, analysis.tables, used);
    const where = `${expected.sheet} table at row ${expected.headerRow}`;
    s.point(found !== null, where, 'table not found');
    if (found) used.add(found);
    if (expected.kind === 'budget') scoreBudget(s, expected, found?.kind === 'budget' ? found : null);
    else scoreRisks(s, expected, found?.kind === 'risk' ? found : null);
  }
  for (const t of analysis.tables) {
    if (!used.has(t)) s.falseAlarm(`${t.sheet}!${a1(t.range.top, t.range.left)}`, `a ${t.kind === 'budget' ? 'budget table' : 'risk register'} read where the document has none`);
  }
  const expectedChecks = new Set(fixture.expected.checks.map((c) => `${c.code} ${c.cell}`));
  const raised = new Set(analysis.checks.map((c) => `${c.code} ${c.sheet}!${a1(c.row, c.col)}`));
  for (const c of fixture.expected.checks) s.point(raised.has(`${c.code} ${c.cell}`), c.cell, `check ${c.code} not raised`);
  for (const c of analysis.checks) {
    const key = `${c.code} ${c.sheet}!${a1(c.row, c.col)}`;
    if (c.severity === 'info' || NOT_COUNTED_CHECKS.has(c.code) || expectedChecks.has(key)) continue;
    s.falseAlarm(`${c.sheet}!${a1(c.row, c.col)}`, `${c.severity} ${c.code}: ${c.message}`);
  }
  return s.result();
}

/** The engine's table on the same sheet that reads most of the expected rows. */
function matchTable(expected: ExpectedTable, tables: ReadonlyArray<FoundTable>, used: ReadonlySet<FoundTable>): FoundTable | null {
  const rows = new Set((expected.kind === 'budget' ? expected.rows.filter((r) => r.kind !== 'none') : expected.risks).map((r) => r.row - 1));
  let best: FoundTable | null = null;
  let bestOverlap = 0;
  for (const t of tables) {
    if (used.has(t) || t.sheet !== expected.sheet || t.kind !== expected.kind) continue;
    const read = t.kind === 'budget' ? t.rows.map((r) => r.row) : t.risks.map((r) => r.row);
    const overlap = read.filter((r) => rows.has(r)).length;
    if (overlap > bestOverlap) {
      best = t;
      bestOverlap = overlap;
    }
  }
  return best;
}

function scoreBudget(s: Tally, expected: Extract<ExpectedTable, { kind: 'budget' }>, found: BudgetTable | null): void {
  const byRow = new Map<number, BudgetRow>((found?.rows ?? []).map((r) => [r.row, r]));
  const listed = new Set(expected.rows.map((r) => r.row - 1));
  for (const e of expected.rows) {
    const where = `${expected.sheet}!row ${e.row}${e.label ? ` "${e.label}"` : ''}`;
    const got = byRow.get(e.row - 1) ?? null;
    scoreBudgetRow(s, where, e, got, found !== null);
  }
  for (const r of found?.rows ?? []) {
    if (!listed.has(r.row) && r.kind !== 'section') s.falseAlarm(`${expected.sheet}!row ${r.row + 1}`, `read as a ${r.kind} ("${r.label ?? ''}") but it is not a row of the table`);
  }
}

function scoreBudgetRow(s: Tally, where: string, e: ExpectedBudgetRow, got: BudgetRow | null, tableFound: boolean): void {
  if (e.kind === 'none') {
    const read = got !== null && got.kind !== 'section';
    // A row that is not a money line counts only once the table is found: until then nothing reads it.
    s.point(tableFound && !read, where, read ? `read as a ${got!.kind}` : 'table not found');
    if (read) s.falseAlarm(where, `read as a ${got!.kind}, but it is not a money line`);
    return;
  }
  s.point(got?.kind === e.kind, where, got ? `kind ${got.kind}, expected ${e.kind}` : 'row not read');
  if (e.label !== undefined) s.point(got !== null && norm(got.label) === norm(e.label), where, `label ${JSON.stringify(got?.label ?? null)}, expected ${JSON.stringify(e.label)}`);
  if (e.code !== undefined) {
    const code = got ? (got as BudgetRow & { code?: string | null }).code ?? null : null;
    s.point(norm(code) === norm(e.code), where, `code ${JSON.stringify(code)}, expected ${JSON.stringify(e.code)}`);
  }
  for (const f of FIGURES) {
    const want = e[f];
    if (want === undefined || want === null) continue;
    const have = got?.[f] ?? null;
    const ok = have !== null && sameNumber(have, want);
    s.point(ok, where, `${f} ${have}, expected ${want}`);
    if (have !== null && !ok) s.falseAlarm(where, `${f} read as ${have}, but it is ${want}`);
  }
  if (!got || e.kind === 'section') return;
  for (const f of READ_FIGURES) {
    if (e[f] !== undefined) continue;
    // Figures worked out from the others (an outturn, a budget to date) are no figure read.
    const typed = f === 'forecastOutturn' ? got.forecastMethod === 'typed' : f === 'ytdBudget' ? got.ytdBudgetMethod === undefined : true;
    if (typed && got[f] !== null) s.falseAlarm(where, `${f} read as ${got[f]}, but the table has no such figure`);
  }
}

function scoreRisks(s: Tally, expected: Extract<ExpectedTable, { kind: 'risk' }>, found: RiskRegister | null): void {
  const byRow = new Map<number, RiskEntry>((found?.risks ?? []).map((r) => [r.row, r]));
  const listed = new Set(expected.risks.map((r) => r.row - 1));
  for (const e of expected.risks) {
    const where = `${expected.sheet}!row ${e.row}${e.ref ? ` ${e.ref}` : ''}`;
    scoreRisk(s, where, e, byRow.get(e.row - 1) ?? null);
  }
  for (const r of found?.risks ?? []) {
    if (!listed.has(r.row)) s.falseAlarm(`${expected.sheet}!row ${r.row + 1}`, `read as a risk ("${r.ref ?? r.title ?? ''}") but it is not one`);
  }
}

function scoreRisk(s: Tally, where: string, e: ExpectedRisk, got: RiskEntry | null): void {
  s.point(got !== null, where, 'risk not read');
  // A register with no reference column is referred to by its titles (README).
  const said = got ? got.ref ?? got.title : null;
  if (e.ref !== undefined) s.point(said !== null && norm(said) === norm(e.ref), where, `ref ${JSON.stringify(said)}, expected ${JSON.stringify(e.ref)}`);
  for (const slot of RISK_SLOTS) {
    const want = e[slot];
    const have = got?.scores[slot] ?? null;
    if (want === undefined || want === null) {
      if (got && have && (have.score !== null || have.likelihood !== null)) s.falseAlarm(where, `${slot} read as ${describe(have)}, but the register has no ${slot} score`);
      continue;
    }
    for (const m of MEASURES) {
      const w = want[m];
      if (w === undefined) continue;
      const h = have?.[m] ?? null;
      const ok = h !== null && (typeof w === 'number' ? typeof h === 'number' && sameNumber(h, w) : norm(String(h)) === norm(w));
      s.point(ok, where, `${slot} ${m} ${h}, expected ${w}`);
      if (h !== null && !ok) s.falseAlarm(where, `${slot} ${m} read as ${h}, but it is ${w}`);
    }
  }
}

function describe(x: { likelihood: number | null; consequence: number | null; score: number | null }): string {
  return x.likelihood !== null || x.consequence !== null ? `${x.likelihood ?? '?'} x ${x.consequence ?? '?'} = ${x.score ?? '?'}` : String(x.score);
}

class Tally {
  private points = 0;
  private matched = 0;
  private readonly misses: Finding[] = [];
  private readonly falseAlarms: Finding[] = [];
  constructor(private readonly fixture: string) {}

  point(ok: boolean, where: string, what: string): void {
    this.points++;
    if (ok) this.matched++;
    else this.misses.push({ fixture: this.fixture, where, what });
  }

  falseAlarm(where: string, what: string): void {
    this.falseAlarms.push({ fixture: this.fixture, where, what });
  }

  result(): FixtureScore {
    return { fixture: this.fixture, points: this.points, matched: this.matched, misses: this.misses, falseAlarms: this.falseAlarms };
  }
}

export type { RiskSlot };
