import { describe, expect, it } from 'vitest';
import { parsePacResult } from './pac-result';
import { routeLabel } from '../login/proxy-route';

const label = (answer: string) => {
  const choice = parsePacResult(answer);
  return choice.ok ? routeLabel(choice.route) : `refused: ${choice.message}`;
};

describe('parsePacResult', () => {
  it.each([
    ['DIRECT', 'direct'],
    ['', 'direct'],
    ['PROXY proxy.corp:8080', 'via proxy.corp:8080'],
    ['PROXY proxy.corp:8080; DIRECT', 'via proxy.corp:8080'],
    ['PROXY proxy.corp:8080;DIRECT', 'via proxy.corp:8080'],
    ['  proxy  proxy.corp:3128 ;  DIRECT ', 'via proxy.corp:3128'],
    ['HTTPS secure-proxy.corp:443; DIRECT', 'via secure-proxy.corp:443'],
    ['PROXY [2001:db8::1]:8080', 'via [2001:db8::1]:8080'],
    ['SOCKS5 socks.corp:1080; PROXY proxy.corp:8080', 'via proxy.corp:8080'],
    ['SOCKS5 socks.corp:1080; DIRECT', 'direct'],
    ['DIRECT; PROXY proxy.corp:8080', 'direct'],
  ])('reads %j as %s', (answer, expected) => {
    expect(label(answer)).toBe(expected);
  });

  it('marks the route as coming from the system and keeps the scheme of an HTTPS proxy', () => {
    const choice = parsePacResult('HTTPS secure-proxy.corp:8443');
    expect(choice.ok && choice.route).toMatchObject({ kind: 'proxy', source: 'system' });
    expect(choice.ok && choice.route.kind === 'proxy' && choice.route.proxy.protocol).toBe('https:');
  });

  it('refuses an answer with only proxies the login cannot use, saying what to do', () => {
    expect(label('SOCKS5 socks.corp:1080; SOCKS socks.corp:1081')).toBe(
      'refused: The system proxy settings name only proxies the app cannot use (SOCKS5 socks.corp:1080; SOCKS socks.corp:1081); set an HTTP proxy in Preferences → Network.',
    );
    expect(label('PROXY')).toMatch(/^refused: /);
  });
});
