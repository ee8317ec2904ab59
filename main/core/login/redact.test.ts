import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('removes every occurrence of each secret and anything token-like', () => {
    const text = 'pw s3cr3t! again s3cr3t! token eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln and key ' + 'a'.repeat(40);
    expect(redactSecrets(text, ['s3cr3t!', ''])).toBe('pw [redacted] again [redacted] token [redacted] and key [redacted]');
  });

  it('leaves ordinary messages alone', () => {
    expect(redactSecrets('The email must be a valid email address.', ['hunter22'])).toBe('The email must be a valid email address.');
  });
});
