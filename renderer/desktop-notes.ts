import type { DesktopNotes, StatusSnapshot } from '../common/ipc-contract';

/** Where each desktop note is shown: the `<p>` beside the preference (or the status) it concerns. */
const NOTE_ELEMENTS: Readonly<Record<keyof DesktopNotes, string>> = {
  globalShortcut: 'globalShortcut-note',
  startAtLogin: 'startAtLogin-note',
  notifications: 'notificationsEnabled-note',
  keychain: 'keychain-note',
};

/**
 * Shows what the desktop cannot do or waits for (a shortcut Wayland cannot confirm, a login item
 * awaiting approval, refused notifications, a locked keychain) beside the setting it concerns, and
 * hides each note that no longer applies. A note whose element is not on the page is skipped.
 */
export function showDesktopNotes(snapshot: StatusSnapshot): void {
  for (const [key, id] of Object.entries(NOTE_ELEMENTS) as [keyof DesktopNotes, string][]) {
    const element = document.getElementById(id);
    if (!element) continue;
    const text = snapshot.desktopNotes?.[key];
    element.textContent = text ?? '';
    element.hidden = text === undefined;
  }
}
