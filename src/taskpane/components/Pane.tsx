/**
 * The RAG Board pane: analyse the workbook, show what was found, change the settings, apply
 * the summary sheets and colours, take them off again. It is given a WorkbookPort and
 * never touches Excel or files itself, so the same pane serves Excel and the browser page.
 */
import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { WorkbookGrids } from '../../engine/grid';
import type { FoundTable, HeaderExplained } from '../../engine/model';
import type { WritePlan } from '../../engine/plan/types';
import { isWorkbookChanged, type WorkbookPort } from '../../workbook/port';
import { createEngineClient, type EngineClient, type EngineResult } from '../engine/engineClient';
import type { ProgressFn } from '../engine/rpc';
import { describeClear, describeError, describePlan, isUnreadable } from '../model/actions';
import type { CheckItem } from '../model/checks';
import { withCorrection, withoutTableCorrections, withRowReading } from '../model/columns';
import { plural } from '../model/format';
import { DEFAULT_SETTINGS, readSettings, writeSettings, type ConfigInput, type PaneSettings } from '../model/settingsStore';
import { useShared } from './styles';

const Results = React.lazy(() => import(/* webpackChunkName: "results", webpackPrefetch: true */ './Results'));
const ConfirmDialog = React.lazy(() => import(/* webpackChunkName: "confirm", webpackPrefetch: true */ './ConfirmDialog'));
const SettingsPanel = React.lazy(() => import(/* webpackChunkName: "settings", webpackPrefetch: true */ './SettingsPanel'));

type View = 'overview' | 'tables' | 'checks' | 'settings';
const VIEWS: ReadonlyArray<{ value: View; label: string }> = [
  { value: 'overview', label: 'Overview' },
  { value: 'tables', label: 'Tables' },
  { value: 'checks', label: 'Checks' },
  { value: 'settings', label: 'Settings' },
];

interface Busy {
  readonly task: string;
  readonly fraction: number | null;
  readonly what: string;
  /** Shown only when the work takes more than half a second. */
  readonly shown: boolean;
}

interface Message {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly title: string;
  readonly text: string;
}

type Confirm =
  | { readonly kind: 'apply'; readonly plan: WritePlan; readonly lines: ReadonlyArray<string> }
  | { readonly kind: 'clear'; readonly lines: ReadonlyArray<string> };

export interface PaneProps {
  readonly port: WorkbookPort;
  /** The engine; a worker-backed one by default. */
  readonly engine?: EngineClient;
  /** Inside Excel the pane is the whole page, and shows its title as the page's heading. */
  readonly showTitle?: boolean;
  /** Where settings are kept, in a sentence for the user. */
  readonly settingsNote?: string;
  /** What clicking a check does, in words. */
  readonly selectLabel?: string;
  /** Said after a successful Apply, after what was added. */
  readonly appliedHint?: string;
  /** After Apply or Remove changed the workbook. */
  onChanged?(what: 'applied' | 'removed'): void;
  /**
   * Where the pane is over a file (the browser page): opens another. After a file that cannot
   * be read, this is offered in place of Apply, Remove and Analyse again, which would only
   * repeat the error.
   */
  onOpenAnother?(): void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '0',
  },
  title: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold, margin: '0' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, '& > button': { minWidth: 'auto' } },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: 'wrap' },
  panel: { minWidth: '0', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
  waiting: { display: 'flex', justifyContent: 'flex-start', padding: tokens.spacingVerticalL },
});

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function Pane(props: PaneProps) {
  const { port, showTitle = false } = props;
  const s = useStyles();
  const shared = useShared();
  const baseId = useId('pane');

  const engine = React.useMemo(() => props.engine ?? createEngineClient(), [props.engine]);
  React.useEffect(() => () => (props.engine ? undefined : engine.dispose()), [engine, props.engine]);

  const [settings, setSettingsState] = React.useState<PaneSettings>(DEFAULT_SETTINGS);
  const settingsRef = React.useRef<PaneSettings>(DEFAULT_SETTINGS);
  const [result, setResult] = React.useState<EngineResult | null>(null);
  const [grids, setGridsState] = React.useState<WorkbookGrids | null>(null);
  const gridsRef = React.useRef<WorkbookGrids | null>(null);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const busyRef = React.useRef(false);
  const [message, setMessage] = React.useState<Message | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [view, setView] = React.useState<View>('overview');
  const [confirm, setConfirmState] = React.useState<Confirm | null>(null);
  // The file could not be read at all (not a workbook, damaged, encrypted).
  const [unreadable, setUnreadable] = React.useState(false);
  // Where focus goes back to when the confirmation closes: the button that opened it.
  const returnFocus = React.useRef<HTMLElement | null>(null);
  const focused = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const setConfirm = (next: Confirm | null, opener: HTMLElement | null = focused()) => {
    if (next) {
      returnFocus.current = opener;
    } else {
      const target = returnFocus.current;
      returnFocus.current = null;
      if (target) requestAnimationFrame(() => (target.isConnected ? target.focus() : undefined));
    }
    setConfirmState(next);
  };

  const setSettings = (next: PaneSettings) => {
    settingsRef.current = next;
    setSettingsState(next);
  };
  const say = (m: Message | null) => {
    setMessage(m);
    if (m) setAnnouncement(`${m.title}. ${m.text}`);
  };

  /** Runs one piece of work at a time, with a progress bar after half a second and errors as messages. */
  const run = async (task: string, doing: string, work: (progress: ProgressFn) => Promise<void>): Promise<boolean> => {
    if (busyRef.current) return false;
    busyRef.current = true;
    setMessage(null);
    setBusy({ task, fraction: null, what: '', shown: false });
    setAnnouncement(`${task}…`);
    const timer = setTimeout(() => setBusy((b) => (b ? { ...b, shown: true } : b)), 500);
    try {
      let said = '';
      await work((fraction, what) => {
        setBusy((b) => (b ? { ...b, fraction: Math.max(0, Math.min(1, fraction)), what } : b));
        // Excel holding a request for a cell edit is said aloud too: it asks something of the user.
        if (what !== said && what.startsWith('Waiting for Excel')) setAnnouncement(what);
        said = what;
      });
      return true;
    } catch (e) {
      const d = describeError(e, doing);
      say({ intent: 'error', ...d });
      return false;
    } finally {
      clearTimeout(timer);
      busyRef.current = false;
      setBusy(null);
    }
  };

  const readWorkbook = async (progress: ProgressFn, from: number, to: number) => {
    let g: WorkbookGrids;
    try {
      g = await port.read((f, what) => progress(from + f * (to - from), what || 'Reading the workbook'));
    } catch (e) {
      if (isUnreadable(e)) setUnreadable(true);
      throw e;
    }
    setUnreadable(false);
    await engine.load(g);
    gridsRef.current = g;
    setGridsState(g);
  };

  const analyseNow = async (next: PaneSettings, progress: ProgressFn, from: number) => {
    const r = await engine.analyse(next, (f, what) => progress(from + f * (1 - from), what));
    setResult(r);
    return r;
  };

  const analyse = async (next: PaneSettings, reread: boolean, settingsProblem: string | null = null) => {
    let r: EngineResult | null = null;
    const ok = await run(reread ? 'Reading and analysing the workbook' : 'Analysing', 'analysing the workbook', async (progress) => {
      let from = 0;
      if (reread || !gridsRef.current) {
        await readWorkbook(progress, 0, 0.6);
        from = 0.6;
      }
      r = await analyseNow(next, progress, from);
    });
    if (!ok || !r) return;
    const done: EngineResult = r;
    const problem = settingsProblem ?? done.settingsProblem;
    if (problem) say({ intent: 'warning', title: 'Saved settings not used', text: problem });
    else setAnnouncement(`Analysis done. ${headline(done)}`);
  };

  // On opening: the saved settings, then the workbook. Once per workbook (port): what it calls
  // reads the settings and grids from refs, not from this render's state.
  React.useEffect(() => {
    let live = true;
    (async () => {
      let json: string | null = null;
      let problem: string | null = null;
      try {
        json = await port.loadSettings();
      } catch (e) {
        problem = `${describeError(e, 'reading the saved settings').text} The defaults are used.`;
      }
      const saved = readSettings(json);
      if (!live) return;
      setSettings(saved.settings);
      await analyse(saved.settings, true, problem ?? saved.problem);
    })();
    return () => {
      live = false;
    };
  }, [port]);

  const startApply = () => {
    // Planning takes a moment; focus goes back to the Apply button, wherever it is by then.
    const opener = focused();
    return run('Planning the changes', 'planning the changes', async (progress) => {
      if (!gridsRef.current) await readWorkbook(progress, 0, 0.5);
      const { plan, result: r } = await engine.plan(settingsRef.current, today(), (f, what) => progress(0.5 + f / 2, what));
      setResult(r);
      const d = describePlan(plan);
      if (d.empty) {
        say({ intent: 'info', title: 'Nothing to apply', text: 'No budget table or risk register was found, so there is nothing to add. See Tables for what RAG Board looks for.' });
        return;
      }
      setConfirm({ kind: 'apply', plan, lines: d.lines }, opener);
    });
  };

  const doApply = (plan: WritePlan) => {
    const opener = returnFocus.current;
    setConfirm(null);
    void run('Applying to the workbook', 'applying RAG Board to the workbook', async (progress) => {
      try {
        await port.apply(plan, (f, what) => progress(f * 0.85, what || 'Writing'));
      } catch (e) {
        if (!isWorkbookChanged(e)) throw e;
        // The workbook changed since it was read (rows inserted, a header edited): nothing was
        // written. Read it again, plan again, and ask again with what Apply would do now.
        await readWorkbook(progress, 0.1, 0.6);
        const { plan: fresh, result: r } = await engine.plan(settingsRef.current, today(), (f, what) => progress(0.6 + f * 0.4, what));
        setResult(r);
        const d = describePlan(fresh);
        say({ intent: 'warning', title: 'The workbook changed', text: `${e.message}. RAG Board has read it again${d.empty ? ' and found nothing to apply.' : ': check what Apply will do now, and confirm.'}` });
        if (!d.empty) setConfirm({ kind: 'apply', plan: fresh, lines: d.lines }, opener);
        return;
      }
      // Read back, so RAG Board's own sheets are known (for Remove) and never analysed as the user's.
      await readWorkbook(progress, 0.85, 1);
      const d = describePlan(plan);
      say({
        intent: 'success',
        title: 'Applied',
        text: `${d.done}${props.appliedHint ? ` ${props.appliedHint}` : ''}`,
      });
      props.onChanged?.('applied');
    });
  };

  const startRemove = () => setConfirm({ kind: 'clear', lines: describeClear(gridsRef.current?.generatedSheets, gridsRef.current?.keptCopies) });

  const doRemove = () => {
    setConfirm(null);
    void run('Removing RAG Board’s sheets and colours', 'removing RAG Board’s sheets and colours', async (progress) => {
      await port.clear((f, what) => progress(f * 0.85, what || 'Removing'));
      await readWorkbook(progress, 0.85, 1);
      say({ intent: 'success', title: 'Removed', text: 'RAG Board’s sheets and colour rules were taken off; your own data is as it was. Apply puts them back.' });
      props.onChanged?.('removed');
    });
  };

  const saveSettings = (next: PaneSettings, what: 'settings' | 'correction') =>
    run(what === 'settings' ? 'Saving the settings' : 'Saving the column correction', 'saving the settings', async (progress) => {
      await port.saveSettings(writeSettings(next));
      setSettings(next);
      if (!gridsRef.current) await readWorkbook(progress, 0, 0.5);
      const r = await analyseNow(next, progress, 0.5);
      if (what === 'settings') {
        say({ intent: 'success', title: 'Settings saved', text: `The analysis now uses them. ${headline(r)} Apply to update the workbook’s sheets and colours.` });
      } else if (!r.corrections.applied && next.columnRoles.length > 0) {
        say({
          intent: 'warning',
          title: 'Correction saved, not applied yet',
          text: 'RAG Board keeps your column correction with the settings, but this version cannot yet re-read a table with a column’s role changed, so the figures shown are as first read.',
        });
      } else {
        say({ intent: 'success', title: 'Columns updated', text: headline(r) });
      }
    });

  const onSaveConfig = (config: ConfigInput) => void saveSettings({ ...settingsRef.current, config }, 'settings');
  const onRoleChange = (table: FoundTable, col: number, role: string) =>
    void saveSettings({ ...settingsRef.current, columnRoles: withCorrection(settingsRef.current.columnRoles, table, col, role) }, 'correction');
  const onUndoCorrections = (table: FoundTable) =>
    void saveSettings({ ...settingsRef.current, columnRoles: withoutTableCorrections(settingsRef.current.columnRoles, table) }, 'correction');
  const onRowRoleChange = (row: HeaderExplained, col: number, role: string) =>
    void saveSettings({ ...settingsRef.current, columnRoles: withRowReading(settingsRef.current.columnRoles, row, col, role) }, 'correction');

  const onSelect = async (item: CheckItem) => {
    try {
      await port.select(item.sheet, item.cell);
      setAnnouncement(`Selected ${item.sheet} ${item.cell}.`);
    } catch (e) {
      say({ intent: 'error', ...describeError(e, `selecting ${item.address}`) });
    }
  };

  const isBusy = busy !== null;
  const cannotRead = unreadable && !!props.onOpenAnother;
  const checkCount = result ? result.analysis.checks.filter((c) => c.severity !== 'info').length : 0;
  const tabId = (v: View) => `${baseId}-tab-${v}`;
  const panelId = `${baseId}-panel`;
  const viewLabel = VIEWS.find((v) => v.value === view)!.label;

  // Inside Excel the pane is the page, so it is the page's main landmark; on the browser page
  // the page gives it one.
  const Root = showTitle ? 'main' : 'div';
  return (
    <Root className={s.root}>
      {showTitle && (
        <header>
          <h1 className={s.title}>RAG Board</h1>
          <p className={shared.muted}>{port.label}</p>
        </header>
      )}
      <div className={s.actions} role="group" aria-label="Actions">
        {cannotRead ? (
          <Button appearance="primary" disabledFocusable={isBusy} onClick={props.onOpenAnother}>
            Open another workbook…
          </Button>
        ) : (
          <>
            <Button appearance="primary" disabledFocusable={isBusy} onClick={() => void startApply()}>
              Apply…
            </Button>
            <Button disabledFocusable={isBusy} onClick={startRemove}>
              Remove…
            </Button>
            <Button disabledFocusable={isBusy} onClick={() => void analyse(settingsRef.current, true)}>
              Analyse again
            </Button>
          </>
        )}
      </div>

      <div role="status" aria-live="polite" aria-atomic="true" className={shared.visuallyHidden}>
        {announcement}
      </div>
      {busy?.shown && (
        <Field label={busy.task} hint={busy.what || undefined} validationState="none">
          <ProgressBar value={busy.fraction ?? undefined} thickness="large" />
        </Field>
      )}
      {message && (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{message.title}</MessageBarTitle> {message.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="Dismiss message" onClick={() => setMessage(null)}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      )}

      <TabList className={s.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} size="small">
        {VIEWS.map((v) => (
          <Tab key={v.value} value={v.value} id={tabId(v.value)} aria-controls={panelId}>
            {v.value === 'checks' && result ? `Checks (${checkCount})` : v.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(view)} className={s.panel} tabIndex={0}>
        <h2 className={shared.visuallyHidden}>{viewLabel}</h2>
        <React.Suspense fallback={<Spinner size="small" label="Loading…" className={s.waiting} />}>
          {view === 'settings' ? (
            <SettingsPanel config={settings.config} disabled={isBusy} note={props.settingsNote ?? 'Settings are saved with the workbook, so the next person to open it sees the same.'} onSave={onSaveConfig} />
          ) : result ? (
            <Results
              view={view}
              result={result}
              grids={grids}
              corrections={settings.columnRoles}
              busy={isBusy}
              selectLabel={props.selectLabel ?? 'Each check is a button: it selects its cell in the workbook.'}
              onSelect={(i) => void onSelect(i)}
              onRoleChange={onRoleChange}
              onUndoCorrections={onUndoCorrections}
              onRowRoleChange={onRowRoleChange}
            />
          ) : isBusy ? (
            <Spinner size="small" label={busy?.task ?? 'Working…'} className={s.waiting} />
          ) : cannotRead ? (
            <p className={shared.para}>This file could not be read, so there is nothing to show. Open another workbook; the message above says what is wrong with this one.</p>
          ) : (
            <p className={shared.para}>Not analysed yet. Choose Analyse again to read the workbook.</p>
          )}
        </React.Suspense>
      </div>

      {confirm && (
        <React.Suspense fallback={null}>
          <ConfirmDialog
            open
            title={confirm.kind === 'clear' ? 'Remove RAG Board from this workbook?' : 'Apply RAG Board to this workbook?'}
            lines={confirm.lines}
            confirmLabel={confirm.kind === 'clear' ? 'Remove' : 'Apply'}
            onCancel={() => setConfirm(null)}
            onConfirm={() => (confirm.kind === 'apply' ? doApply(confirm.plan) : doRemove())}
          />
        </React.Suspense>
      )}
    </Root>
  );
}

function headline(r: EngineResult): string {
  const budgets = r.analysis.tables.filter((t) => t.kind === 'budget').length;
  const registers = r.analysis.tables.length - budgets;
  if (budgets + registers === 0) return 'No budget table or risk register was found.';
  const errors = r.analysis.checks.filter((c) => c.severity === 'error').length;
  const warnings = r.analysis.checks.filter((c) => c.severity === 'warning').length;
  const found = [budgets ? plural(budgets, 'budget table') : '', registers ? plural(registers, 'risk register') : ''].filter(Boolean).join(' and ');
  const issues = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  return `Found ${found}; ${issues || 'no errors or warnings'}.`;
}
