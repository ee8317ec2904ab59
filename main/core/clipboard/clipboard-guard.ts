import { fingerprint } from '../shared/fingerprint';

/** The clipboard operations the guard needs; Electron's (async) `clipboard` satisfies it. */
export interface ClipboardPort {
  readText(): string | Promise<string>;
  writeText(text: string): void | Promise<void>;
  /**
   * Writes a secret marked so clipboard history and managers skip it, where the platform allows
   * (see concealed-formats.ts); the guard falls back to `writeText` without it.
   */
  writeSecret?(text: string): void | Promise<void>;
}

/** True when the clipboard still holds what the app wrote (compared by fingerprint). */
export function stillHolds(clipboardText: string, writtenFingerprint: string): boolean {
  return fingerprint(clipboardText) === writtenFingerprint;
}

/**
 * Writes secrets to the clipboard and, when a delay is set, clears them after it — and on quit in any
 * case — but only if the clipboard still holds what was written, so anything the user copied since is
 * left alone. Keeps a fingerprint of the written text, not the text. Uses the global timers.
 */
export class ClipboardGuard {
  #written: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every copy, so a clear that started earlier never wipes a newer copy. */
  #generation = 0;
  readonly #clipboard: ClipboardPort;
  readonly #onError: (error: unknown) => void;

  /** `onError` receives failures of the timed clear (a copy's own failure is thrown to its caller). */
  constructor(clipboard: ClipboardPort, onError: (error: unknown) => void = () => undefined) {
    this.#clipboard = clipboard;
    this.#onError = onError;
  }

  /** Puts `text` on the clipboard; clears it after `clearAfterSeconds` (0 or less keeps it). */
  async copy(text: string, clearAfterSeconds: number): Promise<void> {
    this.#cancel();
    const generation = ++this.#generation;
    const clipboard = this.#clipboard;
    await (clipboard.writeSecret ?? clipboard.writeText).call(clipboard, text);
    if (generation !== this.#generation) return;
    this.#written = fingerprint(text);
    if (clearAfterSeconds <= 0) return;
    this.#timer = setTimeout(() => {
      this.#clearIfUnchanged().catch(this.#onError);
    }, clearAfterSeconds * 1000);
  }

  /** Clears the last copy now if the clipboard still holds it, whatever the delay (call on quit). */
  async flush(): Promise<void> {
    if (this.#written !== undefined) await this.#clearIfUnchanged();
  }

  async #clearIfUnchanged(): Promise<void> {
    const written = this.#written;
    const generation = this.#generation;
    this.#cancel();
    if (written === undefined) return;
    const current = await this.#clipboard.readText();
    if (generation === this.#generation && stillHolds(current, written)) await this.#clipboard.writeText('');
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#written = undefined;
  }
}
