// A Vite plugin for `npm run dev` only: the settings page's CSP meta tag gets the development policy.
import type { Plugin } from 'vite';
import { devContentSecurityPolicy } from '../main/core/window/page-source';

/**
 * Rewrites renderer/index.html's CSP meta tag, when the dev server serves it, to the dev policy for the
 * server's own origin (hot reload's WebSocket and injected styles). `apply: 'serve'`: builds keep the
 * strict policy written in the file.
 */
export function devServerCsp(): Plugin {
  return {
    name: 'patchworks-dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html, context) {
      const local = context.server?.resolvedUrls?.local[0];
      if (!local) return html;
      // frame-ancestors is ignored (with a warning) in a meta tag; it stays a header-only rule.
      const policy = devContentSecurityPolicy(new URL(local).origin)
        .split('; ')
        .filter((rule) => !rule.startsWith('frame-ancestors'))
        .join('; ');
      return html.replace(/(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/, `$1${policy}"`);
    },
  };
}
