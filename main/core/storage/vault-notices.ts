import type { CipherBackend } from './secret-cipher';
import type { StorageNotice } from './storage-notice';

const SESSION_ONLY_TITLE = 'Password kept for this session only';
const KEPT_UNTIL_QUIT =
  'so your password is not saved: it is kept only until you quit, and you will be asked for it the next time the app starts.';

const linuxNoKeyringAdvice =
  'To have it remembered, install a keyring, GNOME Keyring (package "gnome-keyring") or KDE Wallet (KWallet), make sure it is unlocked when you log in, and restart the app. If one is installed but not detected (for example under a plain window manager), start the app with --password-store=gnome-libsecret (or --password-store=kwallet5).';

function unavailableReason(backend: CipherBackend): string {
  switch (backend) {
    case 'gnome_libsecret':
      return 'GNOME Keyring is locked or not running. Unlock it (it normally unlocks when you log in; the "Passwords and Keys" app can unlock it), then restart the app to have your password remembered.';
    case 'kwallet':
    case 'kwallet5':
    case 'kwallet6':
      return 'KDE Wallet (KWallet) is closed or turned off. Open or enable it in System Settings, then restart the app to have your password remembered.';
    case 'macos_keychain':
      return 'The macOS keychain could not be used. Check your login keychain in Keychain Access, then restart the app.';
    case 'windows_dpapi':
      return 'Windows could not protect the password for your user account. Restart the app to try again.';
    default:
      return linuxNoKeyringAdvice;
  }
}

/**
 * Why the password stays in memory only: no keyring found (`basic_text`), the keyring not known
 * (`unknown`), or the keychain not usable right now (`available` false).
 */
export function sessionOnlyNotice(backend: CipherBackend, available: boolean): StorageNotice {
  let message: string;
  if (!available) message = `The system keyring cannot be used right now, ${KEPT_UNTIL_QUIT} ${unavailableReason(backend)}`;
  else if (backend === 'basic_text') message = `No system keyring was found on this computer, ${KEPT_UNTIL_QUIT} ${linuxNoKeyringAdvice}`;
  else message = `The app could not tell which system keyring to use, ${KEPT_UNTIL_QUIT} ${linuxNoKeyringAdvice}`;
  return { kind: 'session-only', title: SESSION_ONLY_TITLE, message };
}

/**
 * Why the password stays in memory only when Linux's async encryptor fell back to its built-in key
 * (no Secret Service answered), whatever `getSelectedStorageBackend()` reports.
 */
export function fallbackKeyNotice(): StorageNotice {
  return {
    kind: 'session-only',
    title: SESSION_ONLY_TITLE,
    message: `The system keyring did not answer, so encryption would use a built-in key that protects nothing, ${KEPT_UNTIL_QUIT} Make sure GNOME Keyring or KDE Wallet is running and unlocked when you log in, then restart the app.`,
  };
}

/** Why the password stays in memory only after saving it failed: the keychain refused, or the disk did. */
export function notSavedNotice(cause: 'keyring-refused' | 'write-failed'): StorageNotice {
  const reason =
    cause === 'keyring-refused'
      ? `The system keyring refused to encrypt your password, ${KEPT_UNTIL_QUIT} Check that the keyring is unlocked, then restart the app.`
      : `Your password could not be written to the app's data folder, ${KEPT_UNTIL_QUIT} Check that the disk has space and the folder is writable, then restart the app.`;
  return { kind: 'session-only', title: SESSION_ONLY_TITLE, message: reason };
}

/** Why the user must sign in again after a stored blob could not be decrypted (and where it went). */
export function signInAgainNotice(asidePath: string | undefined): StorageNotice {
  return {
    kind: 'sign-in-again',
    title: 'Please sign in again',
    message:
      'Your saved sign-in could not be unlocked. This happens when the system keyring was reset, or ' +
      "the app's data folder was copied from another user account or computer. Sign in again to " +
      'continue.' +
      (asidePath === undefined ? '' : ` The unreadable file was kept as ${asidePath}.`),
  };
}

/** Why a profile starts signed out when its secrets file cannot be read at all; `problem` names the file and the fix. */
export function unusableFileNotice(problem: string): StorageNotice {
  return {
    kind: 'sign-in-again',
    title: 'Please sign in again',
    message: `A saved sign-in could not be read, so that profile starts signed out; the app goes on with the others. ${problem} Then sign in again.`,
  };
}

/** What launch did with secrets files no profile owns any more (a damaged settings file lost their profiles). */
export function orphansRemovedNotice(removed: readonly string[], failed: readonly string[]): StorageNotice {
  const done = removed.length > 0 ? `Removed the saved sign-in that no profile owns any more: ${removed.join(', ')}.` : '';
  const left = failed.length > 0 ? ` These could not be removed; delete them yourself: ${failed.join(', ')}.` : '';
  return {
    kind: 'orphans-removed',
    title: 'Saved sign-ins removed',
    message: `${done}${left} Their profiles are no longer in the settings (restoring an older settings file means signing in to them again).`.trim(),
  };
}
