/**
 * A corpus fixture saved as Excel would save it: its cells, merges and hidden rows and columns.
 * For the front-door test, and for trying a real layout through the command line or the pane
 * (`npm run fidelity -- --xlsx <id> <file.xlsx>`).
 */
import type { Fixture } from './corpus';

export async function writeFixtureXlsx(fixture: Fixture, file: string): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  for (const s of fixture.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        ws.getCell(r + 1, c + 1).value = typeof v === 'object' ? ({ error: v.error } as never) : v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  }
  await wb.xlsx.writeFile(file);
}
