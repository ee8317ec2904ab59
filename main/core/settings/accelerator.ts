const MODIFIERS = new Set([
  'command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl',
  'alt', 'option', 'altgr', 'shift', 'super', 'meta',
]);

const NAMED_KEYS = new Set([
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert',
  'return', 'enter', 'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape',
  'esc', 'volumeup', 'volumedown', 'volumemute', 'medianexttrack', 'mediaprevioustrack',
  'mediastop', 'mediaplaypause', 'printscreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]);

function isKey(part: string): boolean {
  const lower = part.toLowerCase();
  if (NAMED_KEYS.has(lower)) return true;
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return true;
  return /^[a-z0-9)!@#$%^&*(:;"'<=_>?~`[\]{}\\|,./-]$/i.test(part);
}

/**
 * True when `value` is an Electron accelerator usable as a global shortcut: at least one modifier
 * followed by exactly one key, joined by `+` (e.g. `CommandOrControl+Shift+T`).
 */
export function isGlobalAccelerator(value: string): boolean {
  const parts = value.split('+');
  const key = parts.pop();
  if (key === undefined || !isKey(key) || parts.length === 0) return false;
  const modifiers = parts.map((part) => part.toLowerCase());
  return modifiers.every((m) => MODIFIERS.has(m)) && new Set(modifiers).size === modifiers.length;
}
