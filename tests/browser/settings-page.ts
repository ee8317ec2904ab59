import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../common/ipc-contract';
import { createIpcHandlers } from '../../main/core/ipc/ipc-handlers';
import { createSenderCheck } from '../../main/core/ipc/sender-check';
import { APP_RESPONSE_HEADERS, contentTypeFor, resolveAppFile } from '../../main/core/window/app-origin';
import { installPageBridge } from './page-bridge';
import type { TestAppController } from './test-controller';

/** The built renderer (npm test runs `electron-vite build` first). */
export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

/**
 * Launches Chromium headless (Debian's, or `CHROMIUM_PATH`) with the flags these machines need; without one
 * it throws, naming where it looked, so the suite fails instead of skipping.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    const where = process.env.CHROMIUM_PATH === undefined ? '/usr/bin/chromium (CHROMIUM_PATH is not set)' : `CHROMIUM_PATH=${executablePath}`;
    throw new Error(`No Chromium for the settings-window tests: nothing at ${where}. Install Debian's chromium or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
}

/** Serves out/renderer on loopback with the same headers (CSP included) as the app:// protocol. */
export async function serveRenderer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const file = resolveAppFile(RENDERER_DIR, new URL(request.url ?? '/', 'http://x').pathname);
    const type = file && contentTypeFor(file);
    if (file === undefined || type === undefined || request.method !== 'GET') {
      response.writeHead(404, APP_RESPONSE_HEADERS).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { ...APP_RESPONSE_HEADERS, 'Content-Type': type }).end(body),
      () => response.writeHead(404, APP_RESPONSE_HEADERS).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** One thing that crossed the bridge; `toPage` entries are everything the page received. */
export interface BridgeRecord {
  direction: 'toMain' | 'toPage';
  channel: string;
  data: unknown;
}

/** An open settings page wired to a controller, with everything it said and received. */
export interface SettingsPage {
  page: Page;
  context: BrowserContext;
  traffic: BridgeRecord[];
  console: string[];
  /** Native dialogs (alert, confirm, prompt) the page opened; each is dismissed. The window should open none. */
  dialogs: string[];
  /** Everything the page received, as one string, for secret checks. */
  received(): string;
  close(): Promise<void>;
}

/**
 * Opens the built settings page with a bridge that implements `PreloadApi` the way the preload does
 * (named functions only), but whose calls run the real `createIpcHandlers` table in this process.
 * The sender check sees the calling frame's real URL and accepts only this page on `origin`.
 */
export async function openSettingsPage(
  browser: Browser,
  origin: string,
  controller: TestAppController,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<SettingsPage> {
  const context = await browser.newContext({
    viewport: { width: 460, height: 700 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const traffic: BridgeRecord[] = [];
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });

  const handlers = createIpcHandlers(
    controller,
    createSenderCheck({ isKnownWindow: (id) => id === 1, appOrigin: origin }),
  );
  const toPage = await installPageBridge(page, async (method, payload, frameUrl) => {
    traffic.push({ direction: 'toMain', channel: INVOKE_CHANNELS[method], data: payload });
    const handler = handlers[method] as (sender: { webContentsId: number; frameUrl: string }, p: unknown) => Promise<unknown>;
    const result = await handler({ webContentsId: 1, frameUrl }, payload);
    traffic.push({ direction: 'toPage', channel: INVOKE_CHANNELS[method], data: result });
    return result;
  });
  const stopEvents = controller.subscribe((snapshot) => {
    traffic.push({ direction: 'toPage', channel: EVENT_CHANNELS.status, data: snapshot });
    toPage(snapshot);
  });
  await page.goto(`${origin}/index.html`);
  await page.locator('body[data-ready="true"]').waitFor();
  return {
    page,
    context,
    traffic,
    console: consoleLines,
    dialogs,
    received: () => JSON.stringify(traffic.filter((r) => r.direction === 'toPage')),
    close: async () => {
      stopEvents();
      await context.close();
    },
  };
}
