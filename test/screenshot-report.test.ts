/** scripts/screenshot-report.mjs: the PNG decoder, the blank detector, and the script itself when Chromium is installed. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blankReasons, decodePng, measure } from '../scripts/png.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts/screenshot-report.mjs');
const CHROMIUM = '/usr/bin/chromium';

type Image = { width: number; height: number; rgba: Uint8Array };

/** Encodes 8-bit RGB or RGBA pixels as a PNG, filtering row y with filters[y % filters.length]. */
function encodePng(
  width: number,
  height: number,
  pixels: Uint8Array,
  channels: 3 | 4,
  filters: number[] = [0],
): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = filters[y % filters.length]!;
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const v = pixels[y * stride + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      raw[y * (stride + 1) + 1 + x] = (v - predictor) & 0xff;
    }
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Pseudo-random bytes, so every filter has something to predict. */
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0, s = seed; i < length; i++) out[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

/** A white page with dark, anti-aliased "text" lines: what a rendered report looks like. */
function page(width: number, height: number): Uint8Array {
  const px = new Uint8Array(width * height * 3).fill(255);
  for (let y = 4; y < height - 4; y += 8) {
    for (let x = 4; x < width - 4; x++) {
      if ((x * 7 + y) % 5 === 0) continue; // gaps between "glyphs"
      for (const [dy, shade] of [
        [0, 40],
        [1, 20],
        [2, 90 + (x % 40)],
      ] as const)
        px.set([shade, shade + (x % 17), shade + 5], ((y + dy) * width + x) * 3);
    }
  }
  return px;
}

describe('decodePng', () => {
  for (const channels of [3, 4] as const) {
    it(`decodes ${channels === 3 ? 'RGB' : 'RGBA'} rows under every filter type (0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth)`, () => {
      const [width, height] = [7, 10];
      const pixels = noise(width * height * channels);
      const image: Image = decodePng(encodePng(width, height, pixels, channels, [0, 1, 2, 3, 4]));
      expect([image.width, image.height]).toEqual([width, height]);
      for (let i = 0; i < width * height; i++) {
        const rgba = [...image.rgba.subarray(i * 4, i * 4 + 4)];
        expect(rgba).toEqual([
          pixels[i * channels],
          pixels[i * channels + 1],
          pixels[i * channels + 2],
          channels === 4 ? pixels[i * channels + 3] : 255,
        ]);
      }
    });
  }

  it('rejects what it cannot decode instead of guessing', () => {
    const good = encodePng(2, 2, noise(12), 3);
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/signature/);
    const corrupt = Buffer.from(good);
    corrupt[20] = corrupt[20]! ^ 0xff; // inside IHDR: the CRC no longer matches
    expect(() => decodePng(corrupt)).toThrow(/CRC/);
    const sixteenBit = encodePng(2, 2, noise(12), 3);
    sixteenBit[24] = 16; // bit depth, then fix the CRC so only the depth is wrong
    sixteenBit.writeUInt32BE(crc32(sixteenBit.subarray(12, 29)), 29);
    expect(() => decodePng(sixteenBit)).toThrow(/bit depth 16/);
    expect(() => decodePng(good.subarray(0, good.length - 12))).toThrow(/truncated|IEND/);
  });
});

describe('blankReasons', () => {
  it('fails a blank white screenshot', () => {
    const blank: Image = decodePng(encodePng(64, 64, new Uint8Array(64 * 64 * 3).fill(255), 3));
    const reasons = blankReasons(blank);
    expect(reasons).toHaveLength(3);
    expect(reasons.join('\n')).toMatch(/only 1 distinct colours/);
  });

  it('fails a page with a few light marks and no text', () => {
    const px = new Uint8Array(64 * 64 * 4).fill(255);
    for (let i = 0; i < 40; i++) px.set([200 + i, 210, 220, 255], i * 4 * 50);
    expect(blankReasons(decodePng(encodePng(64, 64, px, 4))).join('\n')).toMatch(/dark, text-like pixels/);
  });

  it('passes a page with anti-aliased dark text on white', () => {
    const image: Image = decodePng(encodePng(200, 120, page(200, 120), 3, [1, 4]));
    expect(measure(image).background).toBe('#ffffff');
    expect(blankReasons(image)).toEqual([]);
  });
});

describe('scripts/screenshot-report.mjs', () => {
  it('exits 2 and says how to install Chromium when it is missing', () => {
    const run = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM: '/nonexistent/chromium' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('apt-get install -y chromium');
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'renders the HTML report of corpus/demo in headless Chromium, and the screenshot is not blank',
    () => {
      const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 150_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/renders \(1280x2000/);
    },
    180_000,
  );

  it.skipIf(!existsSync(CHROMIUM))(
    'exits 1 on a page that renders blank',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'inert-blank-'));
      try {
        writeFileSync(join(dir, 'blank.html'), '<!doctype html><html><body></body></html>');
        const run = spawnSync(process.execPath, [script, '--html', join(dir, 'blank.html')], {
          encoding: 'utf8',
          timeout: 150_000,
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/rendered blank/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
