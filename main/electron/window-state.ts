// Where the user left the settings window, kept across launches in its own small file beside the settings.
import { rmSync } from 'node:fs';
import ElectronStore from 'electron-store';
import type { WindowPosition } from '../core';

/** The remembered settings-window position. */
export interface WindowPositionStore {
  get(): WindowPosition | undefined;
  set(position: WindowPosition): void;
  /** Deletes the file and ignores later `set`s (Reset all data, just before quitting). */
  forget(): void;
}

/**
 * Opens `window-state.json` in userData. It holds nothing but a position, so a damaged file is simply
 * reset (the window then opens centred); the settings and secrets never live here.
 */
export function openWindowPositionStore(): WindowPositionStore {
  const store = new ElectronStore<{ settingsWindow?: WindowPosition }>({
    name: 'window-state',
    clearInvalidConfig: true,
    schema: {
      settingsWindow: {
        type: 'object',
        properties: { x: { type: 'integer' }, y: { type: 'integer' } },
        required: ['x', 'y'],
        additionalProperties: false,
      },
    },
  });
  let forgotten = false;
  return {
    get: () => (forgotten ? undefined : store.get('settingsWindow')),
    set: (position) => {
      if (!forgotten) store.set('settingsWindow', { x: Math.round(position.x), y: Math.round(position.y) });
    },
    forget: () => {
      forgotten = true;
      rmSync(store.path, { force: true });
    },
  };
}
