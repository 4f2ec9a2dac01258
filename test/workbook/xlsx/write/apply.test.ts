import { strToU8, unzipSync, zipSync } from 'fflate';
import { RagBoardError } from '../../../../src/engine/errors';
import { cellFormula, cellNumberFormat, cellValue, type SheetGrid } from '../../../../src/engine/grid';
import { GENERATED_SHEET_MARK, markConstant, type WritePlan } from '../../../../src/engine/plan/types';
import { plannedSheetFingerprint } from '../../../../src/engine/plan/fingerprint';
import { readXlsx } from '../../../../src/workbook/xlsx/read';
import { parseWorkbook } from '../../../../src/workbook/xlsx/workbook-part';
import { applyPlan, clearOwned } from '../../../../src/workbook/xlsx/write/apply';
import { cellXml, changedParts, conditionalFormats, contentOf, editPart, entryOrder, partsOf, partText, sameBytes, sheetData } from './helpers';
import { BUDGET_PART, buildRichWorkbook, NOTES_NAME, RICH_SHEETS, RICH_WORKSHEETS } from './rich-workbook';
import { AWKWARD, BUDGET_SUMMARY, budgetSummary, DANGEROUS, RISK_SUMMARY, riskSummary, samplePlan, SOURCE_RULES } from './sample-plan';

const OWNED = /N\("RAG Board"\)=0/;

function expectError(run: () => unknown, kind: RagBoardError['kind'], message: RegExp): RagBoardError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RagBoardError);
  const e = error as RagBoardError;
  expect(e.kind).toBe(kind);
  expect(e.describe()).toMatch(message);
  return e;
}

function sheet(grids: { sheets: ReadonlyArray<SheetGrid> }, name: string): SheetGrid {
  const s = grids.sheets.find((g) => g.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('applyPlan on a rich workbook', () => {
  let original: Uint8Array;
  let output: Uint8Array;

  beforeAll(async () => {
    original = await buildRichWorkbook();
    output = applyPlan(original, samplePlan(), { fileName: 'rich.xlsx' });
  });

  it('changes only the parts it must, adds the generated sheets, and removes nothing', () => {
    const diff = changedParts(original, output);
    expect(diff.changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', BUDGET_PART, 'xl/styles.xml', 'xl/workbook.xml'].sort());
    expect(diff.added).toEqual(['xl/worksheets/sheet6.xml', 'xl/worksheets/sheet7.xml']);
    expect(diff.removed).toEqual([]);
  });

  it('gives back every part it does not own with identical bytes: charts, drawings, images, pivot cache, comments, tables, customXml, ...', () => {
    const before = partsOf(original);
    const after = partsOf(output);
    const untouched = [
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/drawing91.xml',
      'xl/drawings/_rels/drawing91.xml.rels',
      'xl/chartsheets/sheet1.xml',
      'xl/media/image1.png',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/threadedComments/threadedComment1.xml',
      'xl/persons/person.xml',
      'xl/tables/table1.xml',
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
      'xl/printerSettings/printerSettings1.bin',
      'xl/sharedStrings.xml',
      'xl/theme/theme1.xml',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet4.xml',
      '_rels/.rels',
    ];
    for (const part of untouched) {
      expect(before[part]).toBeDefined();
      expect(sameBytes(before[part], after[part])).toBe(true);
    }
  });

  it('keeps the entries in their order, with the new parts at the end', () => {
    const before = entryOrder(original);
    const after = entryOrder(output);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual(['xl/worksheets/sheet6.xml', 'xl/worksheets/sheet7.xml']);
  });

  it("leaves the source sheet's cells alone and only inserts its rules, after the user's rule and before dataValidations", () => {
    const before = partText(original, BUDGET_PART);
    const after = partText(output, BUDGET_PART);
    expect(sheetData(after)).toBe(sheetData(before));
    const cfs = conditionalFormats(after);
    expect(cfs).toHaveLength(3);
    expect(cfs[0]).not.toMatch(OWNED); // the user's own rule stays first
    const ours = cfs.slice(1);
    for (const cf of ours) expect(cf).toMatch(OWNED);
    // Taking our elements out gives back the original text exactly.
    expect(after.replace(ours.join(''), '')).toBe(before);
    expect(after.indexOf(ours[1]!)).toBeLessThan(after.indexOf('<dataValidations'));
    expect(after.indexOf(cfs[0]!)).toBeLessThan(after.indexOf(ours[0]!));
  });

  it("gives our rules on a source sheet priorities above the user's, in the plan's order, each stopping further rules", () => {
    const cfs = conditionalFormats(partText(output, BUDGET_PART));
    const priority = (cf: string) => Number(/priority="(\d+)"/.exec(cf)![1]);
    expect(cfs.map(priority)).toEqual([1, 2, 3]);
    expect(cfs[1]).toContain('<formula>AND(D4&gt;0,N("RAG Board")=0)</formula>');
    expect(cfs[2]).toContain('<formula>AND(D4&lt;=0,N("RAG Board")=0)</formula>');
    expect(cfs[1]).toContain('stopIfTrue="1"');
  });

  it("reads back every user sheet exactly as before", () => {
    const before = readXlsx(original);
    const after = readXlsx(output);
    for (const name of RICH_WORKSHEETS) expect(sheet(after, name)).toEqual(sheet(before, name));
    expect(after.sheets.map((s) => s.name)).toEqual([...RICH_WORKSHEETS, BUDGET_SUMMARY, RISK_SUMMARY]);
  });

  it("reads back the generated sheets' text, numbers, formulas and cached values", () => {
    const grids = readXlsx(output);
    const s = sheet(grids, BUDGET_SUMMARY);
    expect(s.visibility).toBe('visible');
    expect(cellValue(s, 0, 0)).toBe('Budget summary, month 10');
    expect(cellValue(s, 2, 1)).toBe(10382337);
    expect(cellFormula(s, 2, 1)).toBe("'Budget'!B4");
    expect(cellNumberFormat(s, 2, 1)).toBe('#,##0;(#,##0)');
    expect(cellValue(s, 2, 4)).toBe(-0.05195);
    expect(cellNumberFormat(s, 2, 4)).toBe('0.0%');
    expect(cellValue(s, 3, 1)).toBe(800);
    expect(cellFormula(s, 3, 1)).toBeUndefined();
    expect(cellValue(s, 3, 4)).toBe(true);
    expect(cellValue(s, 4, 3)).toBeNull(); // a formula without a cached value
    expect(cellFormula(s, 4, 3)).toBe('C5-B5');
    expect(cellValue(s, 4, 4)).toBe('Under');
    expect(cellValue(s, 6, 2)).toBe(0);
    expect(cellValue(s, 6, 3)).toBe(1e21);
    expect(cellValue(s, 6, 4)).toBe(1.5e-7);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    const r = sheet(grids, RISK_SUMMARY);
    expect(r.visibility).toBe('veryHidden');
    expect(r.values[1]).toEqual(['R1', 'Staffing', 16]);
    expect(cellFormula(r, 1, 2)).toBe("'Register'!C2");
  });

  it('fills generatedSheets from the marks', () => {
    expect(readXlsx(original).generatedSheets).toEqual(new Map());
    expect(readXlsx(output).generatedSheets).toEqual(
      new Map([
        [BUDGET_SUMMARY, 'budget-summary'],
        [RISK_SUMMARY, 'risk-summary'],
      ]),
    );
  });

  it('writes text that looks like a formula as text, never as a formula', () => {
    const xml = partText(output, 'xl/worksheets/sheet6.xml');
    const s = sheet(readXlsx(output), BUDGET_SUMMARY);
    DANGEROUS.forEach((t, c) => {
      const cell = cellXml(xml, `${'ABCD'[c]}6`);
      expect(cell).toContain('t="inlineStr"');
      expect(cell).not.toContain('<f>');
      expect(cellValue(s, 5, c)).toBe(t);
      expect(cellFormula(s, 5, c)).toBeUndefined();
    });
  });

  it('escapes what XML cannot carry, and reads it back as the same text', () => {
    const xml = partText(output, 'xl/worksheets/sheet6.xml');
    expect(cellXml(xml, 'A7')).toContain('_x0007_');
    expect(cellXml(xml, 'A7')).toContain('_x005F_x000D_');
    expect(cellXml(xml, 'A7')).toContain('&lt;tags&gt; &amp;');
    expect(cellValue(sheet(readXlsx(output), BUDGET_SUMMARY), 6, 0)).toBe(AWKWARD);
  });

  it('writes the generated sheet whole: frozen rows, widths, merges, rules, page setup', () => {
    const xml = partText(output, 'xl/worksheets/sheet6.xml');
    // A4 at the plan's scale, never fit-to-pages; its margins in inches; a break above row 5.
    expect(xml).not.toContain('fitToPage');
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<col min="1" max="1" width="30.7109375" customWidth="1"/>');
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>');
    expect(xml).toContain('<pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0.25" footer="0.25"/><pageSetup paperSize="9" scale="90" orientation="landscape"/>');
    expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks></worksheet>');
    const cfs = conditionalFormats(xml);
    expect(cfs).toHaveLength(2);
    expect(cfs[0]).toMatch(/priority="1"/);
    expect(cfs[1]).toMatch(/priority="2"/);
    for (const cf of cfs) expect(cf).toMatch(OWNED);
    const risk = partText(output, 'xl/worksheets/sheet7.xml');
    expect(risk).not.toContain('<sheetPr>');
    expect(risk).toContain('<pageSetup paperSize="9" scale="100" orientation="portrait"/>');
    expect(risk).not.toContain('<rowBreaks');
  });

  it('registers the sheets: escaped names, veryHidden state, marks, print areas and titles, other names kept', () => {
    const xml = partText(output, 'xl/workbook.xml');
    expect(xml).toContain(`<sheet name="Risk 'Q1' summary" sheetId="101" state="veryHidden" r:id="rId10"/>`);
    const info = parseWorkbook(xml);
    expect(info.sheets.map((s) => s.name)).toEqual([...RICH_SHEETS, BUDGET_SUMMARY, RISK_SUMMARY]);
    expect(info.definedNames).toEqual([
      { name: 'Amounts', localSheetId: undefined, hidden: false, value: 'Budget!$B$4:$C$6' },
      { name: NOTES_NAME, localSheetId: 5, hidden: false, value: "'Notes'!$A$1:$A$2" },
      { name: GENERATED_SHEET_MARK, localSheetId: 6, hidden: true, value: markConstant('budget-summary', BUDGET_SUMMARY, plannedSheetFingerprint(budgetSummary())) },
      { name: '_xlnm.Print_Area', localSheetId: 6, hidden: false, value: "'Budget Summary'!$A$1:$E$7" },
      { name: '_xlnm.Print_Titles', localSheetId: 6, hidden: false, value: "'Budget Summary'!$1:$2" },
      { name: GENERATED_SHEET_MARK, localSheetId: 7, hidden: true, value: markConstant('risk-summary', RISK_SUMMARY, plannedSheetFingerprint(riskSummary())) },
      { name: '_xlnm.Print_Area', localSheetId: 7, hidden: false, value: "'Risk ''Q1'' summary'!$A$1:$C$2" },
    ]);
    expect(partText(output, '[Content_Types].xml')).toContain(
      '<Override PartName="/xl/worksheets/sheet6.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    expect(partText(output, 'xl/_rels/workbook.xml.rels')).toContain(
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet6.xml"/>',
    );
  });

  it('appends to styles.xml with counts that match, one format per distinct style, custom number formats from 164', () => {
    const xml = partText(output, 'xl/styles.xml');
    const before = partText(original, 'xl/styles.xml');
    for (const [list, item] of [
      ['numFmts', 'numFmt'],
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
      ['dxfs', 'dxf'],
    ]) {
      const m = new RegExp(`<${list} count="(\\d+)"[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)!;
      expect(m).not.toBeNull();
      expect(Number(m[1])).toBe((m[2]!.match(new RegExp(`<${item}[ />]`, 'g')) ?? []).length);
    }
    // The format the workbook already had (164) is reused; new ones take the next free ids.
    const numFmts = /<numFmts[^>]*>([\s\S]*?)<\/numFmts>/.exec(xml)![1]!;
    const formats = [...numFmts.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(formats).toEqual([
      [164, '#,##0;(#,##0)'],
      [165, '0.0%'],
    ]);
    expect(before).toContain('<numFmt numFmtId="164" formatCode="#,##0;(#,##0)"/>');
    // A format only a rule shows lives in its dxf, with an id of its own.
    expect(xml).toContain('<numFmt numFmtId="166" formatCode="&quot;R &quot;#,##0;&quot;R &quot;(#,##0)"/>');
    // AMOUNT and AMOUNT_AGAIN (same style, keys in another order) share one format.
    const sheetXml = partText(output, 'xl/worksheets/sheet6.xml');
    expect(/s="(\d+)"/.exec(cellXml(sheetXml, 'B3'))![1]).toBe(/s="(\d+)"/.exec(cellXml(sheetXml, 'C3'))![1]);
    // What was there before is still there, unchanged, at the start of each list.
    const xfsBefore = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(before)![1]!;
    expect(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1]!.startsWith(xfsBefore)).toBe(true);
  });
});

describe('running twice, and taking it all off again', () => {
  let original: Uint8Array;
  let once: Uint8Array;

  beforeAll(async () => {
    original = await buildRichWorkbook();
    once = applyPlan(original, samplePlan());
  });

  it('applying the same plan twice gives the same parts as applying it once', () => {
    const twice = applyPlan(once, samplePlan());
    const a = partsOf(once);
    const b = partsOf(twice);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const k of Object.keys(a)) expect(sameBytes(a[k], b[k])).toBe(true);
    expect(sameBytes(twice, once)).toBe(true); // nothing changed, so the very bytes come back
  });

  it('clearOwned takes off every generated sheet and every owned rule, and nothing else', () => {
    const cleared = clearOwned(once);
    const before = contentOf(original);
    const after = contentOf(cleared);
    expect(after.sheets).toEqual(before.sheets);
    expect(after.names).toEqual(before.names);
    expect(after.grids).toEqual(before.grids);
    expect(conditionalFormats(partText(cleared, BUDGET_PART))).toEqual(conditionalFormats(partText(original, BUDGET_PART)));
    expect(readXlsx(cleared).generatedSheets).toEqual(new Map());
    // Every part is as it was, but styles.xml, which keeps the (now unused) entries we appended.
    const diff = changedParts(original, cleared);
    expect(diff).toEqual({ changed: ['xl/styles.xml'], added: [], removed: [] });
  });

  it('clearOwned on a workbook we never wrote gives back the same bytes', () => {
    expect(sameBytes(clearOwned(original), original)).toBe(true);
  });

  it('a second run with only one of the sheets removes the other: part, relationship, content type and names', () => {
    const next = applyPlan(once, { sheets: [budgetSummary()], sourceRules: SOURCE_RULES });
    const diff = changedParts(once, next);
    expect(diff.removed).toEqual(['xl/worksheets/sheet7.xml']);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml']);
    expect(partText(next, '[Content_Types].xml')).not.toContain('sheet7.xml');
    expect(partText(next, 'xl/_rels/workbook.xml.rels')).not.toContain('sheet7.xml');
    const info = parseWorkbook(partText(next, 'xl/workbook.xml'));
    expect(info.sheets.map((s) => s.name)).toEqual([...RICH_SHEETS, BUDGET_SUMMARY]);
    expect(info.definedNames.filter((n) => n.localSheetId === 7)).toEqual([]);
    expect(readXlsx(next).generatedSheets).toEqual(new Map([[BUDGET_SUMMARY, 'budget-summary']]));
  });

  it('replaces a renamed sheet of the same role in place: same position, part and sheet id', () => {
    const renamed = 'Budget & <Summary> v2';
    const next = applyPlan(once, { sheets: [budgetSummary(renamed), riskSummary()], sourceRules: SOURCE_RULES });
    const diff = changedParts(once, next);
    expect(diff).toEqual({ changed: ['xl/workbook.xml'], added: [], removed: [] });
    const xml = partText(next, 'xl/workbook.xml');
    expect(xml).toContain('<sheet name="Budget &amp; &lt;Summary&gt; v2" sheetId="100" r:id="rId9"/>');
    expect(xml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="6">'Budget &amp; &lt;Summary&gt; v2'!$A$1:$E$7</definedName>`);
    expect(readXlsx(next).sheets.map((s) => s.name)).toEqual([...RICH_WORKSHEETS, renamed, RISK_SUMMARY]);
    expect(readXlsx(next).generatedSheets?.get(renamed)).toBe('budget-summary');
  });

  it('renumbers the sheet-scoped names and fixes the active tab when a sheet before them goes', () => {
    // The user drags both summaries in front of "Notes" and leaves the budget summary open.
    const moved = moveSheetsBefore(once, [BUDGET_SUMMARY, RISK_SUMMARY], 'Notes', BUDGET_SUMMARY);
    const movedInfo = parseWorkbook(partText(moved, 'xl/workbook.xml'));
    expect(movedInfo.sheets.map((s) => s.name)).toEqual([...RICH_SHEETS.slice(0, 5), BUDGET_SUMMARY, RISK_SUMMARY, 'Notes']);
    expect(movedInfo.definedNames.find((n) => n.name === NOTES_NAME)!.localSheetId).toBe(7);

    const cleared = clearOwned(moved);
    const xml = partText(cleared, 'xl/workbook.xml');
    const info = parseWorkbook(xml);
    expect(info.sheets.map((s) => s.name)).toEqual([...RICH_SHEETS]);
    expect(info.definedNames).toEqual(parseWorkbook(partText(original, 'xl/workbook.xml')).definedNames);
    // The active (and first shown) tab was the removed summary at 5: the sheet before it ("Chart data", 4) takes over.
    expect(/activeTab="(\d+)"/.exec(xml)![1]).toBe('4');
    expect(/firstSheet="(\d+)"/.exec(xml)![1]).toBe('4');
  });

  it('the same after a run that keeps one summary: the name on the last sheet follows it', () => {
    const moved = moveSheetsBefore(once, [BUDGET_SUMMARY, RISK_SUMMARY], 'Notes', 'Notes');
    const next = applyPlan(moved, { sheets: [riskSummary()], sourceRules: [] });
    const info = parseWorkbook(partText(next, 'xl/workbook.xml'));
    expect(info.sheets.map((s) => s.name)).toEqual([...RICH_SHEETS.slice(0, 5), RISK_SUMMARY, 'Notes']);
    expect(info.definedNames.find((n) => n.name === NOTES_NAME)!.localSheetId).toBe(6);
    expect(info.definedNames.filter((n) => n.name === GENERATED_SHEET_MARK)).toEqual([
      { name: GENERATED_SHEET_MARK, localSheetId: 5, hidden: true, value: markConstant('risk-summary', RISK_SUMMARY, plannedSheetFingerprint(riskSummary())) },
    ]);
    const xml = partText(next, 'xl/workbook.xml');
    expect(/activeTab="(\d+)"/.exec(xml)![1]).toBe('6'); // still "Notes"
    expect(/firstSheet="(\d+)"/.exec(xml)![1]).toBe('6');
    // The rules on Budget were ours and the plan has none: they are gone; the user's stays.
    const cfs = conditionalFormats(partText(next, BUDGET_PART));
    expect(cfs).toHaveLength(1);
    expect(cfs[0]).not.toMatch(OWNED);
  });

  it('drops a calculation chain that lists cells of a sheet it replaces', () => {
    const calc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D4" i="1"/><c r="D5"/><c r="B3" i="100"/></calcChain>';
    let withChain = addPart(once, 'xl/calcChain.xml', calc);
    withChain = editPart(withChain, 'xl/_rels/workbook.xml.rels', (x) =>
      x.replace('</Relationships>', '<Relationship Id="rIdCc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'),
    );
    withChain = editPart(withChain, '[Content_Types].xml', (x) =>
      x.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
    );
    const next = applyPlan(withChain, samplePlan());
    expect(partsOf(next)['xl/calcChain.xml']).toBeUndefined();
    expect(partText(next, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(partText(next, '[Content_Types].xml')).not.toContain('calcChain');
    // A chain that lists only the user's cells stays when sheets are added or rewritten...
    const userOnly = addPart(withChain, 'xl/calcChain.xml', calc.replace(' i="100"', ''));
    expect(partsOf(applyPlan(userOnly, samplePlan()))['xl/calcChain.xml']).toBeDefined();
    // ...and goes when a sheet is removed, which moves the sheets after it.
    expect(partsOf(applyPlan(userOnly, { sheets: [budgetSummary()], sourceRules: [] }))['xl/calcChain.xml']).toBeUndefined();
  });
});

describe('what the writer refuses', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await buildRichWorkbook();
  });

  it("never takes a user's sheet: a planned sheet named like one (in any case) is an internal error", () => {
    const plan: WritePlan = { sheets: [{ ...budgetSummary(), name: 'REGISTER' }], sourceRules: [] };
    const e = expectError(() => applyPlan(original, plan), 'internal', /user's sheet "Register"/);
    expect(e.where?.sheet).toBe('Register');
  });

  it('refuses a sheet protected with <sheetProtection>, naming it and saying how to unprotect it', () => {
    const locked = editPart(original, BUDGET_PART, (x) => x.replace('</sheetData>', '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'));
    const e = expectError(() => applyPlan(locked, samplePlan()), 'cannot-write', /"Budget" is protected.*Review > Unprotect Sheet/);
    expect(e.where?.sheet).toBe('Budget');
    // Without rules for it, the protected sheet is simply left alone.
    expect(() => applyPlan(locked, { sheets: [budgetSummary()], sourceRules: [] })).not.toThrow();
  });

  it('refuses to add sheets to a workbook whose structure is protected, but may rewrite its own sheets in place', () => {
    const lock = (b: Uint8Array) => editPart(b, 'xl/workbook.xml', (x) => x.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'));
    expectError(() => applyPlan(lock(original), samplePlan()), 'cannot-write', /structure is protected.*Review > Protect Workbook/);
    const once = applyPlan(original, samplePlan());
    expect(() => applyPlan(lock(once), samplePlan())).not.toThrow();
    expectError(() => clearOwned(lock(once)), 'cannot-write', /structure is protected/);
  });

  it('refuses rules for a sheet that is not there', () => {
    const plan: WritePlan = { sheets: [], sourceRules: [{ sheet: 'Nowhere', rules: SOURCE_RULES[0]!.rules }] };
    expectError(() => applyPlan(original, plan), 'cannot-write', /no sheet named "Nowhere"/);
  });

  it('refuses sheet names Excel would refuse, and two planned sheets of one name', () => {
    expectError(() => applyPlan(original, { sheets: [{ ...budgetSummary(), name: 'Budget: summary' }], sourceRules: [] }), 'internal', /character Excel does not allow/);
    expectError(() => applyPlan(original, { sheets: [{ ...budgetSummary(), name: 'x'.repeat(32) }], sourceRules: [] }), 'internal', /31 characters/);
    expectError(() => applyPlan(original, { sheets: [budgetSummary(), { ...riskSummary(), name: 'budget summary' }], sourceRules: [] }), 'internal', /both named/);
  });

  it('refuses a colour that is not #RRGGBB as a fault of the plan', () => {
    const bad = budgetSummary();
    const plan: WritePlan = { sheets: [{ ...bad, rows: [[{ kind: 'text', text: 'x', style: { fill: 'red' } }]] }], sourceRules: [] };
    expectError(() => applyPlan(original, plan), 'internal', /colour "red"/);
  });

  it('says a file that is not a workbook is unreadable, as the reader does', () => {
    expectError(() => applyPlan(new TextEncoder().encode('hello'), samplePlan(), { fileName: 'notes.txt' }), 'unreadable-input', /notes\.txt/);
  });
});

describe('a macro-enabled workbook (.xlsm)', () => {
  it('keeps its VBA project and its macro-enabled content type', async () => {
    const original = await buildRichWorkbook({ macros: true });
    const output = applyPlan(original, samplePlan(), { fileName: 'rich.xlsm' });
    expect(sameBytes(partsOf(original)['xl/vbaProject.bin'], partsOf(output)['xl/vbaProject.bin'])).toBe(true);
    const types = partText(output, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    expect(types).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
    expect(partText(output, 'xl/_rels/workbook.xml.rels')).toContain('Target="vbaProject.bin"');
    expect(readXlsx(output).generatedSheets?.get(BUDGET_SUMMARY)).toBe('budget-summary');
    const cleared = clearOwned(output);
    expect(changedParts(original, cleared)).toEqual({ changed: ['xl/styles.xml'], added: [], removed: [] });
  });
});

/** Adds a part to a package (test set-up). */
function addPart(bytes: Uint8Array, part: string, text: string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(text);
  return zipSync(files);
}

/**
 * What Excel does when the user drags sheets: moves their <sheet> elements before
 * another sheet, renumbers the sheet-scoped names, and makes `active` the active tab.
 */
function moveSheetsBefore(bytes: Uint8Array, names: ReadonlyArray<string>, before: string, active: string): Uint8Array {
  return editPart(bytes, 'xl/workbook.xml', (xml) => {
    const sheetEls = [...xml.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
    const nameOf = (el: string) => /name="([^"]*)"/.exec(el)![1]!.replace(/&apos;/g, "'");
    const oldOrder = sheetEls.map(nameOf);
    const moving = sheetEls.filter((el) => names.includes(nameOf(el)));
    const staying = sheetEls.filter((el) => !names.includes(nameOf(el)));
    const at = staying.findIndex((el) => nameOf(el) === before);
    const newEls = [...staying.slice(0, at), ...moving, ...staying.slice(at)];
    const newOrder = newEls.map(nameOf);
    let out = xml.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${newEls.join('')}</sheets>`);
    out = out.replace(/localSheetId="(\d+)"/g, (_m, i: string) => `localSheetId="${newOrder.indexOf(oldOrder[Number(i)]!)}"`);
    const view = `<workbookView firstSheet="${newOrder.indexOf(active)}" activeTab="${newOrder.indexOf(active)}"/>`;
    out = /<bookViews>/.test(out) ? out.replace(/<bookViews>[\s\S]*?<\/bookViews>/, `<bookViews>${view}</bookViews>`) : out.replace('<sheets>', `<bookViews>${view}</bookViews><sheets>`);
    return out;
  });
}
