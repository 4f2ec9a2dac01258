/**
 * The words finance and governance teams use in their headers, as data: the one place to read
 * and extend what RAG Board understands. Each entry is a list of phrases (regular-expression
 * source, matched against lower-case header text as whole words); adding a synonym is a
 * one-line change here, with a fixture in test/corpus beside it.
 *
 * A budget column's header is read as a block (the period it covers: year to date, the full
 * year, in month, last year), a measure (budget, actual, forecast, variance, ...) and a unit
 * (£, £000, %), whichever of its header rows says each: "Year to date" over "Budget" over
 * "£000" is the YTD budget in thousands.
 */
import { CURRENCY_CODES } from '../cells/currencies';

export type BudgetMeasure =
  /** % over or under budget */
  | 'variancePct'
  /** actual as a share of budget: "% spent" */
  | 'percentSpent'
  /** budget − actual: "Remaining", "Funds available", "Balance" */
  | 'remaining'
  /** money committed but not yet spent: context, never a figure */
  | 'committed'
  /** a change made to the budget during the year ("Virements", "Supplementary budgets"): context, never a figure */
  | 'budgetChange'
  /** the spending a saving is measured from ("1984/85 Expenditure Level", "Baseline spend"): context, never a figure */
  | 'baseline'
  /** what is still to come to the year's end ("Estimate to Complete"): context, never a figure */
  | 'toComplete'
  | 'variance'
  | 'forecast'
  | 'budget'
  | 'actual';

/** "Surplus/(Deficit)": a difference when alone, the amount of a surplus when a plan or projection names it. */
const SURPLUS_PHRASES = ['surplus ?/? ?\\(?deficit\\)?', '\\(?surplus\\)? ?/? ?deficit', 'deficit'];

/** The words of a surplus or deficit in a header's words (lower case, as `MEASURE_WORDS` are matched). */
export const SURPLUS_WORDS = new RegExp(SURPLUS_PHRASES.map((p) => `(?<![a-z])${p}(?![a-z])`).join('|'), 'g');

/** How a difference is named by what it is against ("Against Projected", "vs Plan", "compared with budget"). */
const AGAINST = '(against|v\\.?|vs\\.?|compared (to|with))';
const PLANNED = '(budget|projected|projections?|plan(ned)?|target|estimates?|forecast)';
/** A difference named by what it is against, anywhere in a header. */
export const AGAINST_A_PLAN = new RegExp(`\\b${AGAINST}\\s+${PLANNED}\\b`);
/**
 * A header that is only that ("Against Projected", "+/- vs Budget"): the figure beside it less
 * the plan, whichever way money flows. (Not "vs Forecast", a forecast's own difference.)
 */
export const ONLY_AGAINST_A_PLAN = new RegExp(`^(\\+\\/-\\s*)?${AGAINST}\\s+(budget|projected|projections?|plan(ned)?|target|estimates?)$`);

/**
 * Header words of other languages, each with the English words it is read as: a header is read
 * in English after these are put in ("Libellé | Compte provisoire 2013 | Budget voté 2014" is
 * read as "description | provisional actual 2013 | budget approved 2014"), so every rule of this
 * file applies to it. Grouped by language; each entry is a regular expression's source matched
 * against the lower-case header as whole words (accents as printed: list the spelling without
 * them too where it is no English word). Add a word only where it cannot be read as English
 * ("vote", "charges", "location", "out" are English words, and stay out of this list) and no
 * fixture of the corpus reads differently for it.
 */
export const HEADER_WORDS_IN_OTHER_LANGUAGES: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string]>]> = [
  ['French', [
    // The names of the lines: "Libellé", "Intitulé" (also printed without the accent).
    ['libell[ée]s?', 'description'],
    ['intitul[ée]s?', 'description'],
    // "Compte provisoire 2013": the year's accounts as closed provisionally, what was received or spent.
    ['comptes? provisoires?', 'provisional actual'],
    ['comptes? administratifs?', 'actual'],
    // ("Réalisé", "Realisé": with its last accent, never English's "realise".)
    ['r[ée]alisée?s?', 'actual'],
    // "Budget voté 2014": the budget as the assembly voted it, approved (with its accent: "vote" is English).
    ['votée?s?', 'approved'],
  ]],
];

/** Measures, tried in this order: the first that matches names the column. */
export const MEASURE_WORDS: ReadonlyArray<readonly [BudgetMeasure, ReadonlyArray<string>]> = [
  ['percentSpent', ['% ?(spent|spend|used|utilised|received|collected|achieved|of (annual )?budget( spent)?|ytd|to date|of budget used)', '(percentage|per ?cent) (spent|used)', 'spent %', '% actual']],
  // Before "remaining": the forecast still to come ("Estimate to Complete"), not the budget left.
  ['toComplete', ['(estimated? |cost |spend )?to complete', 'etc', 'estimated? (to|until) (the )?year[- ]end', 'remaining forecast']],
  // Before "remaining": a Canadian department's "Total available for use for the year", the
  // spending authority Parliament has granted for it (its quarterly Statement of Authorities).
  ['budget', ['(total )?(authorities )?available for use']],
  ['remaining', ['(necessary|needed|required) to meet( the)? budget( estimates?)?', 'to meet budget', 'remaining', 'available', 'funds available', 'balance( remaining| available| of budget)?', 'unspent', 'left to spend', 'headroom', 'budget left', 'uncommitted', 'unobligated', 'unexpended', 'unencumbered']],
  // "Actual + Commitments" is what has been spent or committed: the actual, as the table reads it.
  // "Spend (including commitments)": the bracket is no difference.
  ['actual', ['actuals? ?\\(?(\\+|&|and|plus|incl\\.?|including) ?commit(ments?|ted)\\)?', '(spend|expenditure) ?\\(?(\\+|&|and|plus|incl\\.?|including) ?commit(ments?|ted)\\)?']],
  ['committed', ['committed( expenditure| spend)?', 'commitments?', 'orders raised', 'encumbrances?', '(total )?encumbered']],
  // ("Original budget Allocation on which savings target was based": what a savings target is a share of.)
  ['baseline', ['on which [a-z ]*\\bbased', '(expenditure|spend|spending|cost) level', 'baseline (spend|spending|expenditure|cost)', 'base (year )?(spend|expenditure|cost)']],
  // Before variances: "Supplementary Budgets/virements approved to date" changes the budget; it is not one.
  // Inflation added to a budget ("Variation in Inflation to November 2002 prices", "Inflation
  // allocation to 2003/04 outturn", a base budget's analysis of variations) moves it to another
  // year's prices; "outturn" there is a price base, not a forecast.
  ['budgetChange', ['inflation', 'movements?', 'virements?', 'supplementary (budgets?|estimates?)', 'budget (adjustments?|transfers?)', 'other authori[sz]ations?', 'additional (funding|authori[sz]ations?)']],
  ['variance', [
    'variances?', 'variations?', 'var', 'difference', 'diff', 'deviation', 'change',
    // "Forecast Total v. Budget", "Actual vs Budget": a figure against the budget.
    'v\\.? ?budget', 'vs\\.? ?bud(get)?\\b', '(against|compared (to|with)) budget',
    // "Against Projected", "vs Plan": the figure beside it against what was projected or planned.
    `${AGAINST} ${PLANNED}`,
    'over ?(/|or)? ?\\(?under\\)?( ?spend)?', 'under ?/? ?\\(?over\\)?( ?spend)?', '\\(over\\) ?/? ?under', '\\(under\\) ?/? ?over',
    '\\(?overspend\\)? ?/? ?\\(?underspend\\)?', '\\(?underspend\\)? ?/? ?\\(?overspend\\)?',
    // "Overspend / undersp'd (-)": each word alone, abbreviated as printed.
    'overspends?', 'underspends?', "undersp'?d",
    'fav ?/? ?\\(?(adv|unfav)\\)?', '\\(?fav\\)? ?/? ?adv', 'favou?rable ?/? ?\\(?(adverse|unfavou?rable)\\)?', 'adverse ?/? ?\\(?favourable\\)?',
    // A capital programme's spend moved to later years: the programme less the forecast.
    'rephasing', 'slippage',
    // A savings plan's "Saving Shortfall": the saving required less that forecast.
    'shortfalls?',
  ]],
  // A profile is the budget spread over the months: "Profiled Forecast" is the budget to date.
  // ("2021 Projected Budget": a budget planned for a later year, not a forecast of spending.)
  ['budget', ['profiled (forecast|budget|plan)', 'profiles?', 'projected budgets?']],
  // "Draft Final Position for the year": what the year came to, at its end.
  // "October Revision" beside "Forecast Variance": the year's figure as revised in October (a
  // "Budget revision" is a change to the budget, below).
  // "Forward estimate": an Australian budget paper's projection of a year after the one budgeted.
  ['forecast', ['forward estimates?', '(draft )?final position', 'position for the year', '(?<!budget )revision', 'predicted( year[- ]end| outturn)?', 'fy estimate', '(full[- ]year|year[- ]end) estimates?', 'forecasts?', 'fcst', 'f/c', 'fot', 'outturn', 'projected( outturn| spend| expenditure)?', 'projections?', 'estimated( outturn| expenditure| spend| income| actuals?)', 'est\\.? (receipts|spend|expenditure|income|outturn)', 'likely outturn', 'full[- ]year (forecast|effect|projection)',
    // "Est End 2012": the estimate at the year's end.
    'est\\.? (end|year[- ]end|ye)( of (the )?year)?', 'estimated? (end of (the )?year|year[- ]end)( total)?']],
  // "Estimated" alone, or "Total Estimated", is a government's estimates: the budget voted for the year.
  // "Latest Capital Programme (Council Feb 2021)": a capital budget as the council approves it.
  // A savings plan's "Required Saving": the target the year's savings are measured against.
  // "Cumulative Releases": the part of the year's budget a government has released to spend so
  // far, which spending is measured against ("% Releases Spent"); "Allotment", as a Philippine
  // local government's status of appropriations names the part released, is the same.
  // ("Planned" over "Expenditures": what is planned to be spent, the budget, not the spending.)
  // "1st Interim", "Second Interim": a California school district's interim report, which revises
  // the budget adopted for the year (its "Unaudited Actuals" are last year's, its later years projected).
  // "LTP 2012/13": a New Zealand council's long-term plan, the budget for the years between its annual plans.
  // "Est. Prof/Def" beside "Budgeted Income | Budget Expense": the profit a PTA's event is budgeted to make.
  // "Project Authorization": a capital project fund's budget over the project's life, against its actual to date.
  // "MAIN EST | SUPP EST": a New Zealand department's Main and Supplementary Estimates, the
  // appropriation as voted and as revised (written out, a supplementary estimate is a change, above).
  // ("Appropriation Account", "appropriation_authority_description": what the money is
  // appropriated to, a name or a code, not the amount.)
  ['budget', ['budgets?', 'appropriat(ed|ions?)(?! (authority|account|code|number|no|description|unit|title|name|type|category|line)\\b)', '(?<=ordinance )amounts?', 'project authori[sz]ations?', 'est\\.?(?= (prof(it)?|surplus)\\b)', 'main est\\.?', 'supp\\.? est\\.?', '(1st|2nd|3rd|first|second|third) interim', 'ltp', 'long[- ]term plan', 'budgeted', 'planned (expenditures?|spend(ing)?|costs?|income|revenues?)', 'releases', 'funds released', 'required (savings?|efficienc(y|ies)|reductions?)', '(savings?|efficienc(y|ies)) (required|target)', 'bud', 'plans?', 'planned', 'programmed', 'capital programmes?', '(original|latest|revised|approved|current|updated|agreed|working) programmes?', 'targets?', 'allocations?', '(total|previous|this month\'?s?) allotments?', 'allotments? (for the month|released|received|to date)', 'baseline', 'estimates?', 'estimated', 'precept', 'approved', 'agreed budget', 'adopted( by( the)? council)?']],
  // (Not a "unit cost", the price of one of a line's items.)
  // ("Gross Exp £m | Income £m | Net Exp £m": expenditure cut short, only after gross or net.)
  // ("ACT - YTD", "Act YTD": the actual abbreviated, only beside the year to date it is of; alone
  // it may be a territory's name.)
  // "Obligations": what a government's offices have bound themselves to pay out of the
  // appropriation, the spending its status of appropriations reports ("Unobligated" is what is left).
  // "YTD Activity": an accounting system's transactions to date, the actual (a US district's
  // "Revised Budget | YTD Activity"); "activity" alone counts patients or visits.
  // ("Used during the quarter", "Year to date used at quarter-end": authorities used, spent.)
  ['actual', ['actuals?', '(?<!% ?)used(?= (during|at|to date|in)\\b)', '(?<=\\b(ytd|year[- ]to[- ]date) )used', 'act(?= ?[-–]? ?ytd\\b)', '(?<=\\b(ytd|year[- ]to[- ]date) )activity', 'activity(?= (ytd|to date)\\b)', 'spend', 'spent', 'expenditures?', '(?<=\\b(gross|net) )exp\\.?', 'expended', 'expenses', '(?<!unit )costs?', 'income received', 'obligations', 'receipts', 'revenues?', 'collected', 'received', '(savings )?achieved', 'delivered']],
  // Last: "Planned surplus/(deficit)" is a plan of a surplus, "Surplus/(deficit)" alone a difference.
  ['variance', SURPLUS_PHRASES],
];

/**
 * The words a header turns on, whose slips of the keyboard ("Foreast", "Varaince") are read as
 * the word: long enough that one letter away is no other header word.
 */
export const TYPO_TARGETS: ReadonlyArray<string> = ['forecast', 'budget', 'actual', 'variance', 'outturn', 'projected', 'remaining', 'expenditure', 'description'];

/** The register header words a slip of the keyboard is read as ("Likelihoos", "Intial", "Residaul"). */
export const RISK_TYPO_TARGETS: ReadonlyArray<string> = ['likelihood', 'consequence', 'severity', 'probability', 'inherent', 'initial', 'residual', 'current', 'mitigated'];

/**
 * A header that says only when ("YTD", "To date", "YTD Income") is the actual to date, unless a
 * header row above it names the measure ("Budget" over "To Date").
 */
export const ACTUAL_WHEN_BARE = /^((fy ?)?(19|20)?\d{2}([/-]\d{2,4})? )?(ytd|fytd|y\.t\.d\.?|to date|(fiscal |financial )?year[ -]to[ -]date|cumulative)( income| receipts)?( as (of|at)\b.*| (to |thru |through )?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}| (fy ?)?(19|20)?\d{2}([/-]\d{2,4})?)?$|^(income|receipts) (ytd|to date)$|^(figures |position )?as at\b/;

/**
 * A column headed by a month's name alone ("April", "Sept", "Nov ", "Apr-24", "Jan 2025"): one
 * month's figures. Group 1 is the month.
 */
export const MONTH_NAME = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s*[-'’/]?\s*\d{2,4})?$/;

/**
 * A column headed by a span of months ("Oct ’19 – Jul 20", "Apr-Sep", "April to September"): the
 * actuals of the year so far, as accounting packages head their year-to-date column.
 */
export const MONTH_RANGE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*['’]?\s*(\d{2,4})?\s*(-|–|—|to)\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*['’]?\s*(\d{2,4})?$/;

/** A column of a whole year's amount, no measure named: "Yearly", "Annual", "Per year". */
export const YEARLY_AMOUNT = /^(yearly|annual|annually|per year|per annum|a year|full year)( cost| amount| total)?$/;

/** A column that adds up the months beside it: "Totals", "Total to date", "YTD total". */
export const MONTHS_TOTAL = /^(totals?|total to date|ytd total|total ytd|total spend|total actual|year to date total|cumulative total)$/;

/**
 * A header that names only a period ("2nd Quarter", "Q3", "Month 6", "P8"): a column of actuals
 * for that period. Group 1 is a quarter's number, group 2 a month's or period's.
 */
export const PERIOD_ONLY = /^(?:(?:(1|2|3|4)(?:st|nd|rd|th)|(?:first|second|third|fourth)) quarter|q ?([1-4])|quarter ([1-4])|qtr\.? ?([1-4])|(?:month|mth|m|period|p) ?(\d{1,2}))$/;

/** A report's period over its columns ("Month 2", "Period 8", "M6"): when, not which block. */
export const PERIOD_STAMP = /^(month|mth|period|m|p) ?\d{1,2}$/;

export type Block = 'ytd' | 'fullYear' | 'month' | 'prior';

/**
 * Blocks, tried in this order. "In month" before "to date" ("Month 7 to date" is YTD, but
 * "current month" is not); last year before the full year ("Last year outturn" is context).
 */
/** "Through End of Month", "to the end of the period": to date, however its words are wrapped over a header's lines. */
const TO_THE_END_OF_PERIOD = '(through|thru|to) (the )?end of (the )?(month|period|quarter)';
export const TO_DATE_ACROSS_LINES = new RegExp(`\\b${TO_THE_END_OF_PERIOD}\\b`);

export const BLOCK_WORDS: ReadonlyArray<readonly [Block, ReadonlyArray<string>]> = [
  // "Yr to Yr Change": this year's figure against last year's, a comparison between years.
  // "LAST FY Period": last year's to the same period.
  // "Last YTD Actual": last year's to the same date.
  ['prior', ['last year', 'last fy', 'prior fy', 'previous fy', 'prior year', 'previous year', 'ly', 'py', 'prior period', 'last year\'?s?', 'yr to yr', 'year to year', 'year on year', 'yoy', '(last|previous|prior) (ytd|y\\.t\\.d\\.?|year[- ]to[- ]date)',
    // "Restated 2018-19 Outturn": last year's figures restated to compare with this year's.
    'restated']],
  // Before the month: "Collected Through End of Month" is collected to date, not in the month.
  ['ytd', [TO_THE_END_OF_PERIOD]],
  ['month', ['month(?! ?\\d)', 'mtd', 'monthly', 'in[- ]month', 'in mth', 'current month', 'this month', 'month only', 'mth', 'current mth', 'month \\d+ only', 'for the month', 'period only', 'current period', 'this period', 'in period', 'current quarter', 'this quarter', 'in quarter', 'quarter only', 'in qtr']],
  ['ytd', [
    'ytd', 'fytd', 'y\\.t\\.d\\.?', 'y-t-d', '(fiscal |financial )?year[- ]to[- ]date', 'year ?td', 'to date', 'cumulative', 'cum',
    'to (month|m|period|p) ?\\d+', 'to (the )?end of \\w+', 'at (month|m|period) ?\\d+', 'months? \\d+',
    // "Phased budget to 30 September 23": the budget spread over the months, to a day of the year;
    // "Actual as at 30-Jun-2026" likewise.
    'phased', 'to \\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*', 'as (at|of) \\d{1,2}',
    // "Spend to March 2025": to the end of a month named with its year.
    'to (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{2,4}',
    // "Through November 30, 2025": to a day written month first, as a US report dates its figures.
    '(through|thru) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}',
    // "3 months" under "Adopted Budget": the budget for the months so far.
    '\\d{1,2} months',
    // "Budget Proportion to 29/01/21": to a date written in figures.
    'to \\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
    // "Quarterly Budget (50% of Total)": a stated share of the year's budget, the budget to date.
    '\\d{1,3}% of (the )?(total|annual|year|budget)',
    '(1st|2nd|3rd|4th|first|second|third|fourth) quarter', 'q[1-4]', 'quarter [1-4]', 'qtr\\.? ?[1-4]',
  ]],
  // "Year 1 Budget": a project's year, the whole of it.
  // "Ordinance Amount": the year's appropriation as a budget ordinance enacts it.
  ['fullYear', ['forecast', 'fot', 'outturn', 'full[- ]year', 'annual', 'fy', 'year[- ]end', 'whole year', 'yearly', 'projected', 'projection', 'total for (the )?year', 'year [1-9]', 'ordinance']],
];

/** The title of a budget printed as a list with no column headers: "PRECEPT BUDGET 2018-2019", "Budget 2019/20". */
export const BUDGET_LIST_TITLE = /\b(budgets?|precepts?|estimates?)\b/i;

/** A list's title naming the money flow it lists: "General Fund FY 2024 Revenue", "Expenditure 2019/20". */
export const LIST_FLOW_TITLE = /\b(revenues?|income|receipts|expenditures?|expenses|spending)\b/i;

/** A line's amount before VAT, the VAT on it, and after: "Gross | Vat | Net", "Gross £ | VAT £ | Net £". */
export const GROSS_AMOUNT = /^gross( amount| cost)?$/;
export const VAT_AMOUNT = /^(vat|v\.a\.t\.?|gst|sales tax)$/;
export const NET_AMOUNT = /^net( amount| cost)?$/;

/** A list's closing sum naming the estimate or budget it adds up, with its year: "Estimated total for 2015", "Total budget 2019/20". */
export const LIST_SUM_FOR_A_YEAR = /^(estimated|budgeted|budget|planned|proposed)\s+totals?\b|^totals?\s+(budget(ed)?|estimated?|estimates)\b/i;

/**
 * A list's title naming the year's end ("The 2000 End-of-Year Budget", "Year-end budget
 * position"): what the year came to, or the budget as it stood at its end, which the list alone
 * does not tell apart; not read as the year's budget.
 */
export const YEAR_END_LIST_TITLE = /\b(end[- ]of[- ](the[- ])?year|year[- ]end)\b/i;

/** A column of the year each line is for ("year" over 2022, 2022, 2024): its figures are whole years'. */
export const YEAR_COLUMN_HEADER = /^(year|financial year|fin year|fy|budget year)$/;

/** Words that make a bare budget the one set for the year, not a budget to date: "Original budget", "Final budget", a government's "Estimates". */
export const YEARS_BUDGET_WORDS = /\b(original|final|approved|adopted|set|estimates?|estimated|programmes?)\b/;

/** Words that prefer one of two columns of the same role: the revised budget over the original. */
// (A quarterly budget review statement, "QBRS", revises the budget, as "Revised" does.)
export const PREFERRED_WORDS = ['revised', 'current', 'latest', 'working', 'updated', 'amended', 'amendment', 'adjusted', 'net', 'total', 'qbrs', 'reviewed', 'interim', 'supp'];
/** ("Adopted" beside "Adjusted" loses by the preferred word, not by being superseded: "Adopted by Council" beats "Estimated by Manager".) */
// (Stages before the budget is set: "Tentative | Preliminary | Adopted Budget 2012".)
// ("Submitted Budget 2018 | Certified Budget 2018": a budget submitted for certification, then certified.)
export const SUPERSEDED_WORDS = ['original', 'initial', 'tentative', 'preliminary', 'proposed', 'draft', 'requested', 'submitted'];

/** A header cell that is a unit alone: on a row of its own under the header, it is part of the header. */
export const UNIT_ALONE = new RegExp(`^\\(?\\s*(£|€|\\$|${CURRENCY_CODES})?\\s*('?0{3}'?s?|k|m|mn|m's|000's|thousands?|millions?)?\\s*\\)?$|^\\(?%\\)?$|^rating$|^rag$|^fav ?\\/ ?\\(?adv\\)?$|^£\\s*'?000s?$`);

/**
 * A money unit alone in a cell ("£m", "£000", "$", "(€k)"), as a units line under a header
 * prints it over a column of amounts: a currency is named, so no rating letter ("M") reads as one.
 */
export const MONEY_UNIT_ALONE = new RegExp(`^\\(?\\s*(£|€|\\$|${CURRENCY_CODES})\\s*('?0{3}'?s?|k|m|mn|bn|m's|000's|thousands?|millions?|billions?)?\\s*\\)?$`, 'i');

/** The names of a label column. */
export const LABEL_HEADERS = /^(description|line description|project (description|name|title)|(cost|budget|expense|expenditure|line) items?|budget line|budget heading|budget holder|heading|line|cost cent(re|er)s?( name| description)?|service( area| line)?|area|category|account( name| description)?|directorate|department|division|care group|expenditure type|subjective|objective|item|name|scheme|programme|detail|details|budget area|budget description|analysis|portfolio|function|committee|activity|spending area|area of spend|nominal|nominal description|indicator|measure|metric|kpi)$/;

/** The names of a code column before the label: cost centre, nominal code, line letter. */
export const CODE_HEADERS = /^([a-z]+ )?(code|codes)$|^(cost cent(re|er)( code| no\.?)?|cc|nominal( code)?|account( code| no\.?)?|ref\.?|no\.?|line|gl code|ledger code|heading code|budget code|(budget )?line item( #| no\.?| number)?|bli( #)?)$/;

/**
 * A value that is a code, not a name: 4000, 101/4010, "A", "D1", "CC123", and a code of two
 * parts set apart by a space, the second of four digits or more ("640 37000", a section's code
 * and its article's), which no figure with spaces between its thousands ("1 592 000") is.
 */
export const CODE_VALUE = /^([A-Z]{1,3}|\d{1,8}([./-]\d{1,6})*|\d{1,6} \d{4,8}|[A-Z]{1,4}[ -]?\d{1,6}[A-Z]?|\d{1,4}[A-Z])$/i;

/**
 * Codes of a chart of accounts as a summary prints them beside its lines: a code, a range of codes
 * or several ("8010-8099", "1119 & 1909", "7100-7299; 7400-7699"), or a code's family with its
 * last digits left open ("34XX").
 */
export const ACCOUNT_CODE_RANGE = /^\d{2,6}(?:X{1,4})?(?:\s*(?:-|–|&|;|,|and)\s*\d{2,6}(?:X{1,4})?)*$/i;

/**
 * A line's place in a summary's outline before its name: "A. REVENUES", "1. Federal Revenue",
 * "1a.Health & Welfare", "F.1) BEG. FUND BAL.", "F. 1) Beginning Balance" (not "U.S. Grants",
 * whose letters run on).
 */
export const OUTLINE_MARK = /^(?:[A-Z]\.\s+|\d{1,2}[a-z]?[.)]\s*|[A-Z]\.\s?\d{1,2}\)\s*)(?=[A-Za-z(])/;

/**
 * An item lettered under a numbered one, "a) Transfers In" under "1) Interfund Transfers": its
 * letter is its code, as the number of "1) LCFF Sources" is, without the bracket.
 */
export const LETTERED_ITEM = /^([a-z])\)\s*(?=[A-Za-z(])/;

/**
 * An outline's mark as a form prints it, set off by a stop or a bracket: "A.", "F. 1)", "1)",
 * "2.", "a)". Reported without them ("A", "F1", "1", "2", "a"), as the forms' own references
 * write them ("(F1a + F1b)").
 */
export const OUTLINE_MARK_AS_PRINTED = /^(?:[A-Z]\.(?:\s?\d{1,2}\))?|\d{1,2}[a-z]?[.)]|[a-z]\))$/;

/** An outline's letter split off as a line's code: "A.", "F. 1)". */
export const OUTLINE_ITEM_CODE = /^[A-Z]\.(?:\s?\d{1,2}\))?$/;

/** A vote of a Westminster parliament's appropriation before its name: "Vote 1– Net Operating expenditures", "Vote 10 - Grants". */
export const VOTE_CODE = /^(vote\s+\d{1,3}[a-z]?)\s*[-–—:]\s*(\S.*)$/i;

/** A line's code in brackets before its name: "(a) Insurance", "(iv) Grants", "(12) Rates". */
export const BRACKETED_CODE = /^(\((?:[a-z]{1,4}|\d{1,3})\))\s+(\S.*)$/i;

/**
 * A code at the start of a label: "4000 Salaries", "101 - Admin", "D1. Estates", and an
 * account with its object after a point, set off by a bullet as accounting packages print it
 * ("A1420.4 • Attorney CE", "1110.12 • Town Justice Clerk PS").
 */
// (Or an account string of three hyphened parts or more, "6500-95-21-950-0000-521005- Rental";
// or a county ledger's eight-digit commitment item, "10111000 REGULAR EMPLOYEES"; or a range of
// object codes, "8010-8099 LCFF Sources"; or a family of object codes with its last digits left
// open, or two, "1XX Local", "3xxx-4xxx Purchased Services"; or a hyphened account with its
// last digit left open, "6-803x 4th Year Chair" among "6-8031 · 1st Year Council".)
export const LEADING_CODE = /^(\d{1,4}[xX]{1,4}(?:-\d{1,4}[xX]{1,4})?|\d{1,6}(?:-\d{1,6}){2,}|\d{1,6}-\d{2,5}[xX]{1,3}(?=\s)|\d{1,6}-\d{1,6}(?=\s*·)|\d{4}-\d{4}(?=\s)|\d{1,8}(?:[./]\d{1,6})*|[A-Z]{1,3}\d{1,6}(?:[./]\d{1,6})*[A-Z]?)(?:\s*[-–:.)·•]\s*|\s+)(?=\S)(.*)$/;

/**
 * The parts of a net figure, as headed beside it: the gross spending ("Gross Expenditure", "Gross
 * Exp", "Spend") and the income set against it ("Income", "Total income", "Income Applied").
 */
export const GROSS_PART = /^(gross |total )?(expenditures?|exp\.?|spend(ing)?|payments|expenses|costs)$/i;
export const INCOME_PART = /^(gross |total )?(income|receipts|revenues?)( applied)?$/i;

/** A word for money flowing alone, as an actual's whole measure with no word saying it is one: "Total Cost", "Prior Years Spend". */
export const FLOW_WORD_ALONE = /^(costs?|spend|expenditures?|expenses|payments|receipts|revenues?|income)$/;

/** A heading naming one block of a table that holds both: "Income", then "Expenditure". */
export const BLOCK_HEADING = /^(income|expenditure|receipts|payments|revenues?|expenses|costs)$/i;

/** A row that adds up the table or its block: "Total", "Grand total", "Net total", "Expenditure totals". */
export const TOTAL_LABEL = /^(grand\s+|net\s+|overall\s+)?total\b|\btotals?$/i;

/**
 * The sum an authority's budget comes to, named for what it is to be met by rather than as a
 * total: "Amount to be financed", "Net budget requirement", "Council tax requirement". It may add
 * up as few as two rows (the spending on services less the income), on one figure alone.
 */
export const BOTTOM_LINE_NAME = /^((net|gross|total)\s+)?(budget|council\s+tax|precept)\s+requirement$|^(\S+\s+){1,3}(council\s+tax|precept)\s+requirement$|^net\s+(revenue\s+)?budget$|^total\s+budget$|^amount\s+to\s+be\s+(financed|funded|met)$|^net\s+expenditure\s*\/\s*budget\s+requirement$/i;

/** A sum's name and nothing more: "Total", "Sub-total", "Totals". */
export const BARE_SUM_NAME = /^(sub[\s-]*)?totals?:?$/i;

/** A row that adds up a section: "Sub-total", "Systems (Sub Total)", "Output costs subtotal excluding COVID-19 expenditure". */
export const SUBTOTAL_LABEL = /^sub[\s-]*totals?\b|\bsub[\s-]*totals?\)?$|\bsubtotals?\b/i;

/**
 * The year's result worked from a table's total ("Net Surplus", "Deficit for the year",
 * "Net expenditure after precept", "Excess (deficiency) of revenues over expenditures", an NHS
 * trust's "EBITDA", its income less its operating costs; an Australian council's "Operating
 * Result", its operating revenue less its operating expenses; a US library district's "CHANGE IN
 * FUND BALANCE", its revenue less its expenditures; a "Loss" alone, the costs less the income):
 * the lines between that total and it belong to the table. (An asset revaluation surplus is a
 * reserve, "Changes in asset revaluation surplus" a line of other comprehensive income, no
 * result of the year.)
 */
export const YEAR_RESULT_LABEL = /^net\b|^gross (profit|margin)\b|^(operating|fiscal) (balance|result)s?\b|(?<!\brevaluation )\b(surplus|deficit)\b|^ebitda?\b|^excess\b|^(excess \()?deficiency\b|^(total )?revenues? over \(?under\)? expenditures?\b|^change in fund balances?\b|^(net\s+)?loss(\s+for\s+the\s+(year|period))?$/i;

/**
 * Rows of a money table that are not money: ratios and percentages, never added into a total.
 * "% of invoices paid within 30 days" is one; "0.5% Contingency Reserve" is money. So are a
 * council tax base and a precept per Band D property, and headcounts ("Enrollments", "Dorm Counts", "WTE", a
 * school's "Average Daily Attendance"; not an
 * action named for them, "Implement Standardized Enrollment Processes").
 */
export const MEASURE_ROW_LABEL = /^%|\benroll?ments?\s*(\([^)]*\))?\s*$|\baverage daily (attendance|membership)\b|\bhead ?counts?\b|\b(dorm|bed|pupil|student) counts?\b|^(fte|wte)s?\b|\(%\)|%\s*of\b|\bper ?cent(age)?\b|\bratio\b|\bnumber of\b|\(number\)|\b(average )?staffing levels?\b|\bno\. of\b|\btax ?base\b|\bper band\b|\bband ["“]?d["”]?(?![a-z])/i;

/**
 * Memorandum rows: a part of a line above shown again ("NHS Professionals Spend Included within
 * Agency", "of which: agency"), or the difference of two columns above worked out on a row of
 * its own ("Gross Expenditure Variance from Approved 06/07 budget"). Never a line, never in a
 * total: it would be counted twice.
 */
// (And the year's rise in the budget set under its lines, "BUDGET INCREMENT": no line of it; a
// table of budget movements' "Budget Increases" and "Budget Decreases" are its lines.)
export const MEMO_ROW_LABEL = /^budget increment$|\bincluded (with)?in\b|\bof which\b|^memo(randum)?\b|\(memo\)|\bvariances? (from|against|to) (the )?(approved|original|revised|budget|mid[- ]year|forecast|last|previous)\b/i;

/**
 * A table's bottom line that sets one block against another ("Net Budget Performance",
 * "Increase/(Decrease) in Cash": receipts less payments, under the payments' total): not a line,
 * and not a sum of the lines above it.
 */
export const NET_RESULT_LABEL = /^net (budget )?(performance|position|result)\b|^(net )?increase ?\/ ?\(?decrease\)? in cash/i;

/**
 * A name with no figures that states what a sum below it leaves out ("Income without precept",
 * "Expenditure excluding capital") captions that sum; it is not a line still to be filled in.
 */
export const SUM_CAPTION_LABEL = /\b(without|excluding|excl\.|exclusive of|net of)\s+\S/i;

/**
 * A heading over indicators, not money lines ("Financial Health Indicators", "Key Performance
 * Indicators"): the rows under it are measures ("Rev. Projected Year End $227.2M", "Projected
 * Fund Balance as %"), never lines of the table.
 */
export const INDICATORS_HEADING = /\b(indicators?|kpis?|key (performance )?measures|performance measures|statistics|metrics)\b/i;

/**
 * Rows of a budget table that state a balance held, or the cash drawn against a limit, not money
 * spent or received ("total Funds cumulative": the income with the balance brought forward):
 * never a line, never in a total. "Contribution to balances" is spending, and
 * stays a line. ("Carry Over from Last Year: $14,890.44" over a PTO's budget is its balance; "GENERAL
 * FUND BALANCE" under a parish's account heads its balance brought forward and what is added to it;
 * "Cash funds at 1 April 2022" under a charity's receipts and payments is the cash it held.)
 */
export const BALANCE_ROW_LABEL = /\b(opening|closing|account|bank|cash|beginning|ending|starting) (fund )?balance\b|^general fund balance\b|^(cash( funds)?|funds|reserves|balances?)\s+(held\s+)?(as\s+)?(at|on)\s+(\d{1,2}(st|nd|rd|th)?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(beg|ending)\.? fund bal\b|\bfund balances?,? ?([-–] ?)?(at )?(the )?(beginning|end|start)\b|\bfund balances?,? ([-–] )?(as (at|of) |at |on )?(\d{1,2}(st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2},? )?(19|20)\d\d\b|\bfund balances?,? [-–] (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}$|\bprior year encumbrances\b|\bfunds (cumulative|available)\b|\b(expendable\s+|available\s+)?funds\s+(remaining\s+|left\s+)?after\b|\bcumulative funds\b|\bcash drawdown\b|\bbalance (on|at|as at|brought|carried|b\/fw?d?|c\/fw?d?)\b|\b(brought|carried) forward\b|\bcarr(y|ied)[- ]?\s*over\s+(from\s+(last|the\s+last|the\s+previous|previous|prior)\s+(year|period)|balance)\b|\b[bc]\/fwd?\b|\b(cash|reserves?|balances?)\b[^.]*\bat (the )?(year|month|period)[- ]end\b|\byear[- ]end (cash|reserves?|balances?)\b/i;

/** A figure column headed as a surplus: every line of its table is read as income is (more is better). */
export const SURPLUS_HEADER = /\bsurplus\b|\(deficit\)/i;

/**
 * Income lines, whose colours invert (more is good) and whose variances may be signed the other
 * way; a surplus is read the same way ("Operating surplus before interest", "Operating (deficit)
 * after interest", a surplus shown in brackets when it is a deficit).
 */
/** A row named for a block of money and nothing else ("Expenditure", "Income", "Gross Costs"): under its lines, their sum. */
/** The words of money going out, as a header or a total names its flow: "Actual Expense", "Directorate Expenditure Total". */
export const FLOW_OUT_WORDS = /\b(expenses?|expenditures?|spend(ing)?|costs?|payments)\b/i;
/** The words of money coming in: "Actual Revenue", "Directorate Income Total". */
export const FLOW_IN_WORDS = /\b(revenues?|income|receipts)\b/i;

export const BLOCK_NAME_LABEL = /^(gross\s+)?(expenditure|expenses|spending|payments|costs|income|receipts|revenues?)$/i;

/** A sum or heading named for both sides of a flow: "SOURCES/USES", "Sources & Uses", "Sources (Uses)", "In/Out". */
export const BOTH_SIDES = /\b(sources?\s*(\/|&|and|\()\s*uses?|in\s*\/\s*out)\b/i;
/** A line of the side a both-sides sum takes away: "Transfers Out", "b) Uses". */
export const TAKEN_AWAY_SIDE = /\b(out|uses)\b/i;
/** A name between asterisks, as a county ledger marks its sums: "*EXPENDITURE ACCOUNTS*", "***TOTAL***". */
export const STARRED_SUM = /^\*+[^*]+\*+$/;
/** The words of a difference that say which way it runs: "(over) under", "over/(under)", "fav/(adv)". */
export const DIRECTIONAL_DIFFERENCE = /(^|\s)\(?over\)?\s*(\/\s*)?\(?under\)?(\s|$)|(^|\s)\(?under\)?\s*(\/\s*)?\(?over\)?(\s|$)|\bfav(ourable)?\s*\/?\s*\(?(adv|adverse|unfav)/;

/** A line or heading that names spending: "Expenditures", "Salaries", "Transfers Out", "Uses". */
export const SPENDING_WORDS = /\b(expenditures?|expenses?|spend(ing)?|costs?|salar(y|ies)|wages|pay|benefits|supplies|services|outgo(ing)?|payments?|out|uses)\b/i;

// (A charity's "Incoming resources", as its statement of financial activities names its income.)
export const INCOME_WORDS = /\b(income|incoming resources|receipts?|recharges?|revenues?|grants? received|capital grants? and (local )?contributions|fees and charges|surplus)\b|\(deficit\)|\b(increase|change)\s*(\/\s*\(?decrease\)?\s*)?in (net position|net assets|fund balance)\b/i;

/**
 * A total of income alone ("Total Operating Revenue", "Total Income"): the lines it adds up are
 * income, whatever each is called ("Regional Rates", "Levies"). Not a total of income and
 * spending together, nor a net result ("Net income", "Total income less expenditure").
 */
export const INCOME_TOTAL_LABEL = /^(?=.*\b(income|receipts|revenues?)\b)(?!.*\b(net|expenditures?|expenses|costs?|spend(ing)?|payments?|outgoings|surplus|deficit|less|and)\b)/i;

/**
 * A total of spending alone ("Total Expense", "TOTAL EXPENDITURES", "Total Operating Costs"): the
 * costs side, though revenue netted against some costs ("Suds Revenue" under the expenses) is
 * among what it adds up. Not a total of both sides ("Total Income and Expenditure").
 */
export const SPENDING_TOTAL_LABEL = /^(grand\s+)?total\s+(operating\s+)?(expenses?|expenditures?|costs?|payments?|outgoings|spending)$/i;

/**
 * A result that is more the better ("Operating Surplus / (Deficit)", "Net Surplus"): what it adds
 * in counts as income does (a "Non-operational movements" line, a cost printed negative). Not a
 * deficit printed positive ("(Surplus) / Deficit", "Net deficit"). A government's "Fiscal Balance" or
 * "Net Operating Balance" is a surplus so named.
 */
export const SURPLUS_RESULT_LABEL = /(?<!\(\s*)\bsurplus\b(?!\s*\))|\(\s*deficit\s*\)|^(net )?(operating|fiscal) balance\b/i;

/**
 * A title line naming the table's figures as surpluses and nothing else ("Total operating surplus
 * / (deficit)", "Net surplus by service"): each line is a surplus, more the better.
 */
export const SURPLUS_TITLE = /^(total |net |operating |gross )*surplus ?\/? ?\(?deficit\)?( by \w+( \w+)?)?$|^(total |net |operating |gross )*surplus( by \w+( \w+)?)?$/i;

/**
 * A savings programme's columns: its target ("Required Saving", "Target Saving", "Target Amount")
 * and what is delivered or forecast ("Forecast Saving", "Savings achieved", "Delivered Amount").
 * Read as income is: less than the target is the shortfall.
 */
export const SAVINGS_TARGET_HEADER = /\bsavings?\b|\befficienc(y|ies)\b|\bcip\b|\bcost improvements?\b|\btargets?\b/i;
export const SAVINGS_MADE_HEADER = /\bsavings?\b|\befficienc(y|ies)\b|\bcip\b|\bcost improvements?\b|\bdelivered\b|\bachieved\b/i;

/** "at M3", "as at month 7", "at period 8": when a report was made. */
export const STAMP_PHRASE = /\b(as )?at (month|m|period|p) ?\d{1,2}\b/g;

/** The financial year's end as a date: "31 March 2016", "31st March 2016", "31/03/2016", "March 31, 2012" (a Canadian department's). */
export const YEAR_END = /\b(?:31(?:st)?\s+march,?|march\s+31(?:st)?,?|31[/.-]0?3[/.-])\s*((?:20)?\d\d)\b/;

/** A bullet before a line's name in a printed list: " - Home to School Transport", "• Rent". */
export const BULLET = /^[-–•·*]\s+(?=\S)/;

/** A branch of a breakdown drawn as a tree under the line it breaks down ("├── Insurance", "└── Zine"). */
export const TREE_BRANCH = /^[\s│|]*[├└┣┗`+]\s*[─━-]{1,3}\s*(?=\S)/;

/** The dots that lead a printed name to its figures ("Tax liens........."): not part of the name. */
/** A column of words about the figures, never a figure: "Comments", "Variance explanation", "Action". */
export const NOTES_HEADER = /^(comments?|notes?|narrative|commentary|remarks|explanations?|reasons?( for (the )?variances?)?|variance (explanations?|commentary|narrative|comments?|notes?)|explanation of (the )?variances?|actions?( required| plan| taken)?|rag comments?)$/;

export const LEADER_DOTS = /\s*(?:\.\s*){3,}$|\s*…+\s*$/;

/** A form's sign mark before or after a line's name: "(+) Income", "Events and Activities (-)", "(=) Balances carried forward". */
export const SIGN_MARK = /^\s*\(\s*[-+=−–]\s*\)\s+|\s+\(\s*[-+=−–]\s*\)\s*$/;

/** A footnote's mark after a line's name: "Other [1]", "Grants [a]", "Fees²", "Employee Benefits *". */
export const FOOTNOTE_MARK = /\s*(?:\[(?:\d{1,2}|[a-z])\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=\S)\s+\*{1,3})$/;

/** A figures column's heading that names nothing of its own: none, or "Total" alone. */
export const NO_HEADING_OF_ITS_OWN = /^(totals?)?$/;

/**
 * A statement's title at a date within its year: "Cash Flow Statement as at March 31, 2014",
 * "Position as at 30 September 2013", "for the period ending 31 March, 2014".
 */
export const STATEMENT_AS_AT_A_DATE = /\b(?:as (?:at|of)|period end(?:ing|ed))\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b/i;

/** A footnote's mark alone in a cell, in a column of marks beside the figures: "(a)", "(b)", "[1]", "*", "†". */
export const LONE_FOOTNOTE_MARK = /^(?:\((?:[a-z]|\d{1,2})\)|\[(?:[a-z]|\d{1,2})\]|\*{1,3}|[†‡])$/i;

// ---------------------------------------------------------------- risk registers

/** A field of a form's sign-off, its label alone in a cell: "Signed", "Print name", "Date", "Approved by:". */
export const SIGN_OFF_FIELD = /^(signed|signature|print(ed)? name|name|date|position|job title|approved by|assessed by|reviewed by|assessor)\s*:?$/i;

/**
 * A column that numbers what the register lists, by a word or its abbreviation and "No" or
 * "Number" ("Para No" of a route's description, "Haz No.", "SR No."): the risk's reference,
 * whatever the numbered thing is called. Not "Yes/No", an answer's column.
 */
export const NUMBERING_HEADER = /^[a-z]{1,10}\.? ?(no\.?|number)$/;

/** The number sign after what the register lists, or alone: "Risk #", "Hazard #", "#". */
export const NUMBER_SIGN_HEADER = /^((risk|hazard|issue|item) ?)?#$/;

/** A short reference: "GB35", "SR1A", "1.2", "CR-04". */
export const REF_VALUE = /^[A-Z]{0,4}[ -]?\d{1,3}(?:[.-]\d{1,3})?[A-Z]?[.)]?$/i;

/** A note under a table: "* See …", "Note: …", "Source: …". */
export const FOOTNOTE = /^(\*|†|‡|note\b|notes\b|source\b|see\b|nb\b)/i;

/** A numbered part of a register, however long its title: "Section One : Areas where ...", "Part 2 – ...", "Principal objective 1: ...". */
export const SECTION_HEADING = /^(section|part)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|[a-h])\b|^(principal |strategic |corporate )?(objective|ambition|aim|goal|priority)\s*\d+\s*[:.–-]/i;

/**
 * A page's footer printed under a register: "Page 1", "Page 2 of 5", or when it was reviewed
 * ("Reviewed and amended February 2015", "Last updated 03/2021").
 */
export const PAGE_FOOTER = /^page \d+( of \d+)?$|^(last )?(reviewed|updated|amended|approved|adopted)\b.*\b((19|20)\d\d|\d{1,2}\/\d{2,4})\b/i;

/** Words in a score's cell that say the risk is no longer live: "Risk Not Active", "Closed". */
export const INACTIVE_WORDS = /\b(not active|inactive|closed|no longer (a )?risk|retired|deactivated|archived)\b/i;


/** A header that may name a column of grades: read as one where the cells below hold grade words. */
export const GRADE_ONLY_HEADER = /\b(risk assessment|assessment|rating|risk rate|risk level|hazard level|level of risk|risk factor|risk grade|grade|grading|classi\S*tion|category|score|(inherent|initial|gross|current|residual|net|target|overall|resulting) risk)\b|^risk$|^((inherent|initial|gross|current|residual|net|target|revised|new) )?level$/;

/**
 * A score column whose header writes its product consequence first ("Impact x Likelihood =
 * Total", "S x L"): its cells' "5x4=20" is impact 5, likelihood 4.
 */
export const CONSEQUENCE_FIRST_PRODUCT = /\b(impact|consequence|severity|i|c|s)\s*[x×*]\s*(likelihood|li[ck]e?l[iy]?hood|probability|l|p)\b/i;

/** A score column of an earlier review ("Previous rating", "Last quarter's score"): context, no slot of the risk now. */
export const EARLIER_REVIEW = /\b(previous|prior|last (quarter|month|period|review)('s)?)\b/i;

/**
 * The risk a card opens with: its reference and its name, on one line ("5. Reliance on
 * afforestation", "SR1A Failure to publish", "1.1 Failure to recruit").
 */
/** A card's label for the risk it is about, where it prints no reference: "Principal Risk:", "Risk description". */
export const CARD_RISK_LABEL = /^(principal |strategic |corporate )?risk( title| description)?\s*:?$/i;

export const CARD_REF = /^((?:baf|risk|sr|cr|br|[a-z]{1,3})?\s?\d{1,3}(?:\.\d{1,2})?[a-z]?)(?:\s*[-–—:.)]\s*|\s+)([a-z].*)$/is;

/**
 * Two ratings in one cell split by a comma, "4,3" (a Word register's "Inherent Assessment"): the
 * pair a score is of, their order not said in the cell. Single digits each, so no amount
 * ("4,300") reads as one.
 */
export const RATING_DIGITS_PAIR = /^([1-9])\s*,\s*([1-9])$/;

/** A product written out in a cell with words around it: "High Risk 4 x 4 = 16", "3 x 4 = 12 December 2024". */
export const PRODUCT_IN_TEXT = /\b(\d)\s*[x×*]\s*(\d)\s*=\s*(\d{1,2})\b/i;

/** The words registers grade risks with, when they grade in words alone. */
export const GRADE_WORD = /^(no risk|trivial|tolerable|substantial|intolerable|very low|low|low[- ]medium|low ?\/ ?med(ium)?|medium|med|moderate|medium[- ]high|med(ium)? ?\/ ?high|high|very high|extreme|significant|critical|minor|major|l|m|h|green|amber|red)$/i;

/**
 * A reference at the start of a risk's title, where there is no reference column: "1 - Primary
 * care ...", "BAF 3: ...", a Datix number "1048: ...", a number run into its name ("2a.Laser"), and a numbered point before a space alone ("1.1 COG lacks ..."), where
 * a whole number alone would be a count ("3 councillors ...").
 */
export const LEADING_REF = /^((?:baf|risk|sr|cr|br)?\s?\d{1,5}(?:\.\d{1,2})?[a-z]?)(?:\s*[-–—:.)]\s+|\.(?=[a-z]{2})|(?<=\d\.\d{1,2})\s+)(\S[\s\S]*)$/i;

/** A register's header cell that names a slot and nothing else ("Initial", "Current Risk"), under the measure it shares with its neighbours. */
export const SLOT_ALONE = /^(inherent|initial|gross|original|current|present|residual|net|mitigated|target|pre[- ]?mitigation|post[- ]?mitigation|final result)( risk| hazard)?\*?$/;

/** The words that say a column alone is a budget: not "Target" or "Plan", which head performance indicators too. */
export const BUDGET_ALONE = /\b(budgets?|budgeted|appropriat(ed|ions?)|ordinance amounts?|precept|estimates?|allocations?|approved|adopted|agreed)\b/i;

/**
 * A cell of a RAG key printed over a table ("2% to 5% | Amber | >5% | Red"): a colour or a
 * threshold of a percentage. A row of them is the key, not labels over the columns.
 */
export const RAG_KEY_CELL = /^(red|amber|green|[<>]=?\s*\d+(\.\d+)?\s*%|\d+(\.\d+)?\s*%?\s*(-|–|to)\s*\d+(\.\d+)?\s*%)$/i;

/**
 * A figure column headed only as an amount ("Amount", "£", "Value"), or as the amount a funding
 * request asks ("Requested Amount", "Minimum Request Amount"): what it is, the title above says.
 */
// (With its currency after it, "amount_zmw" as a CSV heads it, or "Amount £".)
export const AMOUNT_HEADER = new RegExp(`^(amount|amounts|amount (£|€|\\$|${CURRENCY_CODES})|£|value|sum|total|((minimum|maximum|total) )?(requested amount|request amount|amount requested))$`);

/**
 * A column of impact scored for one area: the area's name or its code ("S", "H", "E", "F", "D1").
 * L, C, I and R are a register's own likelihood, consequence, impact and rating, never areas.
 */
export const IMPACT_AREA = /^(s|h|e|f|p|d\d|safety|health|health (and|&) safety|patient safety|environment(al)?|financ(e|ial)|reputation(al)?|service( delivery)?|services|legal|legal (and|&) regulatory|regulatory|compliance|people|staff|stakeholders?|community|customers?|operational|operations|strategic|political|quality|property|assets|technology|information)$/;

/** A register's own name, printed again as a page heading under its header row. */
export const REGISTER_NAME = /\b(risk register|board assurance framework)\b/i;

/** Words saying a sheet's figures are one month's: "For the month of July 2021" (not "for the month ending", a report as at a month's end). */
export const MONTH_ONLY = /\bfor the month of\b/i;

/**
 * Words saying the year a sheet reports is over: "for the year ended", "actuals ... ended as
 * follows", "Results of the 2012/13 audits", "Summary of 2012/13 financial results".
 */
// (Notes to the year's accounts "at the end of December 2023": accounts are drawn up for a year, at its end.)
export const YEAR_ENDED = /\b(?:financial )?results (?:of|for) (?:the )?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b|\b(?:19|20)\d\d\s*[/-]\s*\d{2,4} financial results\b|\byears? ended\b|\bactuals?\b[^.]{0,60}\bended\b|\b(?:the|annual|year'?s|statement of) accounts\b[^.]{0,20}\bend of\b/i;

/** A title that sets a budget: "CGPC Agreed Budget 2024-2025", "Precept 2019/2020", "Revenue Estimates 2021/22". */
export const BUDGET_SETTING_TITLE = /\b(budgets?|precept|estimates|spending proposals)\b/i;
/** A title setting money over years: "Draft capital programme 2017/18 – 2021/22", "Capital Investment Summary", "3 Year Revenue Budgets". */
export const PLAN_OVER_YEARS_TITLE = /\b(budgets?|capital\s+(programme|program|investment|plan)|financial\s+plan|medium[- ]term)\b/i;
/** A title that reports on a year under way, whatever budget it names. */
export const MONITORING_TITLE = /\b(monitoring|actuals?|outturn|report|position|to date|month|quarter|period|variance|spend|spending(?! proposals)|performance)\b/i;

/** A difference named as a change ("Change", "Increase (Decrease)"): between years, as often as not. */
export const CHANGE_WORDS = /\b(changes?|diff|difference|increases?|decreases?|movements?)\b/;
/** A difference named by the two years it compares ("Variance 2020-21 vs 2019-20", "2025 v 2024"): a change between years. */
export const BETWEEN_YEARS = /\b((?:fy\s*)?(?:19|20)?\d\d(?:\s*[/-]\s*\d{2,4})?)\s+(?:vs?\.?|versus|against|compared (?:to|with))\s+((?:fy\s*)?(?:19|20)?\d\d(?:\s*[/-]\s*\d{2,4})?)\b/i;

/** A sentence saying which year's budget is being set: "will set the precept for 2017/18", "setting the budget for 2024-25". Group 1 is the year. */
export const SETS_BUDGET_FOR = /\bset(?:s|ting)?\s+(?:the\s+)?(?:budget|precept)\s+for\s+((?:19|20)\d\d\s*[/-]\s*\d{2,4})/i;

/**
 * The stages a budget passes through before it is set, earliest first, as a column names them
 * beside its year with no budget word ("FY26 DEPT | FY26 ADMIN", "REQUEST 2006 | RECOMMENDED
 * 2006"): the department's request, then the recommendation of the administrator, manager,
 * mayor or finance committee. The council's adoption ("Approved", "Adopted") is a budget word.
 */
export const BUDGET_STAGES: ReadonlyArray<RegExp> = [
  /^(dept|department|departmental|dept req|department req|dept request|department request|departmental request|request|requests|requested|req)$/,
  /^(admin|administrator|administrator's|administrator rec|administrator recommended|recommended|recommendation|rec|manager|manager's|manager recommended|town manager|mayor|mayor's|mayor recommended|mayor's proposed|proposed|fincom|fin com|finance committee|finance committee recommended|fincom recommended)$/,
];

/** A score cell naming the scale its column uses: "L/M/H", "H/M/L", "(1-25)", "1 - 5". */
export const SCALE_CELL = /^(?:[hl] ?\/ ?m ?\/ ?[hl]|\(?\d{1,2} ?[-–] ?\d{1,2}\)?)$/i;

/** A scale's levels, lowest first, as a column's whole header: "VL", "L", "Medium". */
export const SCALE_LEVELS: ReadonlyArray<RegExp> = [/^(vl|very low)$/, /^(l|low)$/, /^(m|med|medium|moderate)$/, /^(h|high)$/, /^(vh|very high)$/];

/** A mark put in a box of a scale: "X", a tick, a dot. */
export const MARK = /^(x|✓|✔|•|\*|yes|y)$/i;

/** The words of a 3x3 matrix's three levels, and the rating each is: a likelihood or impact of High is 3. */
export const THREE_LEVEL_VALUES: ReadonlyMap<string, number> = new Map([['low', 1], ['l', 1], ['medium', 2], ['med', 2], ['m', 2], ['high', 3], ['h', 3]]);

/**
 * A template's guidance under a score column's header, telling how to fill it: "Rate 1 (LOW) to
 * 5 (HIGH)", "Score 1-5", "(IMPACT X PROBABILITY) Address highest first". Not a risk's score.
 */
export const SCALE_GUIDANCE = /\b[1-9]\b[^\d]{0,12}?(?:\bto\b|-|–)\s*[1-9]\d?\b|\b(?:likelihood|impact|probability|consequence|severity)\s*[x×*]\s*(?:likelihood|impact|probability|consequence|severity)\b/i;

/**
 * How severe each grade word is (GRADE_WORD's words), 1 very low to 5 very high, halves between
 * ("Low/Medium" above Low, below Medium). Tried in order.
 */
export const GRADE_WORD_LEVELS: ReadonlyArray<readonly [number, RegExp]> = [
  // (The HSE's five-level estimator, "Trivial Risk" to "Intolerable Risk", as well.)
  // ("No Risk" beside "Low" in a football club's COVID-19 assessment: the lowest band.)
  [1, /^(no risk|very low|negligible|insignificant|trivial)$/],
  [2.5, /^(low[- ]medium|low ?\/ ?med(ium)?)$/],
  [3.5, /^(medium[- ]high|med(ium)? ?\/ ?high)$/],
  [5, /^(very high|extreme|critical|severe|intolerable)$/],
  [2, /^(low|l|green|minor|tolerable)$/],
  [3, /^(medium|med|moderate|m|amber|yellow)$/],
  [4, /^(high|h|red|major|significant|substantial)$/],
];

/**
 * A line over a table naming the year it is for: "Financial Year 2019/2020", "Budget 2019/20",
 * "Precept for the year 2024-25" (read with its year; several spaces read as one).
 */
export const YEAR_TITLE = /^(financial |fiscal )?year\b|^(budget|precept|estimates?)s? (for )?(the )?(financial |fiscal )?(year )?/i;

/**
 * The title of another statement printed under a budget ("BALANCE SHEET AT JULY 1, 2012",
 * "Statement of Financial Position", "Cash Flow Statement"): its assets and liabilities are no
 * lines of the budget above. So is a reconciliation of the budget's basis to the accounts'
 * ("Reconciliation of Budgetary Basis to GAAP Basis:"), and where a club's surplus is held
 * ("Total Surplus represented by:", then its cash at bank and in hand).
 */
export const OTHER_STATEMENT_TITLE = /^(balance sheets?|statements? of (financial position|net assets|cash flows?)|cash ?flow (statement|forecast)|statement of reserves|reconciliation of (the )?budget(ary)? basis)\b|^[^.]{0,60}\brepresented by:?$/i;

/** A title that opens another year's accounts: "Financial Year 2019/2020", "Fiscal year 2024". */
export const ANOTHER_YEARS_TITLE = /^(financial|fiscal) year\b/i;

/** "Budget basis", "budgetary basis", "GAAP basis": how an actual is stated, naming no measure. */
export const BASIS_OF_ACCOUNTING = /\b(budget(ary)?|gaap|non[- ]gaap|cash|accruals?|modified accrual)\s+basis\b/i;

/** A budget revised since it was set: "Revised", "Latest", "Amended", a quarter's review ("QBRS"), an interim report's ("1st Interim"). */
export const REVISED_BUDGET = /\b(revised|current|latest|updated|amended|amendment|adjusted|qbrs|reviewed|interim|supp)\b/;
/** A revision named alone over a column, with no budget word of its own: "Amended", "Revised". */
export const REVISION_ALONE = /^(revised|amended|adjusted|updated)$/;

/** The last stage of setting a budget, named alone beside its year: "2015 Approved", "Adopted 2022". */
export const FINAL_STAGE = /^(approved|adopted|final|agreed|set)( budget)?$/;

/** A budget named as already set by the body that sets it: "Approved Budget 2014", "Budget voté 2014", "Adopted 2022". */
export const APPROVED_STAGE = /\b(approved|adopted|agreed|enacted)\b/;

/** A budget put for the year after the current one: "Budget Estimates for Next Year 2016-17". */
export const NEXT_YEAR = /\bnext (financial |fiscal )?year\b/;
/** The year under way, named so: "Budget Estimates for the Current Year 2015-16". */
export const CURRENT_YEAR = /\b(current|this) (financial |fiscal )?year\b/;

/** A caption over the names naming a budget or plan: "Spending plans | 2023/24 | 2024/25". */
export const BUDGET_CAPTION = /\b(budgets?|spending plans?|financial plans?|estimates|precepts?)\b/;

/** The names of a budget's lines as a header names them: "Budget Heading", "Budget line". */
export const BUDGET_HEADINGS_CAPTION = /\bbudget (headings?|lines?|items?|heads?|areas?)\b/;

/** A line naming money carried forward to next year: "Carried forward", "Balance c/fwd". */
export const CARRIED_FORWARD = /^(balance )?(carried forward|c\/fwd?)$/i;

/** A title or footnote saying a table counts staff, not money: "Staff complement", "Full-time equivalent", "WTE". */
export const HEADCOUNT_TITLE = /\b(staff(ing)? (complement|numbers|in post)|head ?counts?|(full|whole)[- ]time equivalents?|fte|wte)\b/i;

/** Words that say a header or title is about money, whatever else it counts. */
export const MONEY_WORD = /[£$€]|\b(costs?|pay|spend|spent|expenditure|salar(y|ies)|income|budget)\b/i;

/** A document's title where a column's name would be: "Budget Revision Summary", "Budget Monitoring Report". */
export const DOCUMENT_TITLE = /^(\w+ ){1,4}(summary|report|statement|book|pack)$/;

/** "Act" alone, under a year ("2013" over "Act" beside "2014" over "Bud"): that year's actual. Alone it may be a territory's name. */
export const ACTUAL_ABBREVIATION = /^act\.?$/i;

/**
 * A column header counting things, not money: "Budgeted Deliveries" (acre-feet of water) beside
 * "Budgeted Revenue", "Planned Activity (attendances)", "Actual FTE". Such a column is no budget or
 * actual of the table's money, unless the header says money too (MONEY_HEADER_WORD).
 */
export const QUANTITY_HEADER = /\b(deliveries|volumes|units|hours|visits|admissions|attendances|appointments|contacts|referrals|tonnes|tons|gallons|litres|acre[- ]?f(ee|oo)t|kwh|mwh|head ?counts?|fte|wte|patients|pupils|students|enrol+ments?|places|beds|connections|trips|passengers|boardings|ridership)\b/i;

/** Words that make a header about money, for QUANTITY_HEADER: "Revenue", "Cost per visit", "£". */
export const MONEY_HEADER_WORD = /[£$€]|\b(costs?|pay|spend|spent|expenditure|salar(y|ies)|income|revenues?|amounts?|fees?|charges?|value|£000|\$000)\b/i;

/** A line naming a reserve or a balance held: "Capital Development Reserve", "General Fund balance". */
/**
 * A sentence of four words or more ending in a colon, with a verb or a pointer in it ("This is
 * funded as shown below:", "How our budget requirement has changed:"): it introduces the table
 * under it. (Not a heading, "Other Financing Sources (Uses):", "Drug & Alcohol Services:".)
 */
export const INTRODUCES_WHAT_FOLLOWS = /^(?=.*\b(is|are|has|have|was|were|will|below|follows?|shown)\b)\S+(\s+\S+){3,}\s*:$/i;

/**
 * A title that says the money is to be spent, a budget for the year ahead: "How Your Money Will
 * Be Spent", a council's "Spending plans", a council tax leaflet's "What your Council Tax pays
 * for", "How we spend your Council Tax" and "How Council Tax is calculated and spent".
 */
export const SPENDING_PLAN_TITLE = /\b(will\s+be|is\s+to\s+be|to\s+be)\s+spent\b|\bplanned\s+(spending|expenditure)\b|^\s*spending\s+plans?\s*$|\byour\s+council\s+tax\s+pays\s+for\b|\bhow\s+we\s+spend\s+your\b|\bhow\s+(your\s+)?council\s+tax\s+is\s+(calculated\s+and\s+|set\s+and\s+)?spent\b/i;

/** A heading over the money coming in to a statement of sources and uses: "Sources of Funds", "Sources", "Resources available". */
export const SOURCES_HEADING = /^(sources( of funds?)?|funding sources|resources available|available resources)\s*:?$/i;

/** A result named for both flows, one taken from the other: "Income less Expenditures", "Revenues over Expenses". */
export const ACROSS_FLOWS_RESULT = /^(total )?(income|revenues?|receipts)\s+(less|over|minus)\s+(total )?(expenditures?|expenses|payments|costs)\b/i;

/** A council tax band named alone ("A", "Band D"): a line of a charge per property, not of a budget. */
export const COUNCIL_TAX_BAND = /^(band\s*)?[a-i]$/i;

export const RESERVE_LINE = /\b(reserves?|balances?|provisions?)\b/i;

/** The DCB0129/DCB0160 clinical risk matrix's likelihoods, 1 to 5. */
export const DCB0129_LIKELIHOOD_WORDS: ReadonlyArray<string> = ['Very low', 'Low', 'Medium', 'High', 'Very high'];
/** ... and its severities, 1 to 5. */
export const DCB0129_SEVERITY_WORDS: ReadonlyArray<string> = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'];

/** A rating scale named and listed in one cell: "Impact scale: Critical ...; High ...; Low ...". */
export const SCALE_SENTENCE = /^((?:likelihood|probability|impact|consequence|severity)(?: scale| levels?| ratings?)?)\s*[:–—-]\s*(.+;.+;.+)$/i;
/** The level word a part of such a list starts with ("Critical breaks ledger safety" is Critical). */
export const LEVEL_AT_START = /^((?:very |almost |extremely )?(?:negligible|insignificant|minimal|minor|low|moderate|medium|significant|serious|high|major|severe|critical|catastrophic|extreme|rare|unlikely|possible|likely|certain))\b/i;
/** The top of a scale: a list starting with it runs highest first. */
export const TOP_LEVEL = /^(very high|critical|catastrophic|extreme|severe|almost certain|certain|extremely likely)$/i;

/**
 * The words a header run together with no spaces or capitals may be made of ("RISKASSESSMENT",
 * "actualtodate"): a run is split only where it is nothing but these.
 */
export const RUN_TOGETHER_WORDS: ReadonlySet<string> = new Set([
  'risk', 'risks', 'assessment', 'rating', 'score', 'level', 'grade', 'likelihood', 'probability', 'impact', 'consequence', 'severity',
  'inherent', 'initial', 'current', 'residual', 'target', 'gross', 'net', 'mitigated', 'ref', 'reference', 'owner', 'description', 'controls',
  'actual', 'actuals', 'budget', 'budgeted', 'forecast', 'outturn', 'variance', 'annual', 'year', 'to', 'date', 'ytd', 'full', 'original',
  'revised', 'latest', 'total', 'spend', 'spent', 'remaining', 'balance', 'plan', 'planned', 'projected', 'estimated', 'approved', 'month',
]);

/**
 * A line of a key printed in a header cell: a band and its scores, "H 20-36", "Low 1 - 10",
 * "12-18 Medium". Captured: the band's name, its lowest and its top score (1 to 3 where the name
 * comes first, 4 to 6 where the scores do).
 */
export const BAND_LINE = /^(?:([a-z]{1,2}|very low|low|medium|moderate|high|very high|extreme)\s*[:=]?\s*(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})|(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*[:=]?\s*([a-z]{1,2}|very low|low|medium|moderate|high|very high|extreme))$/i;

/** Where a key run on after a header's name starts: "1 = Rare, 2 = …", "(Clear = Low …", "(1-5)" is no key. */
export const INLINE_KEY = /\s\(?\s*[1-5]\s*=\s*[a-z]|\s\((?=[^)]*\b[a-z]+\s*=\s*[a-z])/i;

/** A department's request for a year's budget, in words: "requested", "Request". */
export const REQUEST_WORD = /^(request|requests|requested|dept request|department request|departmental request)$/;

/** A budget put forward, not yet set: "Proposed Budget", "Recommended", "Requested". */
export const PROPOSED_BUDGET = /\b(proposed|recommended|requested)\b/;

/** A risk register's column of money, not of ratings: "Most likely cost of impact (£)", "Cost ($)". */
export const MONEY_HEADER = /[£$€]|\bcosts?\b|\bvalue\b/i;

/** An impact named for its area, as project registers score them apart: "Cost Impact", "Impact on Time"; group 1 or 2 the area. */
export const AREA_IMPACT = /\b(cost|time|schedule|programme|program|quality|scope|safety|reputation(?:al)?|financial|environment(?:al)?) impact\b|\bimpact on (cost|time|schedule|programme|quality|scope|safety|reputation)\b/;

/** A column named only as money going out or coming in, with at most its year: "Expenditures", "FY2016 Revenues". */
export const MONEY_FLOW_ONLY = /^(fy ?\d{2,4}(\/\d{2,4})? )?(expenditures?|expenses|revenues?|receipts|income|payments|net [a-z ]{0,20}costs?\/? ?(\(contribution\))?)$/;

/** A block's sum named by its flow alone, a word before it at most: "Operating Revenue", "Operating Expenditure", "Income". */
export const FLOW_SUM_NAME = /^([a-z]+ )?(revenues?|income|receipts|expenditures?|expenses|payments|costs)$/i;

/** A budget named only as planned or projected for a later year: "FY 2026-27 Budget Plan", "2021 Projected Budget". */
export const PLAN_ONLY_WORDS = /\b(plan(ned)?|projected|projections?)\b/;

/** What a sentence introducing a table names its figures as, where they are budgets: "The formula capital allocations … are detailed in the following table:". */
export const INTRODUCED_AS_BUDGETS = /\b(budgets?|allocations?|appropriations?|spending plans?|estimates)\b/i;

/** A code of three parts, the last short ("20-110-1", "20-123-2"): an account's place in a chart of accounts. */
export const THREE_PART_CODE = /^\d{1,4}-\d{2,5}-\d{1,3}$/;

/** A header naming what is done about a risk: "Control Measures", "Existing controls", "Mitigating actions". */
export const CONTROLS_HEADER = /\b(controls?|control measures|mitigations?|mitigating actions?|precautions)\b/;

/** A title that sets a budget and names no year: "ANNUAL OPERATING BUDGET ESTIMATE", "Adopted Budget". */
export const BUDGET_BOOK_TITLE = /\b(operating budget|budget estimates?|adopted budget|proposed budget|approved budget|annual budget|final budget|budget allocations?|budget book|fund budgets?)\b/i;

/** A budget named at the stage it is set or put forward: "2015 Approved", "Adopted", "Proposed Budget", "Preliminary Budget 2017-2018". */
export const SET_STAGE = /\b(approved|adopted|proposed|recommended|preliminary|draft)\b/;

/** The first line of a name broken over two, ending on a joining mark or word: "Net County Cost/", "Income and". */
export const BROKEN_NAME = /[/&-]$|\b(and|of|to|per)$/i;

/**
 * A page carried on from an earlier one: "(continued)" alone over the header, or after the first
 * heading ("Expenses and expenditures(continued)"); "(cont'd)", "(cont.)", "Continued".
 */
export const CONTINUED_MARK = /\((continued|cont['’]?d\.?|cont\.)\)|^\s*continued\b|\bcontinued\s*$/i;

/**
 * A title naming an account of a year that has happened, what was received and spent, not a
 * budget: "Income & Expenditure Account 1.04.20 - 31.03.21", "2017 Income and Expenditure
 * Accounts", "Receipts and Payments Account", "Statement of Financial Activities".
 */
// (Or as a small body's web page names it, "Income and Expenses 2012", "Income Statement"; or a
// charity's account by its first block, "INCOMING RESOURCES", under the year; or a treasurer's
// "Cash Inflows" and "Cash Outflows" by year.)
export const ACCOUNT_OF_THE_YEAR = /\b(income\s+(and|&)\s+expenditure\s+accounts?|income\s+(and|&)\s+expenses|income\s+statements?|incoming\s+resources|cash\s+(inflows|outflows)|receipts\s+(and|&)\s+payments(\s+accounts?)?|statement\s+of\s+financial\s+activities|financial\s+accounts|annual\s+accounts)\b/i;

/** Who prepared, presented or passed a document, printed beside its title: "Prepared by Financial Controller …". */
export const DOCUMENT_CREDIT = /^(prepared|presented|passed|approved|adopted|compiled|produced|submitted|issued)\b.*\bby\b/i;

/** Headings naming a budget outline's levels over the columns its figures step across: "DETAILS | LINE ITEMS | AMOUNT". */
export const OUTLINE_LEVEL_HEADING = /^(details?|line items?|items?|sub-?items?|breakdown|sub-?accounts?)$/i;
