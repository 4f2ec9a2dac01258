/**
 * RAG for a budget line. Thresholds combine a percentage of the budget and, where one is set,
 * a materiality amount ("5% or £50k, whichever is lower" for red), as councils and trusts
 * write them. Overspends and underspends are judged apart: a large underspend is amber,
 * because money not spent by March is lost to the service.
 */
import { BudgetSettings } from '../config';
import { BudgetRag, Units } from '../model';

export function unitsFactor(units: Units): number {
  return units === "£'000s" ? 1e3 : units === '£m' ? 1e6 : 1;
}

function pct(x: number): string {
  const p = Math.abs(x) * 100;
  return `${p >= 10 ? p.toFixed(0) : p.toFixed(1)}%`;
}

function threshold(x: number): string {
  return `${+(x * 100).toFixed(2)}%`;
}

export interface RagInput {
  /** actual - budget (positive = more spent, or more received for income). */
  readonly actualMinusBudget: number | null;
  readonly base: number | null;
  readonly basis: 'forecast' | 'ytd';
  readonly income: boolean;
  /** A savings programme's line: read as income is, and said as savings against their target. */
  readonly savings?: boolean;
  readonly units: Units;
}

export function budgetRag(input: RagInput, settings: BudgetSettings): BudgetRag | null {
  const { actualMinusBudget: diff, base, basis, income } = input;
  if (diff === null) return null;
  const what = basis === 'forecast' ? 'forecast' : 'year to date';
  const baseName = input.savings ? (basis === 'forecast' ? 'the year\'s target' : 'the target to date') : basis === 'forecast' ? 'annual budget' : 'YTD budget';
  // For expenditure more spend is adverse; for income less received is adverse.
  const adverse = income ? diff < 0 : diff > 0;
  const amount = Math.abs(diff);
  const materiality = settings.materiality > 0 ? settings.materiality / unitsFactor(input.units) : Infinity;
  if (amount === 0) return { rag: 'G', reason: `${input.savings ? 'On target' : 'On budget'} (${what})`, basis };
  if (base === null || base === 0) {
    const gain = input.savings ? 'Savings' : 'Income';
    if (!adverse) return { rag: 'G', reason: `${income ? gain : 'Credit'} against no ${baseName} (${what})`, basis };
    if (amount >= materiality) return { rag: 'R', reason: `${income ? `${gain} shortfall` : 'Spend'} against no ${baseName}, above materiality (${what})`, basis };
    return { rag: 'A', reason: `${income ? `${gain} shortfall` : 'Spend'} against no ${baseName} (${what})`, basis };
  }
  const share = amount / Math.abs(base);
  if (adverse) {
    const kind = input.savings ? 'Savings shortfall' : income ? 'Income below plan' : 'Overspend';
    if (share >= settings.redPct || amount >= materiality) {
      const why = share >= settings.redPct ? `red from ${threshold(settings.redPct)}` : 'above materiality';
      return { rag: 'R', reason: `${kind} ${pct(share)} of ${baseName} (${what}; ${why})`, basis };
    }
    if (share >= settings.amberPct) {
      return { rag: 'A', reason: `${kind} ${pct(share)} of ${baseName} (${what}; amber from ${threshold(settings.amberPct)})`, basis };
    }
    return { rag: 'G', reason: `${kind} ${pct(share)} of ${baseName}, within ${threshold(settings.amberPct)} (${what})`, basis };
  }
  const kind = input.savings ? 'Savings ahead by' : income ? 'Income above plan' : 'Underspend';
  if (!income && share >= settings.underspendAmberPct) {
    return { rag: 'A', reason: `${kind} ${pct(share)} of ${baseName} (${what}; amber from ${threshold(settings.underspendAmberPct)}: money may be lost at year end)`, basis };
  }
  return { rag: 'G', reason: `${kind} ${pct(share)} of ${baseName} (${what})`, basis };
}
