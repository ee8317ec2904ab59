/** Where a proxy setting came from, for the status line and the logs. */
export type RouteSource = 'loopback' | 'environment' | 'preferences' | 'system';

/** How a login reaches Patchworks: straight, or through an HTTP(S) proxy (CONNECT for https). */
export type ProxyRoute =
  | { kind: 'direct'; source: RouteSource }
  | {
      kind: 'proxy';
      source: RouteSource;
      /** The proxy's URL; may hold `user:password@`, so it is never shown or logged as is. */
      proxy: URL;
    };

/** `proxy.corp:8080`: the proxy's host and port, never its credentials. */
export function proxyAddress(proxy: URL): string {
  const port = proxy.port || (proxy.protocol === 'https:' ? '443' : '80');
  return `${proxy.hostname}:${port}`;
}

/** "via proxy.corp:8080" or "direct", as the window's Status shows the route. */
export function routeLabel(route: ProxyRoute): string {
  return route.kind === 'proxy' ? `via ${proxyAddress(route.proxy)}` : 'direct';
}
