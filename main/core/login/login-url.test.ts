import { describe, expect, it } from 'vitest';
import { LoginError } from './login-error';
import { isLoopbackHost, loginUrl } from './login-url';

describe('loginUrl', () => {
  it.each([
    ['https://svc-fabric.pwks.co', 'https://svc-fabric.pwks.co/api/v1/login'],
    ['https://svc-fabric.pwks.co/', 'https://svc-fabric.pwks.co/api/v1/login'],
    ['  https://svc-fabric-stage.pwks.co//  ', 'https://svc-fabric-stage.pwks.co/api/v1/login'],
    ['https://proxy.example/patchworks/', 'https://proxy.example/patchworks/api/v1/login'],
    ['https://user:pw@svc-fabric.pwks.co/?q=1#x', 'https://svc-fabric.pwks.co/api/v1/login'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/api/v1/login'],
    ['http://localhost:8787/', 'http://localhost:8787/api/v1/login'],
    ['http://[::1]:8787', 'http://[::1]:8787/api/v1/login'],
  ])('joins %s', (base, expected) => {
    expect(loginUrl(base).href).toBe(expected);
  });

  /** The LoginError loginUrl throws for `base`. */
  const refusal = (base: string): LoginError => {
    try {
      loginUrl(base);
    } catch (error) {
      if (error instanceof LoginError) return error;
      throw error;
    }
    throw new Error(`loginUrl accepted ${base}`);
  };

  it.each(['http://svc-fabric.pwks.co', 'http://localhost.:8787', 'http://10.0.0.1', 'http://0.0.0.0', 'ws://localhost', 'file:///etc/passwd', '', 'svc-fabric.pwks.co'])(
    'refuses %j as insecure-url',
    (base) => {
      expect(refusal(base).kind).toBe('insecure-url');
    },
  );

  it('does not repeat credentials from the URL in its message', () => {
    const error = refusal('http://me:hunter2@example.com');
    expect(error.message).toContain('http://example.com');
    expect(error.message).not.toContain('hunter2');
  });
});

describe('isLoopbackHost', () => {
  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.255.0.9', '[::1]'])('accepts %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['localhost.', 'LOCALHOST.', '128.0.0.1', '127.0.0.1.example.com', 'localhost.example.com', '[::2]', '0.0.0.0', '[::ffff:7f00:1]'])('rejects %s', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
