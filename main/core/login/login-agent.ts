import https from 'node:https';
import type { ClientRequest } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { HttpsProxyAgent } from 'hpagent';
import type { ProxyRoute } from './proxy-route';

/** What a login's connection saw of the server's certificate: its issuer, once the handshake got that far. */
export interface PeerWatch {
  issuer?: string;
}

/**
 * A one-request agent for an https login: straight to Patchworks, or through an HTTP(S) proxy with
 * CONNECT (hpagent; Basic credentials from the proxy URL), trusting `ca` when given. Certificates
 * are always verified.
 */
export function loginAgent(route: ProxyRoute, ca: readonly string[] | undefined): https.Agent {
  const trust = ca === undefined ? {} : { ca: [...ca] };
  if (route.kind === 'direct') return new https.Agent({ keepAlive: false, ...trust });
  return new HttpsProxyAgent({ keepAlive: false, proxy: route.proxy, ...trust, proxyRequestOptions: trust });
}

/**
 * Remembers the issuer of the certificate the server presents, so an untrusted one can be named.
 * Node verifies the chain right after its (undocumented) `secure` event, and a refused socket no
 * longer has the certificate; where the event is missing, the issuer simply stays unknown.
 */
export function watchPeer(request: ClientRequest, watch: PeerWatch): void {
  request.once('socket', (socket) => {
    const secure = socket as TLSSocket;
    if (typeof secure.getPeerCertificate !== 'function') return;
    secure.prependOnceListener('secure', () => {
      const issuer = secure.getPeerCertificate()?.issuer;
      const name = issuer?.CN ?? issuer?.O;
      if (typeof name === 'string' && name !== '') watch.issuer = name;
    });
  });
}
