/**
 * What is in the workbook before RAG Board changes it, in at most three syncs whatever its
 * size: the sheets, which of them an earlier run wrote (by their mark), which are protected,
 * whether the workbook's structure is protected, and the colour rules RAG Board owns on the
 * user's sheets (found by the mark in their formula). Only types and rule formulas are
 * loaded, never cells.
 */
import { GENERATED_SHEET_MARK, isOwnedRuleFormula } from '../../engine/plan/types';
import { markOf } from './marks';
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

export async function survey(session: Session): Promise<WorkbookState> {
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
  await session.sync('looking for earlier results');

  // 3. The formulas of the expression rules on the user's sheets (skipped when there are none).
  const checks = probes.map((p) => {
    const mark = p.mark.isNullObject ? undefined : markOf(p.mark.type, p.mark.value, p.name);
    const role = mark && !mark.kept ? mark.role : undefined;
    // A copy of one of our sheets the user keeps is theirs, our rules on it included: not looked at.
    const custom = mark === undefined ? p.rules.items.filter((cf) => cf.type === 'Custom') : [];
    const rules = custom.map((cf) => ({ cf, rule: cf.custom.rule }));
    for (const r of rules) r.rule.load('formula');
    return { probe: p, role, rules, total: p.rules.items.length };
  });
  if (checks.some((c) => c.rules.length > 0)) await session.sync('looking for earlier colour rules');

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
