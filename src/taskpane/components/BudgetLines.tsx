import * as React from 'react';
import { Button, Radio, RadioGroup, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { BudgetTable, Check } from '../../engine/model';
import type { SignConvention } from '../../engine/config';
import { COLOURS } from '../../engine/rag/scheme';
import { budgetLines, FILTER_LABEL, PAGE, shownSentence, type LineFilter, type LineItem, type SectionItem } from '../model/budgetLines';
import { plural, SEVERITY_WORD } from '../model/format';
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
  wide: { gridColumn: '1 / span 2' },
  check: { gridColumn: '1 / span 2', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  sev: { fontWeight: tokens.fontWeightSemibold },
  filter: { flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  more: { alignSelf: 'flex-start' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Long section names wrap; should the figures still not fit a narrow pane, the table scrolls sideways, by keyboard too.
  sectionsWrap: {
    overflowX: 'auto',
    maxWidth: '100%',
    '& table': { width: '100%' },
    '& th[scope=row]': { fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
    '& td': { whiteSpace: 'nowrap' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

const BAR: Record<'R' | 'A' | 'G' | 'none', string> = { R: COLOURS.red, A: '#C77C00', G: COLOURS.green, none: COLOURS.grey };

/** Sections listed before "Show all sections". */
const FIRST_SECTIONS = 12;

export interface BudgetLinesProps {
  readonly table: BudgetTable;
  readonly checks: ReadonlyArray<Check>;
  readonly sign: SignConvention;
  readonly redPct: number | null;
}

/**
 * A budget table's sections and its lines under a filter (red and amber, with checks, all),
 * a page at a time: however long the table, the pane holds a few hundred elements.
 */
export function BudgetLines({ table, checks, sign, redPct }: BudgetLinesProps) {
  const s = useStyles();
  const shared = useShared();
  const model = React.useMemo(() => budgetLines(table, checks, sign, redPct), [table, checks, sign, redPct]);
  const [filter, setFilter] = React.useState<LineFilter>(model.defaultFilter);
  const [shown, setShown] = React.useState(PAGE);
  const headingId = useId('lines');
  const filterId = useId('filter');
  const listId = useId('list');
  const items = model.filtered(filter);
  const visible = items.slice(0, shown);
  const chart = model.chart;
  if (model.lines === 0) return null;
  return (
    <div className={s.list}>
      {model.sections.length > 1 && <Sections sections={model.sections} basis={chart.basis} />}
      <h4 className={shared.h4} id={headingId}>
        {chart.basis === 'forecast' ? 'Forecast variance by line' : 'Year-to-date variance by line'}
      </h4>
      <p className={shared.muted}>{chart.caption}</p>
      <RadioGroup
        className={s.filter}
        layout="horizontal"
        aria-labelledby={filterId}
        value={filter}
        onChange={(_, d) => {
          setFilter(d.value as LineFilter);
          setShown(PAGE);
        }}
      >
        <span id={filterId} className={shared.visuallyHidden}>
          Lines to list
        </span>
        {(['exceptions', 'checks', 'all'] as const).map((f) => (
          <Radio key={f} value={f} label={`${FILTER_LABEL[f]} (${model.counts[f].toLocaleString('en-GB')})`} />
        ))}
      </RadioGroup>
      <p className={shared.muted} role="status" aria-live="polite" id={listId}>
        {shownSentence(filter, visible.length, items.length)}
      </p>
      {visible.length > 0 && (
        <ul className={shared.plainList} aria-labelledby={headingId} aria-describedby={listId}>
          {visible.map((b) => (
            <Line key={b.row} b={b} redMark={chart.redMark} />
          ))}
        </ul>
      )}
      {items.length > visible.length && (
        <Button className={s.more} onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, items.length - visible.length)} more ({(items.length - visible.length).toLocaleString('en-GB')} not shown)
        </Button>
      )}
    </div>
  );
}

function Line({ b, redMark }: { b: LineItem; redMark: number | null }) {
  const s = useStyles();
  const shared = useShared();
  const width = Math.abs(b.position) * 50;
  return (
    <li className={s.item}>
      <span className={s.label}>
        {b.label}
        {b.section && <span className={shared.muted}> · {b.section}</span>}
      </span>
      <span className={s.value}>
        {b.valueText} <RagBadge rag={b.rag} />
      </span>
      <span className={s.track} aria-hidden="true">
        <span className={s.axis} />
        {redMark !== null && (
          <>
            <span className={s.mark} style={{ left: `${50 + redMark * 50}%` }} />
            <span className={s.mark} style={{ left: `${50 - redMark * 50}%` }} />
          </>
        )}
        {width > 0 && (
          <span
            className={s.bar}
            style={{ left: b.position >= 0 ? '50%' : `${50 - width}%`, width: `max(${width}%, 2px)`, backgroundColor: BAR[b.rag ?? 'none'] }}
          />
        )}
      </span>
      {b.reason && <span className={`${shared.muted} ${s.wide}`}>{b.reason}</span>}
      {b.checks.map((c, i) => (
        <span key={i} className={s.check}>
          <span className={s.sev}>{SEVERITY_WORD[c.severity]}</span> {c.cell}: {c.message}
        </span>
      ))}
    </li>
  );
}

function Sections({ sections, basis }: { sections: ReadonlyArray<SectionItem>; basis: 'forecast' | 'ytd' }) {
  const s = useStyles();
  const shared = useShared();
  const [shown, setShown] = React.useState(FIRST_SECTIONS);
  const visible = sections.slice(0, shown);
  const left = sections.length - visible.length;
  return (
    <>
      <div className={s.sectionsWrap} role="region" aria-label={`Sections of the table${left > 0 ? `, first ${visible.length} shown` : ''}`} tabIndex={0}>
        <table className={shared.dataTable}>
          <caption>
            Sections ({plural(sections.length, 'section')}
            {left > 0 ? `, first ${visible.length.toLocaleString('en-GB')} shown` : ''})
          </caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col" className={shared.number}>
                Lines
              </th>
              <th scope="col" className={shared.number}>
                Red
              </th>
              <th scope="col" className={shared.number}>
                Amber
              </th>
              <th scope="col" className={shared.number}>
                {basis === 'forecast' ? 'Forecast variance' : 'YTD variance'}
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((x) => (
              <tr key={x.name}>
                <th scope="row">{x.name}</th>
                <td className={shared.number}>{x.lines.toLocaleString('en-GB')}</td>
                <td className={shared.number}>{x.rag.R.toLocaleString('en-GB')}</td>
                <td className={shared.number}>{x.rag.A.toLocaleString('en-GB')}</td>
                <td className={shared.number}>{x.varianceText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {left > 0 && (
        <Button className={s.more} onClick={() => setShown((n) => (n < PAGE ? PAGE : n + PAGE))}>
          Show {Math.min(left, shown < PAGE ? PAGE - shown : PAGE)} more sections ({left.toLocaleString('en-GB')} not shown)
        </Button>
      )}
    </>
  );
}
