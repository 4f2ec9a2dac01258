/**
 * The write plan from the real documents: what the summary sheets say (as cached values,
 * which a recalculation test checks against LibreOffice), the heat map against the paper's
 * own profile, the board table, movement since the last run, and names that never take a
 * user's sheet.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import { SheetGrid, WorkbookGrids, CellValue } from '../../src/engine/grid';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { GeneratedSheet } from '../../src/engine/plan/types';
import { liverpoolDelegatedBudget, liverpoolRiskKey, liverpoolRiskRegister, staffordshireRiskGrading, staffordshireRiskRegisterAligned } from '../fixtures/seeds';
import { sheetFromSeed } from './seedGrid';
import { profileTable } from '../helpers/riskProfile';
import { asGrid, heatMapAt, heatMapCounts } from '../helpers/generatedSheets';

const config = parseConfig({});

function valuesOf(sheet: GeneratedSheet): CellValue[][] {
  return asGrid(sheet).values as CellValue[][];
}

/** A line's row in the detail (the last row with that label: the board's page, above, links to it). */
function findRow(sheet: GeneratedSheet, first: string): CellValue[] | undefined {
  return [...valuesOf(sheet)].reverse().find((r) => r[0] === first);
}

function liverpool(extra: SheetGrid[] = []): WorkbookGrids {
  return { sheets: [sheetFromSeed('Finance', liverpoolDelegatedBudget()), sheetFromSeed('Risk Register', liverpoolRiskRegister()), sheetFromSeed('Key', liverpoolRiskKey()), ...extra] };
}

describe('the plan for the Liverpool workbook', () => {
  const workbook = liverpool();
  const analysis = analyseWorkbook(workbook, config);
  const plan = buildWritePlan(workbook, analysis, config, { takenAt: '2017-08-15' });
  const budget = plan.sheets.find((s) => s.role === 'budget-summary')!;
  const risk = plan.sheets.find((s) => s.role === 'risk-summary')!;

  test('three sheets: the two summaries and the very hidden snapshot', () => {
    expect(plan.sheets.map((s) => [s.role, s.name, s.visibility])).toEqual([
      ['budget-summary', 'Budget Summary', 'visible'],
      ['risk-summary', 'Risk Summary', 'visible'],
      ['snapshot', 'RAG Board data', 'veryHidden'],
    ]);
  });

  test('Budget Summary: each line with its variance, percentage and RAG word', () => {
    // Line | YTD budget | YTD actual | YTD variance | Annual budget | Forecast outturn | Forecast variance | Forecast var % | RAG | Why:
    // no YTD var % (no line is graded on it) and no Check column (no error or warning).
    expect(budget.rows[8]!.map((c) => (c?.kind === 'text' ? c.text : ''))).toEqual(['Line', 'YTD budget', 'YTD actual', 'YTD variance', 'Annual budget', 'Forecast outturn', 'Forecast variance', 'Forecast var %', 'RAG', 'Why']);
    const gms = findRow(budget, 'General Practice - GMS')!;
    expect(gms.slice(1, 9)).toEqual([10382337, 9842921, -539416, 41529743, 41214439, -315304, -315304 / 41529743, 'Green']);
    expect(findRow(budget, 'QOF')![8]).toBe('Red');
    expect(findRow(budget, 'Primary Care NHS Property Services Costs')![8]).toBe('Amber');
    // Figures pasted as text cannot be linked: they are written as the numbers they read as.
    const cell = [...budget.rows].reverse().find((r) => r[0]?.kind === 'text' && r[0].text === 'General Practice - GMS')![1]!;
    expect(cell.kind).toBe('number');
  });

  test('Budget Summary: the largest overspend first, and the two £1 rounding differences counted, not listed', () => {
    const values = valuesOf(budget);
    const at = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Largest adverse'));
    expect(values[at + 1]!.slice(0, 1)).toEqual(['QOF']);
    expect(values.flat().filter((v) => v === 'rounding_only')).toEqual([]);
    expect(values.find((r) => typeof r[0] === 'string' && r[0].startsWith('Checks:'))![0]).toBe('Checks: 0 errors and warnings; 2 differences within rounding, counted here and listed in the pane and the report');
  });

  test('Risk Summary: the residual heat map counts every open risk once, in its cell', () => {
    const values = valuesOf(risk);
    const grid = heatMapCounts(values, 'residual');
    // Consequence 4 (Major) row, likelihood 4: Co-Com 02 and Rx2 at 4x4.
    expect(grid[1]![3]).toBe(2);
    const total = grid.flat().reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);
    expect(total).toBe(15);
  });

  test('Risk Summary: each heat-map cell is coloured, and lettered, by the band its score falls in on the band table, so editing a band recolours it', () => {
    const values = valuesOf(risk);
    const { top, left } = heatMapAt(values, 'residual');
    const bandRow = (name: string) => values.findIndex((r) => r[0] === name);
    /** The rule that colours the cell (row, col), 0-based, with the band table as it stands in `bands`. */
    const ruleFor = (row: number, col: number, bands: CellValue[][]) =>
      risk.rules.find((rule) => {
        const inRange = rule.ranges.split(' ').some((range) => {
          const [from, to] = range.split(':').map((ref) => /^([A-Z]+)(\d+)$/.exec(ref)!);
          const colOf = (letters: string) => letters.charCodeAt(0) - 64;
          return row + 1 >= Number(from![2]) && row + 1 <= Number(to![2]) && col + 1 >= colOf(from![1]!) && col + 1 <= colOf(to![1]!);
        });
        if (!inRange) return false;
        // The condition, evaluated as Excel would for this cell: ROW(), COLUMN() and the band table's cells.
        const js = rule.condition
          .replace(/ROW\(\)/g, String(row + 1))
          .replace(/COLUMN\(\)/g, String(col + 1))
          .replace(/\$([A-C])\$(\d+)/g, (_m, c: string, r: string) => JSON.stringify(bands[Number(r) - 1]![c.charCodeAt(0) - 65]))
          .replace(/AND\(/g, 'and(');
        return new Function('and', `return ${js};`)((...xs: boolean[]) => xs.every(Boolean)) as boolean;
      });
    const extreme = ruleFor(top + 3, left + 5, values)!; // consequence 5, likelihood 5: 25
    expect(extreme.style.fill).toBe(risk.rules.find((x) => x.condition.endsWith(`=$A$${bandRow('Extreme') + 1}`))!.style.fill);
    expect(extreme.style.numberFormat).toMatch(/" E"/);
    const low = ruleFor(top + 7, left + 1, values)!; // consequence 1, likelihood 1: 1
    expect(low.style.numberFormat).toMatch(/" L"/);
    // A governance manager ends High at 9 and starts Extreme at 10: 3x4 = 12 turns from High to Extreme.
    const edited = values.map((r) => [...r]);
    edited[bandRow('High')]![2] = 9;
    edited[bandRow('Extreme')]![1] = 10;
    const twelve = ruleFor(top + 4, left + 3, edited)!; // consequence 4, likelihood 3: 12
    expect(twelve.style.numberFormat).toMatch(/" E"/);
    expect(ruleFor(top + 4, left + 3, values)!.style.numberFormat).toMatch(/" H"/);
  });

  test("Risk Summary: the profile matches the paper's own table, but for the closed Co-comm 04 the paper leaves out", () => {
    expect(profileTable(valuesOf(risk), 4).map((r) => r.slice(0, 3))).toEqual([
      ['Extreme', '15-25', 2],
      ['High', '8-12', 6],
      ['Moderate', '4-6', 6],
      ['Low', '1-3', 1],
    ]);
  });

  test('Risk Summary: the board table lists residual scores of 12 or more, highest first', () => {
    const values = valuesOf(risk);
    const top = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Risks scoring 12 or more'));
    expect(values[top]![0]).toBe('Risks scoring 12 or more (4)');
    // Ref | current L, C, score, grade | residual L, C, score, grade | board score, grade | ...
    expect(values.slice(top + 3, top + 7).map((r) => [r[0], r[9], r[10]])).toEqual([
      ['Co-Com 02', 16, 'Extreme'],
      ['Rx2', 16, 'Extreme'],
      ['Fin 01', 12, 'High'],
      ['Fin 02', 12, 'High'],
    ]);
    // Every column of the risks table, likelihood, consequence and status too: no blank gaps when printed.
    expect(values[top + 3]).toEqual(findRow(risk, 'Co-Com 02'));
  });

  test('RAG rules on the source tables carry the letter or grade in their number format', () => {
    const finance = plan.sourceRules.find((s) => s.sheet === 'Finance')!;
    expect(finance.rules.map((r) => r.ranges)).toContain('D4:D13');
    expect(finance.rules.every((r) => /"[RAG] "/.test(r.style.numberFormat ?? ''))).toBe(true);
    const register = plan.sourceRules.find((s) => s.sheet === 'Risk Register')!;
    expect(register.rules.map((r) => r.style.numberFormat)).toContain('0" Extreme";-0;0;@" Extreme"');
  });

  test('a second run on unchanged registers plans exactly the same sheets, snapshot included', () => {
    const again: WorkbookGrids = {
      sheets: [...workbook.sheets, ...plan.sheets.map(asGrid)],
      generatedSheets: new Map(plan.sheets.map((s) => [s.name, s.role])),
    };
    const plan2 = buildWritePlan(again, analyseWorkbook(again, config), config, { takenAt: '2017-09-30' });
    expect(plan2).toEqual(plan);
  });

  test('a second run reads the snapshot and shows movement: Rx1 likelihood 2 -> 4 deteriorates', () => {
    const snapshot = plan.sheets.find((s) => s.role === 'snapshot')!;
    const rows = liverpoolRiskRegister().map((r) => [...r]);
    const rx1 = rows.findIndex((r) => r[0] === 'Rx1');
    rows[rx1]![12] = '4'; // residual L, was 2: 4 x 3 = 12
    const next: WorkbookGrids = {
      sheets: [sheetFromSeed('Finance', liverpoolDelegatedBudget()), sheetFromSeed('Risk Register', rows), sheetFromSeed('Key', liverpoolRiskKey()), asGrid(snapshot)],
      generatedSheets: new Map([[snapshot.name, 'snapshot']]),
    };
    const plan2 = buildWritePlan(next, analyseWorkbook(next, config), config);
    const risk2 = plan2.sheets.find((s) => s.role === 'risk-summary')!;
    const movement = new Map(valuesOf(risk2).filter((r) => r.includes('Open')).map((r) => [r[0], r[r.length - 1]]));
    expect(movement.get('Rx1')).toBe('▲ Deteriorating');
    expect(movement.get('Rx2')).toBe('► Unchanged');
    const values = valuesOf(risk2);
    expect(profileTable(values, 4).map((r) => [r[0], r[3]])).toEqual([['Extreme', 0], ['High', 1], ['Moderate', -1], ['Low', 0]]);
  });
});

describe('names and ownership', () => {
  test("a user's own sheet called Budget Summary keeps its name; ours takes another", () => {
    const userSheet: SheetGrid = { name: 'budget summary', visibility: 'visible', values: [['my notes']] };
    const workbook = liverpool([userSheet]);
    const plan = buildWritePlan(workbook, analyseWorkbook(workbook, config), config);
    expect(plan.sheets[0]!.name).toBe('Budget Summary (RAG Board)');
  });

  test('our own earlier summary is not analysed as a table, and its name is reused', () => {
    const first = liverpool();
    const plan = buildWritePlan(first, analyseWorkbook(first, config), config);
    const generated = plan.sheets.map(asGrid);
    const again: WorkbookGrids = { sheets: [...first.sheets, ...generated], generatedSheets: new Map(plan.sheets.map((s) => [s.name, s.role])) };
    const analysis = analyseWorkbook(again, config);
    expect(analysis.tables.map((t) => t.sheet)).toEqual(['Finance', 'Risk Register']);
    expect(buildWritePlan(again, analysis, config).sheets.map((s) => s.name)).toEqual(['Budget Summary', 'Risk Summary', 'RAG Board data']);
  });

  test('cell text that looks like a formula is planned as text', () => {
    const rows = liverpoolDelegatedBudget().map((r) => [...r]);
    rows[3]![0] = '=HYPERLINK("http://x","click")';
    rows[4]![0] = '@SUM(A1)';
    rows[5]![0] = '+cmd';
    const workbook: WorkbookGrids = { sheets: [sheetFromSeed('Finance', rows)] };
    const plan = buildWritePlan(workbook, analyseWorkbook(workbook, config), config);
    const labels = plan.sheets[0]!.rows.map((r) => r[0]).filter((c) => c && /^[=@+]/.test(c.kind === 'text' ? c.text : c.kind === 'formula' ? String(c.cached) : ''));
    expect(new Set(labels.map((c) => (c!.kind === 'text' ? c!.text : '')))).toEqual(new Set(['=HYPERLINK("http://x","click")', '@SUM(A1)', '+cmd']));
    expect(labels.every((c) => c!.kind === 'text')).toBe(true);
  });
});

describe('RAG letters the workbook already has', () => {
  test('the "Overall RAG Status" letters of the programme tables are coloured, each table its own rules', () => {
    const { liverpoolProgrammeHighlights } = jest.requireActual('../fixtures/seeds') as typeof import('../fixtures/seeds');
    const rows = liverpoolProgrammeHighlights();
    const workbook: WorkbookGrids = { sheets: [sheetFromSeed('Programme', rows)] };
    const plan = buildWritePlan(workbook, analyseWorkbook(workbook, config), config);
    const rules = plan.sourceRules.find((s) => s.sheet === 'Programme')!.rules;
    const letterRows = rows.map((r, i) => (/^[RAG]$/.test((r[0] ?? '').trim()) ? i : -1)).filter((i) => i >= 0);
    const covered = new Set(rules.filter((r) => r.condition.includes('"R"')).flatMap((r) => r.ranges.split(' ')));
    expect(letterRows.length).toBeGreaterThanOrEqual(4);
    for (const row of letterRows) {
      const inRange = [...covered].some((range) => {
        const [from, to] = range.split(':').map((a) => Number(a.replace(/^[A-Z]+/, '')) - 1);
        return row >= from! && row <= (to ?? from)!;
      });
      expect([row, inRange]).toEqual([row, true]);
    }
  });
});

describe('the plan for the Staffordshire register with its Table One', () => {
  test("the heat maps are headed with the key's own words: 3 is Likely, 5 Certain, consequence 1 Insignificant", () => {
    const workbook: WorkbookGrids = { sheets: [sheetFromSeed('Register', staffordshireRiskRegisterAligned()), sheetFromSeed('Table One', staffordshireRiskGrading())] };
    const plan = buildWritePlan(workbook, analyseWorkbook(workbook, config), config);
    const values = valuesOf(plan.sheets.find((s) => s.role === 'risk-summary')!);
    const top = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Heat map:'));
    expect(values[top + 1]![0]).toBe("Likelihood across: 1 Rare, 2 Unlikely, 3 Likely, 4 Highly Likely, 5 Certain. Consequence down. Each cell counts open risks and shows the grade's letter.");
    expect(values.slice(top + 3, top + 8).map((r) => r[0])).toEqual(['5 Catastrophic', '4 Major', '3 Moderate', '2 Minor', '1 Insignificant']);
  });

  test('without a key of its own, the NPSA words', () => {
    const workbook = liverpool();
    const plan = buildWritePlan(workbook, analyseWorkbook(workbook, config), config);
    const values = valuesOf(plan.sheets.find((s) => s.role === 'risk-summary')!);
    const top = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Heat map:'));
    expect(values[top + 1]![0]).toBe("Likelihood across: 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain. Consequence down. Each cell counts open risks and shows the grade's letter.");
  });
});
