/**
 * The two adapters carry out one plan the same way: the Office.js adapter on the double and
 * the .xlsx writer on the file give the same cells, the same formulas and the same owned rules,
 * for every sample workbook, and print the same pages.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { analyseWorkbook } from '../../../src/engine/analyse';
import { parseConfig } from '../../../src/engine/config';
import { WorkbookGrids, a1 } from '../../../src/engine/grid';
import { buildWritePlan } from '../../../src/engine/plan/buildPlan';
import { readXlsx } from '../../../src/workbook/xlsx/read';
import { applyPlan } from '../../../src/workbook/xlsx/write/apply';
import { rectA1, type SeedWorkbook } from './double';
import { setup, teardown } from './helpers';

// Both adapters over whole samples: 1 to 3 s each on a loaded machine. Slow tests get their own timeout rather than jest's 5 s default.
jest.setTimeout(60_000);

afterEach(teardown);

const SAMPLES = path.resolve(__dirname, '../../../samples');
const config = parseConfig({});

function seedOf(grids: WorkbookGrids): SeedWorkbook {
  return { date1904: grids.date1904, sheets: grids.sheets.map((s) => ({ name: s.name, visibility: s.visibility, values: s.values, numberFormats: s.numberFormats, formulas: s.formulas, hiddenRows: s.hiddenRows, hiddenColumns: s.hiddenColumns, merges: s.merges })) };
}

const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Owned rules of each sheet in an .xlsx package: "sqref | formula", sorted. */
function xlsxRules(bytes: Uint8Array, grids: WorkbookGrids): Map<string, string[]> {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const out = new Map<string, string[]>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(rels)!;
    const part = `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
    const xml = strFromU8(files[part]!);
    const rules: string[] = [];
    for (const cf of xml.matchAll(/<conditionalFormatting sqref="([^"]*)">([\s\S]*?)<\/conditionalFormatting>/g)) {
      for (const f of cf[2]!.matchAll(/<formula>([\s\S]*?)<\/formula>/g)) {
        const formula = unescapeXml(f[1]!);
        if (formula.includes('N("RAG Board")=0')) rules.push(`${cf[1]} | ${formula}`);
      }
    }
    out.set(unescapeXml(m[1]!), rules.sort());
  }
  void grids;
  return out;
}

/** A sheet's part in an .xlsx package, by the sheet's name. */
function sheetXml(bytes: Uint8Array, name: string): string {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  for (const m of workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    if (unescapeXml(m[1]!) !== name) continue;
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(rels)!;
    return strFromU8(files[`xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`]!);
  }
  throw new Error(`no sheet ${name}`);
}

describe.each(['liverpool-pccc-aug-2017.xlsx', 'staffordshire-month7-2018.xlsx', 'staffordshire-risk-register-2018.xlsx'])('%s', (file) => {
  test('one plan, two adapters, the same cells, formulas and rules', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLES, file)));
    const grids = readXlsx(bytes);
    const plan = buildWritePlan(grids, analyseWorkbook(grids, config), config, { takenAt: '2018-12-01' });

    const written = applyPlan(bytes, plan);
    const fromFile = readXlsx(written);
    const { excel, port } = setup(seedOf(grids));
    await port.apply(plan);
    const model = excel.model;

    for (const sheet of plan.sheets) {
      const fileSheet = fromFile.sheets.find((s) => s.name === sheet.name)!;
      const officeSheet = model.get(sheet.name);
      const office = new Map(officeSheet.cells().map((c) => [c.address.replace(/\$/g, ''), c]));
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell) return;
          const address = a1(r, c);
          const o = office.get(address);
          const fileFormula = fileSheet.formulas?.[r]?.[c];
          if (cell.kind === 'formula') {
            expect([sheet.name, address, o?.formula]).toEqual([sheet.name, address, `=${fileFormula}`]);
          } else {
            expect([sheet.name, address, o?.formula, fileFormula]).toEqual([sheet.name, address, undefined, undefined]);
            // An empty text is an empty cell in Excel, whichever way it was written.
            const blank = (v: unknown) => (v === '' || v === undefined ? null : v);
            expect([sheet.name, address, blank(o?.value)]).toEqual([sheet.name, address, blank(fileSheet.values[r]?.[c])]);
          }
        }),
      );
    }

    // Both print the same pages: the same paper, orientation, scale, margins, area, titles and breaks.
    for (const sheet of plan.sheets) {
      if (!sheet.print) continue;
      const xml = sheetXml(written, sheet.name);
      const setup = /<pageSetup paperSize="(\d+)" scale="(\d+)" orientation="(\w+)"\/>/.exec(xml)!;
      const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
      const layout = model.get(sheet.name).pageLayout;
      const paper: Record<string, string> = { '9': 'A4' };
      expect([sheet.name, paper[setup[1]!], Number(setup[2]), setup[3]]).toEqual([sheet.name, layout.paperSize, layout.zoom!.scale, layout.orientation!.toLowerCase()]);
      expect([sheet.name, breaks]).toEqual([sheet.name, layout.rowBreaks ?? []]);
      const margins = /<pageMargins left="([\d.]+)" right="([\d.]+)" top="([\d.]+)" bottom="([\d.]+)" header="([\d.]+)" footer="([\d.]+)"\/>/.exec(xml)!.slice(1).map((x) => Math.round(Number(x) * 72));
      expect([sheet.name, margins]).toEqual([sheet.name, [layout.leftMargin, layout.rightMargin, layout.topMargin, layout.bottomMargin, layout.headerMargin, layout.footerMargin]]);
      expect(layout.zoom).toEqual({ scale: sheet.print.scale });
      expect(layout.printArea).toBe(sheet.print.area);
      expect(layout.printTitleRows).toBe(sheet.print.titleRows);
    }

    const fileRules = xlsxRules(written, fromFile);
    for (const sheet of model.sheets) {
      const officeRules = sheet.rules
        .filter((r) => (r.formula ?? '').includes('N("RAG Board")=0'))
        .map((r) => `${r.ranges.map(rectA1).join(' ').replace(/\$/g, '')} | ${(r.formula ?? '').replace(/^=/, '')}`)
        .sort();
      expect([sheet.name, officeRules]).toEqual([sheet.name, fileRules.get(sheet.name) ?? []]);
    }
  });
});
