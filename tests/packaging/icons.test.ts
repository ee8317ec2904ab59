import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_STATES } from '../../main/core/tray/tray-icon';
import { renderIcons } from '../../scripts/render-icons';

const BUILD = join(import.meta.dirname, '..', '..', 'build');
const read = (relativePath: string): Buffer => readFileSync(join(BUILD, relativePath));

/** Width and height of an image file under build/. */
function sizeOf(relativePath: string): [number, number] {
  const { width, height } = imageSize(read(relativePath));
  return [width, height];
}

/** RGBA pixels of a PNG under build/. */
function pixels(relativePath: string): Buffer {
  return PNG.sync.read(read(relativePath)).data;
}

/** The share of pixels (0–1) in which some channel differs by more than 8 between two PNGs. */
function shareOfChangedPixels(a: Buffer, b: Buffer): number {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  let changed = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const differs = [0, 1, 2, 3].some((c) => Math.abs((pa.data[i + c] ?? 0) - (pb.data[i + c] ?? 0)) > 8);
    if (differs) changed++;
  }
  return changed / (pa.width * pa.height);
}

describe('app icons', () => {
  it('icon.png is 1024 × 1024 (electron-builder makes the macOS .icns from it)', () => {
    expect(sizeOf('icon.png')).toEqual([1024, 1024]);
  });

  it.each([16, 24, 32, 48, 64, 128, 256, 512, 1024].map((n) => [`${n}x${n}`, n] as const))(
    'icons/%s.png is %i px square (Linux icon set)',
    (name, n) => {
      expect(sizeOf(`icons/${name}.png`)).toEqual([n, n]);
    },
  );

  it('icon.ico holds 16 to 256 pixel images (Windows)', () => {
    const ico = imageSize(read('icon.ico'));
    const sizes = (ico.images ?? []).map(({ width, height }) => [width, height]);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256].map((n) => [n, n]));
  });
});

describe('tray icons', () => {
  const densities = [
    ['', 16],
    ['@2x', 32],
    ['@3x', 48],
  ] as const;

  it.each(TRAY_ICON_STATES.flatMap((state) => densities.map(([suffix, size]) => [state, suffix, size] as const)))(
    'tray-%s%s: colour and template images of %i px',
    (state, suffix, size) => {
      expect(sizeOf(`tray/tray-${state}${suffix}.png`)).toEqual([size, size]);
      expect(sizeOf(`tray/tray-${state}Template${suffix}.png`)).toEqual([size, size]);
    },
  );

  it.each(TRAY_ICON_STATES)('tray-%sTemplate is black on transparent, as macOS template images must be', (state) => {
    const data = pixels(`tray/tray-${state}Template@2x.png`);
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      opaque++;
      expect([data[i], data[i + 1], data[i + 2]]).toEqual([0, 0, 0]);
    }
    expect(opaque).toBeGreaterThan(0);
  });

  it('the colour icons tell the states apart by colour', () => {
    const centreColour = (state: string): string => {
      const data = pixels(`tray/tray-${state}@2x.png`);
      const edge = (32 * 16 + 4) * 4; // row 16, column 4: on the disk, left of every glyph
      return data.subarray(edge, edge + 3).toString('hex');
    };
    expect(new Set(TRAY_ICON_STATES.map(centreColour)).size).toBe(TRAY_ICON_STATES.length);
  });
});

describe('generated files', () => {
  it('match the SVG source: `npm run icons` was run after its last change, and nothing stale is left', async () => {
    const rendered = await renderIcons(read('icon-source.svg').toString('utf8'));
    // Pixels, not bytes, with a small tolerance: the rasteriser's SIMD paths differ slightly by CPU.
    for (const [relativePath, data] of rendered) {
      if (!relativePath.endsWith('.png')) continue;
      expect(shareOfChangedPixels(read(relativePath), data), `${relativePath} is out of date`).toBeLessThan(0.01);
    }
    const committedTray = readdirSync(join(BUILD, 'tray')).map((name) => `tray/${name}`);
    const renderedTray = [...rendered.keys()].filter((path) => path.startsWith('tray/'));
    expect(committedTray.sort()).toEqual(renderedTray.sort());
  });
});
