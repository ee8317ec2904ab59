/** The parts of a keydown the shortcut field reads. */
export interface KeyPress {
  code: string;
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** Keys whose `code` names them well enough for Electron, by `code`. */
const NAMED: Readonly<Record<string, string>> = {
  Space: 'Space', Enter: 'Enter', Tab: 'Tab', Backspace: 'Backspace', Delete: 'Delete', Insert: 'Insert',
  Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown', Escape: 'Escape',
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', Semicolon: ';', Quote: "'",
  Comma: ',', Period: '.', Slash: '/', Backquote: '`',
  NumpadAdd: 'numadd', NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv', NumpadDecimal: 'numdec',
};

/** The key of an Electron accelerator for `code` (layout-independent: KeyT → T), or undefined for modifiers and unknown keys. */
function keyName(code: string): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1];
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1];
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return NAMED[code];
}

/**
 * The Electron accelerator a key press records, e.g. Ctrl+Shift+T → `CommandOrControl+Shift+T` (Cmd on
 * macOS, `isMac`). Undefined while only modifiers are held. A key without a modifier is returned as is,
 * so main can refuse it in the field's own words.
 */
export function acceleratorFromKey(press: KeyPress, isMac: boolean): string | undefined {
  const key = keyName(press.code);
  if (key === undefined) return undefined;
  const parts: string[] = [];
  if (isMac ? press.metaKey : press.ctrlKey) parts.push('CommandOrControl');
  if (isMac && press.ctrlKey) parts.push('Control');
  if (press.altKey) parts.push('Alt');
  if (press.shiftKey) parts.push('Shift');
  if (!isMac && press.metaKey) parts.push('Super');
  return [...parts, key].join('+');
}

/** A recorded accelerator as people read it on this OS: `Ctrl+Shift+T`, or `Cmd+Shift+T` on macOS. */
export function describeAccelerator(accelerator: string, isMac: boolean): string {
  if (accelerator === '') return '';
  return accelerator
    .split('+')
    .map((part) => (part === 'CommandOrControl' ? (isMac ? 'Cmd' : 'Ctrl') : part === 'Control' ? 'Ctrl' : part))
    .join('+');
}
