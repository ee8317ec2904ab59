import { formatDuration } from '../../../common/time-format';
import type { CopyNotice } from '../tray/tray-input';

/** How long a plain "Copied" stays in the tray when the clipboard is not cleared. */
export const COPIED_NOTICE_MS = 5_000;

/**
 * The tray's feedback after a copy at `now`: "Copied — clears in 30 s" until the clipboard is
 * cleared, or "Copied" for a few seconds when it is kept (`clearSeconds` 0).
 */
export function copyNotice(now: Date, clearSeconds: number): CopyNotice {
  if (clearSeconds <= 0) return { text: 'Copied', until: new Date(now.getTime() + COPIED_NOTICE_MS) };
  const clearMs = clearSeconds * 1000;
  return { text: `Copied — clears in ${formatDuration(clearMs)}`, until: new Date(now.getTime() + clearMs) };
}
