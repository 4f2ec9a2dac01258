/**
 * apply(): a write plan carried out in Excel — cells, formulas, looks, rules and marks —
 * text kept as text, idempotent, and refused before any write where it must be.
 */
import { ourMark } from './helpers';
import { plannedSheetFingerprint } from '../../../src/engine/plan/fingerprint';
import { RagBoardError } from '../../../src/engine/errors';
import { GENERATED_SHEET_MARK, isOwnedRuleFormula } from '../../../src/engine/plan/types';
import { ExcelApiError, WAITING_FOR_EXCEL } from '../../../src/workbook/office';
import { widthInPoints } from '../../../src/workbook/office/cells';
import { DoubleOfficeError, type ModelSheet } from './double';
import { rejection, setup, teardown } from './helpers';
import { FINANCE_RULES, handPlan, num, snapshotSheet, summarySheet, text, userWorkbook } from './plans';

afterEach(teardown);

function cell(sheet: ModelSheet, ref: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return { value: sheet.value(row, col), formula: sheet.formula(row, col), numberFormat: sheet.numberFormat(row, col), style: sheet.style(row, col) };
}

describe('a hand-made plan', () => {
  test('writes the cells, formulas, looks, widths, merges, frozen rows, rules, print settings and marks', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan());
    const wb = excel.model;
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Finance', 'Visible'],
      ['Notes', 'Visible'],
      ['Budget Summary', 'Visible'],
      ['RAG Board data', 'VeryHidden'],
    ]);
    const summary = wb.get('Budget Summary');
    // Each mark carries the fingerprint of what was written, as the .xlsx writer's does.
    const fp = (name: string) => plannedSheetFingerprint(handPlan().sheets.find((x) => x.name === name)!);
    expect(summary.names).toEqual([{ name: GENERATED_SHEET_MARK, formula: `="budget-summary|Budget Summary|#${fp('Budget Summary')}"`, visible: false }]);
    expect(wb.get('RAG Board data').names).toEqual([{ name: GENERATED_SHEET_MARK, formula: `="snapshot|RAG Board data|#${fp('RAG Board data')}"`, visible: false }]);

    expect(cell(summary, 'A1')).toMatchObject({ value: 'Budget Summary', style: { bold: true, size: 14 } });
    expect(cell(summary, 'A3')).toMatchObject({ value: 'GMS', formula: undefined });
    expect(cell(summary, 'B3')).toMatchObject({ formula: "='Finance'!B2", numberFormat: '#,##0;(#,##0)' });
    expect(cell(summary, 'D3').formula).toBe('=C3-B3');
    expect(cell(summary, 'D4').formula).toBe('=C4-B4');
    expect(cell(summary, 'B7')).toMatchObject({ value: 0.05, numberFormat: '0.0%', style: { italic: true } });
    expect(cell(summary, 'A2').style).toEqual({
      bold: true,
      fill: '#005EB8',
      fontColor: '#FFFFFF',
      horizontal: 'Center',
      borders: { top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' },
    });
    // A thin border all round every bordered cell, inside a block as on its edges.
    for (const ref of ['B2', 'C3', 'D4', 'B4']) expect(cell(summary, ref).style?.borders).toEqual({ top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' });
    expect(summary.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(summary.freezeRows).toBe(2);
    expect(summary.columnWidths.get(0)).toBe(widthInPoints(30));
    expect(summary.columnWidths.get(3)).toBe(widthInPoints(12));
    expect(summary.rules.map((r) => [r.ranges, r.formula, r.format, r.stopIfTrue])).toEqual([
      [[{ top: 2, left: 3, bottom: 3, right: 3 }], '=AND(D3<0,N("RAG Board")=0)', { fill: '#D5281B', fontColor: '#FFFFFF', bold: true }, true],
    ]);
    // The plan's print settings as they are: A4, its percentage scale (never fit-to-pages, which
    // Excel on the desktop ignores: office-js#1860), its margins, titles and page breaks.
    expect(summary.pageLayout).toEqual({
      printArea: 'A1:D7',
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { scale: 100 },
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 36,
      bottomMargin: 36,
      headerMargin: 18,
      footerMargin: 18,
      printTitleRows: '$1:$2',
      rowBreaks: [4],
    });

    // The user's rule stays first; ours follow, marked, in the plan's order.
    const finance = wb.get('Finance');
    expect(finance.rules.map((r) => [r.formula, isOwnedRuleFormula(r.formula ?? '')])).toEqual([
      ['=A2="Total"', false],
      ['=AND(D2>0,N("RAG Board")=0)', true],
      ['=AND(B2<0,N("RAG Board")=0)', true],
    ]);
    expect(finance.rules[1]!.format).toEqual({ fill: '#D5281B', fontColor: '#FFFFFF', bold: true, numberFormat: '"R "#,##0;"R "(#,##0)' });
    expect(finance.rules[2]!.ranges).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 1, left: 3, bottom: 3, right: 3 },
    ]);
    expect(finance.rules.slice(1).every((r) => r.stopIfTrue)).toBe(true);
  });

  test('text stays text: "=HYPERLINK(...)", "@SUM(A1)", "+cmd", "-x", "00123", "TRUE", a date, an apostrophe', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan());
    const summary = excel.model.get('Budget Summary');
    const cells = ['A5', 'B5', 'C5', 'D5', 'A6', 'B6', 'C6', 'D6'].map((ref) => cell(summary, ref));
    expect(cells.map((c) => c.formula)).toEqual(new Array(8).fill(undefined));
    expect(cells.map((c) => c.value)).toEqual(['=HYPERLINK("http://x","click")', '@SUM(A1)', '+cmd', '-x', '00123', 'TRUE', '2017-08-15', "'quoted"]);
    // A text cell whose style has a format of its own gets it after its value, and stays text.
    expect(cell(summary, 'D7')).toMatchObject({ value: 'Red', formula: undefined, numberFormat: '@" flag"' });
  });

  test("the user's cells are not changed", async () => {
    const { excel, port } = setup(userWorkbook());
    const before = excel.model.get('Finance').cells();
    await port.apply(handPlan());
    expect(excel.model.get('Finance').cells()).toEqual(before);
    expect(excel.model.get('Notes').cells()).toEqual(new (await import('./double')).ExcelDouble(userWorkbook()).model.get('Notes').cells());
  });

  test('apply twice gives the same workbook as once: no duplicate rules, sheets or marks', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan());
    const once = excel.model.snapshot();
    await port.apply(handPlan());
    expect(excel.model.snapshot()).toEqual(once);
    expect(excel.model.get('Finance').rules).toHaveLength(3);
    expect(excel.model.get('Budget Summary').names).toHaveLength(1);
  });

  test('a sheet of ours is reused in place (a user formula pointing at it keeps its sheet), renamed if the plan says, and one no longer planned is removed', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan());
    const id = excel.model.get('Budget Summary').id;
    await port.apply(handPlan({ sheets: [summarySheet({ name: 'Month 7 Summary', rows: [[text('shorter')]], merges: [], rules: [], freezeRows: 0 })] }));
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Finance', 'Notes', 'Month 7 Summary']);
    const renamed = excel.model.get('Month 7 Summary');
    expect(renamed.id).toBe(id);
    expect(renamed.cells().map((c) => [c.address, c.value])).toEqual([['A1', 'shorter']]);
    expect(renamed.merges).toEqual([]);
    expect(renamed.rules).toEqual([]);
    expect(renamed.freezeRows).toBe(0);
  });

  test("a copy the user made of our summary (Excel copies the mark with it) is theirs: kept whole, our rules on it included, and the mark on ours follows a rename", async () => {
    const copy = {
      name: 'Budget Summary (2)',
      values: [['Budget Summary'], ['kept for the June board']],
      rules: [{ ranges: 'K10:K20', formula: '=AND($K10="Red",N("RAG Board")=0)' }],
      names: [{ name: GENERATED_SHEET_MARK, formula: '="budget-summary|Budget Summary"', visible: false }],
    };
    const base = userWorkbook();
    const { excel, port } = setup({ ...base, sheets: [...base.sheets, copy] });
    const before = excel.model.get('Budget Summary (2)');
    const kept = { cells: before.cells(), rules: before.rules.map((r) => ({ ...r })), names: before.names.map((n) => ({ ...n })) };
    await port.apply(handPlan());
    const after = excel.model.get('Budget Summary (2)');
    expect({ cells: after.cells(), rules: after.rules, names: after.names }).toEqual(kept);
    // Ours was written beside it, under the planned name.
    expect(excel.model.get('Budget Summary').names[0]!.formula).toMatch(/^="budget-summary\|Budget Summary\|#[0-9a-f]{16}"$/);
    const grids = await port.read();
    expect(grids.keptCopies).toEqual(new Set(['Budget Summary (2)']));
    expect([...grids.generatedSheets!.keys()]).not.toContain('Budget Summary (2)');
    // Renamed by a later plan, ours still knows itself as ours: a third run reuses it rather than add another.
    await port.apply(handPlan({ sheets: [summarySheet({ name: 'Month 7 Summary', rows: [[text('x')]], merges: [], rules: [], freezeRows: 0 })] }));
    expect(excel.model.get('Month 7 Summary').names[0]!.formula).toMatch(/^="budget-summary\|Month 7 Summary\|#[0-9a-f]{16}"$/);
    await port.apply(handPlan({ sheets: [summarySheet({ name: 'Month 7 Summary', rows: [[text('y')]], merges: [], rules: [], freezeRows: 0 })] }));
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Finance', 'Notes', 'Budget Summary (2)', 'Month 7 Summary']);
  });

  test('sync counts: a survey of three and one request to write, Excel.run with delayForCellEdit, nothing unsynced', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan());
    expect(excel.stats.syncs).toBe(4);
    expect(excel.runs.every((r) => (r.options as { delayForCellEdit?: boolean }).delayForCellEdit === true)).toBe(true);
    expect(excel.unsyncedAtEnd).toBe(0);
  });

  test('reads back: the generated sheets are known by their marks', async () => {
    const { port } = setup(userWorkbook());
    await port.apply(handPlan());
    const grids = await port.read();
    expect([...grids.generatedSheets!]).toEqual([
      ['Budget Summary', 'budget-summary'],
      ['RAG Board data', 'snapshot'],
    ]);
    // The snapshot's date, written as text, reads back as that text (not a date serial).
    expect(grids.sheets.find((s) => s.name === 'RAG Board data')!.values[0]).toEqual(['rag-board-snapshot', 1, '2017-08-15', null, null]);
  });
});

describe('refused before anything is written', () => {
  async function unchanged(seed = userWorkbook(), plan = handPlan(), apiVersion?: string) {
    const { excel, port } = setup(seed, apiVersion ? { apiVersion } : {});
    const before = excel.model.snapshot();
    const e = await rejection(port.apply(plan));
    expect(e).toBeInstanceOf(RagBoardError);
    expect(excel.model.snapshot()).toEqual(before);
    return { e: e as RagBoardError, excel };
  }

  test("a user's sheet named like a planned sheet is untouched, and the call fails", async () => {
    const seed = userWorkbook();
    const { e, excel } = await unchanged({ sheets: [...seed.sheets, { name: 'budget summary', values: [['my own notes']] }] });
    expect(e.kind).toBe('internal');
    expect(e.where?.sheet).toBe('budget summary');
    expect(excel.stats.syncs).toBe(3);
  });

  test('a protected source sheet: a clear error naming it, and the workbook as it was', async () => {
    const seed = userWorkbook();
    const { e } = await unchanged({ sheets: [{ ...seed.sheets[0]!, protected: true }, seed.sheets[1]!] });
    expect(e.kind).toBe('cannot-write');
    expect(e.where?.sheet).toBe('Finance');
    expect(e.describe()).toBe(
      'The sheet "Finance" is protected, so RAG Board cannot add its colour rules to it (sheet "Finance"). Remove its protection in Excel first (Review > Unprotect Sheet) and run RAG Board again. Nothing was changed.',
    );
  });

  test('a protected sheet that only carries our earlier rules is refused too (they could not come off)', async () => {
    const seed = userWorkbook();
    const notes = { ...seed.sheets[1]!, protected: true, rules: [{ ranges: 'A1', formula: '=AND(A1<0,N("RAG Board")=0)' }] };
    const { e } = await unchanged({ sheets: [seed.sheets[0]!, notes] });
    expect(e.message).toMatch(/"Notes" is protected, so RAG Board cannot take its earlier colour rules off it/);
  });

  test("a protected summary of ours is refused (its contents could not be replaced)", async () => {
    const seed = userWorkbook();
    const ours = { name: 'Budget Summary', protected: true, values: [['old']], names: [ourMark('budget-summary', 'Budget Summary', [['old']])] };
    const { e } = await unchanged({ sheets: [...seed.sheets, ours] });
    expect(e.message).toMatch(/"Budget Summary" is protected/);
  });

  test("a protected workbook structure is refused when sheets must be added", async () => {
    const { e } = await unchanged(userWorkbook({ structureProtected: true }));
    expect(e.kind).toBe('cannot-write');
    expect(e.message).toMatch(/structure is protected, so RAG Board cannot add its summary sheets/);
  });

  test('rules for a sheet that is no longer there', async () => {
    const { e } = await unchanged(userWorkbook(), handPlan({ sourceRules: [{ sheet: 'Renamed', rules: FINANCE_RULES }] }));
    expect(e.kind).toBe('cannot-write');
    expect(e.message).toMatch(/no sheet named "Renamed"/);
  });

  test('an Excel without ExcelApi 1.7 is told which version writing needs, with no request made', async () => {
    const { e, excel } = await unchanged(userWorkbook(), handPlan(), '1.6');
    expect(e.kind).toBe('cannot-write');
    expect(e.message).toMatch(/ExcelApi 1\.7/);
    expect(excel.stats.syncs).toBe(0);
  });

  test('a rule over several ranges needs ExcelApi 1.9, said before anything is written', async () => {
    const { e, excel } = await unchanged(userWorkbook(), handPlan(), '1.8');
    expect(e.message).toMatch(/ExcelApi 1\.9\) for a colour rule that covers several ranges/);
    expect(excel.stats.syncs).toBe(0);
  });

  test('a plan with a cell Excel cannot hold is a fault of ours, found before Excel is asked', async () => {
    const { e, excel } = await unchanged(userWorkbook(), handPlan({ sheets: [summarySheet({ rows: [[num(Number.NaN)]] })] }));
    expect(e.kind).toBe('internal');
    expect(e.where).toEqual({ sheet: 'Budget Summary', cell: 'A1' });
    expect(excel.stats.syncs).toBe(0);
  });
});

describe('older Excel, where optional features are missing (ExcelApi 1.8)', () => {
  test('looks go range by range and print settings are skipped; everything else is written', async () => {
    const { excel, port } = setup(userWorkbook(), { apiVersion: '1.8' });
    await port.apply(handPlan({ sourceRules: [{ sheet: 'Finance', rules: [FINANCE_RULES[0]!] }] }));
    const summary = excel.model.get('Budget Summary');
    expect(cell(summary, 'A2').style?.fill).toBe('#005EB8');
    expect(cell(summary, 'A5').value).toBe('=HYPERLINK("http://x","click")');
    expect(summary.pageLayout).toEqual({});
    expect(excel.model.get('Finance').rules).toHaveLength(2);
  });
});

describe('failures inside Excel', () => {
  test('while a cell is being edited, Excel holds the request: the progress says so and what to do, no failure is reported, and the write goes in when the edit ends', async () => {
    const { excel, port } = setup(userWorkbook(), { adapter: { waitNoticeMs: 5 } });
    const said: string[] = [];
    let waiting!: () => void;
    const noticed = new Promise<void>((resolve) => (waiting = resolve));
    excel.startCellEdit();
    const applied = port.apply(handPlan(), (_f, what) => {
      said.push(what);
      if (what === WAITING_FOR_EXCEL) waiting();
    });
    let settled = false;
    void applied.then(
      () => (settled = true),
      () => (settled = true),
    );
    await noticed;
    expect(settled).toBe(false);
    expect(excel.heldByCellEdit).toBeGreaterThan(0);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Finance', 'Notes']);
    expect(WAITING_FOR_EXCEL).toMatch(/press Enter or Esc/);
    excel.endCellEdit();
    await applied;
    expect(excel.model.sheets.map((s) => s.name)).toEqual(['Finance', 'Notes', 'Budget Summary', 'RAG Board data']);
    // After the wait, the progress goes back to what was being done.
    expect(said[said.length - 1]).not.toBe(WAITING_FOR_EXCEL);
  });

  test('an OfficeExtension.Error becomes a RagBoardError with its code and location, the original as cause', async () => {
    const { excel, port } = setup(userWorkbook());
    const original = new DoubleOfficeError('GeneralException', 'An internal error has occurred.', 'Range.formulas');
    excel.failSync(original, 4);
    const e = (await rejection(port.apply(handPlan()))) as ExcelApiError;
    expect(e).toBeInstanceOf(ExcelApiError);
    expect(e).toBeInstanceOf(RagBoardError);
    expect(e.code).toBe('GeneralException');
    expect(e.errorLocation).toBe('Range.formulas');
    expect(e.cause).toBe(original);
    expect(e.message).toBe('Excel could not write the summary sheets and colour rules: An internal error has occurred (GeneralException at Range.formulas)');
  });

  test('an error Excel raises on its own (a sheet deleted meanwhile) keeps its code', async () => {
    const { excel, port } = setup(userWorkbook());
    // The user deletes Finance between the survey and the write.
    const realRunSync = excel.runSync.bind(excel);
    let n = 0;
    excel.runSync = async (ctx) => {
      if (++n === 4) excel.model.sheets = excel.model.sheets.filter((s) => s.name !== 'Finance');
      return realRunSync(ctx);
    };
    const e = (await rejection(port.apply(handPlan()))) as ExcelApiError;
    expect(e.code).toBe('ItemNotFound');
    expect(e.hint).toMatch(/renamed or deleted/);
  });
});

describe('a plan too large for one request', () => {
  test('goes in as several requests, each under 5 MB, the number following the bytes', async () => {
    const rows = Array.from({ length: 40000 }, (_, r) => [text(`Line ${r} ${'with a longer label '.repeat(3)}`), num(r * 1000.5), num(r), text(r % 7 === 0 ? '=not a formula' : 'ok')]);
    const { excel, port } = setup(userWorkbook());
    await port.apply(handPlan({ sheets: [summarySheet({ rows, merges: [], rules: [], print: null }), snapshotSheet()] }));
    const summary = excel.model.get('Budget Summary');
    expect(cell(summary, 'A40000').value).toMatch(/^Line 39999/);
    expect(cell(summary, 'D39901')).toMatchObject({ value: '=not a formula', formula: undefined });
    expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(excel.stats.syncs).toBeGreaterThan(4);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(excel.stats.totalRequestBytes / 3_000_000) + 1);
    // A 40,000-row plan through the double takes seconds: a timeout of its own, not jest's 5 s.
  }, 60_000);
});

describe('select and settings', () => {
  test('select activates the sheet and selects the cell', async () => {
    const { excel, port } = setup(userWorkbook());
    await port.select('Notes', 'A2');
    expect(excel.model.selection).toEqual({ sheetId: excel.model.get('Notes').id, address: 'A2' });
    expect(excel.model.activeSheetId).toBe(excel.model.get('Notes').id);
  });

  test('select on a missing sheet says so', async () => {
    const { port } = setup(userWorkbook());
    const e = (await rejection(port.select('Gone', 'A1'))) as RagBoardError;
    expect(e.message).toBe('There is no sheet named "Gone" in the workbook');
  });

  test('settings are kept under one key with the document', async () => {
    const { excel, port } = setup(userWorkbook());
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings('{"risk":{"boardThreshold":15}}');
    expect(excel.settings.saved.get('ragBoard.settings')).toBe('{"risk":{"boardThreshold":15}}');
    expect(await port.loadSettings()).toBe('{"risk":{"boardThreshold":15}}');
    excel.settings.failNextSave = { message: 'The document is read-only.', code: 5009 };
    const e = (await rejection(port.saveSettings('{}'))) as RagBoardError;
    expect(e.kind).toBe('cannot-write');
    expect(e.message).toMatch(/read-only/);
  });
});
