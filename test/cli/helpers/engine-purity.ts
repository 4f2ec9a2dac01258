/**
 * The engine's rule (design.md, "Shape"): pure TypeScript, no Office.js, no DOM, no file I/O.
 * Checked on the syntax tree (TypeScript's own parser), so comments and strings that merely
 * mention "Office.js" or "window." do not count, and every finding has a file and line.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export interface Impurity {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly rule: string;
  /** The offending source text, trimmed to one line. */
  readonly text: string;
}

/** Modules the engine must not import, with the reason given in a failure. */
const FORBIDDEN_MODULES: ReadonlyArray<{ test: RegExp; rule: string }> = [
  { test: /^(@types\/|@microsoft\/)?office-js(\/|$)/, rule: 'imports Office.js (the engine never talks to Excel)' },
  { test: /^office-addin-/, rule: 'imports Office add-in tooling' },
  { test: /^react(\/|$)/, rule: 'imports react (UI belongs in src/taskpane)' },
  { test: /^react-dom(\/|$)/, rule: 'imports react-dom (UI belongs in src/taskpane)' },
  { test: /^@fluentui\//, rule: 'imports Fluent UI (UI belongs in src/taskpane)' },
  { test: /^exceljs(\/|$)/, rule: 'imports exceljs (reading workbooks belongs in src/workbook)' },
  { test: /^(node:)?fs(\/|$)/, rule: 'imports fs (no file I/O in the engine)' },
  { test: /^(node:)?path(\/|$)/, rule: 'imports path (no file paths in the engine)' },
];

/** Globals of the browser and of Office.js that the engine must not touch. */
const FORBIDDEN_GLOBALS: ReadonlyMap<string, string> = new Map([
  ['document', 'uses document. (no DOM in the engine)'],
  ['window', 'uses window. (no DOM in the engine)'],
  ['Office', 'uses Office. (no Office.js in the engine)'],
  ['Excel', 'uses the Excel global (no Office.js in the engine)'],
]);

function forbiddenModule(specifier: string): string | null {
  for (const m of FORBIDDEN_MODULES) if (m.test.test(specifier)) return `${m.rule}: "${specifier}"`;
  return null;
}

/** Finds every breach of the engine's rule in one file's source text. */
export function findImpurities(file: string, source: string): Impurity[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Impurity[] = [];
  const add = (node: ts.Node | { pos: number; end: number }, rule: string) => {
    const start = 'getStart' in node ? node.getStart(sf) : node.pos;
    const { line } = sf.getLineAndCharacterOfPosition(start);
    const text = source.slice(start, node.end).split('\n')[0]!.trim().slice(0, 120);
    found.push({ file, line: line + 1, rule, text });
  };

  // /// <reference types="office-js" /> and friends.
  for (const ref of [...sf.typeReferenceDirectives, ...sf.libReferenceDirectives]) {
    const rule = forbiddenModule(ref.fileName) ?? (/^dom(\.|$)/i.test(ref.fileName) ? `references the DOM library: "${ref.fileName}"` : null);
    if (rule) add(ref, rule);
  }

  const visit = (node: ts.Node): void => {
    // import x from 'm'; export * from 'm'; import x = require('m')
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      const rule = forbiddenModule(node.moduleSpecifier.text);
      if (rule) add(node, rule);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const e = node.moduleReference.expression;
      if (ts.isStringLiteralLike(e)) {
        const rule = forbiddenModule(e.text);
        if (rule) add(node, rule);
      }
    } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
      // require('m') and import('m')
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if (isRequire || isDynamicImport) {
        const rule = forbiddenModule((node.arguments[0] as ts.StringLiteral).text);
        if (rule) add(node, rule);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      // type X = import('m').Y
      const rule = forbiddenModule(node.argument.literal.text);
      if (rule) add(node, rule);
    }

    // document.x, window.x, Office.x, Excel.run(...), Excel.RequestContext (types too),
    // also through globalThis.
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isQualifiedName(node)) {
      let target: ts.Node = ts.isQualifiedName(node) ? node.left : node.expression;
      if (ts.isPropertyAccessExpression(target) && ts.isIdentifier(target.expression) && target.expression.text === 'globalThis') target = target.name;
      if (ts.isIdentifier(target) && FORBIDDEN_GLOBALS.has(target.text)) {
        const member = ts.isQualifiedName(node) ? node.right.text : ts.isPropertyAccessExpression(node) ? node.name.text : '[...]';
        const rule = target.text === 'Excel' && member === 'run' ? 'uses Excel.run (no Office.js in the engine)' : FORBIDDEN_GLOBALS.get(target.text)!;
        add(node, rule);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every .ts/.tsx file under a folder, as absolute paths, sorted. */
export function sourceFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(ts|tsx|mts|cts)$/.test(entry.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

export function formatImpurity(i: Impurity, root: string): string {
  return `${path.relative(root, i.file)}:${i.line}: ${i.rule}  (${i.text})`;
}
