// Where the user left the settings window, kept across launches in its own small file beside the settings.
import ElectronStore from 'electron-store';
import type { WindowPosition } from '../core';

/** The remembered settings-window position. */
export interface WindowPositionStore {
  get(): WindowPosition | undefined;
  set(position: WindowPosition): void;
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
  return {
    get: () => store.get('settingsWindow'),
    set: (position) => store.set('settingsWindow', { x: Math.round(position.x), y: Math.round(position.y) }),
  };
}
