import { describe, expect, it } from 'vitest';
import { literalMenuLabel } from './menu-label';
import { trayLeftClick } from './tray-click';

describe('literalMenuLabel', () => {
  it('doubles every "&" so Electron draws it instead of taking a mnemonic', () => {
    expect(literalMenuLabel('R&D')).toBe('R&&D');
    expect(literalMenuLabel('a&&b & c')).toBe('a&&&&b && c');
    expect(literalMenuLabel('Settings…')).toBe('Settings…');
  });
});

describe('trayLeftClick', () => {
  it('pops the menu up on Windows only; macOS and Linux show it themselves', () => {
    expect(trayLeftClick('windows')).toBe('pop-up-menu');
    expect(trayLeftClick('macos')).toBe('menu-opens-itself');
    expect(trayLeftClick('linux-x11')).toBe('menu-opens-itself');
    expect(trayLeftClick('linux-wayland')).toBe('menu-opens-itself');
  });
});
