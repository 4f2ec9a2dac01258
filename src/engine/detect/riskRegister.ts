/**
 * Reading a risk register below its header: which rows are risks, which are section
 * headings, and where the register ends. Registers printed over several pages repeat their
 * header; a repeat of the same header is read through, not taken as a new table.
 */
import { gradeWordLevel, leadingGrade } from '../risk/gradeWords';
import { parseLikelihood, parseScore } from '../cells/risk';
import { looksNumeric } from '../cells/amount';
import { riskInfoRoleOf, riskMeasureOf, slotOf } from './roles';
import { FOOTNOTE, GRADE_WORD, MONEY_UNIT_ALONE, PAGE_FOOTER, REGISTER_NAME, SCALE_CELL, SCALE_GUIDANCE, SECTION_HEADING, SIGN_OFF_FIELD, THREE_LEVEL_VALUES } from './vocabulary';
import { SheetGrid, cellValue } from '../grid';
import { RiskHeader } from './riskHeader';
import { ScoreFactor, ShareScale } from '../model';
import { cellText, columnsSpanned } from './headerCells';

export interface RawRiskRow {
  readonly row: number;
  readonly section: string | null;
  /**
   * A register that gives each risk two rows: the row below, with no reference or name, whose
   * scores are those after controls (the first row's are before them).
   */
  readonly secondRow?: number;
  /**
   * A register whose text runs on a line to a row, the risk's grade typed on a later line of it
   * ("ANNUAL RETURN" / "(PAYE/NI ETC)" with "L" on the second): the row its scores are on.
   */
  readonly scoreRow?: number;
}

export interface RawRiskRegister {
  readonly header: RiskHeader;
  readonly rows: RawRiskRow[];
  readonly lastRow: number;
  readonly lastCol: number;
  /** Its likelihoods and impacts are averages with decimals (`RiskRegister.averagedRatings`). */
  readonly averagedRatings?: boolean;
  /** The scales it rates as shares of one (`RiskRegister.shareScales`). */
  readonly shareScales?: ReadonlyArray<ShareScale>;
  /** A third rating its scores multiply by (`RiskRegister.scoreFactor`). */
  readonly scoreFactor?: ScoreFactor;
}


/** A header repeated on a later page: the same words in the same columns (whatever roles a correction gave the first). */
function sameLayout(sheet: SheetGrid, a: RiskHeader, b: RiskHeader): boolean {
  const rowA = a.headerRows[a.headerRows.length - 1]!;
  const rowB = b.headerRows[b.headerRows.length - 1]!;
  const width = Math.max(sheet.values[rowA]?.length ?? 0, sheet.values[rowB]?.length ?? 0);
  // Printed again as typed again: "Risk  Owner" or "RISK OWNER" is the same heading.
  const same = (c: number) => cellText(sheet, rowA, c).replace(/\s+/g, ' ').toLowerCase() === cellText(sheet, rowB, c).replace(/\s+/g, ' ').toLowerCase();
  let differ = 0;
  let named = 0;
  let differNamed = 0;
  for (let c = 0; c < width; c++) {
    if (!same(c)) differ++;
    if (cellText(sheet, rowB, c) === '') continue;
    named++;
    if (!same(c)) differNamed++;
  }
  if (differ === 0) return true;
  // Printed again shorter on the next page ("PERSONS IN DANGER" for "THOSE IN DANGER", one
  // "RESULT" over the ratings after controls): most headings the same, and every rating it names
  // in a column where the register has that rating.
  const measureAt = (h: RiskHeader, col: number) => h.columns.find((x) => x.col === col)?.role.replace(/^(inherent|current|residual|target)/, '');
  const ratings = b.columns.filter((x) => /(Likelihood|Consequence|Score)$/.test(x.role));
  return ratings.length > 0 && differNamed * 4 <= named && ratings.every((x) => measureAt(a, x.col) === measureAt(b, x.col));
}

/** A word or two that grades nothing ("Responsible", "EMF"), where a register graded in words puts its grades. */
function isWordNoGrade(text: string): boolean {
  const t = text.trim();
  return /^\p{L}[\p{L} &'-]*$/u.test(t) && !GRADE_WORD.test(t) && gradeWordLevel(leadingGrade(t)) === null && !/^(none|nil|n\/?a|tbc|tbd)$/i.test(t);
}

export function readRiskRegister(sheet: SheetGrid, header: RiskHeader, headerAt: (row: number) => RiskHeader | null, otherHeaderAt: (row: number) => boolean): RawRiskRegister {
  // (With the columns that stand in for one: scores per area, the levels of a marked scale.)
  const figureCols = [...header.columns.filter((c) => /Likelihood$|Consequence$|Score$/.test(c.role)).map((c) => c.col), ...(header.scoreAreas?.cols ?? []), ...(header.markedScales ?? []).flatMap((m) => m.cols), ...(header.threeLevelColumns ?? []).map((c) => c.col)];
  // A register graded in words alone ("Level: Low"): its grades are what a risk's row carries.
  const gradedOnly = figureCols.length === 0;
  const scoreCols = gradedOnly ? header.columns.filter((c) => /Grade$/.test(c.role)).map((c) => c.col) : figureCols;
  const identityCols = header.columns.filter((c) => c.role === 'ref' || c.role === 'title' || c.role === 'description').map((c) => c.col);
  const lastCol = Math.max(...header.columns.map((c) => c.col));
  // (The register's own width, wherever on the sheet it stands.)
  const width = lastCol - Math.min(...header.columns.map((c) => c.col)) + 1;
  const refCol = header.columns.find((c) => c.role === 'ref')?.col;
  const rows: RawRiskRow[] = [];
  let section: string | null = null;
  let lastRow = header.headerRows[header.headerRows.length - 1]!;
  let blankRun = 0;
  // Whether a blank row has come since the last rated risk, and how many risks have no rating.
  let gapSinceRisk = false;
  let unrated = 0;
  // The last row of the latest risk or of its lines run on below it.
  let riskLines = -1;
  // A register of names alone (no grade given yet) has no lines run on: each row is a risk.
  let gradesBelow = 0;
  for (let r = lastRow + 1; r < Math.min(sheet.values.length, lastRow + 80) && gradedOnly; r++) {
    if (scoreCols.some((c) => cellText(sheet, r, c) !== '')) gradesBelow++;
  }
  // Text run on a line to a row under each graded risk, with no reference column: a risk starts
  // where its first column's words start again after lines with none there ("VAT RECLAIMING"
  // after "Audit enquiry."), or follow a line's without carrying on its sentence ("Adequacy"
  // under "See separate document", where "(ACCOUNTS)" and "with time limits." carry on
  // "ANNUAL RETURN" and "Not submitted"), whether or not its grade is on that line.
  const runsOn = gradedOnly && refCol === undefined && gradesBelow >= 2;
  const firstCol = Math.min(...identityCols);
  const carriesOn = (r: number) => identityCols.some((c) => /^[a-z(]/.test(cellText(sheet, r, c)));
  const startsRisk = (r: number) => runsOn && cellText(sheet, r, firstCol) !== '' && (cellText(sheet, r - 1, firstCol) === '' || !carriesOn(r));
  // (Rated in the words of three levels, "High | Low", where its columns are of such words.)
  const threeLevelCols = new Set((header.threeLevelColumns ?? []).map((c) => c.col));
  const ratedRiskOf = (r: number) =>
    identityCols.some((c) => cellText(sheet, r, c).split(/\s+/).length >= 3) &&
    scoreCols.some((c) => {
      const v = cellValue(sheet, r, c);
      if (threeLevelCols.has(c)) return THREE_LEVEL_VALUES.has(cellText(sheet, r, c).toLowerCase());
      return gradedOnly ? GRADE_WORD.test(cellText(sheet, r, c)) : typeof v === 'number' || parseScore(v).kind === 'score';
    });
  // The header's further lines straight under it ("Ref | | | Score | Score", then "(Jun 2025) |
  // (2025/26)" under "Strategic Risk | Current | Target"): column names, slot words and the
  // periods of the scores, not a header of its own or a risk.
  const headerLine = (r: number) => {
    const texts = (sheet.values[r] ?? []).filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
    return texts.length >= 2 && texts.every((v) => typeof v === 'string' && /[a-z(]/i.test(v) && v.trim().split(/\s+/).length <= 3 && (riskInfoRoleOf(v) !== null || riskMeasureOf(v) !== null || slotOf(v) !== null || /^\([^()]{2,20}\)$/.test(v.trim())));
  };
  // (Not a lower line that reads as a fuller header itself, "Likelihood | Impact | Risk score"
  // under "Initial risk | Residual risk": that header is read in its own right.)
  const scoreColumns = (h: RiskHeader) => h.columns.filter((c) => /(Likelihood|Consequence|Score|Grade)$/.test(c.role)).length;
  const fuller = (r: number) => {
    const own = headerAt(r);
    return own !== null && scoreColumns(own) > scoreColumns(header);
  };
  // A units line under the header, the money unit of the columns beside the ratings ("£m | £m"
  // under "Estimated Annual Financial Exposure"): the header's, not a risk; so again under the
  // header printed over a later page.
  const unitsLine = (r: number) => {
    const texts = (sheet.values[r] ?? []).filter((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''));
    return texts.length >= 1 && texts.every((v) => typeof v === 'string' && MONEY_UNIT_ALONE.test(v.trim()));
  };
  while (lastRow + 1 < sheet.values.length && lastRow < header.headerRows[header.headerRows.length - 1]! + 2 && (headerLine(lastRow + 1) || unitsLine(lastRow + 1)) && !fuller(lastRow + 1)) lastRow++;
  // A page's foot under the register ("Page 2 of 9"), after what that page prints under it (its
  // key), and the header printed again at the top of the next page, the same: the register goes
  // on there. The row to read on from (the header's, or the row under it where it is over two
  // rows), else null.
  const nextPage = (from: number): number | null => {
    for (let k = from; k < Math.min(sheet.values.length, from + 20); k++) {
      if (otherHeaderAt(k) || (headerAt(k) && !sameLayout(sheet, header, headerAt(k)!))) return null;
      if (!rowTexts(sheet, k).some((t) => /^page \d+( of \d+)?$/i.test(t))) continue;
      for (let j = k + 1; j <= k + 3 && j < sheet.values.length; j++) {
        // (Over two rows, as the register's own: "Risk Rating" over "L | C | R".)
        const twoRows = headerAt(j + 1);
        if (twoRows && twoRows.headerRows[0] === j && sameLayout(sheet, header, twoRows)) return twoRows.headerRows[twoRows.headerRows.length - 1]! + 1;
        const again = headerAt(j);
        if (again) return sameLayout(sheet, header, again) ? j : null;
      }
      return null;
    }
    return null;
  };
  let r = lastRow + 1;
  for (;;) {
    for (; r < sheet.values.length; r++) {
      // The header printed again over two rows at the top of the next page, its upper row read as
      // part of the header below it ("Risk if no action | Current risk" over "Impact | Likelihood |
      // Score"): both rows are the header's, not a risk.
      const twoRows = headerAt(r + 1);
      // (Not a risk's row taken for a header's upper line: that row holds words alone.)
      if (twoRows && twoRows.headerRows[0] === r && headerAt(r) === null && !(sheet.values[r] ?? []).some((v) => typeof v === 'number' || looksNumeric(v)) && sameLayout(sheet, header, twoRows)) {
        r = twoRows.headerRows[twoRows.headerRows.length - 1]!;
        blankRun = 0;
        continue;
      }
      const repeat = headerAt(r);
      if (repeat) {
        if (sameLayout(sheet, header, repeat)) {
          blankRun = 0;
          if (unitsLine(r + 1)) r++;
          continue;
        }
        // A row that reads as a header of its own ("L" under "LEVEL H/M/L" taken for a
        // likelihood, its blank first cell for a reference), yet is a risk of this register, named
        // and rated in its columns: the register goes on.
        if (!ratedRiskOf(r)) break;
      }
      // (Nor does a risk of this register whose words read as a budget's header, "Budget risk" over
      // "Budget short for development", named and rated in its columns.)
      if (otherHeaderAt(r) && !ratedRiskOf(r)) break;
      const values = sheet.values[r] ?? [];
      let filled = 0;
      let onlyText: string | null = null;
      let onlyCol = -1;
      for (let c = 0; c <= Math.max(lastCol, values.length - 1); c++) {
        const v = cellValue(sheet, r, c);
        if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
        // A score of 0 in a row otherwise empty: the register's formula copied down past its last
        // risk (P*I of blanks), nothing typed, so the row is as good as blank.
        if (v === 0 && scoreCols.includes(c)) continue;
        filled++;
        onlyText = typeof v === 'string' ? v.trim() : null;
        onlyCol = c;
      }
      if (filled === 0) {
        blankRun++;
        gapSinceRisk = true;
        if (blankRun >= 3) break;
        continue;
      }
      blankRun = 0;
      // The header's second line straight under it, its score cells naming their scale ("ACTIVITY |
      // IDENTIFIED. | IN PLACE | L/M/H" under "HAZARD | CONTROLS | RISK LEVEL"): part of the header.
      // So is a template's guidance there ("Rate 1 (LOW) to 5 (HIGH)" under "IMPACT LEVEL", "How
      // big is the impact of the risk? Scale of 1 to 5" under "Impact").
      const namesScale = (c: number) => SCALE_CELL.test(cellText(sheet, r, c)) || (typeof cellValue(sheet, r, c) === 'string' && SCALE_GUIDANCE.test(cellText(sheet, r, c).replace(/\s+/g, ' ')) && parseScore(cellValue(sheet, r, c)).kind !== 'score');
      // (Or a question for whoever fills it in, "How likely is the risk to occur?": no risk's rating.)
      const guides = (c: number) => namesScale(c) || /\?\s*$/.test(cellText(sheet, r, c));
      if (r === header.headerRows[header.headerRows.length - 1]! + 1 && scoreCols.some(guides) && scoreCols.every((c) => cellText(sheet, r, c) === '' || guides(c))) {
        lastRow = r;
        continue;
      }
      // A score cell holds a figure or a short word ("n/a", "TBC"); a sentence there is a key's
      // explanation or a note under the register, not a risk's score. (A name there, shifted
      // from a column to its right on a page pasted out of line, is still a risk's row.)
      // (Or the ratings and score written out in it, "L - 2 / I – 4 / Risk Score = 8": a score.)
      // (Or a grade and then why, "High: risk of serious injury.": a grade, however long.)
      const writtenScore = (v: unknown) => typeof v === 'string' && v.trim().length > 20 && (parseScore(v).kind === 'score' || (gradedOnly && leadingGrade(v) !== v));
      // (In a register graded in words, a word that is no grade is no rating either: "Responsible"
      // over "EMF" in the table of who does what under it.)
      const hasScore = scoreCols.some((c) => {
        const v = cellValue(sheet, r, c);
        return v !== null && (writtenScore(v) || !(typeof v === 'string' && (v.trim() === '' || v.trim().length > 20 || (gradedOnly && isWordNoGrade(v)))));
      });
      const prose = scoreCols.some((c) => {
        const v = cellValue(sheet, r, c);
        if (typeof v !== 'string' || writtenScore(v)) return false;
        const n = v.trim().split(/\s+/).length;
        return n > 7 || (n >= 4 && /[.!?]$/.test(v.trim()));
      });
      if (prose) break;
      // (A name merged down over this row from the row above, "Ditches" over two hazards each
      // rated: the row has its name, and is a risk of its own.)
      const hasIdentity = identityCols.some((c) => cellText(sheet, r, c) !== '' || typeof cellValue(sheet, r, c) === 'number' || mergedDownOver(sheet, r, c));
      // A band's name over its risks, with "None" where the scores go ("Very High | None"): the
      // heading of an empty band, not a risk.
      const names = identityCols.map((c) => cellText(sheet, r, c)).filter(Boolean);
      if (names.length === 1 && GRADE_WORD.test(names[0]!) && scoreCols.every((c) => { const t = cellText(sheet, r, c); return t === '' || /^(none|nil|n\/a|-)$/i.test(t); }) && scoreCols.every((c) => typeof cellValue(sheet, r, c) !== 'number')) {
        section = names[0]!;
        lastRow = r;
        continue;
      }
      // The grade on a later line of a risk run on over several, the risk's first line left
      // ungraded: the risk's grade, not another risk.
      const previous = rows[rows.length - 1];
      if (hasScore && runsOn && !startsRisk(r) && previous && riskLines === r - 1 && previous.scoreRow === undefined && !scoreCols.some((c) => cellText(sheet, previous.row, c) !== '')) {
        rows[rows.length - 1] = { ...previous, scoreRow: r };
        lastRow = r;
        riskLines = r;
        continue;
      }
      // The scale across the top of a matrix counting the risks ("| 1 - Rare | 2 - Unlikely | 3 -
      // Possible | …"), printed under the register: its profile, not more risks.
      if (!hasIdentityNumber(sheet, r, identityCols) && rowTexts(sheet, r).filter((t) => /^\d\s*[-–]\s*\p{L}/u.test(t) && parseLikelihood(t).kind === 'value').length >= 3) break;
      // After a gap, under risks every one of which is rated in numbers: a row whose ratings are
      // words no scale or grade reads ("Severity", "First Aid injury/illness" under "Risk Rating")
      // is a key printed after the register, which has ended.
      if (gapSinceRisk && rows.length >= 3 && scoreCols.some((c) => wordNoRating(cellValue(sheet, r, c))) && scoreCols.every((c) => wordNoRating(cellValue(sheet, r, c)) || cellText(sheet, r, c) === '') && rows.every((x) => scoreCols.some((c) => parseScore(cellValue(sheet, x.row, c)).kind === 'score'))) break;
      // A form's sign-off under the register ("Signed | | Print name | | Date"): the register has ended.
      const fields = rowTexts(sheet, r);
      if (fields.length >= 2 && fields.every((t) => SIGN_OFF_FIELD.test(t))) break;
      // (So is "Total Risk Score" in the column of references, "#", with no risk named beside it.)
      const totalAsRef = refCol !== undefined && /^total\b/i.test(cellText(sheet, r, refCol)) && identityCols.every((c) => c === refCol || cellText(sheet, r, c) === '');
      if (hasScore && hasIdentity && !totalAsRef) {
        gapSinceRisk = false;
        rows.push({ row: r, section });
        lastRow = r;
        riskLines = r;
        continue;
      }
      // "Total Risk Score" under the risks, the sum of their scores: no risk, nor a risk's second row.
      if (hasScore && (!hasIdentity || totalAsRef) && rowTexts(sheet, r).some((t) => /^total\b/i.test(t))) continue;
      // Scores with no reference or name straight under a risk's row, in a register with one set of
      // score columns: the same risk after controls, on its second row.
      if (hasScore && !hasIdentity && !gradedOnly && header.slots.length === 1 && previous && previous.row === lastRow && lastRow === r - 1 && previous.secondRow === undefined) {
        rows[rows.length - 1] = { ...previous, secondRow: r };
        lastRow = r;
        continue;
      }
      // The register's own name again under its header ("Honiton Town Council | Business Risk
      // Register | 2014"), as a page printed again heads itself: not a risk.
      if (!hasScore && rowTexts(sheet, r).some((t) => REGISTER_NAME.test(t) && t.split(/\s+/).length <= 5)) {
        lastRow = r;
        continue;
      }
      // A footnote ("* See the criteria on page 3") ends the register, as does a page's footer
      // ("Reviewed and amended February 2015 ... Page 1").
      if (filled === 1 && onlyText !== null && FOOTNOTE.test(onlyText)) break;
      // A footnote's mark alone where the reference goes, its text beside it ("* | Diary =
      // scheduled agenda item"), unrated: the note, not a risk (the register may go on below it).
      // So is a topic that says it does not apply ("1.4 | Investments | Not applicable to …").
      if (!hasScore && rowTexts(sheet, r).some((t) => /^[*†‡]{1,3}$/.test(t) || /^not applicable\b/i.test(t))) {
        lastRow = r;
        continue;
      }
      if (!hasScore && rowTexts(sheet, r).some((t) => PAGE_FOOTER.test(t))) break;
      // A banner merged across the register ("Principal objective 1: To provide high quality …")
      // heads the risks under it, however long.
      const banner = filled === 1 && columnsSpanned(sheet, r, onlyCol) * 2 > width;
      // A heading in capitals is a heading however long ("OVERARCHING STRATEGIC OUTCOME: FAILING
      // TO DELIVER THE COMMITMENTS MADE IN LONG TERM PLAN").
      const capitals = onlyText !== null && onlyText.length <= 160 && /[A-Z]{3}/.test(onlyText) && onlyText === onlyText.toUpperCase();
      if (filled === 1 && onlyText !== null && (onlyText.length <= 80 || SECTION_HEADING.test(onlyText) || banner || capitals)) {
        // A heading such as "Co-Commissioning", or the title line of a repeated page.
        section = onlyText;
        lastRow = r;
        continue;
      }
      // A sentence alone on its row, no rating, under risks that are all rated ("Risk being
      // re-assessed after progress; to be split into …"): the update printed under a risk, or a
      // paragraph of the report between its tables, not a risk still to rate.
      if (filled === 1 && onlyText !== null && !hasScore && rows.length > 0 && unrated === 0) continue;
      // A row with neither reference nor scores under a risk that has both is the risk's next
      // action or control (a register that gives each risk several rows), not a risk of its own.
      if (refCol !== undefined && rows.length > 0 && !hasScore && cellText(sheet, r, refCol) === '' && cellValue(sheet, r, refCol) === null) {
        lastRow = r;
        continue;
      }
      // Nor, with no references, a row holding only what is still to do ("Instructor rescues
      // non-swimmers first | Instructor | During event") straight under a risk: its next action,
      // its name and ratings left blank, not the register's end.
      if (refCol === undefined && rows.length > 0 && !hasScore && !hasIdentity && lastRow === r - 1 && filled >= 1) {
        lastRow = r;
        continue;
      }
      // A grade beside the risk's controls, its name cell left empty, among the risks (not after
      // a gap, where a key would stand): still a graded risk.
      if (gradedOnly && hasScore && filled > 1 && rows.length > 0 && lastRow === r - 1) {
        rows.push({ row: r, section });
        lastRow = r;
        riskLines = r;
        continue;
      }
      // A numbered heading with no scores over the risks it numbers ("1 | GOVERNANCE" over "1.1",
      // "1.2"): a section of the register, not a risk.
      // (Or over risks with no references of their own, rated: "1 | Legal" over "| No certified
      // company car driver | Regulatory | 3 | 8 | 24".)
      const ratedBelow = (x: number) => scoreCols.some((c) => typeof cellValue(sheet, x, c) === 'number' || looksNumeric(cellValue(sheet, x, c)));
      if (hasIdentity && !hasScore && refCol !== undefined && (headsNumberedRisks(sheet, r, refCol) || headsUnnumberedRisks(sheet, r, refCol, ratedBelow))) {
        section = identityCols.filter((c) => c !== refCol).map((c) => cellText(sheet, r, c)).filter(Boolean).join(' ') || cellText(sheet, r, refCol);
        lastRow = r;
        continue;
      }
      // A register graded in words whose text runs on over the rows below a risk, a line to a row
      // ("Election costs not" / "budgeted for." / "Expenditure on"): lines of that risk, not risks.
      if (runsOn && !hasScore && hasIdentity && riskLines === r - 1 && !startsRisk(r)) {
        lastRow = r;
        riskLines = r;
        continue;
      }
      // A group's heading with its sums beside it ("Other Risks (under £10m) | … | 90.0 | 45.0"), no
      // name where the risks' names go and no rating, straight over a named and rated risk: the
      // heading of the risks under it, after a gap or not, not the register's end.
      const label = rowTexts(sheet, r).filter((t) => !looksNumeric(t));
      if (!hasScore && !hasIdentity && label.length === 1 && label[0]!.length <= 80 && !/^\d/.test(label[0]!) && ratedRiskOf(r + 1)) {
        section = label[0]!;
        lastRow = r;
        continue;
      }
      // After a gap below a register whose every risk is rated, a row with no rating is not a risk
      // still to rate but what is printed under the register: its key ("L | Leader", "Minor injury
      // | 1"), its notes.
      if (!hasScore && gapSinceRisk && rows.length >= 3 && unrated === 0) break;
      // The header's lower line straight under it, no ratings and its cells column names ("Haz
      // No. | IDENTIFIED HAZARD | PRECAUTIONS AND CONTROLS" under "Severity | Likelihood | Risk
      // level"): part of the header, not a risk.
      const texts = rowTexts(sheet, r);
      if (!hasScore && r === header.headerRows[header.headerRows.length - 1]! + 1 && texts.some((t) => riskInfoRoleOf(t) !== null) && texts.every((t) => t.split(/\s+/).length <= 4)) {
        lastRow = r;
        continue;
      }
      // A group's line of a pivot table printed over its risks ("04 | Decant - all | 0"): no
      // rating, its risk's name only a figure (a blank printed as 0), rated risks under it. A
      // section named by its words, not a risk named "0".
      const identityTexts = identityCols.map((c) => cellText(sheet, r, c)).filter(Boolean);
      if (!hasScore && identityTexts.length > 0 && identityTexts.every((t) => /^\d+$/.test(t)) && ratedBelow(r + 1)) {
        section = texts.filter((t) => !/^\d+$/.test(t)).join(' ') || section;
        lastRow = r;
        continue;
      }
      // A row of two words or so, unrated, whose first cell stands in a column the rated risk
      // under it leaves blank ("GROUNDS | Grounds and Surrounds" in the "SECTION" column, over
      // hazards rated with that column empty): the heading of the risks under it.
      const firstCol = texts.length > 0 && texts.length <= 2 ? firstFilledColumn(sheet, r, lastCol) : null;
      if (!hasScore && firstCol !== null && cellText(sheet, r, firstCol).length <= 40 && cellText(sheet, r + 1, firstCol) === '' && scoreCols.some((c) => cellText(sheet, r + 1, c) !== '') && identityCols.some((c) => c !== firstCol && cellText(sheet, r + 1, c) !== '')) {
        section = texts.join(' ');
        lastRow = r;
        continue;
      }
      if (hasIdentity) {
        // A risk with no scores yet: still a risk, and its missing scores are worth saying.
        unrated++;
        rows.push({ row: r, section });
        lastRow = r;
        riskLines = r;
        continue;
      }
      break;
    }
    const next = rows.length > 0 && r < sheet.values.length ? nextPage(r) : null;
    if (next === null) break;
    r = next;
    blankRun = 0;
    gapSinceRisk = false;
  }
  return { header, rows, lastRow, lastCol };
}


/** Whether a cell lies in a merged range begun on a row above it (its value is the top cell's). */
function mergedDownOver(sheet: SheetGrid, row: number, col: number): boolean {
  return sheet.merges?.some((m) => m.top < row && m.bottom >= row && m.left <= col && m.right >= col && cellText(sheet, m.top, m.left) !== '') ?? false;
}

/** A rating cell holding words that are no rating, score or grade: "Severity", "First Aid injury/illness". */
function wordNoRating(v: unknown): boolean {
  if (typeof v !== 'string' || !/[a-z]{3}/i.test(v)) return false;
  return parseScore(v).kind !== 'score' && !GRADE_WORD.test(v.trim()) && leadingGrade(v) === v;
}

/** Whether the next reference below extends this row's ("1" then "1.1"): the row numbers a group of risks. */
function headsNumberedRisks(sheet: SheetGrid, row: number, refCol: number): boolean {
  // A reference typed as a number (1.1) is read as its text.
  const refText = (r: number) => {
    const v = cellValue(sheet, r, refCol);
    return typeof v === 'number' ? String(v) : cellText(sheet, r, refCol);
  };
  const own = refText(row).replace(/[.)]$/, '');
  if (!own) return false;
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 6); r++) {
    const next = refText(r);
    if (next) return next.startsWith(`${own}.`) && next.length > own.length + 1;
  }
  return false;
}

/** Whether a numbered row with no ratings heads rated risks straight under it that have no references of their own. */
function headsUnnumberedRisks(sheet: SheetGrid, row: number, refCol: number, rated: (row: number) => boolean): boolean {
  const own = cellValue(sheet, row, refCol);
  if (own === null || !/^\d{1,2}\.?$/.test(String(own).trim())) return false;
  const next = row + 1;
  return cellValue(sheet, next, refCol) === null && rated(next);
}

function rowTexts(sheet: SheetGrid, row: number): string[] {
  return (sheet.values[row] ?? []).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** Whether a risk's identity cells hold a number: a reference, so the row is a risk's. */
function hasIdentityNumber(sheet: SheetGrid, row: number, identityCols: ReadonlyArray<number>): boolean {
  return identityCols.some((c) => typeof cellValue(sheet, row, c) === 'number' || /^\d+$/.test(cellText(sheet, row, c)));
}

/** The first column of `row` holding anything, up to `lastCol`. */
function firstFilledColumn(sheet: SheetGrid, row: number, lastCol: number): number | null {
  for (let c = 0; c <= lastCol; c++) if (cellText(sheet, row, c) !== '') return c;
  return null;
}
