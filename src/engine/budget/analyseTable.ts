/**
 * From a budget table as read to the figures and checks the board sees: variances and
 * percentages worked out again, the sheet's own variances and subtotals reconciled, a
 * forecast where the sheet has none, and RAG.
 */
import { BudgetSettings, SignConvention } from '../config';
import { AMOUNT_ROLES, AmountRole, BudgetRow, BudgetTable, Check, FIGURE_ROLES, Units } from '../model';
import { RawBudgetRow, RawBudgetTable, roleName } from '../detect/budgetTable';
import { budgetRag } from './rag';
import { difference, isExactlyEqual, precisionOf, statedSumTolerance, sumTolerance } from './precision';
import { normaliseHeader, signStatedBy } from '../detect/roles';
import { BOTH_SIDES, INCOME_TOTAL_LABEL, INCOME_WORDS, SPENDING_WORDS, SURPLUS_HEADER, SURPLUS_RESULT_LABEL, SURPLUS_TITLE, SAVINGS_TARGET_HEADER, SAVINGS_MADE_HEADER, ONLY_AGAINST_A_PLAN, OUTLINE_MARK_AS_PRINTED } from '../detect/vocabulary';
import { CellRange } from '../grid';
import { firstFew } from '../listed';
import { resultOfTheWholeStatement, sumsCarriedFromEarlierPages } from './continuedPage';

export interface TableContext {
  readonly sheet: string;
  readonly title: string | null;
  /** Every line written above the header, the title's and others ("Total operating surplus / (deficit)"). */
  readonly linesAbove: ReadonlyArray<string>;
  readonly units: Units;
  readonly monthsElapsed: number | null;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
}

/** The roles of a table's own figures, as against the variances worked out from them. */
const IS_FIGURE_ROLE = new Set<string>(FIGURE_ROLES);

/** Each typed variance with the actual and budget it should be the difference of. */
const VARIANCE_PAIRS: ReadonlyArray<readonly [AmountRole, AmountRole, AmountRole]> = [
  ['ytdVariance', 'ytdActual', 'ytdBudget'],
  ['forecastVariance', 'forecastOutturn', 'annualBudget'],
];

export function analyseBudgetTable(raw: RawBudgetTable, ctx: TableContext, settings: BudgetSettings): { table: BudgetTable; checks: Check[]; notes: string[] } {
  const colOf = new Map(raw.header.columns.map((c) => [c.role, c.col]));
  const checks: Check[] = [...raw.cellChecks];
  const incomeNames = settings.incomeLines.map((s) => s.toLowerCase());
  // One reading of which lines are income, for their colours and for the sign of their variances.
  // A table whose figures are headed as surpluses ("Planned year to date surplus/(deficit)")
  // is read as income is: more is better, whatever its lines are called.
  // (Every budget and actual column headed so: "Planned year to date surplus/(deficit)" beside
  // "Actual year to date surplus/(deficit)". A projection alone headed "Surplus/(Deficit)", for
  // the table's bottom line, leaves its income and its spending as they are.)
  const figureColumns = raw.header.columns.filter((c) => IS_FIGURE_ROLE.has(c.role));
  // An actual to date added up from months has no cell of its own for the Budget Summary's worked-out budget to take.
  const actualAddedUp = raw.header.columns.some((c) => c.role === 'ytdActual' && c.adds !== undefined);
  // A budget added up month by month to date beside the year's budget, with no forecast typed:
  // the rest of the year's profile gives the forecast.
  const profiled = raw.header.columns.some((c) => c.role === 'ytdBudget' && c.adds !== undefined) && colOf.has('annualBudget') && !colOf.has('forecastOutturn') && !colOf.has('forecastVariance');
  // Or titled so ("Total operating surplus / (deficit)" over each group's figures).
  const surplusTable = (figureColumns.length > 0 && figureColumns.every((c) => SURPLUS_HEADER.test(c.header))) || ctx.linesAbove.some((l) => SURPLUS_TITLE.test(l.trim()));
  // A savings programme ("Required Saving | Forecast Saving | Saving Shortfall"): more saved is
  // better, as more income is, and less than the target is a shortfall, never an underspend.
  const savingsTable = raw.header.columns.some((c) => (c.role === 'annualBudget' || c.role === 'ytdBudget') && SAVINGS_TARGET_HEADER.test(c.header))
    && raw.header.columns.some((c) => (c.role === 'ytdActual' || c.role === 'forecastOutturn') && SAVINGS_MADE_HEADER.test(c.header));
  // Read once per row (a section's name once per section): it is asked of every row several times.
  const sectionIsIncome = new Map<string, boolean>();
  // The lines a total of income adds up are income, whatever each is called ("Regional Rates"
  // and "Levies" under "Total Operating Revenue"); so are those a surplus adds in, not those it
  // takes away ("Non-operational movements" added to the operating surplus).
  const underIncomeTotal = new Set(raw.rows.flatMap((r) => {
    if (r.kind === 'line' || r.label === null || !r.sumOf) return [];
    if (r.lessRows === undefined && INCOME_TOTAL_LABEL.test(r.label)) return r.sumOf;
    return SURPLUS_RESULT_LABEL.test(r.label) ? r.sumOf.filter((x) => !r.lessRows?.includes(x)) : [];
  }));
  const readAsIncome = (r: RawBudgetRow) => {
    if (r.kind === 'section') return false;
    if (surplusTable || savingsTable || INCOME_WORDS.test(r.label ?? '') || underIncomeTotal.has(r.row)) return true;
    const section = r.section ?? '';
    let income = sectionIsIncome.get(section);
    if (income === undefined) sectionIsIncome.set(section, (income = INCOME_WORDS.test(section)));
    return income || (incomeNames.length > 0 && incomeNames.includes((r.label ?? '').toLowerCase()));
  };
  // A net result (the income less the costs) is graded as income is: more is better.
  const incomeRows = new Set(raw.rows.filter((r) => readAsIncome(r) || r.lessRows !== undefined));
  const isIncome = (r: RawBudgetRow) => incomeRows.has(r);
  // (Split once: the table's way round, and each variance column's below, are read from them.)
  const spendingRows = raw.rows.filter((r) => !isIncome(r));
  const incomeRowList = raw.rows.filter(isIncome);
  const { sign: sheetSign, source: sheetSignSource } = sheetSignOf(raw, spendingRows);
  // Income lines may print their variances the other way round: "Fav/(Adv)" is actual − budget
  // for income, budget − actual for spending. Their own figures say; failing that, an income
  // variance is what was received over budget, whatever the table's convention for spending.
  const incomeFigures = sheetSignOf(raw, incomeRowList);
  const incomeSign: SignConvention = incomeFigures.source === 'figures' ? incomeFigures.sign : 'overspend-positive';

  // The last page of a statement ("(continued)"): sums that take in the earlier pages' lines,
  // and the statement's result under them.
  const carried = sumsCarriedFromEarlierPages(raw, ctx.linesAbove);
  const statementResult = resultOfTheWholeStatement(raw, carried);
  const againstPlan = raw.header.columns.some((c) => c.role === 'ytdVariance' && ONLY_AGAINST_A_PLAN.test(normaliseHeader(c.header)));
  const rows: BudgetRow[] = raw.rows.map((r) => {
    const v = r.values;
    const get = (role: AmountRole) => v[role] ?? null;
    let ytdBudget = get('ytdBudget');
    const ytdActual = get('ytdActual');
    // "Actual to Date | Variance (Under)/Overspent" with no budget: the budget the variance is
    // measured against, only where the header says which way round it is (a guessed sign would
    // be a wrong figure). Spending lines only, as for the outturn below.
    const statedYtdVariance = get('ytdVariance');
    // (Income too where the header says the variance is the figure against its plan, "Against Projected".)
    const budgetWorkedOut = ytdBudget === null && !colOf.has('ytdBudget') && !actualAddedUp && !colOf.has('annualBudget') && ytdActual !== null && statedYtdVariance !== null && sheetSignSource === 'header' && (!isIncome(r) || againstPlan);
    if (budgetWorkedOut) ytdBudget = difference(ytdActual, sheetSign === 'overspend-positive' ? statedYtdVariance : -statedYtdVariance);
    const annualBudget = get('annualBudget');
    let forecastOutturn = get('forecastOutturn');
    let forecastMethod: BudgetRow['forecastMethod'] = forecastOutturn !== null ? 'typed' : null;
    // A budget and an actual each month: the actual to date and the budget of the months still
    // to come (the year's budget less that to date), the profile the sheet sets for the rest.
    if (forecastOutturn === null && profiled && ytdActual !== null && ytdBudget !== null && annualBudget !== null) {
      forecastOutturn = annualBudget + difference(ytdActual, ytdBudget);
      forecastMethod = 'profiled';
    }
    if (forecastOutturn === null && !profiled && !colOf.has('forecastOutturn') && !colOf.has('forecastVariance') && ytdActual !== null && ctx.monthsElapsed) {
      forecastOutturn = (ytdActual / ctx.monthsElapsed) * 12;
      forecastMethod = 'straight-line';
    }
    // "Approved Budget | Overspend / underspend (-)": the outturn the variance is of, only where
    // the header says which way round the variance is (a guessed sign would be a wrong figure).
    // Spending lines only: what the header says of an overspend says nothing of income's sign.
    const statedVariance = get('forecastVariance');
    if (forecastOutturn === null && !colOf.has('forecastOutturn') && annualBudget !== null && statedVariance !== null && sheetSignSource === 'header' && !isIncome(r)) {
      forecastOutturn = annualBudget + (sheetSign === 'overspend-positive' ? statedVariance : -statedVariance);
      forecastMethod = 'budget-plus-variance';
    }
    const ytdDiff = ytdActual !== null && ytdBudget !== null ? difference(ytdActual, ytdBudget) : null;
    const fDiff = forecastOutturn !== null && annualBudget !== null ? difference(forecastOutturn, annualBudget) : null;
    const inSign = (d: number | null) => (d === null ? null : settings.sign === 'overspend-positive' ? d : -d);
    const income = isIncome(r);
    // The configured basis where the line has its figures, else the other: a forecast-only table
    // (Liverpool's prescribing) is still graded under a year-to-date basis, and says on what.
    const useForecast = fDiff !== null && (settings.basis === 'forecast' || ytdDiff === null);
    const rag =
      r.kind === 'section'
        ? null
        : budgetRag(
            useForecast
              ? { actualMinusBudget: fDiff, base: annualBudget, basis: 'forecast', income, savings: savingsTable, units: ctx.units }
              : { actualMinusBudget: ytdDiff, base: ytdBudget, basis: 'ytd', income, savings: savingsTable, units: ctx.units },
            settings,
          );
    const row: BudgetRow = {
      row: r.row,
      label: r.label,
      code: r.code === null ? null : reportedCode(r.code),
      section: r.section,
      kind: r.row === statementResult ? 'total' : r.kind,
      income,
      hidden: ctx.hiddenRows.has(r.row),
      ytdBudget,
      ...(budgetWorkedOut ? { ytdBudgetMethod: 'actual-less-variance' as const } : {}),
      ytdActual,
      ytdVariance: inSign(ytdDiff),
      ytdVariancePct: ratio(ytdDiff, ytdBudget, settings.sign),
      annualBudget,
      forecastOutturn,
      forecastMethod,
      forecastVariance: inSign(fDiff),
      forecastVariancePct: ratio(fDiff, annualBudget, settings.sign),
      reported: { ytdVariance: get('ytdVariance'), forecastVariance: get('forecastVariance') },
      rag,
    };
    // Set after, not spread in: the same keys in the same order, without copying an object per line.
    if (r.sumOf) (row as { sumOf?: ReadonlyArray<number> }).sumOf = r.sumOf;
    return row;
  });

  const byRow = new Map(raw.rows.map((r) => [r.row, r]));
  const findings = new VarianceFindings(raw.rows.reduce((most, r) => Math.max(most, r.row), raw.lastRow) + 1);
  const remaining = remainingPair(raw, colOf, isIncome);
  // Each variance column's own figures say which way round it runs, where they say it clearly
  // and the header does not: a sheet may print its year-to-date variance as plan less actual
  // beside a forecast variance of forecast less plan. Otherwise the table's way round.
  const columnSign = (rows: ReadonlyArray<RawBudgetRow>, vr: AmountRole, ar: AmountRole, br: AmountRole, fallback: SignConvention, stated: boolean): SignConvention => {
    if (stated) return fallback;
    const { over, fav } = waysRound(rows, vr, ar, br);
    if (fav >= 2 && fav >= 3 * over) return 'favourable-positive';
    if (over >= 2 && over >= 3 * fav) return 'overspend-positive';
    return fallback;
  };
  const stated = sheetSignSource === 'header';
  const ytdSign = { spending: columnSign(spendingRows, 'ytdVariance', 'ytdActual', 'ytdBudget', sheetSign, stated), income: columnSign(incomeRowList, 'ytdVariance', 'ytdActual', 'ytdBudget', incomeSign, stated) };
  const forecastSign = { spending: columnSign(spendingRows, 'forecastVariance', 'forecastOutturn', 'annualBudget', sheetSign, stated), income: columnSign(incomeRowList, 'forecastVariance', 'forecastOutturn', 'annualBudget', incomeSign, stated) };
  // A line that names neither side under a heading that names both ("3) Contributions" under
  // "Other Sources/Uses"), where the two sides run their variances opposite ways: either way
  // round is the sheet's, and only a variance that fits neither is wrong. (Not a sum: its
  // variance follows its lines'. Elsewhere a line is spending unless named income, and the
  // config names the income lines a sheet does not.)
  const namesNeitherSide = (r: RawBudgetRow) => r.kind === 'line' && !isIncome(r) && !SPENDING_WORDS.test(r.label ?? '') && BOTH_SIDES.test(r.section ?? '');
  const checkedEitherWay = (r: RawBudgetRow, vr: AmountRole, ar: AmountRole, br: AmountRole, sign: { spending: SignConvention; income: SignConvention }, income: boolean): Check[] => {
    const own = varianceChecks(r, vr, ar, br, colOf, ctx.sheet, income ? sign.income : sign.spending, findings);
    if (income || sign.income === sign.spending || !namesNeitherSide(r) || !own.some((c) => c.severity === 'error')) return own;
    const other = varianceChecks(r, vr, ar, br, colOf, ctx.sheet, sign.income, findings);
    return other.some((c) => c.severity === 'error') ? varianceChecks(r, vr, ar, br, colOf, ctx.sheet, sign.spending, findings) : other;
  };
  for (const r of raw.rows) {
    if (r.kind === 'section') continue;
    const income = isIncome(r);
    // (Not a variance part of whose change stands in another column on the line, "Slippage"
    // beside "Underspend/Overspend": alone it is not the forecast less the budget.)
    if (!r.partlyElsewhere?.includes('ytdVariance')) checks.push(...checkedEitherWay(r, 'ytdVariance', 'ytdActual', 'ytdBudget', ytdSign, income));
    if (!r.partlyElsewhere?.includes('forecastVariance')) checks.push(...checkedEitherWay(r, 'forecastVariance', 'forecastOutturn', 'annualBudget', forecastSign, income));
    if (remaining) checks.push(...varianceChecks(r, 'remaining', 'ytdActual', remaining.budget, colOf, ctx.sheet, remaining.sign(r), findings));
    if (r.sumOf && carried.has(r.row)) checks.push(carriedSumNotChecked(r, colOf, ctx.sheet));
    else if (r.sumOf) checks.push(...sumChecks(r, byRow, colOf, ctx.sheet, findings));
  }

  const range: CellRange = { top: raw.header.headerRows[0]!, left: Math.min(...raw.header.columns.map((c) => c.col)), bottom: raw.lastRow, right: raw.lastCol };
  const hiddenColumns = raw.header.columns.map((c) => c.col).filter((c) => ctx.hiddenColumns.has(c));
  const table: BudgetTable = {
    kind: 'budget',
    sheet: ctx.sheet,
    range,
    headerRows: raw.header.headerRows,
    title: ctx.title,
    units: ctx.units,
    columns: raw.header.columns,
    sheetSign,
    sheetSignSource,
    monthsElapsed: ctx.monthsElapsed,
    hiddenColumns,
    rows,
  };
  const notes: string[] = [];
  return { table, checks: doubtfulVariances(checks, raw, colOf, ctx, notes, remaining), notes };
}

/**
 * What a "Remaining" column is checked against: the year's budget (else the budget to date)
 * less the actual to date, or, where its figures say so, the other way round ("Variance"
 * beside the year's budget, income's printed actual less budget): either way round on a line,
 * and where it is neither, as most lines of its kind (income, spending) have it.
 */
function remainingPair(raw: RawBudgetTable, colOf: Map<string, number>, isIncome: (r: RawBudgetRow) => boolean): { budget: AmountRole; sign: (r: RawBudgetRow) => SignConvention } | null {
  if (!colOf.has('remaining') || !colOf.has('ytdActual')) return null;
  const budget: AmountRole | null = colOf.has('annualBudget') ? 'annualBudget' : colOf.has('ytdBudget') ? 'ytdBudget' : null;
  if (!budget) return null;
  const signOf = (rows: ReadonlyArray<RawBudgetRow>): SignConvention => {
    const { over, fav } = waysRound(rows, 'remaining', 'ytdActual', budget);
    return over > fav ? 'overspend-positive' : 'favourable-positive';
  };
  const incomeSign = signOf(raw.rows.filter(isIncome));
  const spendingSign = signOf(raw.rows.filter((r) => !isIncome(r)));
  // A line that agrees either way round is right: which lines are income is not always known
  // ("revenue" in a column of its own), and a wrong sign would be a false alarm.
  return { budget, sign: (r) => {
    const own = waysRound([r], 'remaining', 'ytdActual', budget);
    return own.over ? 'overspend-positive' : own.fav ? 'favourable-positive' : isIncome(r) ? incomeSign : spendingSign;
  } };
}

/** How many rows print a difference as actual − budget ("over") and how many as budget − actual ("fav"). */
function waysRound(rows: ReadonlyArray<RawBudgetRow>, vr: AmountRole, ar: AmountRole, br: AmountRole): { over: number; fav: number } {
  let over = 0;
  let fav = 0;
  for (const r of rows) {
    const v = r.values[vr];
    const a = r.values[ar];
    const b = r.values[br];
    if (v == null || a == null || b == null || v === 0 || a === b) continue;
    const tol = sumTolerance(Number.isInteger(v) && Number.isInteger(a) && Number.isInteger(b) ? 1 : precisionOf([v, a, b]), 2);
    if (Math.abs(v - (a - b)) <= tol) over++;
    else if (Math.abs(v - (b - a)) <= tol) fav++;
  }
  return { over, fav };
}

/**
 * A variance column that disagrees with its budget and actual on most lines is not a table of
 * wrong variances: its columns are misread, or it measures something else. Its checks would be
 * false alarms, so they are dropped, and a note says what to do.
 */
function doubtfulVariances(checks: Check[], raw: RawBudgetTable, colOf: Map<string, number>, ctx: TableContext, notes: string[], remaining: { budget: AmountRole } | null): Check[] {
  const doubtful = new Set<number>();
  const pairs = remaining ? [...VARIANCE_PAIRS, ['remaining', 'ytdActual', remaining.budget] as const] : VARIANCE_PAIRS;
  for (const [vr, ar, br] of pairs) {
    const col = colOf.get(vr);
    if (col === undefined) continue;
    // (Counted in one pass over the rows, against the few rows with a wrong variance: a big
    // budget's 100,000 lines are not copied into a list or a set to count them.)
    const wrongRows = new Set<number>();
    for (const c of checks) if (c.col === col && c.code === 'reported_variance_mismatch') wrongRows.add(c.row);
    if (wrongRows.size < 2) continue;
    let checkable = 0;
    let wrong = 0;
    for (const r of raw.rows) {
      if (r.kind !== 'line' || r.values[vr] == null || r.values[ar] == null || r.values[br] == null) continue;
      checkable++;
      if (wrongRows.has(r.row)) wrong++;
    }
    if (wrong >= 2 && wrong * 2 > checkable) {
      doubtful.add(col);
      const header = raw.header.columns.find((c) => c.role === vr)?.header ?? vr;
      notes.push(
        `On "${ctx.sheet}", the column "${header}" does not equal ${roleName(ar)} − ${roleName(br)} on ${wrong} of ${checkable} lines, either way round; it may not be the variance of those columns, so it was not checked. If RAG Board has misread the columns, name them in the config ("tables") or on the Tables tab.`,
      );
    }
  }
  return doubtful.size ? checks.filter((c) => !(doubtful.has(c.col) && (c.code === 'reported_variance_mismatch' || c.code === 'rounding_only'))) : checks;
}

/** How far two figures kept to the penny may differ by a ledger's own rounding. */
const PENCE_TOLERANCE = 0.1;

function ratio(diff: number | null, base: number | null, sign: SignConvention): number | null {
  if (diff === null || base === null || base === 0) return null;
  const r = diff / Math.abs(base);
  return sign === 'overspend-positive' ? r : -r;
}

/**
 * How the sheet writes variances. Its header may say ("Over/(Under)"); otherwise its own
 * figures tell: if most typed variances equal budget - actual, the sheet counts an
 * underspend as positive.
 */
function sheetSignOf(raw: RawBudgetTable, rows: ReadonlyArray<RawBudgetRow>): { sign: SignConvention; source: BudgetTable['sheetSignSource'] } {
  for (const c of raw.header.columns) {
    if (c.role !== 'ytdVariance' && c.role !== 'forecastVariance') continue;
    const stated = signStatedBy(c.header);
    if (stated) return { sign: stated, source: 'header' };
  }
  let over = 0;
  let fav = 0;
  for (const [vr, ar, br] of VARIANCE_PAIRS) {
    const counted = waysRound(rows, vr, ar, br);
    over += counted.over;
    fav += counted.fav;
  }
  if (fav > over) return { sign: 'favourable-positive', source: 'figures' };
  return { sign: 'overspend-positive', source: over > 0 ? 'figures' : 'default' };
}

// One formatter for all messages: toLocaleString builds a new one per call, which is slow over thousands of checks.
const AMOUNT_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

function fmt(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const s = AMOUNT_FORMAT.format(Math.abs(rounded));
  return rounded < 0 ? `(${s})` : s;
}

/**
 * What each row's typed variance was found to be off by, and whether it is wrong, for the rows
 * that add it up: by role, then by row (arrays as long as the table, not an object per row).
 */
class VarianceFindings {
  private readonly byRole = new Map<AmountRole, { readonly deviation: Float64Array; readonly state: Uint8Array }>();

  constructor(private readonly rows: number) {}

  of(role: AmountRole): { readonly deviation: Float64Array; readonly state: Uint8Array } {
    let found = this.byRole.get(role);
    if (!found) this.byRole.set(role, (found = { deviation: new Float64Array(this.rows), state: new Uint8Array(this.rows) }));
    return found;
  }

  /** What was found for a row's figure in a role, if anything was. */
  get(row: number, role: AmountRole): { readonly deviation: number; readonly wrong: boolean } | undefined {
    const found = this.byRole.get(role);
    const state = found?.state[row];
    if (state === undefined || state === NOT_FOUND) return undefined;
    return { deviation: found!.deviation[row]!, wrong: state === FOUND_WRONG };
  }
}
const NOT_FOUND = 0;
const FOUND_RIGHT = 1;
const FOUND_WRONG = 2;

/** "Sub Total", or "Premises subtotal" for the unlabelled rows under a section. */
function describeRow(r: RawBudgetRow): string {
  if (r.label) return r.label;
  const what = r.kind === 'total' ? 'total' : r.kind === 'subtotal' ? 'subtotal' : 'line';
  return r.section && r.kind !== 'total' ? `${r.section} ${what}` : `${what} at row ${r.row + 1}`;
}

/**
 * Checks a typed variance against actual − budget. On a subtotal or total, the typed variance
 * is usually the sum of its lines' typed variances, so whatever the lines were off by is
 * carried up: that part is the lines' fault and is named as such, and only what is left is
 * the row's own.
 */
function varianceChecks(
  r: RawBudgetRow,
  varianceRole: AmountRole,
  actualRole: AmountRole,
  budgetRole: AmountRole,
  colOf: Map<string, number>,
  sheet: string,
  sheetSign: SignConvention,
  findings: VarianceFindings,
): Check[] {
  const reported = r.values[varianceRole];
  const actual = r.values[actualRole];
  const budget = r.values[budgetRole];
  if (reported == null || actual == null || budget == null) return [];
  const expected = sheetSign === 'overspend-positive' ? actual - budget : budget - actual;
  const diff = reported - expected;
  let inherited = 0;
  const wrongMembers: number[] = [];
  const found = findings.of(varianceRole);
  if (r.sumOf) {
    for (const member of r.sumOf) {
      const state = found.state[member];
      if (state === undefined || state === NOT_FOUND) continue;
      inherited += found.deviation[member]!;
      if (state === FOUND_WRONG) wrongMembers.push(member);
    }
  }
  const exact = isExactlyEqual(reported, expected);
  const step = Number.isInteger(reported) && Number.isInteger(actual) && Number.isInteger(budget) ? 1 : precisionOf([reported, actual, budget]);
  // Figures kept to the penny by a ledger that works them to more places can disagree by a few
  // pence ("19.42" beside 704 − 684.60): under ten pence is rounding, not a mistake to correct.
  const tol = step < 1 ? Math.max(sumTolerance(step, 2), PENCE_TOLERANCE) : sumTolerance(step, 2);
  // Consistent either as figures rounded on their own, or as the sum of its lines' variances.
  const withinOwnRounding = Math.abs(diff) <= tol;
  const explainedByLines = Math.abs(diff - inherited) <= tol;
  const ownWrong = !withinOwnRounding && !explainedByLines;
  const wrong = ownWrong || (!withinOwnRounding && wrongMembers.length > 0);
  found.deviation[r.row] = diff;
  found.state[r.row] = wrong ? FOUND_WRONG : FOUND_RIGHT;
  if (exact) return [];
  const formula = sheetSign === 'overspend-positive' ? `${roleName(actualRole)} − ${roleName(budgetRole)}` : `${roleName(budgetRole)} − ${roleName(actualRole)}`;
  const where = describeRow(r);
  const col = colOf.get(varianceRole)!;
  const said = `${roleName(varianceRole)} ${fmt(reported)} differs from ${formula} = ${fmt(expected)} by ${fmt(Math.abs(diff))}`;
  if (!wrong) {
    const why = withinOwnRounding ? 'the rounding of the figures' : 'the rounding of the lines it adds up';
    return [{ sheet, row: r.row, col, where, code: 'rounding_only', severity: 'info', message: `${said}, within ${why}` }];
  }
  if (!ownWrong) {
    const rowsText = firstFew(wrongMembers.map((m) => m + 1));
    return [{
      sheet, row: r.row, col, where, code: 'reported_variance_mismatch', severity: 'error',
      message: `${said}: it adds up the wrong variance${wrongMembers.length > 1 ? 's' : ''} on row${wrongMembers.length > 1 ? 's' : ''} ${rowsText}; correct ${wrongMembers.length > 1 ? 'those' : 'that'} first`,
    }];
  }
  return [{
    sheet, row: r.row, col, where, code: 'reported_variance_mismatch', severity: 'error',
    message: `${roleName(varianceRole)} is typed as ${fmt(reported)} but ${formula} = ${fmt(expected)} (a difference of ${fmt(Math.abs(diff))}); correct the variance or the figures it comes from`,
  }];
}

/**
 * A typed variance already found wrong (on the total itself or on a line it adds up) is taken
 * at what its own row's figures make it, so a sum that is off only by that is not called a
 * missing line a second time: the variance check has named the cell to correct.
 */
function correctedForWrongVariances(r: RawBudgetRow, items: readonly RawBudgetRow[], role: AmountRole, findings: VarianceFindings): { total: number; sum: number } | null {
  const own = findings.get(r.row, role);
  const members = items.map((x) => findings.get(x.row, role));
  if (!own?.wrong && !members.some((f) => f?.wrong)) return null;
  const total = r.values[role]! - (own?.wrong ? own.deviation : 0);
  const sum = items.reduce((acc, x, i) => acc + (x.values[role] ?? 0) - (members[i]?.wrong ? members[i]!.deviation : 0), 0);
  return { total, sum };
}

/** The rows under a sum's items, theirs included, however deep, whose figure for the role cannot be read. */
function unreadableUnder(items: readonly RawBudgetRow[], byRow: ReadonlyMap<number, RawBudgetRow>, role: AmountRole): RawBudgetRow[] {
  const found: RawBudgetRow[] = [];
  const seen = new Set<number>();
  const visit = (x: RawBudgetRow) => {
    if (seen.has(x.row)) return;
    seen.add(x.row);
    if (x.unreadable?.includes(role)) found.push(x);
    for (const m of x.sumOf ?? []) {
      const member = byRow.get(m);
      if (member) visit(member);
    }
  };
  items.forEach(visit);
  return found;
}

/** A sum on a continued page that is more than its lines here: the earlier pages' lines are in it too. */
function carriedSumNotChecked(r: RawBudgetRow, colOf: Map<string, number>, sheet: string): Check {
  const role = AMOUNT_ROLES.find((x) => typeof r.values[x] === 'number' && colOf.has(x))!;
  const what = r.kind === 'total' ? 'total' : 'subtotal';
  return {
    sheet, row: r.row, col: colOf.get(role)!, where: describeRow(r), code: 'not_checkable', severity: 'info',
    message: `The ${what} could not be checked: the page says it is continued, and the ${what} is more than the lines on it add up to, so it takes in lines on an earlier page too`,
  };
}

function sumChecks(r: RawBudgetRow, byRow: ReadonlyMap<number, RawBudgetRow>, colOf: Map<string, number>, sheet: string, findings: VarianceFindings): Check[] {
  const out: Check[] = [];
  const items = (r.sumOf ?? []).map((row) => byRow.get(row)!);
  const isTotal = r.kind === 'total';
  const what = isTotal ? 'total' : 'subtotal';
  for (const role of AMOUNT_ROLES) {
    // (What remains of the budget is checked line by line; a subtotal of it over income and
    // spending mixes the two ways round.)
    if (role === 'remaining') continue;
    const v = r.values[role];
    const col = colOf.get(role);
    if (v == null || col === undefined) continue;
    const less = new Set(r.lessRows ?? []);
    const terms = items.map((x) => x.values[role]).filter((x): x is number => typeof x === 'number');
    // (A sum printed as a deduction, "Total Payments | -7,091", is minus its lines' sum.)
    const signed = items.reduce((a, x) => a + (x.values[role] ?? 0) * (less.has(x.row) ? -1 : 1), 0) * (r.printedNegative ? -1 : 1);
    // None of its lines has a figure here (a budget held at the subtotal only, over lines that
    // show only their actuals): nothing to add up, so it stands as printed.
    if (terms.length === 0 && items.length > 0) continue;
    const plain = terms.reduce((a, b) => a + b, 0);
    // A net result's variances, printed favourable-positive, add up plainly; its figures net.
    const sum = less.size && /Variance/.test(role) && Math.abs(v - plain) < Math.abs(v - signed) ? plain : signed;
    if (isExactlyEqual(v, sum)) continue;
    // A line whose figure is an error value or a word: the sum cannot be checked, only said so
    // (the cell itself carries the error).
    // (Or a line under one of its subtotals: "Sub-total" agreeing without the unreadable line
    // above it that may be no line of its own, the total then short of that line's figure.)
    const unreadable = unreadableUnder(items, byRow, role);
    if (unreadable.length) {
      out.push({
        sheet, row: r.row, col, where: describeRow(r), code: 'not_checkable', severity: 'info',
        message: `${roleName(role)} ${what} ${fmt(v)} could not be checked: ${unreadable.length === 1 ? `row ${unreadable[0]!.row + 1} does` : `rows ${firstFew(unreadable.map((x) => x.row + 1))} do`} not hold a number there`,
      });
      continue;
    }
    const diff = Math.abs(v - sum);
    // Figures stated in millions or thousands ("£85.2m") are each as rough as their last digit.
    let tol = sumTolerance(precisionOf([v, ...terms]), terms.length);
    if (r.steps?.[role] !== undefined || items.some((x) => x.steps?.[role] !== undefined)) {
      const withTerms = items.filter((x) => typeof x.values[role] === 'number');
      tol = Math.max(tol, statedSumTolerance([v, ...terms], [r.steps?.[role], ...withTerms.map((x) => x.steps?.[role])]));
    }
    const rowsText = items.length === 1 ? `row ${items[0]!.row + 1}` : `rows ${items[0]!.row + 1}-${items[items.length - 1]!.row + 1}`;
    const where = describeRow(r);
    const corrected = correctedForWrongVariances(r, items, role, findings);
    if (corrected && Math.abs(corrected.total - corrected.sum) <= tol) continue;
    if (diff <= tol) {
      out.push({
        sheet, row: r.row, col, where, code: 'rounding_only', severity: 'info',
        message: `${roleName(role)} ${what} ${fmt(v)} differs from the sum of ${rowsText} (${fmt(sum)}) by ${fmt(diff)}, within the rounding of ${terms.length} figures`,
      });
    } else {
      out.push({
        sheet, row: r.row, col, where, code: isTotal ? 'total_mismatch' : 'subtotal_mismatch', severity: 'error',
        message: less.size && sum === signed
          ? `${roleName(role)} ${what} is ${fmt(v)} but the income less the costs of ${rowsText} come to ${fmt(sum)} (a difference of ${fmt(diff)}); check for a missing or extra line`
          : `${roleName(role)} ${what} is ${fmt(v)} but ${rowsText} add up to ${fmt(sum)} (a difference of ${fmt(diff)}); check for a missing or extra line`,
      });
    }
  }
  return out;
}

/**
 * A line's code as reported: an outline's mark without the stop or bracket that sets it off on
 * the form ("A." is A, "F. 1)" is F1, "a)" is a), any other code as printed.
 */
export function reportedCode(code: string): string {
  const printed = code.trim();
  return OUTLINE_MARK_AS_PRINTED.test(printed) ? printed.replace(/[.)\s]/g, '') : printed;
}
