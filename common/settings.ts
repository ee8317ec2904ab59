/** The Patchworks environments a user can pick; `custom` uses `customBaseUrl`. */
export type EnvironmentId = 'production' | 'staging' | 'custom';

/** Base URLs of the known Patchworks environments. */
export const ENVIRONMENT_BASE_URLS: Readonly<Record<Exclude<EnvironmentId, 'custom'>, string>> = {
  production: 'https://svc-fabric.pwks.co',
  staging: 'https://svc-fabric-stage.pwks.co',
};

/** The user's preferences as stored in the settings file. Never holds a secret. */
export interface Settings {
  environment: EnvironmentId;
  /** Used only when `environment` is `custom`; https, or http to a loopback host. */
  customBaseUrl: string;
  /** The account's email; empty when signed out. */
  email: string;
  /** How long before expiry the app logs in again, in minutes. */
  refreshLeadMinutes: number;
  /** How long before a copied token expires the user is told, in minutes. */
  notifyLeadMinutes: number;
  /** Seconds after which a copied token is cleared from the clipboard; 0 keeps it. */
  clipboardClearSeconds: number;
  notificationsEnabled: boolean;
  startAtLogin: boolean;
  /** Electron accelerator that copies the token, e.g. `CommandOrControl+Shift+T`; empty for none. */
  globalShortcut: string;
}

/** What a first run starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  environment: 'production',
  customBaseUrl: '',
  email: '',
  refreshLeadMinutes: 30,
  notifyLeadMinutes: 15,
  clipboardClearSeconds: 0,
  notificationsEnabled: true,
  startAtLogin: false,
  globalShortcut: '',
};
