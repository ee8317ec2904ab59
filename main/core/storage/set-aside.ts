import { chmodSync, copyFileSync, constants, existsSync, renameSync } from 'node:fs';

/** A file name part for `now` that sorts by time and is valid on every OS (no colons). */
function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

function freePath(path: string, label: string, now: number): string {
  const base = `${path}.${label}-${stamp(now)}`;
  let candidate = base;
  for (let n = 1; existsSync(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

/**
 * Copies `path` beside itself as `<path>.<label>-<timestamp>`, byte for byte and owner-only,
 * and returns the copy's path. Never overwrites an earlier copy.
 */
export function copyAside(path: string, label: string, now = Date.now()): string {
  const target = freePath(path, label, now);
  copyFileSync(path, target, constants.COPYFILE_EXCL);
  chmodSync(target, 0o600);
  return target;
}

/** Moves `path` aside as `<path>.<label>-<timestamp>` and returns where it went. */
export function moveAside(path: string, label: string, now = Date.now()): string {
  const target = freePath(path, label, now);
  renameSync(path, target);
  return target;
}
