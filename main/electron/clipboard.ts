// The system clipboard behind the core's ClipboardGuard.
import { clipboard } from 'electron';
import type { ClipboardPort } from '../core';

/** Electron's clipboard (the regular one, not the X11 selection) as the core's clipboard port. */
export const systemClipboard: ClipboardPort = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
};
