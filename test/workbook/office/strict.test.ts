/**
 * The double is as strict as Excel where Excel's documented behaviour (or a reported issue)
 * would break the adapter: each rule here cites its source beside the rule in the double, and
 * the adapter is checked against it. Where Excel's behaviour is uncertain, the double takes the
 * stricter reading.
 */
import { GENERATED_SHEET_MARK } from '../../../src/engine/plan/types';
import { DoubleOfficeError, ExcelDouble } from './double';
import { setup, teardown } from './helpers';
import { handPlan, summarySheet, userWorkbook } from './plans';

afterEach(teardown);

type Ctx = Excel.RequestContext;

async function officeError(p: Promise<unknown>): Promise<DoubleOfficeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DoubleOfficeError) return e;
    throw e;
  }
  throw new Error('expected an OfficeExtension.Error');
}

describe('a very hidden sheet cannot be deleted (Worksheet.delete reference; office-js#365)', () => {
  const seed = () => ({ sheets: [{ name: 'Data', values: [['x']] }, { name: 'Secret', visibility: 'veryHidden' as const, values: [['y']] }] });

  test('the double refuses with InvalidOperation, and deletes it once it is made hidden', async () => {
    const excel = new ExcelDouble(seed());
    const e = await officeError(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem('Secret').delete();
        await context.sync();
      }),
    );
    expect([e.code, e.debugInfo.errorLocation]).toEqual(['InvalidOperation', 'Worksheet.delete']);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Data', 'Secret']);
    await excel.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Secret');
      ws.visibility = 'Hidden';
      ws.delete();
      await context.sync();
    });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Data']);
  });

  test('Remove takes the very hidden "RAG Board data" sheet off with the rest, in one request', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan());
    expect(excel.model.get('RAG Board data').visibility).toBe('VeryHidden');
    excel.resetStats();
    await port.clear();
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Finance', 'Notes']);
    expect(excel.model.get('Finance').rules).toHaveLength(1);
    expect(excel.stats.syncs).toBe(4);
  });

  test('Apply with a plan that no longer has the snapshot removes the very hidden one', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan());
    await port.apply(handPlan({ sheets: [summarySheet()] }));
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Finance', 'Notes', 'Budget Summary']);
    expect(excel.model.sheets.every((s) => s.names.every((n) => n.name !== GENERATED_SHEET_MARK || s.name === 'Budget Summary'))).toBe(true);
  });
});
