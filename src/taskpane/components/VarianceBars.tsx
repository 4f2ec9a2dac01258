import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { BudgetTable } from '../../engine/model';
import type { SignConvention } from '../../engine/config';
import { COLOURS } from '../../engine/rag/scheme';
import { varianceBars } from '../model/variance';
import { RagBadge } from './RagBadge';
import { useShared } from './styles';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    alignItems: 'center',
    paddingBottom: tokens.spacingVerticalXS,
  },
  label: { overflowWrap: 'anywhere' },
  value: { fontVariantNumeric: 'tabular-nums', textAlign: 'right', whiteSpace: 'nowrap' },
  track: {
    gridColumn: '1 / span 2',
    position: 'relative',
    height: '10px',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: '2px',
  },
  axis: { position: 'absolute', left: '50%', top: '-2px', bottom: '-2px', width: '1px', backgroundColor: tokens.colorNeutralForeground3 },
  bar: { position: 'absolute', top: '0', bottom: '0', borderRadius: '2px' },
  mark: { position: 'absolute', top: '-3px', bottom: '-3px', width: '0', borderLeft: `2px dotted ${COLOURS.red}`, zIndex: 1 },
  reason: { gridColumn: '1 / span 2' },
});

const BAR: Record<'R' | 'A' | 'G' | 'none', string> = { R: COLOURS.red, A: '#C77C00', G: COLOURS.green, none: COLOURS.grey };

/** Each line's variance as a bar from the centre (above budget right, below left), with the value and RAG in words. */
export function VarianceBars({ table, sign, redPct, headingId }: { table: BudgetTable; sign: SignConvention; redPct: number | null; headingId: string }) {
  const s = useStyles();
  const shared = useShared();
  const chart = React.useMemo(() => varianceBars(table, sign, redPct), [table, sign, redPct]);
  if (chart.bars.length === 0) return null;
  return (
    <div>
      <h4 className={shared.h4} id={headingId}>
        {chart.basis === 'forecast' ? 'Forecast variance by line' : 'Year-to-date variance by line'}
      </h4>
      <p className={shared.muted}>{chart.caption}</p>
      <ul className={shared.plainList} aria-labelledby={headingId}>
        {chart.bars.map((b) => {
          const width = Math.abs(b.position) * 50;
          return (
            <li key={b.row} className={s.item}>
              <span className={s.label}>{b.label}</span>
              <span className={s.value}>
                {b.valueText} <RagBadge rag={b.rag} />
              </span>
              <span className={s.track} aria-hidden="true">
                <span className={s.axis} />
                {chart.redMark !== null && (
                  <>
                    <span className={s.mark} style={{ left: `${50 + chart.redMark * 50}%` }} />
                    <span className={s.mark} style={{ left: `${50 - chart.redMark * 50}%` }} />
                  </>
                )}
                {width > 0 && (
                  <span
                    className={s.bar}
                    style={{
                      left: b.position >= 0 ? '50%' : `${50 - width}%`,
                      width: `max(${width}%, 2px)`,
                      backgroundColor: BAR[b.rag ?? 'none'],
                    }}
                  />
                )}
              </span>
              {b.reason && <span className={`${shared.muted} ${s.reason}`}>{b.reason}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
