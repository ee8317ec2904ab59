import { readFileSync } from 'node:fs';

/** True when a process with id `pid` exists (one of another user counts: it exists). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when the app runs with script access off: its marker file names a process id that is alive.
 * A missing or unreadable marker, or one left behind by a crash (its process gone), reads as false.
 */
export function appRunsWithAccessOff(markerPath: string, exists: (pid: number) => boolean = processExists): boolean {
  let text: string;
  try {
    text = readFileSync(markerPath, 'utf8');
  } catch {
    return false;
  }
  const pid = /^\d{1,10}$/.test(text.trim()) ? Number(text.trim()) : 0;
  return pid > 0 && exists(pid);
}
