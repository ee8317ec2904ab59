import { isLoopbackHost } from '../login/login-url';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, SETTINGS_PAGE_URL } from './app-origin';

/** The variable electron-vite's dev server sets for main: the renderer's URL with hot reload. */
export const DEV_SERVER_URL_ENV = 'ELECTRON_RENDERER_URL';

/** Where the settings window's page comes from, and what the IPC sender check and the page's CSP allow. */
export interface PageSource {
  /** The URL the window loads. */
  url: string;
  /** The only origin whose frames may call IPC. */
  origin: string;
  /** True for electron-vite's dev server (development only). */
  devServer: boolean;
  /** The Content-Security-Policy the page runs under. */
  contentSecurityPolicy: string;
}

/**
 * The CSP of the dev server's page: the app's policy plus what Vite's hot reload needs — a WebSocket
 * back to the dev server, and the `<style>` elements it injects. Scripts stay `'self'` only.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const socket = devOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace(
    "connect-src 'none'",
    `connect-src 'self' ${socket}`,
  );
}

/**
 * Production (and any packaged app): the built page on `app://settings/`. Development only — not
 * packaged, and electron-vite dev set `ELECTRON_RENDERER_URL` to a loopback http(s) URL — the dev
 * server's page. Anything else in the variable is ignored.
 */
export function settingsPageSource(input: { isPackaged: boolean; env: Readonly<Record<string, string | undefined>> }): PageSource {
  const production: PageSource = { url: SETTINGS_PAGE_URL, origin: APP_ORIGIN, devServer: false, contentSecurityPolicy: CONTENT_SECURITY_POLICY };
  const raw = input.env[DEV_SERVER_URL_ENV];
  if (input.isPackaged || !raw) return production;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return production;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !isLoopbackHost(url.hostname) || url.username || url.password) {
    return production;
  }
  return { url: url.href, origin: url.origin, devServer: true, contentSecurityPolicy: devContentSecurityPolicy(url.origin) };
}
