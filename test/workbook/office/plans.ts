/**
 * Small write plans built by hand, and the workbook they go into.
 */
import type { CellStyle, GeneratedSheet, PlannedCell, PlannedRule, WritePlan } from '../../../src/engine/plan/types';
import type { SeedWorkbook } from './double';

export const text = (t: string, style?: CellStyle): PlannedCell => (style ? { kind: 'text', text: t, style } : { kind: 'text', text: t });
export const num = (value: number, style?: CellStyle): PlannedCell => (style ? { kind: 'number', value, style } : { kind: 'number', value });
export const formula = (f: string, cached: number | string | null, style?: CellStyle): PlannedCell => (style ? { kind: 'formula', formula: f, cached, style } : { kind: 'formula', formula: f, cached });

const HEADER: CellStyle = { bold: true, fill: '#005EB8', fontColour: '#FFFFFF', horizontal: 'centre', border: true };
const AMOUNT: CellStyle = { numberFormat: '#,##0;(#,##0)', border: true };

/** The user's workbook: a budget table with a rule of the user's own, and a notes sheet. */
export function userWorkbook(extra: Partial<SeedWorkbook> = {}): SeedWorkbook {
  return {
    sheets: [
      {
        name: 'Finance',
        values: [
          ['Line', 'Budget', 'Actual', 'Variance'],
          ['GMS', 100, 90, -10],
          ['QOF', 50, 70, 20],
          ['Total', 150, 160, 10],
        ],
        numberFormats: [undefined, [undefined, '#,##0', '#,##0', '#,##0;(#,##0)']],
        rules: [{ ranges: 'A2:A4', formula: '=A2="Total"', format: { bold: true } }],
      },
      { name: 'Notes', values: [['Month 7'], ['=HYPERLINK typed by the user']] },
    ],
    ...extra,
  };
}

export function summarySheet(overrides: Partial<GeneratedSheet> = {}): GeneratedSheet {
  return {
    role: 'budget-summary',
    name: 'Budget Summary',
    rows: [
      [text('Budget Summary', { bold: true, size: 14 })],
      [text('Line', HEADER), text('Budget', HEADER), text('Actual', HEADER), text('Variance', HEADER)],
      [text('GMS'), formula("'Finance'!B2", 100, AMOUNT), formula("'Finance'!C2", 90, AMOUNT), formula('=C3-B3', -10, AMOUNT)],
      [text('QOF'), formula("'Finance'!B3", 50, AMOUNT), formula("'Finance'!C3", 70, AMOUNT), formula('C4-B4', 20, AMOUNT)],
      [text('=HYPERLINK("http://x","click")'), text('@SUM(A1)'), text('+cmd'), text('-x')],
      [text('00123'), text('TRUE'), text('2017-08-15'), text("'quoted")],
      [undefined, num(0.05, { numberFormat: '0.0%', italic: true }), undefined, text('Red', { numberFormat: '@" flag"', fill: '#D5281B', fontColour: '#FFFFFF' })],
    ],
    columnWidths: [30, 12, 12, 12],
    merges: ['A1:D1'],
    freezeRows: 2,
    rules: [{ ranges: 'D3:D4', condition: 'D3<0', style: { fill: '#d5281b', fontColour: '#FFFFFF', bold: true }, order: 1 }],
    print: { area: 'A1:D7', orientation: 'landscape', paper: 'A4', scale: 100, margins: { left: 36, right: 36, top: 36, bottom: 36, header: 18, footer: 18 }, titleRows: '$1:$2', breaksBefore: [4] },
    visibility: 'visible',
    ...overrides,
  };
}

export function snapshotSheet(): GeneratedSheet {
  return {
    role: 'snapshot',
    name: 'RAG Board data',
    rows: [[text('rag-board-snapshot'), num(1), text('2017-08-15')], [text('latest'), text('Risk Register'), text('Co-Com 02'), num(16), text('Extreme')]],
    columnWidths: [10, 20, 14, 8, 12],
    merges: [],
    freezeRows: 0,
    rules: [],
    print: null,
    visibility: 'veryHidden',
  };
}

export const FINANCE_RULES: PlannedRule[] = [
  { ranges: 'D2:D4', condition: 'D2>0', style: { fill: '#d5281b', fontColour: '#FFFFFF', bold: true, numberFormat: '"R "#,##0;"R "(#,##0)' }, order: 1 },
  { ranges: 'B2:B4 D2:D4', condition: 'B2<0', style: { fill: '#007f3b', numberFormat: '"G "#,##0' }, order: 2 },
];

export function handPlan(overrides: Partial<WritePlan> = {}): WritePlan {
  return { sheets: [summarySheet(), snapshotSheet()], sourceRules: [{ sheet: 'Finance', rules: FINANCE_RULES }], ...overrides };
}
