/**
 * The analysis views (Overview, Tables, Checks), loaded after the pane's first paint: they
 * carry the charts and the view models, which the first screen does not need.
 */
import * as React from 'react';
import type { WorkbookGrids } from '../../engine/grid';
import type { BudgetTable, FoundTable, HeaderExplained, RiskRegister } from '../../engine/model';
import type { EngineResult } from '../engine/engineOps';
import type { CheckItem } from '../model/checks';
import type { ColumnRoleCorrection } from '../model/columns';
import { summarise } from '../model/summary';
import { ChecksView } from './ChecksView';
import { Overview } from './Overview';
import { TablesView } from './TablesView';

export interface ResultsProps {
  readonly view: 'overview' | 'tables' | 'checks';
  readonly result: EngineResult;
  readonly grids: WorkbookGrids | null;
  readonly corrections: ReadonlyArray<ColumnRoleCorrection>;
  readonly busy: boolean;
  readonly selectLabel: string;
  onSelect(item: CheckItem): void;
  onRoleChange(table: FoundTable, col: number, role: string): void;
  onUndoCorrections(table: FoundTable): void;
  onRowRoleChange(row: HeaderExplained, col: number, role: string): void;
}

export default function Results(props: ResultsProps) {
  const { result } = props;
  const analysis = result.analysis;
  const summary = React.useMemo(() => summarise(analysis, { boardThreshold: result.effective.boardThreshold }), [analysis, result.effective.boardThreshold]);
  const budgets = React.useMemo(() => analysis.tables.filter((t): t is BudgetTable => t.kind === 'budget'), [analysis]);
  const registers = React.useMemo(() => analysis.tables.filter((t): t is RiskRegister => t.kind === 'risk'), [analysis]);
  switch (props.view) {
    case 'overview':
      return <Overview summary={summary} budgets={budgets} registers={registers} checks={analysis.checks} sign={result.effective.sign} redPct={result.effective.redPct} />;
    case 'tables':
      return (
        <TablesView
          tables={analysis.tables}
          explained={analysis.explained}
          grids={props.grids}
          corrections={props.corrections}
          correctionsApplied={result.corrections.applied}
          disabled={props.busy}
          onRoleChange={props.onRoleChange}
          onUndo={props.onUndoCorrections}
          onRowRoleChange={props.onRowRoleChange}
        />
      );
    case 'checks':
      return <ChecksView analysis={analysis} selectLabel={props.selectLabel} onSelect={props.onSelect} />;
  }
}
