/**
 * RAG on the user's own tables, as conditional formats: live when a figure is retyped,
 * removable, and never colour alone (the rule's number format puts the letter or the grade
 * beside the figure without changing the cell).
 */
import { SheetGrid, cellNumberFormat, columnLetter, sumArguments } from '../grid';
import { BudgetSettings } from '../config';
import { AmountRole, BudgetTable, RiskRegister, RiskSlot } from '../model';
import { unitsFactor } from '../budget/rag';
import { COLOURS } from '../rag/scheme';
import { PlannedRule } from './types';
import { ruleGroups, withWord } from './cells';
import { ragExpressions } from './ragExpression';
import { gradedByBands } from '../risk/gradeWords';
import { RagColumn } from '../detect/ragColumns';

const WHITE = '#FFFFFF';
const BLACK = '#000000';

interface Pair {
  readonly variance: AmountRole;
  readonly actual: AmountRole;
  readonly budget: AmountRole;
}

const PAIRS: ReadonlyArray<Pair> = [
  { variance: 'ytdVariance', actual: 'ytdActual', budget: 'ytdBudget' },
  { variance: 'forecastVariance', actual: 'forecastOutturn', budget: 'annualBudget' },
];

/**
 * The three conditions of a budget RAG, for one cell whose row holds the actual and budget
 * figures, to be evaluated in order: red, then amber, then green, each rule stopping the ones
 * after it when it matches (stopIfTrue, which both adapters set). Mirrors budget/rag.ts: red
 * from redPct (or materiality), amber from amberPct, and amber for an underspend from
 * underspendAmberPct on expenditure. Where either figure is not a number, none matches.
 */
export function budgetRagConditions(actual: string, budget: string, income: boolean, settings: BudgetSettings, materialityInUnits: number): { red: string; amber: string; green: string } {
  const adverse = income ? `(${budget}-${actual})` : `(${actual}-${budget})`;
  const { red, amber } = ragExpressions({
    adverse,
    share: `${adverse}/ABS(${budget})`,
    hasBudget: `${budget}<>0`,
    income,
    red: String(settings.redPct),
    amber: String(settings.amberPct),
    underspendAmber: String(settings.underspendAmberPct),
    material: materialityInUnits > 0 ? `${adverse}>=${materialityInUnits}` : null,
  });
  // COUNT counts numbers only: both figures are numbers (a blank or text is not).
  const known = `COUNT(${actual},${budget})=2`;
  return { red: `IF(${known},${red})`, amber: `IF(${known},${amber})`, green: known };
}

export function budgetSourceRules(sheet: SheetGrid, table: BudgetTable, settings: BudgetSettings): PlannedRule[] {
  const colOf = new Map(table.columns.map((c) => [c.role, c.col]));
  const rules: PlannedRule[] = [];
  const materiality = settings.materiality > 0 ? settings.materiality / unitsFactor(table.units) : 0;
  const figureRows = table.rows.filter((r) => r.kind !== 'section');
  // Figures the sheet prints month by month: the months added up.
  const addsOf = new Map(table.columns.flatMap((c) => (c.adds ? [[c.role, c.adds] as const] : [])));
  for (const pair of PAIRS) {
    const aCol = colOf.get(pair.actual);
    const bCol = colOf.get(pair.budget);
    if (aCol === undefined || bCol === undefined) continue;
    // The colour goes on the sheet's own variance, else on the actual; an actual added up from
    // months has no cell of its own, and one month's cell is no place for the year to date's colour.
    if (colOf.get(pair.variance) === undefined && addsOf.has(pair.actual)) continue;
    const target = colOf.get(pair.variance) ?? aCol;
    for (const income of [false, true]) {
      const rows = figureRows.filter((r) => r.income === income).map((r) => r.row);
      if (rows.length === 0) continue;
      const format = cellNumberFormat(sheet, rows[0]!, target);
      for (const { ranges, first } of ruleGroups(target, rows)) {
        const rel = (col: number) => `$${columnLetter(col)}${first + 1}`;
        const figure = (role: AmountRole, col: number) => {
          const adds = addsOf.get(role);
          return adds ? `SUM(${sumArguments(adds, rel, (a, b) => `${rel(a)}:${rel(b)}`)})` : rel(col);
        };
        const c = budgetRagConditions(figure(pair.actual, aCol), figure(pair.budget, bCol), income, settings, materiality);
        const base = rules.length;
        rules.push(
          { ranges, condition: c.red, order: base + 1, style: { fill: COLOURS.red, fontColour: WHITE, bold: true, numberFormat: withWord(format, 'R', 'before') } },
          { ranges, condition: c.amber, order: base + 2, style: { fill: COLOURS.amber, fontColour: BLACK, numberFormat: withWord(format, 'A', 'before') } },
          { ranges, condition: c.green, order: base + 3, style: { fill: COLOURS.green, fontColour: WHITE, numberFormat: withWord(format, 'G', 'before') } },
        );
      }
    }
  }
  return rules;
}

/** The score a cell gives, number or "16 (4x4)" text: its leading digits. */
export function leadingScore(cell: string): string {
  return `IFERROR(--LEFT(${cell},FIND(" ",${cell}&" ")-1),0)`;
}

export function riskSourceRules(register: RiskRegister): PlannedRule[] {
  const rules: PlannedRule[] = [];
  const colOf = new Map(register.columns.map((c) => [c.role, c.col]));
  // A risk whose grade is on a later line of it is coloured there.
  const rows = register.risks.map((r) => r.scoreRow ?? r.row);
  // A register graded by its matrix's grid: a score's band is not its grade (5 is Medium in one
  // cell, High in another), and a rule cannot look a pair up on the grid; its Risk Summary
  // grades and colours each risk by the grid instead.
  if (rows.length === 0 || register.scheme.grid) return rules;
  // A risk given two rows has its residual score in the same column, on its second row.
  const secondRows = register.risks.flatMap((r) => (r.secondRow === undefined ? [] : [r.secondRow]));
  for (const slot of register.slots as RiskSlot[]) {
    const col = colOf.get(`${slot}Score`);
    // (Nor a slot no band grades: rated on a scale beyond the matrix, or by the register's own rule.)
    if (col === undefined || !gradedByBands(register, slot)) continue;
    const rowsOf = slot === 'inherent' && secondRows.length ? [...rows, ...secondRows].sort((a, b) => a - b) : rows;
    for (const { ranges, first } of ruleGroups(col, rowsOf)) {
      const score = leadingScore(`$${columnLetter(col)}${first + 1}`);
      for (const band of register.scheme.bands) {
        const dark = band.colour === COLOURS.red || band.colour === COLOURS.green;
        // Averages' scores fall between the bands (13.2 on NPSA's): each takes the band it has
        // reached, up to the next band's lower score, and keeps its decimals on show.
        const next = register.averagedRatings ? register.scheme.bands.filter((b) => b.min > band.min).sort((a, b) => a.min - b.min)[0] : undefined;
        const condition = !register.averagedRatings ? `AND(${score}>=${band.min},${score}<=${band.max})` : next ? `AND(${score}>=${band.min},${score}<${next.min})` : `${score}>=${band.min}`;
        const figure = register.averagedRatings ? '0.00' : '0';
        rules.push({
          ranges,
          condition,
          order: rules.length + 1,
          style: {
            fill: band.colour,
            fontColour: dark ? WHITE : BLACK,
            numberFormat: `${figure}" ${band.name}";-${figure};0;@" ${band.name}"`,
          },
        });
      }
    }
  }
  return rules;
}

/** Colour for cells that already hold R, A, G (or Red, Amber, Green, Yellow): the word stays what it was. */
export function ragColumnRules(column: RagColumn): PlannedRule[] {
  const rules: PlannedRule[] = [];
  for (const { ranges, first } of ruleGroups(column.col, column.rows)) {
    const t = `UPPER(TRIM($${columnLetter(column.col)}${first + 1}))`;
    rules.push(
      { ranges, condition: `OR(${t}="R",${t}="RED")`, order: rules.length + 1, style: { fill: COLOURS.red, fontColour: WHITE, bold: true } },
      { ranges, condition: `OR(${t}="A",${t}="AMBER",${t}="YELLOW")`, order: rules.length + 2, style: { fill: COLOURS.amber, fontColour: BLACK, bold: true } },
      { ranges, condition: `OR(${t}="G",${t}="GREEN")`, order: rules.length + 3, style: { fill: COLOURS.green, fontColour: WHITE, bold: true } },
    );
  }
  return rules;
}
