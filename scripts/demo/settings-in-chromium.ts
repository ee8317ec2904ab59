// Optional: the real settings page (out/renderer) in the system's Chromium, its bridge relayed to the demo's app.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { EVENT_CHANNELS } from '../../common/ipc-contract';
import { installPageBridge } from '../../tests/browser/page-bridge';
import { serveRenderer } from '../../tests/browser/settings-page';
import { electron } from '../../tests/harness/fake-electron';
import { FakeWebContents } from '../../tests/harness/fake-window';
import type { DemoSession } from './demo-session';

/** Where the Chromium is: `CHROMIUM_PATH`, else Debian's. */
const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the page cannot be shown on this machine (no Chromium, no display), or undefined when it can. */
export function chromiumProblem(): string | undefined {
  if (!existsSync(chromiumPath())) return `no Chromium at ${chromiumPath()} (set CHROMIUM_PATH)`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (DISPLAY and WAYLAND_DISPLAY are unset)';
  return undefined;
}

/**
 * Serves the built page on loopback and opens it in a visible Chromium window whose bridge calls go
 * to the app through the settings window's IPC (as the preload's would), and whose status events are
 * the ones main sends that window. Resolves with a function that closes it all.
 */
export async function openSettingsInChromium(session: DemoSession): Promise<() => Promise<void>> {
  const renderer = await serveRenderer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: false,
    args: ['--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage({ viewport: { width: 460, height: 760 } });
  const toPage = await installPageBridge(page, (method, payload) => session.invoke(method, payload as never));
  let forwarded = FakeWebContents.sent.length;
  const relay = setInterval(() => {
    const windowId = electron.BrowserWindow.getAllWindows()[0]?.webContents.id;
    for (const message of FakeWebContents.sent.slice(forwarded)) {
      if (message.webContentsId === windowId && message.channel === EVENT_CHANNELS.status) toPage(message.args[0]);
    }
    forwarded = FakeWebContents.sent.length;
  }, 200);
  await page.goto(`${renderer.origin}/index.html`);
  return async () => {
    clearInterval(relay);
    await browser.close();
    await renderer.close();
  };
}
