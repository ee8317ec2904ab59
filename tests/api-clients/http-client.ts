// A plain node:http client for the API-client endpoint, so tests can send exactly the headers they mean
// (fetch would refuse to set Host and adds its own).
import { request } from 'node:http';
import { createServer } from 'node:net';

/** What came back: status, headers (lower-case names) and the parsed JSON body. */
export interface EndpointAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** What to send; `headers` replace the defaults (Host `127.0.0.1:<port>`, the key if given). */
export interface EndpointRequest {
  path?: string;
  method?: string;
  key?: string;
  headers?: Record<string, string>;
}

/** Sends one request to 127.0.0.1:`port`; rejects with the socket error (e.g. ECONNREFUSED) when nothing listens. */
export function callEndpoint(port: number, options: EndpointRequest = {}): Promise<EndpointAnswer> {
  const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, ...(options.key !== undefined && { 'X-Token-Tray-Key': options.key }), ...options.headers };
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path: options.path ?? '/v1/token', method: options.method ?? 'GET', headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) });
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** A port nothing listens on right now (the OS picks it; the test then asks the app to use it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}
