/** The argument the login item passes so the app starts in the tray without opening a window. */
export const HIDDEN_FLAG = '--hidden';

/** True when the app was started by the login item (its command line carries `--hidden`). */
export function startedHidden(argv: readonly string[]): boolean {
  return argv.includes(HIDDEN_FLAG);
}
