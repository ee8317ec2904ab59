// The clipboard port for this desktop: Electron's clipboard, or wl-copy on Wayland (clipboard-route.ts).
import { BrowserWindow } from 'electron';
import { clipboardRoutes, CopyNotConfirmedError, type ClipboardPort, type ClipboardRoute, type HostPlatform } from '../core';
import { runTool } from './run-tool';

/**
 * Wraps `electron` (Electron's clipboard, secrets with their concealment markers) so each write goes
 * through the first route that works for the current focus (see `clipboardRoutes`); throws
 * `CopyNotConfirmedError` when none can. Reads back through the route that wrote last, so the timed
 * clear compares what other applications would paste. wl-copy writes plain text only: it offers one
 * type per selection, so the KDE password-manager hint is not set on that route.
 */
export function createPlatformClipboard(platform: HostPlatform, electron: ClipboardPort): ClipboardPort {
  let lastRoute: ClipboardRoute = 'electron';
  const write = async (text: string, viaElectron: () => void | Promise<void>): Promise<void> => {
    for (const route of clipboardRoutes(platform, BrowserWindow.getFocusedWindow() !== null)) {
      if (route === 'electron') {
        await viaElectron();
      } else {
        const copied = await runTool('wl-copy', text === '' ? ['--clear'] : [], text);
        if (copied.kind === 'missing') continue;
        if (copied.code !== 0) throw new Error(`wl-copy failed (exit code ${String(copied.code)})`);
      }
      lastRoute = route;
      return;
    }
    throw new CopyNotConfirmedError();
  };
  return {
    async readText() {
      if (lastRoute === 'electron') return electron.readText();
      const pasted = await runTool('wl-paste', ['--no-newline'], '', true);
      return pasted.kind === 'exited' && pasted.code === 0 ? pasted.stdout : '';
    },
    writeText: (text) => write(text, () => electron.writeText(text)),
    writeSecret: (text) => write(text, () => (electron.writeSecret ?? electron.writeText).call(electron, text)),
  };
}
