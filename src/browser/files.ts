/**
 * Names and types for the files the browser page opens and offers for download. Pure.
 */

/** "budget.xlsx" -> "budget (RAG Board).xlsx"; a macro workbook keeps .xlsm, or Excel would refuse it. */
export function downloadName(fileName: string): string {
  const m = /^(.*?)(\.(xlsx|xlsm))?$/i.exec(fileName.trim())!;
  const base = (m[1] ?? '').trim() || 'workbook';
  const ext = m[3]?.toLowerCase() === 'xlsm' ? '.xlsm' : '.xlsx';
  return `${base} (RAG Board)${ext}`;
}

export function mimeType(fileName: string): string {
  return /\.xlsm$/i.test(fileName) ? 'application/vnd.ms-excel.sheet.macroEnabled.12' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

/** A file the page can try to open; anything else gets a sentence saying why not. */
export function fileProblem(name: string, size: number): string | null {
  if (/\.xls$/i.test(name)) return `“${name}” is an old-style .xls workbook. Open it in Excel, save it as an Excel Workbook (.xlsx) with File > Save As, then open that here.`;
  if (/\.(csv|ods|xlsb|numbers)$/i.test(name)) return `“${name}” is not an .xlsx or .xlsm workbook. Save it from Excel as an Excel Workbook (.xlsx), then open that here.`;
  if (size === 0) return `“${name}” is empty (0 bytes). Check that it finished saving or downloading, then try again.`;
  return null;
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
