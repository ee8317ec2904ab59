// Points any electron-log logger (main or node entry) at a file in the logs folder, redacted.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeLogger } from 'electron-log';
import type { Redactor } from '../core';

/** The log file's name inside the logs folder. */
export const LOG_FILE_NAME = 'main.log';

/** Where to log and what to hide. */
export interface LogSetupOptions {
  /** The logs folder (`app.getPath('logs')` in the app). */
  logsDir: string;
  /** Its hook redacts every part of every message, for every transport. */
  redactor: Redactor;
}

/**
 * Sends `logger`'s file transport to `<logsDir>/main.log`, owner-only (0600: created so, and an older
 * file tightened), and installs the redaction hook once.
 */
export function configureLogger(logger: NodeLogger, options: LogSetupOptions): void {
  const path = join(options.logsDir, LOG_FILE_NAME);
  logger.transports.file.resolvePathFn = () => path;
  logger.transports.file.writeOptions = { ...logger.transports.file.writeOptions, mode: 0o600 };
  logger.transports.file.level = 'info';
  try {
    chmodSync(path, 0o600);
  } catch {
    // No log file yet: it is created owner-only.
  }
  if (!logger.hooks.includes(options.redactor.hook)) logger.hooks.push(options.redactor.hook);
}
