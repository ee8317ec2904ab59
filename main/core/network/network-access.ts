import type { Settings } from '../../../common/settings';
import type { IssuedToken } from '../login/issued-token';
import { login, type LoginRequest } from '../login/login';
import { LoginError } from '../login/login-error';
import { loginUrl } from '../login/login-url';
import { CaFileError, readCaFile } from './ca-file';
import type { ProxyRoute } from '../login/proxy-route';
import { resolveRoute } from './resolve-route';
import { trustedCertificates } from './trusted-certificates';

/** What the app's network access is built from. */
export interface NetworkAccessOptions {
  /** The current proxy and CA file preferences. */
  settings: () => Pick<Settings, 'proxyUrl' | 'caFile'>;
  /** Electron's `session.resolveProxy` (OS settings, PAC); absent where there is no system to ask. */
  systemProxy?: (url: string) => Promise<string>;
  /** Records what the user is not shown: a PAC failure (the login then goes direct), an unreadable OS store. */
  log: (message: string, error?: unknown) => void;
  /** Registers a secret the logs must hide (a proxy password from HTTPS_PROXY). */
  hideInLogs: (secret: string) => void;
}

/** A login as the app asks for it: the route and trust are added here. */
export type AppLoginRequest = Omit<LoginRequest, 'route' | 'ca'>;

/** A successful login and the route it took. */
export interface RoutedToken {
  token: IssuedToken;
  route: ProxyRoute;
}

/**
 * The app's way out: decides each login's route (environment, Preferences, system) and the roots it
 * trusts (Node's, the OS store, the CA file), then logs in. `onRoute` hears the route before the
 * request goes out, so the window can show "via proxy.corp:8080" even when the login then fails.
 */
export class NetworkAccess {
  readonly #options: NetworkAccessOptions;
  #toldNoSystemStore = false;
  readonly #hiddenProxyPasswords = new Set<string>();

  constructor(options: NetworkAccessOptions) {
    this.#options = options;
  }

  /** Logs in through the route the settings and the system give; every failure is a LoginError. */
  async login(request: AppLoginRequest, onRoute: (route: ProxyRoute) => void = () => undefined): Promise<RoutedToken> {
    const { proxyUrl, caFile } = this.#options.settings();
    const route = await resolveRoute(loginUrl(request.baseUrl), {
      preferenceProxy: proxyUrl,
      ...(this.#options.systemProxy && { systemProxy: this.#options.systemProxy }),
      onSystemFailure: (error) => this.#options.log('The system proxy settings (PAC) could not be read; logging in directly', error),
    });
    if (route.kind === 'proxy') this.#hideProxyPassword(route.proxy);
    onRoute(route);
    const trust = trustedCertificates(caFile === '' ? [] : await this.#caCertificates(caFile));
    if (!trust.systemStore && !this.#toldNoSystemStore) {
      this.#toldNoSystemStore = true;
      this.#options.log("The system's certificate store could not be read; trusting Node's bundled roots and the CA file only");
    }
    return { token: await login({ ...request, route, ca: trust.ca }), route };
  }

  /** Hides a proxy's password in the logs in every form, beyond the URL shape the redaction already knows. */
  #hideProxyPassword(proxy: URL): void {
    const password = decodeURIComponent(proxy.password);
    if (password === '' || this.#hiddenProxyPasswords.has(password)) return;
    this.#hiddenProxyPasswords.add(password);
    this.#options.hideInLogs(password);
  }

  async #caCertificates(path: string): Promise<string[]> {
    try {
      return await readCaFile(path);
    } catch (error) {
      if (!(error instanceof CaFileError)) throw error;
      throw new LoginError('untrusted-certificate', `The CA file chosen in Preferences → Network cannot be used: ${error.message}`);
    }
  }
}
