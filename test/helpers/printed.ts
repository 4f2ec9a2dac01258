/**
 * Printing a workbook's generated sheets the way a person would check them: LibreOffice prints
 * the sheets to PDF, and `pdftotext -bbox` gives every word's box on every page, so a test can
 * measure how big the words come out on paper and what each page holds.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { convertWithLibreOffice } from './libreoffice';

export function pdfToolsAvailable(): boolean {
  return spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
}

/**
 * The same package with every sheet but `keep` given a print area of one empty cell, so
 * LibreOffice prints only those (it prints hidden sheets too, and skips empty pages); the
 * formulas of the sheets printed still reach the others.
 */
export function onlySheetsPrinted(xlsx: Uint8Array, keep: ReadonlyArray<string>): Uint8Array {
  const files = unzipSync(xlsx);
  const unesc = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const wanted = new Set(keep);
  let workbook = strFromU8(files['xl/workbook.xml']!);
  const others: number[] = [];
  const names: string[] = [];
  let index = 0;
  let first = -1;
  for (const tag of workbook.match(/<sheet\b[^>]*\/>/g) ?? []) {
    const raw = /\bname="([^"]*)"/.exec(tag)![1]!;
    names.push(raw);
    const name = unesc(raw);
    if (wanted.has(name)) {
      if (first < 0) first = index;
    } else others.push(index);
    index++;
  }
  // LibreOffice prints hidden sheets too; a sheet whose print area is one empty cell prints no page.
  const blank = others.map((i) => `<definedName name="_xlnm.Print_Area" localSheetId="${i}">'${names[i]!.replace(/&apos;|'/g, "''")}'!$XFD$1048576</definedName>`);
  workbook = workbook.replace(/<definedName\b[^>]*name="_xlnm\.Print_Area"[^>]*localSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g, (m, id: string) => (others.includes(Number(id)) ? '' : m));
  workbook = workbook.replace(/<definedName\b[^>]*localSheetId="(\d+)"[^>]*name="_xlnm\.Print_Area"[^>]*>[\s\S]*?<\/definedName>/g, (m, id: string) => (others.includes(Number(id)) ? '' : m));
  workbook = workbook.includes('<definedNames>')
    ? workbook.replace('<definedNames>', `<definedNames>${blank.join('')}`)
    : workbook.replace('</sheets>', `</sheets><definedNames>${blank.join('')}</definedNames>`);
  workbook = workbook.replace(/<definedNames\/>/, '');
  files['xl/workbook.xml'] = strToU8(workbook.replace(/\bactiveTab="\d+"/, `activeTab="${Math.max(first, 0)}"`));
  return zipSync(files);
}

export interface PrintedWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PrintedPage {
  /** Points. */
  readonly width: number;
  readonly height: number;
  readonly words: ReadonlyArray<PrintedWord>;
  /** The median height of the words' boxes, in points. */
  readonly medianWordHeight: number;
  /** The page's words in reading order, joined by spaces. */
  readonly text: string;
}

/** Prints the named sheets of a package to PDF with LibreOffice; returns the PDF's path. */
export function printSheets(xlsx: Uint8Array, sheets: ReadonlyArray<string>, dir: string, base: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const input = path.join(dir, `${base}.xlsx`);
  fs.writeFileSync(input, onlySheetsPrinted(xlsx, sheets));
  return convertWithLibreOffice(input, 'pdf', dir);
}

/** Every page of a PDF with its size and its words' boxes, from `pdftotext -bbox`. */
export function readPrintedPages(pdf: string): PrintedPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 60_000 });
  const pages: PrintedPage[] = [];
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const page of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: PrintedWord[] = [];
    for (const w of page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g)) {
      words.push({ text: unescape(w[5]!), xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]) });
    }
    const heights = words.map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
    const median = heights.length === 0 ? 0 : heights.length % 2 ? heights[(heights.length - 1) / 2]! : (heights[heights.length / 2 - 1]! + heights[heights.length / 2]!) / 2;
    pages.push({ width: Number(page[1]), height: Number(page[2]), words, medianWordHeight: median, text: words.map((w) => w.text).join(' ') });
  }
  return pages;
}

/** A4 in points (595.3 x 841.9), either way round. */
export function isA4(page: { width: number; height: number }): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - 595.3) < 2 && Math.abs(long - 841.9) < 2;
}

export function isLandscape(page: { width: number; height: number }): boolean {
  return page.width > page.height;
}
