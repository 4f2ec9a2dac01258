/**
 * Reads an .xlsx or .xlsm workbook (its bytes; file I/O is the caller's) into the
 * engine's grids. Synchronous and free of Node-only APIs, so the command line and a
 * browser page use the same code.
 *
 * The package is opened as the zip it is and only the parts that carry values are
 * inflated: the workbook, its relationships, shared strings, styles and worksheets.
 * Charts, drawings, images, pivot caches, comments, VBA and the rest are never
 * touched, so they can neither slow the reader down nor trip it up.
 */
import { RagBoardError, type ErrorLocation } from '../../engine/errors';
import type { SheetGrid, WorkbookGrids } from '../../engine/grid';
import { isProvenOwn } from '../../engine/plan/fingerprint';
import { damagedContent, notAWorkbook, partParseError, unreadable } from './errors';
import { parseRelationships, relsPartFor, resolveTarget, type Relationship } from './opc';
import { parseSharedStrings } from './shared-strings';
import { rejectNonPackage } from './sniff';
import { parseStyles, type CellFormats } from './styles';
import { decodePart } from './text';
import { generatedSheetRoles, parseWorkbook, type SheetEntry } from './workbook-part';
import { parseWorksheet, WorksheetRangeError } from './worksheet';
import type { ZipCodec } from './zip-codec';
import { ZipPackage } from './zip';
import { workbookFormatOf } from './format';
import { sheetNameKey, sheetNameProblem } from '../../engine/sheetNames';

export interface ReadOptions {
  /** The file's name, used in messages ("budget.xlsx"). */
  fileName?: string;
  /** Called with rising fractions of the work done, ending with 1. */
  onProgress?: (fraction: number) => void;
  /** How parts are inflated; pure JavaScript unless the caller has something faster (the command line passes Node's zlib). */
  codec?: ZipCodec;
  /**
   * Given each part the reader inflates (its size and checksum checked), by part name: a writer of
   * the same package can take them rather than inflate them again (WriteOptions.inflated).
   */
  onPart?: (part: string, bytes: Uint8Array) => void;
}

/** Sheet kinds that are listed among a workbook's sheets but hold no cells we read. */
const SHEETS_WITHOUT_CELLS = new Set(['chartsheet', 'dialogsheet', 'xlMacrosheet', 'xlIntlMacrosheet']);

export function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): WorkbookGrids {
  const file = options.fileName;
  const progress = progressReporter(options.onProgress);

  rejectNonPackage(bytes, file);
  const pkg = ZipPackage.open(bytes, file, options.codec);
  const workbookPart = findWorkbookPart(pkg, file);
  // A package that does not say what its workbook part is cannot be opened by Excel, nor written.
  workbookFormatOf(pkg, file);
  const workbookRelsPart = relsPartFor(workbookPart);

  const read = (parts: ReadonlyArray<string>) => {
    const got = pkg.read(parts);
    if (options.onPart) for (const [part, partBytes] of got) options.onPart(part, partBytes);
    return got;
  };
  const first = read([workbookPart, workbookRelsPart]);
  const workbook = readPart(workbookPart, { file }, () => parseWorkbook(decodePart(first.get(workbookPart)!)));
  if (workbook.root !== 'workbook') throw notAWorkbook(`its main part "${workbookPart}" is not a workbook`, file);
  refuseForbiddenSheetNames(workbook.sheets, file);
  const relsBytes = first.get(workbookRelsPart);
  const rels = relsBytes ? readPart(workbookRelsPart, { file }, () => parseRelationships(decodePart(relsBytes), workbookPart)) : [];

  const sharedStringsPart = partOfType(pkg, rels, 'sharedStrings', resolveTarget(workbookPart, 'sharedStrings.xml'));
  const stylesPart = partOfType(pkg, rels, 'styles', resolveTarget(workbookPart, 'styles.xml'));
  const plan = workbook.sheets.map((entry, index) => planSheet(pkg, entry, index, rels, relsBytes !== undefined, workbookPart, file));

  const sizeOf = (part: string | undefined) => (part ? (pkg.info(part)?.size ?? 0) : 0);
  const total =
    sizeOf(workbookPart) + sizeOf(sharedStringsPart) + sizeOf(stylesPart) + plan.reduce((sum, p) => sum + sizeOf(p.part), 0) || 1;
  let done = sizeOf(workbookPart);
  progress(done / total);

  const common = read([sharedStringsPart, stylesPart].filter((p): p is string => p !== undefined));
  const sstBytes = sharedStringsPart ? common.get(sharedStringsPart) : undefined;
  const sharedStrings = sstBytes ? readPart(sharedStringsPart!, { file }, () => parseSharedStrings(decodePart(sstBytes))) : [];
  const stylesBytes = stylesPart ? common.get(stylesPart) : undefined;
  const cellFormats: CellFormats = stylesBytes ? readPart(stylesPart!, { file }, () => parseStyles(decodePart(stylesBytes))) : [];
  common.clear();
  done += sizeOf(sharedStringsPart) + sizeOf(stylesPart);
  progress(done / total);

  const sheets: SheetGrid[] = [];
  const gridAt = new Map<number, SheetGrid>();
  for (const [index, { entry, part }] of plan.entries()) {
    if (part === undefined) continue;
    const size = sizeOf(part);
    const where: ErrorLocation = { file, sheet: entry.name };
    let xmlBytes = read([part]).get(part);
    if (!xmlBytes) throw damagedContent(`the sheet "${entry.name}" is missing from the file (no part "${part}")`, where);
    // The bytes are let go once decoded, so a big sheet is not held twice while it is parsed.
    let xml: string | undefined = decodeSheet(xmlBytes, entry.name, where);
    xmlBytes = undefined;
    const base = done;
    const data = readPart(part, where, () => {
      const text = xml!;
      xml = undefined;
      return parseWorksheet(text, {
        sharedStrings,
        cellFormats,
        date1904: workbook.date1904,
        onProgress: (f) => progress((base + f * size) / total),
      });
    });
    const grid: SheetGrid = { name: entry.name, visibility: entry.visibility, ...data };
    sheets.push(grid);
    gridAt.set(index, grid);
    done += size;
    progress(done / total);
  }
  progress.finish();
  // Sheets an earlier run wrote, from the marks it left on them (worksheets only) and the
  // fingerprint of their content, and copies of them the user keeps.
  const generatedSheets = new Map<string, string>();
  const keptCopies = new Set<string>();
  const unprovenMarks = new Set<string>();
  for (const [index, mark] of generatedSheetRoles(workbook)) {
    if (plan[index]?.part === undefined) continue;
    const name = plan[index]!.entry.name;
    const grid = gridAt.get(index);
    if (mark.kept) keptCopies.add(name);
    else if (grid && isProvenOwn(mark, grid)) generatedSheets.set(name, mark.role);
    else unprovenMarks.add(name);
  }
  // (The file's own name, its folders left out: what Excel calls the workbook.)
  const name = file?.replace(/^.*[\\/]/, '');
  return { sheets, date1904: workbook.date1904, ...(name ? { name } : {}), generatedSheets, keptCopies, unprovenMarks };
}

interface SheetPlan {
  readonly entry: SheetEntry;
  /** The worksheet part to read, or undefined for a sheet without cells (chart sheet, dialog sheet). */
  readonly part: string | undefined;
}

function planSheet(
  pkg: ZipPackage,
  entry: SheetEntry,
  index: number,
  rels: ReadonlyArray<Relationship>,
  haveRels: boolean,
  workbookPart: string,
  file: string | undefined,
): SheetPlan {
  const rel = entry.relId === undefined ? undefined : rels.find((r) => r.id === entry.relId);
  if (rel) {
    if (SHEETS_WITHOUT_CELLS.has(rel.type)) return { entry, part: undefined };
    if (rel.external) throw damagedContent(`the sheet "${entry.name}" points outside the file`, { file, sheet: entry.name });
    if (rel.type !== 'worksheet' && !/worksheets?\//i.test(rel.target)) return { entry, part: undefined };
    return { entry, part: rel.target };
  }
  // Without the relationships part, fall back on the name every producer uses.
  const guess = resolveTarget(workbookPart, `worksheets/sheet${index + 1}.xml`);
  if (!haveRels && pkg.has(guess)) return { entry, part: guess };
  throw damagedContent(`the sheet "${entry.name}" cannot be found in the file`, { file, sheet: entry.name });
}

/** The part of a workbook relationship type ("styles", "sharedStrings"), else `fallback` where the package has it. */
export function partOfType(pkg: ZipPackage, rels: ReadonlyArray<Relationship>, type: string, fallback: string): string | undefined {
  const rel = rels.find((r) => r.type === type && !r.external);
  if (rel && pkg.has(rel.target)) return rel.target;
  return pkg.has(fallback) ? fallback : undefined;
}

/** The workbook part: the package's officeDocument relationship, else xl/workbook.xml; else say what the file is. */
export function findWorkbookPart(pkg: ZipPackage, file: string | undefined): string {
  let target: string | undefined;
  const rootRels = pkg.readOne('_rels/.rels');
  if (rootRels) {
    try {
      target = parseRelationships(decodePart(rootRels), '').find((r) => r.type === 'officeDocument' && !r.external)?.target;
    } catch {
      // A damaged package relationships part: fall back on the usual name below.
    }
  }
  const otherKind = (name: string | undefined) => name !== undefined && /^(word|ppt|visio)\//i.test(name);
  if (target && /\.xml$/i.test(target) && !otherKind(target) && pkg.has(target)) return target;
  if (pkg.has('xl/workbook.xml')) return 'xl/workbook.xml';
  if ((target && /\.bin$/i.test(target)) || pkg.has('xl/workbook.bin'))
    throw unreadable('This is an Excel Binary Workbook (.xlsb), which cannot be read; only .xlsx and .xlsm workbooks can.', 'Open it in Excel and save it as an Excel Workbook (.xlsx) with File > Save As, then try again.', { where: { file } });
  if (pkg.has('word/document.xml') || /^word\//i.test(target ?? '')) throw notAWorkbook('it is a Word document', file);
  if (pkg.has('ppt/presentation.xml') || /^ppt\//i.test(target ?? '')) throw notAWorkbook('it is a PowerPoint presentation', file);
  if (pkg.has('content.xml') && pkg.has('mimetype')) throw notAWorkbook('it is an OpenDocument file (for example .ods from LibreOffice), not an .xlsx workbook', file);
  throw notAWorkbook('it is a zip archive with no workbook inside (no xl/workbook.xml)', file);
}

function decodeSheet(bytes: Uint8Array, sheet: string, where: ErrorLocation): string {
  try {
    return decodePart(bytes);
  } catch (e) {
    // The longest string JavaScript can hold is about 512 million characters.
    if (e instanceof RangeError)
      throw unreadable(
        `The sheet "${sheet}" is too large to read (${Math.round(bytes.length / 1e6)} MB of sheet data).`,
        'Split the workbook, or delete unused rows and columns from the sheet, save it, and try again.',
        { where, cause: e },
      );
    throw e;
  }
}

/** Runs a part's parser, turning what can go wrong into errors that name the part. */
function readPart<T>(part: string, where: ErrorLocation, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    const known = partParseError(part, where, e);
    if (known) throw known;
    if (e instanceof WorksheetRangeError) throw damagedContent(`the part "${part}" has ${e.message}`, where, e);
    throw new RagBoardError('internal', `Reading the part "${part}" of the workbook failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`, {
      where,
      cause: e,
      hint: 'Please report this with the workbook if you can share it.',
    });
  }
}

interface ProgressReporter {
  (fraction: number): void;
  finish(): void;
}

/** Passes on only rising fractions below 1, then exactly one 1 at the end. */
function progressReporter(callback: ((fraction: number) => void) | undefined): ProgressReporter {
  let last = 0;
  const report = ((fraction: number) => {
    if (!callback) return;
    const f = Math.min(fraction, 0.999);
    if (f > last) {
      last = f;
      callback(f);
    }
  }) as ProgressReporter;
  report.finish = () => callback?.(1);
  return report;
}

/**
 * A workbook whose sheet names Excel itself forbids (two sheets of one name, in any case; a
 * bracket, slash or colon; an apostrophe at either end) was not saved by Excel, and names are
 * how sheets, formulas and our rules find each other: it is refused as damaged.
 */
export function refuseForbiddenSheetNames(sheets: ReadonlyArray<SheetEntry>, file: string | undefined): void {
  const seen = new Map<string, string>();
  for (const { name } of sheets) {
    const problem = sheetNameProblem(name);
    // "History" is left alone: Excel reserves it for new sheets, but older workbooks may have one.
    if (problem && sheetNameKey(name) !== 'history') throw damagedContent(`it has a sheet named ${JSON.stringify(name)}, which ${problem.replace(/^is /, 'is ')}`, { file, sheet: name });
    const key = sheetNameKey(name);
    const before = seen.get(key);
    if (before !== undefined) {
      throw damagedContent(
        before === name ? `it has two sheets named "${name}", which Excel does not allow` : `it has sheets named "${before}" and "${name}", one name to Excel, which does not allow two`,
        { file, sheet: name },
      );
    }
    seen.set(key, name);
  }
}
