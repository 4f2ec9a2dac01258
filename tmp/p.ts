import * as path from 'path';
import { loadFixture } from '../test/corpus/corpus';
import { analyseFixture } from '../test/corpus/score';
const t: any = analyseFixture(loadFixture(path.resolve(process.argv[2]!))).tables[0];
console.log(t.headerRows, Object.keys(t), t.columns.map((c: any) => [c.role, c.col]));
console.log(t.rows.slice(0, 5));
