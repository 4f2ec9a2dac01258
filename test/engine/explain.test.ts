/**
 * `explain`: what RAG Board read in each header row and why, on the samples and on real
 * layouts from the corpus; and that naming a refused row's columns as the explanation
 * suggests reads the table (issue 8, "Let the user correct detection, and explain it").
 */
import * as path from 'path';
import { analyseWorkbook } from '../../src/engine/analyse';
import { parseConfig } from '../../src/engine/config';
import type { HeaderExplained, RiskRegister } from '../../src/engine/model';
import { CORPUS_DIR, loadFixture, workbookOf } from '../corpus/corpus';
import { rushcliffeWithOwnHeaders } from '../corpus/variants';
import { LIVERPOOL, sampleGrids } from '../taskpane/helpers';

const fixture = (id: string) => workbookOf(loadFixture(path.join(CORPUS_DIR, `${id}.json`)));
const at = (explained: ReadonlyArray<HeaderExplained> | undefined, sheet: string, row1: number) =>
  explained?.filter((e) => e.sheet === sheet && e.headerRows[e.headerRows.length - 1] === row1 - 1) ?? [];

describe('explain on a table that is read', () => {
  const analysis = analyseWorkbook(sampleGrids(LIVERPOOL), undefined, { explain: true });

  it('gives each column of the Liverpool finance table its role and the words it was read from', () => {
    const [finance] = at(analysis.explained, 'Finance', 3);
    expect(finance).toMatchObject({ kind: 'budget', outcome: 'table' });
    expect(finance!.reason).toBe('read as a budget table of 9 lines, rows 3 to 13');
    const byLetter = Object.fromEntries(finance!.columns.map((c) => [String.fromCharCode(65 + c.col), [c.role, c.why]]));
    expect(byLetter).toEqual({
      A: ['label', 'the names of the lines'],
      B: ['ytdBudget', 'year to date + budget'],
      C: ['ytdActual', 'year to date + actual'],
      D: ['ytdVariance', 'year to date + variance'],
      E: ['annualBudget', 'full year + budget'],
      F: ['forecastOutturn', 'full year + forecast'],
      G: ['forecastVariance', 'full year + variance'],
    });
  });

  it('says how each L and C of the register got its slot', () => {
    const [register] = at(analysis.explained, 'Risk Register', 3);
    expect(register!.reason).toMatch(/^read as a risk register of 15 risks, rows 3 to 24, with current, residual scores$/);
    const h = register!.columns.find((c) => c.col === 7)!;
    expect(h).toMatchObject({ header: 'L', role: 'currentLikelihood' });
    expect(h.why).toContain('the slot of "Current Risk (score)" beside it');
  });

  it('leaves the tables, checks and notes as they are without it', () => {
    const plain = analyseWorkbook(sampleGrids(LIVERPOOL));
    expect(plain.explained).toBeUndefined();
    expect({ ...analysis, explained: undefined }).toEqual({ ...plain, explained: undefined });
  });
});

describe('explain on rows that are not read as tables', () => {
  it('Chard Town Council: the report\'s banner, which names a budget, is refused as a header, saying what a table needs; the table under it is read', () => {
    const analysis = analyseWorkbook(fixture('chard-tc-budget-detail-by-centre-2010-11'), undefined, { explain: true });
    const [banner] = at(analysis.explained, 'Budget Detail', 2);
    expect(banner).toMatchObject({ kind: 'budget', outcome: 'refused' });
    expect(banner!.reason).toContain('a budget table needs two of budget, actual and forecast');
    const [table] = at(analysis.explained, 'Budget Detail', 8);
    expect(table).toMatchObject({ outcome: 'table', headerRows: [4, 6, 7] });
    expect(table!.columns.find((c) => c.col === 2)!.why).toContain("last year's figure, context only");
  });

  it('Rushcliffe CCG, headed in words RAG Board does not know: refused for want of a reference or name, with every column', () => {
    const analysis = analyseWorkbook(workbookOf(rushcliffeWithOwnHeaders()), undefined, { explain: true });
    const [row5] = at(analysis.explained, 'Assurance Framework', 5);
    expect(row5).toMatchObject({ kind: 'risk', outcome: 'refused' });
    expect(row5!.reason).toContain('no reference, risk title or description column');
    expect(row5!.columns.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(row5!.columns.filter((c) => c.role).map((c) => [c.col, c.role])).toEqual([[7, 'likelihood'], [8, 'consequence'], [9, 'grade'], [11, 'trend']]);
  });

  it('Rushcliffe CCG: a reference column under a blank header is read from its cells, and the risks\' names from the longest texts', () => {
    const analysis = analyseWorkbook(fixture('rushcliffe-ccg-assurance-framework-2016-03'), undefined, { explain: true });
    const register = analysis.tables[0] as RiskRegister;
    expect(register.risks.map((r) => [r.ref, r.scores.current?.score])).toEqual([['GB35', 20], ['GB36', 20], ['GB39', 16], ['GB40', 12]]);
    const [row5] = at(analysis.explained, 'Assurance Framework', 5);
    expect(row5!.columns.filter((c) => c.role === 'ref' || c.role === 'title').map((c) => [c.col, c.role, c.why])).toEqual([
      [0, 'ref', 'no header; its cells are short references ("GB35")'],
      [5, 'title', "no header; its cells are the risks' names"],
    ]);
  });

  it('naming its columns in the config, as explain suggests plus the reference, reads the register', () => {
    const config = parseConfig({
      tables: [{ sheet: 'Assurance Framework', headerRow: 5, columns: { A: 'ref', F: 'title', H: 'currentLikelihood', I: 'currentConsequence', L: 'trend' } }],
    });
    const analysis = analyseWorkbook(workbookOf(rushcliffeWithOwnHeaders()), config, { explain: true });
    const register = analysis.tables[0] as RiskRegister;
    expect(register.kind).toBe('risk');
    expect(register.risks.map((r) => [r.ref, r.scores.current?.score])).toEqual([['GB35', 20], ['GB36', 20], ['GB39', 16], ['GB40', 12]]);
    const [row5] = at(analysis.explained, 'Assurance Framework', 5);
    expect(row5!.outcome).toBe('table');
    expect(row5!.columns.every((c) => c.why === 'named by your correction')).toBe(true);
  });

  it('a sheet of prose has nothing to explain', () => {
    const analysis = analyseWorkbook(
      { sheets: [{ name: 'Notes', visibility: 'visible', values: [['The budget was agreed by the board in March.'], ['Actuals follow next month.']] }] },
      undefined,
      { explain: true },
    );
    expect(analysis.explained).toEqual([]);
  });
});
