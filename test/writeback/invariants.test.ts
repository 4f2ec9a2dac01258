/**
 * The invariants of design.md, on the sample workbooks, through the command line a user runs:
 * source cells unchanged, re-runs change nothing, a user's sheet is never taken, text stays
 * text, clear takes off exactly what was added, the input is never written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { SheetGrid } from '../../src/engine/grid';
import { ALL_SAMPLES, LIVERPOOL, runCli, sha256, useScratchDir } from '../cli/helpers/cli';
import { profileTable } from '../helpers/riskProfile';

// The command line end to end on every sample: 1 to 3 s each on a loaded machine. Slow tests get their own timeout rather than jest's 5 s default.
jest.setTimeout(60_000);

const tmp = useScratchDir();

function parts(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
}

function userSheets(file: string): SheetGrid[] {
  const grids = readXlsx(new Uint8Array(fs.readFileSync(file)));
  const generated = grids.generatedSheets ?? new Map();
  return grids.sheets.filter((s) => !generated.has(s.name));
}

function plain(s: SheetGrid) {
  return { name: s.name, visibility: s.visibility, values: s.values, formulas: s.formulas, numberFormats: s.numberFormats, merges: s.merges, hiddenRows: [...(s.hiddenRows ?? [])], hiddenColumns: [...(s.hiddenColumns ?? [])] };
}

/** Conditional formatting elements of every worksheet part, by part. */
function rulesByPart(file: string): Record<string, string[]> {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const out: Record<string, string[]> = {};
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    out[name] = strFromU8(bytes).match(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g) ?? [];
  }
  return out;
}

describe.each(ALL_SAMPLES.map((f) => [path.basename(f), f]))('%s', (_name, sample) => {
  test('the output keeps every source cell, adds the summaries, and leaves the input as it was', async () => {
    const out = path.join(tmp(), 'out.xlsx');
    const before = sha256(sample);
    const r = await runCli(['analyse', sample, '--out', out, '-q']);
    expect(r.code).toBe(0);
    expect(sha256(sample)).toBe(before);
    expect(userSheets(out).map(plain)).toEqual(userSheets(sample).map(plain));
    const generated = readXlsx(new Uint8Array(fs.readFileSync(out))).generatedSheets!;
    expect([...generated.values()].sort()).toEqual(expect.arrayContaining([expect.stringMatching(/summary$/)]));
    const rules = Object.values(rulesByPart(out)).flat();
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((x) => x.includes('N(&quot;RAG Board&quot;)=0') || x.includes('N("RAG Board")=0'))).toBe(true);
  });

  test('running on the output again gives the same workbook, part for part', async () => {
    const once = path.join(tmp(), 'once.xlsx');
    const twice = path.join(tmp(), 'twice.xlsx');
    expect((await runCli(['analyse', sample, '--out', once, '-q'])).code).toBe(0);
    expect((await runCli(['analyse', once, '--out', twice, '-q'])).code).toBe(0);
    expect(parts(twice)).toEqual(parts(once));
  });

  test('clear takes off exactly what was added: the same sheets, cells and rules as before', async () => {
    const out = path.join(tmp(), 'out.xlsx');
    const cleared = path.join(tmp(), 'cleared.xlsx');
    expect((await runCli(['analyse', sample, '--out', out, '-q'])).code).toBe(0);
    expect((await runCli(['clear', out, '--out', cleared, '-q'])).code).toBe(0);
    const after = readXlsx(new Uint8Array(fs.readFileSync(cleared)));
    expect(after.sheets.map(plain)).toEqual(readXlsx(new Uint8Array(fs.readFileSync(sample))).sheets.map(plain));
    expect(after.generatedSheets?.size ?? 0).toBe(0);
    expect(rulesByPart(cleared)).toEqual(rulesByPart(sample));
  });
});

describe('what is never done', () => {
  test("a user's own sheet called Budget Summary survives, and ours takes another name", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(LIVERPOOL);
    const mine = wb.addWorksheet('Budget Summary');
    mine.getCell('A1').value = 'My own notes for the board';
    const input = path.join(tmp(), 'mine.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp(), 'out.xlsx');
    const r = await runCli(['analyse', input, '--out', out]);
    expect(r.code).toBe(0);
    const grids = readXlsx(new Uint8Array(fs.readFileSync(out)));
    expect(grids.sheets.find((s) => s.name === 'Budget Summary')!.values).toEqual([['My own notes for the board']]);
    expect([...grids.generatedSheets!.entries()]).toContainEqual(['Budget Summary (RAG Board)', 'budget-summary']);
    expect(r.stdout).toMatch(/"Budget Summary \(RAG Board\)"/);
  });

  test("a copy the user made of a summary (Excel copies the sheet's mark with it) is kept as it is, and not read as their tables", async () => {
    const once = path.join(tmp(), 'once.xlsx');
    expect((await runCli(['analyse', LIVERPOOL, '--out', once, '-q'])).code).toBe(0);
    // Copy "Risk Summary" as Excel's Move or Copy > Create a copy does: a new part with the same
    // cells and rules, listed last, with the sheet's own names (our mark among them) copied onto it.
    const files = unzipSync(new Uint8Array(fs.readFileSync(once)));
    const text = (name: string) => strFromU8(files[name]!);
    const workbookXml = text('xl/workbook.xml');
    const sheetTags = [...workbookXml.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
    const index = sheetTags.findIndex((t) => t.includes('name="Risk Summary"'));
    const relId = /r:id="([^"]+)"/.exec(sheetTags[index]!)![1]!;
    const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(text('xl/_rels/workbook.xml.rels'))!;
    const original = `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}`;
    files['xl/worksheets/sheetCopy.xml'] = files[original]!;
    const copyIndex = sheetTags.length;
    const marks = [...workbookXml.matchAll(new RegExp(`<definedName [^>]*localSheetId="${index}"[^>]*>[^<]*</definedName>`, 'g'))].map((m) => m[0]);
    const copiedNames = marks.map((m) => m.replace(`localSheetId="${index}"`, `localSheetId="${copyIndex}"`).replace(/'Risk Summary'!/g, "'Risk Summary (2)'!")).join('');
    files['xl/workbook.xml'] = new TextEncoder().encode(
      workbookXml.replace('</sheets>', '<sheet name="Risk Summary (2)" sheetId="99" r:id="rIdCopy"/></sheets>').replace('</definedNames>', `${copiedNames}</definedNames>`),
    );
    files['xl/_rels/workbook.xml.rels'] = new TextEncoder().encode(
      text('xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetCopy.xml"/></Relationships>'),
    );
    files['[Content_Types].xml'] = new TextEncoder().encode(
      text('[Content_Types].xml').replace('</Types>', '<Override PartName="/xl/worksheets/sheetCopy.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    );
    const { zipSync } = await import('fflate');
    const copied = path.join(tmp(), 'copied.xlsx');
    fs.writeFileSync(copied, zipSync(files));
    const before = readXlsx(new Uint8Array(fs.readFileSync(copied)));
    expect(before.keptCopies).toEqual(new Set(['Risk Summary (2)']));
    expect(before.generatedSheets!.get('Risk Summary')).toBe('risk-summary');

    const again = path.join(tmp(), 'again.xlsx');
    const report = path.join(tmp(), 'again.json');
    const run = await runCli(['analyse', copied, '--out', again, '--report', report]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kept "Risk Summary (2)" as it is (your copy of an earlier summary)');
    const after = unzipSync(new Uint8Array(fs.readFileSync(again)));
    // The copy: the same part, cells and our rules on it included, still listed, still marked as a copy.
    expect(strFromU8(after['xl/worksheets/sheetCopy.xml']!)).toBe(text(original));
    const grids = readXlsx(new Uint8Array(fs.readFileSync(again)));
    expect(grids.sheets.map((s) => s.name)).toContain('Risk Summary (2)');
    expect(grids.keptCopies).toEqual(new Set(['Risk Summary (2)']));
    // Its tables are ours, not the user's: the analysis finds what it found without it.
    const tables = JSON.parse(fs.readFileSync(report, 'utf8')).tables.map((t: { sheet: string }) => t.sheet);
    expect(tables).not.toContain('Risk Summary (2)');
    expect(tables.sort()).toEqual(['Finance', 'Finance', 'Risk Register']);
  });

  test('cell text that looks like a formula is written as text in the summaries', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(LIVERPOOL);
    const finance = wb.getWorksheet('Finance')!;
    const labels = ['=HYPERLINK("http://example.org","x")', '@SUM(A1)', '+cmd', '-2+3'];
    let row = 0;
    finance.eachRow((r, n) => {
      if (row < labels.length && n >= 4 && n <= 8) {
        r.getCell(1).value = labels[row++]!;
      }
    });
    const input = path.join(tmp(), 'formula-like.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp(), 'out.xlsx');
    expect((await runCli(['analyse', input, '--out', out, '-q'])).code).toBe(0);
    const grids = readXlsx(new Uint8Array(fs.readFileSync(out)));
    const summary = grids.sheets.find((s) => grids.generatedSheets!.get(s.name) === 'budget-summary')!;
    for (const label of labels) {
      const at = summary.values.findIndex((r) => r?.[0] === label);
      expect([label, at >= 0]).toEqual([label, true]);
      expect(summary.formulas?.[at]?.[0]).toBeUndefined();
    }
  });

  test('--out naming the input is refused and the input is unchanged', async () => {
    const input = path.join(tmp(), 'in.xlsx');
    fs.copyFileSync(LIVERPOOL, input);
    const before = sha256(input);
    const r = await runCli(['analyse', input, '--out', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out would overwrite the input/);
    expect(sha256(input)).toBe(before);
    const c = await runCli(['clear', input, '--out', input]);
    expect(c.code).toBe(2);
    expect(sha256(input)).toBe(before);
  });

  test('clear without --out is a usage error', async () => {
    expect((await runCli(['clear', LIVERPOOL])).code).toBe(2);
  });
});

describe('movement since the last run, through the file', () => {
  test("a second run after Rx1's residual likelihood goes from 2 to 4 shows it deteriorating, and the profile's change", async () => {
    const first = path.join(tmp(), 'first.xlsx');
    expect((await runCli(['analyse', LIVERPOOL, '--out', first, '-q'])).code).toBe(0);
    // Edit the one cell in the saved package, as a user retyping it in Excel would.
    const grids = readXlsx(new Uint8Array(fs.readFileSync(first)));
    const register = grids.sheets.find((s) => s.name === 'Risk Register')!;
    const row = register.values.findIndex((r) => r?.[0] === 'Rx1') + 1;
    const files = unzipSync(new Uint8Array(fs.readFileSync(first)));
    const cell = new RegExp(`(<c r="M${row}"[^>]*>)<v>2</v>`);
    const part = Object.keys(files).find((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name) && cell.test(strFromU8(files[name]!)))!;
    const xml = strFromU8(files[part]!);
    const edited = xml.replace(cell, '$1<v>4</v>');
    expect(edited).not.toBe(xml);
    files[part] = new TextEncoder().encode(edited);
    const { zipSync } = await import('fflate');
    const changed = path.join(tmp(), 'changed.xlsx');
    fs.writeFileSync(changed, zipSync(files));
    const second = path.join(tmp(), 'second.xlsx');
    expect((await runCli(['analyse', changed, '--out', second, '-q'])).code).toBe(0);
    const out = readXlsx(new Uint8Array(fs.readFileSync(second)));
    const summary = out.sheets.find((s) => out.generatedSheets!.get(s.name) === 'risk-summary')!;
    const line = summary.values.find((r) => r?.[0] === 'Rx1' && r.includes('Open'))!;
    expect(line[line.length - 1]).toBe('▲ Deteriorating');
    expect(profileTable(summary.values, 4).map((r) => [r[0], r[3]])).toEqual([['Extreme', 0], ['High', 1], ['Moderate', -1], ['Low', 0]]);
  });
});
