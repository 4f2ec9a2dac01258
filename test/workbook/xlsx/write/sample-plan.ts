/** A hand-made WritePlan for the rich workbook: two generated sheets and rules on "Budget". */
import type { CellStyle, GeneratedSheet, PlannedCell, WritePlan } from '../../../../src/engine/plan/types';

export const TITLE: CellStyle = { bold: true, size: 14 };
export const HEADER: CellStyle = { bold: true, fill: '#005EB8', fontColour: '#FFFFFF', border: true, horizontal: 'centre', wrap: true };
export const AMOUNT: CellStyle = { numberFormat: '#,##0;(#,##0)', border: true };
/** Equal to AMOUNT, keys in another order: must share its format. */
export const AMOUNT_AGAIN: CellStyle = { border: true, numberFormat: '#,##0;(#,##0)' };
export const PERCENT: CellStyle = { numberFormat: '0.0%' };

/** Text that a careless writer would turn into formulas. */
export const DANGEROUS = ['=HYPERLINK("x")', '@SUM(A1)', '+cmd', '-2+3'] as const;
/** Text with what XML cannot carry as it is. */
export const AWKWARD = 'Tab\there, line\nbreak, CR\r, <tags> & "quotes", _x000D_ literal, bell \u0007, null \u0000, emoji 🙂';

const text = (t: string, style?: CellStyle): PlannedCell => ({ kind: 'text', text: t, style });
const num = (value: number, style?: CellStyle): PlannedCell => ({ kind: 'number', value, style });
const formula = (f: string, cached: number | string | boolean | null, style?: CellStyle): PlannedCell => ({ kind: 'formula', formula: f, cached, style });

export const BUDGET_SUMMARY = 'Budget Summary';
export const RISK_SUMMARY = "Risk 'Q1' summary";

export function budgetSummary(name = BUDGET_SUMMARY): GeneratedSheet {
  return {
    role: 'budget-summary',
    name,
    rows: [
      [text('Budget summary, month 10', TITLE)],
      [text('Cost centre', HEADER), text('YTD Budget', HEADER), text('YTD Actual', HEADER), text('Variance', HEADER), text('Variance %', HEADER)],
      [
        text('General Practice'),
        formula("'Budget'!B4", 10382337, AMOUNT),
        formula("'Budget'!C4", 9842921, AMOUNT_AGAIN),
        formula('C3-B3', -539416, AMOUNT),
        formula('IF(B3=0,"",D3/ABS(B3))', -0.05195, PERCENT),
      ],
      [text('Community'), num(800, AMOUNT), num(760, AMOUNT), formula('C4-B4', -40, AMOUNT), formula('D4<0', true)],
      [text('Corporate'), num(400, AMOUNT), num(410, AMOUNT), formula('C5-B5', null, AMOUNT), formula('IF(D5>0,"Over","Under")', 'Under')],
      [text(DANGEROUS[0]), text(DANGEROUS[1]), text(DANGEROUS[2]), text(DANGEROUS[3])],
      [text(AWKWARD), undefined, num(-0), num(1e21), num(1.5e-7)],
    ],
    columnWidths: [30, 14, 14, 14, 10],
    merges: ['A1:E1'],
    freezeRows: 2,
    rules: [
      { ranges: 'D3:D5', condition: 'D3>0', style: { fill: '#D5281B', fontColour: '#FFFFFF', numberFormat: '"R "#,##0;"R "(#,##0)' }, order: 1 },
      { ranges: 'D3:D5', condition: 'D3<=0', style: { fill: '#007F3B', fontColour: '#FFFFFF' }, order: 2 },
    ],
    print: { area: 'A1:E7', orientation: 'landscape', paper: 'A4', scale: 90, margins: { left: 36, right: 36, top: 36, bottom: 36, header: 18, footer: 18 }, titleRows: '1:2', breaksBefore: [4] },
    visibility: 'visible',
  };
}

export function riskSummary(): GeneratedSheet {
  return {
    role: 'risk-summary',
    name: RISK_SUMMARY,
    rows: [
      [text('Ref', HEADER), text('Title', HEADER), text('Score', HEADER)],
      [formula("'Register'!A2", 'R1'), formula("'Register'!B2", 'Staffing'), formula("'Register'!C2", 16)],
    ],
    columnWidths: [8, 30, 8],
    merges: [],
    freezeRows: 1,
    rules: [],
    print: { area: 'A1:C2', orientation: 'portrait', paper: 'A4', scale: 100, margins: { left: 36, right: 36, top: 36, bottom: 36, header: 18, footer: 18 }, breaksBefore: [] },
    visibility: 'veryHidden',
  };
}

export const SOURCE_RULES: WritePlan['sourceRules'] = [
  {
    sheet: 'Budget',
    rules: [
      { ranges: 'D4:D6', condition: 'D4>0', style: { fill: '#D5281B', bold: true, numberFormat: '"R "#,##0;"R "(#,##0)' }, order: 1 },
      { ranges: 'D4:D6', condition: 'D4<=0', style: { fill: '#007F3B' }, order: 2 },
    ],
  },
];

export function samplePlan(): WritePlan {
  return { sheets: [budgetSummary(), riskSummary()], sourceRules: SOURCE_RULES };
}
