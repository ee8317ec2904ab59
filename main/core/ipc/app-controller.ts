import type {
  CopyFormat,
  CopyTokenResult,
  IpcErrorCode,
  Preferences,
  SignInRequest,
  StatusSnapshot,
} from '../../../common/ipc-contract';

/**
 * The operations behind the IPC channels. Main's app controller implements it over the keeper,
 * the vault and the settings; the handlers call it only after the sender and payload were checked.
 * Methods return plain data; expected failures throw `LoginError` or `ControllerError`.
 */
export interface AppController {
  /** The current state as the window may see it. */
  getSnapshot(): StatusSnapshot;
  /** Stores the account (an empty password keeps the stored one) and logs in; throws `LoginError`. */
  signIn(request: SignInRequest): Promise<StatusSnapshot>;
  /** Stops refreshing, forgets the token and the stored password. */
  signOut(): Promise<StatusSnapshot>;
  /** Logs in again now; throws `LoginError` or `ControllerError('not-signed-in')`. */
  refreshNow(): Promise<StatusSnapshot>;
  /** Puts the token on the clipboard in main; throws `ControllerError('no-token')` without one. */
  copyToken(format: CopyFormat): Promise<CopyTokenResult>;
  /** Saves a complete, already validated set of preferences in one write; returns what is stored. */
  savePreferences(preferences: Preferences): Promise<Preferences>;
  /** Opens an allow-listed https URL in the user's browser. */
  openExternal(url: string): Promise<void>;
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
