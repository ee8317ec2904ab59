/** A file-system error as Node raises it: a `code` such as `EISDIR`, and the path when Node names one. */
type FsError = Error & { code?: unknown; path?: unknown };

/** The `code` of an fs error (`EISDIR`, `ENOSPC`, …), or undefined for anything else. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as FsError).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** The path an fs error names, if any. */
export function fsErrorPath(error: unknown): string | undefined {
  const path = error instanceof Error ? (error as FsError).path : undefined;
  return typeof path === 'string' ? path : undefined;
}

/**
 * Gives an fs error that names no path (a read of a folder says only "EISDIR … read") the path of the
 * file it was about; other errors pass through unchanged.
 */
export function withFilePath(error: unknown, path: string): unknown {
  if (fsErrorCode(error) === undefined || fsErrorPath(error) !== undefined) return error;
  return Object.assign(error as FsError, { path });
}

/** An fs error as about `path` (the file the user knows, not a temporary one beside it); others pass through. */
export function aboutFile(error: unknown, path: string): unknown {
  if (fsErrorCode(error) === undefined) return error;
  return Object.assign(error as FsError, { path });
}

/**
 * What went wrong with `path` and how to fix it, in one or two plain sentences, from an fs error's
 * code; it names the file and never says "internal".
 */
export function describeFileProblem(error: unknown, path: string): string {
  switch (fsErrorCode(error)) {
    case 'EISDIR':
    case 'ERR_FS_EISDIR':
      return `${path} is a folder, but the app keeps a file there. Move it away or delete it.`;
    case 'ENOTDIR':
      return `Part of ${path} is not a folder: a file is in the way. Move that file away.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} cannot be read or changed with your permissions (it may have been left by a run with sudo). Give it back to your user, e.g. sudo chown -R "$USER" on it.`;
    case 'ENOSPC':
      return `The disk holding ${path} is full. Free some space.`;
    case 'EROFS':
      return `${path} is on a disk that is mounted read-only. Make it writable.`;
    case 'EBUSY':
      return `${path} is in use by another program. Close it.`;
    case 'ELOOP':
      return `${path} is a symbolic link; the app does not read or write through links. Remove the link.`;
    default:
      return `${path} could not be used (${fsErrorCode(error) ?? 'unexpected error'}).`;
  }
}
