/**
 * The pane's view models on real engine output: the bundled samples read by readXlsx and
 * analysed by the engine, as the pane does (only without the worker).
 */
import { COLOURS, PRESET_SCHEMES } from '../../src/engine/rag/scheme';
import type { BudgetTable, RiskRegister } from '../../src/engine/model';
import { checkItems, checksSentence, sheetRef } from '../../src/taskpane/model/checks';
import { contrastRatio, formatAmount, formatPct, formatVariance, MINUS, pctInput, textOn } from '../../src/taskpane/model/format';
import { heatMap, mappableSlots, noHeatMapReason } from '../../src/taskpane/model/heatmap';
import { ragSentence, summarise } from '../../src/taskpane/model/summary';
import { varianceBars } from '../../src/taskpane/model/variance';
import { LIVERPOOL, MONTH7, RISKS, analyseSample } from './helpers';
import * as path from 'path';
import { loadFixture } from '../corpus/corpus';
import { analyseFixture } from '../corpus/score';

/** A corpus document read as the pane reads a workbook. */
const analyseFixtureForPane = (id: string) => analyseFixture(loadFixture(path.join(__dirname, '../corpus/fixtures', `${id}.json`)));

describe('summarise', () => {
  it('counts the Liverpool tables, RAG, grades and checks as the engine found them', () => {
    const analysis = analyseSample(LIVERPOOL);
    const s = summarise(analysis);
    expect(s.budgets.map((b) => `${b.sheet}!${b.range}`)).toEqual(['Finance!A3:G13', 'Finance!A23:D24']);
    expect(s.registers.map((r) => `${r.sheet}!${r.range}`)).toEqual(['Risk Register!A3:R24']);

    const finance = s.budgets[0]!;
    expect(finance.title).toBe('Primary Care Delegated Budget Position as at 30th June 2017');
    expect(finance.units).toBe('£');
    expect(finance.lines).toBe(9);
    expect(finance.rag).toEqual({ R: 1, A: 1, G: 7, none: 0 });
    expect(finance.totalsFrom).toBe('total row');
    expect(finance.totals.ytdVariance).toBe(124532);
    expect(finance.totals.forecastVariance).toBe(240320);
    expect(s.budgets[1]!.totalsFrom).toBe('sum of lines');
    expect(s.rag).toEqual({ R: 1, A: 1, G: 8, none: 0 });
    expect(ragSentence(s.rag)).toBe('1 Red, 1 Amber, 8 Green');

    const register = s.registers[0]!;
    expect(register.risks).toBe(15);
    expect(register.schemeId).toBe('workbook');
    expect(register.schemeSource).toMatch(/^Key!/);
    const current = register.grades.find((g) => g.slot === 'current')!;
    expect(Object.fromEntries(current.grades.map((g) => [g.grade, g.count]))).toEqual({ Low: 0, Moderate: 2, High: 12, Extreme: 1 });
    expect(current.unscored).toBe(0);

    expect(s.checks).toEqual({ error: 0, warning: 1, info: 2 });
    expect(s.headline).toBe('Found 2 budget tables and 1 risk register; 1 warning.');
  });

  it('follows the thresholds: QOF (6.1% over) is red at 5% and amber at 7%', () => {
    const at5 = summarise(analyseSample(LIVERPOOL)).budgets[0]!.rag;
    const at7 = summarise(analyseSample(LIVERPOOL, { budget: { redPct: 0.07 } })).budgets[0]!.rag;
    expect(at5).toEqual({ R: 1, A: 1, G: 7, none: 0 });
    expect(at7).toEqual({ R: 0, A: 2, G: 7, none: 0 });
  });

  it('counts risks at or above the board threshold on their latest score', () => {
    const analysis = analyseSample(LIVERPOOL);
    const register = analysis.tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    const latest = register.risks.map((r) => r.scores.residual?.score ?? r.scores.current?.score ?? 0);
    for (const threshold of [1, 9, 12, 16, 25]) {
      const s = summarise(analysis, { boardThreshold: threshold });
      expect(s.registers[0]!.atOrAboveBoard).toBe(latest.filter((x) => x >= threshold).length);
      expect(s.registers[0]!.boardThreshold).toBe(threshold);
    }
  });

  it('summarises the Staffordshire budgets in £000s and the register in its own key', () => {
    const month7 = summarise(analyseSample(MONTH7));
    expect(month7.budgets).toHaveLength(6);
    expect(month7.budgets.every((b) => b.units === "£'000s")).toBe(true);
    expect(month7.registers).toHaveLength(0);
    const lines = month7.budgets.reduce((n, b) => n + b.lines, 0);
    expect(month7.rag.R + month7.rag.A + month7.rag.G + month7.rag.none).toBe(lines);

    const risks = summarise(analyseSample(RISKS));
    expect(risks.registers).toHaveLength(1);
    const r = risks.registers[0]!;
    expect(r.risks).toBeGreaterThan(0);
    for (const slot of r.grades) expect(slot.grades.reduce((n, g) => n + g.count, 0) + slot.unscored).toBe(r.open);
  });

  it('says so when nothing is found', () => {
    const s = summarise({ tables: [], checks: [], notes: ['No budget table or risk register was recognised.'] });
    expect(s.headline).toBe('No budget table or risk register was found.');
    expect(s.rag).toEqual({ R: 0, A: 0, G: 0, none: 0 });
  });
});

describe('heatMap', () => {
  it('draws no map of a workshop\'s averaged ratings (4.3 x 4.7), and says why, rather than counting risks it cannot place (Cairngorms NPA)', () => {
    const register = analyseFixtureForPane('cairngorms-npa-risk-workshop-results-2004-11').tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(mappableSlots(register)).toEqual([]);
    expect(noHeatMapReason(register)).toBe("No heat map: the register gives its likelihoods and impacts as averages with decimals (a workshop's mean votes), which no cell of a 5x5 map holds.");
  });

  it('draws no map of a register scored on three ratings (L x I x "Controls (1-3)"), and says why', () => {
    const register = analyseFixtureForPane('k248301-practicum-crypto-trading-bot-risk-register-2025-11').tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(mappableSlots(register)).toEqual([]);
    expect(noHeatMapReason(register)).toBe('No heat map: the register scores each risk as likelihood x impact x "Controls (1-3)", which no cell of a 5x5 map of likelihood and impact holds.');
  });

  it('places every open Liverpool risk with L and C, coloured by the workbook key', () => {
    const register = analyseSample(LIVERPOOL).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    expect(mappableSlots(register)).toEqual(['current', 'residual']);
    const map = heatMap(register, 'current');
    expect(map.rows).toHaveLength(5);
    expect(map.rows[0]![0]!.consequence).toBe(5);
    expect(map.rows[4]![0]!.consequence).toBe(1);
    expect(map.rows[0]!.map((c) => c.likelihood)).toEqual([1, 2, 3, 4, 5]);
    const total = map.rows.flat().reduce((n, c) => n + c.count, 0);
    expect(total).toBe(map.placed);
    expect(map.placed + map.unplaced).toBe(register.risks.filter((r) => !r.closed).length);
    // Each cell counts exactly the risks at its likelihood and consequence.
    for (const cell of map.rows.flat()) {
      const n = register.risks.filter((r) => !r.closed && r.scores.current?.likelihood === cell.likelihood && r.scores.current?.consequence === cell.consequence).length;
      expect(cell.count).toBe(n);
      expect(cell.score).toBe(cell.likelihood * cell.consequence);
    }
    const top = map.rows[0]![4]!;
    expect(top.grade).toBe('Extreme');
    expect(map.summary).toMatch(/^Current risk heat map, consequence by likelihood: 15 open risks placed \(1 Extreme, 12 High, 2 Moderate\)\.$/);
  });

  it('gives every cell a text colour that reads on its fill (WCAG AA for large text and better)', () => {
    const register = analyseSample(LIVERPOOL).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
    for (const cell of heatMap(register, 'residual').rows.flat()) expect(contrastRatio(cell.colour, cell.textColour)).toBeGreaterThanOrEqual(4.5);
    for (const scheme of Object.values(PRESET_SCHEMES)) for (const b of scheme.bands) expect(contrastRatio(b.colour, textOn(b.colour))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('varianceBars', () => {
  const finance = () => analyseSample(LIVERPOOL).tables.find((t): t is BudgetTable => t.kind === 'budget' && t.range.top === 2)!;

  it('draws each line’s forecast variance with its value and RAG in words', () => {
    const chart = varianceBars(finance(), 'overspend-positive', 0.05);
    expect(chart.basis).toBe('forecast');
    expect(chart.bars).toHaveLength(9);
    const qof = chart.bars.find((b) => b.label === 'QOF')!;
    expect(qof.rag).toBe('R');
    expect(qof.aboveBudget).toBe(true);
    expect(qof.position).toBeGreaterThan(0);
    expect(qof.valueText).toBe('+£401,239 (+6.1%)');
    expect(qof.reason).toMatch(/^Overspend 6\.1% of annual budget/);
    const generalMedical = chart.bars.find((b) => b.label === 'General Practice - GMS')!;
    expect(generalMedical.position).toBeLessThan(0);
    expect(generalMedical.valueText).toBe(`${MINUS}£315,304 (${MINUS}0.8%)`);
    // Scaled to twice the red threshold here (QOF is the largest at 6.1% < 10%), so red sits halfway.
    expect(chart.redMark).toBeCloseTo(0.5, 10);
    expect(qof.position).toBeCloseTo(0.0611 / 0.1, 2);
    expect(chart.caption).toMatch(/red threshold, 5\.0%/);
  });

  it('scales to the largest variance where it is past twice the red threshold', () => {
    const chart = varianceBars(finance(), 'overspend-positive', 0.01);
    expect(Math.max(...chart.bars.map((b) => Math.abs(b.position)))).toBeCloseTo(1, 10);
    expect(chart.redMark).toBeGreaterThan(0);
    expect(chart.redMark).toBeLessThan(0.5);
  });

  it('puts overspends right in either sign convention', () => {
    const fav = varianceBars(analyseSample(LIVERPOOL, { budget: { sign: 'favourable-positive' } }).tables[0] as BudgetTable, 'favourable-positive', 0.05);
    const qof = fav.bars.find((b) => b.label === 'QOF')!;
    expect(qof.variance).toBeLessThan(0);
    expect(qof.aboveBudget).toBe(true);
    expect(qof.position).toBeGreaterThan(0);
  });
});

describe('checkItems', () => {
  it('lists the Liverpool checks worst first, each with the cell a click selects', () => {
    const items = checkItems(analyseSample(LIVERPOOL));
    expect(items.map((i) => i.severity)).toEqual(['warning', 'info', 'info']);
    const w = items[0]!;
    expect(w).toMatchObject({ sheet: 'Risk Register', cell: 'O6', address: "'Risk Register'!O6", where: 'Co-Com 02', code: 'residual_above_current', severityWord: 'Warning' });
    expect(w.label).toMatch(/^Warning, Risk Register O6, Co-Com 02: Residual score above current/);
    expect(items.slice(1).every((i) => i.sheet === 'Finance' && i.severityWord === 'Within rounding')).toBe(true);
    expect(checksSentence({ error: 0, warning: 1, info: 2 })).toBe('0 errors, 1 warning, 2 within rounding');
  });

  it('quotes sheet names as Excel does', () => {
    expect(sheetRef('Finance')).toBe('Finance');
    expect(sheetRef('Risk Register')).toBe("'Risk Register'");
    expect(sheetRef("Bob's")).toBe("'Bob''s'");
  });
});

describe('format', () => {
  it('writes amounts in the table’s units, with a real minus', () => {
    expect(formatAmount(124532, '£')).toBe('£124,532');
    expect(formatAmount(-539416, '£')).toBe(`${MINUS}£539,416`);
    expect(formatAmount(1234.4, "£'000s")).toBe('£1,234k');
    expect(formatAmount(1.25, '£m')).toBe('£1.3m');
    expect(formatAmount(-0.2, '£')).toBe('£0');
    expect(formatAmount(null, '£')).toBe('–');
    expect(formatVariance(240320, '£')).toBe('+£240,320');
    expect(formatVariance(0, '£')).toBe('£0');
    expect(formatPct(0.0612)).toBe('6.1%');
    expect(formatPct(-0.05)).toBe(`${MINUS}5.0%`);
    expect(formatPct(0.05, true)).toBe('+5.0%');
    expect(formatPct(null)).toBe('–');
    expect(pctInput(0.07)).toBe('7');
    expect(pctInput(0.125)).toBe('12.5');
  });

  it('puts text on the NHS RAG colours with enough contrast', () => {
    for (const c of [COLOURS.red, COLOURS.amber, COLOURS.green]) expect(contrastRatio(c, textOn(c))).toBeGreaterThanOrEqual(4.5);
    expect(textOn(COLOURS.amber)).toBe('#000000');
    expect(textOn(COLOURS.red)).toBe('#FFFFFF');
  });
});

describe('a register graded by its matrix grid, and one rated on the DCB0129 matrix, in the Overview', () => {
  const load = (id: string) => analyseFixtureForPane(id);
  it('grades in words that name a band ("Residual Risk: Low" beside scored columns) are counted under it; a grid\'s grades print no score range', () => {
    const [register] = summarise(load('vuw-world-builder-project-risk-register-2023-08')).registers;
    const residual = register!.grades.find((g) => g.slot === 'residual')!;
    expect(Object.fromEntries(residual.grades.map((g) => [g.grade, g.count]))).toMatchObject({ Low: 6, Medium: 1 });
    expect(residual.unscored).toBe(0);
    expect(residual.grades.every((g) => g.range === '')).toBe(true);
  });
  it('a band of one score prints it once ("Undesirable (3)"), and the board threshold is the matrix\'s own', () => {
    const [register] = summarise(load('gstt-csc-mr-spectroscopy-hazard-log-2022-01')).registers;
    expect(register!.grades[0]!.grades.map((g) => g.range)).toEqual(['1–2', '3', '4–5']);
    expect(register!.boardThreshold).toBe(3);
  });
});

describe('sums that could not be checked', () => {
  it('are counted apart from the differences within rounding, and named as what they are', () => {
    expect(checksSentence({ error: 0, warning: 0, info: 3 }, 1)).toBe('0 errors, 0 warnings, 2 within rounding, 1 not checkable');
    expect(checksSentence({ error: 1, warning: 0, info: 2 })).toBe('1 error, 0 warnings, 2 within rounding');
  });
});
