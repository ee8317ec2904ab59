import { extname, resolve, sep } from 'node:path';

/** The privileged custom scheme the settings window is served from. */
export const APP_SCHEME = 'app';

/** The app's own origin; the sender check accepts frames on it only. */
export const APP_ORIGIN = `${APP_SCHEME}://settings`;

/** The settings page. */
export const SETTINGS_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * Content-Security-Policy sent with every app page: scripts and styles only from the app itself,
 * no inline code, no network access, no plugins, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers for every response of the app protocol. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The MIME type for a served file, or undefined for a kind the app does not serve. */
export function contentTypeFor(filePath: string): string | undefined {
  return CONTENT_TYPES[extname(filePath).toLowerCase()];
}

/**
 * The file under `rootDir` that a request path names (`/` means `index.html`), or undefined when the
 * path escapes the root or names a kind of file the app does not serve.
 */
export function resolveAppFile(rootDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const root = resolve(rootDir);
  const target = resolve(root, `.${decoded === '/' || decoded === '' ? '/index.html' : decoded}`);
  if (!target.startsWith(root + sep)) return undefined;
  return contentTypeFor(target) === undefined ? undefined : target;
}
