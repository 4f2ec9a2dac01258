/**
 * The corpus of real layouts (see README.md beside this file): fixtures read, checked for
 * shape, and turned into the grids the engine reads.
 */
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { CellRange, CellValue, SheetGrid, WorkbookGrids, columnIndex } from '../../src/engine/grid';

export const CORPUS_DIR = path.join(__dirname, 'fixtures');

const cell = z.union([z.string(), z.number(), z.null(), z.object({ error: z.string().regex(/^#/) }).strict()]);
const a1Range = z.string().regex(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/, 'must be an A1 range like "A1:F1"');

const sheetSchema = z
  .object({
    name: z.string().min(1).max(31),
    rows: z.array(z.array(cell)),
    hiddenColumns: z.array(z.string().regex(/^[A-Z]{1,3}$/)).optional(),
    hiddenRows: z.array(z.number().int().min(1)).optional(),
    merges: z.array(a1Range).optional(),
    // Number formats of cells as a saved spreadsheet has them, by A1 address ("D7": "0.0%").
    numberFormats: z.record(z.string().regex(/^[A-Z]{1,3}\d+$/), z.string()).optional(),
  })
  .strict();

const figure = z.number().nullable().optional();
const budgetRow = z
  .object({
    row: z.number().int().min(1),
    kind: z.enum(['line', 'subtotal', 'total', 'section', 'none']),
    label: z.string().optional(),
    code: z.string().optional(),
    ytdBudget: figure,
    ytdActual: figure,
    ytdVariance: figure,
    annualBudget: figure,
    forecastOutturn: figure,
    forecastVariance: figure,
  })
  .strict();

const slot = z
  .object({
    likelihood: z.number().optional(),
    consequence: z.number().optional(),
    score: z.number().optional(),
    grade: z.string().optional(),
  })
  .strict()
  .nullable()
  .optional();

const risk = z
  .object({ row: z.number().int().min(1), ref: z.string().optional(), inherent: slot, current: slot, residual: slot, target: slot })
  .strict();

const expectedTable = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('budget'), sheet: z.string(), headerRow: z.number().int().min(1), title: z.string().optional(), rows: z.array(budgetRow).min(1) }).strict(),
  z.object({ kind: z.literal('risk'), sheet: z.string(), headerRow: z.number().int().min(1), title: z.string().optional(), scheme: z.string().optional(), risks: z.array(risk).min(1) }).strict(),
]);

const fixtureSchema = z
  .object({
    source: z
      .object({
        organisation: z.string().min(1),
        kind: z.enum(['nhs-trust', 'icb', 'ccg', 'csu', 'council', 'parish-council', 'town-council', 'university', 'charity', 'police', 'fire', 'other']),
        title: z.string().min(1),
        date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
        where: z.string().min(1),
        format: z.enum(['pdf', 'web-page', 'xlsx', 'xls', 'csv', 'docx', 'ods']),
        notes: z.string().optional(),
      })
      .strict(),
    config: z.record(z.string(), z.unknown()).optional(),
    // The file name the workbook was saved under, where the source is a saved spreadsheet: what
    // Excel gives as the workbook's name (a CSV's one sheet is named after it, cut to 31 characters).
    workbook: z.string().min(1).optional(),
    sheets: z.array(sheetSchema).min(1),
    expected: z
      .object({
        tables: z.array(expectedTable),
        checks: z.array(z.object({ code: z.string(), cell: z.string().regex(/^.+![A-Z]{1,3}\d+$/, 'must be "Sheet!A1"') }).strict()).default([]),
      })
      .strict(),
  })
  .strict();

export type Fixture = z.infer<typeof fixtureSchema> & { readonly id: string };
export type ExpectedTable = Fixture['expected']['tables'][number];
export type ExpectedBudgetRow = z.infer<typeof budgetRow>;
export type ExpectedRisk = z.infer<typeof risk>;
export type ExpectedSlot = NonNullable<z.infer<typeof slot>>;

/** Parses a fixture file; throws an Error naming the file and the first thing wrong with it. */
export function loadFixture(file: string): Fixture {
  const id = path.basename(file, '.json');
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${id}: not JSON: ${(e as Error).message}`);
  }
  const parsed = fixtureSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${id}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  const sheetNames = new Set(parsed.data.sheets.map((s) => s.name));
  for (const t of parsed.data.expected.tables) {
    if (!sheetNames.has(t.sheet)) throw new Error(`${id}: expected table names sheet "${t.sheet}", which the fixture does not have`);
  }
  return { ...parsed.data, id };
}

export function corpusFiles(dir = CORPUS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function loadCorpus(dir = CORPUS_DIR): Fixture[] {
  return corpusFiles(dir).map(loadFixture);
}

function rangeOf(a1: string): CellRange {
  const [from, to] = a1.split(':') as [string, string];
  const at = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
  };
  const a = at(from);
  const b = at(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function formatsGrid(byAddress: Readonly<Record<string, string>>): Array<Array<string | undefined> | undefined> {
  const grid: Array<Array<string | undefined> | undefined> = [];
  for (const [a1, format] of Object.entries(byAddress)) {
    const { top, left } = rangeOf(`${a1}:${a1}`);
    (grid[top] ??= [])[left] = format;
  }
  return grid;
}

function gridCell(c: z.infer<typeof cell>): CellValue {
  if (c === null) return null;
  if (typeof c === 'object') return { error: c.error };
  return c;
}

/** The fixture as the grids an adapter would give the engine. */
export function workbookOf(fixture: Fixture): WorkbookGrids {
  return {
    ...(fixture.workbook ? { name: fixture.workbook } : {}),
    sheets: fixture.sheets.map(
      (s): SheetGrid => ({
        name: s.name,
        visibility: 'visible',
        values: s.rows.map((r) => r.map(gridCell)),
        ...(s.hiddenColumns ? { hiddenColumns: new Set(s.hiddenColumns.map(columnIndex)) } : {}),
        ...(s.hiddenRows ? { hiddenRows: new Set(s.hiddenRows.map((r) => r - 1)) } : {}),
        ...(s.merges ? { merges: s.merges.map(rangeOf) } : {}),
        ...(s.numberFormats ? { numberFormats: formatsGrid(s.numberFormats) } : {}),
      }),
    ),
  };
}
