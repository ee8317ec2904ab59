import type { ApiClientsView } from '../../../common/ipc-contract';
import type { Result } from '../shared/result';
import { ApiClientsError } from './api-clients-error';
import { startApiClientsServer, type ApiClientsServer } from './api-clients-server';
import type { ApiKeyStore } from './api-key-store';
import { tokenEndpointUrl } from './http-contract';
import type { TokenSource } from '../script-access/token-source';

/** What the service is built from. */
export interface ApiClientsServiceOptions {
  keys: ApiKeyStore;
  tokens: TokenSource;
  /** Receives secret-free lines about faults while answering. */
  log?: (line: string) => void;
  /** Receives faults that are not an `ApiClientsError` (the user gets a generic sentence). */
  onError?: (error: unknown) => void;
}

/**
 * Opens, moves and closes the API-client endpoint as the setting changes. Calls run one at a time in call
 * order, so quick toggles never leave two servers. Remembers why the last start failed (a taken port),
 * so the window can say so; it never picks another port. `close()` on quit.
 */
export class ApiClientsService {
  readonly #options: ApiClientsServiceOptions;
  #server: ApiClientsServer | undefined;
  #failure: { port: number; message: string; lockedKeychain: boolean } | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: ApiClientsServiceOptions) {
    this.#options = options;
  }

  /** The port listened on now, if any. */
  get listeningPort(): number | undefined {
    return this.#server?.port;
  }

  /** True while the endpoint is on but could not start because the keychain refuses for now (locked). */
  get waitsForKeychain(): boolean {
    return this.#failure?.lockedKeychain ?? false;
  }

  /** What the window shows for the setting `enabled`/`port`: the URL and whether it listens, or why not. */
  view(enabled: boolean, port: number): ApiClientsView {
    const base = { enabled, port, url: tokenEndpointUrl(port), keyStorage: this.#options.keys.persistence };
    if (this.#server?.port === port) return { ...base, state: 'listening' };
    if (enabled && this.#failure?.port === port) return { ...base, state: 'unavailable', message: this.#failure.message };
    return { ...base, state: 'off' };
  }

  /** Listens on `port` when `enabled` (closing a server on another port first), else closes; never rejects. */
  apply(enabled: boolean, port: number): Promise<Result> {
    const run = this.#queue.then(() => this.#apply(enabled, port));
    this.#queue = run;
    return run;
  }

  /** Closes the endpoint (on quit). */
  async close(): Promise<void> {
    await this.apply(false, 0);
  }

  async #apply(enabled: boolean, port: number): Promise<Result> {
    if (enabled && this.#server?.port === port) return { ok: true };
    const running = this.#server;
    this.#server = undefined;
    this.#failure = undefined;
    await running?.close().catch(this.#options.onError);
    if (!enabled) return { ok: true };
    try {
      const keys = this.#options.keys;
      await keys.load();
      this.#server = await startApiClientsServer({
        port,
        key: () => keys.current ?? '',
        tokens: this.#options.tokens,
        ...(this.#options.log && { log: this.#options.log }),
      });
      return { ok: true };
    } catch (error) {
      const message = error instanceof ApiClientsError ? `${error.message}.` : 'The API-client endpoint could not start; see the log for details.';
      if (!(error instanceof ApiClientsError)) this.#options.onError?.(error);
      this.#failure = { port, message, lockedKeychain: error instanceof ApiClientsError && error.kind === 'keyring-locked' };
      return { ok: false, message };
    }
  }
}
