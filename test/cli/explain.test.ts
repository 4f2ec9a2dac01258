/**
 * `rag-board explain`: the command a user runs after "Nothing recognised". It says what was read
 * in each header row and why, and hands the user a config entry that reads a refused table.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rushcliffeWithOwnHeaders } from '../corpus/variants';
import { LIVERPOOL, expectOneLineMessage, readJson, runCli, sha256, useScratchDir, writeWorkbook } from './helpers/cli';

jest.setTimeout(60_000);

describe('rag-board explain', () => {
  const tmp = useScratchDir();

  it('on a sample: each table with its columns, their roles and why, and the input unchanged', async () => {
    const before = sha256(LIVERPOOL);
    const r = await runCli(['explain', LIVERPOOL, '--sheet', 'Finance']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sheet "Finance"');
    expect(r.stdout).toContain('Row 3: read as a budget table of 9 lines, rows 3 to 13');
    expect(r.stdout).toMatch(/B +"YTD Budget £" +ytdBudget +year to date \+ budget/);
    expect(r.stdout).not.toContain('Sheet "Risk Register"');
    expect(sha256(LIVERPOOL)).toBe(before);
  });

  it('an unknown --sheet: exit 2, naming the sheets there are', async () => {
    const r = await runCli(['explain', LIVERPOOL, '--sheet', 'Budget']);
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('--sheet "Budget"');
    expect(line).toContain('"Finance"');
  });

  it('a register it does not read (Rushcliffe CCG, headed in words RAG Board does not know): says why, and its config entry plus the reference column reads it', async () => {
    const fixture = rushcliffeWithOwnHeaders();
    const file = path.join(tmp(), 'assurance.xlsx');
    const rows = fixture.sheets[0]!.rows.map((row) => row.map((v) => (v === null || typeof v === 'string' || typeof v === 'number' ? v : null)));
    await writeWorkbook(file, [{ name: 'Assurance Framework', rows }]);

    const r = await runCli(['explain', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Row 5: not read as a risk register: it has score columns but no reference, risk title or description column');
    const hint = /"tables": (\[.*\])$/m.exec(r.stdout);
    expect(hint).not.toBeNull();
    const tables = JSON.parse(hint![1]!) as { sheet: string; headerRow: number; columns: Record<string, string> }[];
    expect(tables).toEqual([{ sheet: 'Assurance Framework', headerRow: 5, columns: { H: 'currentLikelihood', I: 'currentConsequence', J: 'currentGrade', L: 'trend' } }]);

    tables[0]!.columns['A'] = 'ref';
    const config = path.join(tmp(), 'config.json');
    fs.writeFileSync(config, JSON.stringify({ tables }));
    const report = path.join(tmp(), 'report.json');
    const analysed = await runCli(['analyse', file, '--config', config, '--report', report, '-q']);
    expect(analysed.code).toBe(0);
    const registers = readJson(report).tables.filter((t: { kind: string }) => t.kind === 'risk');
    expect(registers).toHaveLength(1);
    expect(registers[0].risks.map((x: { ref: string; current: { score: number } }) => [x.ref, x.current.score])).toEqual([
      ['GB35', 20],
      ['GB36', 20],
      ['GB39', 16],
      ['GB40', 12],
    ]);
  });

  it('a register scored in averages of votes (Fife Council, "4.2 | 5.1 | 21.42"): says why it is not read, with no config entry that could not help, and analyse says the same', async () => {
    const file = path.join(tmp(), 'fife.xlsx');
    await writeWorkbook(file, [{
      name: 'Appendix 1',
      rows: [
        ['REGISTER OF SIGNIFICANT RISKS'],
        [],
        ['RISK', 'IMPACT ON SERVICES SCORE', 'LIKELIHOOD SCORE', 'TOTAL RISK SCORE'],
        ['Lack of investment in property and infrastructure', 4.2, 5.1, 21.42],
        ['Lack of resources to deliver service commitments', 3.7, 4.9, 18.13],
        ['Lack of ownership of health & safety duties', 4.2, 4.1, 17.22],
      ],
    }]);
    const r = await runCli(['explain', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Row 3: not read as a risk register: its likelihoods and impacts are averages with decimals (4.2, 5.1, 3.7)');
    expect(r.stdout).not.toContain('"tables":');
    const analysed = await runCli(['analyse', file]);
    expect(analysed.code).toBe(0);
    expect(analysed.stdout).toContain('The risk register at "Appendix 1" row 3 was not read: its likelihoods and impacts are averages');
    expect(analysed.stdout).not.toContain('No budget table or risk register was recognised');
  });
});
