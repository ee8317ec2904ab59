import { describe, expect, it } from 'vitest';
import { proxyAuthError } from './proxy-auth-error';
import { challengeSchemes } from './proxy-challenge';

const route = (proxy: string) => ({ kind: 'proxy' as const, source: 'environment' as const, proxy: new URL(proxy) });

describe('challengeSchemes', () => {
  it.each([
    [undefined, []],
    ['Basic realm="corp"', ['basic']],
    ['NTLM', ['ntlm']],
    [['Negotiate', 'NTLM'], ['negotiate', 'ntlm']],
    ['Negotiate, NTLM, Basic realm="corp", charset="UTF-8"', ['negotiate', 'ntlm', 'basic']],
  ])('reads %j as %j', (header, schemes) => {
    expect(challengeSchemes(header)).toEqual(schemes);
  });
});

describe('proxyAuthError', () => {
  it('names NTLM and Negotiate when the proxy wants only a Windows sign-in', () => {
    const error = proxyAuthError(route('http://proxy.corp:8080'), ['negotiate', 'ntlm']);
    expect(error.kind).toBe('proxy-auth');
    expect(error.message).toMatch(/^The proxy at proxy\.corp:8080 needs credentials: it asks for a Windows sign-in \(Negotiate \(Kerberos\) or NTLM\), which the app cannot do\. /);
    expect(error.message).toContain('Px or Cntlm');
  });

  it('says the credentials were refused when some were sent, without repeating them', () => {
    const error = proxyAuthError(route('http://alice:hunter2@proxy.corp:8080'), ['basic', 'ntlm']);
    expect(error.message).toBe('The proxy at proxy.corp:8080 needs credentials and refused the user name and password in HTTPS_PROXY; check them.');
  });

  it('says how to give credentials when none were sent', () => {
    expect(proxyAuthError(route('http://proxy.corp:8080'), []).message).toBe(
      'The proxy at proxy.corp:8080 needs credentials: set HTTPS_PROXY=http://user:password@proxy.corp:8080 in the environment the app starts from.',
    );
  });
});
