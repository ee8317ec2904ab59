import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppFile } from './app-origin';

const ROOT = resolve('/srv/out/renderer');

describe('resolveAppFile', () => {
  it('maps / and paths under the root', () => {
    expect(resolveAppFile(ROOT, '/')).toBe(resolve(ROOT, 'index.html'));
    expect(resolveAppFile(ROOT, '/assets/index-abc.js')).toBe(resolve(ROOT, 'assets/index-abc.js'));
  });

  it.each(['/../secret.html', '/%2e%2e/secret.html', '/assets/../../x.js', '/a%00.js', '/%E0%A4%A', '/notes.txt', '/assets'])(
    'refuses %s',
    (path) => expect(resolveAppFile(ROOT, path)).toBeUndefined(),
  );
});

describe('contentTypeFor', () => {
  it('knows the renderer build output', () => {
    expect(contentTypeFor('x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('x/a.map')).toBeUndefined();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('forbids inline script and network access', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});
