// Stand-ins for `protocol` and `session`: the schemes, protocol handlers and permission handlers
// registered, and the proxy lookups asked for.
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** A session's protocol handlers, permission handlers and proxy lookups. */
export class FakeSession implements Pick<Electron.Session, 'resolveProxy' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  /** Every URL `resolveProxy` was asked about, oldest first. */
  readonly proxyQuestions: string[] = [];
  /**
   * What `resolveProxy` answers, in Chromium's PAC form ("DIRECT", "PROXY host:port;DIRECT", "HTTPS
   * host:port", "SOCKS5 host:port"). Electron resolves '' when the lookup fails (a PAC script that
   * cannot be fetched or run; shell/browser/net/resolve_proxy_helper.cc); an Error makes it reject,
   * which Electron does not document but the app must survive. With no proxy configured: "DIRECT".
   */
  proxyAnswer: string | Error = 'DIRECT';
  readonly protocolHandlers = new Map<string, ProtocolHandler>();
  permissionRequestHandler: Parameters<Electron.Session['setPermissionRequestHandler']>[0] = null;
  permissionCheckHandler: Parameters<Electron.Session['setPermissionCheckHandler']>[0] = null;
  readonly protocol = {
    handle: (scheme: string, handler: ProtocolHandler) => {
      if (this.protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
      this.protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme: string) => this.protocolHandlers.has(scheme),
  };

  setPermissionRequestHandler(handler: Parameters<Electron.Session['setPermissionRequestHandler']>[0]): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: Parameters<Electron.Session['setPermissionCheckHandler']>[0]): void {
    this.permissionCheckHandler = handler;
  }

  resolveProxy(url: string): Promise<string> {
    this.proxyQuestions.push(url);
    return this.proxyAnswer instanceof Error ? Promise.reject(this.proxyAnswer) : Promise.resolve(this.proxyAnswer);
  }
}

/** `protocol`: the schemes declared privileged before ready. */
export class FakeProtocol {
  privilegedSchemes: Electron.CustomScheme[] = [];

  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    this.privilegedSchemes.push(...schemes);
  }

  reset(): void {
    this.privilegedSchemes = [];
  }
}
