// The app's logger: electron-log's main-process entry, set up by logger-setup.ts.
import log from 'electron-log/main';
import type { MainLogger } from 'electron-log';
import { configureLogger } from './logger-setup';
import type { LogSetupOptions } from './logger-setup';

/**
 * Sets up the app's logger (file in the logs folder, redaction hook, unhandled errors logged
 * without a dialog) and returns it. Call once, early, after `app.setName`.
 */
export function setUpLogging(options: LogSetupOptions): MainLogger {
  configureLogger(log, options);
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}
