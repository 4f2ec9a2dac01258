import * as React from 'react';
import { Button, Switch, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Analysis, Severity } from '../../engine/model';
import { checkItems, checksSentence, type CheckItem } from '../model/checks';
import { useShared } from './styles';

const useStyles = makeStyles({
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    alignItems: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minHeight: '32px',
    height: 'auto',
  },
  body: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: '0' },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  sev: { fontWeight: tokens.fontWeightSemibold, borderRadius: tokens.borderRadiusSmall, padding: '0 4px', fontSize: tokens.fontSizeBase200 },
  error: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground3 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  info: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground2 },
  address: { fontFamily: tokens.fontFamilyMonospace },
  message: { overflowWrap: 'anywhere' },
});

export interface ChecksViewProps {
  readonly analysis: Analysis;
  readonly selectLabel: string;
  onSelect(item: CheckItem): void;
}

/** Every check, worst first; each is a button that selects its cell. */
export function ChecksView({ analysis, selectLabel, onSelect }: ChecksViewProps) {
  const shared = useShared();
  const s = useStyles();
  const [showRounding, setShowRounding] = React.useState(false);
  const hintId = useId('checks-hint');
  const items = React.useMemo(() => checkItems(analysis), [analysis]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of items) counts[i.severity]++;
  // Sums that could not be checked are listed as they are; differences within rounding on asking.
  const notCheckable = items.filter((i) => i.code === 'not_checkable').length;
  const rounding = counts.info - notCheckable;
  const shown = items.filter((i) => showRounding || i.code !== 'rounding_only');
  return (
    <div>
      <p className={shared.para}>{checksSentence(counts, notCheckable)}.</p>
      <p className={shared.muted} id={hintId}>
        {selectLabel}
      </p>
      {rounding > 0 && (
        <Switch checked={showRounding} onChange={(_, d) => setShowRounding(d.checked)} label={`Show the ${rounding} differences within rounding`} />
      )}
      {shown.length === 0 ? (
        <p className={shared.para}>Nothing to look at: no errors or warnings.</p>
      ) : (
        <ul className={shared.plainList} aria-label="Checks">
          {shown.map((i) => (
            <li key={i.id}>
              <Button appearance="subtle" className={s.item} aria-describedby={hintId} onClick={() => onSelect(i)}>
                <span className={s.body}>
                  <span className={s.head}>
                    <span className={`${s.sev} ${s[i.severity]}`}>{i.severityWord}</span>
                    <span className={s.address}>{i.address}</span>
                    <span>{i.where}</span>
                  </span>
                  <span className={s.message}>{i.message}</span>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
