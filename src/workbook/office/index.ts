/**
 * The Office.js adapter: the workbook open in Excel as a WorkbookPort. The only part of
 * RAG Board that touches the Excel JavaScript API.
 *
 * Every call is one Excel.run with delayForCellEdit (a user typing in a cell delays the
 * batch instead of failing it; the progress says so while it waits, see sync.ts), a constant
 * number of context.sync() calls, and every failure turned into a RagBoardError that keeps
 * Excel's error as its cause.
 */
import { RagBoardError } from '../../engine/errors';
import type { WorkbookGrids } from '../../engine/grid';
import type { WritePlan } from '../../engine/plan/types';
import type { Progress, WorkbookPort } from '../port';
import { applyPlan, preparePlan } from './apply';
import { clearOwned } from './clear';
import { toRagBoardError, type Operation } from './errors';
import { parseRange } from './addresses';
import { readWorkbook } from './read';
import { Requirements, type IsSetSupported } from './requirements';
import { loadSettings, saveSettings, type DocumentSettings } from './settings';
import { Session, type Deps } from './sync';

export { ExcelApiError, isOfficeError } from './errors';
export { WAITING_FOR_EXCEL } from './sync';
export { FEATURES, Requirements } from './requirements';
export { SETTINGS_KEY } from './settings';
export type { DocumentSettings } from './settings';

export interface OfficeWorkbookOptions {
  /** Excel.run; the global one by default. Tests give a double. */
  readonly run?: typeof Excel.run;
  /** Office.context.requirements.isSetSupported by default. */
  readonly isSetSupported?: IsSetSupported;
  /** Office.context.document.settings by default. */
  readonly settings?: DocumentSettings;
  /**
   * How long a context.sync() waits, in milliseconds, before the progress says Excel may be
   * holding the request for a cell edit: 3 000 by default. It is never given up.
   */
  readonly waitNoticeMs?: number;
  /**
   * Bytes one request or response may carry, as estimated from the JSON of what is queued:
   * 4 000 000 by default, under Excel on the web's 5 MB limit.
   */
  readonly payloadBudget?: number;
  /** Estimated bytes a cell costs in a read response: 32 by default. */
  readonly bytesPerCellRead?: number;
  /** The most cells read from one sheet: 5 000 000 by default, Excel's own limit for one range. */
  readonly maxCellsPerSheet?: number;
  /** The name shown for the workbook: "This workbook" by default. */
  readonly label?: string;
}

export const DEFAULTS = {
  waitNoticeMs: 3_000,
  payloadBudget: 4_000_000,
  bytesPerCellRead: 32,
  maxCellsPerSheet: 5_000_000,
} as const;

export function createOfficeWorkbook(options: OfficeWorkbookOptions = {}): WorkbookPort {
  const deps = (): Deps => ({
    requirements: new Requirements(options.isSetSupported ?? globalIsSetSupported),
    waitNoticeMs: options.waitNoticeMs ?? DEFAULTS.waitNoticeMs,
    payloadBudget: options.payloadBudget ?? DEFAULTS.payloadBudget,
    bytesPerCellRead: options.bytesPerCellRead ?? DEFAULTS.bytesPerCellRead,
    maxCellsPerSheet: options.maxCellsPerSheet ?? DEFAULTS.maxCellsPerSheet,
  });
  const run = <T>(op: Operation, progress: Progress | undefined, batch: (session: Session) => Promise<T>, d: Deps = deps()) =>
    runExcel(options.run, d, op, progress, batch);

  return {
    label: options.label ?? 'This workbook',

    async read(progress?: Progress): Promise<WorkbookGrids> {
      return await run('read', progress, (session) => readWorkbook(session));
    },

    async apply(plan: WritePlan, progress?: Progress): Promise<void> {
      const d = deps();
      let prepared;
      try {
        prepared = preparePlan(plan, d);
      } catch (e) {
        throw toRagBoardError(e, 'apply');
      }
      await run('apply', progress, (session) => applyPlan(session, prepared), d);
    },

    async clear(progress?: Progress): Promise<void> {
      await run('clear', progress, (session) => clearOwned(session));
    },

    async select(sheet: string, cell: string): Promise<void> {
      if (!parseRange(cell)) throw new RagBoardError('bad-arguments', `"${cell}" is not a cell address`, { where: { sheet, cell }, hint: 'Give an A1 address such as "B7".' });
      await run('select', undefined, async (session) => {
        const found = { sheet: session.context.workbook.worksheets.getItemOrNullObject(sheet) };
        found.sheet.load('visibility');
        await session.sync('finding the sheet');
        if (found.sheet.isNullObject) {
          throw new RagBoardError('bad-arguments', `There is no sheet named "${sheet}" in the workbook`, {
            where: { sheet, cell },
            hint: 'It may have been renamed or deleted since the workbook was analysed; run RAG Board again.',
          });
        }
        if (found.sheet.visibility !== 'Visible') {
          throw new RagBoardError('bad-arguments', `The sheet "${sheet}" is hidden, so its cell ${cell} cannot be shown`, {
            where: { sheet, cell },
            hint: 'Unhide the sheet in Excel (right-click a sheet tab > Unhide) and try again.',
          });
        }
        found.sheet.activate();
        found.sheet.getRange(cell).select();
        await session.sync('selecting the cell');
      });
    },

    async loadSettings(): Promise<string | null> {
      try {
        return loadSettings(documentSettings(options));
      } catch (e) {
        throw toRagBoardError(e, 'settings');
      }
    },

    async saveSettings(json: string): Promise<void> {
      try {
        return await saveSettings(documentSettings(options), json);
      } catch (e) {
        throw toRagBoardError(e, 'settings');
      }
    },
  };
}

async function runExcel<T>(
  given: typeof Excel.run | undefined,
  deps: Deps,
  op: Operation,
  progress: Progress | undefined,
  batch: (session: Session) => Promise<T>,
): Promise<T> {
  try {
    const run = given ?? globalRun();
    return await run({ delayForCellEdit: true }, async (context) => await batch(new Session(context, deps, op, progress)));
  } catch (e) {
    throw toRagBoardError(e, op);
  }
}

function notInExcel(what: string): RagBoardError {
  return new RagBoardError('internal', `${what} is not available: this page is not running inside Excel`, {
    hint: 'Open RAG Board from the ribbon in Excel, or use the browser page or the command line for .xlsx files.',
  });
}

function globalRun(): typeof Excel.run {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') throw notInExcel('Excel');
  return Excel.run.bind(Excel) as typeof Excel.run;
}

function globalIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) throw notInExcel('Office');
  return Office.context.requirements.isSetSupported(name, version);
}

function documentSettings(options: OfficeWorkbookOptions): DocumentSettings {
  if (options.settings) return options.settings;
  if (typeof Office === 'undefined' || !Office.context?.document?.settings) throw notInExcel('Office document settings');
  return Office.context.document.settings;
}
