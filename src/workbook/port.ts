/**
 * What every front door needs from a workbook, whichever kind it is: read it into grids,
 * apply a plan, take RAG Board's additions off again, and show a cell. The task pane is
 * given one of these (the Office.js adapter inside Excel, the .xlsx adapter in a plain
 * browser page) and never touches Excel or files itself.
 */
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
