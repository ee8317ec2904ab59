import { describeFileProblem, fsErrorPath } from '../shared/file-problem';

/** The title of the error box a failed launch shows. */
export const LAUNCH_FAILURE_TITLE = 'Patchworks Token Tray could not start';

/** The exit code of a launch that could not go on. */
export const LAUNCH_FAILURE_EXIT_CODE = 1;

/**
 * The error box for a launch that could not go on: the file and the fix when a file was the cause,
 * else a plain sentence; both point at the log file, where the details are.
 */
export function launchFailureMessage(error: unknown, logFile: string): { title: string; content: string } {
  const path = fsErrorPath(error);
  const cause =
    path === undefined
      ? 'Something unexpected stopped it while starting.'
      : `${describeFileProblem(error, path)} Then start the app again.`;
  return { title: LAUNCH_FAILURE_TITLE, content: `${cause}\n\nThe details are in the log: ${logFile}` };
}
