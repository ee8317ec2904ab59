import { fingerprint } from '../notify/token-fingerprint';

/** The clipboard operations the guard needs; Electron's `clipboard` satisfies it. */
export interface ClipboardPort {
  readText(): string;
  writeText(text: string): void;
}

/** True when the clipboard still holds what the app wrote (compared by fingerprint). */
export function stillHolds(clipboardText: string, writtenFingerprint: string): boolean {
  return fingerprint(clipboardText) === writtenFingerprint;
}

/**
 * Writes secrets to the clipboard and, when a delay is set, clears them after it — but only if
 * the clipboard still holds what was written, so anything the user copied since is left alone.
 * Keeps a fingerprint of the written text, not the text. Uses the global timers.
 */
export class ClipboardGuard {
  private written: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly clipboard: ClipboardPort) {}

  /** Puts `text` on the clipboard; clears it after `clearAfterSeconds` (0 or less keeps it). */
  copy(text: string, clearAfterSeconds: number): void {
    this.cancel();
    this.clipboard.writeText(text);
    if (clearAfterSeconds <= 0) return;
    this.written = fingerprint(text);
    this.timer = setTimeout(() => this.clearIfUnchanged(), clearAfterSeconds * 1000);
  }

  /** Clears a pending copy now if the clipboard still holds it (call on quit). */
  flush(): void {
    if (this.timer !== undefined) this.clearIfUnchanged();
  }

  private clearIfUnchanged(): void {
    const written = this.written;
    this.cancel();
    if (written !== undefined && stillHolds(this.clipboard.readText(), written)) this.clipboard.writeText('');
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.written = undefined;
  }
}
