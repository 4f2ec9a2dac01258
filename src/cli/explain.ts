/**
 * `rag-board explain`: for each sheet, every row RAG Board read as a header or nearly so,
 * which role it gave each column and why, and why it took or refused the table. Where a row
 * was refused, the config entry that would name its columns, ready to edit.
 */
import { columnLetter } from '../engine/grid';
import type { Analysis, HeaderExplained } from '../engine/model';
import { suggestedRole } from '../engine/detect/explain';
import { plural } from '../engine/report/wording';

const ROLE_WIDTH = 20;

export function describeExplanation(file: string, sheets: ReadonlyArray<string>, analysis: Analysis): string {
  const explained = analysis.explained ?? [];
  const out: string[] = [file];
  const tables = explained.filter((e) => e.outcome === 'table').length;
  const refused = explained.length - tables;
  out.push(`  ${plural(tables, 'table')} read; ${plural(refused, 'other row')} that ${refused === 1 ? 'looks' : 'look'} like a header but ${refused === 1 ? 'was' : 'were'} not read as a table`);
  for (const sheet of sheets) {
    const here = explained.filter((e) => e.sheet === sheet);
    out.push('');
    if (here.length === 0) {
      out.push(`Sheet "${sheet}": no row names budget, actual, forecast or variance columns, or a register's score columns`);
      continue;
    }
    out.push(`Sheet "${sheet}"`);
    for (const e of here) out.push(...headerLines(e));
  }
  const notes = analysis.notes.filter((n) => !/^No budget table or risk register was recognised/.test(n));
  if (notes.length) {
    out.push('', 'Notes');
    for (const n of notes) out.push(`  ${n}`);
  }
  return out.join('\n') + '\n';
}

function headerLines(e: HeaderExplained): string[] {
  const rows = e.headerRows.map((r) => r + 1);
  const where = rows.length === 1 ? `Row ${rows[0]}` : `Rows ${rows[0]} to ${rows[rows.length - 1]}`;
  const verdict = e.outcome === 'table' ? e.reason : `not read as a ${e.kind === 'budget' ? 'budget table' : 'risk register'}: ${e.reason}`;
  const lines = [`  ${where}: ${verdict}`];
  const headerWidth = Math.min(36, Math.max(6, ...e.columns.map((c) => quoted(c.header).length)));
  for (const c of e.columns) {
    const header = quoted(c.header);
    const shown = header.length > headerWidth ? `${header.slice(0, headerWidth - 2)}…"` : header.padEnd(headerWidth);
    lines.push(`    ${columnLetter(c.col).padEnd(3)} ${shown}  ${(c.role ?? '-').padEnd(ROLE_WIDTH)} ${c.why}`);
  }
  if (e.outcome === 'refused' && !e.unsupported) lines.push(...configHint(e));
  return lines;
}

/** The config entry that names the row's columns, with the roles RAG Board did read filled in. */
function configHint(e: HeaderExplained): string[] {
  const columns = e.columns.filter((c) => c.role).map((c) => `"${columnLetter(c.col)}": "${suggestedRole(e.kind, c.role)}"`);
  const headerRow = e.headerRows[e.headerRows.length - 1]! + 1;
  return [
    `    If it is a ${e.kind === 'budget' ? 'budget table' : 'risk register'}, name its columns in the config (README, "Configuration"), starting from what was read:`,
    `      "tables": [{ "sheet": ${JSON.stringify(e.sheet)}, "headerRow": ${headerRow}, "columns": { ${columns.join(', ')} } }]`,
  ];
}

function quoted(text: string): string {
  return text ? `"${text.replace(/\s+/g, ' ')}"` : '(blank)';
}
