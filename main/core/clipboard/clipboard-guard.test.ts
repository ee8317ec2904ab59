import { Session } from 'node:inspector/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipboardGuard } from './clipboard-guard';
import type { ClipboardPort } from './clipboard-guard';

/** An asynchronous clipboard stand-in (like Electron 45's) that records every write. */
class RecordingClipboard implements ClipboardPort {
  text = '';
  writes: string[] = [];
  async readText(): Promise<string> {
    return this.text;
  }
  async writeText(text: string): Promise<void> {
    this.text = text;
    this.writes.push(text);
  }
}

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

/** The `#private` fields of `object` as [name without '#', value], read through the V8 inspector. */
async function privateFields(object: object): Promise<[string, unknown][]> {
  const session = new Session();
  session.connect();
  const slot = '__privateFieldsOf';
  Object.assign(globalThis, { [slot]: object });
  try {
    const { result } = await session.post('Runtime.evaluate', { expression: `globalThis.${slot}` });
    // V8 reports `privateProperties` (the protocol has them; @types/node's typing leaves them out).
    const properties = await session.post('Runtime.getProperties', { objectId: result.objectId!, ownProperties: true });
    const { privateProperties = [] } = properties as { privateProperties?: { name: string; value?: { value?: unknown; description?: string } }[] };
    return privateProperties.map((field) => [field.name.replace(/^#/, ''), field.value?.value ?? field.value?.description]);
  } finally {
    Reflect.deleteProperty(globalThis, slot);
    session.disconnect();
  }
}

describe('ClipboardGuard', () => {
  let clipboard: RecordingClipboard;
  let guard: ClipboardGuard;

  beforeEach(() => {
    vi.useFakeTimers();
    clipboard = new RecordingClipboard();
    guard = new ClipboardGuard(clipboard);
  });
  afterEach(() => vi.useRealTimers());

  it('writes the text and leaves it when no delay is set', async () => {
    await guard.copy(TOKEN, 0);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(clipboard.writes).toEqual([TOKEN]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears the clipboard after the delay when it still holds the token', async () => {
    await guard.copy(TOKEN, 30);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(clipboard.text).toBe(TOKEN);
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.writes).toEqual([TOKEN, '']);
  });

  it('leaves what the user copied since alone', async () => {
    await guard.copy(TOKEN, 30);
    clipboard.text = 'something the user copied';
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.text).toBe('something the user copied');
    expect(clipboard.writes).toEqual([TOKEN]);
  });

  it('restarts the delay on a new copy and clears only the newest text', async () => {
    await guard.copy(TOKEN, 30);
    await vi.advanceTimersByTimeAsync(20_000);
    await guard.copy(`Bearer ${TOKEN}`, 30);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clipboard.text).toBe(`Bearer ${TOKEN}`);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(clipboard.writes).toEqual([TOKEN, `Bearer ${TOKEN}`, '']);
  });

  it('does not wipe a copy made while an earlier clear was reading the clipboard', async () => {
    await guard.copy(TOKEN, 30);
    let release: (text: string) => void = () => undefined;
    const slowRead = vi.spyOn(clipboard, 'readText').mockImplementationOnce(
      () => new Promise<string>((resolve) => (release = resolve)),
    );
    await vi.advanceTimersByTimeAsync(30_000);
    expect(slowRead).toHaveBeenCalledTimes(1);
    await guard.copy('new text', 0);
    release(TOKEN);
    await vi.advanceTimersByTimeAsync(0);
    expect(clipboard.text).toBe('new text');
    expect(clipboard.writes).toEqual([TOKEN, 'new text']);
  });

  it('reports a failing timed clear to onError instead of throwing', async () => {
    const errors: unknown[] = [];
    const failing = new ClipboardGuard(
      { readText: () => Promise.reject(new Error('clipboard busy')), writeText: () => undefined },
      (error) => errors.push(error),
    );
    await failing.copy(TOKEN, 1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toEqual([new Error('clipboard busy')]);
  });

  it('flush() clears a pending copy at once (on quit) and cancels the timer', async () => {
    await guard.copy(TOKEN, 30);
    await guard.flush();
    expect(clipboard.text).toBe('');
    expect(vi.getTimerCount()).toBe(0);
    await guard.flush();
    expect(clipboard.writes).toEqual([TOKEN, '']);
  });

  it('flush() clears a copy kept without a delay too, unless the user copied something since', async () => {
    await guard.copy(TOKEN, 0);
    await guard.flush();
    expect(clipboard.writes).toEqual([TOKEN, '']);
    await guard.copy(TOKEN, 0);
    clipboard.text = 'mine';
    await guard.flush();
    expect(clipboard.text).toBe('mine');
  });

  it('writes secrets through writeSecret when the port has it, and clears with plain text', async () => {
    const secrets: string[] = [];
    const marking = Object.assign(clipboard, { writeSecret: async (text: string) => {
      secrets.push(text);
      await clipboard.writeText(text);
    } });
    const marked = new ClipboardGuard(marking);
    await marked.copy(TOKEN, 30);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(secrets).toEqual([TOKEN]);
    expect(clipboard.writes).toEqual([TOKEN, '']);
  });

  it('keeps no copy of the token in its own fields', async () => {
    await guard.copy(TOKEN, 30);
    const own = (await privateFields(guard)).filter(([name]) => name !== 'clipboard');
    expect(own.map(([name]) => name)).toContain('written');
    expect(JSON.stringify(own)).not.toContain(TOKEN);
  });
});
