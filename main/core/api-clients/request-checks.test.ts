import { describe, expect, it } from 'vitest';
import { apiKeysMatch, newApiKey, API_KEY_PATTERN } from './api-key';
import { checkRequest, type RequestHead } from './request-checks';

const PORT = 17345;
const KEY = newApiKey();
const good = (overrides: Partial<RequestHead> = {}, headers: Record<string, string | string[] | undefined> = {}): RequestHead => ({
  method: 'GET',
  url: '/v1/token',
  ...overrides,
  headers: { host: `127.0.0.1:${PORT}`, 'x-token-tray-key': KEY, ...headers },
});
const status = (request: RequestHead) => {
  const checked = checkRequest(request, PORT, KEY);
  return checked.ok ? 200 : checked.reply.status;
};

describe('apiKeysMatch and newApiKey', () => {
  it('makes 32 random bytes as base64url, different every time', () => {
    const keys = new Set(Array.from({ length: 20 }, newApiKey));
    expect(keys.size).toBe(20);
    for (const key of keys) {
      expect(key).toMatch(API_KEY_PATTERN);
      expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    }
  });

  it('matches only the same key; a prefix, a longer value, another key or an empty value never match', () => {
    expect(apiKeysMatch(KEY, KEY)).toBe(true);
    for (const other of [KEY.slice(0, -1), `${KEY}x`, newApiKey(), '', undefined, KEY.toUpperCase()]) {
      expect(apiKeysMatch(KEY, other)).toBe(false);
    }
    expect(apiKeysMatch('', '')).toBe(false);
  });
});

describe('checkRequest', () => {
  it('passes GET /v1/token with the key and a loopback Host, with or without one profile', () => {
    expect(checkRequest(good(), PORT, KEY)).toEqual({ ok: true, profile: undefined });
    expect(checkRequest(good({ url: '/v1/token?profile=Ops%20EU' }), PORT, KEY)).toEqual({ ok: true, profile: 'Ops EU' });
    expect(checkRequest(good({}, { host: `LOCALHOST:${PORT}` }), PORT, KEY)).toMatchObject({ ok: true });
  });

  it('refuses any Host but 127.0.0.1:<port> or localhost:<port> with 403, before anything else', () => {
    for (const host of [`evil.example:${PORT}`, '127.0.0.1', `127.0.0.1:${PORT + 1}`, `[::1]:${PORT}`, `localhost.evil.example:${PORT}`, undefined]) {
      const checked = checkRequest(good({ method: 'POST', url: '/nope' }, { host, 'x-token-tray-key': undefined }), PORT, KEY);
      expect(checked).toMatchObject({ ok: false, reply: { status: 403, body: { error: 'forbidden-host' } } });
    }
  });

  it('refuses any Origin header with 403, even a loopback one and even with the right key', () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${PORT}`, 'null', '']) {
      expect(checkRequest(good({}, { origin }), PORT, KEY)).toMatchObject({ ok: false, reply: { status: 403, body: { error: 'forbidden-origin' } } });
    }
  });

  it('answers 404 for other paths and 405 (Allow: GET) for other methods on /v1/token', () => {
    for (const url of ['/', '/v1/token/', '/v1/tokens', '/V1/TOKEN', 'http://127.0.0.1/v1/token', '//v1/token', '/v2/token']) {
      expect(status(good({ url }))).toBe(404);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH']) {
      const checked = checkRequest(good({ method }), PORT, KEY);
      expect(checked).toMatchObject({ ok: false, reply: { status: 405, headers: { Allow: 'GET' } } });
    }
  });

  it('answers 401 with the same body for a missing, empty, wrong or repeated key', () => {
    const bodies = [undefined, '', newApiKey(), [KEY, KEY]].map((key) => {
      const checked = checkRequest(good({}, { 'x-token-tray-key': key }), PORT, KEY);
      if (checked.ok) throw new Error('accepted');
      expect(checked.reply.status).toBe(401);
      return checked.reply.body;
    });
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(JSON.stringify(bodies[0])).not.toMatch(/header|key/i);
  });

  it('refuses two profile parameters with 400', () => {
    expect(status(good({ url: '/v1/token?profile=a&profile=b' }))).toBe(400);
  });
});
