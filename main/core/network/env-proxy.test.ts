import { afterEach, describe, expect, it, vi } from 'vitest';
import { proxyFromEnvironment } from './env-proxy';

const NAMES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];
const given = (env: Record<string, string>) => {
  for (const name of NAMES) vi.stubEnv(name, env[name] ?? '');
};
const choose = (url: string) => proxyFromEnvironment(new URL(url));

afterEach(() => vi.unstubAllEnvs());

describe('proxyFromEnvironment', () => {
  it('says nothing is set without proxy variables, even with NO_PROXY', () => {
    given({ NO_PROXY: '*' });
    expect(choose('https://svc-fabric.pwks.co')).toEqual({ set: false });
  });

  it.each(['HTTPS_PROXY', 'https_proxy', 'ALL_PROXY'])('takes the proxy for https from %s', (name) => {
    given({ [name]: 'http://proxy.corp:8080' });
    expect(choose('https://svc-fabric.pwks.co')).toEqual({ set: true, proxy: 'http://proxy.corp:8080' });
  });

  it('uses HTTP_PROXY for http and not for https', () => {
    given({ HTTP_PROXY: 'http://plain.corp:3128' });
    expect(choose('http://svc.example.com')).toEqual({ set: true, proxy: 'http://plain.corp:3128' });
    expect(choose('https://svc-fabric.pwks.co')).toEqual({ set: false });
  });

  it.each([
    ['svc-fabric.pwks.co', 'https://svc-fabric.pwks.co', true],
    ['.pwks.co', 'https://svc-fabric.pwks.co', true],
    ['*.pwks.co', 'https://svc-fabric.pwks.co', true],
    // A bare name matches that host only; sub-domains need ".pwks.co" or "*.pwks.co".
    ['pwks.co', 'https://svc-fabric.pwks.co', false],
    ['*', 'https://svc-fabric.pwks.co', true],
    ['example.com, svc-fabric.pwks.co:443', 'https://svc-fabric.pwks.co', true],
    ['svc-fabric.pwks.co:8443', 'https://svc-fabric.pwks.co', false],
    ['other.co', 'https://svc-fabric.pwks.co', false],
    ['fabric.pwks.co', 'https://svc-fabric.pwks.co', false],
  ])('NO_PROXY=%j sends %s direct: %s', (noProxy, url, direct) => {
    given({ HTTPS_PROXY: 'http://proxy.corp:8080', no_proxy: noProxy });
    expect(choose(url)).toEqual({ set: true, proxy: direct ? undefined : 'http://proxy.corp:8080' });
  });
});
