import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, UPDATE_TIMER_MAX_MS, UpdateCheckTimer } from './update-check-timer';

const MIN = 60_000;
const HOUR = 60 * MIN;
const START = new Date('2026-11-29T09:00:00Z').getTime();

/** A suspended machine: the wall clock jumps, no timer fires meanwhile. */
const sleepFor = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('UpdateCheckTimer', () => {
  let fired: number[];
  let timer: UpdateCheckTimer;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
    fired = [];
    timer = new UpdateCheckTimer(() => fired.push(Date.now()));
  });

  afterEach(() => {
    timer.stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('checks at start, then every 6 hours', () => {
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(6 * HOUR);
    timer.start();
    expect(fired).toEqual([START]);
    vi.advanceTimersByTime(6 * HOUR - 1);
    expect(fired).toHaveLength(1);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(6 * HOUR);
    expect(fired).toEqual([START, START + 6 * HOUR, START + 12 * HOUR]);
  });

  it('never arms a timer more than an hour ahead', () => {
    const faked = globalThis.setTimeout;
    const delays: number[] = [];
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms: number) => {
      delays.push(ms);
      return faked(callback, ms);
    }) as typeof setTimeout);
    timer.start();
    vi.advanceTimersByTime(24 * HOUR);
    expect(fired).toHaveLength(5);
    expect(UPDATE_TIMER_MAX_MS).toBe(HOUR);
    expect(delays.length).toBeGreaterThanOrEqual(24);
    expect(Math.max(...delays)).toBe(HOUR);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('with resync() after a sleep past the due time: checks at once, then 6 hours after that', () => {
    timer.start();
    sleepFor(20 * HOUR);
    timer.resync();
    expect(fired).toEqual([START, START + 20 * HOUR]);
    vi.advanceTimersByTime(6 * HOUR);
    expect(fired).toEqual([START, START + 20 * HOUR, START + 26 * HOUR]);
  });

  it('without resync(): catches up within an hour of waking, and only once', () => {
    timer.start();
    sleepFor(20 * HOUR);
    const wokeAt = Date.now();
    vi.advanceTimersByTime(HOUR);
    expect(fired).toHaveLength(2);
    expect(fired[1]! - wokeAt).toBeLessThanOrEqual(HOUR);
  });

  it('resync() before the due time only re-arms', () => {
    timer.start();
    sleepFor(2 * HOUR);
    timer.resync();
    expect(fired).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('a check made meanwhile (asked for by the user) moves the next one a full interval on', () => {
    timer.start();
    vi.advanceTimersByTime(5 * HOUR);
    timer.checked();
    vi.advanceTimersByTime(6 * HOUR - 1);
    expect(fired).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([START, START + 11 * HOUR]);
  });

  it('stop() cancels everything; checked() and resync() then do nothing', () => {
    timer.start();
    timer.stop();
    timer.checked();
    sleepFor(7 * HOUR);
    timer.resync();
    vi.advanceTimersByTime(24 * HOUR);
    expect(fired).toEqual([START]);
    expect(vi.getTimerCount()).toBe(0);
    expect(timer.running).toBe(false);
  });

  it('refuses a zero or negative interval', () => {
    expect(() => new UpdateCheckTimer(() => undefined, 0)).toThrow(RangeError);
  });
});
