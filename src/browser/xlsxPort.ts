/**
 * A WorkbookPort over an .xlsx file held in this browser's memory: reads with readXlsx,
 * applies with applyPlan, clears with clearOwned (in a worker), and keeps each result as the
 * workbook's new bytes, for the page to offer as a download. select() asks the page to show
 * the cell in its preview. Nothing is sent anywhere.
 */
import type { WorkbookGrids } from '../engine/grid';
import type { WritePlan } from '../engine/plan/types';
import type { Progress, WorkbookPort } from '../workbook/port';
import type { XlsxClient } from './xlsxClientCore';

export interface XlsxWorkbookEvents {
  /** The pane asked to show a cell. */
  onSelect?(sheet: string, cell: string): void;
  /** The workbook was read (grids for the preview). */
  onRead?(grids: WorkbookGrids): void;
  /** Apply or Remove produced new bytes. */
  onChange?(bytes: Uint8Array): void;
}

/** Where settings are kept: localStorage where the browser allows it, else memory for this visit. */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function browserSettingsStore(): SettingsStore {
  const memory = new Map<string, string>();
  let local: Storage | null = null;
  try {
    local = typeof localStorage === 'undefined' ? null : localStorage;
    local?.getItem('rag-board:probe');
  } catch {
    local = null;
  }
  return {
    getItem: (key) => {
      try {
        return local?.getItem(key) ?? memory.get(key) ?? null;
      } catch {
        return memory.get(key) ?? null;
      }
    },
    setItem: (key, value) => {
      memory.set(key, value);
      try {
        local?.setItem(key, value);
      } catch {
        // Full or forbidden: memory keeps it for this visit.
      }
    },
  };
}

export class XlsxWorkbook implements WorkbookPort {
  readonly label: string;
  private bytes: Uint8Array;
  private grids: WorkbookGrids | null = null;
  private changedByUs = false;

  constructor(
    readonly fileName: string,
    bytes: Uint8Array,
    private readonly client: XlsxClient,
    private readonly events: XlsxWorkbookEvents = {},
    private readonly store: SettingsStore = browserSettingsStore(),
  ) {
    this.label = fileName;
    this.bytes = bytes;
  }

  /** The workbook as it is now: the file as opened, or with RAG Board's changes. */
  get current(): Uint8Array {
    return this.bytes;
  }

  /** True once Apply or Remove has changed the workbook. */
  get changed(): boolean {
    return this.changedByUs;
  }

  get lastRead(): WorkbookGrids | null {
    return this.grids;
  }

  async read(progress?: Progress): Promise<WorkbookGrids> {
    const grids = await this.client.read(this.bytes, this.fileName, progress);
    this.grids = grids;
    this.events.onRead?.(grids);
    return grids;
  }

  async apply(plan: WritePlan, progress?: Progress): Promise<void> {
    this.replace(await this.client.apply(this.bytes, plan, this.fileName, progress, this.ownSheets()));
  }

  async clear(progress?: Progress): Promise<void> {
    this.replace(await this.client.clear(this.bytes, this.fileName, progress, this.ownSheets()));
  }

  /** The sheets the last read of these bytes proved ours; undefined when they were not read, so the writer proves them. */
  private ownSheets(): string[] | undefined {
    return this.grids ? [...(this.grids.generatedSheets?.keys() ?? [])] : undefined;
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.events.onSelect?.(sheet, cell);
  }

  private get settingsKey(): string {
    return `rag-board:settings:${this.fileName}`;
  }

  async loadSettings(): Promise<string | null> {
    return this.store.getItem(this.settingsKey);
  }

  async saveSettings(json: string): Promise<void> {
    this.store.setItem(this.settingsKey, json);
  }

  private replace(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.grids = null;
    this.changedByUs = true;
    this.events.onChange?.(bytes);
  }
}
