/**
 * What every front door needs from a workbook, whichever kind it is: read it into grids,
 * apply a plan, take RAG Board's additions off again, and show a cell. The task pane is
 * given one of these (the Office.js adapter inside Excel, the .xlsx adapter in a plain
 * browser page) and never touches Excel or files itself.
 */
import { RagBoardError } from '../engine/errors';
import { WorkbookGrids } from '../engine/grid';
import { WritePlan } from '../engine/plan/types';

export interface Progress {
  /** 0..1, and a few words on what is happening ("Reading sheets"). */
  (fraction: number, what: string): void;
}

export interface WorkbookPort {
  /** A name for the user: the file name, or "This workbook" inside Excel. */
  readonly label: string;
  read(progress?: Progress): Promise<WorkbookGrids>;
  apply(plan: WritePlan, progress?: Progress): Promise<void>;
  /** Removes every generated sheet and every rule RAG Board added; nothing else. */
  clear(progress?: Progress): Promise<void>;
  /** Selects a cell so the user sees it (Excel); the browser page scrolls its preview instead. */
  select(sheet: string, cell: string): Promise<void>;
  /** Settings remembered with the workbook (document settings in Excel), as JSON text. */
  loadSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}

/**
 * The workbook changed between the read a plan was made from and the write: rows or columns
 * added or removed, a header edited, a sheet renamed or deleted. Nothing was written; the
 * front door reads the workbook again and asks the user once more.
 */
export class WorkbookChangedError extends RagBoardError {
  constructor(
    readonly sheets: ReadonlyArray<string>,
    detail: string,
  ) {
    super('cannot-write', `The workbook changed after RAG Board read it (${detail}), so nothing was written`, {
      where: sheets.length === 1 ? { sheet: sheets[0]! } : undefined,
      hint: 'RAG Board reads it again and shows what Apply would do now.',
    });
    this.name = 'WorkbookChangedError';
  }
}

export function isWorkbookChanged(e: unknown): e is WorkbookChangedError {
  return e instanceof WorkbookChangedError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'WorkbookChangedError');
}
