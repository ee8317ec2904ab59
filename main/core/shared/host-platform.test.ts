import { describe, expect, it } from 'vitest';
import { withFeatures } from './chromium-features';
import { hostPlatformOf } from './host-platform';

describe('hostPlatformOf', () => {
  it('tells the four desktops apart from process.platform, XDG_SESSION_TYPE and --ozone-platform', () => {
    expect(hostPlatformOf({ nodePlatform: 'darwin', env: { XDG_SESSION_TYPE: 'wayland' }, ozonePlatform: '' })).toBe('macos');
    expect(hostPlatformOf({ nodePlatform: 'win32', env: {}, ozonePlatform: '' })).toBe('windows');
    expect(hostPlatformOf({ nodePlatform: 'linux', env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' }, ozonePlatform: '' })).toBe('linux-wayland');
    expect(hostPlatformOf({ nodePlatform: 'linux', env: { XDG_SESSION_TYPE: 'x11' }, ozonePlatform: '' })).toBe('linux-x11');
    // A Wayland session started with --ozone-platform=x11 runs under XWayland.
    expect(hostPlatformOf({ nodePlatform: 'linux', env: { XDG_SESSION_TYPE: 'wayland' }, ozonePlatform: 'x11' })).toBe('linux-x11');
    expect(hostPlatformOf({ nodePlatform: 'linux', env: { XDG_SESSION_TYPE: 'tty' }, ozonePlatform: 'wayland' })).toBe('linux-wayland');
  });
});

describe('withFeatures', () => {
  it('merges into the one --enable-features value Chromium honours, without duplicates', () => {
    expect(withFeatures('', ['A', 'B'])).toBe('A,B');
    expect(withFeatures('X,A', ['A', 'B'])).toBe('X,A,B');
  });
});
