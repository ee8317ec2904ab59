// The `patchworks-token` command: prints the running Patchworks Token Tray's current token (see README.md).
import { scriptAccessPathsForThisUser } from '../main/core/script-access/script-access-paths';
import { runTokenCli } from './run-cli';

process.exitCode = await runTokenCli(process.argv.slice(2), {
  paths: scriptAccessPathsForThisUser(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
