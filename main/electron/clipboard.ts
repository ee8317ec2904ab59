// The system clipboard behind the core's ClipboardGuard.
import { clipboard } from 'electron';
import { ClipboardGuard } from '../core';

/** A ClipboardGuard over Electron's clipboard (the regular one, not the X11 selection). */
export function createClipboardGuard(): ClipboardGuard {
  return new ClipboardGuard({
    readText: () => clipboard.readText(),
    writeText: (text) => clipboard.writeText(text),
  });
}
