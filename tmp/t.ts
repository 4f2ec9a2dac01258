import { looksNumeric } from '../src/engine/cells/amount';
import { mayBeHeaderRow } from '../src/engine/detect/headerCells';
import { loadFixture, workbookOf } from '../test/corpus/corpus';
for (const s of ['2019-20','2020-21','Inc./(Dec.)']) console.log(s, looksNumeric(s));
const sheet = workbookOf(loadFixture(process.argv[2]!)).sheets[0]!;
console.log(sheet.values[7], mayBeHeaderRow(sheet, 7));
