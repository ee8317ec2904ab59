import { scriptAccessPathsForThisUser } from '../main/core/script-access/script-access-paths';
import { runTokenCli } from './run-cli';
import { writeOutput } from './write-output';

/** Runs the command for this process's arguments and sets its exit code. */
export async function main(): Promise<void> {
  process.exitCode = await runTokenCli(process.argv.slice(2), {
    paths: scriptAccessPathsForThisUser(),
    stdout: (text) => writeOutput(1, text, () => process.stdout),
    stderr: (text) => process.stderr.write(text),
  });
}
