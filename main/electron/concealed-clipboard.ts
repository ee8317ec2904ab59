// Secrets go on the clipboard with the platform's "skip me" markers (history, clipboard managers).
import { clipboard, ClipboardItem } from 'electron';
import { concealedFormats, osClipboardType, type ClipboardPort } from '../core';
import { nodePlatform } from './node-platform';

/**
 * `port` plus `writeSecret`: the text and the markers for this OS in one atomic `clipboard.write`
 * (Electron commits every entry of one write together; raw OS formats use its
 * `electron application/osclipboard` custom format). Where there is no marker (GNOME, other
 * platforms) it is a plain text write; the clear timer and the clear on quit still apply.
 */
export function concealedClipboard(port: ClipboardPort, platform: NodeJS.Platform = nodePlatform()): ClipboardPort {
  const markers = concealedFormats(platform);
  return {
    ...port,
    async writeSecret(text) {
      if (markers.length === 0) return port.writeText(text);
      const entries: Record<string, string | Blob> = { 'text/plain': text };
      for (const { name, data } of markers) entries[osClipboardType(name)] = new Blob([data]);
      await clipboard.write([new ClipboardItem(entries)]);
    },
  };
}
