// Serves the built settings window from the privileged `app://settings/` scheme with strict headers.
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import {
  APP_ORIGIN,
  APP_RESPONSE_HEADERS,
  APP_SCHEME,
  contentTypeFor,
  resolveAppFile,
} from '../core';

/** Declares the scheme as standard and secure; must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
  ]);
}

const notFound = () => new Response('Not found', { status: 404, headers: APP_RESPONSE_HEADERS });

/** Answers `app://settings/…` from files under `rootDir` (out/renderer); anything else is a 404. */
export function handleAppProtocol(session: Session, rootDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (`${url.protocol}//${url.host}` !== APP_ORIGIN || request.method !== 'GET') return notFound();
    const file = resolveAppFile(rootDir, url.pathname);
    const type = file === undefined ? undefined : contentTypeFor(file);
    if (file === undefined || type === undefined) return notFound();
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: { ...APP_RESPONSE_HEADERS, 'Content-Type': type } });
    } catch {
      return notFound();
    }
  });
}
