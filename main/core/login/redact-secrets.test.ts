import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets';

describe('redactSecrets', () => {
  it('removes every occurrence of each secret and anything token-shaped', () => {
    const text = 'pw s3cr3t! again s3cr3t! token eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln and key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b';
    expect(redactSecrets(text, ['s3cr3t!', ''])).toBe('pw [redacted] again [redacted] token [redacted] and key [redacted]');
  });

  it('leaves ordinary messages alone', () => {
    expect(redactSecrets('The email must be a valid email address.', ['hunter22'])).toBe('The email must be a valid email address.');
  });
});
