/**
 * Deflating a big sheet's cells while the engine runs. When --out adds colour rules to a user's
 * sheet, everything up to the end of its cells (nearly all of its bytes, see sheet-cells.ts) goes
 * back as it was, so it can be deflated before the rules are known: here, in Node's thread pool,
 * on the other core, while the engine works on the main thread. The writer takes what this gives
 * (WriteOptions.deflatedStarts) where its rules left that start as it was, and deflates the sheet
 * itself otherwise; so the output means the same either way.
 */
import * as zlib from 'node:zlib';
import type { DeflatedStart } from '../workbook/xlsx/write/apply';
import { setCellsAside } from '../workbook/xlsx/write/sheet-cells';

/** Sheets smaller than this are deflated by the writer: too little to be worth a thread. */
const WORTH_IT = 1 << 20;
/** As the writer deflates a big part. */
const LEVEL = 1;

/**
 * Starts deflating the cells of each big worksheet among `parts` (the parts the reader inflated,
 * by name); resolves to what it deflated. Never rejects: a sheet it could not deflate is left to
 * the writer.
 */
export function deflateCellsEarly(parts: ReadonlyMap<string, Uint8Array>): Promise<Map<string, DeflatedStart>> {
  const jobs: Array<Promise<[string, DeflatedStart] | undefined>> = [];
  for (const [part, bytes] of parts) {
    if (bytes.length < WORTH_IT || !/(^|\/)worksheets\/[^/]+\.xml$/i.test(part)) continue;
    const cellsEnd = setCellsAside(bytes)?.cellsEnd;
    if (cellsEnd === undefined) continue;
    const start = bytes.subarray(0, cellsEnd);
    jobs.push(
      new Promise((resolve) => {
        // Node's zlib works a piece of output at a time, going back to the main thread for the next;
        // while the engine holds the main thread only one piece would be made. Room for what this
        // much XML deflates to (a sixth, at level 1) makes it one piece.
        const chunkSize = Math.max(1 << 20, Math.ceil(start.length / 4));
        zlib.deflateRaw(start, { level: LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize }, (error, out) => {
          resolve(error ? undefined : [part, { length: start.length, compressed: [new Uint8Array(out.buffer, out.byteOffset, out.byteLength)] }]);
        });
      }),
    );
  }
  return Promise.all(jobs).then((done) => new Map(done.filter((d): d is [string, DeflatedStart] => d !== undefined)));
}
