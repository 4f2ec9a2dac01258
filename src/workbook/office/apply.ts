/**
 * Carries out a WritePlan in the workbook open in Excel.
 *
 * Before anything is written: the plan is checked (names, cells, ranges) and the features it
 * needs are asked of Excel; then, in at most three syncs, the workbook is surveyed (sheets,
 * marks, protection, our earlier rules); then everything that could stop the write is
 * checked — a user's sheet with a planned name, a protected sheet, a protected structure, a
 * missing sheet. Only then are the writes queued, in this order:
 *
 *   our earlier rules off the user's sheets; our earlier sheets that the plan no longer has
 *   removed; our sheets of a planned role renamed, cleared and reused (a user's formulas that
 *   point at them keep working); new sheets added with their mark; for each generated sheet
 *   its values (number formats first, so that text stays text), then its looks, widths,
 *   merges, frozen rows, rules and print settings; the rules on the user's sheets.
 *
 * The writes go to Excel in as few requests as Excel on the web's payload limit allows
 * (see WriteBatch): one for a plan of ordinary size, more only for a very large one.
 */
import type { CellRange } from '../../engine/grid';
import { GENERATED_SHEET_MARK, MAX_RULE_ADDRESS_LENGTH, MAX_RULE_FORMULA_LENGTH, ownedRuleFormula, type GeneratedSheet, type PlannedRule, type SheetBasis, type WritePlan } from '../../engine/plan/types';
import { columnsAddress, joinAddresses, parseRange, parseRangeList, rangeAddress } from './addresses';
import { alignment, cellBlocks, colour, styleGroups, textFormatFixups, widthRuns, type CellBlock, type Look, type StyleGroup } from './cells';
import { cannotWrite, planFault } from './errors';
import { markFormula, nameKey, sheetNameProblem } from './marks';
import { plannedSheetFingerprint } from '../../engine/plan/fingerprint';
import type { Requirements } from './requirements';
import { deleteSheet, survey, type ExcelVisibility, type SheetState, type WorkbookState } from './survey';
import { ACTION_OVERHEAD, payloadBytes, WriteBatch, type Deps, type Session } from './sync';

/** The longest address list given to getRanges in one call (OfficeDev/office-js#5198; see MAX_RULE_ADDRESS_LENGTH). */
const MAX_ADDRESS_LIST = MAX_RULE_ADDRESS_LENGTH;

interface PreparedRule {
  readonly areas: CellRange[];
  readonly formula: string;
  readonly style: PlannedRule['style'];
}

interface PreparedSheet {
  readonly sheet: GeneratedSheet;
  readonly width: number;
  readonly blocks: CellBlock[];
  readonly fixups: Array<{ numberFormat: string; ranges: CellRange[] }>;
  readonly groups: StyleGroup[];
  readonly merges: CellRange[];
  readonly rules: PreparedRule[];
}

export interface PreparedPlan {
  readonly basis: ReadonlyArray<SheetBasis>;
  readonly sheets: PreparedSheet[];
  readonly sourceRules: Array<{ readonly sheet: string; readonly rules: PreparedRule[] }>;
}

/**
 * Everything about the plan that can be checked without Excel, and the features it needs:
 * throws before Excel is touched.
 */
export function preparePlan(plan: WritePlan, deps: Deps): PreparedPlan {
  const requirements = deps.requirements;
  requirements.need('rules', 'apply');
  if (plan.sheets.length > 0) requirements.need('write', 'apply');
  const seen = new Set<string>();
  const sheets = plan.sheets.map((sheet): PreparedSheet => {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw planFault(`the sheet name "${sheet.name}" ${problem}`, { sheet: sheet.name });
    if (seen.has(nameKey(sheet.name))) throw planFault(`two generated sheets are both named "${sheet.name}"`, { sheet: sheet.name });
    seen.add(nameKey(sheet.name));
    // A block fills most of a request on its own; the small writes around it share the rest.
    const blocks = cellBlocks(sheet, deps.payloadBudget * 0.9);
    const merges = sheet.merges.map((m) => {
      const r = parseRange(m);
      if (!r) throw planFault(`the merge "${m}" is not an A1 range`, { sheet: sheet.name });
      return r;
    });
    if (sheet.print && !parseRangeList(sheet.print.area)) throw planFault(`the print area "${sheet.print.area}" is not an A1 range`, { sheet: sheet.name });
    if (sheet.print && !(sheet.print.scale >= 10 && sheet.print.scale <= 400)) throw planFault(`the print scale ${sheet.print.scale} is not between 10 and 400`, { sheet: sheet.name });
    const badBreak = sheet.print?.breaksBefore.find((r) => !Number.isInteger(r) || r < 1 || r >= 1_048_576);
    if (badBreak !== undefined) throw planFault(`a page break above row ${badBreak + 1} is not one Excel can set`, { sheet: sheet.name });
    return {
      sheet,
      width: blocks.reduce((w, b) => Math.max(w, b.formulas[0]?.length ?? 0), 0),
      blocks,
      fixups: textFormatFixups(sheet),
      groups: styleGroups(sheet),
      merges,
      rules: prepareRules(sheet.rules, sheet.name, requirements),
    };
  });
  const sourceRules = plan.sourceRules.map((s) => ({ sheet: s.sheet, rules: prepareRules(s.rules, s.sheet, requirements) }));
  return { basis: plan.basis ?? [], sheets, sourceRules };
}

function prepareRules(rules: ReadonlyArray<PlannedRule>, sheet: string, requirements: Requirements): PreparedRule[] {
  return rules
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => a.rule.order - b.rule.order || a.i - b.i)
    .map(({ rule }) => {
      const areas = parseRangeList(rule.ranges);
      if (!areas) throw planFault(`a rule's ranges "${rule.ranges}" are not A1 ranges`, { sheet });
      if (areas.length > 1) requirements.need('multiAreaRules', 'apply');
      const condition = rule.condition.trim().replace(/^=/, '');
      if (condition === '') throw planFault(`a rule on ${rule.ranges} has no condition`, { sheet });
      const formula = `=${ownedRuleFormula(condition)}`;
      if (formula.length > MAX_RULE_FORMULA_LENGTH) {
        throw planFault(`the rule on ${rule.ranges} has a formula of ${formula.length} characters, more than the ${MAX_RULE_FORMULA_LENGTH} Excel's rules manager can edit`, { sheet });
      }
      const addressLength = areas.map(rangeAddress).join(', ').length;
      if (addressLength > MAX_RULE_ADDRESS_LENGTH) {
        throw planFault(`the rule on ${areas.length} ranges from ${rangeAddress(areas[0]!)} has an address list of ${addressLength} characters, more than the ${MAX_RULE_ADDRESS_LENGTH} Excel takes in one getRanges call`, { sheet });
      }
      const style = {
        ...rule.style,
        ...(rule.style.fill !== undefined ? { fill: colour(rule.style.fill) } : {}),
        ...(rule.style.fontColour !== undefined ? { fontColour: colour(rule.style.fontColour) } : {}),
      };
      return { areas, formula, style };
    });
}

/** Where each planned sheet goes, and what happens to our earlier sheets and rules. */
interface Arrangement {
  readonly replacing: Map<SheetState, PreparedSheet>;
  readonly adding: PreparedSheet[];
  /** Our earlier sheets to remove before renames and additions (their names are wanted). */
  readonly removeFirst: SheetState[];
  readonly removeLast: SheetState[];
  readonly renames: Array<{ sheet: SheetState; to: string }>;
  /** Renames go through temporary names when one wants a name another still has. */
  readonly renameVia: Map<SheetState, string> | undefined;
  /** User sheets whose rules change: ours come off, the plan's go on. */
  readonly ruleTargets: Array<{ sheet: SheetState; rules: PreparedRule[] }>;
}

/** Checks the workbook can take the plan, and arranges it; throws before anything is written. */
export function arrange(state: WorkbookState, plan: PreparedPlan): Arrangement {
  const users = state.sheets.filter((s) => s.role === undefined);
  const ours = state.sheets.filter((s) => s.role !== undefined);

  for (const p of plan.sheets) {
    const clash = users.find((u) => nameKey(u.name) === nameKey(p.sheet.name));
    if (clash) throw planFault(`a generated sheet would take the name of the user's sheet "${clash.name}", which RAG Board never writes over`, { sheet: clash.name });
  }

  // Our earlier sheets: reused by the planned sheet of the same role (the one of the same name first), or removed.
  const replacing = new Map<SheetState, PreparedSheet>();
  const adding: PreparedSheet[] = [];
  for (const p of plan.sheets) {
    const candidates = ours.filter((s) => s.role === p.sheet.role && !replacing.has(s));
    const old = candidates.find((s) => nameKey(s.name) === nameKey(p.sheet.name)) ?? candidates[0];
    if (old) replacing.set(old, p);
    else adding.push(p);
  }
  const removing = ours.filter((s) => !replacing.has(s));
  const renames = [...replacing].filter(([s, p]) => s.name !== p.sheet.name).map(([sheet, p]) => ({ sheet, to: p.sheet.name }));
  const wanted = new Set([...renames.map((r) => nameKey(r.to)), ...adding.map((p) => nameKey(p.sheet.name))]);
  const removeFirst = removing.filter((s) => wanted.has(nameKey(s.name)));
  const removeLast = removing.filter((s) => !wanted.has(nameKey(s.name)));

  // Renames through temporary names when a target is still some other sheet's name.
  let renameVia: Map<SheetState, string> | undefined;
  const stay = state.sheets.filter((s) => !removeFirst.includes(s));
  if (renames.some((r) => stay.some((s) => s !== r.sheet && nameKey(s.name) === nameKey(r.to)))) {
    const taken = new Set(state.sheets.map((s) => nameKey(s.name)).concat([...wanted]));
    renameVia = new Map();
    let n = 1;
    for (const r of renames) {
      while (taken.has(nameKey(`RAG Board tmp ${n}`))) n++;
      renameVia.set(r.sheet, `RAG Board tmp ${n}`);
      taken.add(nameKey(`RAG Board tmp ${n}`));
    }
  }

  // Rules: every user sheet that gets rules or still carries ours.
  const planned = new Map<SheetState, PreparedRule[]>();
  for (const target of plan.sourceRules) {
    const sheet = state.sheets.find((s) => s.name === target.sheet) ?? state.sheets.find((s) => nameKey(s.name) === nameKey(target.sheet));
    if (!sheet) {
      throw cannotWrite(
        `There is no sheet named "${target.sheet}" in the workbook to add colour rules to`,
        'Check that the sheet has not been renamed or deleted since the workbook was analysed, and run RAG Board again. Nothing was changed.',
        { sheet: target.sheet },
      );
    }
    if (sheet.role !== undefined) throw planFault(`it puts rules on "${sheet.name}", a sheet RAG Board generated`, { sheet: sheet.name });
    planned.set(sheet, [...(planned.get(sheet) ?? []), ...target.rules]);
  }
  const ruleTargets = users.filter((s) => planned.has(s) || s.ownedRules.length > 0).map((sheet) => ({ sheet, rules: planned.get(sheet) ?? [] }));

  // Protection, checked for everything before anything is written.
  for (const { sheet, rules } of ruleTargets) {
    if (sheet.isProtected) throw protectedSheet(sheet.name, rules.length > 0 ? 'add its colour rules to it' : 'take its earlier colour rules off it');
  }
  for (const sheet of replacing.keys()) {
    if (sheet.isProtected) throw protectedSheet(sheet.name, 'write its new contents');
  }
  const visibilityChanges = [...replacing].some(([s, p]) => s.visibility !== excelVisibility(p.sheet.visibility));
  const structural = removing.length > 0 || adding.length > 0 || renames.length > 0 || visibilityChanges;
  if (structural && state.structureProtected) {
    throw cannotWrite(
      `The workbook's structure is protected, so RAG Board cannot ${adding.length > 0 ? 'add its summary sheets' : 'rename, show, hide or remove its earlier summary sheets'}`,
      'Remove the protection in Excel first (Review > Protect Workbook, entering the password if asked) and run RAG Board again. Nothing was changed.',
    );
  }
  const visibleBefore = state.sheets.some((s) => s.visibility === 'Visible');
  const visibleAfter =
    users.some((s) => s.visibility === 'Visible') || plan.sheets.some((p) => p.sheet.visibility === 'visible');
  if (visibleBefore && !visibleAfter) {
    throw cannotWrite(
      "Every sheet of the workbook would be hidden once RAG Board's summary sheets are replaced",
      'Unhide one of your sheets in Excel (right-click a sheet tab > Unhide) and run RAG Board again. Nothing was changed.',
    );
  }
  return { replacing, adding, removeFirst, removeLast, renames, renameVia, ruleTargets };
}

function protectedSheet(sheet: string, what: string) {
  return cannotWrite(
    `The sheet "${sheet}" is protected, so RAG Board cannot ${what}`,
    'Remove its protection in Excel first (Review > Unprotect Sheet) and run RAG Board again. Nothing was changed.',
    { sheet },
  );
}

function excelVisibility(v: GeneratedSheet['visibility']): ExcelVisibility {
  return v === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

/** A write, worth `bytes` in a request. */
interface Op {
  readonly bytes: number;
  readonly run: () => void;
}

export async function applyPlan(session: Session, plan: PreparedPlan): Promise<void> {
  session.report(0, 'Checking the workbook');
  // Throws WorkbookChangedError, before anything is written, if the sheets the plan rests on changed since they were read.
  const state = await survey(session, plan.basis);
  const arrangement = arrange(state, plan);
  session.report(0.15, 'Writing');
  const ops = writeOps(session, arrangement, plan, state);
  const total = ops.reduce((n, op) => n + op.bytes, 0);
  const batch = new WriteBatch(session, total, 0.15, 1);
  for (const op of ops) await batch.add(op.bytes, op.run);
  await batch.flush();
  session.report(1, 'Written');
}

function writeOps(session: Session, a: Arrangement, plan: PreparedPlan, state: WorkbookState): Op[] {
  const { context, deps } = session;
  const useAreas = deps.requirements.has('rangeAreas');
  const withPageLayout = deps.requirements.has('pageLayout');
  const ops: Op[] = [];
  const op = (bytes: number, run: () => void) => ops.push({ bytes: bytes + ACTION_OVERHEAD, run });
  const target = new Map<PreparedSheet, Excel.Worksheet>();

  // Our earlier rules off the user's sheets.
  for (const { sheet } of a.ruleTargets) for (const cf of sheet.ownedRules) op(0, () => cf.delete());
  // Our earlier sheets whose names are wanted, then renames (through temporary names where needed).
  for (const s of a.removeFirst) op(0, () => deleteSheet(s));
  if (a.renameVia) for (const r of a.renames) op(0, () => (r.sheet.ws.name = a.renameVia!.get(r.sheet)!));
  for (const r of a.renames) op(0, () => (r.sheet.ws.name = r.to));
  // Our sheets of a planned role: emptied and reused.
  for (const [s, p] of a.replacing) {
    target.set(p, s.ws);
    op(0, () => {
      const all = s.ws.getRange();
      all.conditionalFormats.clearAll();
      all.unmerge();
      all.clear('All');
      // The mark names the sheet: written again, as the sheet may have been renamed (or marked by an older version).
      s.ws.names.getItem(GENERATED_SHEET_MARK).formula = markFormula(p.sheet.role, p.sheet.name, plannedSheetFingerprint(p.sheet));
      all.format.useStandardWidth = true;
      all.format.useStandardHeight = true;
      s.ws.freezePanes.unfreeze();
      // Our earlier page breaks; the plan's are added again with its other print settings.
      if (withPageLayout) s.ws.horizontalPageBreaks.removePageBreaks();
      const visibility = excelVisibility(p.sheet.visibility);
      if (s.visibility !== visibility) s.ws.visibility = visibility;
    });
  }
  // New sheets, marked as ours.
  for (const p of a.adding) {
    op(0, () => {
      const ws = context.workbook.worksheets.add(p.sheet.name);
      target.set(p, ws);
      const mark = ws.names.add(GENERATED_SHEET_MARK, markFormula(p.sheet.role, p.sheet.name, plannedSheetFingerprint(p.sheet)));
      mark.visible = false;
      if (p.sheet.visibility !== 'visible') ws.visibility = excelVisibility(p.sheet.visibility);
    });
  }
  for (const s of a.removeLast) op(0, () => deleteSheet(s));

  // Each generated sheet: values, then looks.
  for (const p of plan.sheets) {
    const ws = () => target.get(p)!;
    for (const block of p.blocks) {
      op(block.bytes, () => {
        const rows = block.formulas.length;
        const cols = block.formulas[0]?.length ?? 0;
        const range = ws().getRange(rangeAddress({ top: block.top, left: block.left, bottom: block.top + rows - 1, right: block.left + cols - 1 }));
        // Formats first, so that text cells are Text when their values arrive (see cells.ts).
        range.numberFormat = block.numberFormats;
        range.formulas = block.formulas;
        if (block.values) range.values = block.values;
      });
    }
    for (const fix of p.fixups) {
      for (const r of fix.ranges) {
        const shape = filled(r, fix.numberFormat);
        op(payloadBytes(shape), () => (ws().getRange(rangeAddress(r)).numberFormat = shape));
      }
    }
    for (const group of p.groups) lookOps(group, ws, useAreas, op);
    for (const [left, right, points] of widthRuns(p.sheet.columnWidths)) op(0, () => (ws().getRange(columnsAddress(left, right)).format.columnWidth = points));
    for (const [top, bottom, points] of heightRuns(p.sheet.rowHeights ?? [])) op(0, () => (ws().getRange(`${top + 1}:${bottom + 1}`).format.rowHeight = points));
    for (const m of p.merges) op(0, () => ws().getRange(rangeAddress(m)).merge(false));
    if (p.sheet.freezeRows > 0) op(0, () => ws().freezePanes.freezeRows(p.sheet.freezeRows));
    p.rules.forEach((rule, k) => op(ruleBytes(rule), () => addRule(ws(), rule, k)));
    const print = p.sheet.print;
    if (print && withPageLayout) {
      const areas = parseRangeList(print.area)!;
      op(print.area.length + print.breaksBefore.length * 40, () => {
        // The plan's paper, orientation, percentage scale and margins, as the .xlsx writer
        // writes them: never zoom's fit-to-pages, which Excel on the desktop ignores unless the
        // Page Layout tab is showing (OfficeDev/office-js#1860); a scale is always applied.
        const layout = ws().pageLayout;
        layout.setPrintArea(joinAddresses(areas.map(rangeAddress), Infinity)[0]!);
        layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = print.paper;
        layout.zoom = { scale: print.scale };
        layout.leftMargin = print.margins.left;
        layout.rightMargin = print.margins.right;
        layout.topMargin = print.margins.top;
        layout.bottomMargin = print.margins.bottom;
        layout.headerMargin = print.margins.header;
        layout.footerMargin = print.margins.footer;
        if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
        // Worksheet.horizontalPageBreaks.add puts a break above the range's top-left cell.
        for (const row of print.breaksBefore) ws().horizontalPageBreaks.add(`A${row + 1}`);
      });
    }
  }

  // The plan's rules on the user's sheets, after the user's own.
  for (const { sheet, rules } of a.ruleTargets) {
    rules.forEach((rule, k) => op(ruleBytes(rule), () => addRule(sheet.ws, rule, sheet.userRuleCount + k)));
  }

  // Freezing panes on a sheet that is not the active one makes Excel take that sheet as
  // activated while another stays on screen (OfficeDev/office-js#3148): the user's sheet is
  // made the active one again, last, where it is still there and visible.
  const freezes = plan.sheets.some((p) => p.sheet.freezeRows > 0) || a.replacing.size > 0;
  const activeState = state.sheets.find((s) => s.name === state.activeName);
  const activeStays = activeState !== undefined && !a.removeFirst.includes(activeState) && !a.removeLast.includes(activeState) && (a.replacing.get(activeState)?.sheet.visibility ?? 'visible') === 'visible';
  if (freezes && activeStays) op(0, () => state.active.activate());
  return ops;
}

/** Consecutive rows of equal planned height: [top, bottom, points]. */
function heightRuns(heights: ReadonlyArray<number | undefined>): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  heights.forEach((h, r) => {
    if (h === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1 && last[2] === h) last[1] = r;
    else runs.push([r, r, h]);
  });
  return runs;
}

function filled(r: CellRange, value: string): string[][] {
  return Array.from({ length: r.bottom - r.top + 1 }, () => new Array<string>(r.right - r.left + 1).fill(value));
}

function ruleBytes(rule: PreparedRule): number {
  return rule.formula.length + JSON.stringify(rule.style).length + rule.areas.length * 20;
}

/** Adds an owned rule: the condition with our mark, its look, stop-if-true, at `priority` (0 is first). */
function addRule(ws: Excel.Worksheet, rule: PreparedRule, priority: number): void {
  const where = rule.areas.length > 1 ? ws.getRanges(rule.areas.map(rangeAddress).join(', ')) : ws.getRange(rangeAddress(rule.areas[0]!));
  const cf = where.conditionalFormats.add('Custom');
  cf.custom.rule.formula = rule.formula;
  const format = cf.custom.format;
  if (rule.style.fill !== undefined) format.fill.color = rule.style.fill;
  if (rule.style.fontColour !== undefined) format.font.color = rule.style.fontColour;
  if (rule.style.bold !== undefined) format.font.bold = rule.style.bold;
  if (rule.style.numberFormat !== undefined) format.numberFormat = rule.style.numberFormat;
  cf.stopIfTrue = true;
  cf.priority = priority;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** A look over its rectangles: through RangeAreas (many rectangles a request) where Excel has them. */
function lookOps(group: StyleGroup, ws: () => Excel.Worksheet, useAreas: boolean, op: (bytes: number, run: () => void) => void): void {
  const { border, ...plain } = group.look;
  const apply = (format: Excel.RangeFormat, look: Look) => {
    if (look.fill !== undefined) format.fill.color = look.fill;
    if (look.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.fontColour !== undefined) format.font.color = look.fontColour;
    if (look.size !== undefined) format.font.size = look.size;
    if (look.horizontal !== undefined) format.horizontalAlignment = alignment(look.horizontal);
    if (look.wrap) format.wrapText = true;
  };
  const borders = (format: Excel.RangeFormat, insideRows: boolean, insideCols: boolean) => {
    const sides: string[] = [...EDGES];
    if (insideRows) sides.push('InsideHorizontal');
    if (insideCols) sides.push('InsideVertical');
    for (const side of sides) {
      const b = format.borders.getItem(side as Excel.BorderIndex);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  };
  const each = (ranges: CellRange[], style: (format: Excel.RangeFormat) => void) => {
    const addresses = ranges.map(rangeAddress);
    if (useAreas) {
      for (const list of joinAddresses(addresses, MAX_ADDRESS_LIST)) op(list.length, () => style(ws().getRanges(list).format));
    } else {
      for (const address of addresses) op(address.length, () => style(ws().getRange(address).format));
    }
  };
  if (Object.keys(plain).length > 0) each(group.ranges, (format) => apply(format, plain));
  if (border) {
    // Inside borders only where a rectangle has more than one row or column to have them.
    const classes = new Map<string, CellRange[]>();
    for (const r of group.ranges) {
      const key = `${r.bottom > r.top}:${r.right > r.left}`;
      const list = classes.get(key);
      if (list) list.push(r);
      else classes.set(key, [r]);
    }
    for (const [key, ranges] of classes) {
      const [rows, cols] = key.split(':').map((x) => x === 'true');
      each(ranges, (format) => borders(format, rows!, cols!));
    }
  }
}
