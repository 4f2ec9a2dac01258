/**
 * The Tables tab's rows not read as tables: their columns as the dropdowns show them, and a
 * user's naming of one column, which must read the table on the next analysis as the
 * config's "tables" does on the command line.
 */
import * as path from 'path';
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TablesView } from '../../src/taskpane/components/TablesView';
import { analyseWorkbook } from '../../src/engine/analyse';
import type { RiskRegister } from '../../src/engine/model';
import { orderedRefusals, refusedColumnViews, refusedRows, withRowReading, columnViews } from '../../src/taskpane/model/columns';
import type { HeaderExplained } from '../../src/engine/model';
import { loadFixture, workbookOf } from '../corpus/corpus';
import { rushcliffeWithOwnHeaders } from '../corpus/variants';

const grids = workbookOf(rushcliffeWithOwnHeaders());

describe('a refused row in the Tables tab (Rushcliffe CCG assurance framework, headed in words RAG Board does not know)', () => {
  const first = analyseWorkbook(grids, undefined, { explain: true });
  const [row] = refusedRows(first.explained);

  it('shows the columns with what RAG Board read, measures taken as current scores, and the reason', () => {
    expect(row).toBeDefined();
    const views = refusedColumnViews(row!, []);
    expect(views.filter((v) => v.value !== '').map((v) => [v.letter, v.value])).toEqual([['H', 'currentLikelihood'], ['I', 'currentConsequence'], ['J', 'currentGrade'], ['L', 'trend']]);
    expect(views.find((v) => v.letter === 'A')).toMatchObject({ header: 'GB code', value: '', why: 'not a column a register is read by' });
  });

  it('naming column A the reference keeps the other columns as shown, and the next analysis reads the register', () => {
    const corrections = withRowReading([], row!, 0, 'ref');
    expect(corrections.map((c) => [c.col, c.role])).toEqual([[0, 'ref'], [7, 'currentLikelihood'], [8, 'currentConsequence'], [9, 'currentGrade'], [11, 'trend']]);
    expect(corrections.every((c) => c.sheet === 'Assurance Framework' && c.headerRow === 4)).toBe(true);

    const second = analyseWorkbook(grids, undefined, { explain: true, columnRoles: corrections });
    expect(refusedRows(second.explained)).toEqual([]);
    const register = second.tables[0] as RiskRegister;
    expect(register.risks.map((r) => r.scores.current?.score)).toEqual([20, 20, 16, 12]);
    // The table's columns now show the user's corrections, each saying so.
    const views = columnViews(register, corrections, grids, second.explained);
    expect(views.find((v) => v.letter === 'A')).toMatchObject({ value: 'ref', why: 'named by your correction' });
  });

  it('setting a column back to "Not used" drops it from the corrections', () => {
    const named = withRowReading([], row!, 0, 'ref');
    const second = analyseWorkbook(grids, undefined, { explain: true, columnRoles: named });
    expect(second.tables).toHaveLength(1);
    const without = withRowReading(named, row!, 11, '');
    expect(without.map((c) => c.col)).toEqual([0, 7, 8, 9]);
  });
});

test('refused rows are offered with the most columns read first, then in sheet order', () => {
  const row = (r: number, roles: number): HeaderExplained => ({
    sheet: 'S', headerRows: [r], kind: 'budget', outcome: 'refused', reason: '',
    columns: Array.from({ length: 4 }, (_, c) => ({ col: c, header: `h${c}`, role: c < roles ? 'ytdBudget' : null, why: '' })),
  });
  expect(orderedRefusals([row(1, 1), row(2, 3), row(3, 1), row(4, 2)]).map((r) => r.headerRows[0])).toEqual([2, 4, 1, 3]);
});

test('a register set aside for its figures (Fife Council, averages of votes) says why in the Tables tab, with no dropdowns that could not read it', () => {
  // (Without the key under it that lists its scale's six levels: averages above 5 on no stated scale.)
  const fixture = loadFixture(path.join(__dirname, '../corpus/fixtures/fife-council-register-of-significant-risks-undated.json'));
  const fife = workbookOf({ ...fixture, sheets: [{ ...fixture.sheets[0]!, rows: fixture.sheets[0]!.rows.slice(0, 16) }] });
  const analysis = analyseWorkbook(fife, undefined, { explain: true });
  const rows = refusedRows(analysis.explained);
  expect(rows.find((r) => r.headerRows[0] === 3)).toMatchObject({ unsupported: true, kind: 'risk' });
  const html = renderToStaticMarkup(
    React.createElement(FluentProvider, { theme: webLightTheme },
      React.createElement(TablesView, {
        tables: analysis.tables, explained: analysis.explained, grids: fife, corrections: [], correctionsApplied: true, disabled: false,
        onRoleChange: () => undefined, onUndo: () => undefined, onRowRoleChange: () => undefined,
      })),
  );
  expect(html).toContain('row 4: not read as a risk register');
  expect(html).toContain('Why: its likelihoods and impacts are averages with decimals');
  const fifeRow = html.slice(html.indexOf('row 4: not read as a risk register'));
  expect(fifeRow.slice(0, fifeRow.indexOf('</div>'))).not.toContain('<select');
});
