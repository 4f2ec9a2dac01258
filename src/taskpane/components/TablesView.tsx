import * as React from 'react';
import { Button, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { rangeA1, type WorkbookGrids } from '../../engine/grid';
import type { FoundTable } from '../../engine/model';
import { BUDGET_ROLE_OPTIONS, RISK_ROLE_OPTIONS, columnViews, roleLabel, type ColumnRoleCorrection } from '../model/columns';
import { plural } from '../model/format';
import { useShared } from './styles';

const useStyles = makeStyles({
  roleCell: { minWidth: '150px' },
  pending: { color: tokens.colorPaletteDarkOrangeForeground2, fontSize: tokens.fontSizeBase200, display: 'block' },
  tableWrap: { overflowX: 'auto' },
});

export interface TablesViewProps {
  readonly tables: ReadonlyArray<FoundTable>;
  readonly grids: WorkbookGrids | null;
  readonly corrections: ReadonlyArray<ColumnRoleCorrection>;
  readonly correctionsApplied: boolean;
  readonly disabled: boolean;
  onRoleChange(table: FoundTable, col: number, role: string): void;
  onUndo(table: FoundTable): void;
}

/** What was found, and which column the engine read as what, with a dropdown to correct it. */
export function TablesView(props: TablesViewProps) {
  const shared = useShared();
  if (props.tables.length === 0) return <p className={shared.para}>No budget table or risk register was found.</p>;
  return (
    <div>
      <p className={shared.muted}>
        The role of each column is what RAG Board read from its header. Where it is wrong, choose the right one: the correction is kept with the
        workbook’s settings.
      </p>
      {props.tables.map((t) => (
        <TableCard key={`${t.sheet}!${rangeA1(t.range)}`} table={t} {...props} />
      ))}
    </div>
  );
}

function TableCard({ table, grids, corrections, correctionsApplied, disabled, onRoleChange, onUndo }: TablesViewProps & { table: FoundTable }) {
  const shared = useShared();
  const s = useStyles();
  const headingId = useId('table');
  const columns = React.useMemo(() => columnViews(table, corrections, grids), [table, corrections, grids]);
  const options = table.kind === 'budget' ? BUDGET_ROLE_OPTIONS : RISK_ROLE_OPTIONS;
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
        <dt>Header row</dt>
        <dd>{table.headerRows.map((r) => r + 1).join(' and ')}</dd>
      </dl>
      <div className={s.tableWrap}>
        <table className={shared.dataTable}>
          <caption>Columns ({plural(columns.length, 'column')})</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Header</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.col}>
                <th scope="row">{c.letter}</th>
                <td>{c.header}</td>
                <td className={s.roleCell}>
                  <Select
                    size="small"
                    aria-label={`Role of column ${c.letter}, ${c.header}`}
                    value={c.value}
                    disabled={disabled}
                    onChange={(_, d) => onRoleChange(table, c.col, d.value)}
                  >
                    {options.map((o) => (
                      <option key={o.value || 'none'} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                  {c.pending && !correctionsApplied && (
                    <span className={s.pending}>Saved; not applied yet (found: {roleLabel(table.kind, c.detected)})</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
