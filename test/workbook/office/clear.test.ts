/**
 * clear(): RAG Board's sheets (by their mark) and rules (by the mark in their formula) come
 * off; the user's sheets, cells and rules stay exactly as they were.
 */
import { ourMark } from './helpers';
import { RagBoardError } from '../../../src/engine/errors';
import { GENERATED_SHEET_MARK } from '../../../src/engine/plan/types';
import { ExcelDouble, type SeedWorkbook } from './double';
import { rejection, setup, teardown } from './helpers';
import { handPlan, userWorkbook } from './plans';

afterEach(teardown);

function userSheetsOf(excel: ExcelDouble) {
  return (excel.model.snapshot() as { sheets: Array<{ name: string }> }).sheets;
}

test("after apply, clear leaves exactly the user's sheets and rules", async () => {
  const { excel, port } = setup(userWorkbook());
  const before = userSheetsOf(excel);
  await port.apply(handPlan());
  expect(excel.model.sheets).toHaveLength(4);
  excel.resetStats();
  await port.clear();
  expect(userSheetsOf(excel)).toEqual(before);
  expect(excel.model.get('Finance').rules.map((r) => r.formula)).toEqual(['=A2="Total"']);
  expect(excel.stats.syncs).toBe(4);
});

test('rules and sheets an earlier run left (by the .xlsx writer or another Excel) are found by their marks, borne out by what the sheets hold', async () => {
  const seed: SeedWorkbook = {
    sheets: [
      {
        name: 'Register',
        values: [['Risk', 'Score'], ['Fin 01', 12]],
        rules: [
          { ranges: 'B2:B9', formula: '=AND(B2>=15,N("RAG Board")=0)', format: { fill: '#D5281B' } },
          { ranges: 'B2:B9', formula: '=B2>20', format: { bold: true } },
          { ranges: 'B2:B9', formula: '=AND(B2>=8, N( "RAG Board" ) = 0)', format: { fill: '#FFC000' } },
          { ranges: 'A2:A9', type: 'DataBar', formula: '' },
        ],
      },
      { name: 'Risk Summary', values: [['old']], names: [ourMark('risk-summary', 'Risk Summary', [['old']])] },
      { name: 'Hidden data', visibility: 'veryHidden', values: [['x']], names: [ourMark('snapshot', 'Hidden data', [['x']])] },
      // A user's sheet with a name that merely looks like ours, and a user's own defined name.
      { name: 'RAG Board notes', values: [['mine']], names: [{ name: 'MyTotal', formula: '=1' }] },
    ],
  };
  const { excel, port } = setup(seed);
  await port.clear();
  expect(excel.model.sheets.map((s) => s.name)).toEqual(['Register', 'RAG Board notes']);
  expect(excel.model.get('Register').rules.map((r) => [r.type, r.formula])).toEqual([
    ['Custom', '=B2>20'],
    ['DataBar', ''],
  ]);
  expect(excel.model.get('RAG Board notes').names).toEqual([{ name: 'MyTotal', formula: '=1', visible: true }]);
});

test('nothing of ours: a survey and no write', async () => {
  const { excel, port } = setup(userWorkbook());
  const before = excel.model.snapshot();
  await port.clear();
  expect(excel.model.snapshot()).toEqual(before);
  expect(excel.stats.syncs).toBe(3);
});

test('a protected sheet carrying our rules: refused before anything is removed', async () => {
  const { excel, port } = setup(userWorkbook());
  await port.apply(handPlan());
  excel.model.get('Finance').isProtected = true;
  const before = excel.model.snapshot();
  const e = (await rejection(port.clear())) as RagBoardError;
  expect(e).toBeInstanceOf(RagBoardError);
  expect(e.kind).toBe('cannot-write');
  expect(e.where?.sheet).toBe('Finance');
  expect(excel.model.snapshot()).toEqual(before);
});

test('a protected workbook structure: refused before anything is removed', async () => {
  const { excel, port } = setup(userWorkbook());
  await port.apply(handPlan());
  excel.model.structureProtected = true;
  const before = excel.model.snapshot();
  const e = (await rejection(port.clear())) as RagBoardError;
  expect(e.message).toMatch(/structure is protected/);
  expect(excel.model.snapshot()).toEqual(before);
});

test('a mark alone never takes a sheet: one with no fingerprint, or holding other than what was written, is the user\'s and Remove keeps it (issue "Hostile and damaged workbooks")', async () => {
  const seed: SeedWorkbook = {
    sheets: [
      // A sheet of the user's that came with a mark from a template, and a summary of ours the user has since edited.
      { name: 'Finance', values: [['Line', 'Budget'], ['Pay', 100]], names: [{ name: GENERATED_SHEET_MARK, formula: '="budget-summary|Finance"', visible: false }] },
      { name: 'Budget Summary', values: [['Budget Summary'], ['edited by hand']], names: [ourMark('budget-summary', 'Budget Summary', [['Budget Summary']])] },
      { name: 'Risk Summary', values: [['ours']], names: [ourMark('risk-summary', 'Risk Summary', [['ours']])] },
    ],
  };
  const { excel, port } = setup(seed);
  const grids = await port.read();
  expect([...grids.generatedSheets!.keys()]).toEqual(['Risk Summary']);
  expect(grids.unprovenMarks).toEqual(new Set(['Finance', 'Budget Summary']));
  await port.clear();
  expect(excel.model.sheets.map((s) => s.name)).toEqual(['Finance', 'Budget Summary']);
});
