// Test-only hooks for the real-Electron lane; compiled in only when __E2E_HOOKS__ is true.
import { app } from 'electron';
import type { TrayView } from '../core';

/** Points userData at the lane's temporary folder; call before anything reads it. */
export function useE2eUserData(): void {
  const folder = process.env.PATCHWORKS_E2E_USER_DATA;
  if (folder) app.setPath('userData', folder);
}

/** The lane's local generic-provider update feed, when the test gives one. */
export function e2eUpdateFeed(): string | undefined {
  return process.env.PATCHWORKS_E2E_UPDATE_FEED || undefined;
}

/** Exposes the tray's last view and its click handler as `globalThis.__trayTest`. */
export function installTrayHook(hook: { view(): TrayView; click(id: string): Promise<void> }): void {
  Object.assign(globalThis, { __trayTest: hook });
}
