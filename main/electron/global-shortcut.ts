// The optional global shortcut that copies the token.
import { globalShortcut } from 'electron';
import { shortcutConfirmedOnRegister, type HostPlatform, type Result, type ShortcutPort } from '../core';

/** Holds at most one global shortcut and keeps the old one when a new one cannot be bound. */
export class CopyShortcut implements ShortcutPort {
  readonly #onPress: () => void;
  readonly #confirmedOnRegister: boolean;
  #current = '';
  #confirmed = true;

  /** On Wayland a registration stays unconfirmed until a press proves the portal bound it. */
  constructor(onPress: () => void, platform: HostPlatform) {
    this.#onPress = onPress;
    this.#confirmedOnRegister = shortcutConfirmedOnRegister(platform);
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

  isConfirmed(): boolean {
    return this.#current === '' || this.#confirmed;
  }

  /** Removes the shortcut (call on quit). */
  clear(): void {
    if (this.#current !== '') globalShortcut.unregister(this.#current);
    this.#current = '';
  }

  #bind(accelerator: string): Result {
    try {
      const pressed = () => {
        this.#confirmed = true;
        this.#onPress();
      };
      if (globalShortcut.register(accelerator, pressed)) {
        this.#confirmed = this.#confirmedOnRegister;
        return { ok: true };
      }
      return { ok: false, message: `The shortcut ${accelerator} is already used by another application.` };
    } catch {
      return { ok: false, message: `${accelerator} is not a valid shortcut.` };
    }
  }
}
