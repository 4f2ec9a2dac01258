/**
 * The errors Office.js rejects context.sync() with (and throws when an unloaded property is
 * read): OfficeExtension.Error, with a code, a message and debugInfo.errorLocation.
 */
export class DoubleOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function officeError(code: string, message: string, errorLocation?: string): DoubleOfficeError {
  return new DoubleOfficeError(code, message, errorLocation);
}

export const MESSAGES = {
  notLoaded: (prop: string) =>
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  shape: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  notFound: "The requested resource doesn't exist.",
  exists: 'The resource already exists.',
  protectedSheet: "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.",
  protectedWorkbook: 'The workbook is protected, so this change cannot be made.',
  request: 'The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins for more information.',
  response: 'The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins for more information.',
  apiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  invalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  invalidOperation: 'The operation is invalid on the object.',
};
