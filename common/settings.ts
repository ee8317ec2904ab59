/** The Patchworks environments a user can pick; `custom` uses `customBaseUrl`. */
export type EnvironmentId = 'production' | 'staging' | 'custom';

/** Base URLs of the known Patchworks environments. */
export const ENVIRONMENT_BASE_URLS: Readonly<Record<Exclude<EnvironmentId, 'custom'>, string>> = {
  production: 'https://svc-fabric.pwks.co',
  staging: 'https://svc-fabric-stage.pwks.co',
};

/** The API-client endpoint's port unless the user picks another (fixed, so saved Postman set-ups keep working). */
export const DEFAULT_API_CLIENTS_PORT = 17345;

/** The longest profile name, in characters (main refuses longer; the window suggests shorter). */
export const MAX_PROFILE_NAME_LENGTH = 40;

/** The form profile names are compared in: trimmed and lower-cased, so names are unique regardless of case. */
export function profileNameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

/** One account on one environment. Its secrets live in the vault under `id`, never here. */
export interface ProfileSettings {
  /** Random and stable across renames; never shown. */
  id: string;
  /** Shown in the tray and the settings window; unique regardless of case; 1–40 characters. */
  name: string;
  environment: EnvironmentId;
  /** Used only when `environment` is `custom`; https, or http to a loopback host. */
  customBaseUrl: string;
  /** The account's email; empty until the profile has signed in once. */
  email: string;
}

/** The user's preferences and profiles as stored in the settings file. Never holds a secret. */
export interface Settings {
  /** In the order the user sees them; empty on a first run. */
  profiles: ProfileSettings[];
  /** The id of the profile the tray's top items and the CLI's default serve; '' only without profiles. */
  defaultProfileId: string;
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
  /** Whether the `patchworks-token` command may ask the app for tokens (a per-user local channel). */
  scriptAccessEnabled: boolean;
  /** Whether API clients (Postman, Insomnia, Bruno…) may fetch tokens from the loopback endpoint. */
  apiClientsEnabled: boolean;
  /** The endpoint's port on 127.0.0.1; never replaced by another one when taken. */
  apiClientsPort: number;
  /** Whether the app looks for a new version at launch and every 6 hours ("Check for updates…" works either way). */
  autoUpdateChecks: boolean;
  /**
   * An HTTP(S) proxy such as `http://proxy.corp:8080`, used when HTTPS_PROXY is not set; '' asks the
   * system (OS settings, PAC). Never holds credentials.
   */
  proxyUrl: string;
  /** Full path of a PEM file of extra CA certificates to trust (a company root); '' for none. */
  caFile: string;
}

/** What a first run starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  profiles: [],
  defaultProfileId: '',
  refreshLeadMinutes: 30,
  notifyLeadMinutes: 15,
  clipboardClearSeconds: 0,
  notificationsEnabled: true,
  startAtLogin: false,
  globalShortcut: '',
  scriptAccessEnabled: false,
  apiClientsEnabled: false,
  apiClientsPort: DEFAULT_API_CLIENTS_PORT,
  autoUpdateChecks: true,
  proxyUrl: '',
  caFile: '',
};
