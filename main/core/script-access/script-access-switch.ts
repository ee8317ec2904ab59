import type { Result } from '../shared/result';
import { removeOffMarker, writeOffMarker } from './off-marker';
import { ScriptAccessError } from './script-access-error';
import { startScriptAccessServer, type ScriptAccessServer, type ScriptAccessServerOptions } from './script-access-server';

/** The server's options plus where to leave the "running, script access off" marker for the CLI. */
export interface ScriptAccessSwitchOptions extends ScriptAccessServerOptions {
  /** Without it, the CLI cannot tell "off" from "not running" (both exit 3). */
  offMarkerPath?: string;
}

/**
 * Turns the script-access channel on and off as the preference changes. Calls run one at a time in
 * call order, so quick toggles never leave two servers or a stale socket. While the channel is off
 * (turned off, or it could not start) the app's marker names its process id so `patchworks-token`
 * can say "script access is off" rather than "not running". `close()` on quit removes both.
 */
export class ScriptAccessSwitch {
  readonly #options: ScriptAccessSwitchOptions;
  readonly #onError: (error: unknown) => void;
  #server: ScriptAccessServer | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /** `onError` receives faults that are not a `ScriptAccessError` (logged; the user gets a generic line). */
  constructor(options: ScriptAccessSwitchOptions, onError: (error: unknown) => void = () => undefined) {
    this.#options = options;
    this.#onError = onError;
  }

  /** True while the channel listens. */
  get enabled(): boolean {
    return this.#server !== undefined;
  }

  /** Starts (once) or stops the channel, leaving the off marker while it is off; never rejects. */
  set(enabled: boolean): Promise<Result> {
    return this.#enqueue(() => (enabled ? this.#start() : this.#stop(true)));
  }

  /** Stops the channel (removing the socket and the secret file) and removes the off marker: the app is leaving. */
  async close(): Promise<void> {
    await this.#enqueue(() => this.#stop(false));
  }

  #enqueue(step: () => Promise<Result>): Promise<Result> {
    const run = this.#queue.then(step);
    this.#queue = run;
    return run;
  }

  async #start(): Promise<Result> {
    if (this.#server) return { ok: true };
    try {
      this.#server = await startScriptAccessServer(this.#options);
      await this.#markOff(false);
      return { ok: true };
    } catch (error) {
      await this.#markOff(true);
      if (error instanceof ScriptAccessError) return { ok: false, message: `Script access could not start: ${error.message}.` };
      this.#onError(error);
      return { ok: false, message: 'Script access could not start; see the log for details.' };
    }
  }

  async #stop(stillRunning: boolean): Promise<Result> {
    const server = this.#server;
    this.#server = undefined;
    await server?.close().catch(this.#onError);
    await this.#markOff(stillRunning);
    return { ok: true };
  }

  /** Writes or removes the off marker; a folder open to others just means no marker (the CLI says "not running"). */
  async #markOff(off: boolean): Promise<void> {
    const path = this.#options.offMarkerPath;
    if (path === undefined) return;
    try {
      await (off ? writeOffMarker(path) : removeOffMarker(path));
    } catch (error) {
      if (!(error instanceof ScriptAccessError)) this.#onError(error);
    }
  }
}
