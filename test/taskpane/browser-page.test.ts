/**
 * The browser page's pieces in node: the .xlsx-backed WorkbookPort (read, apply, clear,
 * select, settings) over the real reader and writer, the preview window, the file names.
 */
import { DEFAULT_CONFIG } from '../../src/engine/config';
import { cellValue } from '../../src/engine/grid';
import { analyseWorkbook } from '../../src/engine/analyse';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { downloadName, fileProblem, mimeType, sizeText } from '../../src/browser/files';
import { DEFAULT_SIZE, displayValue, previewOf } from '../../src/browser/preview';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { generateBudgetWorkbook } from '../../bench/generate-budget';
import { xlsxClientOver } from '../../src/browser/xlsxClientCore';
import { createXlsxHandlers } from '../../src/browser/xlsxOps';
import { XlsxWorkbook, type SettingsStore } from '../../src/browser/xlsxPort';
import { RpcClient } from '../../src/taskpane/engine/rpc';
import { LIVERPOOL, RISKS, sampleBytes, sampleGrids } from './helpers';

// Whole samples read, written and read back: 1 to 3 s on a loaded machine. Slow tests get their own timeout rather than jest's 5 s default.
jest.setTimeout(60_000);

function memoryStore(): SettingsStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('XlsxWorkbook (the browser page’s WorkbookPort)', () => {
  // As the page builds it, but with no worker to start: the client falls back to running the
  // same handlers in-thread, as it does in a browser where workers are blocked.
  const client = xlsxClientOver(
    new RpcClient(
      () => {
        throw new Error('no Worker in node');
      },
      async () => createXlsxHandlers(),
    ),
  );

  it('reads, applies, clears and keeps the original bytes untouched', async () => {
    const original = sampleBytes(LIVERPOOL);
    const copy = original.slice();
    const selected: string[] = [];
    const changes: number[] = [];
    const port = new XlsxWorkbook(LIVERPOOL, original, client, { onSelect: (s, c) => selected.push(`${s}!${c}`), onChange: (b) => changes.push(b.length) }, memoryStore());
    expect(port.label).toBe(LIVERPOOL);

    const fractions: number[] = [];
    const grids = await port.read((f) => fractions.push(f));
    expect(grids.sheets.map((s) => s.name)).toEqual(['Finance', 'Risk Register', 'Key', 'Risk Profile', 'Programme']);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(port.changed).toBe(false);

    const analysis = analyseWorkbook(grids, DEFAULT_CONFIG);
    // The write says how far it has got, step by step, so the page's progress bar moves (issue 10).
    const steps: Array<[number, string]> = [];
    await port.apply(buildWritePlan(grids, analysis, DEFAULT_CONFIG, { takenAt: '2017-08-31' }), (f, what) => steps.push([f, what]));
    expect(steps.map(([f]) => f)).toEqual([...steps.map(([f]) => f)].sort((a, b) => a - b));
    expect(new Set(steps.map(([f]) => f)).size).toBeGreaterThanOrEqual(5);
    expect(steps[steps.length - 1]).toEqual([1, 'Written']);
    expect(steps.map(([, what]) => what)).toEqual(expect.arrayContaining(['Writing “Budget Summary”', 'Adding the colour rules to “Finance”', 'Compressing the workbook']));
    expect(port.changed).toBe(true);
    expect(changes).toHaveLength(1);
    const after = await port.read();
    expect([...(after.generatedSheets ?? new Map()).keys()]).toEqual(['Budget Summary', 'Risk Summary', 'RAG Board data']);
    expect(cellValue(after.sheets.find((s) => s.name === 'Budget Summary')!, 3, 1)).toBe(0.05);

    const clearing: number[] = [];
    await port.clear((f) => clearing.push(f));
    expect(clearing[clearing.length - 1]).toBe(1);
    expect(new Set(clearing).size).toBeGreaterThanOrEqual(3);
    const cleared = await port.read();
    expect(cleared.sheets.map((s) => s.name)).toEqual(['Finance', 'Risk Register', 'Key', 'Risk Profile', 'Programme']);
    expect(cleared.generatedSheets?.size ?? 0).toBe(0);

    await port.select('Risk Register', 'O6');
    expect(selected).toEqual(['Risk Register!O6']);
    expect(original).toEqual(copy);
  });

  it('remembers settings per file name', async () => {
    const store = memoryStore();
    const a = new XlsxWorkbook('a.xlsx', sampleBytes(LIVERPOOL), client, {}, store);
    expect(await a.loadSettings()).toBeNull();
    await a.saveSettings('{"x":1}');
    expect(await new XlsxWorkbook('a.xlsx', sampleBytes(LIVERPOOL), client, {}, store).loadSettings()).toBe('{"x":1}');
    expect(await new XlsxWorkbook('b.xlsx', sampleBytes(LIVERPOOL), client, {}, store).loadSettings()).toBeNull();
  });

  it('passes the reader’s RagBoardError on, with what to do', async () => {
    const port = new XlsxWorkbook('notes.xlsx', new TextEncoder().encode('just some text'), client, {}, memoryStore());
    await expect(port.read()).rejects.toMatchObject({ name: 'RagBoardError', kind: 'unreadable-input' });
  });
});

describe('RpcClient', () => {
  it('runs the handlers in-thread when no worker can start, with progress', async () => {
    const rpc = new RpcClient(
      () => {
        throw new Error('no workers here');
      },
      async () => ({ double: ([n], progress) => (progress(0.5, 'half'), (n as number) * 2) }),
    );
    const seen: string[] = [];
    await expect(rpc.call('double', [21], (f, what) => seen.push(`${f} ${what}`))).resolves.toBe(42);
    expect(seen).toEqual(['0.5 half']);
    await expect(rpc.call('nothing', [])).rejects.toThrow('no operation "nothing"');
  });
});

describe('preview', () => {
  it('shows a window of the sheet around the selected cell, marked', () => {
    const grids = sampleGrids(LIVERPOOL);
    const p = previewOf(grids, 'Risk Register', 'O6')!;
    expect(p.target).toEqual({ row: 5, col: 14, address: 'O6' });
    const target = p.rows.flatMap((r) => r.cells).filter((c) => c.target);
    expect(target).toHaveLength(1);
    expect(target[0]).toMatchObject({ row: 5, col: 14, text: '16', numeric: true });
    expect(p.columns.some((c) => c.letter === 'O')).toBe(true);
    expect(p.rows.some((r) => r.row === 5)).toBe(true);
    expect(p.extent).toMatch(/^Rows \d+–\d+, columns [A-Z]+–[A-Z]+, of \d+ rows and \d+ columns\.$/);
  });

  it('reaches past 16 rows and 8 columns: a second table lower down is in the window (issue 10)', () => {
    const grids = sampleGrids(LIVERPOOL);
    const p = previewOf(grids, 'Finance', null)!;
    // Finance holds a second table at A23:D24.
    expect(p.rows.some((r) => r.row === 23)).toBe(true);
    const second = p.rows.find((r) => r.row === 23)!;
    expect(second.cells[0]!.text).toBe('Prescribing Expenditure');
    expect(p.rows.find((r) => r.row === 22)!.cells[3]!.text).toBe('Forecast Variance Over / (Under)');
    expect(p.rows.length).toBe(Math.min(p.sheetRows, DEFAULT_SIZE.rows));
    const risks = previewOf(sampleGrids(RISKS), 'Corporate Risk Register', null)!;
    expect(risks.columns.length).toBeGreaterThan(8);
  });

  it('moves a page at a time on a long sheet, never drawing more than the window', () => {
    const gen = generateBudgetWorkbook({ lines: 1_000, seed: 20181105 });
    const grids = readXlsx(gen.bytes);
    const first = previewOf(grids, 'Delegated', null)!;
    expect(first.top).toBe(0);
    expect(first.rows).toHaveLength(DEFAULT_SIZE.rows);
    const next = previewOf(grids, 'Delegated', null, DEFAULT_SIZE, first.top + first.pageRows)!;
    expect(next.rows[0]!.row).toBe(DEFAULT_SIZE.rows);
    expect(next.extent).toMatch(/^Rows 201–400, columns A–G, of 1,\d{3} rows and 7 columns\.$/);
    const end = previewOf(grids, 'Delegated', null, DEFAULT_SIZE, 1_000_000)!;
    expect(end.rows[end.rows.length - 1]!.row).toBe(end.sheetRows - 1);
  });

  it('starts at A1 with no cell, and says nothing for a sheet that is not there', () => {
    const p = previewOf(sampleGrids(RISKS), 'Corporate Risk Register', null)!;
    expect(p.rows[0]!.row).toBe(0);
    expect(p.columns[0]!.letter).toBe('A');
    expect(p.target).toBeNull();
    expect(previewOf(sampleGrids(RISKS), 'No such sheet', 'A1')).toBeNull();
  });

  it('shows values as a person reads them', () => {
    expect(displayValue(1234.567, undefined)).toBe('1,234.57');
    expect(displayValue(0.061, '0.0%')).toBe('6.1%');
    // Dates as people in the UK write them (issue 10), not 2017-07-31, whatever the format's order.
    expect(displayValue(42947, 'dd/mm/yyyy')).toBe('31/07/2017');
    expect(displayValue(42826, 'yyyy-mm-dd')).toBe('01/04/2017');
    expect(displayValue(42826, 'd-mmm-yy')).toBe('01/04/2017');
    expect(displayValue(42826.395833333, 'dd/mm/yyyy hh:mm')).toBe('01/04/2017 09:30');
    expect(displayValue({ error: '#REF!' }, undefined)).toBe('#REF!');
    expect(displayValue(true, undefined)).toBe('TRUE');
    expect(displayValue(null, undefined)).toBe('');
  });
});

describe('file names', () => {
  it('downloads as a new file named after the original, keeping .xlsm for macro workbooks', () => {
    expect(downloadName('liverpool-pccc-aug-2017.xlsx')).toBe('liverpool-pccc-aug-2017 (RAG Board).xlsx');
    expect(downloadName('Budget.XLSX')).toBe('Budget (RAG Board).xlsx');
    expect(downloadName('macros.xlsm')).toBe('macros (RAG Board).xlsm');
    expect(downloadName('no extension')).toBe('no extension (RAG Board).xlsx');
    expect(downloadName('.xlsx')).toBe('workbook (RAG Board).xlsx');
    for (const n of ['a.xlsx', 'b (RAG Board).xlsx']) expect(downloadName(n)).not.toBe(n);
    expect(mimeType('a.xlsm')).toBe('application/vnd.ms-excel.sheet.macroEnabled.12');
    expect(mimeType('a.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('turns away files the page cannot read, saying what to do', () => {
    expect(fileProblem('old.xls', 100)).toMatch(/old-style \.xls workbook\. Open it in Excel, save it as an Excel Workbook \(\.xlsx\)/);
    expect(fileProblem('data.csv', 100)).toMatch(/not an \.xlsx or \.xlsm workbook/);
    expect(fileProblem('empty.xlsx', 0)).toMatch(/is empty/);
    expect(fileProblem('fine.xlsx', 100)).toBeNull();
    expect(sizeText(20_480)).toBe('20 KB');
  });
});
