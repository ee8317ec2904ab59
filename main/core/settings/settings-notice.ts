import type { Settings } from '../../../common/settings';
import type { SalvagedSettings } from './settings-salvage';
import type { StorageNotice } from '../storage/storage-notice';

const FIELD_LABELS: Readonly<Record<keyof Settings, string>> = {
  profiles: 'profiles',
  defaultProfileId: 'default profile',
  refreshLeadMinutes: 'refresh lead',
  notifyLeadMinutes: 'notification lead',
  clipboardClearSeconds: 'clipboard clear delay',
  notificationsEnabled: 'notifications on/off',
  startAtLogin: 'start at login',
  globalShortcut: 'global shortcut',
  scriptAccessEnabled: 'script access',
  apiClientsEnabled: 'API clients on/off',
  apiClientsPort: 'API clients port',
  autoUpdateChecks: 'automatic update checks',
  proxyUrl: 'proxy',
  caFile: 'CA file',
};

function list(keys: readonly (keyof Settings)[]): string {
  return keys.map((key) => FIELD_LABELS[key]).join(', ');
}

/** The once-only message after a damaged settings file was set aside. */
export function settingsRecoveredNotice(asidePath: string, salvage: SalvagedSettings): StorageNotice {
  const kept =
    salvage.kept.length > 0
      ? `These settings were kept: ${list(salvage.kept)}.`
      : 'None of its settings could be kept.';
  const dropped =
    salvage.dropped.length > 0 ? ` These were reset to their defaults: ${list(salvage.dropped)}.` : '';
  return {
    kind: 'settings-recovered',
    title: 'Settings were reset',
    message:
      `The settings file was damaged or held values this version does not accept, so the app ` +
      `started with default settings. ${kept}${dropped} The original file was kept as ${asidePath}.`,
  };
}
