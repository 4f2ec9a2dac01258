/**
 * The Overview's list of a budget table (issue 10, section 3): sections and lines under a
 * filter, a page at a time, never one element per line of a big table. On real engine output.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import type { BudgetTable } from '../../src/engine/model';
import { readXlsx } from '../../src/workbook/xlsx/read';
import { budgetLines, PAGE, SHORT_TABLE, shownSentence } from '../../src/taskpane/model/budgetLines';
import { generateBudgetWorkbook } from '../../bench/generate-budget';
import { LIVERPOOL, analyseSample } from './helpers';

describe('budgetLines', () => {
  it('lists every line of a short table by default, red and amber first under that filter', () => {
    const analysis = analyseSample(LIVERPOOL);
    const finance = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget')!;
    const m = budgetLines(finance, analysis.checks, 'overspend-positive', 0.05);
    expect(m.lines).toBe(9);
    expect(m.defaultFilter).toBe('all');
    expect(m.counts).toEqual({ exceptions: 2, checks: 0, all: 9 });
    expect(m.filtered('all').map((i) => i.row)).toEqual([...m.filtered('all').map((i) => i.row)].sort((a, b) => a - b));
    expect(m.filtered('exceptions').map((i) => `${i.label} ${i.rag}`)).toEqual(['QOF R', expect.stringMatching(/ A$/)]);
  });

  describe('on a 3,000-line budget', () => {
    const gen = generateBudgetWorkbook({ lines: 3_000, seed: 20181105 });
    const analysis = analyseWorkbook(readXlsx(gen.bytes), parseConfig({}));
    const table = analysis.tables.find((t): t is BudgetTable => t.kind === 'budget')!;
    const m = budgetLines(table, analysis.checks, 'overspend-positive', 0.05);
    const lines = table.rows.filter((r) => r.kind === 'line');

    it('starts on red and amber, worst first: every red before any amber, larger variances first within each', () => {
      expect(m.lines).toBe(3_000);
      expect(3_000).toBeGreaterThan(SHORT_TABLE);
      expect(m.defaultFilter).toBe('exceptions');
      const ex = m.filtered('exceptions');
      expect(ex.length).toBe(lines.filter((r) => r.rag?.rag === 'R' || r.rag?.rag === 'A').length);
      const firstAmber = ex.findIndex((i) => i.rag === 'A');
      expect(ex.slice(firstAmber).every((i) => i.rag === 'A')).toBe(true);
      expect(ex.slice(0, firstAmber).every((i) => i.rag === 'R')).toBe(true);
      const reds = ex.slice(0, firstAmber).map((i) => Math.abs(i.variance ?? 0));
      expect(reds).toEqual([...reds].sort((a, b) => b - a));
    });

    it('lists under "checks" exactly the lines with an error or a warning, each with its cell and message', () => {
      const onLines = new Set(analysis.checks.filter((c) => c.severity !== 'info' && lines.some((r) => r.row === c.row)).map((c) => c.row));
      expect(onLines.size).toBeGreaterThan(0);
      expect(new Set(m.filtered('checks').map((i) => i.row))).toEqual(onLines);
      const first = m.filtered('checks')[0]!;
      expect(first.checks[0]!.cell).toMatch(/^[A-Z]+\d+$/);
      expect(first.checks[0]!.message.length).toBeGreaterThan(10);
      // Rounding notes are counted in Checks, not listed with a line.
      expect(m.filtered('all').every((i) => i.checks.every((c) => c.severity !== ('info' as string)))).toBe(true);
    });

    it('gives each section its lines and RAG counts, adding up to the table', () => {
      expect(m.sections.length).toBeGreaterThan(1);
      expect(m.sections.reduce((n, s) => n + s.lines, 0)).toBe(3_000);
      const reds = m.sections.reduce((n, s) => n + s.rag.R, 0);
      expect(reds).toBe(lines.filter((r) => r.rag?.rag === 'R').length);
      expect(m.sections[0]!.varianceText).toMatch(/£/);
    });

    it('says how many of how many are shown, with thousands separators', () => {
      const all = m.filtered('all').length;
      expect(shownSentence('all', PAGE, all)).toBe(`Showing ${PAGE} of 3,000 lines.`);
      expect(shownSentence('exceptions', 7, 7)).toBe('Showing all 7 red and amber lines.');
      expect(shownSentence('checks', 1, 1)).toBe('Showing the one line with checks.');
      expect(shownSentence('exceptions', 0, 0)).toBe('No line is red or amber.');
    });
  });
});
