import { describe, expect, it } from 'vitest';
import { createSenderCheck, isAppUrl } from './sender-check';

const APP_ORIGIN = 'app://settings';

describe('isAppUrl', () => {
  it.each(['app://settings/index.html', 'app://settings/', 'app://settings/assets/x.js?v=1#a'])(
    'accepts the app page %s',
    (url) => expect(isAppUrl(url, APP_ORIGIN)).toBe(true),
  );

  it.each([
    'app://evil/index.html',
    'app://settings.evil/index.html',
    'app://user@settings/index.html',
    'https://settings/index.html',
    'file:///work/out/renderer/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url, APP_ORIGIN)).toBe(false));

  it('refuses a missing frame URL', () => expect(isAppUrl(undefined, APP_ORIGIN)).toBe(false));
});

describe('createSenderCheck', () => {
  const check = createSenderCheck({ isKnownWindow: (id) => id === 7, appOrigin: APP_ORIGIN });

  it('accepts a window main created showing the app page', () => {
    expect(check({ webContentsId: 7, frameUrl: 'app://settings/index.html' })).toBe(true);
  });

  it('refuses a webContents main did not create, even on the app page', () => {
    expect(check({ webContentsId: 8, frameUrl: 'app://settings/index.html' })).toBe(false);
  });

  it('refuses a known window that navigated elsewhere', () => {
    expect(check({ webContentsId: 7, frameUrl: 'https://example.com/' })).toBe(false);
  });
});
