import { loadFixture, workbookOf } from '../test/corpus/corpus';
import { budgetHeaderAt } from '../src/engine/detect/budgetHeader';
const [file, ...rows] = process.argv.slice(2);
const wb = workbookOf(loadFixture(file!));
const sheet = wb.sheets[0]!;
for (const r of rows.map(Number)) {
  const h = budgetHeaderAt(sheet, r - 1, (x) => console.log('refusal', r, JSON.stringify(x).slice(0, 300)));
  console.log(r, h ? JSON.stringify({ rows: h.headerRows, cols: h.columns?.map((c: any) => [c.col, c.role, c.text, c.why]) }).slice(0, 1500) : null);
}
