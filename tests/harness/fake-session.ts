// Stand-ins for `protocol` and `session`: the schemes, protocol handlers and permission handlers registered.
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** A session's protocol handlers and permission handlers. */
export class FakeSession {
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
