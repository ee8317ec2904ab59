// What a launch that cannot go on does: an error box naming the file and the fix, the log, a non-zero exit.
import { join } from 'node:path';
import { app, dialog } from 'electron';
import type { MainLogger } from 'electron-log';
import { LAUNCH_FAILURE_EXIT_CODE, launchFailureMessage } from '../core';
import { LOG_FILE_NAME } from './logger-setup';

/**
 * Reports a failed launch and exits: logs it (when the log is set up), shows `dialog.showErrorBox`
 * (after `ready`, so a real dialog on every platform), then `app.exit(1)`, which also gives up the
 * single-instance lock, so the next launch is a fresh one rather than a silent second instance.
 */
export function exitAfterLaunchFailure(error: unknown, log: MainLogger | undefined): void {
  const { title, content } = launchFailureMessage(error, join(app.getPath('logs'), LOG_FILE_NAME));
  try {
    log?.error(`Launch failed: ${content}`, error);
  } catch {
    // The log itself may be what failed; the error box still says what happened.
  }
  dialog.showErrorBox(title, content);
  app.exit(LAUNCH_FAILURE_EXIT_CODE);
}
