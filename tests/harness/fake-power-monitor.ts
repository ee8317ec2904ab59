// The `powerMonitor` stand-in: emits only the events Electron emits on the launch's desktop.
import { EventEmitter } from 'node:events';
import type { PlatformProfile } from './platform-profile';

/** Events electron.d.ts marks `@platform darwin,win32`: Linux never emits them. */
const MAC_AND_WINDOWS_ONLY = new Set(['lock-screen', 'unlock-screen']);

/**
 * `powerMonitor`: tests act as the OS with `emit('resume')` and friends. Emitting `lock-screen` or
 * `unlock-screen` on a Linux profile throws, because Electron never emits them there (d.ts
 * `on(event: 'unlock-screen')` is `@platform darwin,win32`; docs/api/power-monitor.md), so a test
 * cannot pass on a wake-up a Linux user never gets.
 */
export class FakePowerMonitor extends EventEmitter {
  #profile: PlatformProfile = 'linux-x11';

  /** Forgets listeners and takes the desktop of the next launch. */
  reset(profile: PlatformProfile): void {
    this.removeAllListeners();
    this.#profile = profile;
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (typeof event === 'string' && MAC_AND_WINDOWS_ONLY.has(event) && this.#profile.startsWith('linux')) {
      throw new Error(`powerMonitor never emits '${event}' on ${this.#profile} (Electron: macOS and Windows only)`);
    }
    return super.emit(event, ...args);
  }
}
