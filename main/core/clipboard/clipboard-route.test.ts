import { describe, expect, it } from 'vitest';
import { clipboardRoutes, CopyNotConfirmedError } from './clipboard-route';

describe('clipboardRoutes', () => {
  it('on Wayland tries wl-copy first and Electron only while a window has focus; elsewhere Electron', () => {
    expect(clipboardRoutes('linux-wayland', false)).toEqual(['wl-copy']);
    expect(clipboardRoutes('linux-wayland', true)).toEqual(['wl-copy', 'electron']);
    for (const platform of ['linux-x11', 'macos', 'windows'] as const) {
      expect(clipboardRoutes(platform, false)).toEqual(['electron']);
    }
  });

  it('a copy that cannot be confirmed names what to do', () => {
    expect(new CopyNotConfirmedError().message).toMatch(/wl-clipboard/);
  });
});
