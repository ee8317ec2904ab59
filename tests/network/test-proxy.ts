import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxy, type ProxyServer } from 'proxy';

/** What a proxy asks of its clients. */
export type ProxyAuth = { kind: 'none' } | { kind: 'basic'; user: string; password: string } | { kind: 'negotiate' };

/** One CONNECT the proxy was asked for: the target as sent, and whether credentials came with it. */
export interface ConnectRecord {
  target: string;
  credentialsSent: boolean;
}

/** A running CONNECT proxy on loopback. */
export interface TestProxy {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Every CONNECT received, oldest first. */
  readonly connects: readonly ConnectRecord[];
  close(): Promise<void>;
}

/**
 * Starts a real HTTP proxy (the `proxy` package: CONNECT tunnels, 407 with Basic or Negotiate) on
 * 127.0.0.1. `hosts` maps names only the proxy knows (like a company proxy resolving internal
 * names) to loopback addresses: the login never proxies loopback itself, so tests reach the stand-in
 * server through the proxy under a name such as `patchworks.test`.
 */
export async function startTestProxy(hosts: Readonly<Record<string, string>>, auth: ProxyAuth = { kind: 'none' }): Promise<TestProxy> {
  const connects: ConnectRecord[] = [];
  const server: ProxyServer = createProxy(createServer());
  // Runs before the package's own CONNECT handler, which reads req.url only after authenticating.
  server.prependListener('connect', (request: IncomingMessage) => {
    const target = request.url ?? '';
    connects.push({ target, credentialsSent: request.headers['proxy-authorization'] !== undefined });
    const colon = target.lastIndexOf(':');
    const mapped = hosts[target.slice(0, colon)];
    if (mapped !== undefined) request.url = `${mapped}${target.slice(colon)}`;
  });
  if (auth.kind === 'negotiate') server.authenticate = 'negotiate';
  if (auth.kind === 'basic') {
    const expected = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
    server.authenticate = (request) => request.headers['proxy-authorization'] === expected;
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
