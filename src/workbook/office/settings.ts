/**
 * RAG Board's settings, kept with the workbook in Office's document settings under one key,
 * as the JSON text the task pane gives.
 */
import { RagBoardError } from '../../engine/errors';

export const SETTINGS_KEY = 'ragBoard.settings';

/** The part of Office.Settings we use. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export function loadSettings(settings: DocumentSettings): string | null {
  const value = settings.get(SETTINGS_KEY);
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export async function saveSettings(settings: DocumentSettings, json: string): Promise<void> {
  try {
    JSON.parse(json);
  } catch (e) {
    throw new RagBoardError('bad-arguments', 'The settings to save are not JSON', { cause: e, hint: 'Please report this: the task pane gave settings Excel cannot keep.' });
  }
  settings.set(SETTINGS_KEY, json);
  await new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (String(result.status) === 'succeeded') resolve();
      else reject(saveFailed(result.error));
    });
  });
}

function saveFailed(error: Office.Error | undefined): RagBoardError {
  const said = error ? `: ${error.message || error.name}${error.code !== undefined ? ` (code ${error.code})` : ''}` : '';
  return new RagBoardError('cannot-write', `Excel could not save RAG Board's settings in the workbook${said}`, {
    cause: error,
    hint: 'The workbook may be read-only or shared in a way that blocks settings. Save a copy you can edit and try again.',
  });
}
