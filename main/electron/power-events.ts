// Wake-ups (resume from sleep, screen unlock) that should make the keeper re-check the clock.
import { powerMonitor } from 'electron';

/** Why the app was woken. */
export type WakeReason = 'resume' | 'unlock-screen';

/** Calls `onWake` on `resume` and `unlock-screen`; call after `app` is ready. Returns an unsubscribe function. */
export function onWake(onWake: (reason: WakeReason) => void): () => void {
  const resume = () => onWake('resume');
  const unlock = () => onWake('unlock-screen');
  powerMonitor.on('resume', resume);
  powerMonitor.on('unlock-screen', unlock);
  return () => {
    powerMonitor.off('resume', resume);
    powerMonitor.off('unlock-screen', unlock);
  };
}
