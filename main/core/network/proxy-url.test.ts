import { describe, expect, it } from 'vitest';
import { parseProxyUrl, ProxyUrlError } from './proxy-url';
import { proxyAddress } from '../login/proxy-route';

const refusal = (text: string, allowCredentials = false): string => {
  try {
    parseProxyUrl(text, allowCredentials);
  } catch (error) {
    if (error instanceof ProxyUrlError) return error.message;
    throw error;
  }
  throw new Error(`${text} was accepted`);
};

describe('parseProxyUrl', () => {
  it.each([
    ['http://proxy.corp:8080', 'proxy.corp:8080'],
    ['proxy.corp:8080', 'proxy.corp:8080'],
    ['  http://proxy.corp:8080/  ', 'proxy.corp:8080'],
    ['http://proxy.corp', 'proxy.corp:80'],
    ['https://proxy.corp', 'proxy.corp:443'],
    ['HTTP://Proxy.Corp:3128', 'proxy.corp:3128'],
  ])('reads %j as %s', (text, address) => {
    expect(proxyAddress(parseProxyUrl(text, false))).toBe(address);
  });

  it('keeps credentials only where they are allowed (the environment)', () => {
    expect(parseProxyUrl('http://alice:pw@proxy.corp:8080', true).username).toBe('alice');
    expect(refusal('http://alice:pw@proxy.corp:8080')).toMatch(/^leave the user name and password out: the settings file never holds a secret/);
    expect(refusal('http://alice:pw@proxy.corp:8080')).not.toContain('pw');
  });

  it.each([
    ['socks5://socks.corp:1080', /^SOCKS proxies are not supported/],
    ['ftp://proxy.corp', /must start with http:\/\/ or https:\/\//],
    ['http://proxy.corp/proxy.pac', /a PAC script URL cannot be used here/],
    ['http://proxy.corp:8080?x=1', /enter a host and port only/],
    ['http://', /not a valid address/],
    ['http://proxy.corp:99999', /not a valid address/],
  ])('refuses %j', (text, message) => {
    expect(refusal(text)).toMatch(message);
  });
});
