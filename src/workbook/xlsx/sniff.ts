/**
 * Tells what a file is from its first bytes, before trying to open it as a zip
 * package, so that a renamed CSV, an old .xls or a password-protected workbook
 * each get a message that says so.
 */
import { emptyFile, legacyXls, notAWorkbook, passwordProtected } from './errors';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" as it appears in an OLE compound file's directory: UTF-16LE. */
const ENCRYPTION_INFO = utf16le('EncryptionInfo');
const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/**
 * True when an OLE directory entry carries this name. Directory entries are 128 bytes
 * and sectors (512 or 4096 bytes) follow a header of one sector, so every entry, and
 * the name that opens it, starts at a multiple of 128: the same text inside a stream
 * (a cell of an .xls, say) almost never does.
 */
function hasDirectoryEntry(bytes: Uint8Array, name: Uint8Array): boolean {
  const first = name[0]!;
  const last = bytes.length - name.length;
  outer: for (let i = bytes.indexOf(first, 512); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    if (i % 128 !== 0) continue;
    for (let j = 1; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** True for the local-file, empty-archive and spanned-archive zip signatures. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) && bytes[3] === bytes[2]! + 1;
}

/**
 * Throws the right RagBoardError when the bytes cannot be a zip package at all.
 * Returns quietly when they might be one (the zip reader has the last word).
 */
export function rejectNonPackage(bytes: Uint8Array, file?: string): void {
  if (bytes.length === 0) throw emptyFile(file);
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Office encrypts a workbook by wrapping the package in an OLE compound file with
    // an EncryptionInfo and an EncryptedPackage stream; anything else in OLE is .xls.
    if (hasDirectoryEntry(bytes, ENCRYPTION_INFO) || hasDirectoryEntry(bytes, ENCRYPTED_PACKAGE)) throw passwordProtected(file);
    throw legacyXls(file);
  }
  if (looksLikeZip(bytes)) return;
  // A zip may carry something in front of it (a self-extractor); only reject outright
  // what is clearly something else.
  throw notAWorkbook(describeNonZip(bytes), file);
}

function describeNonZip(bytes: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  const lower = head.slice(0, 512).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'it is a PDF document';
  if (lower.startsWith('<?xml') && lower.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return 'it is an Excel 2003 XML spreadsheet, not an .xlsx workbook';
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || lower.includes('<table'))
    return 'it is a web page (HTML), which some systems export with an Excel file name';
  if (lower.startsWith('<')) return 'it contains XML or HTML text, not an .xlsx workbook';
  if (isMostlyText(bytes.subarray(0, 4096))) {
    return /[,;\t]/.test(head.split('\n', 1)[0] ?? '')
      ? 'it contains plain text, probably a CSV file that was renamed or exported with an .xlsx name'
      : 'it contains plain text';
  }
  return 'it is not a zip package (an .xlsx workbook is one)';
}

function isMostlyText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let control = 0;
  for (const b of bytes) if (b < 9 || (b > 13 && b < 32) || b === 0x7f) control++;
  return control / bytes.length < 0.02;
}
