// Clipboard markers that ask clipboard history and clipboard managers to skip a secret, per platform.

/** One extra clipboard format written beside the text: the platform's raw format name and its bytes. */
export interface ConcealedFormat {
  /** The OS clipboard format (Windows registered format, macOS pasteboard type, X11/Wayland MIME type). */
  name: string;
  data: Uint8Array;
}

/** A DWORD 0: "no" for the Windows clipboard-history switches. */
const DWORD_ZERO = new Uint8Array(4);

/**
 * The markers for `platform`, as KeePassXC and 1Password write them:
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing` (its presence keeps clipboard monitors out),
 *   `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard` set to DWORD 0 (Win+V history, cloud sync);
 * - macOS: `org.nspasteboard.ConcealedType` (the nspasteboard.org convention clipboard managers honour);
 * - Linux: `x-kde-passwordManagerHint` = `secret` (Klipper and other KDE-aware managers skip it). GNOME has
 *   no equivalent marker, so there the clear timer is the only protection.
 * Other platforms get none.
 */
export function concealedFormats(platform: NodeJS.Platform): ConcealedFormat[] {
  switch (platform) {
    case 'win32':
      return [
        { name: 'ExcludeClipboardContentFromMonitorProcessing', data: new Uint8Array(0) },
        { name: 'CanIncludeInClipboardHistory', data: DWORD_ZERO },
        { name: 'CanUploadToCloudClipboard', data: DWORD_ZERO },
      ];
    case 'darwin':
      return [{ name: 'org.nspasteboard.ConcealedType', data: new Uint8Array(0) }];
    case 'linux':
      return [{ name: 'x-kde-passwordManagerHint', data: new TextEncoder().encode('secret') }];
    default:
      return [];
  }
}

/** The key Electron's `ClipboardItem` takes for a raw platform format (its `electron application/osclipboard` custom format). */
export function osClipboardType(name: string): string {
  return `electron application/osclipboard;format="${name}"`;
}
