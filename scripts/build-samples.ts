/**
 * Builds the bundled sample workbooks in samples/ from the real committee papers
 * in ../shared/seeds (through the fixtures in test/fixtures/seeds.ts).
 *
 *   npx tsx scripts/build-samples.ts            # writes samples/*.xlsx
 *   npx tsx scripts/build-samples.ts <out-dir>  # writes the same files elsewhere
 *
 * The samples are deliberately NOT tidied: two-row headers, section rows with no
 * numbers, unlabelled subtotal rows, "Sub Total" followed by an unlabelled total,
 * £'000s rounding, scores typed "16 (4x4)", dates mixed with text. Numbers are
 * stored as numbers with number formats (as a real workbook holds them); the
 * variance and total cells hold the values as printed, never formulas, so the
 * seeds' rounding differences (e.g. Liverpool's £1) survive.
 *
 * ExcelJS is fine here because it only ever builds fresh workbooks; it never
 * rewrites a user's file. Output is deterministic apart from the zip entry
 * timestamps ExcelJS writes: the workbook created/modified dates are fixed.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import {
  RANGES,
  SeedRange,
  SeedRows,
  STAFFORDSHIRE_SEED,
  liverpoolDelegatedBudget,
  liverpoolPrescribingForecast,
  liverpoolRiskKey,
  liverpoolRiskProfile,
  plainText,
  printedAmount,
  readSeedLines,
  readSeedRange,
  staffordshireCommissioningBudgets,
  staffordshireDelegatedBudgets,
  staffordshireRiskGrading,
  staffordshireRiskRegister,
  staffordshireRiskRegisterAligned,
  staffordshireRisks12Plus,
} from '../test/fixtures/seeds';

export const SAMPLE_FILES = {
  liverpool: 'liverpool-pccc-aug-2017.xlsx',
  staffordshireMonth7: 'staffordshire-month7-2018.xlsx',
  staffordshireRisks: 'staffordshire-risk-register-2018.xlsx',
} as const;

/** Number formats, exported so the tests check the same strings. */
export const FORMATS = {
  /** Liverpool delegated budget, £: negatives in brackets */
  poundsBrackets: '#,##0;(#,##0)',
  /** Liverpool prescribing, £ sign in the format */
  poundsSignBrackets: '£#,##0;(£#,##0)',
  /** Staffordshire £'000s: the paper prints minus signs, not brackets */
  thousandsMinus: '#,##0;-#,##0',
  /** Liverpool risk profile "Change +/-": prints "+ 1", "-1", "0" as the paper does */
  change: '"+ "0;-0;0',
  date: 'dd/mm/yyyy',
  monthYear: 'mmm-yy',
} as const;

const SHEET_DEFAULTS = { properties: { defaultRowHeight: 15 } };
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

function newWorkbook(date: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'RAG Board samples (scripts/build-samples.ts)';
  wb.lastModifiedBy = 'RAG Board samples (scripts/build-samples.ts)';
  wb.created = date;
  wb.modified = date;
  wb.lastPrinted = date;
  return wb;
}

/** An amount cell: the printed text ("(539,416)", "£86,381,974", "-25") as a number with a format. */
function setAmount(cell: ExcelJS.Cell, text: string, numFmt: string): void {
  if (text === '') return;
  if (text === '-0') {
    // The seed prints "-0" (a small negative rounded to £'000s). Pasted from a
    // PDF report that is exactly what lands in the cell: the TEXT "-0", not a
    // number. We keep it as text on purpose; our parser must cope with it.
    cell.value = '-0';
    cell.alignment = { horizontal: 'right' };
    return;
  }
  const n = printedAmount(text);
  if (n === undefined) throw new Error(`not an amount: ${JSON.stringify(text)} (cell ${cell.address})`);
  cell.value = n;
  cell.numFmt = numFmt;
}

function setText(cell: ExcelJS.Cell, text: string): void {
  if (text !== '') cell.value = text;
}

/** "01/04/2017" -> 1 April 2017 (UTC, as ExcelJS serialises dates). */
function parseDayMonthYear(text: string): Date | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Aug-17" -> 1 August 2017. */
function parseMonthYear(text: string): Date | undefined {
  const m = /^([A-Z][a-z]{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]);
  return month < 0 ? undefined : new Date(Date.UTC(2000 + Number(m[2]), month, 1));
}

/** A date where the seed has one ("01/04/2017" or "Apr-17"), otherwise the text ("Ongoing", "Monthly"). */
function setDateOrText(cell: ExcelJS.Cell, text: string): void {
  const dmy = parseDayMonthYear(text);
  if (dmy) {
    cell.value = dmy;
    cell.numFmt = FORMATS.date;
    return;
  }
  const my = parseMonthYear(text);
  if (my) {
    cell.value = my;
    cell.numFmt = FORMATS.monthYear;
    return;
  }
  setText(cell, text);
}

function setWholeNumber(cell: ExcelJS.Cell, text: string): void {
  if (text === '') return;
  if (!/^-?\d+$/.test(text)) throw new Error(`not a whole number: ${JSON.stringify(text)} (cell ${cell.address})`);
  cell.value = Number(text);
}

function setWidths(ws: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** "- 1 – 3 Low risk" -> "1 – 3 Low risk"; "*Likelihood*" -> "Likelihood" (markdown from the PDF conversion). */
function unmarkdown(text: string): string {
  return text.replace(/^- /, '').replace(/\*([^*]+)\*/g, '$1');
}

// =============================================================== Liverpool

function liverpoolFinance(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Finance', SHEET_DEFAULTS);
  setWidths(ws, [42, 16, 16, 16, 16, 18, 18]);

  // Rows 1-13 are lines 630-642: title, blank, header, nine lines, Total.
  const budget = liverpoolDelegatedBudget();
  budget.forEach((line, i) => {
    const r = i + 1;
    if (line.length === 0) return;
    if (line.length === 1) {
      setText(ws.getCell(r, 1), line[0]);
      ws.getCell(r, 1).font = BOLD;
      return;
    }
    if (line[0] === 'Description') {
      line.forEach((t, c) => setText(ws.getCell(r, c + 1), t));
      ws.getRow(r).font = BOLD;
      ws.getRow(r).alignment = { wrapText: true, vertical: 'bottom' };
      return;
    }
    setText(ws.getCell(r, 1), line[0]);
    // Variances and the Total row hold the printed values, not formulas: the
    // seed's £1 differences (NHS Property Services YTD variance, Total YTD actual) must survive.
    line.slice(1).forEach((t, c) => setAmount(ws.getCell(r, c + 2), t, FORMATS.poundsBrackets));
    if (line[0] === 'Total') ws.getRow(r).font = BOLD;
  });

  // Rows 14-16 blank; rows 17-24 are lines 644-651: the prescribing paragraphs,
  // the "The table below shows..." sentence and the prescribing table.
  const prescribing = liverpoolPrescribingForecast();
  const start = 17;
  prescribing.forEach((line, i) => {
    const r = start + i;
    if (line.length === 0) return;
    if (line.length === 1) {
      setText(ws.getCell(r, 1), line[0]);
      return;
    }
    if (line[0] === '') {
      line.forEach((t, c) => setText(ws.getCell(r, c + 1), t));
      ws.getRow(r).font = BOLD;
      ws.getRow(r).alignment = { wrapText: true, vertical: 'bottom' };
      return;
    }
    setText(ws.getCell(r, 1), line[0]);
    line.slice(1).forEach((t, c) => setAmount(ws.getCell(r, c + 2), t, FORMATS.poundsSignBrackets));
  });
}

/** Columns of the Liverpool register (0-based) by what they hold. */
const LV_NUMBER_COLS = new Set([7, 8, 9, 12, 13, 14]); // L, C, Current Risk (score), L, C, Residual Risk (score)
const LV_DATE_COLS = new Set([2, 16, 17]); // Date Entered, Completion Date, Review Date
const LV_WRAP_COLS = new Set([1, 3, 4, 5, 6, 11, 18]);

function liverpoolRiskRegisterSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Risk Register', SHEET_DEFAULTS);
  setWidths(ws, [12, 28, 12, 28, 40, 40, 32, 4, 4, 9, 9, 45, 4, 4, 9, 9, 16, 10, 70]);

  // One header only: the seed repeats the two title rows and the header after a
  // page break (lines 781-783); a workbook would not.
  const page1 = readSeedRange(RANGES.liverpoolRiskRegisterPage1); // 765-779
  const page2 = readSeedRange(RANGES.liverpoolRiskRegisterPage2).slice(3); // 784-792
  const lines: SeedRows = [...page1, ...page2];

  lines.forEach((line, i) => {
    const r = i + 1;
    const isTitle = i < 2;
    const isHeader = line[0] === 'Ref';
    const isSection = !isTitle && !isHeader && line.slice(1).every((t) => t === '');
    if (isTitle || isSection) {
      setText(ws.getCell(r, 1), line[0]);
      ws.getCell(r, 1).font = BOLD;
      return;
    }
    if (isHeader) {
      line.forEach((t, c) => setText(ws.getCell(r, c + 1), t));
      ws.getRow(r).font = BOLD;
      ws.getRow(r).alignment = { wrapText: true, vertical: 'top' };
      return;
    }
    line.forEach((t, c) => {
      const cell = ws.getCell(r, c + 1);
      if (LV_NUMBER_COLS.has(c)) setWholeNumber(cell, t);
      else if (LV_DATE_COLS.has(c)) setDateOrText(cell, t);
      else setText(cell, t);
      cell.alignment = LV_WRAP_COLS.has(c) ? WRAP_TOP : { vertical: 'top' };
    });
  });
}

function liverpoolKeySheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Key', SHEET_DEFAULTS);
  setWidths(ws, [20, 12, 12, 12, 12, 16]);
  // Rows 1-16 are lines 794-809.
  liverpoolRiskKey().forEach((line, i) => {
    const r = i + 1;
    if (line.length === 0) return;
    if (line.length === 1) {
      setText(ws.getCell(r, 1), unmarkdown(line[0]));
      return;
    }
    line.forEach((t, c) => {
      const cell = ws.getCell(r, c + 1);
      if (c > 0 && /^\d+$/.test(t)) cell.value = Number(t);
      else setText(cell, t);
    });
    if (line[0] === 'Consequence Score' || line[0] === '') ws.getRow(r).font = BOLD;
  });
}

function liverpoolRiskProfileSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Risk Profile', SHEET_DEFAULTS);
  setWidths(ws, [16, 13, 12, 12]);
  setText(ws.getCell(1, 1), readSeedRange(RANGES.liverpoolRiskProfileIntro)[0][0]);
  // Rows 3-7 are lines 749-753.
  liverpoolRiskProfile().forEach((line, i) => {
    const r = 3 + i;
    if (i === 0) {
      line.forEach((t, c) => setText(ws.getCell(r, c + 1), t));
      ws.getRow(r).font = BOLD;
      return;
    }
    setText(ws.getCell(r, 1), line[0]);
    setText(ws.getCell(r, 2), line[1]); // "15-25": text, as typed
    setWholeNumber(ws.getCell(r, 3), line[2]);
    // "Change +/-": numbers, formatted to print as the paper does ("+ 1", "0", "-1").
    const change = line[3].replace(/^\+ /, '');
    setWholeNumber(ws.getCell(r, 4), change);
    ws.getCell(r, 4).numFmt = FORMATS.change;
  });
}

/** Which programme lines go to the "Programme" sheet, one blank row between blocks. */
export const PROGRAMME_BLOCKS: SeedRange[] = [
  RANGES.liverpoolProgrammeHeader,
  RANGES.liverpoolWorkstreamEnhancedAccess,
  RANGES.liverpoolWorkstreamLqis,
  RANGES.liverpoolWorkstreamEstates,
  RANGES.liverpoolWorkstreamQuality,
  RANGES.liverpoolWorkstreamEngagement,
  RANGES.liverpoolRagKey,
];

function liverpoolProgrammeSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Programme', SHEET_DEFAULTS);
  setWidths(ws, [22, 34, 60, 14, 16, 70]);
  let r = 1;
  PROGRAMME_BLOCKS.forEach((block, b) => {
    if (b > 0) r += 1; // one blank row between blocks
    for (const line of readSeedRange(block)) {
      // Lines are kept as the seed lays them out (blank lines inside a block
      // included), so every Overall RAG Status letter stays on its own row.
      line.forEach((t, c) => {
        const cell = ws.getCell(r, c + 1);
        setText(cell, plainText(t));
        if (t !== '') cell.alignment = WRAP_TOP;
      });
      const a = line[0] ?? '';
      if (a === 'Overall RAG Status' || a.startsWith('WORKSTREAM:') || a === 'Programme Highlight Report' || a === 'RAG rating key') {
        ws.getRow(r).font = BOLD;
      }
      r += 1;
    }
  });
}

async function buildLiverpool(outDir: string): Promise<void> {
  const wb = newWorkbook(new Date(Date.UTC(2017, 7, 15, 9, 0, 0)));
  liverpoolFinance(wb);
  liverpoolRiskRegisterSheet(wb);
  liverpoolKeySheet(wb);
  liverpoolRiskProfileSheet(wb);
  liverpoolProgrammeSheet(wb);
  await wb.xlsx.writeFile(path.join(outDir, SAMPLE_FILES.liverpool));
}

// =========================================================== Staffordshire

/**
 * Budget tables in £'000s, written row for row as the seed lines (row = line
 * index + 1): CCG name, title, blank, "Month 7", blank, the two-row header
 * ("Year To Date" merged over B:D, "Forecast" over E:G), section rows with no
 * numbers, lines, unlabelled subtotal rows, "Sub Total", the unlabelled total.
 */
function budgetSheet(wb: ExcelJS.Workbook, name: string, lines: SeedRows): void {
  const ws = wb.addWorksheet(name, SHEET_DEFAULTS);
  setWidths(ws, [42, 12, 12, 12, 12, 12, 12]);
  lines.forEach((line, i) => {
    const r = i + 1;
    if (line.length === 0) return;
    if (line.length === 1) {
      setText(ws.getCell(r, 1), line[0]); // title lines, leading space kept as printed
      ws.getCell(r, 1).font = BOLD;
      return;
    }
    if (line[1] === 'Year To Date') {
      setText(ws.getCell(r, 2), line[1]);
      setText(ws.getCell(r, 5), line[4]);
      ws.mergeCells(r, 2, r, 4);
      ws.mergeCells(r, 5, r, 7);
      ws.getRow(r).font = BOLD;
      ws.getRow(r).alignment = { horizontal: 'center' };
      return;
    }
    if (line[1].startsWith('Budget ')) {
      line.forEach((t, c) => setText(ws.getCell(r, c + 1), t));
      ws.getRow(r).font = BOLD;
      ws.getRow(r).alignment = { wrapText: true, horizontal: 'center' };
      return;
    }
    setText(ws.getCell(r, 1), line[0]);
    line.slice(1).forEach((t, c) => setAmount(ws.getCell(r, c + 2), t, FORMATS.thousandsMinus));
    const isSection = line.slice(1).every((t) => t === '');
    if (isSection || line[0] === 'Sub Total' || line[0] === '') ws.getRow(r).font = BOLD;
  });
}

async function buildStaffordshireMonth7(outDir: string): Promise<void> {
  const wb = newWorkbook(new Date(Date.UTC(2018, 11, 10, 9, 0, 0)));
  budgetSheet(wb, 'Delegated', staffordshireDelegatedBudgets()); // lines 372-509
  budgetSheet(wb, 'Commissioning', staffordshireCommissioningBudgets()); // lines 511-606
  await wb.xlsx.writeFile(path.join(outDir, SAMPLE_FILES.staffordshireMonth7));
}

function corporateRiskRegisterSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Corporate Risk Register', SHEET_DEFAULTS);
  setWidths(ws, [22, 60, 34, 34, 12, 70, 12, 12, 30, 26, 8, 34]);

  // Rows 1-10: the version control block (lines 263-272); row 11 blank.
  const raw = staffordshireRiskRegister();
  const versionBlock = raw.slice(0, 10);
  versionBlock.forEach((line, i) => {
    const r = i + 1;
    line.forEach((t, c) => {
      const cell = ws.getCell(r, c + 1);
      if (line[0] === 'Version' && c === 1) setWholeNumber(cell, t);
      else setText(cell, t);
    });
    if (i === 0) ws.getRow(r).font = BOLD;
  });

  // Row 12: the 12-column header; rows 13-21: A1.54 ... A1.66, re-aligned to
  // 12 columns (the seed's second page lost the empty TARGET column), HTML
  // tags from the PDF conversion stripped to plain text. Scores stay text
  // ("16 (4x4)"), as typed in the register.
  const aligned = staffordshireRiskRegisterAligned();
  aligned.forEach((line, i) => {
    const r = 12 + i;
    line.forEach((t, c) => {
      const cell = ws.getCell(r, c + 1);
      setText(cell, plainText(t));
      cell.alignment = WRAP_TOP;
    });
    if (i === 0) ws.getRow(r).font = BOLD;
  });
}

function tableOneSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Table One', SHEET_DEFAULTS);
  setWidths(ws, [24, 14, 14, 14, 16]);
  // Rows 1-22 are lines 228-249: heading, grading text, likelihood list, matrix.
  staffordshireRiskGrading().forEach((line, i) => {
    const r = i + 1;
    if (line.length === 0) return;
    if (line.length === 1) {
      setText(ws.getCell(r, 1), unmarkdown(line[0]));
      if (line[0] === 'Table One' || line[0] === 'LIKELIHOOD of Occurrence') ws.getCell(r, 1).font = BOLD;
      return;
    }
    const numeric = line.every((t) => /^\d+$/.test(t));
    line.forEach((t, c) => {
      const cell = ws.getCell(r, c + 1);
      if (numeric) cell.value = Number(t);
      else setText(cell, t);
    });
    if (!numeric) ws.getRow(r).font = BOLD;
  });
}

function risks12PlusSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Risks 12+', SHEET_DEFAULTS);
  setWidths(ws, [12, 12, 12]);
  // Row 1: the paper's sentence (line 199, first paragraph, as plain text).
  const intro = plainText(readSeedLines(STAFFORDSHIRE_SEED, 199, 199)[0][0]);
  const sentence = /^There are currently .*? newly identified risk\./.exec(intro);
  if (!sentence) throw new Error('Staffordshire line 199: risks 12+ sentence not found');
  setText(ws.getCell(1, 1), sentence[0]);
  // Rows 3-6 are lines 200-203 (the trailing empty fields dropped: they are empty cells).
  staffordshireRisks12Plus().forEach((line, i) => {
    const r = 3 + i;
    line.slice(0, 3).forEach((t, c) => {
      const cell = ws.getCell(r, c + 1);
      if (i > 0 && c < 2) setWholeNumber(cell, t);
      else setText(cell, t);
    });
    if (i === 0) ws.getRow(r).font = BOLD;
  });
}

async function buildStaffordshireRisks(outDir: string): Promise<void> {
  const wb = newWorkbook(new Date(Date.UTC(2018, 10, 21, 9, 0, 0)));
  corporateRiskRegisterSheet(wb);
  tableOneSheet(wb);
  risks12PlusSheet(wb);
  await wb.xlsx.writeFile(path.join(outDir, SAMPLE_FILES.staffordshireRisks));
}

export async function buildSamples(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  await buildLiverpool(outDir);
  await buildStaffordshireMonth7(outDir);
  await buildStaffordshireRisks(outDir);
  return Object.values(SAMPLE_FILES).map((f) => path.join(outDir, f));
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'samples'));
  buildSamples(outDir).then(
    (files) => {
      for (const f of files) console.log(`wrote ${path.relative(process.cwd(), f) || f}`);
    },
    (err: unknown) => {
      console.error(`build-samples: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
