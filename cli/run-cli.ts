import { ScriptAccessError } from '../main/core/script-access/script-access-error';
import { currentUid } from '../main/core/script-access/private-dir';
import { requestToken } from '../main/core/script-access/script-access-client';
import type { ScriptAccessPaths } from '../main/core/script-access/script-access-paths';
import type { TokenResponse } from '../main/core/script-access/protocol';
import { USAGE, parseCliArgs, type OutputForm } from './cli-args';
import { EXIT, exitForAccessError, exitForFailure, type ExitCode } from './exit-codes';

/** Where `runTokenCli` writes and which channel it asks. */
export interface CliContext {
  paths: ScriptAccessPaths;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs `patchworks-token` with `argv` (arguments only) and returns its exit status; never throws. */
export async function runTokenCli(argv: readonly string[], context: CliContext): Promise<ExitCode> {
  const args = parseCliArgs(argv);
  const fail = (code: ExitCode, message: string): ExitCode => {
    context.stderr(`patchworks-token: ${message}\n`);
    return code;
  };
  if (args.kind === 'help') {
    context.stdout(USAGE);
    return EXIT.ok;
  }
  if (args.kind === 'usage-error') return fail(EXIT.usage, `${args.message} (see --help)`);
  let response: TokenResponse;
  try {
    response = await requestToken({
      paths: context.paths,
      uid: currentUid(),
      ...(args.profile === undefined ? {} : { profile: args.profile }),
      ...(args.waitMs === undefined ? {} : { waitMs: args.waitMs }),
    });
  } catch (error) {
    if (error instanceof ScriptAccessError) {
      return fail(exitForAccessError(error), error.message);
    }
    return fail(EXIT.failed, error instanceof Error ? error.message : 'the request failed');
  }
  if (!response.ok) return fail(exitForFailure(response.code), response.message);
  context.stdout(formatToken(response, args.form));
  return EXIT.ok;
}

/** The token line(s) to print for `form`. */
function formatToken(response: Extract<TokenResponse, { ok: true }>, form: OutputForm): string {
  switch (form) {
    case 'raw':
      return `${response.token}\n`;
    case 'header':
      return `Authorization: Bearer ${response.token}\n`;
    case 'json':
      return `${JSON.stringify({ token: response.token, expiresAt: response.expiresAt, profile: response.profile })}\n`;
  }
}
