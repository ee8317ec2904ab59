// The settings file through electron-store, in the app's userData folder.
import { app } from 'electron';
import ElectronStore from 'electron-store';
import type { Settings } from '../../common/settings';
import { openSettingsStore, type OpenedSettings } from '../core';

/**
 * Opens (and if needed migrates or recovers) the settings file in userData. Show `notice`, when
 * there is one, to the user once.
 */
export function openAppSettings(directory: string = app.getPath('userData')): OpenedSettings {
  return openSettingsStore(directory, (options) => new ElectronStore<Settings>(options));
}
