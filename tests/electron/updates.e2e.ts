/**
 * Updates in the packaged app, real Electron and the real electron-updater, on Linux as an AppImage:
 * a local generic-provider feed (`latest-linux.yml` plus the file it names) on loopback, the launch
 * check, the background download, "Restart to update" replacing the AppImage in place, and a feed that
 * answers 404 shown in the Updates section. Run by `npm run test:electron`.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './launch-app';

/** What the feed serves as the "new AppImage": a script that does nothing when the updater runs it. */
const NEW_APPIMAGE = '#!/bin/sh\n# Patchworks Token Tray 99.0.0 (test build)\nexit 0\n';
const NEW_NAME = 'Patchworks-Token-Tray-99.0.0-x86_64.AppImage';
const FEED_ENV = 'PATCHWORKS_E2E_UPDATE_FEED';

/** The update metadata electron-builder would publish for version 99.0.0. */
function latestLinuxYml(body: string): string {
  const sha512 = createHash('sha512').update(body).digest('base64');
  const size = Buffer.byteLength(body);
  return [
    'version: 99.0.0',
    'files:',
    `  - url: ${NEW_NAME}`,
    `    sha512: ${sha512}`,
    `    size: ${size}`,
    `path: ${NEW_NAME}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-11-29T09:00:00.000Z'",
    '',
  ].join('\n');
}

interface Feed {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** A generic-provider feed on 127.0.0.1 under /feed/; `missing` makes every file a 404. */
async function startFeed(options: { missing?: boolean } = {}): Promise<Feed> {
  const files = new Map([
    ['/feed/latest-linux.yml', latestLinuxYml(NEW_APPIMAGE)],
    [`/feed/${NEW_NAME}`, NEW_APPIMAGE],
  ]);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${request.method} ${path}`);
    const body = options.missing ? undefined : files.get(path);
    if (body === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': Buffer.byteLength(body) }).end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed/`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Resolves once `condition()` holds, polling; fails naming `what` after 30 s. */
async function until(condition: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const giveUpAt = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe.runIf(process.platform === 'linux')('updates in the packaged app (AppImage, generic feed)', () => {
  let folder: string;
  let appImage: string;
  let feed: Feed | undefined;
  let launched: LaunchedApp | undefined;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'patchworks-tray-update-'));
    // The "installed" AppImage the update replaces; no version in its name, so it is overwritten in place.
    appImage = join(folder, 'Patchworks-Token-Tray.AppImage');
    await writeFile(appImage, '#!/bin/sh\n# 0.1.0\nexit 0\n');
    await chmod(appImage, 0o755);
  });

  afterEach(async () => {
    if (launched && launched.app.process().exitCode === null) await launched.app.close();
    await launched?.cleanUp();
    await feed?.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** Launches with the feed, the AppImage path and a private cache folder for the download. */
  async function launchWithFeed(current: Feed): Promise<LaunchedApp> {
    return launchApp({ env: { [FEED_ENV]: current.url, APPIMAGE: appImage, XDG_CACHE_HOME: join(folder, 'cache') } });
  }

  it('checks at launch, downloads 99.0.0, offers "Restart to update", and the restart replaces the AppImage', async () => {
    feed = await startFeed();
    launched = await launchWithFeed(feed);
    const app = launched;
    await until(async () => (await app.trayView()).items.some((item) => item.id === 'restart-to-update'), '"Restart to update"');
    expect(feed.requests).toContain('GET /feed/latest-linux.yml');
    expect(feed.requests).toContain(`GET /feed/${NEW_NAME}`);
    const version = (await app.trayView()).items.find((item) => item.id === 'version');
    expect(version).toMatchObject({ label: 'Version 0.1.0', enabled: false });
    expect(await readFile(appImage, 'utf8')).not.toBe(NEW_APPIMAGE);

    const exited = once(app.app.process(), 'exit');
    await app.clickTray('restart-to-update', { wait: false });
    await exited;
    expect(await readFile(appImage, 'utf8')).toBe(NEW_APPIMAGE);
  });

  it('a feed that answers 404 is shown in the Updates section, with no dialog, and nothing to install', async () => {
    feed = await startFeed({ missing: true });
    launched = await launchWithFeed(feed);
    const page = await launched.app.firstWindow();
    const status = page.locator('#updates-status');
    await until(async () => /no release information/.test((await status.textContent()) ?? ''), 'the failure in the Updates section');
    expect(feed.requests).toEqual(['GET /feed/latest-linux.yml']);
    expect(launched.app.windows()).toHaveLength(1);
    const items = (await launched.trayView()).items;
    expect(items.some((item) => item.id === 'restart-to-update')).toBe(false);
    expect(items.find((item) => item.id === 'check-updates')?.enabled).toBe(true);
  });
});
