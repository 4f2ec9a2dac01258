/**
 * The reader's failures, worded for the person holding the file. Each one is a
 * RagBoardError of kind 'unreadable-input' with a hint saying what to do; the
 * underlying library error, when there is one, is kept as `cause`.
 */
import { RagBoardError, type ErrorLocation } from '../../engine/errors';
import { XmlSyntaxError } from './xml-scanner';

export const SAVE_AS_XLSX = 'Open it in Excel and save it as an Excel Workbook (.xlsx) with File > Save As, then try again.';
const REPAIR =
  'Open it in Excel; if Excel offers to repair it, accept, then save a new copy as an Excel Workbook (.xlsx) and try again.';

export function unreadable(message: string, hint: string, options: { cause?: unknown; where?: ErrorLocation } = {}): RagBoardError {
  return new RagBoardError('unreadable-input', message, { hint, cause: options.cause, where: options.where });
}

export function emptyFile(file?: string): RagBoardError {
  return unreadable('The file is empty (0 bytes), so there is no workbook in it.', 'Check that the file finished saving, copying or downloading, then try again.', {
    where: { file },
  });
}

export function notAWorkbook(what: string, file?: string, cause?: unknown): RagBoardError {
  return unreadable(`This file is not an Excel workbook: ${what}.`, SAVE_AS_XLSX, { where: { file }, cause });
}

export function passwordProtected(file?: string): RagBoardError {
  return unreadable(
    'This workbook is protected with a password (encrypted), so it cannot be read.',
    'Remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password, clear the box), save the workbook again, then try again.',
    { where: { file } },
  );
}

export function legacyXls(file?: string): RagBoardError {
  return unreadable('This is an old-style Excel 97-2003 workbook (.xls), which cannot be read; only .xlsx and .xlsm workbooks can.', SAVE_AS_XLSX, {
    where: { file },
  });
}

export function damagedPackage(detail: string, file?: string, cause?: unknown): RagBoardError {
  return unreadable(`The workbook file is damaged or incomplete (${detail}), so it cannot be read.`, `If it was copied or downloaded, fetch it again. Otherwise: ${REPAIR.charAt(0).toLowerCase()}${REPAIR.slice(1)}`, {
    where: { file },
    cause,
  });
}

export function damagedPart(part: string, detail: string, where: ErrorLocation, cause?: unknown): RagBoardError {
  return unreadable(`The workbook is damaged: its part "${part}" is not valid XML (${detail}).`, REPAIR, { where, cause });
}

export function damagedContent(message: string, where: ErrorLocation, cause?: unknown): RagBoardError {
  return unreadable(`The workbook is damaged: ${message}.`, REPAIR, { where, cause });
}

/**
 * What a part's parser threw, as the error the user sees: RagBoardErrors as they are, bad XML as
 * a damaged part with its line and column. Undefined for anything else, which the caller reports
 * as its own internal error.
 */
export function partParseError(part: string, where: ErrorLocation, e: unknown): RagBoardError | undefined {
  if (e instanceof RagBoardError) return e;
  if (e instanceof XmlSyntaxError) return damagedPart(part, `${e.detail}, at line ${e.line}, column ${e.column}`, where, e);
  return undefined;
}
