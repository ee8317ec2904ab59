import { describe, expect, it } from 'vitest';
import { acceleratorFromKey, describeAccelerator } from '../../renderer/accelerator-from-key';
import { isGlobalAccelerator } from '../../main/core/settings/accelerator';

const press = (code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  code, key: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods,
});

describe('acceleratorFromKey', () => {
  it('records Ctrl (Cmd on macOS) with other modifiers and one key, as main accepts it', () => {
    const cases: Array<[ReturnType<typeof press>, boolean, string]> = [
      [press('KeyT', { ctrlKey: true, shiftKey: true }), false, 'CommandOrControl+Shift+T'],
      [press('KeyT', { metaKey: true, shiftKey: true }), true, 'CommandOrControl+Shift+T'],
      [press('Digit5', { altKey: true, ctrlKey: true }), false, 'CommandOrControl+Alt+5'],
      [press('F9', { shiftKey: true }), false, 'Shift+F9'],
      [press('ArrowUp', { metaKey: true }), false, 'Super+Up'],
      [press('Slash', { ctrlKey: true }), false, 'CommandOrControl+/'],
    ];
    for (const [event, mac, accelerator] of cases) {
      expect(acceleratorFromKey(event, mac)).toBe(accelerator);
      expect(isGlobalAccelerator(accelerator)).toBe(true);
    }
  });

  it('waits while only modifiers are held, and hands a bare key to main to refuse', () => {
    expect(acceleratorFromKey(press('ShiftLeft', { shiftKey: true }), false)).toBeUndefined();
    expect(acceleratorFromKey(press('ControlLeft', { ctrlKey: true }), false)).toBeUndefined();
    expect(acceleratorFromKey(press('KeyT'), false)).toBe('T');
    expect(isGlobalAccelerator('T')).toBe(false);
  });

  it('reads the accelerator back in the words of the OS', () => {
    expect(describeAccelerator('CommandOrControl+Shift+T', false)).toBe('Ctrl+Shift+T');
    expect(describeAccelerator('CommandOrControl+Shift+T', true)).toBe('Cmd+Shift+T');
    expect(describeAccelerator('', false)).toBe('');
  });
});
