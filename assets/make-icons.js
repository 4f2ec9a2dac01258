#!/usr/bin/env node
/**
 * Draws the RAG Board icon (a traffic light: red, amber and green lamps in a dark housing)
 * as PNGs at the sizes Office asks for, with no image library: pixels are computed with
 * 4x4 supersampling and written as an RGBA PNG with zlib. Run: node assets/make-icons.js
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const HOUSING = [0x23, 0x2f, 0x3e];
const LAMPS = [
  [0xd5, 0x28, 0x1b], // NHS red
  [0xff, 0xb8, 0x1c], // NHS warm yellow (amber)
  [0x00, 0x7f, 0x3b], // NHS green
];

/** Colour of the point (x, y) in a unit square, or null for transparent. */
function shade(x, y) {
  // Housing: a rounded rectangle, taller than wide, centred.
  const hx = 0.5, hy = 0.5, hw = 0.3, hh = 0.47, r = 0.14;
  const dx = Math.max(Math.abs(x - hx) - (hw - r), 0);
  const dy = Math.max(Math.abs(y - hy) - (hh - r), 0);
  if (dx * dx + dy * dy > r * r) return null;
  // Lamps: three circles stacked; each lamp has a light rim so it reads on dark themes.
  for (let i = 0; i < 3; i++) {
    const cy = 0.2 + i * 0.3;
    const d = Math.hypot(x - 0.5, y - cy);
    if (d <= 0.115) return LAMPS[i];
    if (d <= 0.135) return [0xff, 0xff, 0xff];
  }
  return HOUSING;
}

function crc32(buf) {
  let c = ~0;
  for (let i = 0; i < buf.length; i++) {
    c ^= buf[i];
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const S = 4; // supersampling per axis
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)}`);
}
