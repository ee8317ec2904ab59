// The optional global shortcut that copies the token.
import { globalShortcut } from 'electron';
import type { Result, ShortcutPort } from '../core';

/** Holds at most one global shortcut and keeps the old one when a new one cannot be bound. */
export class CopyShortcut implements ShortcutPort {
  #current = '';

  readonly #onPress: () => void;

  constructor(onPress: () => void) {
    this.#onPress = onPress;
  }

  /** Binds `accelerator` (an Electron accelerator such as `CommandOrControl+Shift+T`); '' removes it. */
  set(accelerator: string): Result {
    if (accelerator === this.#current) return { ok: true };
    const previous = this.#current;
    this.clear();
    if (accelerator === '') return { ok: true };
    const result = this.#bind(accelerator);
    if (result.ok) this.#current = accelerator;
    else if (previous !== '' && this.#bind(previous).ok) this.#current = previous;
    return result;
  }

  /** Removes the shortcut (call on quit). */
  clear(): void {
    if (this.#current !== '') globalShortcut.unregister(this.#current);
    this.#current = '';
  }

  #bind(accelerator: string): Result {
    try {
      if (globalShortcut.register(accelerator, this.#onPress)) return { ok: true };
      return { ok: false, message: `The shortcut ${accelerator} is already used by another application.` };
    } catch {
      return { ok: false, message: `${accelerator} is not a valid shortcut.` };
    }
  }
}
