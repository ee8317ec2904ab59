import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginError } from '../login/login-error';
import { routeLabel, type ProxyRoute } from '../login/proxy-route';
import { resolveRoute, type RouteSources } from './resolve-route';

const TARGET = new URL('https://svc-fabric.pwks.co/api/v1/login');

beforeEach(() => {
  for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy']) vi.stubEnv(name, '');
});
afterEach(() => vi.unstubAllEnvs());

/** A stand-in for the system's answer that records what it was asked. */
function system(answer: string | Error) {
  const asked: string[] = [];
  const ask = (url: string) => {
    asked.push(url);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { asked, ask };
}

const describeRoute = (route: ProxyRoute) => `${routeLabel(route)} (${route.source})`;

describe('resolveRoute', () => {
  it('never proxies this computer, whatever is set', async () => {
    vi.stubEnv('HTTPS_PROXY', 'http://proxy.corp:8080');
    const ask = system('PROXY proxy.corp:8080');
    for (const base of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787', 'https://127.0.0.2']) {
      const route = await resolveRoute(new URL(base), { preferenceProxy: 'http://pref.corp:3128', systemProxy: ask.ask });
      expect(describeRoute(route)).toBe('direct (loopback)');
    }
    expect(ask.asked).toEqual([]);
  });

  it('takes the environment first: its proxy, or direct when NO_PROXY matches', async () => {
    const ask = system('PROXY sys.corp:8080');
    const sources: RouteSources = { preferenceProxy: 'http://pref.corp:3128', systemProxy: ask.ask };
    vi.stubEnv('HTTPS_PROXY', 'http://alice:pw@env.corp:8080');
    expect(describeRoute(await resolveRoute(TARGET, sources))).toBe('via env.corp:8080 (environment)');
    vi.stubEnv('NO_PROXY', '.pwks.co');
    expect(describeRoute(await resolveRoute(TARGET, sources))).toBe('direct (environment)');
    expect(ask.asked).toEqual([]);
  });

  it('takes the Preferences proxy when the environment sets none', async () => {
    const ask = system('PROXY sys.corp:8080');
    const route = await resolveRoute(TARGET, { preferenceProxy: 'pref.corp:3128', systemProxy: ask.ask });
    expect(describeRoute(route)).toBe('via pref.corp:3128 (preferences)');
    expect(ask.asked).toEqual([]);
  });

  it.each([
    ['DIRECT', 'direct (system)'],
    ['PROXY sys.corp:8080; DIRECT', 'via sys.corp:8080 (system)'],
    ['HTTPS sys.corp:443', 'via sys.corp:443 (system)'],
  ])('asks the system last, for the login URL: %j is %s', async (answer, expected) => {
    const ask = system(answer);
    expect(describeRoute(await resolveRoute(TARGET, { preferenceProxy: '', systemProxy: ask.ask }))).toBe(expected);
    expect(ask.asked).toEqual([TARGET.href]);
  });

  it.each([
    ['rejects', new Error('net::ERR_PAC_SCRIPT_FAILED'), /ERR_PAC_SCRIPT_FAILED/],
    ['answers nothing', '', /gave no answer/],
  ])('goes direct and says so when the system %s (a failing PAC script)', async (_what, answer, logged) => {
    const failures: unknown[] = [];
    const sources = { preferenceProxy: '', systemProxy: system(answer).ask, onSystemFailure: (error: unknown) => failures.push(error) };
    expect(describeRoute(await resolveRoute(TARGET, sources))).toBe('direct (system)');
    expect(failures).toHaveLength(1);
    expect(String(failures[0])).toMatch(logged);
  });

  it('goes direct without a system to ask (plain Node)', async () => {
    expect(describeRoute(await resolveRoute(TARGET, { preferenceProxy: '' }))).toBe('direct (system)');
  });

  it.each<[{ env?: string; pref?: string; system?: string }, RegExp]>([
    [{ env: 'socks5://alice:pw@socks.corp:1080' }, /^The proxy set in HTTPS_PROXY cannot be used: SOCKS proxies are not supported/],
    [{ pref: 'http://proxy.corp/wpad.dat' }, /^The proxy set in Preferences cannot be used: .*PAC script URL/],
    [{ system: 'SOCKS5 socks.corp:1080' }, /^The system proxy settings name only proxies the app cannot use/],
  ])('refuses an unusable proxy setting %j with a proxy-settings error', async (setting, message) => {
    if (setting.env) vi.stubEnv('HTTPS_PROXY', setting.env);
    const sources = { preferenceProxy: setting.pref ?? '', systemProxy: system(setting.system ?? 'DIRECT').ask };
    const error = await resolveRoute(TARGET, sources).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoginError);
    expect(error).toMatchObject({ kind: 'proxy-settings', message: expect.stringMatching(message) });
    expect((error as Error).message).not.toContain('pw');
  });
});
