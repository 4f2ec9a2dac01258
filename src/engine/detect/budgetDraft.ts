/**
 * A column of a budget header as it is read: its words, the measure and block they name, its year,
 * and the role it settles on, with the reason given to `explain`.
 */
import type { BudgetRole } from '../model';
import type { Block, BudgetMeasure } from './vocabulary';

export interface Draft {
  col: number;
  text: string;
  own: string;
  measure: BudgetMeasure | null;
  block: Block | null;
  year: number | null;
  role: BudgetRole | null;
  why: string;
  /** The texts a block may be read from, nearest the figures first. */
  blockTexts?: ReadonlyArray<string>;
  /** For a column headed by a period alone: its month in the year (a quarter counts its last month), and its figures. */
  period?: { readonly month: number; readonly figures: ReadonlyArray<number | null> };
  /** A month's budget or actual, one of a pair each month ("Apr" over "Budget | Actual", "Apr Budget", "B: Apr"): the month in the financial year. */
  month?: number;
  /** A field name's number in a sequence ("budget1", "spend2"): the highest is the latest period, the others earlier ones. */
  sequence?: number;
  /** A period's own actuals, not to date, with no column of their sum beside them: to be added up, where the months to date can be told. */
  separatePeriod?: boolean;
  /** A "Total" read as the actual because it is the sum of the period columns beside it: the forecast instead, where the later periods are headed as projected. */
  periodsTotal?: boolean;
  /** The columns whose sum is this column's role (the months to date, this the last of them). */
  adds?: ReadonlyArray<number>;
  /** For a column headed "Totals" (or the like) with no measure: its figures, to be tried as the sum of the periods beside it. */
  totalFigures?: ReadonlyArray<number | null>;
  /** A column of the year each line is for ("year" over 2022): the table's figures are whole years'. */
  yearColumn?: boolean;
  /** Another year's figure, or this year's at an earlier stage of setting it, kept as context. */
  otherYear?: boolean;
  /** One part of a variance split over columns ("Slippage | Underspend/Overspend"), where another part is read. */
  partOf?: BudgetRole;
  /** A budget named by the title over its table, not by its own header ("Amount" under "Where the budget comes from"). */
  budgetByTitle?: boolean;
  /** Actuals named by the line over their table ("Our actual spending is as follows:"), the months' sum. */
  actualByTitle?: boolean;
  /** The last stage of a budget the table sets ("FY26 ADMIN" after "FY26 DEPT"), with no budget word of its own. */
  budgetByStage?: boolean;
  /** Its own words say only when ("YTD"); its measure is a label carried to it from columns to its left. */
  carriedOverWhen?: boolean;
}
