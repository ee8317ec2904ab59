import { MAX_WAIT_MS } from '../main/core/script-access/protocol';
import type { Subcommand } from './cli-args';

const WAIT = `  --wait SECONDS    wait up to SECONDS (at most ${MAX_WAIT_MS / 1000}) for the app to start and for a sign-in
                    or refresh in progress`;
const PROFILE = '  --profile NAME    use the profile NAME (any case) instead of the default one';
const EXIT_CODES = `Exit codes: 0 ok, 1 unexpected failure, 2 usage, 3 app not running (or not answering),
4 signed out, 5 expired, 6 unknown profile, 7 refused, 8 no token yet (signing in or retrying),
9 script access is off in the running app, 10 the app is busy with other requests (try again).`;

const TEXTS: Record<Subcommand, string> = {
  token: `Usage: patchworks-token [token] [--profile NAME] [--format FORMAT] [--wait SECONDS]
       patchworks-token <exec|status|profiles|completion|help> …   (see "patchworks-token help <subcommand>")

Prints the current Patchworks bearer token held by the running Patchworks Token Tray
(turn on script access in its settings first).

  --format FORMAT   raw (default): the token
                    header: Authorization: Bearer <token>
                    json: {"token","expiresAt","profile","baseUrl"}
                    env: POSIX export lines, for eval "$(patchworks-token --format env)"
                    dotenv: NAME='value' lines for a .env file
                    powershell: $env:NAME = '…' lines, for Invoke-Expression
                    (env, dotenv and powershell set PATCHWORKS_TOKEN, PATCHWORKS_AUTHORIZATION,
                    PATCHWORKS_BASE_URL and PATCHWORKS_TOKEN_EXPIRES_AT)
  --header, --json  the same as --format header / --format json
${PROFILE}
${WAIT}
  -V, --version     print the version
  -h, --help        show this help

Subcommands: exec, status, profiles, completion, help.

${EXIT_CODES}
`,
  exec: `Usage: patchworks-token exec [--profile NAME] [--wait SECONDS] -- COMMAND [ARGS…]

Runs COMMAND with PATCHWORKS_TOKEN, PATCHWORKS_AUTHORIZATION ("Bearer <token>"), PATCHWORKS_BASE_URL and
PATCHWORKS_TOKEN_EXPIRES_AT set, so the token stays out of arguments and shell history. When the token
expires within 60 s it first waits for the app's refresh. Passes SIGINT, SIGTERM and SIGHUP on to
COMMAND and exits with COMMAND's exit code (128 + the signal's number when a signal ended it; 127 when
there is no such command, 126 when it cannot be run).

${PROFILE}
${WAIT} (default 60)
  -h, --help        show this help

Before COMMAND runs, the exit codes are those of "patchworks-token --help".
`,
  status: `Usage: patchworks-token status [--profile NAME] [--json] [--wait SECONDS]

Shows one profile (the default one unless --profile): its name, environment, base URL, status and the
token's expiry. Never prints the token. Exits 0 while the profile holds a usable token, otherwise with
the code a token call would give (4 signed out, 5 expired, 8 no token yet).

${PROFILE}
  --json            print {"name","environment","baseUrl","status","expiresAt","default"}
${WAIT}
  -h, --help        show this help
`,
  profiles: `Usage: patchworks-token profiles [--json | --names] [--wait SECONDS]

Lists every profile (the default one first, marked *): name, environment, base URL, status and the
token's expiry. Never prints a token.

  --json            print a JSON array of {"name","environment","baseUrl","status","expiresAt","default"}
  --names           print the names only, one a line (what shell completion uses)
${WAIT}
  -h, --help        show this help
`,
  completion: `Usage: patchworks-token completion <bash|zsh|fish|powershell>

Prints a completion script for the shell. Profile names are completed from the running app (when it
answers). Install it, for example:
  bash        echo 'eval "$(patchworks-token completion bash)"' >> ~/.bashrc
  zsh         patchworks-token completion zsh > "\${fpath[1]}/_patchworks-token"
  fish        patchworks-token completion fish > ~/.config/fish/completions/patchworks-token.fish
  powershell  patchworks-token completion powershell | Out-String | Invoke-Expression   (in $PROFILE)
`,
  help: `Usage: patchworks-token help [token|exec|status|profiles|completion]

Shows the help of a subcommand (the same as "patchworks-token <subcommand> --help").
`,
};

/** The `--help` text of `topic`. */
export function helpText(topic: Subcommand): string {
  return TEXTS[topic];
}
