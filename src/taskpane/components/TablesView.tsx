import * as React from 'react';
import { Button, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { rangeA1, type WorkbookGrids } from '../../engine/grid';
import type { FoundTable, HeaderExplained } from '../../engine/model';
import {
  BUDGET_ROLE_OPTIONS, RISK_ROLE_OPTIONS, columnViews, explanationOf, orderedRefusals, refusedColumnViews, refusedRows, roleLabel, type ColumnRoleCorrection, type ColumnView,
} from '../model/columns';
import { plural } from '../model/format';
import { useShared } from './styles';

const useStyles = makeStyles({
  roleCell: { minWidth: '150px' },
  pending: { color: tokens.colorPaletteDarkOrangeForeground2, fontSize: tokens.fontSizeBase200, display: 'block' },
  why: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: 'block', marginTop: tokens.spacingVerticalXXS },
  tableWrap: { overflowX: 'auto' },
});

export interface TablesViewProps {
  readonly tables: ReadonlyArray<FoundTable>;
  /** What was read in each header row, and the rows refused as headers. */
  readonly explained: ReadonlyArray<HeaderExplained> | undefined;
  readonly grids: WorkbookGrids | null;
  readonly corrections: ReadonlyArray<ColumnRoleCorrection>;
  readonly correctionsApplied: boolean;
  readonly disabled: boolean;
  onRoleChange(table: FoundTable, col: number, role: string): void;
  onUndo(table: FoundTable): void;
  /** The user names a column of a row RAG Board did not read as a table's header. */
  onRowRoleChange(row: HeaderExplained, col: number, role: string): void;
}

/** What was found, and which column the engine read as what, with a dropdown to correct it. */
export function TablesView(props: TablesViewProps) {
  const shared = useShared();
  const refused = refusedRows(props.explained);
  return (
    <div>
      {props.tables.length === 0 ? (
        <p className={shared.para}>No budget table or risk register was found.</p>
      ) : (
        <p className={shared.muted}>
          The role of each column is what RAG Board read from its header, with the reason under it. Where it is wrong, choose the right one: the
          correction is kept with the workbook’s settings.
        </p>
      )}
      {props.tables.map((t) => (
        <TableCard key={`${t.sheet}!${rangeA1(t.range)}`} table={t} {...props} />
      ))}
      {refused.length > 0 && <RefusedRows rows={refused} {...props} />}
    </div>
  );
}

/** Rows that look like a header but were not read as a table: why, and dropdowns to name their columns. */
function RefusedRows({ rows, corrections, disabled, onRowRoleChange }: TablesViewProps & { rows: HeaderExplained[] }) {
  const shared = useShared();
  const headingId = useId('refused');
  const [all, setAll] = React.useState(false);
  // The rows that read most like a header first; a text-heavy sheet can have many such rows.
  const ordered = React.useMemo(() => orderedRefusals(rows), [rows]);
  const shown = all ? ordered : ordered.slice(0, REFUSED_SHOWN);
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h3 className={shared.h3} id={headingId}>
        Rows not read as tables ({rows.length})
      </h3>
      <p className={shared.muted}>
        These rows look like the header of a table, but RAG Board did not read one there, for the reason given. If one is a table, name its columns
        (at least the line names and two figures, or a risk’s reference and its scores): it is then read as you named it.
      </p>
      {shown.map((row) => (
        <RefusedRow key={`${row.sheet}!${row.headerRows.join(',')}!${row.kind}`} row={row} corrections={corrections} disabled={disabled} onRowRoleChange={onRowRoleChange} />
      ))}
      {shown.length < ordered.length && (
        <Button size="small" onClick={() => setAll(true)}>
          Show the other {ordered.length - shown.length} rows
        </Button>
      )}
    </section>
  );
}

/** How many refused rows are shown before "Show the other …". */
const REFUSED_SHOWN = 10;

function RefusedRow({ row, corrections, disabled, onRowRoleChange }: Pick<TablesViewProps, 'corrections' | 'disabled' | 'onRowRoleChange'> & { row: HeaderExplained }) {
  const shared = useShared();
  const headingId = useId('row');
  const columns = React.useMemo(() => refusedColumnViews(row, corrections), [row, corrections]);
  const rows = row.headerRows.map((r) => r + 1);
  const kindWord = row.kind === 'budget' ? 'budget table' : 'risk register';
  return (
    <div aria-labelledby={headingId} role="group">
      <h4 className={shared.h3} id={headingId}>
        {row.sheet} row{rows.length > 1 ? `s ${rows[0]} to ${rows[rows.length - 1]}` : ` ${rows[0]}`}: not read as a {kindWord}
      </h4>
      <p className={shared.para}>Why: {row.reason}.</p>
      {!row.unsupported && <ColumnTable
        columns={columns}
        kind={row.kind}
        caption={`Columns of ${row.sheet} row ${rows[rows.length - 1]}`}
        disabled={disabled}
        onChange={(col, value) => onRowRoleChange(row, col, value)}
      />}
    </div>
  );
}

/** The columns of a table or a refused row, each with its role dropdown and the reason for it. */
function ColumnTable(props: {
  columns: ReadonlyArray<ColumnView>;
  kind: FoundTable['kind'];
  caption: string;
  disabled: boolean;
  pendingNote?: (c: ColumnView) => string | null;
  onChange(col: number, value: string): void;
}) {
  const shared = useShared();
  const s = useStyles();
  const options = props.kind === 'budget' ? BUDGET_ROLE_OPTIONS : RISK_ROLE_OPTIONS;
  const whyId = useId('why');
  return (
    <div className={s.tableWrap}>
      <table className={shared.dataTable}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Header</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {props.columns.map((c) => {
            const pending = props.pendingNote?.(c) ?? null;
            return (
              <tr key={c.col}>
                <th scope="row">{c.letter}</th>
                <td>{c.header}</td>
                <td className={s.roleCell}>
                  <Select
                    size="small"
                    aria-label={`Role of column ${c.letter}, ${c.header}`}
                    aria-describedby={c.why ? `${whyId}-${c.col}` : undefined}
                    value={c.value}
                    disabled={props.disabled}
                    onChange={(_, d) => props.onChange(c.col, d.value)}
                  >
                    {options.map((o) => (
                      <option key={o.value || 'none'} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                  {c.why && (
                    <span className={s.why} id={`${whyId}-${c.col}`}>
                      {c.why}
                    </span>
                  )}
                  {pending && <span className={s.pending}>{pending}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function TableCard({ table, explained, grids, corrections, correctionsApplied, disabled, onRoleChange, onUndo }: TablesViewProps & { table: FoundTable }) {
  const shared = useShared();
  const headingId = useId('table');
  const columns = React.useMemo(() => columnViews(table, corrections, grids, explained), [table, corrections, grids, explained]);
  const explanation = explanationOf(table, explained);
  const anyCorrection = columns.some((c) => c.corrected !== undefined);
  const kindWord = table.kind === 'budget' ? 'Budget table' : 'Risk register';
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h3 className={shared.h3} id={headingId}>
        {kindWord}: {table.sheet} {rangeA1(table.range)}
      </h3>
      <dl className={shared.facts}>
        <dt>Title</dt>
        <dd>{table.title ?? '(none above the table)'}</dd>
        {table.kind === 'budget' ? (
          <>
            <dt>Units</dt>
            <dd>{table.units ?? 'not stated'}</dd>
            <dt>Lines</dt>
            <dd>{table.rows.filter((r) => r.kind === 'line').length}</dd>
            <dt>Sheet’s sign</dt>
            <dd>
              {table.sheetSign === 'overspend-positive' ? 'Over/(Under): overspend positive' : 'Under/(Over): underspend positive'}
              {table.sheetSignSource === 'header' ? ', from the header' : table.sheetSignSource === 'figures' ? ', from its figures' : ', assumed'}
            </dd>
          </>
        ) : (
          <>
            <dt>Risks</dt>
            <dd>{table.risks.length}</dd>
            <dt>Grading</dt>
            <dd>{table.scheme.id === 'workbook' && table.scheme.source ? `The workbook’s key at ${table.scheme.source.sheet}!${table.scheme.source.cell}` : table.scheme.label}</dd>
          </>
        )}
        {table.headerRows.length > 0 && (
          <>
            <dt>Header row</dt>
            <dd>{table.headerRows.map((r) => r + 1).join(' and ')}</dd>
          </>
        )}
      </dl>
      {explanation && explanation.outcome === 'table' && <p className={shared.muted}>{sentence(explanation.reason)}</p>}
      {table.kind === 'risk' && table.layout === 'cards' ? (
        <p className={shared.muted}>
          Laid out as cards, one risk to a block with no header row: each risk’s scores are read from the cells labelled with them, so there are no columns to name.
          Its risks are listed on the Risk Summary; the cards themselves are not coloured.
        </p>
      ) : (
      <ColumnTable
        columns={columns}
        kind={table.kind}
        caption={`Columns (${plural(columns.length, 'column')})`}
        disabled={disabled}
        pendingNote={(c) => (c.pending && !correctionsApplied ? `Saved; not applied yet (found: ${roleLabel(table.kind, c.detected)})` : null)}
        onChange={(col, value) => onRoleChange(table, col, value)}
      />
      )}
      {anyCorrection && (
        <div>
          <Button size="small" disabled={disabled} onClick={() => onUndo(table)}>
            Undo my corrections to this table
          </Button>
        </div>
      )}
    </section>
  );
}

/** "read as a budget table of 9 lines" as a sentence. */
function sentence(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
