/**
 * Column roles from header text. Users name the same column many ways ("YTD Budget",
 * "Plan YTD", "Budget to date", "FOT", "Over/(Under)"), and two-row headers put the period
 * ("Year To Date", "Forecast") above the measure ("Budget £'000s"). A header is read as
 * a period and a measure, and the pair gives the role.
 */
import { BudgetRole, RiskRole, RiskSlot, Units } from '../model';
import { SignConvention } from '../config';

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export function unitsIn(text: string): Units {
  const t = normaliseHeader(text);
  if (/£\s*'?0{3}s?\b|£\s*k\b|\(\s*£?k\s*\)|£\s*thousands?|'000s?\b|\bk\b\s*$/.test(t)) return "£'000s";
  if (/£\s*m\b|£\s*millions?|\(\s*£?m\s*\)|£\s*mn\b/.test(t)) return '£m';
  if (/£/.test(t)) return '£';
  return null;
}

/** Header text with units and punctuation taken off, for matching words. */
function stripUnits(t: string): string {
  return t
    .replace(/£\s*'?0{3}s?|'000s?|£\s*(k|m|mn|thousands?|millions?)\b|\(\s*£?\s*(k|m)?\s*\)|£/g, ' ')
    .replace(/[:*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Period = 'ytd' | 'forecast' | 'month' | null;
type Measure = 'budget' | 'actual' | 'variance' | 'variancePct' | null;

function periodOf(t: string): Period {
  if (/\b(in[- ]month|current month|this month|month \d+ only|mth)\b/.test(t)) return 'month';
  if (/\b(ytd|y\.t\.d|year to date|to date|cumulative|cum)\b/.test(t)) return 'ytd';
  if (/\b(forecast|fcst|fot|outturn|full[- ]year|annual|fy|year[- ]end|projected|projection|whole year|yearly)\b/.test(t)) return 'forecast';
  return null;
}

function measureOf(t: string): Measure {
  if (/%|\bpct\b|per ?cent/.test(t) && /\b(var|variance|over|under)/.test(t)) return 'variancePct';
  if (/\b(variance|var|over ?\/? ?\(?under\)?|under ?\/? ?\(?over\)?|\(over\) ?\/? ?under|\(under\) ?\/? ?over|surplus ?\/? ?\(?deficit\)?|deficit|difference|diff)\b/.test(t)) return 'variance';
  if (/\b(budget|plan|planned|allocation|baseline)\b/.test(t)) return 'budget';
  if (/\b(actual|actuals|spend|spent|expenditure|outturn|costs?)\b/.test(t)) return 'actual';
  if (/\b(forecast|fot|projected|projection)\b/.test(t)) return 'actual';
  return null;
}

/**
 * The budget role of a header, given the text of the group header above it (two-row
 * headers) where there is one. Null when it is not a budget column.
 */
export function budgetRoleOf(text: string, groupText = ''): BudgetRole | null {
  const own = stripUnits(normaliseHeader(text));
  const group = stripUnits(normaliseHeader(groupText));
  if (own === '') return null;
  const measure = measureOf(own) ?? (group && periodOf(own) === null ? null : measureOf(own));
  if (!measure) return null;
  const period = periodOf(own) ?? periodOf(group);
  // "Forecast" or "Outturn" alone is the forecast outturn; "Annual Budget" is the year's budget.
  const effective: Period = period ?? (/\b(forecast|fot|outturn|projected)\b/.test(own) ? 'forecast' : null);
  if (effective === 'month') return null;
  const forecast = effective === 'forecast';
  switch (measure) {
    case 'budget':
      return forecast ? 'annualBudget' : 'ytdBudget';
    case 'actual':
      return forecast ? 'forecastOutturn' : 'ytdActual';
    case 'variance':
      return forecast ? 'forecastVariance' : 'ytdVariance';
    case 'variancePct':
      return forecast ? 'forecastVariancePct' : 'ytdVariancePct';
  }
}

/** The sign convention a variance header states, if it states one. */
export function signStatedBy(text: string): SignConvention | null {
  const t = normaliseHeader(text).replace(/\s/g, '');
  if (/over\/?\(under\)|over\/under|\(under\)\/?over|overspend\/\(underspend\)|adverse\/\(favourable\)|deficit\/\(surplus\)/.test(t)) return 'overspend-positive';
  if (/under\/?\(over\)|under\/over|\(over\)\/?under|underspend\/\(overspend\)|favourable\/\(adverse\)|surplus\/\(deficit\)|fav\/\(adv\)/.test(t)) return 'favourable-positive';
  return null;
}

export function isLabelHeader(text: string): boolean {
  const t = normaliseHeader(text);
  return /^(description|line description|budget line|budget heading|budget holder|line|cost cent(re|er)s?|cost cent(re|er) (name|description)|service|service area|area|category|heading|account|account code|directorate|department|expenditure type|subjective|objective|item|name|scheme|programme)$/.test(t);
}

// ---------------------------------------------------------------- risk

const SLOT_WORDS: ReadonlyArray<readonly [RegExp, RiskSlot]> = [
  [/\b(inherent|initial|gross|original|pre[- ]?mitigation|unmitigated|raw|untreated|before controls)\b/, 'inherent'],
  [/\b(residual|net|post[- ]?mitigation|mitigated|after actions|treated|after controls)\b/, 'residual'],
  [/\b(target|tolerable|appetite|planned)\b/, 'target'],
  [/\b(current|present|existing|with (current )?controls)\b/, 'current'],
];

export function slotOf(text: string): RiskSlot | null {
  const t = normaliseHeader(text);
  for (const [re, slot] of SLOT_WORDS) if (re.test(t)) return slot;
  return null;
}

export type RiskMeasure = 'likelihood' | 'consequence' | 'score' | 'grade';

export function riskMeasureOf(text: string): RiskMeasure | null {
  const t = normaliseHeader(text).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // A long header is a description that happens to mention "consequence" ("SCOPE OF RISK inc CONSEQUENCE").
  if (t.split(' ').length > 6 || /\bdescription\b/.test(t)) return null;
  if (/\b(score|l ?[x×] ?c|lxc|rr)\b|\blikelihood ?[x×] ?(impact|consequence|severity)\b/.test(t)) return 'score';
  if (/^(l|lik|likelihood|probability|p|likelihood score)$|\blikelihood\b/.test(t)) return 'likelihood';
  if (/^(c|i|con|cons|consequence|impact|severity|s|consequence score|impact score)$|\b(consequence|impact|severity)\b/.test(t)) return 'consequence';
  if (/\b(rating|risk level)\b/.test(t)) return 'score';
  if (/\b(grade|priority|rag)\b/.test(t)) return 'grade';
  return null;
}

export function riskInfoRoleOf(text: string): RiskRole | null {
  const t = normaliseHeader(text).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(risk )?(ref|reference|id|no\.?|number|ref no\.?|ref\.|risk id|datix( id)?|code)$/.test(t) || /^risk (ref|reference|id|no\.?|number)\b/.test(t)) return 'ref';
  if (/^(risk )?(title|name|risk)$|^risk title\b|^title\b/.test(t)) return 'title';
  if (/\bdescription\b|^scope of risk|^risk and consequence|^cause|^the risk\b/.test(t)) return 'description';
  if (/\b(owner|lead officer|risk lead|responsible|lead)\b/.test(t)) return 'owner';
  if (/\b(review date|next review|date of (next )?review|reviewed|review)\b/.test(t)) return 'reviewDate';
  if (/\b(trend|direction|movement|change since)\b/.test(t)) return 'trend';
  if (/^(status|risk status|open\/closed)$/.test(t)) return 'status';
  return null;
}
