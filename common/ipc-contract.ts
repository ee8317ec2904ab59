// The one contract between the settings window and main: channel names, payloads, results, events.
// Nothing here ever carries the password, the token or the API-client key; the renderer sees a masked preview only.
import type { EnvironmentId, Settings } from './settings';

/** Request channels, keyed by the preload method that invokes them. Every name starts with `app:`. */
export const INVOKE_CHANNELS = {
  getSnapshot: 'app:get-snapshot',
  signIn: 'app:sign-in',
  signOut: 'app:sign-out',
  refreshNow: 'app:refresh-now',
  copyToken: 'app:copy-token',
  savePreferences: 'app:save-preferences',
  openDocs: 'app:open-docs',
  renameProfile: 'app:rename-profile',
  removeProfile: 'app:remove-profile',
  setDefaultProfile: 'app:set-default-profile',
  saveApiClients: 'app:save-api-clients',
  copyApiKey: 'app:copy-api-key',
  rotateApiKey: 'app:rotate-api-key',
  copyPostmanScript: 'app:copy-postman-script',
  checkForUpdates: 'app:check-for-updates',
  restartToUpdate: 'app:restart-to-update',
  setAutomaticUpdateChecks: 'app:set-automatic-update-checks',
  getAbout: 'app:get-about',
  copyDiagnostics: 'app:copy-diagnostics',
  openLogs: 'app:open-logs',
  resetAllData: 'app:reset-all-data',
  chooseCaFile: 'app:choose-ca-file',
} as const;

/** Events main pushes to the window. */
export const EVENT_CHANNELS = {
  status: 'app:status',
} as const;

/** A preload method that sends a request to main. */
export type InvokeMethod = keyof typeof INVOKE_CHANNELS;

/** The preferences the window edits: the settings minus the account fields. */
export type Preferences = Pick<
  Settings,
  | 'refreshLeadMinutes'
  | 'notifyLeadMinutes'
  | 'clipboardClearSeconds'
  | 'notificationsEnabled'
  | 'startAtLogin'
  | 'globalShortcut'
  | 'scriptAccessEnabled'
  | 'proxyUrl'
  | 'caFile'
>;

/** The preferences of the window's Network section (proxy and CA file). */
export const NETWORK_PREFERENCE_KEYS = ['proxyUrl', 'caFile'] as const satisfies readonly (keyof Preferences)[];

/** The preferences of the window's Preferences section, in the order it shows them. */
export const GENERAL_PREFERENCE_KEYS = [
  'refreshLeadMinutes',
  'notifyLeadMinutes',
  'clipboardClearSeconds',
  'notificationsEnabled',
  'startAtLogin',
  'globalShortcut',
  'scriptAccessEnabled',
] as const satisfies readonly (keyof Preferences)[];

/** Names of every preference field. */
export const PREFERENCE_KEYS = [...GENERAL_PREFERENCE_KEYS, ...NETWORK_PREFERENCE_KEYS] as const;

/** Names a profile in a request. */
export interface ProfileRef {
  profileId: string;
}

/**
 * Sign-in request for an existing profile, or for a new one when `profileId` is null. An empty
 * `password` means "use the password already stored" for that profile and email.
 */
export interface SignInRequest {
  profileId: string | null;
  /** The profile's name; unique regardless of case. */
  name: string;
  email: string;
  password: string;
  environment: EnvironmentId;
  /** Used only when `environment` is `custom`. */
  customBaseUrl: string;
}

/** Rename request. */
export interface RenameProfileRequest extends ProfileRef {
  name: string;
}

/** What "Copy token" puts on the clipboard: the bare token or an `Authorization: Bearer …` header. */
export type CopyFormat = 'token' | 'authorization-header';

/** Copy request. */
export interface CopyTokenRequest extends ProfileRef {
  format: CopyFormat;
}

/** What happened after a copy; the token itself never comes back. */
export interface CopyTokenResult {
  format: CopyFormat;
  /** When main will clear the clipboard, in epoch ms; absent when it keeps it. */
  clearsAt?: number;
}

/** Documentation pages the window may open in the browser; main maps each to an allow-listed https URL. */
export const DOC_LINK_IDS = ['obtaining-a-token', 'core-api-authentication'] as const;

/** One of the documentation links. */
export type DocLinkId = (typeof DOC_LINK_IDS)[number];

/** What the About tab and the first-run panel show: versions and facts about this desktop. Never a secret. */
export interface AboutInfo {
  appVersion: string;
  electronVersion: string;
  chromiumVersion: string;
  nodeVersion: string;
  /** e.g. "Linux 6.1.0 (x64)". */
  os: string;
  /** `process.platform` of main: `linux`, `darwin`, `win32`, … */
  platform: string;
  /** Where this desktop shows the tray icon, in plain words. */
  trayHint: string;
  /** Set when no tray host runs (Linux without a StatusNotifierWatcher): what is wrong and how to fix it. */
  trayMissing?: string;
}

/** What "Copy diagnostics" put on the clipboard, shown in the window too. */
export interface DiagnosticsResult {
  text: string;
}

/** The session's state as the window shows it. */
export type SessionStatus =
  | 'signed-out'
  | 'signing-in'
  | 'valid'
  | 'refreshing'
  | 'failing'
  | 'expired'
  | 'needs-sign-in';

/** What the window may know about the current token. */
export interface TokenView {
  /** At most the first and last 4 characters with an ellipsis between (e.g. `eyJh…x9Qz`), never over a quarter of the token. */
  preview: string;
  /** Epoch ms. */
  issuedAt: number;
  /** Epoch ms. */
  expiresAt: number;
}

/** The last failure, as told to a person. */
export interface ErrorView {
  /** Mirrors the core's `LoginError.kind`, or `other`. */
  kind: string;
  message: string;
  /** Field name (`email`, `password`, …) to the server's messages for it. */
  fieldErrors?: Record<string, string[]>;
}

/** What the window may know about one profile. */
export interface ProfileSnapshot {
  id: string;
  name: string;
  isDefault: boolean;
  email: string;
  environment: EnvironmentId;
  customBaseUrl: string;
  /** The base URL in use (resolved from the environment). */
  baseUrl: string;
  /** True when a password is stored (or held for this session); its value never crosses. */
  passwordStored: boolean;
  status: SessionStatus;
  token?: TokenView;
  /** Epoch ms of the last successful login. */
  lastRefreshAt?: number;
  /** Epoch ms of the next planned login. */
  nextRefreshAt?: number;
  lastError?: ErrorView;
  /** How its last login went: "direct" or "via proxy.corp:8080" (never credentials); absent before one. */
  connection?: string;
}

/** The API-client endpoint's setting, as the window saves it. */
export interface ApiClientsSettings {
  enabled: boolean;
  /** The port on 127.0.0.1 (1024–65535). */
  port: number;
}

/** What the window may know about the API-client endpoint; the key itself never crosses. */
export interface ApiClientsView extends ApiClientsSettings {
  /** `http://127.0.0.1:<port>/v1/token`. */
  url: string;
  /** `listening`; `off`; or `unavailable` when it is on but could not listen (`message` says why, e.g. a taken port). */
  state: 'off' | 'listening' | 'unavailable';
  message?: string;
  /** Where the key lives: encrypted by the OS keychain, or in memory until quit (a new one each launch). */
  keyStorage: 'keychain' | 'session-only';
}

/** What happened after "Copy key"; the key itself never comes back. */
export interface CopyApiKeyResult {
  /** When main will clear the clipboard, in epoch ms; absent when it keeps it. */
  clearsAt?: number;
}

/** Where updating stands, in the words the About section uses (`unavailable`: not in this build). */
export type UpdateStatus =
  | 'idle'
  | 'checking'
  | 'up-to-date'
  | 'downloading'
  | 'available'
  | 'downloaded'
  | 'failed'
  | 'unavailable';

/** What the window's Updates section shows: versions and plain sentences, nothing secret. */
export interface UpdatesView {
  /** This app's version, e.g. `0.1.0`. */
  currentVersion: string;
  status: UpdateStatus;
  /** What to tell the user now (a failure in plain words, never an error pop-up). */
  message: string;
  /** The newer version found, downloading or ready. */
  newVersion?: string;
  /** Epoch ms of the last check that got an answer or failed. */
  lastCheckedAt?: number;
  /** The stored preference: check at launch and every 6 hours. */
  automaticChecks: boolean;
  /** Whether "Check for updates" can run now. */
  canCheck: boolean;
  /** Whether "Restart to update" is offered (a downloaded version, restart not yet asked for). */
  canRestart: boolean;
}

/** Everything the window shows, pushed on every change of any profile or preference. */
export interface StatusSnapshot {
  /** In settings order. */
  profiles: ProfileSnapshot[];
  /** '' when there are no profiles. */
  defaultProfileId: string;
  /** True when the OS keyring is not usable, so passwords live only until the app quits. */
  sessionOnly: boolean;
  /** With `sessionOnly`: why, in plain words, and which keyring to install or unlock. */
  sessionOnlyReason?: string;
  preferences: Preferences;
  /** The API-client endpoint; absent when the app runs without one. */
  apiClients?: ApiClientsView;
  /** The Updates section; absent when the app runs without an updater. */
  updates?: UpdatesView;
  /** What this desktop cannot do or is waiting for; absent when there is nothing to say. */
  desktopNotes?: DesktopNotes;
}

/** Plain-words notes about the desktop, each shown beside the preference it concerns. */
export interface DesktopNotes {
  /** The shortcut could not be confirmed (Wayland): "not available on this desktop". */
  globalShortcut?: string;
  /** macOS is waiting for the user to approve the login item. */
  startAtLogin?: string;
  /** The OS refused to show notifications (macOS, unsigned build). */
  notifications?: string;
  /** The keychain refuses for now; stored accounts load once it unlocks. */
  keychain?: string;
}

/** Why a request was refused or failed; `storage-failed`: a file the app keeps could not be changed (the message names it and why). */
export type IpcErrorCode =
  | 'untrusted-sender'
  | 'invalid-payload'
  | 'sign-in-failed'
  | 'not-signed-in'
  | 'unknown-profile'
  | 'no-token'
  | 'unavailable'
  | 'storage-failed'
  | 'internal';

/** A clear, typed failure; `fieldErrors` maps form fields to messages shown beside them. */
export interface IpcError {
  code: IpcErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/** Every request resolves to one of these; main never rejects with a raw error. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Payload type of each request. */
export interface InvokeRequests {
  getSnapshot: undefined;
  signIn: SignInRequest;
  signOut: ProfileRef;
  refreshNow: ProfileRef;
  copyToken: CopyTokenRequest;
  savePreferences: Partial<Preferences>;
  openDocs: DocLinkId;
  renameProfile: RenameProfileRequest;
  removeProfile: ProfileRef;
  setDefaultProfile: ProfileRef;
  saveApiClients: ApiClientsSettings;
  copyApiKey: undefined;
  rotateApiKey: undefined;
  copyPostmanScript: undefined;
  checkForUpdates: undefined;
  restartToUpdate: undefined;
  setAutomaticUpdateChecks: boolean;
  getAbout: undefined;
  copyDiagnostics: undefined;
  openLogs: undefined;
  resetAllData: undefined;
  chooseCaFile: undefined;
}

/** Success value of each request. */
export interface InvokeResponses {
  getSnapshot: StatusSnapshot;
  signIn: StatusSnapshot;
  signOut: StatusSnapshot;
  refreshNow: StatusSnapshot;
  copyToken: CopyTokenResult;
  savePreferences: Preferences;
  openDocs: null;
  renameProfile: StatusSnapshot;
  removeProfile: StatusSnapshot;
  setDefaultProfile: StatusSnapshot;
  saveApiClients: ApiClientsView;
  copyApiKey: CopyApiKeyResult;
  rotateApiKey: ApiClientsView;
  copyPostmanScript: null;
  checkForUpdates: UpdatesView;
  restartToUpdate: UpdatesView;
  setAutomaticUpdateChecks: UpdatesView;
  getAbout: AboutInfo;
  copyDiagnostics: DiagnosticsResult;
  openLogs: null;
  /** The app then quits; the window closes with it. */
  resetAllData: null;
  /** The file picked in the system's file dialog; null when it was cancelled. Nothing is saved yet. */
  chooseCaFile: string | null;
}

/** The function the preload exposes for one request method. */
export type InvokeFunction<M extends InvokeMethod> = InvokeRequests[M] extends undefined
  ? () => Promise<IpcResult<InvokeResponses[M]>>
  : (request: InvokeRequests[M]) => Promise<IpcResult<InvokeResponses[M]>>;

/** What `window.patchworks` offers the renderer. */
export type PreloadApi = { [M in InvokeMethod]: InvokeFunction<M> } & {
  /** Calls `listener` with every status update; returns a function that stops it. */
  onStatus(listener: (snapshot: StatusSnapshot) => void): () => void;
};

/** The global name the preload exposes the API under. */
export const PRELOAD_API_KEY = 'patchworks';
