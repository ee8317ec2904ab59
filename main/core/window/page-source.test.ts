import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, SETTINGS_PAGE_URL } from './app-origin';
import { devContentSecurityPolicy, settingsPageSource } from './page-source';

const production = { url: SETTINGS_PAGE_URL, origin: APP_ORIGIN, devServer: false, contentSecurityPolicy: CONTENT_SECURITY_POLICY };

describe('settingsPageSource', () => {
  it('uses electron-vite dev server in development, with its origin for the sender check', () => {
    expect(settingsPageSource({ isPackaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      devServer: true,
      contentSecurityPolicy: devContentSecurityPolicy('http://localhost:5173'),
    });
  });

  it('stays on app:// without the variable', () => {
    expect(settingsPageSource({ isPackaged: false, env: {} })).toEqual(production);
  });

  it('stays on app:// in a packaged app even when the variable is set', () => {
    expect(settingsPageSource({ isPackaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })).toEqual(production);
  });

  it.each([
    'https://example.com/',
    'http://192.168.1.20:5173',
    'file:///tmp/index.html',
    'javascript:alert(1)',
    'http://user:secret@localhost:5173',
    'not a url',
  ])('ignores %s', (value) => {
    expect(settingsPageSource({ isPackaged: false, env: { ELECTRON_RENDERER_URL: value } })).toEqual(production);
  });
});

describe('devContentSecurityPolicy', () => {
  const policy = devContentSecurityPolicy('http://localhost:5173');

  it('lets hot reload connect back to the dev server and inject styles', () => {
    expect(policy).toContain("connect-src 'self' ws://localhost:5173");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('keeps scripts, objects, framing and forms as strict as production', () => {
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    for (const rule of ["object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "default-src 'self'"]) {
      expect(policy).toContain(rule);
    }
  });

  it('is only ever the dev policy: production has no unsafe source and no connections', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });
});
