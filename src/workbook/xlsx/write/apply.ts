/**
 * Carries out a WritePlan on an .xlsx or .xlsm package, losslessly: the package is
 * written by adding to it. Generated sheets are new worksheet parts written whole; the
 * parts that must register them (workbook.xml, its relationships, [Content_Types].xml,
 * styles.xml) and the user's sheets that get conditional formats are edited by splicing
 * text into their original XML; every other part (charts, drawings, images, pivot
 * tables, comments, tables, VBA, ...) comes back with identical bytes.
 *
 * Idempotent: our earlier sheets are found by the mark they carry (a hidden sheet-scoped
 * defined name) and replaced in place or removed, our earlier rules by the mark in their
 * formula, and taken off before the new ones go in. A sheet the user made is never
 * overwritten or removed.
 */
import { RagBoardError, type ErrorLocation } from '../../../engine/errors';
import { GENERATED_SHEET_MARK, markConstant, type GeneratedSheet, type PlannedRule, type WritePlan } from '../../../engine/plan/types';
import { damagedContent, notAWorkbook, partParseError } from '../errors';
import { parseRelationships, relsPartFor, resolveTarget, type Relationship } from '../opc';
import { findWorkbookPart, partOfType, readXlsx } from '../read';
import { plannedSheetFingerprint } from '../../../engine/plan/fingerprint';
import { generatedSheetRoles, parseWorkbook } from '../workbook-part';
import { parseXml } from '../xml-sax';
import { cannotWrite, planFault, protectedSheet, protectedStructure } from './errors';
import { ContentTypesPart, CONTENT_TYPE, relativeTarget, RelationshipsPart } from './opc-edit';
import type { ZipCodec } from '../zip-codec';
import { PackageEditor } from './package';
import { writeGeneratedSheet, PlanValueError, printRangeFormula, type SheetXmlContext } from './sheet-xml';
import { SourceSheet } from './source-sheet';
import { setCellsAside, type SheetWithoutCells } from './sheet-cells';
import { MINIMAL_STYLES, StyleBook, StyleValueError } from './style-book';
import { definedNamesPrefix, sheetNamesXml, WorkbookXml, type FinalSheet } from './workbook-xml';
import { ZipTooLargeError } from './zip-writer';
import { partKey } from '../zip';
import { sheetNameKey, sheetNameProblem } from '../../../engine/sheetNames';

export interface WriteOptions {
  /** The file's name, used in messages ("budget.xlsx"). */
  readonly fileName?: string;
  /**
   * The sheets proven RAG Board's own when the workbook was read (its generatedSheets: marked,
   * and holding what the mark's fingerprint says): the only sheets a plan may replace or remove.
   * Left out, the workbook is read here to prove them.
   */
  readonly ownSheets?: ReadonlyArray<string>;
  /** How parts are deflated; pure JavaScript unless the caller has something faster (the command line passes Node's zlib). */
  readonly codec?: ZipCodec;
  /** Told, from 0 to 1, how far the write has got and what it is doing (the browser page's progress bar). */
  readonly onProgress?: (fraction: number, what: string) => void;
  /**
   * Parts of these same package bytes already inflated and checked (readXlsx's onPart), by part
   * name: taken rather than inflated again.
   */
  readonly inflated?: ReadonlyMap<string, Uint8Array>;
  /**
   * User's sheets whose start (everything up to the end of their cells, see sheet-cells.ts) was
   * deflated already, by part name: the command line deflates them while the engine runs. Used
   * where the rules leave that start as it was, which is where a sheet is laid out as the schema
   * says; else the sheet is deflated here.
   */
  readonly deflatedStarts?: ReadonlyMap<string, DeflatedStart>;
}

/** The first `length` bytes of a part, as raw deflate that is not final and ends on a byte boundary (a sync flush). */
export interface DeflatedStart {
  readonly length: number;
  readonly compressed: ReadonlyArray<Uint8Array>;
}

const EMPTY_PLAN: WritePlan = { sheets: [], sourceRules: [] };

/** The package with the plan carried out: our earlier sheets and rules replaced by the plan's. */
export function applyPlan(original: Uint8Array, plan: WritePlan, options: WriteOptions = {}): Uint8Array {
  return write(original, plan, options);
}

/**
 * The package with every generated sheet and every owned rule removed, and nothing else
 * changed. (styles.xml keeps the entries earlier runs appended, now unused: removing them
 * would renumber the user's own formats.)
 */
export function clearOwned(original: Uint8Array, options: WriteOptions = {}): Uint8Array {
  return write(original, EMPTY_PLAN, options);
}

/** One sheet of the workbook as found. */
interface SheetRecord {
  readonly index: number;
  readonly name: string;
  readonly visibility: 'visible' | 'hidden' | 'veryHidden';
  readonly relId: string | undefined;
  /** The worksheet part, for a worksheet (not a chart sheet or dialog sheet). */
  readonly part: string | undefined;
  /** The role, for a worksheet an earlier run wrote. */
  readonly role: string | undefined;
  /**
   * A sheet with our mark that is not proven ours (a copy of one of our sheets, a summary the user
   * edited, a mark on a sheet of theirs): theirs, and left exactly as it is, our rules on it included.
   */
  readonly keptCopy: boolean;
}

function write(original: Uint8Array, plan: WritePlan, options: WriteOptions): Uint8Array {
  const file = options.fileName;
  const progress = options.onProgress ?? (() => undefined);
  progress(0, 'Opening the workbook');
  const pkg = PackageEditor.open(original, file, options.codec, options.inflated);
  const workbookPart = findWorkbookPart(pkg.zip, file);
  const workbookText = pkg.text(workbookPart)!;
  const info = readPart(workbookPart, { file }, () => parseWorkbook(workbookText));
  if (info.root !== 'workbook') throw notAWorkbook(`its main part "${workbookPart}" is not a workbook`, file);
  if (info.sheets.length === 0) throw damagedContent('its workbook lists no sheets', { file });
  const workbook = readPart(workbookPart, { file }, () => new WorkbookXml(workbookText));
  if (workbook.sheets.length !== info.sheets.length) throw internal('the sheets in workbook.xml were counted differently by two readers', { file });

  const relsPart = relsPartFor(workbookPart);
  const relsText = pkg.text(relsPart);
  if (relsText === undefined) throw damagedContent(`its workbook has no relationships part ("${relsPart}")`, { file });
  const rels = readPart(relsPart, { file }, () => parseRelationships(relsText, workbookPart));
  const relsEdit = readPart(relsPart, { file }, () => new RelationshipsPart(relsText));
  const typesText = pkg.text('[Content_Types].xml');
  if (typesText === undefined) throw damagedContent('it has no [Content_Types].xml part', { file });
  const types = readPart('[Content_Types].xml', { file }, () => new ContentTypesPart(typesText));

  const roles = generatedSheetRoles(info);
  // A mark is a claim; only a sheet the reader proved ours (its content is what the mark's
  // fingerprint says) may be replaced or removed.
  const own = new Set((options.ownSheets ?? [...(readXlsx(original, { fileName: file, codec: options.codec }).generatedSheets?.keys() ?? [])]).map(nameKey));
  const records: SheetRecord[] = info.sheets.map((entry, index) => {
    const rel = entry.relId === undefined ? undefined : rels.find((r) => r.id === entry.relId);
    const part = rel && !rel.external && rel.type === 'worksheet' && pkg.has(rel.target) ? rel.target : undefined;
    const mark = part ? roles.get(index) : undefined;
    const proven = mark !== undefined && !mark.kept && own.has(nameKey(entry.name));
    return { index, name: entry.name, visibility: entry.visibility, relId: entry.relId, part, role: proven ? mark.role : undefined, keptCopy: mark !== undefined && !proven };
  });
  const userSheets = records.filter((r) => r.role === undefined);

  // The plan's sheets: valid names, none a user's sheet's, none twice.
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw planFault(`the sheet name "${sheet.name}" ${problem}`, { file, sheet: sheet.name });
    const key = nameKey(sheet.name);
    if (seen.has(key)) throw planFault(`two generated sheets are both named "${sheet.name}"`, { file, sheet: sheet.name });
    seen.add(key);
    const clash = userSheets.find((u) => nameKey(u.name) === key);
    if (clash) throw planFault(`a generated sheet would take the name of the user's sheet "${clash.name}"`, { file, sheet: clash.name });
  }

  // Our earlier sheets: replaced in place by the plan's sheet of the same role (the one of
  // the same name first), or removed.
  const replacing = new Map<SheetRecord, GeneratedSheet>();
  const adding: GeneratedSheet[] = [];
  for (const sheet of plan.sheets) {
    const candidates = records.filter((r) => r.role === sheet.role && !replacing.has(r));
    const old = candidates.find((r) => nameKey(r.name) === nameKey(sheet.name)) ?? candidates[0];
    if (old) replacing.set(old, sheet);
    else adding.push(sheet);
  }
  const removing = records.filter((r) => r.role !== undefined && !replacing.has(r));

  // Rules on the user's sheets.
  const rulesFor = new Map<SheetRecord, PlannedRule[]>();
  for (const target of plan.sourceRules) {
    const sheet = records.find((r) => r.name === target.sheet) ?? records.find((r) => nameKey(r.name) === nameKey(target.sheet));
    if (!sheet)
      throw cannotWrite(`There is no sheet named "${target.sheet}" in the workbook to add colour rules to`, 'Check that the sheet has not been renamed or deleted since the workbook was analysed, and run RAG Board again', {
        file,
        sheet: target.sheet,
      });
    if (sheet.role !== undefined) throw planFault(`it puts rules on "${sheet.name}", a sheet RAG Board generated`, { file, sheet: sheet.name });
    if (!sheet.part)
      throw cannotWrite(`The sheet "${sheet.name}" is not a worksheet (it may be a chart sheet), so colour rules cannot be added to it`, 'Run RAG Board again on the workbook as it is now', {
        file,
        sheet: sheet.name,
      });
    rulesFor.set(sheet, [...(rulesFor.get(sheet) ?? []), ...target.rules]);
  }
  // Every user worksheet that gets rules or still carries ours.
  progress(0.1, 'Reading your sheets');
  const sources = new Map<SheetRecord, { source: SourceSheet; withoutCells: SheetWithoutCells | undefined }>();
  for (const sheet of userSheets) {
    if (!sheet.part || (sheet.keptCopy && !rulesFor.has(sheet))) continue;
    // A sheet that gets no rules is read only when it has rules (ours among them, perhaps) to take
    // off: looked for in its bytes, a piece at a time, so a big sheet is not held to find none.
    if (!rulesFor.has(sheet) && pkg.zip.scan(sheet.part, 'conditionalFormatting') === false) continue;
    // The cells set aside as bytes where they can be (see sheet-cells.ts); else the whole sheet as text.
    const withoutCells = setCellsAside(pkg.bytes(sheet.part)!);
    const xml = withoutCells?.skeleton ?? pkg.text(sheet.part)!;
    const source = readPart(sheet.part, { file, sheet: sheet.name }, () => new SourceSheet(xml));
    if (!rulesFor.has(sheet) && source.ownedRuleCount === 0) continue;
    if (source.isProtected) throw protectedSheet(sheet.name, file, rulesFor.has(sheet) ? 'add its colour rules to it' : 'take its earlier colour rules off it');
    sources.set(sheet, { source, withoutCells });
  }
  for (const sheet of replacing.keys()) {
    const source = readPart(sheet.part!, { file, sheet: sheet.name }, () => new SourceSheet(pkg.text(sheet.part!)!));
    if (source.isProtected) throw protectedSheet(sheet.name, file, 'write its new contents');
  }

  // The new sheet list: old sheets in place (ours rewritten), new ones at the end.
  const structural = removing.length > 0 || adding.length > 0 || [...replacing].some(([r, s]) => r.name !== s.name || r.visibility !== s.visibility);
  if (structural && workbook.structureLocked) {
    throw protectedStructure(file, adding.length > 0 ? 'add its summary sheets' : 'rename or remove its earlier summary sheets');
  }

  // Styles: the part, created when the package has none and the plan needs one.
  const needsStyles = plan.sheets.length > 0 || plan.sourceRules.some((s) => s.rules.length > 0);
  let stylesPart = partOfType(pkg.zip, rels, 'styles', resolveTarget(workbookPart, 'styles.xml'));
  let styles: StyleBook | undefined;
  if (stylesPart) styles = readPart(stylesPart, { file }, () => new StyleBook(pkg.text(stylesPart!)!));
  else if (needsStyles) {
    stylesPart = resolveTarget(workbookPart, 'styles.xml');
    styles = new StyleBook(MINIMAL_STYLES);
    relsEdit.add({ id: relsEdit.freeId(), type: 'styles', target: relativeTarget(workbookPart, stylesPart) });
    types.addOverride(stylesPart, CONTENT_TYPE.styles);
  }
  const book = styles;
  const xfCache = new WeakMap<object, number>();
  const ctx: SheetXmlContext = {
    // Planners share style objects between cells, so remembering each object's xf saves
    // working out its key again for every one of a big summary's cells.
    xfFor: (style) => {
      if (!style) return 0;
      let xf = xfCache.get(style);
      if (xf === undefined) {
        xf = book!.xfFor(style);
        xfCache.set(style, xf);
      }
      return xf;
    },
    dxfFor: (style) => book!.dxfFor(style),
    mainNamespace: workbook.mainNamespace,
    relationshipsNamespace: workbook.relationshipsNamespace,
  };

  // Generated sheets, in the plan's order (so that appended styles come in a fixed order).
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const partFor = new Map<GeneratedSheet, { part: string; relId: string; sheetId: number }>();
  let nextSheetId = workbook.maxSheetId;
  for (const [old, sheet] of replacing) partFor.set(sheet, { part: old.part!, relId: old.relId!, sheetId: 0 });
  const taken = new Set<string>();
  for (const sheet of adding) {
    // The first free sheetN.xml: never the name of a part the package had, even one removed now.
    let n = 1;
    while (pkg.zip.has(`${folder}worksheets/sheet${n}.xml`) || taken.has(`${folder}worksheets/sheet${n}.xml`)) n++;
    const part = `${folder}worksheets/sheet${n}.xml`;
    taken.add(part);
    const relId = relsEdit.freeId();
    partFor.set(sheet, { part, relId, sheetId: ++nextSheetId });
    relsEdit.add({ id: relId, type: 'worksheet', target: relativeTarget(workbookPart, part) });
    types.addOverride(part, CONTENT_TYPE.worksheet);
  }
  // Progress by rows written: the summary sheets, then the colour rules on the user's sheets.
  const rowsToWrite = plan.sheets.reduce((n, sheet) => n + sheet.rows.length, 0) || 1;
  let rowsWritten = 0;
  for (const sheet of plan.sheets) {
    progress(0.25 + (0.35 * rowsWritten) / rowsToWrite, `Writing “${sheet.name}”`);
    rowsWritten += sheet.rows.length;
    const { part } = partFor.get(sheet)!;
    planStep({ file, sheet: sheet.name }, () => pkg.writePart(part, (sink) => writeGeneratedSheet(sheet, ctx, sink)));
    // A generated sheet has no relationships of its own: drop any the old one had.
    pkg.remove(relsPartFor(part));
  }
  let sourcesDone = 0;
  for (const [sheet, { source, withoutCells }] of sources) {
    progress(0.6 + (0.15 * sourcesDone++) / sources.size, `Adding the colour rules to “${sheet.name}”`);
    const edited = planStep({ file, sheet: sheet.name }, () => source.withRules(rulesFor.get(sheet) ?? [], ctx.dxfFor));
    if (!withoutCells) pkg.setText(sheet.part!, edited);
    else if (edited !== withoutCells.skeleton) {
      const deflated = deflatedStartOf(options.deflatedStarts, sheet.part!);
      if (deflated && deflated.length === withoutCells.cellsEnd && withoutCells.keepsStart(edited)) {
        const after = internalStep({ file, sheet: sheet.name }, () => withoutCells.afterCells(edited));
        pkg.writeAfterDeflated(sheet.part!, pkg.bytes(sheet.part!)!.subarray(0, deflated.length), deflated.compressed, after);
      } else {
        const pieces = internalStep({ file, sheet: sheet.name }, () => withoutCells.join(edited));
        pkg.writePart(sheet.part!, (sink) => pieces.forEach((piece) => sink.bytes(piece)));
      }
    }
  }
  for (const sheet of removing) {
    pkg.remove(sheet.part!);
    pkg.remove(relsPartFor(sheet.part!));
    if (sheet.relId !== undefined) relsEdit.remove(sheet.relId);
    types.removeOverride(sheet.part!);
  }
  dropStaleCalcChain(pkg, rels, relsEdit, types, {
    removed: removing.length > 0,
    sheets: [...replacing.keys()].map((r) => ({ sheetId: workbook.sheets[r.index]!.sheetId, position: r.index + 1 })),
    file,
  });

  // workbook.xml: the new sheet list, defined names and views.
  const final: FinalSheet[] = [];
  const namesFor = (sheet: GeneratedSheet, index: number) =>
    planStep({ file, sheet: sheet.name }, () =>
      sheetNamesXml(
        definedNamesPrefix(workbook),
        index,
        markConstant(sheet.role, sheet.name, plannedSheetFingerprint(sheet)),
        sheet.print ? printRangeFormula(sheet.name, sheet.print.area) : undefined,
        sheet.print?.titleRows ? printRangeFormula(sheet.name, sheet.print.titleRows) : undefined,
        GENERATED_SHEET_MARK,
      ),
    );
  for (const r of records) {
    if (removing.includes(r)) continue;
    const sheet = replacing.get(r);
    if (sheet) final.push({ kind: 'replaced', oldIndex: r.index, name: sheet.name, visibility: sheet.visibility, names: namesFor(sheet, final.length) });
    else final.push({ kind: 'kept', oldIndex: r.index });
  }
  for (const sheet of adding) {
    const { relId, sheetId } = partFor.get(sheet)!;
    final.push({ kind: 'added', name: sheet.name, visibility: sheet.visibility, sheetId, relId, names: namesFor(sheet, final.length) });
  }
  const visibleBefore = records.some((r) => r.visibility === 'visible');
  const visibleAfter = final.some((f) => (f.kind === 'kept' ? records[f.oldIndex]!.visibility : f.visibility) === 'visible');
  if (visibleBefore && !visibleAfter) {
    throw cannotWrite('Every sheet of the workbook would be hidden once RAG Board\'s summary sheets are removed', 'Unhide one of your sheets in Excel (right-click a sheet tab > Unhide), save the workbook, and run RAG Board again', { file });
  }
  pkg.setText(workbookPart, internalStep({ file }, () => workbook.rewrite(final)));
  pkg.setText(relsPart, relsEdit.result());
  pkg.setText('[Content_Types].xml', types.result());
  if (stylesPart && styles) pkg.setText(stylesPart, styles.result());
  progress(0.75, 'Compressing the workbook');
  const bytes = packageBytes(pkg, file);
  progress(1, 'Written');
  return bytes;
}

/** The finished package, or a clear error when it would be too big for a plain zip. */
function packageBytes(pkg: PackageEditor, file: string | undefined): Uint8Array {
  try {
    return pkg.toZip();
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw cannotWrite(`The workbook cannot be written: ${e.message}`, 'Split the workbook into smaller ones and run RAG Board on each', { file });
    throw e;
  }
}

/**
 * A calculation chain (xl/calcChain.xml, a cache of the order Excel last calculated
 * formula cells in) names cells by sheet; an entry for a cell that no longer holds a
 * formula makes Excel repair the file. Excel rebuilds a chain it does not find, so the
 * chain is dropped when a sheet was removed (which also moves the sheets after it), or
 * when it lists cells of a sheet we rewrote ("i" is read both as the sheet id and as the
 * 1-based position, as producers differ).
 */
function dropStaleCalcChain(
  pkg: PackageEditor,
  rels: ReadonlyArray<Relationship>,
  relsEdit: RelationshipsPart,
  types: ContentTypesPart,
  change: { removed: boolean; sheets: ReadonlyArray<{ sheetId: number | undefined; position: number }>; file: string | undefined },
): void {
  if (!change.removed && change.sheets.length === 0) return;
  const rel = rels.find((r) => r.type === 'calcChain' && !r.external);
  if (!rel || !pkg.has(rel.target)) return;
  let stale = change.removed;
  if (!stale) {
    const ids = new Set(change.sheets.flatMap((s) => (s.sheetId === undefined ? [s.position] : [s.sheetId, s.position])));
    let current = 1;
    readPart(rel.target, { file: change.file }, () =>
      parseXml(pkg.text(rel.target)!, {
        open(name, attrs) {
          if (name !== 'c') return;
          if (attrs['i'] !== undefined) current = Number(attrs['i']);
          if (ids.has(current)) stale = true;
        },
      }),
    );
  }
  if (!stale) return;
  pkg.remove(rel.target);
  pkg.remove(relsPartFor(rel.target));
  relsEdit.remove(rel.id);
  types.removeOverride(rel.target);
}

/** The deflated start given for a part, its name matched as part names are (case, leading "/", escapes). */
function deflatedStartOf(starts: ReadonlyMap<string, DeflatedStart> | undefined, part: string): DeflatedStart | undefined {
  if (!starts) return undefined;
  for (const [name, start] of starts) if (partKey(name) === partKey(part)) return start;
  return undefined;
}

/** Sheet names compare case-insensitively in Excel. */
const nameKey = sheetNameKey;

/** Runs a parser over a part, turning bad XML into the reader's "damaged part" error. */
function readPart<T>(part: string, where: ErrorLocation, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    const known = partParseError(part, where, e);
    if (known) throw known;
    throw internal(`reading the part "${part}" failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`, where, e);
  }
}

/** Runs a step that turns the plan into XML, turning what the plan got wrong into an internal error naming the sheet. */
function planStep<T>(where: ErrorLocation, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof RagBoardError) throw e;
    if (e instanceof PlanValueError || e instanceof StyleValueError) throw planFault(e.message, where, e);
    throw internal(`writing failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`, where, e);
  }
}

function internalStep<T>(where: ErrorLocation, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof RagBoardError) throw e;
    throw internal(`writing failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`, where, e);
  }
}

function internal(message: string, where: ErrorLocation, cause?: unknown): RagBoardError {
  return new RagBoardError('internal', `Writing the workbook: ${message}`, { where, cause, hint: 'Nothing was written. Please report this.' });
}
