/**
 * --config: a bad config is a bad argument (exit 2) with one line that names the file or
 * the key and says what to do; a good config changes the result.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LIVERPOOL, STAFFS_RISKS, expectOneLineMessage, readJson, runCli, useScratchDir } from './helpers/cli';

jest.setTimeout(60_000);

describe('--config that cannot be used: exit 2, one line, nothing analysed', () => {
  const tmp = useScratchDir();

  async function withConfig(text: string, name = 'board.json') {
    const file = path.join(tmp(), name);
    fs.writeFileSync(file, text);
    const report = path.join(tmp(), 'r.json');
    const r = await runCli(['analyse', LIVERPOOL, '--config', file, '--report', report]);
    // A refused config writes no report.
    expect(fs.existsSync(report)).toBe(false);
    expect(r.stdout).toBe('');
    return { ...r, file };
  }

  it('a config file that does not exist: 2, naming the file', async () => {
    const file = path.join(tmp(), 'missing-config.json');
    const r = await runCli(['analyse', LIVERPOOL, '--config', file]);
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('missing-config.json');
    expect(line).toMatch(/no config file/i);
  });

  it('a folder given as the config: 2', async () => {
    const r = await runCli(['analyse', LIVERPOOL, '--config', tmp()]);
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toContain(tmp());
  });

  it('invalid JSON (a trailing comma): 2, naming the file and saying it is not valid JSON', async () => {
    const r = await withConfig('{ "budget": { "redPct": 0.1, } }', 'trailing-comma.json');
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('trailing-comma.json');
    expect(line).toMatch(/not valid JSON/);
  });

  it('an empty config file: 2, not valid JSON', async () => {
    const r = await withConfig('', 'empty.json');
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toMatch(/empty\.json.*not valid JSON/);
  });

  it('a config saved with a byte-order mark is read (Notepad writes one)', async () => {
    const file = path.join(tmp(), 'bom.json');
    fs.writeFileSync(file, '\uFEFF{ "budget": { "basis": "forecast" } }');
    const r = await runCli(['analyse', LIVERPOOL, '--config', file, '-q']);
    expect([r.code, r.stderr, r.stdout]).toEqual([0, '', '']);
  });

  it('an unknown key ("budget.redPc"): 2, naming the key in full', async () => {
    const r = await withConfig('{ "budget": { "redPc": 0.1 } }');
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('"budget.redPc"');
    expect(line).toMatch(/unknown key/);
    expect(line).toContain('board.json');
  });

  it('an unknown top-level key: 2, naming it', async () => {
    const r = await withConfig('{ "budgte": {} }');
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toContain('"budgte"');
  });

  it('a value of the wrong type: 2, naming the key', async () => {
    const r = await withConfig('{ "budget": { "amberPct": "1%" } }');
    expect(r.code).toBe(2);
    expect(expectOneLineMessage(r.stderr)).toContain('budget.amberPct');
  });

  it('a JSON array instead of an object: 2', async () => {
    const r = await withConfig('[]');
    expect(r.code).toBe(2);
    expectOneLineMessage(r.stderr);
  });

  it('a band table with a gap: 2, and the message names the uncovered score 4', async () => {
    const r = await withConfig(
      JSON.stringify({ risk: { scheme: { bands: [{ name: 'Low', min: 1, max: 3 }, { name: 'High', min: 5, max: 25 }] } } }),
    );
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/\bscore 4\b/);
    expect(line).toMatch(/risk\.scheme/);
  });

  it('a band table with an overlap: 2, naming the score in two bands', async () => {
    const r = await withConfig(
      JSON.stringify({ risk: { scheme: { bands: [{ name: 'Low', min: 1, max: 4 }, { name: 'High', min: 4, max: 25 }] } } }),
    );
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toMatch(/\bscore 4\b/);
    expect(line).toMatch(/more than one band/);
  });

  it('amberPct above redPct: 2, naming both', async () => {
    const r = await withConfig(JSON.stringify({ budget: { amberPct: 0.1, redPct: 0.05 } }));
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('budget.amberPct');
    expect(line).toContain('budget.redPct');
  });

  it('an unknown preset scheme: 2, naming it and the schemes there are', async () => {
    const r = await withConfig(JSON.stringify({ risk: { scheme: 'nhs-5band' } }));
    expect(r.code).toBe(2);
    const line = expectOneLineMessage(r.stderr);
    expect(line).toContain('"nhs-5band"');
    expect(line).toContain('npsa-4band');
    expect(line).toContain('three-band');
  });

  it('a config problem is reported even when the input is also missing (arguments come first)', async () => {
    const file = path.join(tmp(), 'bad.json');
    fs.writeFileSync(file, '{ "budget": { "redPc": 0.1 } }');
    const r = await runCli(['analyse', path.join(tmp(), 'missing.xlsx'), '--config', file]);
    expect(r.code).toBe(2);
    expectOneLineMessage(r.stderr);
  });
});

describe('--config that is valid changes the result', () => {
  const tmp = useScratchDir();

  async function reportWith(input: string, config: unknown | null): Promise<any> {
    const out = path.join(tmp(), `r-${Math.random().toString(36).slice(2)}.json`);
    const args = ['analyse', input, '--report', out, '-q'];
    if (config !== null) {
      const file = path.join(tmp(), `c-${Math.random().toString(36).slice(2)}.json`);
      fs.writeFileSync(file, JSON.stringify(config));
      args.push('--config', file);
    }
    const r = await runCli(args);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('');
    return readJson(out);
  }

  it('{"risk":{"scheme":"npsa-4band"}} grades the Staffordshire register by npsa-4band instead of its own key', async () => {
    const own = await reportWith(STAFFS_RISKS, null);
    const npsa = await reportWith(STAFFS_RISKS, { risk: { scheme: 'npsa-4band' } });
    const ownRegister = own.tables.find((t: any) => t.kind === 'risk');
    const npsaRegister = npsa.tables.find((t: any) => t.kind === 'risk');
    expect(ownRegister.scheme).toBe('workbook');
    expect(npsaRegister.scheme).toBe('npsa-4band');
    const a154 = (t: any) => t.risks.find((r: any) => r.ref === 'A1.54');
    expect(a154(ownRegister).inherent.grade).toBe('High');
    expect(a154(npsaRegister).inherent.grade).toBe('Extreme');
    // Scores do not depend on the scheme.
    expect(npsaRegister.risks.map((r: any) => r.inherent?.score)).toEqual(ownRegister.risks.map((r: any) => r.inherent?.score));
  });

  it('a custom band table that covers every score is used, and reported as custom', async () => {
    const bands = [
      { name: 'Green', min: 1, max: 5 },
      { name: 'Amber', min: 6, max: 12 },
      { name: 'Red', min: 15, max: 25 },
    ];
    const r = await reportWith(STAFFS_RISKS, { risk: { scheme: { bands } } });
    const register = r.tables.find((t: any) => t.kind === 'risk');
    expect(register.scheme).toBe('custom');
    const a155 = register.risks.find((x: any) => x.ref === 'A1.55');
    expect([a155.inherent.grade, a155.residual.grade]).toEqual(['Amber', 'Green']);
  });

  it('{"budget":{"basis":"ytd"}} changes some Liverpool RAG (GMS is 5.2% under YTD, 0.8% under on forecast)', async () => {
    const forecast = await reportWith(LIVERPOOL, null);
    const ytd = await reportWith(LIVERPOOL, { budget: { basis: 'ytd' } });
    const rag = (r: any) =>
      Object.fromEntries(r.tables.filter((t: any) => t.sheet === 'Finance' && t.range === 'A3:G13').flatMap((t: any) => t.rows.map((x: any) => [x.label, x.rag])));
    const before = rag(forecast);
    const after = rag(ytd);
    const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
    expect(changed.length).toBeGreaterThan(0);
    expect(before['General Practice - GMS']).toBe('G');
    expect(after['General Practice - GMS']).not.toBe('G');
    // An overspend of 29% YTD that is on budget by forecast.
    expect(before['Other List-Based Services (APMS incl.)']).toBe('G');
    expect(after['Other List-Based Services (APMS incl.)']).toBe('R');
    // Figures do not depend on the basis.
    expect(ytd.tables[0].rows.map((x: any) => x.ytdVariance)).toEqual(forecast.tables[0].rows.map((x: any) => x.ytdVariance));
  });

  it('a higher redPct turns the QOF line (6.1% over by forecast) from red to amber', async () => {
    const r = await reportWith(LIVERPOOL, { budget: { redPct: 0.1 } });
    const qof = r.tables.flatMap((t: any) => t.rows ?? []).find((x: any) => x.label === 'QOF');
    expect(qof.rag).toBe('A');
  });
});
