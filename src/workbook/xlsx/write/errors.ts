/**
 * The writer's failures. A workbook we cannot safely change is 'cannot-write', with what
 * to do about it; a plan the writer cannot carry out as given (a name clash the planner
 * should have avoided, a colour that is not one) is 'internal': a fault of ours.
 */
import { RagBoardError, type ErrorLocation } from '../../../engine/errors';

export function cannotWrite(message: string, hint: string, where: ErrorLocation, cause?: unknown): RagBoardError {
  return new RagBoardError('cannot-write', message, { hint, where, cause });
}

export function planFault(message: string, where: ErrorLocation, cause?: unknown): RagBoardError {
  return new RagBoardError('internal', `The write plan cannot be carried out: ${message}`, {
    where,
    cause,
    hint: 'Nothing was written. Please report this.',
  });
}

export function protectedSheet(sheet: string, file: string | undefined, what: string): RagBoardError {
  return cannotWrite(
    `The sheet "${sheet}" is protected, so RAG Board cannot ${what}`,
    `Remove its protection in Excel first (Review > Unprotect Sheet), save the workbook, and run RAG Board again`,
    { file, sheet },
  );
}

export function protectedStructure(file: string | undefined, what: string): RagBoardError {
  return cannotWrite(
    `The workbook's structure is protected, so RAG Board cannot ${what}`,
    'Remove the protection in Excel first (Review > Protect Workbook, entering the password if asked), save the workbook, and run RAG Board again',
    { file },
  );
}
