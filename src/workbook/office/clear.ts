/**
 * Takes RAG Board's additions off the workbook: every sheet carrying our mark and every
 * colour rule whose formula carries our mark. Nothing else is touched. A constant number of
 * syncs: the survey (at most three) and one to write.
 *
 * Everything that could stop the change is checked before any of it is queued, so that Excel
 * is never left with the workbook half-cleared: protection, the last visible sheet, and the very
 * hidden "RAG Board data" sheet, which Excel refuses to delete until it is made merely hidden
 * (deleteSheet does that in the same request).
 */
import { cannotWrite } from './errors';
import { deleteSheet, survey } from './survey';
import type { Session } from './sync';

export async function clearOwned(session: Session): Promise<void> {
  session.deps.requirements.need('rules', 'clear');
  session.report(0, 'Checking the workbook');
  const state = await survey(session);
  const ours = state.sheets.filter((s) => s.role !== undefined);
  const carrying = state.sheets.filter((s) => s.role === undefined && s.ownedRules.length > 0);

  // Everything that could stop the change, before any of it is made.
  for (const s of carrying) {
    if (s.isProtected) {
      throw cannotWrite(
        `The sheet "${s.name}" is protected, so RAG Board cannot take its colour rules off it`,
        'Remove its protection in Excel first (Review > Unprotect Sheet) and try again. Nothing was changed.',
        { sheet: s.name },
      );
    }
  }
  if (ours.length > 0 && state.structureProtected) {
    throw cannotWrite(
      "The workbook's structure is protected, so RAG Board cannot remove its summary sheets",
      'Remove the protection in Excel first (Review > Protect Workbook, entering the password if asked) and try again. Nothing was changed.',
    );
  }
  const remaining = state.sheets.filter((s) => s.role === undefined);
  if (ours.length > 0 && state.sheets.some((s) => s.visibility === 'Visible') && !remaining.some((s) => s.visibility === 'Visible')) {
    throw cannotWrite(
      "Every sheet of the workbook would be hidden once RAG Board's summary sheets are removed",
      'Unhide one of your sheets in Excel (right-click a sheet tab > Unhide) and try again. Nothing was changed.',
    );
  }

  if (ours.length === 0 && carrying.length === 0) {
    session.report(1, 'Nothing to remove');
    return;
  }
  session.report(0.5, 'Removing');
  for (const s of carrying) for (const cf of s.ownedRules) cf.delete();
  for (const s of ours) deleteSheet(s);
  await session.sync('removing its sheets and rules');
  session.report(1, 'Removed');
}
