import { acceleratorFromKey, describeAccelerator } from './accelerator-from-key';

/**
 * The global-shortcut field: it records the keys pressed while it has the focus (Ctrl+Shift+T becomes
 * `CommandOrControl+Shift+T`) instead of asking for the accelerator typed by hand; **Clear** removes it.
 * Tab and Shift+Tab still move the focus, so the field never traps the keyboard.
 */
export class ShortcutField {
  readonly #input: HTMLInputElement;
  readonly #isMac: boolean;

  constructor(input: HTMLInputElement, clear: HTMLButtonElement, isMac: boolean, onChange: (accelerator: string) => void) {
    this.#input = input;
    this.#isMac = isMac;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) return;
      event.preventDefault();
      const accelerator = acceleratorFromKey(event, isMac);
      if (accelerator === undefined) return;
      this.show(accelerator);
      onChange(accelerator);
    });
    clear.addEventListener('click', () => {
      this.show('');
      onChange('');
      input.focus();
    });
  }

  /** Shows an accelerator (stored in `data-accelerator`) in the words of this OS. */
  show(accelerator: string): void {
    this.#input.dataset.accelerator = accelerator;
    this.#input.value = describeAccelerator(accelerator, this.#isMac);
  }
}
