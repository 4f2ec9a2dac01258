/**
 * Settings: what the form shows, the config it makes (checked by the engine's parseConfig,
 * whose message lands under the right box), and how they are remembered with the workbook.
 */
import { DEFAULT_CONFIG, parseConfig } from '../../src/engine/config';
import { configFromForm, fieldNamed, formChanged, formFromConfig, friendlyMessage, parseNumber, sameConfig, schemeOptions, type SettingsForm } from '../../src/taskpane/model/settingsForm';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, boardThresholdOf, readSettings, writeSettings, type ConfigInput } from '../../src/taskpane/model/settingsStore';

describe('settings form', () => {
  it('is not "changed" when it only shows the saved settings, whether they name every key or none (issue 10)', () => {
    for (const saved of [{}, { budget: { redPct: 0.07 } }, { risk: { scheme: 'three-band', boardThreshold: 15 } }, { budget: { ...DEFAULT_CONFIG.budget, incomeLines: [...DEFAULT_CONFIG.budget.incomeLines] } }]) {
      expect(formChanged(formFromConfig(saved), saved)).toBe(false);
    }
    expect(formChanged({ ...formFromConfig({}), redPct: '7' }, {})).toBe(true);
    expect(formChanged({ ...formFromConfig({}), scheme: 'three-band' }, {})).toBe(true);
    // Typed back to what was saved, the form is not changed.
    expect(formChanged({ ...formFromConfig({}), redPct: '5.0' }, {})).toBe(false);
    // A box that does not read is a change not saved.
    expect(formChanged({ ...formFromConfig({}), redPct: 'five' }, {})).toBe(true);
  });

  it('shows the defaults as percentages', () => {
    expect(formFromConfig({})).toEqual({
      scheme: 'workbook',
      boardThreshold: '12',
      amberPct: '1',
      redPct: '5',
      underspendAmberPct: '5',
      materiality: '0',
      basis: 'forecast',
      sign: 'overspend-positive',
      summaryLines: 'limit',
      summaryLinesLimit: '200',
    });
    expect(formFromConfig({ risk: { scheme: 'three-band' }, budget: { redPct: 0.07, basis: 'ytd' } })).toMatchObject({ scheme: 'three-band', redPct: '7', basis: 'ytd' });
    expect(formFromConfig({ risk: { scheme: { bands: [] } } }).scheme).toBe('custom');
  });

  it('makes the --config JSON the command line takes, which parseConfig accepts', () => {
    const form = { ...formFromConfig({}), redPct: '7', amberPct: '1.5', materiality: '£10,000', boardThreshold: '15', scheme: 'three-band' };
    const { config, errors } = configFromForm(form, {});
    expect(errors).toEqual({});
    expect(config).toEqual({
      budget: { basis: 'forecast', sign: 'overspend-positive', amberPct: 0.015, redPct: 0.07, underspendAmberPct: 0.05, materiality: 10000, summaryLines: 200 },
      risk: { boardThreshold: 15, scheme: 'three-band' },
    });
    const parsed = parseConfig(config);
    expect(parsed.budget.redPct).toBe(0.07);
    expect(parsed.risk.scheme?.id).toBe('three-band');
  });

  it('keeps what the form does not show (income lines, sheet names, asAt, custom bands)', () => {
    const bands = [
      { name: 'Low', min: 1, max: 4 },
      { name: 'Medium', min: 5, max: 10 },
      { name: 'High', min: 12, max: 25 },
    ];
    const base = { budget: { incomeLines: ['Recharges'] }, sheets: { budgetSummary: 'Board table' }, asAt: '2018-10-31', risk: { scheme: { bands } } };
    const { config } = configFromForm(formFromConfig(base), base);
    expect(config?.budget?.incomeLines).toEqual(['Recharges']);
    expect(config?.sheets).toEqual({ budgetSummary: 'Board table' });
    expect(config?.asAt).toBe('2018-10-31');
    expect(config?.risk?.scheme).toEqual({ bands });
    // The form writes the budget keys it shows, the Budget Summary's lines among them.
    const { incomeLines: _notShown, ...shown } = DEFAULT_CONFIG.budget;
    expect(sameConfig(config!, { ...base, budget: { ...shown, incomeLines: ['Recharges'] }, risk: { scheme: { bands }, boardThreshold: 12 } })).toBe(true);
  });

  describe('what the Budget Summary lists (budget.summaryLines)', () => {
    it('shows each of the three choices as saved, and saves each back as the command line takes it', () => {
      const cases: Array<[ConfigInput, Partial<SettingsForm>, 'all' | 'exceptions' | number]> = [
        [{ budget: { summaryLines: 'all' } }, { summaryLines: 'all', summaryLinesLimit: '200' }, 'all'],
        [{ budget: { summaryLines: 'exceptions' } }, { summaryLines: 'exceptions', summaryLinesLimit: '200' }, 'exceptions'],
        [{ budget: { summaryLines: 500 } }, { summaryLines: 'limit', summaryLinesLimit: '500' }, 500],
        [{}, { summaryLines: 'limit', summaryLinesLimit: '200' }, 200],
      ];
      for (const [saved, shown, written] of cases) {
        const form = formFromConfig(saved);
        expect(form).toMatchObject(shown);
        const { config, errors } = configFromForm(form, saved);
        expect(errors).toEqual({});
        expect(config?.budget?.summaryLines).toBe(written);
        expect(parseConfig(config).budget.summaryLines).toBe(written);
        // Opened with nothing touched, nothing is "not saved" (issue 10).
        expect(formChanged(form, saved)).toBe(false);
      }
    });

    it('saves a choice made in the form, and counts it as a change until saved', () => {
      const exceptions = { ...formFromConfig({}), summaryLines: 'exceptions' as const };
      expect(configFromForm(exceptions, {}).config?.budget?.summaryLines).toBe('exceptions');
      expect(formChanged(exceptions, {})).toBe(true);
      const every = { ...formFromConfig({}), summaryLines: 'all' as const };
      expect(configFromForm(every, {}).config?.budget?.summaryLines).toBe('all');
      const limit = { ...formFromConfig({ budget: { summaryLines: 'all' } }), summaryLines: 'limit' as const, summaryLinesLimit: '1,000' };
      expect(configFromForm(limit, {}).config?.budget?.summaryLines).toBe(1000);
      // The limit typed back to the default is no change.
      expect(formChanged({ ...formFromConfig({}), summaryLinesLimit: '200' }, {})).toBe(false);
      expect(formChanged({ ...formFromConfig({}), summaryLinesLimit: '300' }, {})).toBe(true);
    });

    it('refuses a limit that is not a whole number of lines, under the number box', () => {
      for (const typed of ['0', '-5', 'abc', '2.5', '', '2000000']) {
        const { config, errors } = configFromForm({ ...formFromConfig({}), summaryLines: 'limit', summaryLinesLimit: typed }, {});
        expect(config).toBeNull();
        expect(errors).toEqual({ summaryLinesLimit: 'Enter a whole number of lines from 1 to 1,048,576, for example 200.' });
      }
    });

    it('does not judge the number box when another choice is made', () => {
      const { config, errors } = configFromForm({ ...formFromConfig({}), summaryLines: 'exceptions', summaryLinesLimit: 'abc' }, {});
      expect(errors).toEqual({});
      expect(config?.budget?.summaryLines).toBe('exceptions');
    });

    it('puts the engine’s own message about the key under the number box, in the form’s words', () => {
      const message = 'Settings: budget.summaryLines must be "all", "exceptions" or a whole number of lines';
      expect(fieldNamed(message)).toBe('summaryLinesLimit');
      expect(friendlyMessage(message)).toBe('“Most lines listed in full” must be "all", "exceptions" or a whole number of lines.');
    });

    it('opens settings saved by hand that the form would refuse without calling them changes', () => {
      // The engine takes 0 (every table summarised); the form asks for 1 or more, but only of what the user types.
      const saved: ConfigInput = { budget: { summaryLines: 0 } };
      expect(formFromConfig(saved)).toMatchObject({ summaryLines: 'limit', summaryLinesLimit: '0' });
      expect(formChanged(formFromConfig(saved), saved)).toBe(false);
    });
  });

  it('says what is wrong with a box that is not a number', () => {
    const { config, errors } = configFromForm({ ...formFromConfig({}), redPct: 'five', boardThreshold: '12.5', materiality: '-3' }, {});
    expect(config).toBeNull();
    expect(errors.redPct).toBe('Enter a percentage, for example 5 for 5%.');
    expect(errors.boardThreshold).toBe('Enter a whole score from 1 to 25, for example 12.');
    expect(errors.materiality).toBe('Enter an amount in pounds, or 0 for none.');
  });

  it('shows parseConfig’s own message, in the form’s words, under the box it names', () => {
    const { config, errors } = configFromForm({ ...formFromConfig({}), amberPct: '6', redPct: '5' }, {});
    expect(config).toBeNull();
    expect(errors).toEqual({ amberPct: '“Amber from” (6%) is above “Red from” (5%).' });
    // The message comes from the engine: the same words the command line prints for --config.
    expect(() => parseConfig({ budget: { amberPct: 0.06, redPct: 0.05 } }, 'Settings')).toThrow('Settings: budget.amberPct (0.06) is above budget.redPct (0.05)');
    expect(fieldNamed('Settings: risk.boardThreshold Too big')).toBe('boardThreshold');
    expect(friendlyMessage('Settings: budget.redPct Too big: expected number to be <=10')).toBe('“Red from” Too big: expected number to be <=10.');
  });

  it('offers the presets, the workbook’s key, and custom bands only where saved', () => {
    expect(schemeOptions({}).map((o) => o.value)).toEqual(['workbook', 'npsa-4band', 'three-band', 'dcb0129']);
    expect(schemeOptions({ risk: { scheme: { bands: [] } } }).map((o) => o.value)).toContain('custom');
  });

  it('reads numbers as people type them', () => {
    expect(parseNumber('7')).toBe(7);
    expect(parseNumber(' 7.5 % ')).toBe(7.5);
    expect(parseNumber('£10,000')).toBe(10000);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1e3')).toBeNull();
    expect(parseNumber('five')).toBeNull();
  });
});

describe('settings store', () => {
  it('round-trips the config and column corrections', () => {
    const settings = { config: { budget: { redPct: 0.07 } }, columnRoles: [{ sheet: 'Finance', headerRow: 2, col: 3, role: 'ytdVariance' }] };
    const json = writeSettings(settings);
    expect(JSON.parse(json).schema).toBe(SETTINGS_SCHEMA);
    expect(readSettings(json)).toEqual({ settings, problem: null });
  });

  it('opens with the defaults, and says why, when the saved settings are damaged or foreign', () => {
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problem: null });
    expect(readSettings('{not json').problem).toMatch(/not readable JSON/);
    expect(readSettings('{"schema":"something-else"}').problem).toMatch(/another version/);
    const partly = readSettings(JSON.stringify({ schema: SETTINGS_SCHEMA, config: { budget: {} }, columnRoles: [{ sheet: 'A' }, { sheet: 'B', headerRow: 1, col: 0, role: null }] }));
    expect(partly.settings.columnRoles).toEqual([{ sheet: 'B', headerRow: 1, col: 0, role: null }]);
  });

  it('gives the board threshold the settings ask for', () => {
    expect(boardThresholdOf(DEFAULT_SETTINGS)).toBe(12);
    expect(boardThresholdOf({ config: { risk: { boardThreshold: 15 } }, columnRoles: [] })).toBe(15);
    expect(boardThresholdOf({ config: { risk: { boardThreshold: 99 } }, columnRoles: [] })).toBe(12);
  });
});
