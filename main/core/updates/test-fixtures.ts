// A scripted UpdaterPort for the update policy's tests and the settings window's (not shipped).
import type { CheckStart, InstallKind, UpdaterEvent, UpdaterPort } from './updater-port';

/** A scripted updater: records checks and installs, and lets the test emit electron-updater's events. */
export class ScriptedUpdater implements UpdaterPort {
  readonly currentVersion = '0.1.0';
  checks: { download: boolean; at: number }[] = [];
  installs = 0;
  answer: CheckStart = 'started';
  readonly #listeners = new Set<(event: UpdaterEvent) => void>();

  constructor(
    readonly installKind: InstallKind = 'in-place',
    readonly platform: NodeJS.Platform = 'linux',
  ) {}

  async check(options: { download: boolean }): Promise<CheckStart> {
    this.checks.push({ ...options, at: Date.now() });
    if (this.answer === 'started') this.emit({ type: 'checking' });
    return this.answer;
  }

  quitAndInstall(): void {
    this.installs += 1;
  }

  subscribe(listener: (event: UpdaterEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: UpdaterEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  /** The whole happy path for `version`: available, then downloaded. */
  deliver(version: string): void {
    this.emit({ type: 'available', version });
    this.emit({ type: 'downloaded', version });
  }
}
