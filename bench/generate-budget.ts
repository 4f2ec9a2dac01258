/**
 * The bench's budget monitoring workbook, laid out as samples/staffordshire-month7-2018.xlsx
 * is: title lines, a two-row header ("Year To Date" and "Forecast" merged over
 * "Budget £'000s | Actual £'000s | Variance £'000s"), section heading rows, lines of a label
 * and six figures in whole thousands, an unlabelled subtotal row after each section, and a
 * final "Total" row.
 *
 * Subtotal and total rows hold the column sums of the rows above as typed (what Excel's
 * SUM gives), so a line whose variance is wrong makes its subtotal's variance wrong by the
 * same amount. The generator records every deviation it plants, and works out which checks
 * a reader of the sheet should get, cell by cell.
 */
import { Prng } from './prng';
import { buildXlsx, SharedStrings, SheetWriter, STYLE } from './xlsx-writer';

export interface BudgetOptions {
  readonly lines: number;
  readonly seed: number;
}

/** A check as the report gives it: sheet-relative A1 cell and code. */
export type ExpectedCheck = { readonly cell: string; readonly code: 'reported_variance_mismatch' | 'rounding_only' };

export interface BudgetExpectations {
  readonly sheet: string;
  readonly lines: number;
  readonly sections: number;
  readonly subtotals: number;
  readonly totals: number;
  /** Grid rows of the sheet (the last row written). */
  readonly sheetRows: number;
  /** Variance cells on lines planted wrong (|deviation| >= 10) and off by one (rounding). */
  readonly plantedWrong: number;
  readonly plantedRounding: number;
  /**
   * Every variance check a reader should raise, by cell: on lines, what was planted; on
   * subtotal and total rows, the sum of the planted deviations above them, judged by the
   * engine's own rounding rule (a variance of two rounded figures may be out by 1).
   */
  readonly checks: ReadonlyArray<ExpectedCheck & { readonly rowKind: 'line' | 'subtotal' | 'total'; readonly roundingOnly: boolean }>;
}

const SECTION_HEADS = [
  'Core contracts', 'Enhanced Services', 'Other Services', 'Premises', 'Reserves', 'Prescribing',
  'Community Services', 'Mental Health', 'Acute Services', 'Continuing Healthcare', 'Running Costs',
  'Primary Care Networks', 'Out of Hours', 'Dental Services', 'Pharmacy Services', 'Estates',
];
const AREAS = [
  'Cannock Chase', 'Stafford', 'Surrounds', 'East Staffs', 'North Staffs', 'Stoke', 'South East', 'Seisdon',
  'Lichfield', 'Tamworth', 'Burton', 'Uttoxeter', 'Leek', 'Biddulph', 'Rugeley', 'Penkridge',
];
const ITEMS = [
  'GMS', 'PMS', 'APMS', 'PMS Reinvestment', 'Demographic Growth', 'Extended Hours', 'LD Health Checks',
  'Minor Surgery', 'Violent Patients', 'Dispensing & Prescribing', 'CQC Fees', 'Locums', 'Seniority',
  'Named GP for Safeguarding', 'Medical Fees', 'Rents', 'Rates', 'Water Rates', 'Clinical Waste',
  'QOF Achievement', 'Contingency Reserve', 'Inflation', 'Prior Year Balances', 'Anti-coagulation',
  'Nursing Homes', 'Shared Care', 'Spirometry', 'Primary Care Offer', 'Staff Pay', 'Agency Staff',
  'Drugs', 'Clinical Supplies', 'IT Licences', 'Travel & Subsistence', 'Training', 'Legal Fees',
];
const INCOME_ITEMS = ['Rental Income', 'Income from Recharges', 'Training Income', 'Other Income'];

const WRONG_RATE = 0.004;
const ROUNDING_RATE = 0.01;

/** Figures are whole thousands; a typed variance differs from actual - budget only where planted. */
function figures(rng: Prng, income: boolean): number[] {
  const g = () => (rng.next() + rng.next() + rng.next() - 1.5) * 1.41; // roughly N(0, 1)
  const annual = rng.chance(0.05) ? 0 : Math.round(Math.exp(rng.next() * 9.5));
  const ytdBudget = Math.round((annual * 7) / 12 * (0.9 + rng.next() * 0.2));
  const ytdActual = Math.max(0, ytdBudget + Math.round(ytdBudget * g() * 0.08));
  const forecast = rng.chance(0.6) ? annual : Math.max(0, annual + Math.round(annual * g() * 0.06));
  const sign = income ? -1 : 1;
  return [ytdBudget * sign, ytdActual * sign, annual * sign, forecast * sign];
}

export function generateBudgetWorkbook(options: BudgetOptions): { bytes: Uint8Array; expected: BudgetExpectations; cells: number } {
  const rng = new Prng(options.seed);
  const sst = new SharedStrings();
  const sheet = new SheetWriter('Delegated', sst, [44, 12, 12, 12, 12, 12, 12]);
  const fig = (v: number) => ({ v, s: STYLE.figure });
  const boldFig = (v: number) => ({ v, s: STYLE.boldFigure });
  const checks: BudgetExpectations['checks'][number][] = [];
  // A line off by 1 is rounding, by more a mismatch; a subtotal or total carrying only its
  // lines' roundings is rounding, one carrying a wrong line is a mismatch too.
  const classify = (d: number, cell: string, rowKind: 'line' | 'subtotal' | 'total', roundingOnly: boolean) => {
    if (d === 0) return;
    const rounding = rowKind === 'line' ? Math.abs(d) <= 1 : roundingOnly;
    checks.push({ cell, code: rounding ? 'rounding_only' : 'reported_variance_mismatch', rowKind, roundingOnly });
  };

  sheet.row(['Generated CCG'], STYLE.bold);
  sheet.row(['Primary Medical Services - Delegated Budgets 2018/19'], STYLE.bold);
  sheet.blank();
  sheet.row(['Month 7'], STYLE.bold);
  sheet.blank();
  const groupRow = sheet.row([null, 'Year To Date', null, null, 'Forecast'], STYLE.boldCentre);
  sheet.merge(`B${groupRow}:D${groupRow}`);
  sheet.merge(`E${groupRow}:G${groupRow}`);
  sheet.row([null, "Budget £'000s", "Actual £'000s", "Variance £'000s", "Budget £'000s", "Actual £'000s", "Variance £'000s"], STYLE.header);

  // Column sums over the whole table (typed values) and planted deviations, for the total row.
  const grand = [0, 0, 0, 0, 0, 0];
  const grandDev = { ytd: [0, 0], fc: [0, 0] }; // [wrong, rounding]
  let plantedWrong = 0;
  let plantedRounding = 0;
  let lines = 0;
  let sections = 0;
  let lineNo = 0;

  while (lines < options.lines) {
    const remaining = options.lines - lines;
    const size = remaining <= 40 ? remaining : Math.min(rng.int(5, 40), remaining - 5);
    sections++;
    sheet.row([`${rng.pick(SECTION_HEADS)} - ${rng.pick(AREAS)}`], STYLE.bold);
    const sum = [0, 0, 0, 0, 0, 0];
    const dev = { ytd: [0, 0], fc: [0, 0] };
    for (let i = 0; i < size; i++) {
      lineNo++;
      const income = rng.chance(0.06);
      const label = `${income ? rng.pick(INCOME_ITEMS) : rng.pick(ITEMS)} (${4100000 + lineNo})`;
      const [yb, ya, ab, fo] = figures(rng, income) as [number, number, number, number];
      let yv = ya - yb;
      let fv = fo - ab;
      const row = sheet.nextRow;
      const r = rng.next();
      if (r < WRONG_RATE + ROUNDING_RATE) {
        const wrong = r < WRONG_RATE;
        const inYtd = rng.chance(0.5);
        const correct = inYtd ? yv : fv;
        let typed: number;
        if (wrong) typed = Math.abs(correct) >= 10 && rng.chance(0.5) ? -correct : correct + (rng.chance(0.5) ? 1 : -1) * rng.int(10, 500);
        else typed = correct + (rng.chance(0.5) ? 1 : -1);
        const d = typed - correct;
        const bucket = inYtd ? dev.ytd : dev.fc;
        bucket[wrong ? 0 : 1]! += d;
        if (inYtd) yv = typed;
        else fv = typed;
        if (wrong) plantedWrong++;
        else plantedRounding++;
        classify(d, `${inYtd ? 'D' : 'G'}${row}`, 'line', !wrong);
      }
      const values = [yb, ya, yv, ab, fo, fv];
      for (let k = 0; k < 6; k++) sum[k]! += values[k]!;
      sheet.row([label, ...values.map(fig)]);
      lines++;
    }
    // The unlabelled subtotal row: the column sums, variances included, as SUM() gives them.
    const subRow = sheet.row([null, ...sum.map(boldFig)]);
    for (const [key, col] of [['ytd', 'D'], ['fc', 'G']] as const) {
      const [w, rd] = dev[key] as [number, number];
      classify(w + rd, `${col}${subRow}`, 'subtotal', w === 0);
      grandDev[key][0]! += w;
      grandDev[key][1]! += rd;
    }
    for (let k = 0; k < 6; k++) grand[k]! += sum[k]!;
  }
  const totalRow = sheet.row(['Total', ...grand.map(boldFig)], STYLE.bold);
  classify(grandDev.ytd[0]! + grandDev.ytd[1]!, `D${totalRow}`, 'total', grandDev.ytd[0] === 0);
  classify(grandDev.fc[0]! + grandDev.fc[1]!, `G${totalRow}`, 'total', grandDev.fc[0] === 0);

  const bytes = buildXlsx([sheet], sst, 'Budget monitoring (bench)');
  return {
    bytes,
    cells: sheet.cells,
    expected: {
      sheet: sheet.name,
      lines,
      sections,
      subtotals: sections,
      totals: 1,
      sheetRows: sheet.lastRow,
      plantedWrong,
      plantedRounding,
      checks,
    },
  };
}
