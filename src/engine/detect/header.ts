/**
 * Finding header rows: the row (or pair of rows) whose cells name the columns of a budget
 * table or a risk register, wherever it sits on the sheet.
 */
import { CellRange, SheetGrid, cellValue } from '../grid';
import { BudgetRole, ColumnAssignment, RiskRole, RiskSlot } from '../model';
import { looksNumeric } from '../cells/amount';
import { budgetRoleOf, isLabelHeader, normaliseHeader, riskInfoRoleOf, riskMeasureOf, slotOf, RiskMeasure } from './roles';

export function cellText(sheet: SheetGrid, row: number, col: number): string {
  const v = cellValue(sheet, row, col);
  if (typeof v === 'string') return v.trim();
  return '';
}

/** Number of columns a row reaches. */
export function rowWidth(sheet: SheetGrid, row: number): number {
  return sheet.values[row]?.length ?? 0;
}

function mergeAt(sheet: SheetGrid, row: number, col: number): CellRange | undefined {
  return sheet.merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * The text of a group header above each column: a merged cell over several columns, or
 * a label such as "Year To Date" that stands over the columns up to the next label.
 */
export function groupTexts(sheet: SheetGrid, groupRow: number, width: number, firstCol: number): string[] {
  const out: string[] = new Array(width).fill('');
  let carry = '';
  for (let c = 0; c < width; c++) {
    const merge = mergeAt(sheet, groupRow, c);
    if (merge) {
      out[c] = cellText(sheet, merge.top, merge.left);
      carry = '';
      continue;
    }
    const t = cellText(sheet, groupRow, c);
    if (t) carry = t;
    out[c] = c >= firstCol ? carry : t;
  }
  return out;
}

export interface BudgetHeader {
  readonly kind: 'budget';
  readonly headerRows: number[];
  readonly labelCol: number;
  readonly columns: ColumnAssignment<BudgetRole>[];
  readonly headerTexts: string[];
}

export interface RiskHeader {
  readonly kind: 'risk';
  readonly headerRows: number[];
  readonly columns: ColumnAssignment<RiskRole>[];
  readonly slots: RiskSlot[];
}

const AMOUNT_MEASURE_ROLES = new Set<BudgetRole>(['ytdBudget', 'ytdActual', 'annualBudget', 'forecastOutturn']);

function budgetAssignments(sheet: SheetGrid, row: number, group: string[] | null): ColumnAssignment<BudgetRole>[] {
  const width = rowWidth(sheet, row);
  const seen = new Set<BudgetRole>();
  const out: ColumnAssignment<BudgetRole>[] = [];
  for (let c = 0; c < width; c++) {
    const own = cellText(sheet, row, c);
    if (!own || !isHeaderLength(own) || isLabelHeader(own)) continue;
    const groupText = group?.[c] ?? '';
    const role = budgetRoleOf(own, groupText);
    if (!role || seen.has(role)) continue;
    seen.add(role);
    out.push({ role, col: c, header: groupText && groupText !== own ? `${groupText} ${own}` : own });
  }
  return out;
}

function isBudgetHeader(columns: ColumnAssignment<BudgetRole>[]): boolean {
  const measures = columns.filter((c) => AMOUNT_MEASURE_ROLES.has(c.role)).length;
  return measures >= 2 || (measures >= 1 && columns.length >= 2);
}

/** Column headers are names, not paragraphs: a cell of prose is data, whatever words it uses. */
function isHeaderLength(text: string): boolean {
  return text.length <= 90 && text.split(/\s+/).length <= 12;
}

/** Cheap first look: a header row has at least two words and hardly any figures. */
export function mayBeHeaderRow(sheet: SheetGrid, row: number): boolean {
  const values = sheet.values[row];
  if (!values) return false;
  let texts = 0;
  let numbers = 0;
  for (const v of values) {
    if (typeof v === 'number' || (typeof v === 'string' && looksNumeric(v))) numbers++;
    else if (typeof v === 'string' && v.trim() !== '') texts++;
  }
  return texts >= 2 && numbers <= 1;
}

/** Tries the row on its own and with the row above as a group header; keeps whichever names more columns. */
export function budgetHeaderAt(sheet: SheetGrid, row: number): BudgetHeader | null {
  if (!mayBeHeaderRow(sheet, row)) return null;
  const single = budgetAssignments(sheet, row, null);
  let best = single;
  let headerRows = [row];
  if (row > 0) {
    const firstCol = Math.min(...(single.length ? single.map((c) => c.col) : [0]));
    const group = groupTexts(sheet, row - 1, Math.max(rowWidth(sheet, row), rowWidth(sheet, row - 1)), Math.max(1, firstCol));
    const groupHasText = group.some((g) => g !== '');
    if (groupHasText) {
      const paired = budgetAssignments(sheet, row, group);
      if (paired.length > single.length) {
        best = paired;
        headerRows = [row - 1, row];
      }
    }
  }
  if (!isBudgetHeader(best)) return null;
  // A header row must be mostly words: a line of figures that happens to hold "Budget" is not one.
  const width = rowWidth(sheet, row);
  let numbers = 0;
  for (let c = 0; c < width; c++) if (typeof cellValue(sheet, row, c) === 'number') numbers++;
  if (numbers > best.length) return null;
  const firstAmount = Math.min(...best.map((c) => c.col));
  const labelCol = findLabelColumn(sheet, row, firstAmount);
  const headerTexts: string[] = [];
  for (let c = 0; c < width; c++) headerTexts.push(cellText(sheet, row, c));
  return { kind: 'budget', headerRows, labelCol, columns: [{ role: 'label', col: labelCol, header: cellText(sheet, row, labelCol) }, ...best], headerTexts };
}

/** The column left of the figures that holds the line names: a "Description" header, or the one with most text below. */
function findLabelColumn(sheet: SheetGrid, headerRow: number, firstAmountCol: number): number {
  for (let c = 0; c < firstAmountCol; c++) if (isLabelHeader(cellText(sheet, headerRow, c))) return c;
  let bestCol = Math.max(0, firstAmountCol - 1);
  let bestCount = -1;
  for (let c = 0; c < firstAmountCol; c++) {
    let count = 0;
    for (let r = headerRow + 1; r <= headerRow + 30 && r < sheet.values.length; r++) if (cellText(sheet, r, c)) count++;
    if (count > bestCount) {
      bestCount = count;
      bestCol = c;
    }
  }
  return bestCol;
}

// ---------------------------------------------------------------- risk

interface MeasuredColumn {
  col: number;
  header: string;
  measure: RiskMeasure;
  slot: RiskSlot | null;
}

export function riskHeaderAt(sheet: SheetGrid, row: number): RiskHeader | null {
  if (!mayBeHeaderRow(sheet, row)) return null;
  const width = rowWidth(sheet, row);
  const group = row > 0 ? groupTexts(sheet, row - 1, width, 1) : [];
  const info: ColumnAssignment<RiskRole>[] = [];
  const measured: MeasuredColumn[] = [];
  const seenInfo = new Set<RiskRole>();
  let numbers = 0;
  for (let c = 0; c < width; c++) {
    if (typeof cellValue(sheet, row, c) === 'number') numbers++;
    const own = cellText(sheet, row, c);
    if (!own || !isHeaderLength(own)) continue;
    const measure = riskMeasureOf(own);
    if (measure) {
      const groupSlot = group[c] ? slotOf(group[c]!) : null;
      measured.push({ col: c, header: own, measure, slot: slotOf(own) ?? groupSlot });
      continue;
    }
    const role = riskInfoRoleOf(own);
    if (role && !seenInfo.has(role)) {
      seenInfo.add(role);
      info.push({ role, col: c, header: own });
    }
  }
  const scoreLike = measured.filter((m) => m.measure === 'score' || m.measure === 'likelihood' || m.measure === 'consequence');
  if (scoreLike.length === 0 || numbers > 0) return null;
  const hasIdentity = seenInfo.has('ref') || seenInfo.has('title') || seenInfo.has('description');
  if (!hasIdentity) return null;
  const { columns, slots } = assignSlots(measured);
  if (slots.length === 0) return null;
  const usesGroup = measured.some((m) => !slotOf(m.header) && group[m.col] && slotOf(group[m.col]!));
  return { kind: 'risk', headerRows: usesGroup ? [row - 1, row] : [row], columns: [...info, ...columns], slots };
}

/**
 * Gives each L, C and score column its slot. A bare "L" and "C" take the slot of the score
 * column just after them ("L | C | Current Risk (score)"); with no named slot anywhere, the
 * pairs are read left to right as current, then residual, as registers lay them out.
 */
function assignSlots(measured: MeasuredColumn[]): { columns: ColumnAssignment<RiskRole>[]; slots: RiskSlot[] } {
  const resolved = measured.map((m) => ({ ...m }));
  for (let i = 0; i < resolved.length; i++) {
    const m = resolved[i]!;
    if (m.slot) continue;
    // Look right for the nearest column that names a slot, without crossing another L.
    for (let j = i + 1; j < resolved.length && resolved[j]!.col - m.col <= 3; j++) {
      const n = resolved[j]!;
      if (n.measure === m.measure) break;
      if (n.slot) {
        m.slot = n.slot;
        break;
      }
    }
  }
  // Unnamed columns form groups (a new group starts where a measure repeats), read as
  // current, then residual, then target, skipping slots the sheet already names.
  const free = (['current', 'residual', 'target'] as RiskSlot[]).filter((s) => !resolved.some((r) => r.slot === s));
  let group: MeasuredColumn[] = [];
  const groups: MeasuredColumn[][] = [];
  for (const m of resolved) {
    if (m.slot) continue;
    if (group.some((g) => g.measure === m.measure)) {
      groups.push(group);
      group = [];
    }
    group.push(m);
  }
  if (group.length) groups.push(group);
  groups.forEach((g, k) => {
    const slot = free[k];
    if (slot) for (const m of g) m.slot = slot;
  });
  const columns: ColumnAssignment<RiskRole>[] = [];
  const taken = new Set<string>();
  const slots: RiskSlot[] = [];
  for (const m of resolved) {
    if (!m.slot) continue;
    const suffix = m.measure === 'likelihood' ? 'Likelihood' : m.measure === 'consequence' ? 'Consequence' : m.measure === 'score' ? 'Score' : 'Grade';
    const role = `${m.slot}${suffix}` as RiskRole;
    if (taken.has(role)) continue;
    taken.add(role);
    columns.push({ role, col: m.col, header: m.header });
    if (m.measure !== 'grade' && !slots.includes(m.slot)) slots.push(m.slot);
  }
  const order: RiskSlot[] = ['inherent', 'current', 'residual', 'target'];
  slots.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { columns, slots };
}

export function headerText(sheet: SheetGrid, rows: number[], col: number): string {
  return rows.map((r) => cellText(sheet, r, col)).filter(Boolean).join(' ');
}

export { normaliseHeader };
