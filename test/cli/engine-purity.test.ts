/**
 * src/engine stays pure (design.md, "Shape"): no Office.js or Excel globals, no React or
 * Fluent UI, no exceljs, no fs or path, no document./window./Excel.run/Office. A failure
 * names the file and line that broke the rule.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './helpers/cli';
import { findImpurities, formatImpurity, sourceFilesUnder } from './helpers/engine-purity';

const ENGINE = path.join(ROOT, 'src', 'engine');

describe('src/engine is pure TypeScript', () => {
  const files = sourceFilesUnder(ENGINE);

  it('has source files to check (the walk found the engine)', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain(path.join(ENGINE, 'analyse.ts'));
  });

  it('no file imports office-js, react, react-dom, @fluentui/*, exceljs, fs or path, or uses document./window./Excel.run/Office.', () => {
    const problems = files.flatMap((f) => findImpurities(f, fs.readFileSync(f, 'utf8'))).map((i) => formatImpurity(i, ROOT));
    // On failure the list reads "src/engine/x.ts:12: imports fs (no file I/O in the engine): "fs"".
    expect(problems).toEqual([]);
  });
});

describe('the purity check itself', () => {
  const check = (source: string) => findImpurities('/repo/src/engine/example.ts', source).map((i) => `${i.line}: ${i.rule}`);

  it('names the line of each forbidden import, in every form', () => {
    const source = [
      "import * as fs from 'fs';", // 1
      "import { join } from 'node:path';", // 2
      "import React from 'react';", // 3
      "import { createRoot } from 'react-dom/client';", // 4
      "import { Button } from '@fluentui/react-components';", // 5
      "import ExcelJS from 'exceljs';", // 6
      "export * from 'node:fs/promises';", // 7
      "const p = require('path');", // 8
      "const later = import('exceljs');", // 9
      "import os = require('fs');", // 10
      "type Ctx = import('office-js').Foo;", // 11
      "import type { X } from '@types/office-js';", // 12
    ].join('\n');
    const found = check(source);
    expect(found.map((f) => Number(f.split(':')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(found[0]).toMatch(/^1: imports fs/);
    expect(found[1]).toMatch(/^2: imports path/);
    expect(found[4]).toMatch(/Fluent UI/);
  });

  it('names the line of each use of a browser or Office.js global', () => {
    const source = [
      'export function f() {', // 1
      '  const el = document.getElementById("x");', // 2
      '  window.alert("hi");', // 3
      '  return Excel.run(async (context) => context.sync());', // 4
      '}', // 5
      'Office.onReady(() => undefined);', // 6
      'const w = globalThis.window.location;', // 7
      'let c: Excel.RequestContext;', // 8
    ].join('\n');
    expect(check(source)).toEqual([
      expect.stringMatching(/^2: uses document\./),
      expect.stringMatching(/^3: uses window\./),
      expect.stringMatching(/^4: uses Excel\.run/),
      expect.stringMatching(/^6: uses Office\./),
      expect.stringMatching(/^7: uses window\./),
      expect.stringMatching(/^8: uses the Excel global/),
    ]);
  });

  it('ignores comments and strings that only mention them, and harmless look-alikes', () => {
    const source = [
      '/** Pure: no I/O, no Office.js, no DOM; never document.write or window.open. */',
      "// import * as fs from 'fs';",
      "const s = 'Excel.run(...) and Office.context';",
      "import { a1 } from './grid';",
      "import { z } from 'zod';",
      "import { something } from './pathology';",
      'const documentTitle = { window: 1 }.window;',
      'const o = { document: 1 }; o.document;',
    ].join('\n');
    expect(check(source)).toEqual([]);
  });

  it('finds a triple-slash reference to office-js types or the DOM library', () => {
    expect(check('/// <reference types="office-js" />\nexport {};')).toEqual([expect.stringMatching(/^1: imports Office\.js/)]);
    expect(check('/// <reference lib="dom" />\nexport {};')).toEqual([expect.stringMatching(/^1: references the DOM library/)]);
  });

  it('formats a finding as file:line relative to the repository', () => {
    const [i] = findImpurities(path.join(ENGINE, 'bad.ts'), "\n\nimport * as fs from 'node:fs';\n");
    expect(formatImpurity(i!, ROOT)).toBe('src/engine/bad.ts:3: imports fs (no file I/O in the engine): "node:fs"  (import * as fs from \'node:fs\';)');
  });
});
