/**
 * The zip layer of the writer: the sink that hands bytes on a chunk at a time, both
 * codecs (JavaScript for the browser page, Node's zlib for the command line), the zip
 * writer, and the copying of untouched parts' compressed bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { inflateSync, unzipSync, zipSync, type Zippable } from 'fflate';
import { ByteSink, CHUNK, concatBytes } from '../../../../src/workbook/xlsx/write/byte-sink';
import { crc32, javascriptZipCodec, type ZipCodec } from '../../../../src/workbook/xlsx/zip-codec';
import { PackageEditor } from '../../../../src/workbook/xlsx/write/package';
import { readDirectory, type DirectoryEntry } from '../../../../src/workbook/xlsx/zip-directory';
import { writeZip, ZipTooLargeError } from '../../../../src/workbook/xlsx/write/zip-writer';
import { nodeZipCodec } from '../../../../src/cli/node-zip-codec';
import { applyPlan } from '../../../../src/workbook/xlsx/write/apply';
import { readXlsx } from '../../../../src/workbook/xlsx/read';
import { analyseWorkbook } from '../../../../src/engine/analyse';
import { buildWritePlan } from '../../../../src/engine/plan/buildPlan';
import { DEFAULT_CONFIG } from '../../../../src/engine/config';

// Whole workbooks zipped in two codecs: up to 12 s on a loaded two-core machine. Slow tests get their own timeout rather than jest's 5 s default.
jest.setTimeout(60_000);

const LIVERPOOL_SAMPLE = join(__dirname, '../../../../samples/liverpool-pccc-aug-2017.xlsx');

/** Everything a writer puts into a sink, as one array. */
function collectBytes(write: (sink: ByteSink) => void): Uint8Array {
  const pieces: Uint8Array[] = [];
  const sink = new ByteSink((chunk) => pieces.push(chunk.slice()));
  write(sink);
  sink.end();
  return concatBytes(pieces);
}

/** The directory's entries, for a zip known to be sound. */
function entriesOf(bytes: Uint8Array): DirectoryEntry[] {
  const directory = readDirectory(bytes);
  if (directory.problem !== undefined) throw new Error(directory.problem);
  return directory.entries;
}

const COMPRESSORS: ReadonlyArray<[string, ZipCodec]> = [
  ['JavaScript', javascriptZipCodec],
  ['Node zlib', nodeZipCodec],
];

/** Text of a known shape over several chunks, with characters of 2, 3 and 4 UTF-8 bytes. */
function sampleText(approxBytes: number): string {
  const pieces: string[] = [];
  let n = 0;
  for (let i = 0; n < approxBytes; i++) {
    const piece = `<row r="${i}"><c><v>${i * 7}</v></c><t>£${i} – Åse 😀</t></row>`;
    pieces.push(piece);
    n += piece.length + 12;
  }
  return pieces.join('');
}

describe('ByteSink', () => {
  it('gives the UTF-8 of what was written, whatever falls across a chunk boundary', () => {
    const text = sampleText(CHUNK * 2.5);
    const written = collectBytes((sink) => {
      // In pieces of odd sizes, through each of its ways in.
      for (let i = 0, k = 0; i < text.length; k++) {
        let end = Math.min(i + 1 + (k % 97), text.length);
        // Never between the halves of a surrogate pair: a caller writes whole characters.
        if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++;
        const piece = text.slice(i, end);
        if (/^[\x20-\x7e]*$/.test(piece) && k % 3 === 0) sink.ascii(piece);
        else if (k % 3 === 1) sink.bytes(new TextEncoder().encode(piece));
        else sink.text(piece);
        i += piece.length;
      }
    });
    expect(Buffer.from(written).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('hands on full chunks, and the rest at the end marked last', () => {
    const seen: { length: number; last: boolean }[] = [];
    const sink = new ByteSink((chunk, last) => seen.push({ length: chunk.length, last }));
    sink.text('x'.repeat(CHUNK * 2 + 10));
    sink.end();
    expect(seen).toEqual([
      { length: CHUNK, last: false },
      { length: CHUNK, last: false },
      { length: 10, last: true },
    ]);
    expect(sink.length).toBe(CHUNK * 2 + 10);
  });
});

describe.each(COMPRESSORS)('%s codec', (_name, codec) => {
  it('deflates raw data that inflates back', () => {
    const data = new TextEncoder().encode(sampleText(200_000));
    for (const level of [1, 6]) expect(Buffer.from(inflateSync(codec.deflateRaw(data, level))).equals(Buffer.from(data))).toBe(true);
  });

  it('deflates a stream of chunks into one stream that inflates back whole', () => {
    const data = new TextEncoder().encode(sampleText(CHUNK * 3.3));
    const out: Uint8Array[] = [];
    const stream = codec.deflateRawStream(1, (piece) => out.push(piece));
    const chunk = new Uint8Array(CHUNK);
    for (let from = 0; from < data.length; from += CHUNK) {
      // The same buffer each time, overwritten as the sink does.
      const piece = data.subarray(from, from + CHUNK);
      chunk.set(piece);
      stream.push(chunk.subarray(0, piece.length), from + CHUNK >= data.length);
    }
    const inflated = inflateSync(concatBytes(out));
    expect(Buffer.from(inflated).equals(Buffer.from(data))).toBe(true);
    // zlib agrees that it is one valid stream.
    expect(Buffer.from(zlib.inflateRawSync(concatBytes(out))).equals(Buffer.from(data))).toBe(true);
  });

  it('carries a CRC over pieces to the CRC of the whole', () => {
    const data = new TextEncoder().encode(sampleText(50_000));
    const whole = codec.crc32(data);
    expect(codec.crc32(data.subarray(20_000), codec.crc32(data.subarray(0, 20_000)))).toBe(whole);
    expect(whole).toBe(crc32(data));
  });
});

describe('writeZip', () => {
  it('writes a zip that zip tools read, with names in UTF-8, stored and deflated entries', () => {
    const data = new TextEncoder().encode(sampleText(100_000));
    const out = writeZip(
      [
        { kind: 'new', name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>'), level: 6, dosTime: 0, dosDate: 33 },
        { kind: 'new', name: 'xl/media/image1.png', data: new Uint8Array([1, 2, 3]), level: 0, dosTime: 0, dosDate: 33 },
        { kind: 'new', name: 'xl/worksheets/Über.xml', data, level: 1, dosTime: 0, dosDate: 33 },
      ],
      javascriptZipCodec,
    );
    const files = unzipSync(out);
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'xl/media/image1.png', 'xl/worksheets/Über.xml']);
    expect(Buffer.from(files['xl/worksheets/Über.xml']!).equals(Buffer.from(data))).toBe(true);
    expect(entriesOf(out).map((e) => [e.name, e.method])).toEqual([
      ['[Content_Types].xml', 8],
      ['xl/media/image1.png', 0],
      ['xl/worksheets/Über.xml', 8],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'rag-zip-'));
    try {
      writeFileSync(join(dir, 'out.zip'), out);
      // Python's zipfile checks every CRC.
      const tested = execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())', join(dir, 'out.zip')]).toString().trim();
      expect(tested).toBe('None');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses more entries than a zip without Zip64 holds', () => {
    const entries = Array.from({ length: 0x10000 }, (_, i) => ({ kind: 'new' as const, name: `p${i}`, data: new Uint8Array(0), level: 0, dosTime: 0, dosDate: 33 }));
    expect(() => writeZip(entries, javascriptZipCodec)).toThrow(ZipTooLargeError);
  });
});

describe('PackageEditor', () => {
  const original = (): Uint8Array => {
    const files: Zippable = {
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'xl/media/image1.png': [new Uint8Array(5000).map((_, i) => (i * 31) % 251), { level: 9, mtime: new Date(2021, 5, 4, 13, 22, 10) }],
      'xl/worksheets/sheet1.xml': [new TextEncoder().encode(sampleText(30_000)), { level: 3 }],
    };
    return zipSync(files);
  };

  it('copies the compressed bytes, method, CRC and time of every part it did not change', () => {
    const bytes = original();
    const pkg = PackageEditor.open(bytes);
    pkg.setText('[Content_Types].xml', '<Types><Default Extension="png"/></Types>');
    const out = pkg.toZip();
    const before = new Map(entriesOf(bytes).map((e) => [e.name, e]));
    for (const e of entriesOf(out)) {
      if (e.name === '[Content_Types].xml') continue;
      const b = before.get(e.name)!;
      expect([e.method, e.crc, e.size, e.dosTime, e.dosDate]).toEqual([b.method, b.crc, b.size, b.dosTime, b.dosDate]);
      expect(Buffer.from(out.subarray(e.dataOffset, e.dataOffset + e.compressedSize)).equals(Buffer.from(bytes.subarray(b.dataOffset, b.dataOffset + b.compressedSize)))).toBe(true);
    }
    expect(new TextDecoder().decode(unzipSync(out)['[Content_Types].xml'])).toBe('<Types><Default Extension="png"/></Types>');
  });

  it.each(COMPRESSORS)('writes a part through a sink, deflated as it goes (%s), and reads back the same', (_name, codec) => {
    const text = sampleText(CHUNK * 2.2);
    const pkg = PackageEditor.open(original(), undefined, codec);
    pkg.writePart('xl/worksheets/sheet2.xml', (sink) => sink.text(text));
    pkg.writePart('xl/worksheets/small.xml', (sink) => sink.text('<worksheet/>'));
    const files = unzipSync(pkg.toZip());
    expect(new TextDecoder().decode(files['xl/worksheets/sheet2.xml'])).toBe(text);
    expect(new TextDecoder().decode(files['xl/worksheets/small.xml'])).toBe('<worksheet/>');
    expect(() => pkg.text('xl/worksheets/sheet2.xml')).toThrow(/cannot be read back/);
  });

  it('gives back the original bytes when a part written again is what it was', () => {
    const text = sampleText(CHUNK * 1.5);
    const first = PackageEditor.open(original(), undefined, nodeZipCodec);
    first.writePart('xl/worksheets/sheet2.xml', (sink) => sink.text(text));
    const once = first.toZip();
    const again = PackageEditor.open(once, undefined, nodeZipCodec);
    again.writePart('xl/worksheets/sheet2.xml', (sink) => sink.text(text));
    expect(again.changed).toBe(false);
    expect(Buffer.from(again.toZip()).equals(Buffer.from(once))).toBe(true);
  });
});

describe('applyPlan with either codec', () => {
  it('writes the same workbook content with Node zlib as with JavaScript', () => {
    const bytes = original();
    const plan = {
      sheets: [
        {
          role: 'budget-summary' as const,
          name: 'Budget Summary',
          rows: Array.from({ length: 30_000 }, (_, r) => [{ kind: 'text' as const, text: `Line ${r} – £` }, { kind: 'number' as const, value: r * 1.5 }, { kind: 'formula' as const, formula: `B${r + 1}*2`, cached: r * 3 }]),
          columnWidths: [20, 12, 12],
          merges: [],
          freezeRows: 1,
          rules: [],
          print: null,
          visibility: 'visible' as const,
        },
      ],
      sourceRules: [],
    };
    const js = readXlsx(applyPlan(bytes, plan));
    const node = readXlsx(applyPlan(bytes, plan, { codec: nodeZipCodec }));
    expect(node.sheets.map((s) => s.name)).toEqual(js.sheets.map((s) => s.name));
    const summary = node.sheets.find((s) => s.name === 'Budget Summary')!;
    expect(summary.values[29_999]?.[0]).toBe('Line 29999 – £');
    expect(JSON.stringify(node.sheets.map((s) => [s.values, s.formulas]))).toBe(JSON.stringify(js.sheets.map((s) => [s.values, s.formulas])));
  });

  function original(): Uint8Array {
    const files: Zippable = {
      '[Content_Types].xml': new TextEncoder().encode(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': new TextEncoder().encode(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': new TextEncoder().encode(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': new TextEncoder().encode(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': new TextEncoder().encode(
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
      ),
    };
    return zipSync(files);
  }
});

describe('a workbook zipped with data descriptors (as LibreOffice and streaming writers do)', () => {
  it('is written with its untouched parts copied as they were, sizes now in the headers, and reads back whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rag-dd-'));
    try {
      const input = join(dir, 'dd.xlsx');
      // Python's zipfile writes a data descriptor (flag 0x08) after each entry when it cannot seek back.
      const script = [
        'import io, sys, zipfile',
        'class W(io.RawIOBase):',
        '    def __init__(self): self.b = bytearray()',
        '    def writable(self): return True',
        '    def write(self, d): self.b += d; return len(d)',
        'src = zipfile.ZipFile(sys.argv[1]); w = W()',
        'with zipfile.ZipFile(w, "w", zipfile.ZIP_DEFLATED) as z:',
        '    [z.writestr(i.filename, src.read(i.filename)) for i in src.infolist()]',
        'open(sys.argv[2], "wb").write(bytes(w.b))',
      ].join('\n');
      execFileSync('python3', ['-c', script, LIVERPOOL_SAMPLE, input]);
      const bytes = new Uint8Array(readFileSync(input));
      const before = entriesOf(bytes);
      const flags = new DataView(bytes.buffer, bytes.byteOffset).getUint16(6, true);
      expect(flags & 0x08).toBe(0x08);
      const grids = readXlsx(bytes, { codec: nodeZipCodec });
      const plan = buildWritePlan(grids, analyseWorkbook(grids), DEFAULT_CONFIG);
      const out = applyPlan(bytes, plan, { codec: nodeZipCodec });
      const after = new Map(entriesOf(out).map((e) => [e.name, e]));
      const copied = before.filter((e) => /media|theme|docProps/.test(e.name));
      expect(copied.length).toBeGreaterThan(0);
      for (const b of copied) {
        const a = after.get(b.name)!;
        expect(Buffer.from(out.subarray(a.dataOffset, a.dataOffset + a.compressedSize)).equals(Buffer.from(bytes.subarray(b.dataOffset, b.dataOffset + b.compressedSize)))).toBe(true);
      }
      writeFileSync(join(dir, 'out.xlsx'), out);
      const tested = execFileSync('python3', ['-c', 'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())', join(dir, 'out.xlsx')]).toString().trim();
      expect(tested).toBe('None');
      expect(readXlsx(out).sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Finance', 'Budget Summary', 'Risk Summary']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a part that inflates to more than the zip directory says', () => {
  it.each(COMPRESSORS)('is refused as damaged (%s), not inflated in full', (_name, codec) => {
    const big = new TextEncoder().encode('<worksheet>'.padEnd(2_000_000, 'x'));
    const bytes = zipSync({ 'xl/worksheets/sheet1.xml': big, '[Content_Types].xml': new TextEncoder().encode('<Types/>') });
    // Make the central directory claim the sheet is only 1,000 bytes inflated.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entry = entriesOf(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    let central = view.getUint32(at + 16, true);
    while (new TextDecoder().decode(bytes.subarray(central + 46, central + 46 + view.getUint16(central + 28, true))) !== entry.name) {
      central += 46 + view.getUint16(central + 28, true) + view.getUint16(central + 30, true) + view.getUint16(central + 32, true);
    }
    view.setUint32(central + 24, 1000, true);
    const pkg = PackageEditor.open(bytes, 'bomb.xlsx', codec);
    expect(() => pkg.bytes('xl/worksheets/sheet1.xml')).toThrow(/"xl\/worksheets\/sheet1.xml" cannot be unpacked/);
  });
});
