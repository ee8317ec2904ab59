import type { Result } from '../shared/result';
import { ScriptAccessError } from './script-access-error';
import { startScriptAccessServer, type ScriptAccessServer, type ScriptAccessServerOptions } from './script-access-server';

/**
 * Turns the script-access channel on and off as the preference changes. Calls run one at a time in
 * call order, so quick toggles never leave two servers or a stale socket. `close()` on quit.
 */
export class ScriptAccessSwitch {
  readonly #options: ScriptAccessServerOptions;
  readonly #onError: (error: unknown) => void;
  #server: ScriptAccessServer | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /** `onError` receives faults that are not a `ScriptAccessError` (logged; the user gets a generic line). */
  constructor(options: ScriptAccessServerOptions, onError: (error: unknown) => void = () => undefined) {
    this.#options = options;
    this.#onError = onError;
  }

  /** True while the channel listens. */
  get enabled(): boolean {
    return this.#server !== undefined;
  }

  /** Starts (once) or stops the channel; never rejects. */
  set(enabled: boolean): Promise<Result> {
    const run = this.#queue.then(() => (enabled ? this.#start() : this.#stop()));
    this.#queue = run;
    return run;
  }

  /** Stops the channel (removing the socket and the secret file). */
  async close(): Promise<void> {
    await this.set(false);
  }

  async #start(): Promise<Result> {
    if (this.#server) return { ok: true };
    try {
      this.#server = await startScriptAccessServer(this.#options);
      return { ok: true };
    } catch (error) {
      if (error instanceof ScriptAccessError) return { ok: false, message: `Script access could not start: ${error.message}.` };
      this.#onError(error);
      return { ok: false, message: 'Script access could not start; see the log for details.' };
    }
  }

  async #stop(): Promise<Result> {
    const server = this.#server;
    this.#server = undefined;
    await server?.close().catch(this.#onError);
    return { ok: true };
  }
}
