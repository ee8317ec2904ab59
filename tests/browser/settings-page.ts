import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  PRELOAD_API_KEY,
  type InvokeMethod,
} from '../../common/ipc-contract';
import { APP_RESPONSE_HEADERS, contentTypeFor, resolveAppFile } from '../../main/core/window/app-origin';
import { createIpcHandlers } from '../../main/core/ipc/ipc-handlers';
import { createSenderCheck } from '../../main/core/ipc/sender-check';
import type { TestAppController } from './test-controller';

/** The built renderer (npm test runs `electron-vite build` first). */
export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');

/** Launches Chromium headless (Debian's, or `CHROMIUM_PATH`) with the flags these machines need. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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

const BINDING = '__patchworksBridgeInvoke';
const EVENT_HOOK = '__patchworksBridgeEmit';

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
  await page.exposeBinding(BINDING, async (source, method: InvokeMethod, payload: unknown) => {
    traffic.push({ direction: 'toMain', channel: INVOKE_CHANNELS[method], data: payload });
    const handler = handlers[method] as (sender: { webContentsId: number; frameUrl: string }, p: unknown) => Promise<unknown>;
    const result = await handler({ webContentsId: 1, frameUrl: source.frame.url() }, payload);
    traffic.push({ direction: 'toPage', channel: INVOKE_CHANNELS[method], data: result });
    return result;
  });
  await page.addInitScript(
    ({ key, methods, binding, hook }) => {
      const listeners = new Set<(snapshot: unknown) => void>();
      const invoke = (globalThis as unknown as Record<string, (m: string, p: unknown) => Promise<unknown>>)[binding]!;
      const api: Record<string, unknown> = {
        onStatus(listener: (snapshot: unknown) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
      for (const method of methods) api[method] = (request?: unknown) => invoke(method, request);
      Object.defineProperty(globalThis, key, { value: Object.freeze(api) });
      Object.defineProperty(globalThis, hook, { value: (snapshot: unknown) => listeners.forEach((l) => l(snapshot)) });
    },
    { key: PRELOAD_API_KEY, methods: Object.keys(INVOKE_CHANNELS), binding: BINDING, hook: EVENT_HOOK },
  );
  const stopEvents = controller.subscribe((snapshot) => {
    traffic.push({ direction: 'toPage', channel: EVENT_CHANNELS.status, data: snapshot });
    page.evaluate(([hook, s]) => (globalThis as unknown as Record<string, (x: unknown) => void>)[hook as string]!(s), [EVENT_HOOK, snapshot] as const)
      .catch(() => undefined);
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
