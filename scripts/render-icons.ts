/**
 * Renders every icon of the app from the one SVG source in build/: the app icon in the sizes each
 * platform wants, the Windows .ico, and the tray icons per state in three densities, in colour
 * (Windows, Linux) and as macOS template images. Each tray state of the core's menu model is a layer
 * `tray-<state>` in the source.
 */
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';
import { TRAY_ICON_STATES } from '../main/core/tray/tray-icon';

/** Square sizes of the app icon written to build/icons/<n>x<n>.png (Linux wants a set by size). */
export const APP_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Sizes packed into build/icon.ico (Windows shell, taskbar and installer). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** Tray densities: file suffix → pixel size; nativeImage picks `@2x`/`@3x` on high-DPI screens. */
export const TRAY_DENSITIES = [
  { suffix: '', size: 16 },
  { suffix: '@2x', size: 32 },
  { suffix: '@3x', size: 48 },
] as const;

type ColourMode = 'colour' | 'template';

const MODE_STYLES: Record<ColourMode, string> = {
  colour: '.ink-stroke{stroke:#ffffff}.ink-fill{fill:#ffffff}',
  template: '.disk{display:none}.ink-stroke{stroke:#000000}.ink-fill{fill:#000000}',
};

/** The SVG source with only layer `layerId` shown, in the given colour mode. */
function selectLayer(svg: string, layerId: string, mode: ColourMode): string {
  const closing = svg.lastIndexOf('</svg>');
  if (closing < 0) throw new Error('The icon source is not an SVG document (no closing </svg>).');
  if (!svg.includes(`id="${layerId}"`)) throw new Error(`The icon source has no layer "${layerId}".`);
  const style = `<style>#${layerId}{display:inline}${MODE_STYLES[mode]}</style>`;
  return svg.slice(0, closing) + style + svg.slice(closing);
}

/** One layer rasterised to a square PNG of `size` pixels. */
function renderPng(svg: string, layerId: string, mode: ColourMode, size: number): Buffer {
  const resvg = new Resvg(selectLayer(svg, layerId, mode), {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

/** Every icon file, keyed by its path relative to build/. */
export async function renderIcons(svg: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const app = (size: number): Buffer => renderPng(svg, 'app', 'colour', size);

  files.set('icon.png', app(1024));
  for (const size of APP_ICON_SIZES) files.set(`icons/${size}x${size}.png`, app(size));
  files.set('icon.ico', await pngToIco(ICO_SIZES.map(app)));

  for (const state of TRAY_ICON_STATES) {
    for (const { suffix, size } of TRAY_DENSITIES) {
      files.set(`tray/tray-${state}${suffix}.png`, renderPng(svg, `tray-${state}`, 'colour', size));
      files.set(`tray/tray-${state}Template${suffix}.png`, renderPng(svg, `tray-${state}`, 'template', size));
    }
  }
  return files;
}
