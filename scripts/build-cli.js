#!/usr/bin/env node
/**
 * Builds the command line into one JavaScript file, dist/cli/rag-board.js (esbuild: the CLI
 * and the packages it uses, bundled), so `npm run rag-board` starts in plain Node rather than
 * compiling TypeScript on every call. Run by `npm ci` / `npm install` (the `prepare` script),
 * by `npm run build:cli`, and by bin/rag-board.js whenever a source file is newer than the
 * build. Beside the bundle, dist/cli/inputs.json lists the files it was built from, which is
 * how the launcher tells a stale build.
 *
 * Written to temporary names and renamed, so a command started during a build never loads
 * half a file, and two builds at once cannot mix.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'dist', 'cli');
const BUNDLE = path.join(OUT_DIR, 'rag-board.js');
const INPUTS = path.join(OUT_DIR, 'inputs.json');
/** Files outside src that change what the bundle holds. */
const ALSO_WATCHED = ['package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];

function buildCli() {
  // Required here so that loading this file costs nothing when no build is needed.
  const esbuild = require('esbuild');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tag = `${process.pid}.${Date.now()}`;
  const tmpBundle = `${BUNDLE}.${tag}.tmp`;
  const result = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    outfile: tmpBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
  });
  const local = Object.keys(result.metafile.inputs)
    .filter((f) => !f.startsWith('node_modules/'))
    .sort();
  const watched = [...local, ...ALSO_WATCHED.filter((f) => fs.existsSync(path.join(ROOT, f)))];
  const tmpInputs = `${INPUTS}.${tag}.tmp`;
  fs.writeFileSync(tmpInputs, `${JSON.stringify({ inputs: watched }, null, 2)}\n`);
  // inputs.json first: a launcher that sees the new bundle also sees its list.
  fs.renameSync(tmpInputs, INPUTS);
  fs.renameSync(tmpBundle, BUNDLE);
  return BUNDLE;
}

/** True when the bundle exists and no file it was built from is newer than it. */
function isFresh() {
  let built;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
    const { inputs } = JSON.parse(fs.readFileSync(INPUTS, 'utf8'));
    for (const f of inputs) if (fs.statSync(path.join(ROOT, f)).mtimeMs > built) return false;
  } catch {
    return false; // no bundle, no list, or a file it was built from is gone
  }
  return true;
}

module.exports = { buildCli, isFresh, BUNDLE, ROOT };

if (require.main === module) {
  try {
    buildCli();
  } catch (e) {
    process.stderr.write(`build-cli: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
