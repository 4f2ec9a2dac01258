/**
 * The domain the engine reasons about: budget tables with their lines, risk registers with
 * their risks, and the checks raised on them. Rows and columns are 0-based grid positions.
 */
import { CellRange } from './grid';
import { RagScheme } from './rag/scheme';
import { Trend } from './cells/risk';
import { CalendarDate } from './cells/date';
import { SignConvention } from './config';

export type Severity = 'info' | 'warning' | 'error';

export type CheckCode =
  | 'score_mismatch'
  /** A grade typed beside the ratings that the register's own key or grid gives otherwise. */
  | 'grade_mismatch'
  | 'residual_above_current'
  | 'residual_above_inherent'
  | 'current_above_inherent'
  | 'target_above_residual'
  | 'out_of_range'
  | 'not_a_number'
  | 'error_value'
  | 'subtotal_mismatch'
  | 'total_mismatch'
  | 'reported_variance_mismatch'
  | 'rounding_only'
  /** A subtotal or total that cannot be checked: over a figure that is an error value or a word, or taking in lines on an earlier page. */
  | 'not_checkable'
  | 'review_overdue'
  | 'sign_convention';

export interface Check {
  readonly sheet: string;
  /** 0-based row and column of the cell the check is about. */
  readonly row: number;
  readonly col: number;
  /** The line label or risk reference it concerns. */
  readonly where: string;
  readonly code: CheckCode;
  readonly severity: Severity;
  readonly message: string;
}

// ---------------------------------------------------------------- budget

export type BudgetRole =
  | 'label'
  | 'ytdBudget'
  | 'ytdActual'
  | 'ytdVariance'
  | 'ytdVariancePct'
  | 'annualBudget'
  | 'forecastOutturn'
  | 'forecastVariance'
  | 'forecastVariancePct'
  /** The year's budget left after the actual to date ("Remaining", "Available", a "Variance" beside the year's budget with only an actual to date): checked, never graded. */
  | 'remaining';

/** Every role a user may give a budget table's column: its roles, and the code before the names. */
export const BUDGET_COLUMN_ROLES = [
  'label', 'code', 'ytdBudget', 'ytdActual', 'ytdVariance', 'ytdVariancePct', 'annualBudget', 'forecastOutturn', 'forecastVariance', 'forecastVariancePct', 'remaining',
] as const satisfies ReadonlyArray<BudgetRole | 'code'>;

export const AMOUNT_ROLES = ['ytdBudget', 'ytdActual', 'ytdVariance', 'annualBudget', 'forecastOutturn', 'forecastVariance', 'remaining'] as const;
export type AmountRole = (typeof AMOUNT_ROLES)[number];

/** The figures themselves, as against the variances and what remains, worked out from them: what sums add up. */
export const FIGURE_ROLES = ['ytdBudget', 'ytdActual', 'annualBudget', 'forecastOutturn'] as const satisfies ReadonlyArray<AmountRole>;

export type BudgetRowKind = 'line' | 'subtotal' | 'total' | 'section';

export type Rag = 'R' | 'A' | 'G';

export interface BudgetRag {
  readonly rag: Rag;
  /** Why, in words: "Overspend 5.2% of annual budget (red from 5%)". */
  readonly reason: string;
  readonly basis: 'forecast' | 'ytd';
}

export interface BudgetRow {
  readonly row: number;
  readonly label: string | null;
  /** The cost centre, nominal code or line letter printed before the name, where there is one. */
  readonly code: string | null;
  readonly section: string | null;
  readonly kind: BudgetRowKind;
  /** True when the label or section marks the line as income, whose colours invert. */
  readonly income: boolean;
  readonly hidden: boolean;
  readonly ytdBudget: number | null;
  /**
   * Where the sheet prints an actual to date and its variance but no budget, and says which way
   * round the variance is: the budget worked out as the actual less the variance.
   */
  readonly ytdBudgetMethod?: 'actual-less-variance';
  readonly ytdActual: number | null;
  readonly ytdVariance: number | null;
  readonly ytdVariancePct: number | null;
  readonly annualBudget: number | null;
  readonly forecastOutturn: number | null;
  /**
   * How the forecast was had: typed in the sheet; worked out straight-line from the actual to
   * date; the year's budget plus the variance the sheet states, where it prints a variance
   * but no outturn and says which way round it is; or profiled, the actual to date and the
   * budget of each month still to come, where the sheet gives a budget and an actual each month.
   */
  readonly forecastMethod: 'typed' | 'straight-line' | 'budget-plus-variance' | 'profiled' | null;
  readonly forecastVariance: number | null;
  readonly forecastVariancePct: number | null;
  /** The variances as the sheet typed them, in the sheet's own sign convention. */
  readonly reported: { readonly ytdVariance: number | null; readonly forecastVariance: number | null };
  readonly rag: BudgetRag | null;
  /** For subtotals and totals: the rows they add up. */
  readonly sumOf?: ReadonlyArray<number>;
}

export interface ColumnAssignment<R extends string> {
  readonly role: R;
  readonly col: number;
  readonly header: string;
  /**
   * For a figure the sheet prints period by period, with no column of its own ("Apr | May | …"
   * actuals, nothing to date): the columns added up for it, left to right, `col` the last.
   */
  readonly adds?: ReadonlyArray<number>;
}

export type Units = '£' | "£'000s" | '£m' | null;

export interface BudgetTable {
  readonly kind: 'budget';
  readonly sheet: string;
  readonly range: CellRange;
  readonly headerRows: ReadonlyArray<number>;
  readonly title: string | null;
  readonly units: Units;
  readonly columns: ReadonlyArray<ColumnAssignment<BudgetRole>>;
  /** How the sheet writes its variances: stated in the header, or read from its own figures. */
  readonly sheetSign: SignConvention;
  readonly sheetSignSource: 'header' | 'figures' | 'default';
  /** Months elapsed in the financial year, where the sheet says ("Month 7", "as at 30th June"). */
  readonly monthsElapsed: number | null;
  readonly hiddenColumns: ReadonlyArray<number>;
  readonly rows: ReadonlyArray<BudgetRow>;
}

// ---------------------------------------------------------------- risk

export type RiskSlot = 'inherent' | 'current' | 'residual' | 'target';
export const RISK_SLOTS: ReadonlyArray<RiskSlot> = ['inherent', 'current', 'residual', 'target'];

export type RiskRole =
  | 'ref'
  | 'title'
  | 'description'
  | 'owner'
  | 'reviewDate'
  | 'trend'
  | 'status'
  | `${RiskSlot}Likelihood`
  | `${RiskSlot}Consequence`
  | `${RiskSlot}Score`
  | `${RiskSlot}Grade`;

/** Every role a user may give a risk register's column. */
export const RISK_COLUMN_ROLES = [
  'ref', 'title', 'description', 'owner', 'reviewDate', 'trend', 'status',
  ...(['inherent', 'current', 'residual', 'target'] as const).flatMap((s) => [`${s}Likelihood`, `${s}Consequence`, `${s}Score`, `${s}Grade`] as const),
] as const satisfies ReadonlyArray<RiskRole>;

export interface RiskScore {
  readonly likelihood: number | null;
  readonly consequence: number | null;
  /** L x C where both are known, else the score as typed. */
  readonly score: number | null;
  /** The score as typed in the sheet, where it typed one. */
  readonly typedScore: number | null;
  readonly grade: string | null;
  readonly colour: string | null;
}

export interface RiskEntry {
  readonly row: number;
  readonly ref: string | null;
  readonly title: string | null;
  readonly section: string | null;
  readonly owner: string | null;
  readonly reviewDate: CalendarDate | null;
  readonly trend: Trend | null;
  readonly closed: boolean;
  readonly hidden: boolean;
  readonly scores: Readonly<Record<RiskSlot, RiskScore | null>>;
  /**
   * Where the register gives each risk two rows: the row below, holding its scores after
   * controls (the residual) in the same columns as the first row's before them (the inherent).
   */
  readonly secondRow?: number;
  /** Where its text runs on a line to a row and its grade is typed on a later line: that row. */
  readonly scoreRow?: number;
}

/** A rating marked with an X in one of the columns of its scale, lowest level first. */
export interface MarkedScale {
  readonly col: number;
  readonly cols: ReadonlyArray<number>;
}

export interface RiskRegister {
  readonly kind: 'risk';
  readonly sheet: string;
  readonly range: CellRange;
  /** The header's rows; none for risks laid out as cards. */
  readonly headerRows: ReadonlyArray<number>;
  /**
   * "cards": one risk to a block with no header row (a board assurance framework's page per
   * risk), its scores read from labelled cells; it has no columns. Absent for a table.
   */
  readonly layout?: 'cards';
  readonly title: string | null;
  readonly scheme: RagScheme;
  readonly columns: ReadonlyArray<ColumnAssignment<RiskRole>>;
  readonly slots: ReadonlyArray<RiskSlot>;
  /**
   * Impact scored per area: the columns whose highest score is this slot's consequence (the
   * slot has no consequence column of its own in `columns`).
   */
  readonly consequenceAreas?: { readonly slot: RiskSlot; readonly cols: ReadonlyArray<number> };
  /**
   * Likelihoods or consequences marked with an X under the five levels of a scale ("VL | L | M |
   * H | VH"): the level marked is the rating. `col` is the scale's column in `columns`.
   */
  readonly markedScales?: ReadonlyArray<MarkedScale>;
  /** Scores given per area with no likelihood or consequence: the slot's score is the highest of these columns. */
  readonly scoreAreas?: { readonly slot: RiskSlot; readonly cols: ReadonlyArray<number> };
  readonly asAt: CalendarDate | null;
  readonly hiddenColumns: ReadonlyArray<number>;
  readonly risks: ReadonlyArray<RiskEntry>;
  /** The workbook key's words for likelihood and consequence 1 to 5, where it names all five; null for the NPSA words. */
  readonly scaleLabels?: { readonly likelihood: ReadonlyArray<string> | null; readonly consequence: ReadonlyArray<string> | null };
  /** The top of a rating scale beyond 5 that its header states ("Probability 0-10"): read to it, not graded or mapped. */
  readonly ratingScale?: number;
  /**
   * Likelihoods and impacts that are averages with decimals (a workshop's mean votes, 4.3 and
   * 4.7): read and checked to the rounding they are printed to, graded by the band each score
   * reaches, and placed on no heat map, whose cells hold whole-number ratings.
   */
  readonly averagedRatings?: boolean;
  /**
   * The scales it rates as shares of one: likelihoods given as probabilities ("Prob" over 0.85,
   * "Likelihood (0-1)"), and impacts too where they are from 0 to 1. Read and multiplied as
   * printed, typed scores checked to the places they are printed to; graded by no band and
   * placed on no heat map.
   */
  readonly shareScales?: ReadonlyArray<ShareScale>;
  /** Slots rated from impacts in several areas ("Cost Impact | Time Impact"): their scores as typed, not worked out or graded. */
  readonly typedOnlySlots?: ReadonlyArray<RiskSlot>;
  /**
   * A third rating the slot's score multiplies by ("Likelihood | Impact | Controls (1-3) | Risk
   * Rating", 3 x 4 x 2 = 24), where the register's typed scores are that product: checked as
   * L x C x that rating, graded only by the register's own key, and placed on no heat map.
   */
  readonly scoreFactor?: ScoreFactor;
}

/** A rating scale a register may give as shares of one (from 0 to 1) rather than as levels of its matrix. */
export type ShareScale = 'likelihood' | 'consequence';

/** A third rating a register's score is the product of, with its likelihood and consequence. */
export interface ScoreFactor {
  readonly slot: RiskSlot;
  readonly col: number;
  /** Its header as printed ("Controls (1-3)"). */
  readonly header: string;
}

export type FoundTable = BudgetTable | RiskRegister;

/** How one column of a header was read, and why. */
export interface ColumnReadingExplained {
  readonly col: number;
  /** The column's header words from every header row, top first. */
  readonly header: string;
  /** The role read, or null where the column is not read. */
  readonly role: string | null;
  readonly why: string;
}

/**
 * A row that reads as the header of a table, or nearly so: what RAG Board read in it and what
 * it made of it, so a user who sees "nothing recognised" knows what to change.
 */
export interface HeaderExplained {
  readonly sheet: string;
  /** The header's rows, 0-based, top first. */
  readonly headerRows: ReadonlyArray<number>;
  readonly kind: 'budget' | 'risk';
  /** 'table': read as a table; 'no-lines': a header with no lines under it; 'refused': not a header. */
  readonly outcome: 'table' | 'no-lines' | 'refused';
  /** One sentence: what the table is, or why the row was not taken as a header. */
  readonly reason: string;
  readonly columns: ReadonlyArray<ColumnReadingExplained>;
  /** Refused for what its figures are, not how its header reads: naming its columns would not change that. */
  readonly unsupported?: true;
}

export interface Analysis {
  readonly tables: ReadonlyArray<FoundTable>;
  readonly checks: ReadonlyArray<Check>;
  /** Sentences for the user about what was and was not found. */
  readonly notes: ReadonlyArray<string>;
  /** Every header row read and refused, sheet by sheet, where the caller asked (`explain`). */
  readonly explained?: ReadonlyArray<HeaderExplained>;
}
