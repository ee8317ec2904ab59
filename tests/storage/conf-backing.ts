import Conf from 'conf';
import type { Settings } from '../../common/settings';
import type { OpenBackingStore } from '../../main/core/settings/settings-store';

/** Opens the settings file with conf (what electron-store builds on), as the app does with electron-store. */
export const openWithConf: OpenBackingStore = ({ name, ...options }) =>
  new Conf<Settings>({ ...options, configName: name });
