/**
 * The same tables whichever way a user comes in (issue 8, "Done when"): for every workbook of
 * the corpus, the command line (`analyse --report`), the task pane (the Office.js adapter
 * reading the workbook from the Excel double) and the browser page (its worker's reader over
 * the file) give the same tables, figures, checks and notes, with the fixture's own config.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildReport, type Report } from '../../src/engine/report/report';
import { analyseWith } from '../../src/taskpane/engine/engineOps';
import { createXlsxHandlers } from '../../src/browser/xlsxOps';
import type { WorkbookGrids } from '../../src/engine/grid';
import { loadCorpus, workbookOf } from './corpus';
import { runCli, readJson, useScratchDir } from '../cli/helpers/cli';
import { setup, teardown } from '../workbook/office/helpers';
import type { SeedWorkbook } from '../workbook/office/double';
import { writeFixtureXlsx } from './xlsx';

jest.setTimeout(120_000);
afterEach(teardown);

/** The workbook as Excel holds it, for the double: the same cells, merges and hidden rows. */
function seedOf(grids: WorkbookGrids): SeedWorkbook {
  return { sheets: grids.sheets.map((s) => ({ name: s.name, values: s.values, hiddenRows: s.hiddenRows, hiddenColumns: s.hiddenColumns, merges: s.merges })) };
}

/** What a user sees of a report, whichever door: its tables, checks and notes. */
const seen = (r: Report) => ({ tables: r.tables, checks: r.checks, notes: r.notes, summary: r.summary });

describe('the command line, the pane and the browser page read every corpus workbook alike', () => {
  const tmp = useScratchDir();
  const corpus = loadCorpus();

  it.each(corpus.map((f) => [f.id, f] as const))('%s', async (_id, fixture) => {
    const file = path.join(tmp(), 'workbook.xlsx');
    await writeFixtureXlsx(fixture, file);
    const settings = { config: fixture.config ?? {}, columnRoles: [] };

    const args = ['analyse', file, '--report', path.join(tmp(), 'report.json'), '-q'];
    if (fixture.config) {
      fs.writeFileSync(path.join(tmp(), 'config.json'), JSON.stringify(fixture.config));
      args.push('--config', path.join(tmp(), 'config.json'));
    }
    const cli = await runCli(args);
    expect(cli.stderr).toBe('');
    const fromCli = readJson<Report>(path.join(tmp(), 'report.json'));

    const { port } = setup(seedOf(workbookOf(fixture)));
    const paneGrids = await port.read();
    const fromPane = buildReport(analyseWith(paneGrids, settings).analysis, file);

    const bytes = new Uint8Array(fs.readFileSync(file));
    const browserGrids = (await createXlsxHandlers().read([bytes, 'workbook.xlsx'], () => undefined)) as WorkbookGrids;
    const fromBrowser = buildReport(analyseWith(browserGrids, settings).analysis, file);

    expect(seen(fromPane)).toEqual(seen(fromCli));
    expect(seen(fromBrowser)).toEqual(seen(fromCli));
    tablesRead += fromCli.tables.length;
  });

  let tablesRead = 0;
  it('agreed on tables, not on nothing: most of the corpus tables were read', () => {
    const expected = corpus.reduce((n, f) => n + f.expected.tables.length, 0);
    expect(tablesRead).toBeGreaterThanOrEqual(expected * 0.75);
  });
});
