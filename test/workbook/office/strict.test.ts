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
import { printScale, summaryPrint } from '../../../src/engine/plan/print';

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

describe('rule formulas over 255 characters are refused (Excel cannot edit them in its rules manager)', () => {
  test('the double refuses a 256-character rule formula and takes a 255-character one', async () => {
    const excel = new ExcelDouble({ sheets: [{ name: 'Data', values: [[1]] }] });
    const formula = (n: number) => `=${'1+'.repeat((n - 2) / 2)}1`.padEnd(n, ' ');
    const add = (f: string) =>
      excel.run(async (context: Ctx) => {
        const cf = context.workbook.worksheets.getItem('Data').getRange('A1').conditionalFormats.add('Custom');
        cf.custom.rule.formula = f;
        await context.sync();
      });
    expect(formula(256)).toHaveLength(256);
    expect((await officeError(add(formula(256)))).code).toBe('InvalidArgument');
    await add(formula(255));
  });

  test('a plan with a longer rule formula is refused before anything is written', async () => {
    const { excel, port } = setup(userWorkbook());
    const before = excel.model.snapshot();
    const long = `D2>${'1+'.repeat(120)}1`;
    const e = await port.apply(handPlan({ sourceRules: [{ sheet: 'Finance', rules: [{ ranges: 'D2:D4', condition: long, style: { fill: '#D5281B' }, order: 1 }] }] })).catch((x: unknown) => x);
    expect(String((e as Error).message)).toMatch(/formula of 2\d\d characters, more than the 255/);
    expect(excel.model.snapshot()).toEqual(before);
    expect(excel.stats.syncs).toBe(0);
  });
});

describe('getRanges refuses address lists over 8,000 characters (office-js#5198)', () => {
  test('the double refuses 8,001 characters and takes 8,000', async () => {
    const excel = new ExcelDouble({ sheets: [{ name: 'Data', values: [[1]] }] });
    const list = (n: number) => {
      const parts: string[] = [];
      for (let r = 1; parts.join(', ').length < n; r += 2) parts.push(`A${r}`);
      let s = parts.join(', ');
      while (s.length > n) s = s.slice(0, s.lastIndexOf(','));
      return s;
    };
    const use = (address: string) =>
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem('Data').getRanges(address).format.fill.color = '#FFFF00';
        await context.sync();
      });
    const ok = list(8000);
    expect(ok.length).toBeLessThanOrEqual(8000);
    await use(ok);
    expect((await officeError(use(`${ok}, B1, B3, B5, B7, B9`))).code).toBe('InvalidArgument');
  });

  test('a plan with a longer address list is refused before anything is written', async () => {
    const { excel, port } = setup(userWorkbook());
    const ranges = Array.from({ length: 1500 }, (_, i) => `D${i * 2 + 2}`).join(' ');
    const e = await port.apply(handPlan({ sourceRules: [{ sheet: 'Finance', rules: [{ ranges, condition: 'D2>0', style: { fill: '#D5281B' }, order: 1 }] }] })).catch((x: unknown) => x);
    expect(String((e as Error).message)).toMatch(/address list of \d+ characters, more than the 8000/);
    expect(excel.stats.syncs).toBe(0);
  });
});

describe('text through Range.formulas is not trusted (undocumented under "@"; office-js#6687)', () => {
  test('the double: through formulas "=..." becomes a formula even under "@" and an apostrophe is lost; through values under "@" both stay text', async () => {
    const excel = new ExcelDouble({ sheets: [{ name: 'Data', values: [[null]] }] });
    await excel.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('A1:B2').numberFormat = [['@', '@'], ['@', '@']];
      ws.getRange('A1:B1').formulas = [['=HYPERLINK("x")', "'quoted"]];
      ws.getRange('A2:B2').values = [['=HYPERLINK("x")', "'quoted"]];
      await context.sync();
    });
    const s = excel.model.get('Data');
    expect([s.formula(0, 0), s.value(0, 1)]).toEqual(['=HYPERLINK("x")', 'quoted']);
    expect([s.formula(1, 0), s.value(1, 0), s.value(1, 1)]).toEqual([undefined, '=HYPERLINK("x")', "'quoted"]);
  });
});

describe('printing and frozen panes, as Excel on the desktop does them', () => {
  test('the scale is the percentage the plan worked out from the column widths, since fit-to-pages is ignored on the desktop (office-js#1860)', async () => {
    const { excel, port } = setup(userWorkbook());
    const widths = [30, 12, 12, 12, 8, 12, 12, 12, 8, 8, 34];
    const wide = summarySheet({ columnWidths: widths, print: summaryPrint(widths, 6, 1, [3]) });
    await port.apply(handPlan({ sheets: [wide] }));
    const layout = excel.model.get('Budget Summary').pageLayout;
    expect(layout.zoom).toEqual({ scale: printScale(widths) });
    // 11 columns, 160 characters wide: about 65% on A4 landscape within half-inch margins, for a
    // font a third wider than Calibri (DejaVu Sans, where LibreOffice has no Calibri or Carlito).
    expect(layout.zoom!.scale).toBeGreaterThanOrEqual(62);
    expect(layout.zoom!.scale).toBeLessThanOrEqual(68);
    expect([layout.paperSize, layout.orientation, layout.printTitleRows, layout.rowBreaks]).toEqual(['A4', 'Landscape', '$2:$2', [3]]);
  });

  test('a page break above the first row is refused, and breaks from an earlier run are taken off before the new ones', async () => {
    const { excel, port } = setup(userWorkbook());
    const at = (breaks: number[]) => handPlan({ sheets: [summarySheet({ print: { ...summarySheet().print!, breaksBefore: breaks } })] });
    await port.apply(at([2, 5]));
    expect(excel.model.get('Budget Summary').pageLayout.rowBreaks).toEqual([2, 5]);
    await port.apply(at([3]));
    expect(excel.model.get('Budget Summary').pageLayout.rowBreaks).toEqual([3]);
    await expect(port.apply(at([0]))).rejects.toThrow();
  });

  test("freezing the summary's header rows leaves the user on the sheet they were on (office-js#3148)", async () => {
    const { excel, port } = setup(userWorkbook());
    const notes = excel.model.get('Notes');
    excel.model.activeSheetId = notes.id;
    await port.apply(handPlan());
    expect(excel.model.get('Budget Summary').freezeRows).toBe(2);
    expect(excel.model.activeSheetId).toBe(notes.id);
    // Again, now that the summary is reused (unfrozen, then frozen again).
    await port.apply(handPlan());
    expect(excel.model.activeSheetId).toBe(notes.id);
  });
});

describe('a cell being edited holds requests (Excel.RunOptions.delayForCellEdit; office-js#806)', () => {
  test('with delayForCellEdit the request waits for the edit to end; without it, it fails', async () => {
    const excel = new ExcelDouble({ sheets: [{ name: 'Data', values: [[1]] }] });
    excel.startCellEdit();
    const write = (delayForCellEdit: boolean) =>
      (excel.run as unknown as (o: object, f: (c: Ctx) => Promise<void>) => Promise<void>)({ delayForCellEdit }, async (context: Ctx) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [[delayForCellEdit ? 2 : 3]];
        await context.sync();
      });
    expect((await officeError(write(false))).code).toBe('InvalidOperationInCellEditMode');
    let done = false;
    const held = write(true).then(() => (done = true));
    while (excel.heldByCellEdit === 0) await new Promise((r) => setImmediate(r));
    expect(done).toBe(false);
    expect(excel.model.get('Data').value(0, 0)).toBe(1);
    excel.endCellEdit();
    await held;
    expect(excel.model.get('Data').value(0, 0)).toBe(2);
  });
});

describe('calls above the requirement set a test declares fail, as unsupported APIs do', () => {
  test('on ExcelApi 1.8 (Excel 2019), getRanges (1.9) fails the sync with ApiNotFound, and the adapter says so in words before asking', async () => {
    const excel = new ExcelDouble({ sheets: [{ name: 'Data', values: [[1]] }] }, { apiVersion: '1.8' });
    expect(excel.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.9')).toBe(false);
    const e = await officeError(
      excel.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem('Data').getRanges('A1, A3').format.fill.color = '#FFFF00';
        await context.sync();
      }),
    );
    expect(e.code).toBe('ApiNotFound');
    const { excel: excel2, port } = setup(userWorkbook(), { apiVersion: '1.8' });
    const said = (await port.apply(handPlan()).catch((x: unknown) => x)) as Error;
    expect(said.message).toBe('RAG Board needs the Excel JavaScript API 1.9 (ExcelApi 1.9) for a colour rule that covers several ranges, and this version of Excel does not have it');
    expect(excel2.stats.syncs).toBe(0);
  });
});
