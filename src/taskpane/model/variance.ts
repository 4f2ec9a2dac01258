/**
 * Variance bars for a budget table: each line's variance on the basis its RAG uses
 * (forecast, or YTD where there is no forecast), as a signed share of the largest, with the
 * value and the RAG word as text beside the bar.
 */
import type { BudgetTable, Rag } from '../../engine/model';
import type { SignConvention } from '../../engine/config';
import { formatPct, formatVariance } from './format';

export interface VarianceBar {
  readonly row: number;
  readonly label: string;
  readonly variance: number | null;
  readonly pct: number | null;
  /** -1..1: share of the largest variance in the table; negative is below budget (left), positive above (right). */
  readonly position: number;
  readonly aboveBudget: boolean;
  readonly rag: Rag | null;
  readonly reason: string | null;
  /** "+£23,180 (+6.1%)". */
  readonly valueText: string;
  readonly basis: 'forecast' | 'ytd';
}

export interface VarianceChart {
  readonly basis: 'forecast' | 'ytd';
  readonly bars: ReadonlyArray<VarianceBar>;
  readonly caption: string;
  /** 0..1 along each half of the track where the red threshold falls; null when bars are scaled by amount. */
  readonly redMark: number | null;
}

/**
 * Bars are scaled by percentage where every line has one: to twice the red threshold, or to
 * the largest variance where that is more, so that a small variance never looks large because
 * it is the largest in its table, and the red threshold sits at a mark.
 */
export function varianceBars(table: BudgetTable, sign: SignConvention, redPct: number | null = null): VarianceChart {
  const lines = table.rows.filter((r) => r.kind === 'line');
  const basisOf = (r: (typeof lines)[number]): 'forecast' | 'ytd' => r.rag?.basis ?? (r.forecastVariance !== null ? 'forecast' : 'ytd');
  const raw = lines.map((r) => {
    const basis = basisOf(r);
    const variance = basis === 'forecast' ? r.forecastVariance : r.ytdVariance;
    const pct = basis === 'forecast' ? r.forecastVariancePct : r.ytdVariancePct;
    return { r, basis, variance, pct };
  });
  // Scale by percentage where every line has one, else by amount.
  const usePct = raw.every((x) => x.pct !== null || x.variance === null);
  const magnitude = (x: (typeof raw)[number]) => Math.abs((usePct ? x.pct : x.variance) ?? 0);
  const largestSeen = Math.max(0, ...raw.map(magnitude));
  const largest = usePct && redPct !== null && redPct > 0 ? Math.max(largestSeen, 2 * redPct) : largestSeen;
  const redMark = usePct && redPct !== null && redPct > 0 && largest > 0 ? redPct / largest : null;
  const bars: VarianceBar[] = raw.map((x) => {
    const v = x.variance ?? 0;
    // In the sheet's report sign, positive is overspend (actual above budget) unless favourable-positive.
    const aboveBudget = sign === 'overspend-positive' ? v > 0 : v < 0;
    const share = largest > 0 ? magnitude(x) / largest : 0;
    return {
      row: x.r.row,
      label: x.r.label ?? `Row ${x.r.row + 1}`,
      variance: x.variance,
      pct: x.pct,
      position: aboveBudget ? share : -share,
      aboveBudget,
      rag: x.r.rag?.rag ?? null,
      reason: x.r.rag?.reason ?? null,
      valueText: x.variance === null ? 'no variance' : `${formatVariance(x.variance, table.units)}${x.pct !== null ? ` (${formatPct(x.pct, true)})` : ''}`,
      basis: x.basis,
    };
  });
  const basis = bars.some((b) => b.basis === 'forecast') ? 'forecast' : 'ytd';
  const caption =
    `${basis === 'forecast' ? 'Forecast' : 'Year-to-date'} variance by line: ` +
    (usePct ? 'bars as a percentage of budget. ' : 'bars by amount, the largest full width (some lines have no budget to take a percentage of). ') +
    `Right of centre: above budget; left: below budget.${redMark !== null ? ` The marks show the red threshold, ${formatPct(redPct)}.` : ''}`;
  return { basis, bars, caption, redMark };
}
