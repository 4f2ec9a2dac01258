/**
 * LibreOffice headless as a second spreadsheet engine: it opens a workbook, recalculates every
 * formula and saves it again, so a test can compare its results with the values we cached.
 * Debian's libreoffice-calc; .ci/run installs it. Tests that need it skip where it is absent,
 * and say so.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function libreOfficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

// Recalculate on load always: LibreOffice's default for .xlsx is to trust the cached values.
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function profileDir(): string {
  const dir = path.join(os.tmpdir(), `rag-board-lo-profile-${process.pid}`);
  const user = path.join(dir, 'user');
  if (!fs.existsSync(path.join(user, 'registrymodifications.xcu'))) {
    fs.mkdirSync(user, { recursive: true });
    fs.writeFileSync(path.join(user, 'registrymodifications.xcu'), PROFILE_SETTINGS);
  }
  return dir;
}

/** Converts with LibreOffice to the given format ("xlsx" or "pdf"); returns the output file's path. */
export function convertWithLibreOffice(input: string, format: 'xlsx' | 'pdf', outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${profileDir()}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, input], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${format}`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

/**
 * The same package with every cached formula result taken out of the named sheets, so that
 * whatever values come back were computed by LibreOffice, not copied from ours.
 */
export function withoutCachedResults(xlsx: Uint8Array, sheetParts: (name: string) => boolean): Uint8Array {
  const files = unzipSync(xlsx);
  for (const name of Object.keys(files)) {
    if (!sheetParts(name)) continue;
    const xml = strFromU8(files[name]!);
    const stripped = xml.replace(/(<c\b[^>]*?)(\s+t="(?:str|b|e|n)")?([^>]*>)(<f\b[^>]*(?:\/>|>[\s\S]*?<\/f>))<v>[\s\S]*?<\/v>/g, '$1$3$4');
    files[name] = strToU8(stripped);
  }
  return zipSync(files);
}
