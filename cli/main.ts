import { scriptAccessPathsForThisUser } from '../main/core/script-access/script-access-paths';
import { runTokenCli } from './run-cli';

/** Runs the command for this process's arguments and sets its exit code. */
export async function main(): Promise<void> {
  process.exitCode = await runTokenCli(process.argv.slice(2), {
    paths: scriptAccessPathsForThisUser(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
