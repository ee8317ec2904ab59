import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor, redactTokenShapes } from './redact';

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('redactTokenShapes', () => {
  it.each([
    [`token ${JWT} issued`, `token ${REDACTED} issued`],
    [`Authorization: Bearer abc123`, `Authorization: Bearer ${REDACTED}`],
    [`{"email":"a@b.c","password":"p4ss \\"w0rd\\""}`, `{"email":"a@b.c","password":${REDACTED}}`],
    [`access_token=xyz&x=1`, `access_token=${REDACTED}&x=1`],
    [`key 1|aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5 end`, `key 1|${REDACTED} end`],
    [`session q+Zb/Rk8xWmT2+vLp9/NcY4hQ7sEa3Ff0= revoked`, `session ${REDACTED} revoked`],
    [`session +ZbRkxWmTvLpNcYhQsEaFfGgHhJjKkLlMmNnPp/ revoked`, `session ${REDACTED} revoked`],
    [`HTTPS_PROXY=http://alice:s3cr%40t@proxy.corp:8080 set`, `HTTPS_PROXY=http://${REDACTED}@proxy.corp:8080 set`],
    [`proxy 'https://DOMAIN%5Cbob:pw@10.0.0.1:3128/'`, `proxy 'https://${REDACTED}@10.0.0.1:3128/'`],
    [`Proxy-Authorization: Basic YWxpY2U6c2VjcmV0`, `Proxy-Authorization: Basic ${REDACTED}`],
  ])('hides secrets in %s', (input, output) => {
    expect(redactTokenShapes(input)).toBe(output);
  });

  it('leaves ordinary text, paths and URLs alone', () => {
    const text = 'Login to https://svc-fabric.pwks.co/api/v1/login failed after 3 tries (/home/u/.config/app/logs/main.log:12)';
    expect(redactTokenShapes(text)).toBe(text);
  });
});

describe('Redactor', () => {
  it('hides a registered password wherever it appears, until unregistered', () => {
    const redactor = new Redactor();
    const forget = redactor.register('hunter2 "x"/y');
    expect(redactor.redactText('pw hunter2 "x"/y; json "hunter2 \\"x\\"/y"; url hunter2%20%22x%22%2Fy')).toBe(
      `pw ${REDACTED}; json "${REDACTED}"; url ${REDACTED}`,
    );
    forget();
    expect(redactor.redactText('pw hunter2')).toBe('pw hunter2');
  });

  it('keeps a secret hidden while anyone still has it registered', () => {
    const redactor = new Redactor();
    const first = redactor.register('s3cret-pass');
    redactor.register('s3cret-pass');
    first();
    expect(redactor.redactText('s3cret-pass')).toBe(REDACTED);
  });

  it('redacts errors and objects, including stacks and causes', () => {
    const redactor = new Redactor();
    redactor.register('hunter2');
    const error = new Error(`login failed for hunter2`, { cause: new Error(`Bearer ${JWT}`) });
    const [errorText, objectText, number] = redactor.hook({ data: [error, { body: { password: 'hunter2', token: JWT } }, 42] }).data;
    expect(String(errorText)).toContain('login failed for [redacted]');
    expect(String(errorText)).toContain('at ');
    expect(String(objectText)).not.toContain('hunter2');
    expect(`${String(errorText)} ${String(objectText)}`).not.toContain(JWT.slice(40));
    expect(number).toBe(42);
  });

  it('returns a copy and leaves the original message untouched', () => {
    const redactor = new Redactor();
    const message = { data: [`Bearer ${JWT}`], level: 'info' };
    const out = redactor.hook(message);
    expect(out).toEqual({ data: [`Bearer ${REDACTED}`], level: 'info' });
    expect(message.data[0]).toContain(JWT);
  });
});
