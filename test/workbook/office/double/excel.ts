/**
 * The proxies of the Excel double: the part of the Excel JavaScript API that the adapter
 * uses, each member tagged with the ExcelApi version that brought it (an older Excel fails
 * the sync with ApiNotFound, as a real one does).
 */
import { jsonBytes, Proxy, type DoubleContext } from './context';
import { MESSAGES, officeError } from './errors';
import {
  MAX_COLS,
  MAX_ROWS,
  WHOLE_SHEET,
  cellsIn,
  columnLetters,
  dateSerial,
  interpretInput,
  intersects,
  notProtected,
  parseAddress,
  quoteSheet,
  rectA1,
  type BorderSide,
  type ModelName,
  type ModelRule,
  type ModelSheet,
  type ModelValue,
  type ModelWorkbook,
  type Rect,
  type Visibility,
} from './model';

/** More cells than this in one style write is a mistake of the caller's, not something to model. */
const MAX_STYLED_CELLS = 2_000_000;
/** Excel refuses to get more cells than this from one range. */
const MAX_READ_CELLS = 5_000_000;
/** The longest address list Worksheet.getRanges takes (see getRanges). */
export const MAX_GET_RANGES_ADDRESS = 8000;
/** The longest conditional format formula, "=" included (see ConditionalFormatRule.formula). */
export const MAX_RULE_FORMULA = 255;

interface RangeModel {
  readonly sheet: ModelSheet;
  readonly rect: Rect;
}

interface AreasModel {
  readonly sheet: ModelSheet;
  readonly rects: ReadonlyArray<Rect>;
}

// ---------------------------------------------------------------- workbook

export class WorkbookProxy extends Proxy<ModelWorkbook> {
  protected readonly loadable = { name: (wb: ModelWorkbook) => wb.name };
  // Workbook.name: "[Api set: ExcelApi 1.7]" (@types/office-js).
  protected override readonly propertySince = { name: 7 };
  private sheetsProxy?: WorksheetCollectionProxy;
  private namesProxy?: NamedItemCollectionProxy;
  private protectionProxy?: WorkbookProtectionProxy;
  private functionsProxy?: FunctionsProxy;

  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
  ) {
    super(ctx, 'Workbook', () => wb);
  }

  get name(): string {
    return this.read('name');
  }

  get worksheets(): WorksheetCollectionProxy {
    return (this.sheetsProxy ??= new WorksheetCollectionProxy(this.ctx, this.wb));
  }

  get names(): NamedItemCollectionProxy {
    return (this.namesProxy ??= new NamedItemCollectionProxy(this.ctx, () => ({ wb: this.wb, list: this.wb.names, sheet: undefined }), 1));
  }

  get protection(): WorkbookProtectionProxy {
    return (this.protectionProxy ??= new WorkbookProtectionProxy(this.ctx, this.wb));
  }

  get functions(): FunctionsProxy {
    return (this.functionsProxy ??= new FunctionsProxy(this.ctx, this.wb));
  }
}

class WorkbookProtectionProxy extends Proxy<ModelWorkbook> {
  protected readonly loadable = { protected: (wb: ModelWorkbook) => wb.structureProtected };
  constructor(ctx: DoubleContext, wb: ModelWorkbook) {
    super(ctx, 'WorkbookProtection', () => wb, { since: 7 });
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

class FunctionsProxy extends Proxy<ModelWorkbook> {
  protected readonly loadable = {};
  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
  ) {
    super(ctx, 'Functions', () => wb, { since: 2 });
  }
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.ctx, () => ({ value: dateSerial(year, month, day, this.wb.date1904), error: null }));
  }
}

class FunctionResultProxy extends Proxy<{ value: number; error: string | null }> {
  protected readonly loadable = { value: (m: { value: number }) => m.value, error: (m: { error: string | null }) => m.error };
  constructor(ctx: DoubleContext, compute: () => { value: number; error: string | null }) {
    super(ctx, 'FunctionResult', compute, { since: 2 });
  }
  get value(): number {
    return this.read('value');
  }
  get error(): string | null {
    return this.read('error');
  }
}

// ---------------------------------------------------------------- sheets

function sheetNameProblem(name: string): boolean {
  return name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history';
}

function checkStructure(wb: ModelWorkbook, location: string): void {
  if (wb.structureProtected) throw officeError('AccessDenied', MESSAGES.protectedWorkbook, location);
}

function visibleCount(wb: ModelWorkbook): number {
  return wb.sheets.filter((s) => s.visibility === 'Visible').length;
}

export class WorksheetCollectionProxy extends Proxy<ModelWorkbook> {
  protected readonly loadable = {};
  private loadedItems?: WorksheetProxy[];

  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
  ) {
    super(ctx, 'WorksheetCollection', () => wb);
  }

  get items(): WorksheetProxy[] {
    if (!this.loadedItems) throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('items'), 'WorksheetCollection.items');
    return this.loadedItems;
  }

  override load(arg?: string | string[]): this {
    const names = itemProps(arg, Object.keys(WorksheetProxy.LOADABLE));
    this.ctx.enqueue({
      bytes: 60,
      location: 'WorksheetCollection.load',
      since: 1,
      run: (deliver) => {
        const data = this.wb.sheets.map((s) => ({ s, props: pick(WorksheetProxy.LOADABLE, names, s) }));
        deliver.push(() => {
          this.loadedItems = data.map(({ s, props }) => {
            const p = new WorksheetProxy(this.ctx, this.wb, () => s);
            p.receive(props);
            return p;
          });
        });
        return jsonBytes(data.map((d) => d.props));
      },
    });
    return this;
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.wb, () => {
      const s = this.wb.sheet(name);
      if (!s) throw officeError('ItemNotFound', MESSAGES.notFound, 'WorksheetCollection.getItem');
      return s;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.wb, () => this.wb.sheet(name) ?? null, { orNull: true, since: 4 });
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this.wb, () => {
      const s = this.wb.sheets.find((x) => x.id === this.wb.activeSheetId);
      if (!s) throw officeError('ItemNotFound', MESSAGES.notFound, 'WorksheetCollection.getActiveWorksheet');
      return s;
    });
  }

  add(name?: string): WorksheetProxy {
    let created: ModelSheet | undefined;
    this.call('add', [name], 1, (wb) => {
      checkStructure(wb, 'WorksheetCollection.add');
      let n = name;
      if (n === undefined) {
        let i = wb.sheets.length + 1;
        while (wb.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (sheetNameProblem(n)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'WorksheetCollection.add');
      if (wb.sheet(n)) throw officeError('ItemAlreadyExists', MESSAGES.exists, 'WorksheetCollection.add');
      created = wb.addSheet(n);
    });
    return new WorksheetProxy(this.ctx, this.wb, () => {
      if (!created) throw officeError('ItemNotFound', MESSAGES.notFound, 'Worksheet');
      return created;
    });
  }
}

export class WorksheetProxy extends Proxy<ModelSheet> {
  static readonly LOADABLE: Record<string, (s: ModelSheet) => unknown> = {
    name: (s) => s.name,
    visibility: (s) => s.visibility,
    id: (s) => `{SHEET-${s.id}}`,
  };
  protected readonly loadable = WorksheetProxy.LOADABLE;
  private cache: { protection?: WorksheetProtectionProxy; names?: NamedItemCollectionProxy; freeze?: FreezePanesProxy; layout?: PageLayoutProxy; breaks?: PageBreakCollectionProxy } = {};

  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
    resolver: () => ModelSheet | null,
    options: { orNull?: boolean; since?: number } = {},
  ) {
    super(ctx, 'Worksheet', resolver, options);
  }

  protected override alive(s: ModelSheet): boolean {
    return this.wb.sheets.includes(s);
  }

  private sheetNow = () => this.model('Worksheet');

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, 1, (s) => {
      checkStructure(this.wb, 'Worksheet.name');
      if (sheetNameProblem(value)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'Worksheet.name');
      const other = this.wb.sheet(value);
      if (other && other !== s) throw officeError('ItemAlreadyExists', MESSAGES.exists, 'Worksheet.name');
      s.name = value;
    });
  }

  get visibility(): Visibility {
    return this.read('visibility');
  }
  set visibility(value: Visibility) {
    this.write('visibility', value, 1, (s) => {
      checkStructure(this.wb, 'Worksheet.visibility');
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'Worksheet.visibility');
      if (value !== 'Visible' && s.visibility === 'Visible' && visibleCount(this.wb) === 1) throw officeError('InvalidOperation', MESSAGES.invalidOperation, 'Worksheet.visibility');
      s.visibility = value;
      if (value !== 'Visible' && this.wb.activeSheetId === s.id) this.wb.activeSheetId = this.wb.sheets.find((x) => x.visibility === 'Visible')?.id;
    });
  }

  get protection(): WorksheetProtectionProxy {
    return (this.cache.protection ??= new WorksheetProtectionProxy(this.ctx, this.sheetNow));
  }

  get names(): NamedItemCollectionProxy {
    return (this.cache.names ??= new NamedItemCollectionProxy(this.ctx, () => ({ wb: this.wb, list: this.sheetNow().names, sheet: this.sheetNow() }), 4));
  }

  get freezePanes(): FreezePanesProxy {
    return (this.cache.freeze ??= new FreezePanesProxy(this.ctx, this.sheetNow, this.wb));
  }

  get pageLayout(): PageLayoutProxy {
    return (this.cache.layout ??= new PageLayoutProxy(this.ctx, this.sheetNow));
  }

  get horizontalPageBreaks(): PageBreakCollectionProxy {
    return (this.cache.breaks ??= new PageBreakCollectionProxy(this.ctx, this.sheetNow));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this.wb, () => {
      const sheet = this.sheetNow();
      if (address === undefined || address === '') return { sheet, rect: WHOLE_SHEET };
      const rect = parseAddress(address);
      if (!rect) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'Worksheet.getRange');
      return { sheet, rect };
    });
  }

  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      this.wb,
      () => {
        const sheet = this.sheetNow();
        // Excel refuses long address lists with InvalidArgument; the limit is not documented and
        // was seen from 8,207 characters (OfficeDev/office-js#5198, also office-js-docs-pr#2255).
        // The stricter reading: anything over 8,000 characters is refused.
        this.ctx.engine.longestGetRanges = Math.max(this.ctx.engine.longestGetRanges, address.length);
        if (address.length > MAX_GET_RANGES_ADDRESS) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'Worksheet.getRanges');
        const rects = address.split(/[,;]/).map((a) => parseAddress(a));
        if (rects.length === 0 || rects.some((r) => r === undefined)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'Worksheet.getRanges');
        return { sheet, rects: rects as Rect[] };
      },
      { since: 9 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly; // the double counts only values and formulas as used, whatever is asked
    return new RangeProxy(
      this.ctx,
      this.wb,
      () => {
        const sheet = this.sheetNow();
        const rect = sheet.usedRect();
        return rect ? { sheet, rect } : null;
      },
      { orNull: true, since: 4 },
    );
  }

  activate(): void {
    this.call('activate', [], 1, (s) => {
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', MESSAGES.invalidOperation, 'Worksheet.activate');
      this.wb.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.call('delete', [], 1, (s) => {
      checkStructure(this.wb, 'Worksheet.delete');
      // "If the worksheet's visibility is set to "VeryHidden", the delete operation will fail with
      // an InvalidOperation exception. You should first change its visibility to hidden or visible
      // before deleting it." (Excel.Worksheet.delete in the API reference, @types/office-js; by
      // design, OfficeDev/office-js#365.)
      if (s.visibility === 'VeryHidden') throw officeError('InvalidOperation', MESSAGES.invalidOperation, 'Worksheet.delete');
      if (s.visibility === 'Visible' && visibleCount(this.wb) === 1) throw officeError('InvalidOperation', MESSAGES.invalidOperation, 'Worksheet.delete');
      this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
      if (this.wb.activeSheetId === s.id) this.wb.activeSheetId = this.wb.sheets.find((x) => x.visibility === 'Visible')?.id;
    });
  }
}

class WorksheetProtectionProxy extends Proxy<ModelSheet> {
  protected readonly loadable = { protected: (s: ModelSheet) => s.isProtected };
  constructor(ctx: DoubleContext, sheet: () => ModelSheet) {
    super(ctx, 'WorksheetProtection', sheet, { since: 2 });
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

/**
 * Freezing panes on a sheet that is not the active one makes Excel report that sheet as
 * activated (a WorksheetActivated event, getActiveWorksheet naming it) while another stays on
 * screen (OfficeDev/office-js#3148). The stricter reading: it becomes the active sheet.
 */
class FreezePanesProxy extends Proxy<ModelSheet> {
  protected readonly loadable = {};
  constructor(
    ctx: DoubleContext,
    sheet: () => ModelSheet,
    private readonly wb: ModelWorkbook,
  ) {
    super(ctx, 'WorksheetFreezePanes', sheet, { since: 7 });
  }
  freezeRows(count = 1): void {
    this.call('freezeRows', [count], 7, (s) => {
      this.wb.activeSheetId = s.id;
      s.freezeRows = count;
      s.freezeColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this.call('freezeColumns', [count], 7, (s) => {
      this.wb.activeSheetId = s.id;
      s.freezeColumns = count;
      s.freezeRows = 0;
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], 7, (s) => {
      s.freezeRows = 0;
      s.freezeColumns = 0;
    });
  }
}

class PageLayoutProxy extends Proxy<ModelSheet> {
  protected readonly loadable = { orientation: (s: ModelSheet) => s.pageLayout.orientation ?? 'Portrait', zoom: (s: ModelSheet) => s.pageLayout.zoom ?? { scale: 100 } };
  constructor(ctx: DoubleContext, sheet: () => ModelSheet) {
    super(ctx, 'PageLayout', sheet, { since: 9 });
  }
  setPrintArea(area: string): void {
    this.call('setPrintArea', [area], 9, (s) => {
      if (String(area).split(',').some((a) => !parseAddress(a))) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'PageLayout.setPrintArea');
      s.pageLayout.printArea = area;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.call('setPrintTitleRows', [rows], 9, (s) => {
      if (!parseAddress(rows)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'PageLayout.setPrintTitleRows');
      s.pageLayout.printTitleRows = rows;
    });
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(value: string) {
    this.write('orientation', value, 9, (s) => {
      if (value !== 'Portrait' && value !== 'Landscape') throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'PageLayout.orientation');
      s.pageLayout.orientation = value;
    });
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.write('zoom', value, 9, (s) => {
      if (value.scale !== undefined && !(value.scale >= 10 && value.scale <= 400)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'PageLayout.zoom');
      // Excel on the desktop ignores fit-to-pages unless the Page Layout tab is showing, while
      // a percentage scale is always applied (OfficeDev/office-js#1860). The stricter reading:
      // fit-to-pages is never applied.
      if (value.scale !== undefined) s.pageLayout.zoom = { scale: value.scale };
    });
  }
  set paperSize(value: string) {
    this.write('paperSize', value, 9, (s) => (s.pageLayout.paperSize = value));
  }
  set leftMargin(value: number) {
    this.write('leftMargin', value, 9, (s) => (s.pageLayout.leftMargin = value));
  }
  set rightMargin(value: number) {
    this.write('rightMargin', value, 9, (s) => (s.pageLayout.rightMargin = value));
  }
  set topMargin(value: number) {
    this.write('topMargin', value, 9, (s) => (s.pageLayout.topMargin = value));
  }
  set bottomMargin(value: number) {
    this.write('bottomMargin', value, 9, (s) => (s.pageLayout.bottomMargin = value));
  }
  set headerMargin(value: number) {
    this.write('headerMargin', value, 9, (s) => (s.pageLayout.headerMargin = value));
  }
  set footerMargin(value: number) {
    this.write('footerMargin', value, 9, (s) => (s.pageLayout.footerMargin = value));
  }
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) puts a manual break above the
 * range's top-left cell; removePageBreaks() takes off every manual break. A break at the first
 * row is refused here (Excel ignores it; the stricter reading), as is an address that is not one.
 */
class PageBreakCollectionProxy extends Proxy<ModelSheet> {
  protected readonly loadable = {};
  constructor(ctx: DoubleContext, sheet: () => ModelSheet) {
    super(ctx, 'PageBreakCollection', sheet, { since: 9 });
  }
  add(range: string): void {
    this.call('add', [range], 9, (s) => {
      const rect = parseAddress(String(range));
      if (!rect || rect.top === 0) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'PageBreakCollection.add');
      const breaks = new Set(s.pageLayout.rowBreaks ?? []);
      breaks.add(rect.top);
      s.pageLayout.rowBreaks = [...breaks].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.call('removePageBreaks', [], 9, (s) => {
      delete s.pageLayout.rowBreaks;
    });
  }
}

// ---------------------------------------------------------------- ranges

function valueOut(v: ModelValue): string | number | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function typeOf(v: ModelValue): string {
  if (v === null) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function grid<T>(m: RangeModel, cell: (r: number, c: number) => T): T[][] {
  const { rect } = m;
  if (cellsIn(rect) > MAX_READ_CELLS) throw officeError('RangeExceedsLimit', 'The range exceeds the limit of cells that can be read.', 'Range.load');
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = new Array<T>(rect.right - rect.left + 1);
    for (let c = rect.left; c <= rect.right; c++) row[c - rect.left] = cell(r, c);
    out.push(row);
  }
  return out;
}

function hiddenState(count: number, hidden: (i: number) => boolean, from: number): boolean | null {
  let seen = 0;
  for (let i = 0; i < count; i++) if (hidden(from + i)) seen++;
  return seen === 0 ? false : seen === count ? true : null;
}

/** A 2D array input of the range's shape, or InvalidArgument (as Excel says it). */
function checkShape(value: unknown, rect: Rect, location: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(value) || value.length !== rows || !value.every((row) => Array.isArray(row) && row.length === cols)) {
    throw officeError('InvalidArgument', MESSAGES.shape, location);
  }
  return value as unknown[][];
}

function mergedAnchor(sheet: ModelSheet, r: number, c: number): boolean {
  const m = sheet.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
  return !m || (m.top === r && m.left === c);
}

export class RangeProxy extends Proxy<RangeModel> {
  static readonly LOADABLE: Record<string, (m: RangeModel) => unknown> = {
    address: (m) => `${quoteSheet(m.sheet.name)}!${rectA1(m.rect)}`,
    rowIndex: (m) => m.rect.top,
    columnIndex: (m) => m.rect.left,
    rowCount: (m) => m.rect.bottom - m.rect.top + 1,
    columnCount: (m) => m.rect.right - m.rect.left + 1,
    cellCount: (m) => cellsIn(m.rect),
    values: (m) => grid(m, (r, c) => valueOut(m.sheet.value(r, c))),
    valueTypes: (m) => grid(m, (r, c) => typeOf(m.sheet.value(r, c))),
    numberFormat: (m) => grid(m, (r, c) => m.sheet.numberFormat(r, c)),
    formulas: (m) => grid(m, (r, c) => m.sheet.formula(r, c) ?? valueOut(m.sheet.value(r, c))),
    rowHidden: (m) => hiddenState(m.rect.bottom - m.rect.top + 1, (r) => m.sheet.hiddenRows.has(r), m.rect.top),
    columnHidden: (m) => hiddenState(m.rect.right - m.rect.left + 1, (c) => m.sheet.hiddenColumns.has(c), m.rect.left),
  };
  protected readonly loadable = RangeProxy.LOADABLE;
  private formatProxy?: RangeFormatProxy;
  private cfProxy?: ConditionalFormatCollectionProxy;

  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
    resolver: () => RangeModel | null,
    options: { orNull?: boolean; since?: number } = {},
  ) {
    super(ctx, 'Range', resolver, options);
  }

  protected override alive(m: RangeModel): boolean {
    return this.wb.sheets.includes(m.sheet);
  }

  private now = () => this.model('Range');

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(value: unknown[][]) {
    this.write('values', value, 1, (m) => this.writeCells(m, value, 'Range.values'));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(value: unknown[][]) {
    this.write('formulas', value, 1, (m) => this.writeCells(m, value, 'Range.formulas'));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this.write('numberFormat', value, 1, (m) => {
      const rows = checkShape(value, m.rect, 'Range.numberFormat');
      notProtected(m.sheet, 'Range.numberFormat');
      rows.forEach((row, i) =>
        row.forEach((nf, j) => {
          if (nf === null || nf === undefined) return;
          if (typeof nf !== 'string') throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'Range.numberFormat');
          m.sheet.setNumberFormat(m.rect.top + i, m.rect.left + j, nf);
        }),
      );
    });
  }
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.read('columnHidden');
  }

  private writeCells(m: RangeModel, value: unknown, location: string): void {
    const rows = checkShape(value, m.rect, location);
    notProtected(m.sheet, location);
    const date1904 = this.ctx.engine.date1904();
    rows.forEach((row, i) =>
      row.forEach((input, j) => {
        if (input === null || input === undefined) return; // null leaves the cell as it is
        if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') throw officeError('InvalidArgument', MESSAGES.invalidArgument, location);
        const r = m.rect.top + i;
        const c = m.rect.left + j;
        if (!mergedAnchor(m.sheet, r, c)) return;
        if (location === 'Range.formulas' && typeof input === 'string') {
          // Through Range.formulas the stricter reading: whether the Text format keeps
          // "=HYPERLINK(...)" as text is not documented, so a string that starts as a formula
          // becomes one whatever the format; and a leading apostrophe is lost
          // (OfficeDev/office-js#6687).
          if (input.startsWith("'")) {
            m.sheet.store(r, c, { value: input.slice(1) === '' ? null : input.slice(1) });
            return;
          }
          if (/^[=+\-@]./.test(input) && interpretInput(input, 'General', date1904).formula !== undefined) {
            m.sheet.store(r, c, interpretInput(input, 'General', date1904));
            return;
          }
        }
        m.sheet.store(r, c, interpretInput(input, m.sheet.numberFormat(r, c), date1904));
      }),
    );
  }

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.ctx, () => {
      const m = this.now();
      return { sheet: m.sheet, rects: [m.rect] };
    }));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.cfProxy ??= new ConditionalFormatCollectionProxy(this.ctx, this.wb, () => {
      const m = this.now();
      return { sheet: m.sheet, rects: [m.rect] };
    }));
  }

  private sub(location: string, pick: (rect: Rect) => Rect | undefined): RangeProxy {
    return new RangeProxy(this.ctx, this.wb, () => {
      const m = this.now();
      const rect = pick(m.rect);
      if (!rect) throw officeError('InvalidArgument', MESSAGES.invalidArgument, location);
      return { sheet: m.sheet, rect };
    });
  }

  getColumn(i: number): RangeProxy {
    return this.sub('Range.getColumn', (r) => (i >= 0 && r.left + i <= r.right ? { top: r.top, bottom: r.bottom, left: r.left + i, right: r.left + i } : undefined));
  }

  getRow(i: number): RangeProxy {
    return this.sub('Range.getRow', (r) => (i >= 0 && r.top + i <= r.bottom ? { top: r.top + i, bottom: r.top + i, left: r.left, right: r.right } : undefined));
  }

  getCell(row: number, col: number): RangeProxy {
    return this.sub('Range.getCell', (r) => ({ top: r.top + row, bottom: r.top + row, left: r.left + col, right: r.left + col }));
  }

  getVisibleView(): RangeViewProxy {
    return new RangeViewProxy(this.ctx, this.now);
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      this.wb,
      () => {
        const m = this.now();
        const rects = m.sheet.merges.filter((x) => intersects(x, m.rect));
        return rects.length > 0 ? { sheet: m.sheet, rects } : null;
      },
      { orNull: true, since: 13 },
    );
  }

  merge(across = false): void {
    this.call('merge', [across], 2, (m) => {
      notProtected(m.sheet, 'Range.merge');
      const parts = across ? Array.from({ length: m.rect.bottom - m.rect.top + 1 }, (_, i) => ({ ...m.rect, top: m.rect.top + i, bottom: m.rect.top + i })) : [m.rect];
      for (const part of parts) {
        if (m.sheet.merges.some((x) => intersects(x, part))) throw officeError('MergedRangeConflict', 'The range overlaps a merged range.', 'Range.merge');
        // Excel keeps the top-left value only.
        for (let r = part.top; r <= part.bottom; r++) for (let c = part.left; c <= part.right; c++) if (r !== part.top || c !== part.left) m.sheet.store(r, c, { value: null });
        m.sheet.merges.push(part);
      }
    });
  }

  unmerge(): void {
    this.call('unmerge', [], 2, (m) => {
      notProtected(m.sheet, 'Range.unmerge');
      m.sheet.merges = m.sheet.merges.filter((x) => !intersects(x, m.rect));
    });
  }

  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.call('clear', [applyTo], 1, (m) => {
      notProtected(m.sheet, 'Range.clear');
      m.sheet.clear(m.rect, applyTo);
    });
  }

  select(): void {
    this.call('select', [], 1, (m) => {
      if (m.sheet.visibility !== 'Visible') throw officeError('InvalidSelection', 'The current selection is invalid for this operation.', 'Range.select');
      this.wb.activeSheetId = m.sheet.id;
      this.wb.selection = { sheetId: m.sheet.id, address: rectA1(m.rect) };
    });
  }
}

/**
 * Range.getVisibleView: the visible rows and columns of a range (Excel.RangeView). It leaves
 * out hidden columns as well as hidden rows, so a view of a hidden column has no rows at all —
 * the trap of asking the first column of a used range which rows are visible (RAG Board
 * issue 9). Its response is one piece: it cannot be split when it passes 5 MB.
 */
class RangeViewProxy extends Proxy<RangeModel> {
  protected readonly loadable = {
    cellAddresses: (m: RangeModel) => visibleRows(m).map((r) => visibleColumns(m).map((c) => `${quoteSheet(m.sheet.name)}!${columnLetters(c)}${r + 1}`)),
    rowCount: (m: RangeModel) => visibleRows(m).length,
    columnCount: (m: RangeModel) => visibleColumns(m).length,
  };
  constructor(ctx: DoubleContext, range: () => RangeModel) {
    super(ctx, 'RangeView', range, { since: 3 });
  }
  get cellAddresses(): string[][] {
    return this.read('cellAddresses');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
}

function visibleColumns(m: RangeModel): number[] {
  const out: number[] = [];
  for (let c = m.rect.left; c <= m.rect.right; c++) if (!m.sheet.hiddenColumns.has(c)) out.push(c);
  return out;
}

function visibleRows(m: RangeModel): number[] {
  if (visibleColumns(m).length === 0) return [];
  const out: number[] = [];
  for (let r = m.rect.top; r <= m.rect.bottom; r++) if (!m.sheet.hiddenRows.has(r)) out.push(r);
  return out;
}

export class RangeAreasProxy extends Proxy<AreasModel> {
  protected readonly loadable = {
    address: (m: AreasModel) => m.rects.map((r) => `${quoteSheet(m.sheet.name)}!${rectA1(r)}`).join(', '),
    areaCount: (m: AreasModel) => m.rects.length,
    cellCount: (m: AreasModel) => m.rects.reduce((n, r) => n + cellsIn(r), 0),
  };
  private formatProxy?: RangeFormatProxy;
  private cfProxy?: ConditionalFormatCollectionProxy;

  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
    resolver: () => AreasModel | null,
    options: { orNull?: boolean; since?: number } = {},
  ) {
    super(ctx, 'RangeAreas', resolver, { since: 9, ...options });
  }

  protected override alive(m: AreasModel): boolean {
    return this.wb.sheets.includes(m.sheet);
  }

  get address(): string {
    return this.read('address');
  }

  get format(): RangeFormatProxy {
    return (this.formatProxy ??= new RangeFormatProxy(this.ctx, () => this.model('RangeAreas.format'), 9));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return (this.cfProxy ??= new ConditionalFormatCollectionProxy(this.ctx, this.wb, () => this.model('RangeAreas.conditionalFormats')));
  }
}

// ---------------------------------------------------------------- formats

function styleCells(m: AreasModel, location: string, change: (style: Parameters<Parameters<ModelSheet['setStyle']>[2]>[0], r: number, c: number, rect: Rect) => void): void {
  notProtected(m.sheet, location);
  const cells = m.rects.reduce((n, r) => n + cellsIn(r), 0);
  if (cells > MAX_STYLED_CELLS) throw new Error(`the double does not model styling ${cells} cells at once (${location})`);
  for (const rect of m.rects) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) m.sheet.setStyle(r, c, (s) => change(s, r, c, rect));
  }
}

class RangeFormatProxy extends Proxy<AreasModel> {
  protected readonly loadable = {};
  private children: { fill?: FillProxy; font?: FontProxy; borders?: BordersProxy } = {};

  constructor(
    ctx: DoubleContext,
    private readonly areas: () => AreasModel,
    since = 1,
  ) {
    super(ctx, 'RangeFormat', areas, { since });
  }

  get fill(): FillProxy {
    return (this.children.fill ??= new FillProxy(this.ctx, this.areas, this.since));
  }
  get font(): FontProxy {
    return (this.children.font ??= new FontProxy(this.ctx, this.areas, this.since));
  }
  get borders(): BordersProxy {
    return (this.children.borders ??= new BordersProxy(this.ctx, this.areas, this.since));
  }
  set columnWidth(points: number) {
    this.write('columnWidth', points, 2, (m) => {
      notProtected(m.sheet, 'RangeFormat.columnWidth');
      if (!(points >= 0)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'RangeFormat.columnWidth');
      for (const r of m.rects) for (let c = r.left; c <= r.right; c++) m.sheet.columnWidths.set(c, points);
    });
  }
  /** RangeFormat.rowHeight (ExcelApi 1.2): points, 0 to 409 as Excel's row height allows. */
  set rowHeight(points: number) {
    this.write('rowHeight', points, 2, (m) => {
      notProtected(m.sheet, 'RangeFormat.rowHeight');
      if (!(points >= 0 && points <= 409)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'RangeFormat.rowHeight');
      for (const r of m.rects) for (let row = r.top; row <= r.bottom; row++) m.sheet.rowHeights.set(row, points);
    });
  }
  /** RangeFormat.useStandardHeight (ExcelApi 1.7): true puts the rows back to the standard height. */
  set useStandardHeight(value: boolean) {
    this.write('useStandardHeight', value, 7, (m) => {
      notProtected(m.sheet, 'RangeFormat.useStandardHeight');
      if (!value) return;
      for (const r of m.rects) {
        if (r.top === 0 && r.bottom === MAX_ROWS - 1) m.sheet.rowHeights.clear();
        else for (let row = r.top; row <= r.bottom; row++) m.sheet.rowHeights.delete(row);
      }
    });
  }
  set useStandardWidth(value: boolean) {
    this.write('useStandardWidth', value, 7, (m) => {
      notProtected(m.sheet, 'RangeFormat.useStandardWidth');
      if (!value) return;
      for (const r of m.rects) {
        if (r.left === 0 && r.right === MAX_COLS - 1) m.sheet.columnWidths.clear();
        else for (let c = r.left; c <= r.right; c++) m.sheet.columnWidths.delete(c);
      }
    });
  }
  set horizontalAlignment(value: string) {
    this.write('horizontalAlignment', value, 1, (m) => styleCells(m, 'RangeFormat.horizontalAlignment', (s) => (s.horizontal = value)));
  }
  set wrapText(value: boolean) {
    this.write('wrapText', value, 1, (m) => styleCells(m, 'RangeFormat.wrapText', (s) => (s.wrap = value)));
  }
}

function colourValue(value: string, location: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(value) && !/^[A-Za-z]+$/.test(value)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, location);
  return value.toUpperCase();
}

class FillProxy extends Proxy<AreasModel> {
  protected readonly loadable = {};
  constructor(ctx: DoubleContext, areas: () => AreasModel, since: number) {
    super(ctx, 'RangeFill', areas, { since });
  }
  set color(value: string) {
    this.write('color', value, 1, (m) => {
      const c = colourValue(value, 'RangeFill.color');
      styleCells(m, 'RangeFill.color', (s) => (s.fill = c));
    });
  }
}

class FontProxy extends Proxy<AreasModel> {
  protected readonly loadable = {};
  constructor(ctx: DoubleContext, areas: () => AreasModel, since: number) {
    super(ctx, 'RangeFont', areas, { since });
  }
  set bold(value: boolean) {
    this.write('bold', value, 1, (m) => styleCells(m, 'RangeFont.bold', (s) => (s.bold = value)));
  }
  set italic(value: boolean) {
    this.write('italic', value, 1, (m) => styleCells(m, 'RangeFont.italic', (s) => (s.italic = value)));
  }
  set color(value: string) {
    this.write('color', value, 1, (m) => {
      const c = colourValue(value, 'RangeFont.color');
      styleCells(m, 'RangeFont.color', (s) => (s.fontColor = c));
    });
  }
  set size(value: number) {
    this.write('size', value, 1, (m) => styleCells(m, 'RangeFont.size', (s) => (s.size = value)));
  }
}

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
type BorderIndex = (typeof BORDER_INDEXES)[number];

class BordersProxy extends Proxy<AreasModel> {
  protected readonly loadable = {};
  constructor(
    ctx: DoubleContext,
    private readonly areas: () => AreasModel,
    since: number,
  ) {
    super(ctx, 'RangeBorderCollection', areas, { since });
  }
  getItem(index: BorderIndex): BorderProxy {
    if (!BORDER_INDEXES.includes(index)) throw new Error(`the double does not model the border ${index}`);
    return new BorderProxy(this.ctx, this.areas, index, this.since);
  }
}

class BorderProxy extends Proxy<AreasModel> {
  protected readonly loadable = {};
  constructor(
    ctx: DoubleContext,
    areas: () => AreasModel,
    private readonly index: BorderIndex,
    since: number,
  ) {
    super(ctx, 'RangeBorder', areas, { since });
  }
  set style(value: string) {
    this.write('style', value, 1, (m) => {
      if (!['Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'None', 'SlantDashDot'].includes(value)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'RangeBorder.style');
      styleCells(m, 'RangeBorder.style', (s, r, c, rect) => {
        const sides: BorderSide[] = [];
        if (this.index === 'EdgeTop' && r === rect.top) sides.push('top');
        if (this.index === 'EdgeBottom' && r === rect.bottom) sides.push('bottom');
        if (this.index === 'EdgeLeft' && c === rect.left) sides.push('left');
        if (this.index === 'EdgeRight' && c === rect.right) sides.push('right');
        if (this.index === 'InsideHorizontal') {
          if (r > rect.top) sides.push('top');
          if (r < rect.bottom) sides.push('bottom');
        }
        if (this.index === 'InsideVertical') {
          if (c > rect.left) sides.push('left');
          if (c < rect.right) sides.push('right');
        }
        if (sides.length === 0) return;
        s.borders = { ...(s.borders ?? {}) };
        for (const side of sides) s.borders[side] = value;
      });
    });
  }
  set weight(value: string) {
    this.write('weight', value, 1, () => {
      if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(value)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'RangeBorder.weight');
    });
  }
}

// ---------------------------------------------------------------- conditional formats

export class ConditionalFormatCollectionProxy extends Proxy<AreasModel> {
  protected readonly loadable = {};
  private loadedItems?: ConditionalFormatProxy[];

  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
    areas: () => AreasModel,
  ) {
    super(ctx, 'ConditionalFormatCollection', areas, { since: 6 });
  }

  get items(): ConditionalFormatProxy[] {
    if (!this.loadedItems) throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('items'), 'ConditionalFormatCollection.items');
    return this.loadedItems;
  }

  override load(arg?: string | string[]): this {
    const names = itemProps(arg, Object.keys(ConditionalFormatProxy.LOADABLE));
    this.ctx.enqueue({
      bytes: 60,
      location: 'ConditionalFormatCollection.load',
      since: 6,
      run: (deliver) => {
        const m = this.model('ConditionalFormatCollection.load');
        const rules = m.sheet.rules.filter((rule) => rule.ranges.some((r) => m.rects.some((x) => intersects(r, x))));
        const data = rules.map((rule) => ({ rule, props: pick(ConditionalFormatProxy.LOADABLE, names, { sheet: m.sheet, rule }) }));
        deliver.push(() => {
          this.loadedItems = data.map(({ rule, props }) => {
            const p = new ConditionalFormatProxy(this.ctx, this.wb, () => ({ sheet: m.sheet, rule }));
            p.receive(props);
            return p;
          });
        });
        return jsonBytes(data.map((d) => d.props));
      },
    });
    return this;
  }

  add(type: string): ConditionalFormatProxy {
    let created: { sheet: ModelSheet; rule: ModelRule } | undefined;
    this.call('add', [type], 6, (m) => {
      notProtected(m.sheet, 'ConditionalFormatCollection.add');
      if (!['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'].includes(type)) {
        throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'ConditionalFormatCollection.add');
      }
      const rule = this.wb.newRule(type, [...m.rects], null, {});
      m.sheet.rules.unshift(rule); // a new rule comes first, as in Excel's rules manager
      created = { sheet: m.sheet, rule };
    });
    return new ConditionalFormatProxy(this.ctx, this.wb, () => {
      if (!created) throw officeError('ItemNotFound', MESSAGES.notFound, 'ConditionalFormat');
      return created;
    });
  }

  clearAll(): void {
    this.call('clearAll', [], 6, (m) => {
      notProtected(m.sheet, 'ConditionalFormatCollection.clearAll');
      m.sheet.rules = m.sheet.rules.filter((rule) => !rule.ranges.some((r) => m.rects.some((x) => intersects(r, x))));
    });
  }
}

interface RuleModel {
  readonly sheet: ModelSheet;
  readonly rule: ModelRule;
}

export class ConditionalFormatProxy extends Proxy<RuleModel> {
  static readonly LOADABLE: Record<string, (m: RuleModel) => unknown> = {
    type: (m) => m.rule.type,
    id: (m) => m.rule.id,
    priority: (m) => m.sheet.rules.indexOf(m.rule),
    stopIfTrue: (m) => m.rule.stopIfTrue,
  };
  protected readonly loadable = ConditionalFormatProxy.LOADABLE;
  private customProxy?: CustomConditionalFormatProxy;

  constructor(
    ctx: DoubleContext,
    private readonly wb: ModelWorkbook,
    resolver: () => RuleModel,
  ) {
    super(ctx, 'ConditionalFormat', resolver, { since: 6 });
  }

  protected override alive(m: RuleModel): boolean {
    return this.wb.sheets.includes(m.sheet) && m.sheet.rules.includes(m.rule);
  }

  get type(): string {
    return this.read('type');
  }
  get id(): string {
    return this.read('id');
  }
  get priority(): number {
    return this.read('priority');
  }
  set priority(value: number) {
    this.write('priority', value, 6, (m) => {
      notProtected(m.sheet, 'ConditionalFormat.priority');
      const rules = m.sheet.rules.filter((r) => r !== m.rule);
      rules.splice(Math.max(0, Math.min(value, rules.length)), 0, m.rule);
      m.sheet.rules = rules;
    });
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this.write('stopIfTrue', value, 6, (m) => {
      notProtected(m.sheet, 'ConditionalFormat.stopIfTrue');
      m.rule.stopIfTrue = value;
    });
  }

  get custom(): CustomConditionalFormatProxy {
    return (this.customProxy ??= new CustomConditionalFormatProxy(this.ctx, () => {
      const m = this.model('ConditionalFormat.custom');
      if (m.rule.type !== 'Custom') throw officeError('InvalidOperation', MESSAGES.invalidOperation, 'ConditionalFormat.custom');
      return m;
    }));
  }

  delete(): void {
    this.call('delete', [], 6, (m) => {
      notProtected(m.sheet, 'ConditionalFormat.delete');
      m.sheet.rules = m.sheet.rules.filter((r) => r !== m.rule);
    });
  }
}

class CustomConditionalFormatProxy extends Proxy<RuleModel> {
  protected readonly loadable = {};
  private children: { rule?: ConditionalFormatRuleProxy; format?: ConditionalRangeFormatProxy } = {};
  constructor(
    ctx: DoubleContext,
    private readonly ruleModel: () => RuleModel,
  ) {
    super(ctx, 'CustomConditionalFormat', ruleModel, { since: 6 });
  }
  get rule(): ConditionalFormatRuleProxy {
    return (this.children.rule ??= new ConditionalFormatRuleProxy(this.ctx, this.ruleModel));
  }
  get format(): ConditionalRangeFormatProxy {
    return (this.children.format ??= new ConditionalRangeFormatProxy(this.ctx, this.ruleModel));
  }
}

class ConditionalFormatRuleProxy extends Proxy<RuleModel> {
  protected readonly loadable = { formula: (m: RuleModel) => m.rule.formula ?? '' };
  constructor(ctx: DoubleContext, ruleModel: () => RuleModel) {
    super(ctx, 'ConditionalFormatRule', ruleModel, { since: 6 });
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.write('formula', value, 6, (m) => {
      notProtected(m.sheet, 'ConditionalFormatRule.formula');
      if (typeof value !== 'string' || !value.startsWith('=') || value.length < 2) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'ConditionalFormatRule.formula');
      // A conditional format's formula over 255 characters cannot be edited in Excel's rules
      // manager (the 255-character limit of formulas in Excel's dialogs, as for data validation);
      // whether the API itself refuses one is not documented, so the double takes the stricter
      // reading and refuses it (RAG Board issue 9).
      this.ctx.engine.longestRuleFormula = Math.max(this.ctx.engine.longestRuleFormula, value.length);
      if (value.length > MAX_RULE_FORMULA) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'ConditionalFormatRule.formula');
      m.rule.formula = value;
    });
  }
}

class ConditionalRangeFormatProxy extends Proxy<RuleModel> {
  protected readonly loadable = {};
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean };

  constructor(ctx: DoubleContext, ruleModel: () => RuleModel) {
    super(ctx, 'ConditionalRangeFormat', ruleModel, { since: 6 });
    const set = (location: string, value: unknown, apply: (m: RuleModel) => void) =>
      this.ctx.enqueue({
        bytes: 100 + jsonBytes(value),
        location,
        since: 6,
        run: () => {
          const m = ruleModel();
          notProtected(m.sheet, location);
          apply(m);
          return 0;
        },
      });
    this.ctx.pathBytes += 120; // fill and font
    this.fill = {
      set color(value: string) {
        set('ConditionalRangeFill.color', value, (m) => (m.rule.format.fill = colourValue(value, 'ConditionalRangeFill.color')));
      },
      get color(): string {
        throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('color'), 'ConditionalRangeFill.color');
      },
    };
    this.font = {
      set color(value: string) {
        set('ConditionalRangeFont.color', value, (m) => (m.rule.format.fontColor = colourValue(value, 'ConditionalRangeFont.color')));
      },
      get color(): string {
        throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('color'), 'ConditionalRangeFont.color');
      },
      set bold(value: boolean) {
        set('ConditionalRangeFont.bold', value, (m) => (m.rule.format.bold = value));
      },
      get bold(): boolean {
        throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('bold'), 'ConditionalRangeFont.bold');
      },
      set italic(value: boolean) {
        set('ConditionalRangeFont.italic', value, (m) => (m.rule.format.italic = value));
      },
      get italic(): boolean {
        throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('italic'), 'ConditionalRangeFont.italic');
      },
    };
  }

  set numberFormat(value: string) {
    this.write('numberFormat', value, 6, (m) => (m.rule.format.numberFormat = value));
  }
}

// ---------------------------------------------------------------- names

interface NamesModel {
  readonly wb: ModelWorkbook;
  readonly list: ModelName[];
  readonly sheet: ModelSheet | undefined;
}

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class NamedItemCollectionProxy extends Proxy<NamesModel> {
  protected readonly loadable = {};
  private loadedItems?: NamedItemProxy[];

  constructor(
    ctx: DoubleContext,
    names: () => NamesModel,
    since: number,
  ) {
    super(ctx, 'NamedItemCollection', names, { since });
  }

  get items(): NamedItemProxy[] {
    if (!this.loadedItems) throw officeError('PropertyNotLoaded', MESSAGES.notLoaded('items'), 'NamedItemCollection.items');
    return this.loadedItems;
  }

  override load(arg?: string | string[]): this {
    const props = itemProps(arg, Object.keys(NamedItemProxy.LOADABLE));
    this.ctx.enqueue({
      bytes: 60,
      location: 'NamedItemCollection.load',
      since: this.since,
      run: (deliver) => {
        const m = this.model('NamedItemCollection.load');
        const data = m.list.map((n) => ({ n, props: pick(NamedItemProxy.LOADABLE, props, n) }));
        deliver.push(() => {
          this.loadedItems = data.map(({ n, props: p }) => {
            const item = new NamedItemProxy(this.ctx, () => ({ ...m, item: n }), this.since);
            item.receive(p);
            return item;
          });
        });
        return jsonBytes(data.map((d) => d.props));
      },
    });
    return this;
  }

  add(name: string, reference: string | RangeProxy, comment?: string): NamedItemProxy {
    let created: ModelName | undefined;
    const model = () => this.model('NamedItemCollection.add');
    this.call('add', [name, typeof reference === 'string' ? reference : 'range', comment], Math.max(this.since, 4), (m) => {
      if (!NAME.test(name) || parseAddress(name)) throw officeError('InvalidArgument', MESSAGES.invalidArgument, 'NamedItemCollection.add');
      if (m.list.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', MESSAGES.exists, 'NamedItemCollection.add');
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const r = reference.model('NamedItemCollection.add');
        formula = `=${quoteSheet(r.sheet.name)}!${rectA1(r.rect)}`;
      }
      created = { name, formula, visible: true, ...(comment ? { comment } : {}) };
      m.list.push(created);
    });
    return new NamedItemProxy(
      this.ctx,
      () => {
        if (!created) throw officeError('ItemNotFound', MESSAGES.notFound, 'NamedItem');
        return { ...model(), item: created };
      },
      this.since,
    );
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.ctx,
      () => {
        const m = this.model('NamedItemCollection.getItem');
        const item = m.list.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!item) throw officeError('ItemNotFound', MESSAGES.notFound, 'NamedItemCollection.getItem');
        return { ...m, item };
      },
      this.since,
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.ctx,
      () => {
        const m = this.model('NamedItemCollection.getItemOrNullObject');
        const item = m.list.find((n) => n.name.toLowerCase() === name.toLowerCase());
        return item ? { ...m, item } : null;
      },
      Math.max(this.since, 4),
      true,
    );
  }
}

interface NameModel extends NamesModel {
  readonly item: ModelName;
}

function nameType(formula: string): { type: string; value: unknown } {
  const s = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (s) return { type: 'String', value: s[1]!.replace(/""/g, '"') };
  if (/^=[+-]?\d+(\.\d+)?$/.test(formula)) return { type: 'Double', value: Number(formula.slice(1)) };
  if (/^=(TRUE|FALSE)$/i.test(formula)) return { type: 'Boolean', value: formula.slice(1).toUpperCase() === 'TRUE' };
  return { type: 'Range', value: formula.slice(1) };
}

export class NamedItemProxy extends Proxy<NameModel> {
  static readonly LOADABLE: Record<string, (m: ModelName) => unknown> = {
    name: (n) => n.name,
    formula: (n) => n.formula,
    visible: (n) => n.visible,
    comment: (n) => n.comment ?? '',
    type: (n) => nameType(n.formula).type,
    value: (n) => nameType(n.formula).value,
  };
  protected readonly loadable: Record<string, (m: NameModel) => unknown> = Object.fromEntries(
    Object.entries(NamedItemProxy.LOADABLE).map(([k, f]) => [k, (m: NameModel) => f(m.item)]),
  );

  constructor(ctx: DoubleContext, resolver: () => NameModel | null, since: number, orNull = false) {
    super(ctx, 'NamedItem', resolver, { since, orNull });
  }

  protected override alive(m: NameModel): boolean {
    return m.list.includes(m.item) && (m.sheet === undefined || m.wb.sheets.includes(m.sheet));
  }

  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): unknown {
    return this.read('value');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.write('formula', value, 7, (m) => (m.item.formula = value.startsWith('=') ? value : `=${value}`));
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.write('visible', value, 1, (m) => (m.item.visible = value));
  }
  delete(): void {
    this.call('delete', [], 4, (m) => {
      const i = m.list.indexOf(m.item);
      if (i >= 0) m.list.splice(i, 1);
    });
  }
}

// ---------------------------------------------------------------- helpers

/** Property names from a collection load: "items/name,items/visibility" or "name,visibility". */
function itemProps(arg: string | string[] | undefined, all: string[]): string[] {
  if (arg === undefined) return all;
  const text = Array.isArray(arg) ? arg.join(',') : arg;
  const names = text
    .split(',')
    .map((t) => t.trim().replace(/^items\//, ''))
    .filter(Boolean);
  for (const n of names) if (!all.includes(n)) throw new Error(`the double cannot load items/${n} on this collection`);
  return names.length ? names : all;
}

function pick<T>(getters: Record<string, (m: T) => unknown>, names: string[], m: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) out[n] = getters[n]!(m);
  return out;
}
