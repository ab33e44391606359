// Draws the WhyFirst mark (a rounded square holding a half-circle meter whose needle leans to the
// authentic side) into public/icon/<size>.png. Run: node scripts/make-icons.mjs [out-dir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BACKGROUND = [0x1b, 0x6b, 0x5a]; // deep green
const MARK = [0xff, 0xff, 0xff];
const SAMPLES = 6; // per axis, for anti-aliasing

const out =
  process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

// Signed distances in unit coordinates (0..1 across the icon); negative is inside.
function roundedSquare(x, y, inset, radius) {
  const half = 0.5 - inset;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x, y, ax, ay, bx, by, width) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - width / 2;
}

function upperArc(x, y, cx, cy, r, width) {
  if (y <= cy) return Math.abs(Math.hypot(x - cx, y - cy) - r) - width / 2;
  return Math.min(Math.hypot(x - cx + r, y - cy), Math.hypot(x - cx - r, y - cy)) - width / 2;
}

function markDistance(x, y, size) {
  // Strokes get relatively thicker at small sizes so they stay visible.
  const stroke = Math.max(0.1, 1.7 / size);
  const cx = 0.5;
  const cy = 0.64;
  const r = 0.29;
  const angle = (135 * Math.PI) / 180;
  const needleX = cx + Math.cos(angle) * (r - stroke * 0.9);
  const needleY = cy - Math.sin(angle) * (r - stroke * 0.9);
  return Math.min(
    upperArc(x, y, cx, cy, r, stroke),
    segment(x, y, cx, cy, needleX, needleY, stroke * 0.85),
    Math.hypot(x - cx, y - cy) - stroke * 0.95,
  );
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const inset = size <= 16 ? 0 : 0.03;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (roundedSquare(x, y, inset, 0.22) <= 0) {
            bg++;
            if (markDistance(x, y, size) <= 0) fg++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = bg / n;
      const share = bg === 0 ? 0 : fg / bg;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round(BACKGROUND[c] * (1 - share) + MARK[c] * share);
      }
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = join(out, `${size}.png`);
  writeFileSync(file, png(size, render(size)));
  process.stdout.write(`wrote ${file}\n`);
}
