// The clipboard port for this desktop: Electron's clipboard, or wl-copy on Wayland (clipboard-route.ts).
import { BrowserWindow } from 'electron';
import { clipboardRoutes, CopyNotConfirmedError, type ClipboardPort, type ClipboardRoute, type HostPlatform } from '../core';
import { systemClipboard } from './clipboard';
import { runTool } from './run-tool';

/**
 * Writes through the first route that works for the current focus (see `clipboardRoutes`); throws
 * `CopyNotConfirmedError` when none can. Reads back through the route that wrote last, so the timed
 * clear compares what other applications would paste.
 */
export function createPlatformClipboard(platform: HostPlatform): ClipboardPort {
  let lastRoute: ClipboardRoute = 'electron';
  return {
    async readText() {
      if (lastRoute === 'electron') return systemClipboard.readText();
      const pasted = await runTool('wl-paste', ['--no-newline'], '', true);
      return pasted.kind === 'exited' && pasted.code === 0 ? pasted.stdout : '';
    },
    async writeText(text) {
      for (const route of clipboardRoutes(platform, BrowserWindow.getFocusedWindow() !== null)) {
        if (route === 'electron') {
          await systemClipboard.writeText(text);
        } else {
          const copied = await runTool('wl-copy', text === '' ? ['--clear'] : [], text);
          if (copied.kind === 'missing') continue;
          if (copied.code !== 0) throw new Error(`wl-copy failed (exit code ${String(copied.code)})`);
        }
        lastRoute = route;
        return;
      }
      throw new CopyNotConfirmedError();
    },
  };
}
