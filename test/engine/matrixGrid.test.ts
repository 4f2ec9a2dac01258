/**
 * A register's matrix printed as a grid of grade words under it (Victoria University of
 * Wellington student team's risk register, holdout 89): its sides say what the rating words
 * mean, its cells grade each pair, and its rows are no risks.
 */
import * as path from 'path';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { analyseFixture } from '../corpus/score';
import { findMatrixGrid, gridGrade, schemeOfGrid } from '../../src/engine/risk/matrixGrid';
import { buildWritePlan } from '../../src/engine/plan/buildPlan';
import { riskSourceRules } from '../../src/engine/plan/sourceRules';
import { parseConfig } from '../../src/engine/config';
import type { RiskRegister } from '../../src/engine/model';
import type { SheetGrid } from '../../src/engine/grid';

const fixture = loadFixture(path.join(__dirname, '../corpus/fixtures/vuw-world-builder-project-risk-register-2023-08.json'));
const sheet = workbookOf(fixture).sheets[0]!;

/** The sheet with its grid's block (rows 21 to 26, columns A to F) turned about its diagonal: likelihood down, impact across. */
function transposedGrid(grid: SheetGrid): SheetGrid {
  const values = grid.values.map((r) => (r ? [...r] : r));
  for (let i = 0; i <= 5; i++) for (let j = 0; j <= 5; j++) values[20 + i]![j] = grid.values[20 + j]?.[i] ?? null;
  // "X: Likelihood" and "Y: Impact" no longer say which side is which; the words still do.
  values[17] = [];
  values[18] = [];
  return { ...grid, values };
}

describe('a matrix printed as a grid of grades', () => {
  it('is found with its sides told apart: likelihood across (Very Unlikely 1 to Very Likely 5), impact down from Very High', () => {
    const grid = findMatrixGrid(sheet)!;
    expect(grid.at).toBe('Risk Register!A21');
    expect(grid.likelihoodLabels).toEqual(['Very Unlikely', 'Unlikely', 'Possible', 'Likely', 'Very Likely']);
    expect(grid.consequenceLabels).toEqual(['Very Low', 'Low', 'Medium', 'High', 'Very High']);
    // Very Unlikely x Very High is Medium; Very Likely x Very Low is High: both score 5.
    expect(gridGrade(grid, 1, 5)).toBe('Medium');
    expect(gridGrade(grid, 5, 1)).toBe('High');
    expect(gridGrade(grid, 4, 4)).toBe('High');
    expect(gridGrade(grid, 6, 1)).toBeNull();
  });

  it('printed the other way about (likelihood down) gives the same grades', () => {
    const grid = findMatrixGrid(transposedGrid(sheet))!;
    expect(grid.likelihoodLabels).toEqual(['Very Unlikely', 'Unlikely', 'Possible', 'Likely', 'Very Likely']);
    expect(gridGrade(grid, 1, 5)).toBe('Medium');
    expect(gridGrade(grid, 5, 1)).toBe('High');
  });

  it('is not taken where its grades would fall as a rating rises (its sides misread)', () => {
    const values = sheet.values.map((r) => (r ? [...r] : r));
    values[21]![1] = 'Very High';
    expect(findMatrixGrid({ ...sheet, values })).toBeNull();
  });

  it('grades the register: each pair by its cell, a typed grade the grid does not give is said, and a word off its sides is an error', () => {
    const analysis = analyseFixture(fixture);
    const register = analysis.tables[0] as RiskRegister;
    expect(register.scheme.grid).toBeDefined();
    expect(register.scheme.source).toEqual({ sheet: 'Risk Register', cell: 'A21' });
    expect(register.risks.map((r) => r.scores.current?.grade)).toEqual(['High', 'High', 'High', 'Low', 'Low', 'Medium', 'Medium']);
    expect(register.risks.map((r) => [r.scores.current?.likelihood, r.scores.current?.consequence])).toEqual([[4, 4], [2, 5], [4, 4], [2, 3], [null, 3], [1, 5], [1, 5]]);
    const errors = analysis.checks.filter((c) => c.severity === 'error').map((c) => `${c.code} ${c.row + 1}:${c.col}`);
    expect(errors).toEqual(['not_a_number 12:3', 'grade_mismatch 13:5', 'grade_mismatch 14:5']);
    expect(analysis.checks.find((c) => c.code === 'grade_mismatch')!.message).toBe(
      "The current grade is typed as High but 1 x 5 is Medium on the register's own key (Risk Register!A21); the board sees the wrong grade if left",
    );
  });

  it('its rows are no risks', () => {
    const register = analyseFixture(fixture).tables[0] as RiskRegister;
    expect(register.risks.map((r) => r.ref)).toEqual(['01', '02', '03', '04', '05', '06', '07']);
    expect(register.range.bottom).toBe(13);
  });

  it('the Risk Summary writes the grid out and looks each grade up on it; the heat map is coloured by it; no score rule colours the register', () => {
    const grids = workbookOf(fixture);
    const config = parseConfig({});
    const analysis = analyseFixture(fixture);
    const plan = buildWritePlan(grids, analysis, config);
    const summary = plan.sheets.find((s) => s.name === 'Risk Summary')!;
    const cells = summary.rows.flat().filter((c) => c !== undefined);
    const texts = cells.map((c) => (c!.kind === 'text' ? c!.text : c!.kind === 'formula' ? `=${c!.formula}` : ''));
    expect(texts).toContain("The register's matrix: the grade of each likelihood (across) and consequence (down)");
    const lookups = texts.filter((t) => /^=IF\(AND\(ISNUMBER\([A-Z]+\d+\),ISNUMBER\([A-Z]+\d+\)\),INDEX\(\$B\$\d+:\$F\$\d+,6-[A-Z]+\d+,[A-Z]+\d+\)/.test(t));
    expect(lookups.length).toBeGreaterThanOrEqual(6);
    expect(summary.rules.some((r) => /^B\d+=\$A\$\d+$/.test(r.condition))).toBe(true);
    expect(riskSourceRules(analysis.tables[0] as RiskRegister)).toEqual([]);
  });
});

describe('a matrix that ranks its cells 1 to 25 ("High 18" where Possible meets Major)', () => {
  const values = [
    [null, 'Consequences'],
    ['Likelihood', 'Insignificant', 'Minor', 'Moderate', 'Major', 'Catastrophic'],
    ['Almost Certain', 'Medium 8', 'High 16', 'High 20', 'Extreme 23', 'Extreme 25'],
    ['Likely', 'Medium 7', 'Medium 12', 'High 17', 'High 21', 'Extreme 24'],
    ['Possible', 'Low 5', 'Medium 10', 'High 15', 'High 18', 'High 22'],
    ['Unlikely', 'Low 2', 'Low 4', 'Medium 11', 'Medium 13', 'High 19'],
    ['Rare', 'Low 1', 'Low 3', 'Medium 6', 'Medium 9', 'High 14'],
  ];
  const sheet = { name: 'Matrix', visibility: 'visible' as const, values };
  it('reads each pair\'s rank as its score, and bands the ranks by the grades printed', () => {
    const grid = findMatrixGrid(sheet)!;
    expect(grid.ranks![3 - 1]![4 - 1]).toBe(18);
    const scheme = schemeOfGrid(grid);
    expect(scheme.ratings).toBeDefined();
    expect(scheme.bands.map((b) => [b.name, b.min, b.max])).toEqual([['Low', 1, 5], ['Medium', 6, 13], ['High', 14, 22], ['Extreme', 23, 25]]);
  });
  it('numbers that are the products (repeating) are no ranks: the grid grades, the score is L x C', () => {
    const products = values.map((row, r) => (r < 2 ? row : row.map((v, c) => (c === 0 || typeof v !== 'string' ? v : `${v.split(' ')[0]} ${(7 - r) * c}`))));
    const grid = findMatrixGrid({ ...sheet, values: products })!;
    expect(grid.ranks).toBeUndefined();
    expect(schemeOfGrid(grid).ratings).toBeUndefined();
  });
});
