#!/usr/bin/env node
/**
 * rag-board: starts the command line. `npm run rag-board` and an installed package both run
 * this file. It runs the compiled bundle (dist/cli/rag-board.js, built by `npm ci` through the
 * `prepare` script). In a checkout, it first checks the bundle against the sources it was built
 * from, and rebuilds it (under a second) when one is newer, so an edit is never run stale; where
 * the bundle cannot be built (no esbuild), it runs the TypeScript through tsx, slower but the same.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'dist', 'cli', 'rag-board.js');

function load() {
  // An installed package ships the bundle and no sources: nothing to check.
  if (!fs.existsSync(path.join(ROOT, 'src', 'cli', 'main.ts'))) return require(BUNDLE);
  const build = require('../scripts/build-cli.js');
  if (build.isFresh()) return require(BUNDLE);
  try {
    return require(build.buildCli());
  } catch (e) {
    if (process.env.RAG_BOARD_DEBUG) process.stderr.write(`rag-board: could not build the CLI bundle (${e && e.message}); running the TypeScript through tsx\n`);
    require('tsx/cjs');
    return require('../src/cli/main.ts');
  }
}

load().main(process.argv.slice(2));
