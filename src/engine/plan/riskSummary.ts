/**
 * The Risk Summary sheet: the grading bands (editable), a heat map (5x5, or the 4x4 or 3x3 of
 * the workbook's own key) for current and for
 * residual scores with live counts, the profile table board papers show (Risk Category,
 * Score Range, Total Risks, Change +/-), the risks at or above the board's threshold, what
 * closed since last time, and every risk with live L x C scores and grades.
 */
import { SheetGrid, WorkbookGrids, a1, cellValue, columnLetter } from '../grid';
import { RiskEntry, RiskRegister, RiskSlot, RISK_SLOTS } from '../model';
import { RagScheme, RiskBand, bandMarks, boardThresholdFor, gradeAt, gradeFor, matrixSizeOf, scoreOf } from '../rag/scheme';
import { CellStyle, GeneratedSheet, PlannedCell, PlannedRule } from './types';
import { formula, num, sheetRef, sourceFigure, str, text } from './cells';
import { summaryPrint, wrappedRowHeights } from './print';
import { MOVEMENT_ARROW, RiskSnapshot, headlineScore, movementOf } from './snapshot';
import { bandLevel, gradeWordColour, gradeWordLevel, gradedByBands, inSeverityOrder, noHeatMapBecause, placedOnNoMap } from '../risk/gradeWords';

const TITLE: CellStyle = { bold: true, size: 14 };
const HEAD: CellStyle = { bold: true, fill: '#D9E1F2', wrap: true, border: true, horizontal: 'centre' };
const BOLD: CellStyle = { bold: true };
const NOTE: CellStyle = { italic: true, fontColour: '#595959' };
const BOX: CellStyle = { border: true };
const NUM: CellStyle = { border: true, horizontal: 'centre', numberFormat: '0' };
/** A register's averages with decimals (4.30 x 4.70 = 20.21) shown as they are, never rounded to a whole rating. */
const AVERAGED: CellStyle = { ...NUM, numberFormat: '0.00' };
const GRADE: CellStyle = { border: true, bold: true };
const WRAP: CellStyle = { border: true, wrap: true };

const LIKELIHOOD = ['1 Rare', '2 Unlikely', '3 Possible', '4 Likely', '5 Almost certain'];
const CONSEQUENCE = ['1 Negligible', '2 Minor', '3 Moderate', '4 Major', '5 Catastrophic'];
const SLOT_TITLE: Record<RiskSlot, string> = { inherent: 'Inherent', current: 'Current', residual: 'Residual', target: 'Target' };

export interface RiskSummaryInput {
  readonly name: string;
  readonly workbook: WorkbookGrids;
  readonly registers: ReadonlyArray<RiskRegister>;
  readonly scheme: RagScheme;
  readonly boardThreshold: number;
  readonly previous: RiskSnapshot | null;
}

interface RiskLine {
  readonly register: RiskRegister;
  readonly risk: RiskEntry;
}

const dark = (colour: string) => /^#(D5281B|007F3B)$/i.test(colour);

/**
 * Impact scored per area: the consequence is the highest area's score, live on the register's
 * cells where they hold numbers (0 says an area does not apply); figures typed as text are
 * written as read, as `sourceFigure` does.
 */
function highestArea(sheet: SheetGrid, row: number, cols: ReadonlyArray<number>, consequence: number): PlannedCell {
  if (!cols.every((c) => { const v = cellValue(sheet, row, c); return typeof v === 'number' || v === null; })) return num(consequence, NUM);
  const range = `${sheetRef(sheet.name, row, Math.min(...cols))}:${a1(row, Math.max(...cols))}`;
  return formula(`IF(MAX(${range})>0,MAX(${range}),"")`, consequence, NUM);
}

/** How wide, in characters, the risks table may be before its Risk column stops giving way: about 70% print scale on A4 landscape. */
const TARGET_WIDTH = 150;

export function riskSummarySheet(input: RiskSummaryInput): GeneratedSheet {
  const { scheme, registers, previous } = input;
  const bands = [...scheme.bands].sort((a, b) => a.min - b.min);
  const marks = bandMarks(bands);
  const lines: RiskLine[] = registers.flatMap((register) => register.risks.map((risk) => ({ register, risk })));
  // A slot no risk has a score in (a Target column left blank) is not written; nor are L and C
  // columns where the register gives the slot's score alone.
  const slots = RISK_SLOTS.filter((s) => registers.some((r) => r.slots.includes(s)) && lines.some((l) => l.risk.scores[s]));
  // Heat maps need a likelihood and a consequence: the current and residual slots, filled up to
  // two from the others in the register's order, so a register of inherent and residual scores
  // shows the board where its risks stood before controls and where they stand after.
  // (Not a register rated on a scale beyond the matrix, "Probability 0-10", nor by averages with
  // decimals, 4.3, nor scored on three ratings: no 5x5 map holds them.)
  const mappable = registers.some(placedOnNoMap) ? [] : slots.filter((s) => lines.some((l) => l.risk.scores[s]?.likelihood != null) && lines.some((l) => l.risk.scores[s]?.consequence != null));
  const mapSlots = (['current', 'residual'] as RiskSlot[]).filter((s) => mappable.includes(s));
  const fillers = mappable.filter((s) => !mapSlots.includes(s)).slice(0, Math.max(0, 2 - mapSlots.length));
  const heatSlots = mappable.filter((s) => mapSlots.includes(s) || fillers.includes(s));
  const open = lines.filter((l) => !l.risk.closed);
  const prevByKey = new Map((previous?.risks ?? []).map((p) => [`${p.register}|${p.ref}`, p]));
  const currentKeys = new Set(lines.filter((l) => l.risk.ref).map((l) => `${l.register.sheet}|${l.risk.ref}`));
  const closedSince = (previous?.risks ?? []).filter((p) => !p.closed && !currentKeys.has(`${p.register}|${p.ref}`));
  // Each line's place, looked up rather than searched for (20,000 risks made that quadratic).
  const lineIndex = new Map(lines.map((l, i) => [l, i] as const));
  // Risks graded in words with no score ("H", "Medium") go before the board from the grade the
  // threshold score falls in ("High" for 12 on the NPSA bands), however the register spells it.
  // (A threshold no score on the scheme's matrix reaches, 12 on DCB0129's ratings of 1 to 5, is the scheme's own.)
  const boardThreshold = boardThresholdFor(scheme, input.boardThreshold);
  const thresholdBand = gradeFor(scheme, boardThreshold);
  const thresholdLevel = thresholdBand ? bandLevel(scheme, thresholdBand) : null;
  const wordLevel = (l: RiskLine) => {
    const h = headlineScore(l.risk);
    return h && h.score === null && h.grade !== null ? gradeWordLevel(h.grade) : null;
  };
  const byWords = open.some((l) => wordLevel(l) !== null);
  const board = open
    .map((l) => ({ ...l, index: lineIndex.get(l)!, score: headlineScore(l.risk)?.score ?? null, level: wordLevel(l) }))
    .filter((l) => (l.score !== null && l.score >= boardThreshold) || (l.level !== null && thresholdLevel !== null && l.level >= thresholdLevel))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (b.level ?? 0) - (a.level ?? 0) || (a.risk.ref ?? '').localeCompare(b.risk.ref ?? ''));
  // A register graded in words alone profiles by its words, with no empty score bands beside them.
  const scoredAny = lines.some((l) => RISK_SLOTS.some((s) => l.risk.scores[s]?.score != null));
  const profileBands = scoredAny ? bands : [];
  // The grades written in words that the profile must show besides its bands, least severe first.
  const profiled = new Set(profileBands.map((b) => b.name));
  const gradeWords = inSeverityOrder(lines.flatMap((l) => RISK_SLOTS.map((s) => l.risk.scores[s]).filter((x) => x && x.score === null && x.grade !== null && !profiled.has(x.grade)).map((x) => x!.grade!)));
  // Those the band colours do not already cover.
  const bandNames = new Set(scheme.bands.map((b) => b.name));
  const unbandedWords = gradeWords.filter((w) => !bandNames.has(w));

  // Columns of the risks table: the short ones first, so the blocks above (heat maps, bands,
  // profile) sit over columns of even width; the long text after, wrapping in a fixed width.
  // The header is two rows: a group's name ("Current", "Board") over its narrow columns.
  const widths: number[] = [12];
  const headers: string[] = ['Ref'];
  const groups: Array<{ title: string; left: number; right: number }> = [];
  const addCol = (header: string, width: number) => {
    widths.push(width);
    headers.push(header);
    return widths.length - 1;
  };
  const slotCols = new Map<RiskSlot, { l: number | null; c: number | null; score: number; grade: number }>();
  for (const s of slots) {
    const withL = lines.some((l) => l.risk.scores[s]?.likelihood != null);
    const withC = lines.some((l) => l.risk.scores[s]?.consequence != null);
    const l = withL ? addCol('L', 6) : null;
    const c = withC ? addCol('C', 6) : null;
    // No score columns where no risk has a score (a register graded in words alone).
    const cols = { l, c, score: scoredAny ? addCol('Score', 6) : -1, grade: addCol('Grade', 9) };
    slotCols.set(s, cols);
    groups.push({ title: SLOT_TITLE[s], left: l ?? c ?? (cols.score >= 0 ? cols.score : cols.grade), right: cols.grade });
  }
  const boardScoreCol = scoredAny ? addCol('Score', 6) : -1;
  const boardGradeCol = addCol('Grade', 9);
  groups.push({ title: 'Board', left: boardScoreCol >= 0 ? boardScoreCol : boardGradeCol, right: boardGradeCol });
  const titleCol = addCol('Risk', 26);
  const ownerCol = lines.some((l) => l.risk.owner) ? addCol('Owner', 12) : -1;
  const trendCol = lines.some((l) => l.risk.trend) ? addCol('Trend (register)', 10) : -1;
  const statusCol = addCol('Status', 7);
  const prevCol = previous ? addCol('Previous score', 8) : -1;
  const moveCol = addCol('Movement', 13);
  const others = widths.reduce((a, w, i) => a + (i === titleCol ? 0 : w), 0);
  widths[titleCol] = Math.max(28, Math.min(48, TARGET_WIDTH - others));

  // Layout, top to bottom; every block's size is known before any formula is written.
  const bandTop = 3;
  const bandRows = { first: bandTop + 1, last: bandTop + bands.length };
  // The profile table beside the band table (its title, header and a row a band), not below
  // it: the board's first page has the heat maps and the board table still to hold.
  // With no scores there is no band table: the profile stands at the left.
  const profileLeft = scoredAny ? 4 : 0;
  const profileTop = bandTop;
  let r = Math.max(scoredAny ? bandRows.last : 0, profileTop + 1 + profileBands.length + gradeWords.length) + 2;
  const size = matrixSizeOf(scheme);
  // A register graded by its matrix's grid: the grid, written out, is what grades each pair.
  // So is one that rates each pair on its matrix (DCB0129): the ratings, written out, are the scores.
  const gridTop = (scheme.grid || scheme.ratings) && scoredAny ? r : -1;
  const gridRates = gridTop >= 0 && !scheme.grid;
  if (gridTop >= 0) r += size + 3;
  // Two maps side by side, before and after, as a board reads them: the second's rows are the
  // first's, so it names its consequence by number alone; the page keeps room for the board table.
  const heatTop = r;
  const heatLefts = heatSlots.map((_s, k) => k * (size + 2));
  // (A register whose ratings no map's cell holds says so where its map would be.)
  const unmapped = heatSlots.length === 0 && scoredAny ? registers.find(placedOnNoMap) : undefined;
  if (heatSlots.length) r += size + 4;
  else if (unmapped) r += unmapped.averagedRatings ? 3 : 2;
  const boardTop = r;
  r += Math.max(board.length, 1) + 4;
  const closedTop = r;
  r += closedSince.length ? closedSince.length + 3 : 0;
  const tableTop = r + 1;
  // The risks, with a heading row where the register or its section changes.
  const detailRowOf: number[] = [];
  const headings: Array<{ row: number; text: string }> = [];
  let at = tableTop + 2;
  let lastRegister: RiskRegister | null = null;
  let lastSection: string | null | undefined;
  for (const l of lines) {
    if (registers.length > 1 && l.register !== lastRegister) {
      headings.push({ row: at++, text: `${l.register.sheet}` });
      lastSection = undefined;
    }
    if ((l.risk.section ?? null) !== (lastSection ?? null) && l.risk.section) headings.push({ row: at++, text: l.risk.section });
    lastRegister = l.register;
    lastSection = l.risk.section ?? null;
    detailRowOf.push(at++);
  }
  const firstRisk = tableTop + 2;
  const lastRisk = Math.max(at - 1, firstRisk);

  const rows: (PlannedCell | undefined)[][] = [];
  const put = (row: number, c: number, cell: PlannedCell | undefined) => {
    if (c < 0) return;
    while (rows.length <= row) rows.push([]);
    rows[row]![c] = cell;
  };
  const rules: PlannedRule[] = [];
  const range = (c: number) => `$${columnLetter(c)}$${firstRisk + 1}:$${columnLetter(c)}$${lastRisk + 1}`;
  const bandNameCells = `$A$${bandRows.first + 1}:$A$${bandRows.last + 1}`;
  const bandFrom = `$B$${bandRows.first + 1}:$B$${bandRows.last + 1}`;
  const gradeOf = (scoreRef: string, otherwise = '""') => `IF(ISNUMBER(${scoreRef}),LOOKUP(${scoreRef},${bandFrom},${bandNameCells}),${otherwise})`;
  // A product of three ratings past the bands' last "To score" (a 30 on a key of 1 to 25): no grade.
  const bandTo = `$C$${bandRows.first + 1}:$C$${bandRows.last + 1}`;
  const gradeWithinBands = (scoreRef: string) => `IF(ISNUMBER(${scoreRef}),IF(${scoreRef}>MAX(${bandTo}),"",LOOKUP(${scoreRef},${bandFrom},${bandNameCells})),"")`;
  // On a grid, consequence down from the highest, likelihood across from 1.
  const gridRange = gridTop >= 0 ? `$B$${gridTop + 3}:$${columnLetter(size)}$${gridTop + 2 + size}` : '';
  const gridGradeOf = (lRef: string, cRef: string, otherwise = '""') => `IF(AND(ISNUMBER(${lRef}),ISNUMBER(${cRef})),INDEX(${gridRange},${size + 1}-${cRef},${lRef}),${otherwise})`;

  put(0, 0, text('Risk Summary', TITLE));
  // Two short lines, not one long one: a note runs on over empty cells only to the page's edge.
  // Risks read from cards have no columns to link to: their scores are written as read.
  const linked = registers.some((g) => g.layout !== 'cards');
  const factored = registers.find((g) => g.scoreFactor)?.scoreFactor;
  const madeBy = !scoredAny && gradeWords.length
    ? "Made by RAG Board. The register grades its risks in words, with no scores: each grade is live on the register's cell."
    : linked ? (gridRates ? "Made by RAG Board. Scores are formulas on the register's cells, looked up on the matrix below." : factored ? `Made by RAG Board. Scores are L x C x "${factored.header}" formulas on the register's cells.` : "Made by RAG Board. Scores are L x C formulas on the register's cells.") : "Made by RAG Board. Scores are as the risks' cards give them (L x C where both are given).";
  put(1, 0, text(madeBy, NOTE));
  if (scoredAny) {
    put(2, 0, text(gridRates ? `Scores are the ratings the matrix below gives each likelihood and consequence; grades come from the bands (${scheme.label}). Change either and the grades follow.` : gridTop >= 0 ? `Grades come from the register's matrix below (${scheme.label}). Change a cell of it and the grades follow; the bands give the scores each grade takes.` : `Grades come from the bands below (${scheme.label}). Change a band and the grades follow.`, NOTE));
    ['Grade', 'From score', 'To score'].forEach((h, c) => put(bandTop, c, text(h, HEAD)));
    bands.forEach((b, i) => {
      const style: CellStyle = { border: true, bold: true, fill: b.colour, fontColour: dark(b.colour) ? '#FFFFFF' : '#000000' };
      put(bandRows.first + i, 0, text(b.name, style));
      put(bandRows.first + i, 1, num(b.min, NUM));
      put(bandRows.first + i, 2, num(b.max, NUM));
    });
  }

  if (gridTop >= 0) {
    put(gridTop, 0, text(gridRates ? 'The matrix: the rating of each likelihood (across) and consequence (down)' : "The register's matrix: the grade of each likelihood (across) and consequence (down)", BOLD));
    put(gridTop + 1, 0, text('C \\ L', HEAD));
    for (let li = 1; li <= size; li++) put(gridTop + 1, li, text(`L ${li}`, HEAD));
    for (let ci = 0; ci < size; ci++) {
      const consequence = size - ci;
      put(gridTop + 2 + ci, 0, text(`C ${consequence}`, HEAD));
      for (let li = 1; li <= size; li++) {
        const band = gradeAt(scheme, li, consequence);
        const style: CellStyle = { border: true, horizontal: 'centre', ...(band ? { fill: band.colour, fontColour: dark(band.colour) ? '#FFFFFF' : '#000000' } : {}) };
        put(gridTop + 2 + ci, li, gridRates ? num(scoreOf(scheme, li, consequence) ?? 0, style) : text(scheme.grid![li - 1]![consequence - 1] ?? '', style));
      }
    }
  }

  // Heat maps: likelihood across, consequence down (5 at the top), as the seeds draw them, headed
  // with the workbook key's own words where it has them (Staffordshire's 3 is "Likely").
  const labels = registers.find((g) => g.scaleLabels)?.scaleLabels ?? { likelihood: null, consequence: null };
  if (unmapped) {
    put(heatTop, 0, text(noHeatMapBecause(unmapped, size, unmapped.sheet)!, NOTE));
    // (Its scores fall between the bands' whole numbers: the band table's "From score" decides.)
    if (unmapped.averagedRatings) put(heatTop + 1, 0, text('A score between two bands has the grade of the band below it until it reaches the next band\'s "From score".', NOTE));
  }
  heatSlots.forEach((slot, k) => {
    const top = heatTop;
    const left = heatLefts[k]!;
    const sc = slotCols.get(slot)!;
    put(top, left, text(`Heat map: ${SLOT_TITLE[slot].toLowerCase()} scores of open risks`, BOLD));
    // The NPSA words name a 5-point scale; a smaller matrix's points are named by its own key or by number.
    const words = Array.from({ length: size }, (_x, i) => (labels.likelihood?.[i] ? `${i + 1} ${labels.likelihood[i]}` : size === 5 ? LIKELIHOOD[i]! : String(i + 1)));
    // One note under the first title runs on under both maps.
    if (k === 0) put(top + 1, 0, text(`Likelihood across: ${words.join(', ')}. Consequence down. Each cell counts open risks and shows the grade's letter.`, NOTE));
    put(top + 2, left, text(k === 0 ? 'Consequence' : 'C', HEAD));
    words.forEach((_t, i) => put(top + 2, left + 1 + i, text(`L ${i + 1}`, HEAD)));
    for (let ci = 0; ci < size; ci++) {
      const consequence = size - ci;
      const own = labels.consequence?.[consequence - 1];
      const named = own ? `${consequence} ${own}` : size === 5 ? CONSEQUENCE[consequence - 1]! : String(consequence);
      put(top + 3 + ci, left, text(k === 0 ? named : String(consequence), { ...HEAD, horizontal: k === 0 ? 'left' : 'centre' }));
      for (let li = 0; li < size; li++) {
        const likelihood = li + 1;
        const band = gradeAt(scheme, likelihood, consequence);
        const count = open.filter((l) => l.risk.scores[slot]?.likelihood === likelihood && l.risk.scores[slot]?.consequence === consequence).length;
        const letter = band ? marks.get(band.name)! : '';
        const style: CellStyle = {
          border: true,
          horizontal: 'centre',
          bold: count > 0,
          fill: band?.colour,
          fontColour: band && dark(band.colour) ? '#FFFFFF' : '#000000',
          numberFormat: `0" ${letter}";-0;"· ${letter}"`,
        };
        put(top + 3 + ci, left + 1 + li, formula(`COUNTIFS(${range(sc.l!)},${likelihood},${range(sc.c!)},${consequence},${range(statusCol)},"Open")`, count, style));
      }
    }
    // The colours and letters written above are for viewers that do not evaluate rules; these
    // rules give each cell the band its score (likelihood x consequence, from where the cell
    // is) falls in on the band table, so an edited band recolours the map as it re-grades.
    const firstRow = top + 4; // 1-based row of the highest consequence
    const score = `(COLUMN()-${left + 1})*(${firstRow + size}-ROW())`;
    bands.forEach((b, i) => {
      const bandRow = bandRows.first + i + 1;
      const letter = marks.get(b.name)!;
      rules.push({
        ranges: `${columnLetter(left + 1)}${firstRow}:${columnLetter(left + size)}${firstRow + size - 1}`,
        // (On a grid, the grade its cell of the written-out grid gives: the same place in it.)
        condition: gridRates ? `AND(B${gridTop + 3}>=$B$${bandRow},B${gridTop + 3}<=$C$${bandRow})` : gridTop >= 0 ? `B${gridTop + 3}=$A$${bandRow}` : `AND(${score}>=$B$${bandRow},${score}<=$C$${bandRow})`,
        order: rules.length + 1,
        style: { fill: b.colour, fontColour: dark(b.colour) ? '#FFFFFF' : '#000000', numberFormat: `0" ${letter}";-0;"· ${letter}"` },
      });
    });
  });

  // The profile table, as board papers show it, on the headline score.
  const prevCounts = new Map<string, number>();
  for (const p of previous?.risks ?? []) if (!p.closed && p.grade) prevCounts.set(p.grade, (prevCounts.get(p.grade) ?? 0) + 1);
  const pc = profileLeft;
  const profileChange = (row: number, grade: string, total: number) => {
    if (previous) {
      const before = prevCounts.get(grade) ?? 0;
      put(row, pc + 3, formula(`${a1(row, pc + 2)}-${before}`, total - before, { border: true, horizontal: 'centre', numberFormat: '"+ "0;"- "0;0' }));
    } else {
      put(row, pc + 3, text('first run', { ...BOX, italic: true }));
    }
  };
  put(profileTop, pc, text(`Risk profile (open risks, by the ${scoredAny ? 'score' : 'grade'} after mitigation where given)`, BOLD));
  ['Risk Category', 'Range', 'Risks', '+/-'].forEach((h, c) => put(profileTop + 1, pc + c, text(h, HEAD)));
  [...profileBands].reverse().forEach((b, i) => {
    const row = profileTop + 2 + i;
    const total = open.filter((l) => headlineScore(l.risk)?.grade === b.name).length;
    const bandRow = bandRows.first + bands.indexOf(b);
    put(row, pc, formula(`$A$${bandRow + 1}`, b.name, { border: true, bold: true, fill: b.colour, fontColour: dark(b.colour) ? '#FFFFFF' : '#000000' }));
    put(row, pc + 1, formula(`$B$${bandRow + 1}&"-"&$C$${bandRow + 1}`, `${b.min}-${b.max}`, { border: true, horizontal: 'centre' }));
    put(row, pc + 2, formula(`COUNTIFS(${range(boardGradeCol)},${a1(row, pc)},${range(statusCol)},"Open")`, total, NUM));
    profileChange(row, b.name, total);
  });
  // Then the grades written in words, most severe first, counted as the register writes them.
  [...gradeWords].reverse().forEach((w, i) => {
    const row = profileTop + 2 + profileBands.length + i;
    const level = gradeWordLevel(w);
    const colour = level !== null ? gradeWordColour(level) : null;
    const total = open.filter((l) => headlineScore(l.risk)?.grade === w).length;
    put(row, pc, text(w, { border: true, bold: true, ...(colour ? { fill: colour, fontColour: dark(colour) ? '#FFFFFF' : '#000000' } : {}) }));
    put(row, pc + 1, text('in words', { border: true, horizontal: 'centre', italic: true }));
    put(row, pc + 2, formula(`COUNTIFS(${range(boardGradeCol)},${a1(row, pc)},${range(statusCol)},"Open")`, total, NUM));
    profileChange(row, w, total);
  });

  // The board table: risks at or above the threshold, highest first, in every one of the risks
  // table's columns (each cell a link to the risk's row): the two tables share their columns, so a
  // column left out of one would print as a blank gap in it.
  const boardCols = headers.map((_h, c) => c);
  const merges: string[] = [];
  /** The two header rows: group names over their columns (merged), each column's own name below. */
  const header2 = (top: number, cols: ReadonlyArray<number>) => {
    for (const c of cols) {
      const g = groups.find((x) => c >= x.left && c <= x.right);
      put(top, c, text(g ? g.title : '', HEAD));
      put(top + 1, c, text(headers[c]!, HEAD));
    }
    for (const g of groups) {
      const inside = cols.filter((c) => c >= g.left && c <= g.right);
      if (inside.length > 1 && inside[inside.length - 1]! - inside[0]! === inside.length - 1) {
        merges.push(`${a1(top, inside[0]!)}:${a1(top, inside[inside.length - 1]!)}`);
        inside.slice(1).forEach((c) => put(top, c, text('', HEAD)));
      }
    }
  };
  const orGraded = byWords && thresholdBand ? `, or graded ${thresholdBand.name} or above in words` : '';
  put(boardTop, 0, text(`Risks scoring ${boardThreshold} or more${orGraded} (${board.length})`, BOLD));
  header2(boardTop + 1, boardCols);
  if (board.length === 0) put(boardTop + 3, 0, text(`No open risk scores ${boardThreshold} or more${orGraded}.`, NOTE));

  if (closedSince.length) {
    put(closedTop, 0, text(`Closed or removed since the last run (${closedSince.length})`, BOLD));
    ['Register', 'Ref', 'Last score', 'Last grade'].forEach((h, c) => put(closedTop + 1, c, text(h, HEAD)));
    closedSince.forEach((p, i) => {
      put(closedTop + 2 + i, 0, text(p.register, BOX));
      put(closedTop + 2 + i, 1, text(p.ref, BOX));
      put(closedTop + 2 + i, 2, p.score === null ? undefined : num(p.score, NUM));
      put(closedTop + 2 + i, 3, text(p.grade ?? '', BOX));
    });
  }

  // Every risk.
  put(tableTop - 1, 0, text('Every risk', BOLD));
  header2(tableTop, headers.map((_h, c) => c));
  for (const h of headings) put(h.row, 0, text(h.text, BOLD));
  const gradeCols = [...[...slotCols.values()].map((s) => s.grade), boardGradeCol];
  lines.forEach((l, i) => {
    const row = detailRowOf[i]!;
    const { risk, register } = l;
    const sheet = input.workbook.sheets.find((s) => s.name === register.sheet)!;
    const regCol = new Map(register.columns.map((c) => [c.role, c.col]));
    // (Averages and shares of one show their decimals: 4.30, 0.85.)
    const FIGURE = register.averagedRatings || register.shareScales ? AVERAGED : NUM;
    put(row, 0, text(risk.ref ?? '', BOX));
    put(row, titleCol, text(risk.title ?? '', WRAP));
    for (const s of slots) {
      const sc = slotCols.get(s)!;
      const score = risk.scores[s];
      if (!score) continue;
      // A risk given two rows: its residual is in the first row's columns, on its second row.
      const [srcRow, as] = s === 'residual' && risk.secondRow !== undefined ? [risk.secondRow, 'inherent' as RiskSlot] : [risk.scoreRow ?? risk.row, s];
      const lCol = regCol.get(`${as}Likelihood`);
      const cCol = regCol.get(`${as}Consequence`);
      const areas = register.consequenceAreas?.slot === as ? register.consequenceAreas.cols : null;
      if (sc.l !== null) put(row, sc.l, lCol !== undefined ? sourceFigure(sheet, srcRow, lCol, score.likelihood, FIGURE) : score.likelihood === null ? undefined : num(score.likelihood, FIGURE));
      if (sc.c !== null) put(row, sc.c, areas && score.consequence !== null ? highestArea(sheet, srcRow, areas, score.consequence) : cCol !== undefined ? sourceFigure(sheet, srcRow, cCol, score.consequence, FIGURE) : score.consequence === null ? undefined : num(score.consequence, FIGURE));
      if (sc.l !== null && sc.c !== null && score.likelihood !== null && score.consequence !== null) {
        const L = a1(row, sc.l);
        const Cc = a1(row, sc.c);
        // (Looked up on the written-out matrix where the scheme rates each pair there.)
        // (Times the register's third rating, live on its cell, where its scores are the product of three.)
        const F = register.scoreFactor?.slot === as ? sheetRef(sheet.name, srcRow, register.scoreFactor.col) : null;
        put(row, sc.score, formula(gridRates ? `IF(AND(ISNUMBER(${L}),ISNUMBER(${Cc})),INDEX(${gridRange},${size + 1}-${Cc},${L}),"")` : F ? `IF(AND(ISNUMBER(${L}),ISNUMBER(${Cc}),ISNUMBER(${F})),${L}*${Cc}*${F},"")` : `IF(AND(ISNUMBER(${L}),ISNUMBER(${Cc})),${L}*${Cc},"")`, score.score ?? '', FIGURE));
      } else {
        const sCol = regCol.get(`${as}Score`);
        put(row, sc.score, sCol !== undefined ? sourceFigure(sheet, srcRow, sCol, score.score, FIGURE) : score.score === null ? undefined : num(score.score, FIGURE));
      }
      // A grade written in words with no score: the register's own word, live on its cell.
      const gCol = regCol.get(`${as}Grade`);
      const inWords = score.score === null && score.grade !== null && gCol !== undefined && register.layout !== 'cards';
      const ownWord = inWords ? `TRIM(""&${sheetRef(sheet.name, srcRow, gCol)})` : null;
      const onGrid = gridTop >= 0 && !gridRates && sc.l !== null && sc.c !== null && score.likelihood !== null && score.consequence !== null;
      // (A rating on a scale beyond the matrix, or worked by the register's own rule from several
      // impacts, is not graded: no band formula is written over it.)
      const ungraded = !gradedByBands(register, as);
      put(
        row,
        sc.grade,
        ungraded
          ? text(score.grade ?? '', GRADE)
          : sc.score < 0
          ? ownWord ? formula(ownWord, score.grade, GRADE) : text(score.grade ?? '', GRADE)
          : onGrid ? formula(gridGradeOf(a1(row, sc.l!), a1(row, sc.c!), ownWord ?? '""'), score.grade ?? '', GRADE)
          // (On a grid, a score with no pair behind it grades only where its score says.)
          : gridTop >= 0 && !gridRates ? (ownWord ? formula(ownWord, score.grade, GRADE) : text(score.grade ?? '', GRADE))
          : register.scoreFactor?.slot === as ? formula(gradeWithinBands(a1(row, sc.score)), score.grade ?? '', GRADE)
          : formula(gradeOf(a1(row, sc.score), ownWord ?? '""'), score.grade ?? '', GRADE),
      );
    }
    // The board's score: after mitigation where the register gives it (residual, else current, ...).
    const order: RiskSlot[] = ['residual', 'current', 'inherent', 'target'];
    const h = headlineScore(risk);
    // A slot the risk has: scored, or graded in words alone ("Residual Risk: Low" after a scored
    // current): the board's is the first of them, as the headline score is.
    const has = (s: RiskSlot) => `OR(ISNUMBER(${a1(row, slotCols.get(s)!.score)}),${a1(row, slotCols.get(s)!.grade)}<>"")`;
    if (boardScoreCol >= 0) {
      const scoreOf = (s: RiskSlot) => `IF(ISNUMBER(${a1(row, slotCols.get(s)!.score)}),${a1(row, slotCols.get(s)!.score)},"")`;
      const pick = order.filter((s) => slotCols.has(s)).reduceRight((acc: string, s) => `IF(${has(s)},${scoreOf(s)},${acc})`, '""');
      put(row, boardScoreCol, formula(pick, h?.score ?? '', FIGURE));
    }
    // With no score anywhere, the grade in words of the slot the board score would have come from.
    const wordGrades = order.filter((s) => slotCols.has(s)).map((s) => a1(row, slotCols.get(s)!.grade));
    const firstWord = wordGrades.reduceRight((acc: string, ref) => `IF(${ref}<>"",${ref},${acc})`, '""');
    // On a grid, the grade of the slot the board score came from, as that slot's cell has it.
    const gridPick = boardScoreCol >= 0 ? order.filter((s) => slotCols.has(s)).reduceRight((acc: string, s) => `IF(${has(s)},${a1(row, slotCols.get(s)!.grade)},${acc})`, '""') : firstWord;
    // (So is a register whose ratings no band grades: the slot's own, blank, grade.)
    // (And one scored on three ratings, whose slot grades only within the bands.)
    const slotGradesOnly = (gridTop >= 0 && !gridRates) || RISK_SLOTS.some((s) => !gradedByBands(register, s)) || register.scoreFactor !== undefined;
    put(row, boardGradeCol, formula(boardScoreCol >= 0 ? (slotGradesOnly ? gridPick : gradeOf(a1(row, boardScoreCol), byWords ? firstWord : '""')) : firstWord, h?.grade ?? '', GRADE));
    put(row, ownerCol, text(risk.owner ?? '', WRAP));
    put(row, trendCol, text(risk.trend ?? '', WRAP));
    put(row, statusCol, text(risk.closed ? 'Closed' : 'Open', BOX));
    const before = risk.ref ? prevByKey.get(`${register.sheet}|${risk.ref}`) : undefined;
    if (before?.score != null) put(row, prevCol, num(before.score, FIGURE));
    put(row, moveCol, boardScoreCol >= 0 ? movementCell(row, boardScoreCol, prevCol, l, prevByKey, previous) : text(movementText(l, prevByKey, previous), BOX));
  });
  if (lines.length === 0) put(firstRisk, 0, text('No risks found.', NOTE));

  const boardGradeRows: number[] = [];
  board.forEach((l, i) => {
    const row = boardTop + 3 + i;
    const src = detailRowOf[l.index]!;
    for (const c of boardCols) {
      const target = rows[src]?.[c];
      if (!target) continue;
      const cached = target.kind === 'text' ? target.text : target.kind === 'number' ? target.value : target.cached;
      const style = c === titleCol || c === ownerCol ? WRAP : target.style;
      // (A text's link joined to "": an empty one, a risk with no reference, shows empty, not 0.)
      put(row, c, formula(target.kind === 'text' ? `${a1(src, c)}&""` : a1(src, c), cached, style));
    }
    boardGradeRows.push(row);
  });

  // Grades coloured by their band, the word always in the cell. One rule per block, so each
  // condition's relative reference is to the block's own first cell.
  const gradeBlocks = [
    ...gradeCols.map((c) => ({ first: a1(firstRisk, c), ranges: `${a1(firstRisk, c)}:${a1(lastRisk, c)}` })),
    ...(boardGradeRows.length
      ? gradeCols.map((c) => ({ first: a1(boardGradeRows[0]!, c), ranges: `${a1(boardGradeRows[0]!, c)}:${a1(boardGradeRows[boardGradeRows.length - 1]!, c)}` }))
      : []),
  ];
  for (const block of gradeBlocks) {
    // (With no band table, every grade is coloured as a word.)
    if (scoredAny) bands.forEach((b: RiskBand, i) => {
      rules.push({
        ranges: block.ranges,
        condition: `${block.first}=$A$${bandRows.first + i + 1}`,
        order: rules.length + 1,
        style: { fill: b.colour, fontColour: dark(b.colour) ? '#FFFFFF' : '#000000' },
      });
    });
    for (const w of scoredAny ? unbandedWords : gradeWords) {
      const level = gradeWordLevel(w);
      if (level === null) continue;
      const colour = gradeWordColour(level);
      rules.push({ ranges: block.ranges, condition: `${block.first}=${str(w)}`, order: rules.length + 1, style: { fill: colour, fontColour: dark(colour) ? '#FFFFFF' : '#000000' } });
    }
  }

  const last = Math.max(lastRisk, tableTop + 1);
  return {
    role: 'risk-summary',
    name: input.name,
    rows,
    columnWidths: widths,
    rowHeights: wrappedRowHeights(rows, widths),
    merges,
    freezeRows: 0,
    rules,
    print: { ...summaryPrint(widths, last, null, [tableTop - 1]), titleRows: `$${tableTop + 1}:$${tableTop + 2}` },
    visibility: 'visible',
  };
}

function movementText(l: RiskLine, prevByKey: Map<string, { score: number | null; closed: boolean; register: string; ref: string; grade: string | null }>, previous: RiskSnapshot | null): string {
  if (!previous) return '–';
  const before = l.risk.ref ? prevByKey.get(`${l.register.sheet}|${l.risk.ref}`) : undefined;
  const h = headlineScore(l.risk);
  const m = movementOf(h?.score ?? null, before, l.risk.closed, h?.grade ?? null);
  return m ? MOVEMENT_ARROW[m] : '';
}

/**
 * Movement against the last run, live on the board score: New where the last run did not see
 * the risk, an arrow and a word otherwise. Before any run there is nothing to compare: "–".
 */
function movementCell(row: number, scoreCol: number, prevCol: number, l: RiskLine, prevByKey: Map<string, { score: number | null; closed: boolean; register: string; ref: string; grade: string | null }>, previous: RiskSnapshot | null): PlannedCell {
  const cached = movementText(l, prevByKey, previous);
  // A risk graded in words has no score to compare live: its movement is by its grades, as read.
  if (!previous || l.risk.closed || headlineScore(l.risk)?.score == null) return text(cached, BOX);
  const before = l.risk.ref ? prevByKey.get(`${l.register.sheet}|${l.risk.ref}`) : undefined;
  if (!before) return text(MOVEMENT_ARROW.New, BOX);
  const s = a1(row, scoreCol);
  const p = a1(row, prevCol);
  return formula(
    `IF(OR(NOT(ISNUMBER(${s})),NOT(ISNUMBER(${p}))),${str(MOVEMENT_ARROW.Unchanged)},IF(${s}>${p},${str(MOVEMENT_ARROW.Deteriorating)},IF(${s}<${p},${str(MOVEMENT_ARROW.Improving)},${str(MOVEMENT_ARROW.Unchanged)})))`,
    cached,
    BOX,
  );
}
