/**
 * Draws the add-in's icons as PNG files at build time (a rising bar chart on a dark teal square),
 * so no binary image is kept in the repository. Uses only Node's zlib.
 */
const zlib = require("zlib");

const BACKGROUND = [11, 83, 99];
const BARS = [255, 255, 255];
const ACCENT = [255, 196, 61];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour of pixel (x, y) in an icon of `size` pixels. */
function pixel(x, y, size) {
  const u = x / size;
  const v = y / size;
  const bars = [
    [0.18, 0.32, 0.62],
    [0.42, 0.56, 0.45],
    [0.66, 0.8, 0.25],
  ];
  for (const [left, right, top] of bars) {
    if (u >= left && u < right && v >= top && v < 0.84) return BARS;
  }
  if (v >= 0.84 && v < 0.88 && u >= 0.12 && u < 0.88) return ACCENT;
  return BACKGROUND;
}

/** A square RGB PNG of `size` pixels. */
function iconPng(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    raw[row] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * The width and height of a PNG file, read from its IHDR chunk (PNG specification, section 11.2.2:
 * the first chunk after the 8-byte signature, width then height as 4-byte big-endian integers),
 * or null when the bytes are not a PNG.
 * @example pngSize(iconPng(32)) // { width: 32, height: 32 }
 */
function pngSize(buffer) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buffer.length < 24 || signature.some((byte, i) => buffer[i] !== byte)) return null;
  if (buffer.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** Icon sizes the Office manifest refers to. */
const ICON_SIZES = [16, 32, 64, 80, 128];

class IconsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("IconsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "IconsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const size of ICON_SIZES) {
          compilation.emitAsset(`assets/icon-${size}.png`, new sources.RawSource(iconPng(size)));
        }
      });
    });
  }
}

module.exports = { IconsPlugin, iconPng, pngSize, ICON_SIZES };
