// A minimal PNG decoder (node:zlib only) and a "is this screenshot blank?" test, for
// scripts/screenshot-report.mjs. It decodes what Chromium writes: 8-bit RGB or RGBA, not interlaced.
import { crc32, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Colour type → bytes per pixel at bit depth 8. */
const CHANNELS = { 2: 3, 6: 4 };

/**
 * Decodes a PNG into RGBA pixels.
 * @param {Uint8Array} bytes
 * @returns {{ width: number, height: number, rgba: Uint8Array }}
 */
export function decodePng(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG (bad signature)');
  let header;
  const idat = [];
  for (let at = 8; ; ) {
    if (at + 12 > buf.length) throw new Error('truncated PNG (no IEND chunk)');
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > buf.length) throw new Error(`truncated PNG (${type} chunk)`);
    const data = buf.subarray(at + 8, at + 8 + length);
    // The CRC covers the type and the data: a mismatch means a corrupt file, not a blank one.
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length))
      throw new Error(`corrupt PNG (${type} CRC mismatch)`);
    at += 12 + length;
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8],
        colorType: data[9],
        interlace: data[12],
      };
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
  }
  if (!header) throw new Error('PNG without IHDR');
  const { width, height, bitDepth, colorType, interlace } = header;
  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || !channels)
    throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colorType} (only 8-bit RGB and RGBA)`);
  if (interlace !== 0) throw new Error('unsupported PNG: interlaced');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1))
    throw new Error(`truncated PNG image data (${raw.length} bytes for ${width}x${height})`);
  const pixels = unfilter(raw, height, stride, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, o = 0; i < pixels.length; i += channels, o += 4) {
    rgba[o] = pixels[i];
    rgba[o + 1] = pixels[i + 1];
    rgba[o + 2] = pixels[i + 2];
    rgba[o + 3] = channels === 4 ? pixels[i + 3] : 255;
  }
  return { width, height, rgba };
}

/** Reverses the per-row filters (0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth) of PNG section 9. */
function unfilter(raw, height, stride, bpp) {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[prev + x] : 0;
      const c = y > 0 && x >= bpp ? out[prev + x - bpp] : 0;
      let predictor;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = a;
          break;
        case 2:
          predictor = b;
          break;
        case 3:
          predictor = (a + b) >> 1;
          break;
        case 4:
          predictor = paeth(a, b, c);
          break;
        default:
          throw new Error(`bad PNG filter type ${filter} on row ${y}`);
      }
      out[row + x] = (line[x] + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** What a rendered report must show at least; a blank or failed render shows one colour. */
export const NOT_BLANK = {
  /** Distinct colours: text is anti-aliased, so a page with text has dozens. */
  minColours: 16,
  /** Share of pixels that differ from the background (the most common colour). */
  minInk: 0.01,
  /** Share of dark pixels (luma < 100): text drawn in the report's near-black. */
  minDark: 0.002,
};

/**
 * Measures an image: distinct colours, background colour, share of non-background and dark pixels.
 * @param {{ width: number, height: number, rgba: Uint8Array }} image
 */
export function measure(image) {
  const counts = new Map();
  let dark = 0;
  const n = image.width * image.height;
  for (let i = 0; i < n * 4; i += 4) {
    const [r, g, b] = [image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]];
    const key = (r << 16) | (g << 8) | b;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (0.299 * r + 0.587 * g + 0.114 * b < 100) dark++;
  }
  let background = 0;
  let backgroundCount = 0;
  for (const [key, count] of counts) if (count > backgroundCount) [background, backgroundCount] = [key, count];
  return {
    pixels: n,
    colours: counts.size,
    background: `#${background.toString(16).padStart(6, '0')}`,
    ink: n === 0 ? 0 : (n - backgroundCount) / n,
    dark: n === 0 ? 0 : dark / n,
  };
}

/**
 * Why the image looks blank: an empty list when it does not.
 * @param {{ width: number, height: number, rgba: Uint8Array }} image
 */
export function blankReasons(image, limits = NOT_BLANK) {
  const m = measure(image);
  const reasons = [];
  if (m.colours < limits.minColours)
    reasons.push(`only ${m.colours} distinct colours (want at least ${limits.minColours})`);
  if (m.ink < limits.minInk)
    reasons.push(
      `only ${(m.ink * 100).toFixed(2)}% of pixels differ from the background ${m.background} (want ${limits.minInk * 100}%)`,
    );
  if (m.dark < limits.minDark)
    reasons.push(`only ${(m.dark * 100).toFixed(3)}% dark, text-like pixels (want ${limits.minDark * 100}%)`);
  return reasons;
}
