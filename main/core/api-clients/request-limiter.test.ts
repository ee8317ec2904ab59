import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestLimiter } from './request-limiter';

afterEach(() => vi.useRealTimers());

describe('RequestLimiter', () => {
  it('allows 60 requests a minute per key, then says how long to wait; another key has its own allowance', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], now: new Date('2026-03-02T08:00:00Z') });
    const limiter = new RequestLimiter();
    for (let i = 0; i < 60; i++) expect(await limiter.take('key-a')).toEqual({ ok: true });
    expect(await limiter.take('key-a')).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(await limiter.take('key-b')).toEqual({ ok: true });
    vi.setSystemTime(new Date('2026-03-02T08:00:45.200Z'));
    expect(await limiter.take('key-a')).toEqual({ ok: false, retryAfterSeconds: 15 });
    vi.setSystemTime(new Date('2026-03-02T08:01:00.001Z'));
    expect(await limiter.take('key-a')).toEqual({ ok: true });
  });
});
