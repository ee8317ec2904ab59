// The dev server really serves the settings page under the dev policy; the build keeps the strict one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { devServerCsp } from '../../scripts/dev-server-csp';
import { ROOT } from './run-script';

/** The CSP meta tag's policy in a page. */
const metaPolicy = (html: string): string | undefined => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the settings page CSP', () => {
  it('on the dev server allows hot reload back to that server, and scripts only from itself', async () => {
    server = await createServer({
      configFile: false,
      root: join(ROOT, 'renderer'),
      logLevel: 'silent',
      plugins: [devServerCsp()],
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: true },
    });
    await server.listen();
    const origin = new URL(server.resolvedUrls?.local[0] ?? '').origin;
    const policy = metaPolicy(await (await fetch(`${origin}/index.html`)).text());
    expect(policy).toContain(`connect-src 'self' ${origin.replace('http', 'ws')}`);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('frame-ancestors');
  });

  it('in the build stays as strict as renderer/index.html says', async () => {
    const built = metaPolicy(await readFile(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8'));
    expect(built).toContain("connect-src 'none'");
    expect(built).not.toContain('unsafe');
    expect(built).toBe(metaPolicy(await readFile(join(ROOT, 'renderer', 'index.html'), 'utf8')));
  });
});
