/**
 * Status columns that already carry RAG letters or words ("Overall RAG Status" with R, A, G;
 * a KPI "Status" with Red, Green, Yellow). They get colour beside the letter they already
 * show, as owned rules.
 */
import { SheetGrid, cellValue } from '../grid';
import { cellText } from './headerCells';

export interface RagColumn {
  readonly sheet: string;
  readonly col: number;
  readonly headerRow: number;
  /** Rows below the header whose cell holds a RAG letter or word. */
  readonly rows: number[];
}

const HEADER = /\b(rag|r\/a\/g|status|rating)\b/i;
export const RAG_VALUE = /^(r|a|g|red|amber|green|yellow)$/i;

export function findRagColumns(sheet: SheetGrid): RagColumn[] {
  const found: RagColumn[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const head = cellText(sheet, r, c);
      if (!head || head.length > 40 || !HEADER.test(head)) continue;
      const rows: number[] = [];
      let blanks = 0;
      for (let x = r + 1; x < sheet.values.length && blanks < 6; x++) {
        const v = cellValue(sheet, x, c);
        if (typeof v === 'string' && RAG_VALUE.test(v.trim())) {
          rows.push(x);
          blanks = 0;
        } else if (v === null || (typeof v === 'string' && v.trim() === '')) {
          blanks++;
        } else if (typeof v === 'string' && HEADER.test(v)) {
          break; // the next table's header
        } else {
          blanks++;
        }
      }
      const key = `${c}:${rows[0]}`;
      if (rows.length >= 1 && !seen.has(key)) {
        seen.add(key);
        found.push({ sheet: sheet.name, col: c, headerRow: r, rows });
      }
    }
  }
  return found;
}
