import * as React from 'react';
import { Button, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_CONFIG } from '../../engine/config';
import {
  FIELD_LABEL,
  FIELD_ORDER,
  configFromForm,
  formFromConfig,
  formChanged,
  schemeOptions,
  type FieldErrors,
  type FieldName,
  type SettingsForm,
} from '../model/settingsForm';
import type { ConfigInput } from '../model/settingsStore';
import { useShared } from './styles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: {
    minWidth: '0',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: '0',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  narrow: { maxWidth: '160px' },
  // The limit sits under its choice, in line with the choice's words (past the radio's circle).
  limit: { marginLeft: tokens.spacingHorizontalXXXL, marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  // The scheme names are long: the box takes the pane's width and no more, and cuts its text.
  full: { width: '100%', maxWidth: '100%', minWidth: '0', '& select': { width: '100%', minWidth: '0', textOverflow: 'ellipsis' } },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SettingsPanelProps {
  readonly config: ConfigInput;
  readonly disabled: boolean;
  /** Where the settings are kept, in a sentence for the user. */
  readonly note: string;
  onSave(config: ConfigInput): void;
}

/** Thresholds, basis and sign, what the Budget Summary lists, scheme and threshold, checked by the engine's parseConfig before they are saved. */
export default function SettingsPanel({ config, disabled, note, onSave }: SettingsPanelProps) {
  const shared = useShared();
  const s = useStyles();
  const [form, setForm] = React.useState<SettingsForm>(() => formFromConfig(config));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const firstError = React.useRef<Record<string, HTMLElement | null>>({});
  const summaryHelp = React.useId();

  // A saved change (or another person's settings read on open) resets the form.
  React.useEffect(() => {
    setForm(formFromConfig(config));
    setErrors({});
  }, [config]);

  // Problems are found on Save, not on leaving a box: a message appearing or going as focus
  // moves would shift the Save button under the pointer between press and release.
  const set = (field: FieldName, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    // Amber and red are judged together, so a change to either clears both; another choice of
    // what the Budget Summary lists hides the limit, and its problem with it.
    const related: FieldName[] =
      field === 'amberPct' || field === 'redPct' ? ['amberPct', 'redPct'] : field === 'summaryLines' ? ['summaryLines', 'summaryLinesLimit'] : [field];
    if (related.some((f) => errors[f])) setErrors((e) => ({ ...e, ...Object.fromEntries(related.map((f) => [f, undefined])) }));
  };

  const submit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const result = configFromForm(form, config);
    setErrors(result.errors);
    if (!result.config) {
      const first = FIELD_ORDER.find((f) => result.errors[f]);
      if (first) firstError.current[first]?.focus();
      return;
    }
    onSave(result.config);
  };

  const dirty = React.useMemo(() => formChanged(form, config), [form, config]);

  const field = (name: FieldName) => ({
    label: FIELD_LABEL[name],
    validationMessage: errors[name],
    validationState: errors[name] ? ('error' as const) : ('none' as const),
  });
  const ref = (name: FieldName) => (el: HTMLElement | null) => {
    firstError.current[name] = el;
  };
  const pctInput = (name: 'amberPct' | 'redPct' | 'underspendAmberPct') => (
    <Field {...field(name)}>
      <Input
        ref={ref(name)}
        className={s.narrow}
        inputMode="decimal"
        value={form[name]}
        contentAfter={<span aria-hidden="true">%</span>}
        onChange={(_, d) => set(name, d.value)}
      />
    </Field>
  );

  return (
    <form className={s.form} onSubmit={submit} noValidate aria-label="Settings">
      <p className={shared.muted}>{note}</p>
      <fieldset className={s.fieldset} disabled={disabled}>
        <legend className={s.legend}>Budget RAG</legend>
        {pctInput('amberPct')}
        {pctInput('redPct')}
        {pctInput('underspendAmberPct')}
        <Field {...field('materiality')} hint="An adverse variance of this much is red even below the red percentage.">
          <Input
            ref={ref('materiality')}
            className={s.narrow}
            inputMode="decimal"
            value={form.materiality}
            contentBefore={<span aria-hidden="true">£</span>}
            onChange={(_, d) => set('materiality', d.value)}
              />
        </Field>
        <Field {...field('basis')}>
          <RadioGroup value={form.basis} onChange={(_, d) => set('basis', d.value)}>
            <Radio value="forecast" label="Forecast variance, against the annual budget" />
            <Radio value="ytd" label="Year-to-date variance, against the YTD budget" />
          </RadioGroup>
        </Field>
        <Field {...field('sign')}>
          <RadioGroup value={form.sign} onChange={(_, d) => set('sign', d.value)}>
            <Radio value="overspend-positive" label="Overspend positive (actual − budget)" />
            <Radio value="favourable-positive" label="Underspend positive (budget − actual)" />
          </RadioGroup>
        </Field>
      </fieldset>
      <fieldset className={s.fieldset} disabled={disabled}>
        <legend className={s.legend}>Budget Summary</legend>
        {/* Above the choices, not under them (a Field's hint), so the limit stays beside its choice. */}
        <p id={summaryHelp} className={shared.muted}>
          The board paper RAG Board adds to the workbook. Your own table keeps its colours on every line, whatever the summary lists.
        </p>
        <Field {...field('summaryLines')}>
          <RadioGroup aria-describedby={summaryHelp} value={form.summaryLines} onChange={(_, d) => set('summaryLines', d.value)}>
            <Radio value="all" label="Every line" />
            <Radio value="exceptions" label="Exceptions only (totals, subtotals, red and amber lines, checks)" />
            <Radio value="limit" label="Every line up to a limit, exceptions above it" />
          </RadioGroup>
        </Field>
        {form.summaryLines === 'limit' && (
          <Field
            {...field('summaryLinesLimit')}
            className={s.limit}
            hint="A table with more lines than this lists only its exceptions, and says how many lines it leaves out and where they are."
          >
            <Input
              ref={ref('summaryLinesLimit')}
              className={s.narrow}
              inputMode="numeric"
              value={form.summaryLinesLimit}
              contentAfter={<span aria-hidden="true">lines</span>}
              onChange={(_, d) => set('summaryLinesLimit', d.value)}
            />
          </Field>
        )}
      </fieldset>
      <fieldset className={s.fieldset} disabled={disabled}>
        <legend className={s.legend}>Risk grading</legend>
        <Field {...field('scheme')}>
          <Select className={s.full} ref={ref('scheme') as React.Ref<HTMLSelectElement>} value={form.scheme} onChange={(_, d) => set('scheme', d.value)}>
            {schemeOptions(config).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field {...field('boardThreshold')} hint="Risks scoring this or more go in the board table.">
          <Input
            ref={ref('boardThreshold')}
            className={s.narrow}
            inputMode="numeric"
            value={form.boardThreshold}
            onChange={(_, d) => set('boardThreshold', d.value)}
              />
        </Field>
      </fieldset>
      <div className={s.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={disabled}>
          Save settings
        </Button>
        <Button disabledFocusable={disabled || !dirty} onClick={() => { setForm(formFromConfig(config)); setErrors({}); }}>
          Undo changes
        </Button>
        <Button
          disabledFocusable={disabled}
          onClick={() => {
            setForm(formFromConfig({ ...config, budget: { ...config.budget, ...pick(DEFAULT_CONFIG.budget) }, risk: { boardThreshold: DEFAULT_CONFIG.risk.boardThreshold } }));
            setErrors({});
          }}
        >
          Defaults
        </Button>
      </div>
      {dirty && <p className={shared.muted}>You have changes that are not saved. Analysis and Apply use the saved settings.</p>}
    </form>
  );
}

function pick(b: typeof DEFAULT_CONFIG.budget) {
  return { basis: b.basis, amberPct: b.amberPct, redPct: b.redPct, underspendAmberPct: b.underspendAmberPct, materiality: b.materiality, sign: b.sign, summaryLines: b.summaryLines };
}
