import { loadFixture, workbookOf } from '../test/corpus/corpus';
import * as bh from '../src/engine/detect/budgetHeader';
const sheet = workbookOf(loadFixture(process.argv[2]!)).sheets[0]!;
const r = Number(process.argv[3]) - 1;
(globalThis as any).__dbg = true;
console.log(bh.budgetHeaderAt(sheet, r, (x) => console.log('refusal', x.reason)));
