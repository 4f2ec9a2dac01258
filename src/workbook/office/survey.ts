/**
 * What is in the workbook before RAG Board changes it, in at most three syncs whatever its
 * size: the sheets, which of them an earlier run wrote (by their mark, borne out by their
 * content: see proof.ts), which are protected,
 * whether the workbook's structure is protected, and the colour rules RAG Board owns on the
 * user's sheets (found by the mark in their formula). Only types and rule formulas are
 * loaded, and, for a plan, the used range and header rows of each sheet it rests on: what
 * the plan was made from is checked in the same request (see basisProbes), before anything
 * is written.
 */
import { GENERATED_SHEET_MARK, isOwnedRuleFormula, trimmedRow, type SheetBasis } from '../../engine/plan/types';
import { WorkbookChangedError } from '../port';
import { rangeAddress } from './addresses';
import { markOf } from './marks';
import { queueProof } from './proof';
import { toCellValue } from './read';
import type { Session } from './sync';

export type ExcelVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetState {
  readonly ws: Excel.Worksheet;
  readonly name: string;
  readonly visibility: ExcelVisibility;
  /** The role of a sheet an earlier run wrote; undefined for the user's sheets. */
  readonly role: string | undefined;
  readonly isProtected: boolean;
  /** Our rules on a user's sheet (none are looked for on our own sheets, which are rewritten or removed). */
  readonly ownedRules: ReadonlyArray<Excel.ConditionalFormat>;
  /** How many rules on the sheet are the user's. */
  readonly userRuleCount: number;
}

export interface WorkbookState {
  readonly sheets: ReadonlyArray<SheetState>;
  readonly structureProtected: boolean;
  /** The sheet the user is on, to give back to them after a write that could move it (freeze panes). */
  readonly active: Excel.Worksheet;
  readonly activeName: string;
}

/**
 * Checks, in the survey's second request, that each sheet a plan rests on still holds what the
 * plan was made from: the same reach of used cells (values only, as read) and the same header
 * rows. Returns what changed, in words, by sheet; empty when nothing did.
 */
function basisProbes(worksheets: ReadonlyArray<Excel.Worksheet>, names: ReadonlyArray<string>, basis: ReadonlyArray<SheetBasis>): () => Array<{ sheet: string; what: string }> {
  const checks = basis.map((b) => {
    const i = names.indexOf(b.sheet);
    if (i < 0) return { b, ws: undefined, used: undefined, headers: [] };
    const ws = worksheets[i]!;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const headers = b.columns > 0 ? b.headers.map((h) => ({ h, range: ws.getRange(rangeAddress({ top: h.row, left: 0, bottom: h.row, right: b.columns - 1 })).load('values,valueTypes') })) : [];
    return { b, ws, used, headers };
  });
  return () =>
    checks.flatMap(({ b, ws, used, headers }) => {
      if (!ws || !used) return [{ sheet: b.sheet, what: `the sheet "${b.sheet}" is no longer there` }];
      const rows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const columns = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
      if (rows !== b.rows || columns !== b.columns) {
        const what = rows !== b.rows ? `rows added or removed on "${b.sheet}" (its cells reached row ${b.rows}, now row ${rows})` : `columns added or removed on "${b.sheet}"`;
        return [{ sheet: b.sheet, what }];
      }
      for (const { h, range } of headers) {
        const now = trimmedRow((range.values[0] ?? []).map((v, c) => toCellValue(v, range.valueTypes[0]?.[c])));
        if (JSON.stringify(now) !== JSON.stringify(trimmedRow(h.values))) return [{ sheet: b.sheet, what: `the header in row ${h.row + 1} of "${b.sheet}" was edited` }];
      }
      return [];
    });
}

export async function survey(session: Session, basis: ReadonlyArray<SheetBasis> = []): Promise<WorkbookState> {
  const { context } = session;

  // 1. The sheets, and whether the workbook's structure is protected.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  const active = { sheet: worksheets.getActiveWorksheet() };
  active.sheet.load('name');
  await session.sync('listing the sheets');
  const activeName = active.sheet.name;

  // 2. Every sheet's mark, protection and rule types, in one request.
  const probes = worksheets.items.map((ws) => {
    const probe = {
      ws,
      name: ws.name,
      visibility: ws.visibility as ExcelVisibility,
      mark: ws.names.getItemOrNullObject(GENERATED_SHEET_MARK),
      protection: ws.protection,
      rules: ws.getRange().conditionalFormats,
    };
    probe.mark.load('type,value');
    probe.protection.load('protected');
    probe.rules.load('items/type');
    return probe;
  });
  const changes = basisProbes(worksheets.items, worksheets.items.map((ws) => ws.name), basis);
  await session.sync('looking for earlier results');
  const changed = changes();
  if (changed.length > 0) throw new WorkbookChangedError([...new Set(changed.map((c) => c.sheet))], changed.map((c) => c.what).join('; '));

  // 3. Which marked sheets are ours (a mark alone is not enough), and the formulas of the
  // expression rules on the sheets that may be the user's, in one request (none when neither
  // is needed). Rules on a marked sheet are loaded too, in case its content shows it the user's.
  const marks = probes.map((p) => ({ p, mark: p.mark.isNullObject ? undefined : markOf(p.mark.type, p.mark.value, p.name) }));
  const proof = queueProof(marks.flatMap(({ p, mark }) => (mark ? [{ ws: p.ws, name: p.name, mark }] : [])));
  const candidates = marks.map(({ p, mark }) => {
    // A copy of one of our sheets the user keeps is theirs, our rules on it included: not looked at.
    const custom = mark?.kept ? [] : p.rules.items.filter((cf) => cf.type === 'Custom');
    const rules = custom.map((cf) => ({ cf, rule: cf.custom.rule }));
    for (const r of rules) r.rule.load('formula');
    return { probe: p, mark, rules, total: p.rules.items.length };
  });
  if (proof.needed || candidates.some((c) => c.rules.length > 0)) await session.sync('looking for earlier colour rules and sheets');
  const proven = proof.proven();
  const checks = candidates.map(({ probe, mark, rules, total }) => {
    // A sheet whose mark is not borne out by its content is the user's, whatever the mark says.
    const role = mark && !mark.kept && proven.has(probe.name) ? mark.role : undefined;
    return { probe, role, rules: role === undefined ? rules : [], total };
  });

  const sheets = checks.map(({ probe, role, rules, total }): SheetState => {
    const owned = rules.filter((r) => typeof r.rule.formula === 'string' && isOwnedRuleFormula(r.rule.formula)).map((r) => r.cf);
    return {
      ws: probe.ws,
      name: probe.name,
      visibility: probe.visibility,
      role,
      isProtected: probe.protection.protected === true,
      ownedRules: owned,
      userRuleCount: total - owned.length,
    };
  });
  return { sheets, structureProtected: workbookProtection.protected === true, active: active.sheet, activeName };
}

/**
 * Queues the deletion of one of our sheets. Excel refuses to delete a very hidden sheet: "if the
 * worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
 * InvalidOperation exception. You should first change its visibility to hidden or visible before
 * deleting it" (Excel.Worksheet.delete, API reference; by design, OfficeDev/office-js#365). So a
 * very hidden sheet is made hidden first, in the same request: never visible, not even for a moment.
 */
export function deleteSheet(sheet: Pick<SheetState, 'ws' | 'visibility'>): void {
  if (sheet.visibility === 'VeryHidden') sheet.ws.visibility = 'Hidden';
  sheet.ws.delete();
}
