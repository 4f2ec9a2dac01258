/**
 * File handling for the command line: reading the workbook and the config with messages a
 * person can act on, and writing output so that a file is never left half-written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RagBoardError } from '../engine/errors';
import { RagBoardConfig, parseConfig } from '../engine/config';

/** What a path that is not a regular file is, in words ("a named pipe (FIFO)"); undefined for a regular file. */
function specialKind(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function readInputFile(file: string): Uint8Array {
  try {
    // Only a regular file: a named pipe would hang the read, a device (/dev/zero) never end.
    const stat = fs.statSync(file);
    const kind = specialKind(stat);
    if (kind === 'a folder') {
      throw new RagBoardError('unreadable-input', `"${file}" is a folder, not a workbook`, { hint: 'Give the path of an .xlsx file' });
    }
    if (kind) throw new RagBoardError('unreadable-input', `"${file}" is ${kind}, not a workbook file`, { hint: 'Give the path of an .xlsx file saved on disk' });
    // Opened without waiting (a file swapped for a pipe since the check must not hang), and checked again once open.
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
      const opened = fs.fstatSync(fd);
      const now = specialKind(opened);
      if (now) throw new RagBoardError('unreadable-input', `"${file}" is ${now}, not a workbook file`, { hint: 'Give the path of an .xlsx file saved on disk' });
      return fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof RagBoardError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new RagBoardError('unreadable-input', `There is no file "${file}"`, { hint: 'Check the name and the folder you are running from', cause: e });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new RagBoardError('unreadable-input', `"${file}" cannot be opened: permission denied`, { hint: 'Check that you may read the file, and that Excel has not locked it', cause: e });
    }
    throw new RagBoardError('unreadable-input', `"${file}" cannot be read (${(e as Error).message})`, { cause: e });
  }
}

export function loadConfigFile(file: string): RagBoardConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new RagBoardError('bad-arguments', code === 'ENOENT' ? `There is no config file "${file}"` : `The config file "${file}" cannot be read`, {
      hint: 'Check the path given to --config',
      cause: e,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new RagBoardError('bad-arguments', `The config file "${file}" is not valid JSON (${(e as Error).message})`, {
      hint: 'Check for a missing comma or quote; README shows an example',
      cause: e,
    });
  }
  return parseConfig(json, path.basename(file));
}

/**
 * Refuses (bad arguments) an output path that is anything but a new name or a regular file: a
 * device, a named pipe, a folder or a symbolic link would be replaced by the rename, not written
 * to. `option` names it in the message ("--out").
 */
export function checkOutputPath(target: string, option: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return; // a new name (a missing folder is reported when writing)
  }
  const kind = specialKind(stat);
  if (!kind) return;
  throw new RagBoardError('bad-arguments', `${option} "${target}" is ${kind}, not a file RAG Board can write`, {
    hint: kind === 'a symbolic link' ? 'Give the path of the file itself, or a new name' : 'Give the name of a new file, or of a regular file to replace',
  });
}

/**
 * Writes to a temporary file beside the target and renames it into place, so a reader
 * never sees half a file and a failure leaves the old file as it was. Only a new name or a
 * regular file is written (see checkOutputPath).
 */
export function writeFileAtomically(target: string, content: string | Uint8Array, option = 'the output'): void {
  checkOutputPath(target, option);
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, target);
  } catch (e) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // The temporary file may never have been made; the error below is what matters.
    }
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
    throw new RagBoardError('cannot-write', `Cannot write "${target}": ${why}`, { hint: 'Choose a folder you can write to', cause: e });
  }
}

/** True when two paths name one file, through symlinks too; a path that does not exist yet is compared as written. */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}
