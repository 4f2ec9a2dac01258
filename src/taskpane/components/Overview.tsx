import { makeStyles, tokens, useId } from '@fluentui/react-components';
import type { BudgetTable, Check, RiskRegister } from '../../engine/model';
import type { SignConvention } from '../../engine/config';
import { RAG_WORD, formatAmount, formatVariance, plural } from '../model/format';
import { SLOT_WORD } from '../model/heatmap';
import { checksSentence } from '../model/checks';
import type { AnalysisSummary, BudgetTableSummary, RegisterSummary } from '../model/summary';
import { HeatMap } from './HeatMap';
import { GradeSwatch, RagBadge } from './RagBadge';
import { BudgetLines } from './BudgetLines';
import { useShared } from './styles';

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: '0', padding: '0', listStyleType: 'none' },
  countItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontVariantNumeric: 'tabular-nums' },
});

export interface OverviewProps {
  readonly summary: AnalysisSummary;
  readonly budgets: ReadonlyArray<BudgetTable>;
  readonly registers: ReadonlyArray<RiskRegister>;
  readonly checks: ReadonlyArray<Check>;
  readonly sign: SignConvention;
  readonly redPct: number | null;
}

export function Overview({ summary, budgets, registers, checks, sign, redPct }: OverviewProps) {
  const shared = useShared();
  const s = useStyles();
  return (
    <div>
      <section className={shared.section} aria-label="Totals">
        <p className={shared.para}>{summary.headline}</p>
        {summary.budgets.length > 0 && (
          <div>
            <span>Budget lines by RAG, all tables: </span>
            <RagCountList counts={summary.rag} className={s.counts} itemClass={s.countItem} />
          </div>
        )}
        <p className={shared.para}>Checks: {checksSentence(summary.checks, summary.notCheckable)}.</p>
        {summary.notes.map((n) => (
          <p key={n} className={shared.muted}>
            {n}
          </p>
        ))}
      </section>
      {summary.budgets.map((b, i) => (
        <BudgetSection key={b.key} summary={b} table={budgets[i]!} checks={checks} sign={sign} redPct={redPct} />
      ))}
      {summary.registers.map((r, i) => (
        <RegisterSection key={r.key} summary={r} register={registers[i]!} />
      ))}
    </div>
  );
}

function RagCountList({ counts, className, itemClass }: { counts: AnalysisSummary['rag']; className: string; itemClass: string }) {
  return (
    <ul className={className}>
      {(['R', 'A', 'G'] as const).map((k) => (
        <li key={k} className={itemClass}>
          <RagBadge rag={k} showWord={false} />
          <span>
            {counts[k].toLocaleString('en-GB')} {RAG_WORD[k]}
          </span>
        </li>
      ))}
      {counts.none > 0 && <li className={itemClass}>{counts.none.toLocaleString('en-GB')} not graded</li>}
    </ul>
  );
}

function BudgetSection({ summary: b, table, checks, sign, redPct }: { summary: BudgetTableSummary; table: BudgetTable; checks: ReadonlyArray<Check>; sign: SignConvention; redPct: number | null }) {
  const shared = useShared();
  const s = useStyles();
  const headingId = useId('budget');
  const t = b.totals;
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h3 className={shared.h3} id={headingId}>
        {b.title ?? `Budget table on ${b.sheet} ${b.range}`}
      </h3>
      <p className={shared.muted}>
        Budget table, {b.sheet} {b.range}
        {b.units ? `, in ${b.units}` : ''}; {plural(b.lines, 'line')}
        {b.workedOutForecasts ? `; ${b.workedOutForecasts} forecast${b.workedOutForecasts === 1 ? '' : 's'} worked out ${b.profiledForecasts === b.workedOutForecasts ? 'from the months\' budgets still to come' : b.profiledForecasts ? 'straight-line or from the months\' budgets still to come' : 'straight-line'}` : ''}
      </p>
      <dl className={shared.facts}>
        {t.ytdBudget !== null && (
          <>
            <dt>YTD budget</dt>
            <dd>{formatAmount(t.ytdBudget, b.units)}</dd>
          </>
        )}
        {t.ytdActual !== null && (
          <>
            <dt>YTD actual</dt>
            <dd>{formatAmount(t.ytdActual, b.units)}</dd>
          </>
        )}
        {t.ytdVariance !== null && (
          <>
            <dt>YTD variance</dt>
            <dd>{formatVariance(t.ytdVariance, b.units)}</dd>
          </>
        )}
        {t.annualBudget !== null && (
          <>
            <dt>Annual budget</dt>
            <dd>{formatAmount(t.annualBudget, b.units)}</dd>
          </>
        )}
        {t.forecastOutturn !== null && (
          <>
            <dt>Forecast outturn</dt>
            <dd>{formatAmount(t.forecastOutturn, b.units)}</dd>
          </>
        )}
        {t.forecastVariance !== null && (
          <>
            <dt>Forecast variance</dt>
            <dd>{formatVariance(t.forecastVariance, b.units)}</dd>
          </>
        )}
      </dl>
      <p className={shared.muted}>Totals from the {b.totalsFrom}. Variances: positive is {sign === 'overspend-positive' ? 'overspend' : 'underspend'}.</p>
      <div>
        <span>Lines by RAG: </span>
        <RagCountList counts={b.rag} className={s.counts} itemClass={s.countItem} />
      </div>
      <BudgetLines table={table} checks={checks} sign={sign} redPct={redPct} />
    </section>
  );
}

function RegisterSection({ summary: r, register }: { summary: RegisterSummary; register: RiskRegister }) {
  const shared = useShared();
  const headingId = useId('register');
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h3 className={shared.h3} id={headingId}>
        {r.title ?? `Risk register on ${r.sheet} ${r.range}`}
      </h3>
      <p className={shared.muted}>
        Risk register, {r.sheet} {r.range}; {plural(r.risks, 'risk')} ({r.open} open, {r.closed} closed)
      </p>
      <p className={shared.para}>
        Graded by {r.schemeId === 'workbook' ? `the workbook’s own key${r.schemeSource ? ` (${r.schemeSource})` : ''}` : r.schemeLabel}.
      </p>
      <p className={shared.para}>
        <strong>{r.atOrAboveBoard}</strong> open {r.atOrAboveBoard === 1 ? 'risk scores' : 'risks score'} {r.boardThreshold} or more (the board threshold).
      </p>
      {r.grades.length > 0 && (
        <table className={shared.dataTable}>
          <caption>Open risks by grade</caption>
          <thead>
            <tr>
              <th scope="col">Grade</th>
              {r.grades.map((g) => (
                <th scope="col" key={g.slot} className={shared.number}>
                  {SLOT_WORD[g.slot]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.grades[0]!.grades
              .map((band, bi) => ({ band, bi }))
              .reverse()
              .map(({ band, bi }) => (
                <tr key={band.grade}>
                  <th scope="row">
                    <GradeSwatch colour={band.colour} name={band.range ? `${band.grade} (${band.range})` : band.grade} />
                  </th>
                  {r.grades.map((g) => (
                    <td key={g.slot} className={shared.number}>
                      {g.grades[bi]!.count}
                    </td>
                  ))}
                </tr>
              ))}
            {r.grades.some((g) => g.unscored > 0) && (
              <tr>
                <th scope="row">No score</th>
                {r.grades.map((g) => (
                  <td key={g.slot} className={shared.number}>
                    {g.unscored}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      )}
      <HeatMap register={register} />
    </section>
  );
}
