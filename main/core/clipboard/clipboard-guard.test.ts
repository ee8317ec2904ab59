import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipboardGuard } from './clipboard-guard';
import type { ClipboardPort } from './clipboard-guard';

/** A clipboard stand-in that records every write. */
class RecordingClipboard implements ClipboardPort {
  text = '';
  writes: string[] = [];
  readText(): string {
    return this.text;
  }
  writeText(text: string): void {
    this.text = text;
    this.writes.push(text);
  }
}

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

describe('ClipboardGuard', () => {
  let clipboard: RecordingClipboard;
  let guard: ClipboardGuard;

  beforeEach(() => {
    vi.useFakeTimers();
    clipboard = new RecordingClipboard();
    guard = new ClipboardGuard(clipboard);
  });
  afterEach(() => vi.useRealTimers());

  it('writes the text and leaves it when no delay is set', () => {
    guard.copy(TOKEN, 0);
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(clipboard.writes).toEqual([TOKEN]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears the clipboard after the delay when it still holds the token', () => {
    guard.copy(TOKEN, 30);
    vi.advanceTimersByTime(29_999);
    expect(clipboard.text).toBe(TOKEN);
    vi.advanceTimersByTime(1);
    expect(clipboard.writes).toEqual([TOKEN, '']);
  });

  it('leaves what the user copied since alone', () => {
    guard.copy(TOKEN, 30);
    clipboard.text = 'something the user copied';
    vi.advanceTimersByTime(30_000);
    expect(clipboard.text).toBe('something the user copied');
    expect(clipboard.writes).toEqual([TOKEN]);
  });

  it('restarts the delay on a new copy and clears only the newest text', () => {
    guard.copy(TOKEN, 30);
    vi.advanceTimersByTime(20_000);
    guard.copy(`Bearer ${TOKEN}`, 30);
    vi.advanceTimersByTime(20_000);
    expect(clipboard.text).toBe(`Bearer ${TOKEN}`);
    vi.advanceTimersByTime(10_000);
    expect(clipboard.writes).toEqual([TOKEN, `Bearer ${TOKEN}`, '']);
  });

  it('flush() clears a pending copy at once (on quit) and cancels the timer', () => {
    guard.copy(TOKEN, 30);
    guard.flush();
    expect(clipboard.text).toBe('');
    expect(vi.getTimerCount()).toBe(0);
    guard.flush();
    expect(clipboard.writes).toEqual([TOKEN, '']);
  });

  it('keeps no copy of the token in its own fields', () => {
    guard.copy(TOKEN, 30);
    const own = Object.entries(guard).filter(([name]) => name !== 'clipboard');
    expect(own.map(([name]) => name)).toContain('written');
    expect(JSON.stringify(own)).not.toContain(TOKEN);
  });
});
