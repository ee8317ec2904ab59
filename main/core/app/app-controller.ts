import type {
  ApiClientsSettings,
  ApiClientsView,
  CopyApiKeyResult,
  AboutInfo,
  CopyFormat,
  CopyTokenResult,
  IpcErrorCode,
  Preferences,
  SignInRequest,
  StatusSnapshot,
  UpdatesView,
} from '../../../common/ipc-contract';

/**
 * The operations behind the IPC channels. Main's app controller implements it over the profiles'
 * keepers and vaults and the settings; the handlers call it only after the sender and payload were
 * checked. Methods return plain data; expected failures throw `LoginError` or `ControllerError`
 * (`unknown-profile` for a profile id it does not have).
 */
export interface AppController {
  /** The current state as the window may see it. */
  getSnapshot(): StatusSnapshot;
  /**
   * Signs a profile in (a new one when `profileId` is null) after one successful login, storing the
   * account (an empty password keeps the stored one); throws `LoginError` and then changes nothing.
   */
  signIn(request: SignInRequest): Promise<StatusSnapshot>;
  /** Stops the profile's refreshing, forgets its token and stored password. */
  signOut(profileId: string): Promise<StatusSnapshot>;
  /** Logs the profile in again now; throws `LoginError` or `ControllerError('not-signed-in')`. */
  refreshNow(profileId: string): Promise<StatusSnapshot>;
  /** Puts the profile's token on the clipboard in main; throws `ControllerError('no-token')` without one. */
  copyToken(profileId: string, format: CopyFormat): Promise<CopyTokenResult>;
  /** Renames a profile; a name another profile has (in any case) is refused with a field error on `name`. */
  renameProfile(profileId: string, name: string): Promise<StatusSnapshot>;
  /** Signs the profile out (wiping its secrets) and drops it; the default moves to the first remaining one. */
  removeProfile(profileId: string): Promise<StatusSnapshot>;
  /** Makes a profile the default (the tray's top items and the CLI's answer without `--profile`). */
  setDefaultProfile(profileId: string): Promise<StatusSnapshot>;
  /** Saves a complete, already validated set of preferences in one write; returns what is stored. */
  savePreferences(preferences: Preferences): Promise<Preferences>;
  /** Switches the API-client endpoint and saves the setting; a taken port throws `unavailable` and saves nothing. */
  saveApiClients(settings: ApiClientsSettings): Promise<ApiClientsView>;
  /** Puts the API-client key on the clipboard in main; the key is never returned. */
  copyApiKey(): Promise<CopyApiKeyResult>;
  /** Replaces the API-client key at once. */
  rotateApiKey(): Promise<ApiClientsView>;
  /** Puts Postman's collection-level pre-request script on the clipboard. */
  copyPostmanScript(): Promise<null>;
  /** Opens an allow-listed https URL in the user's browser. */
  openExternal(url: string): Promise<void>;
  /** Checks for a new version now, whatever the automatic-checks preference; results follow in snapshots. */
  checkForUpdates(): Promise<UpdatesView>;
  /** Installs the downloaded version: quits now, or once no sign-in or refresh is in flight. */
  restartToUpdate(): Promise<UpdatesView>;
  /** Stores whether the app checks for updates at launch and every 6 hours. */
  setAutomaticUpdateChecks(enabled: boolean): Promise<UpdatesView>;
  /** Versions and desktop facts for the About tab and the first-run panel. */
  about(): AboutInfo;
  /** Puts the diagnostics text (never a secret) on the clipboard in main and returns it. */
  copyDiagnostics(): Promise<string>;
  /** Opens the logs folder in the file manager. */
  openLogs(): Promise<void>;
  /**
   * Signs every profile out and removes settings, secrets, window position, the script-access folder
   * and the autostart entry, then quits.
   */
  resetAllData(): Promise<void>;
  /** Asks the user for a CA certificate file in the system's file dialog; null when cancelled. Saves nothing. */
  chooseCaFile(): Promise<string | null>;
  /** Calls `listener` on every change of the snapshot; returns an unsubscribe function. */
  subscribe(listener: (snapshot: StatusSnapshot) => void): () => void;
}

/** An expected failure the controller reports; its message is shown to the user as is. */
export class ControllerError extends Error {
  override readonly name = 'ControllerError';
  readonly code: IpcErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: IpcErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.code = code;
    if (fieldErrors !== undefined) this.fieldErrors = fieldErrors;
  }
}
