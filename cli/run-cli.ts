import { currentUid } from '../main/core/script-access/private-dir';
import type { SuccessAnswer } from '../main/core/script-access/protocol';
import { askApp, type AppRequest } from '../main/core/script-access/script-access-client';
import { ScriptAccessError } from '../main/core/script-access/script-access-error';
import type { ScriptAccessPaths } from '../main/core/script-access/script-access-paths';
import { version } from '../package.json';
import { parseCliArgs, type CliCommand } from './cli-args';
import { EXIT, exitForAccessError, exitForFailure, exitForSummary, type ExitCode } from './exit-codes';
import { UnprintableValueError, formatToken, tokenVariables } from './token-formats';

/** How long before expiry `exec` waits for the app's refresh rather than hand out the token. */
const EXEC_MIN_VALIDITY_MS = 60_000;

/** Where `runTokenCli` writes and which channel it asks. */
export interface CliContext {
  paths: ScriptAccessPaths;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs `patchworks-token` with `argv` (arguments only) and returns its exit status; never throws. */
export async function runTokenCli(argv: readonly string[], context: CliContext): Promise<number> {
  const command = parseCliArgs(argv);
  const fail = (code: ExitCode, message: string): ExitCode => {
    context.stderr(`patchworks-token: ${message}\n`);
    return code;
  };
  const ask = async (fields: Omit<AppRequest, 'paths' | 'uid'>): Promise<SuccessAnswer | ExitCode> => {
    try {
      const response = await askApp({ paths: context.paths, uid: currentUid(), ...fields });
      return response.ok ? response : fail(exitForFailure(response.code), response.message);
    } catch (error) {
      if (error instanceof ScriptAccessError) return fail(exitForAccessError(error), error.message);
      return fail(EXIT.failed, error instanceof Error ? error.message : 'the request failed');
    }
  };
  switch (command.kind) {
    case 'usage-error':
      return fail(EXIT.usage, `${command.message} (see ${command.topic === 'token' ? '--help' : `${command.topic} --help`})`);
    case 'help':
      context.stdout((await import('./help-text')).helpText(command.topic));
      return EXIT.ok;
    case 'version':
      context.stdout(`patchworks-token ${version}\n`);
      return EXIT.ok;
    case 'completion':
      context.stdout((await import('./completion-scripts')).completionScript(command.shell));
      return EXIT.ok;
    case 'token': {
      const answer = await ask({ ...target(command) });
      if (typeof answer === 'number') return answer;
      if (answer.kind !== 'token') return fail(EXIT.failed, 'Patchworks Token Tray answered with something else than a token');
      try {
        context.stdout(formatToken(answer, command.format));
        return EXIT.ok;
      } catch (error) {
        if (error instanceof UnprintableValueError) return fail(EXIT.failed, error.message);
        throw error;
      }
    }
    case 'exec':
      return runExec(command, ask, fail);
    case 'status':
    case 'profiles':
      return printProfiles(command, ask, context);
  }
}

/** The `--profile` and `--wait` fields of a command, for the request. */
function target(command: { profile?: string; waitMs?: number }): Pick<AppRequest, 'profile' | 'waitMs'> {
  return { ...(command.profile === undefined ? {} : { profile: command.profile }), ...(command.waitMs === undefined ? {} : { waitMs: command.waitMs }) };
}

type Ask = (fields: Omit<AppRequest, 'paths' | 'uid'>) => Promise<SuccessAnswer | ExitCode>;

/** `exec`: a token valid for at least a minute (waiting for the refresh), then the command with the four variables. */
async function runExec(command: Extract<CliCommand, { kind: 'exec' }>, ask: Ask, fail: (code: ExitCode, message: string) => ExitCode): Promise<number> {
  const answer = await ask({ ...target(command), minValidityMs: EXEC_MIN_VALIDITY_MS });
  if (typeof answer === 'number') return answer;
  if (answer.kind !== 'token') return fail(EXIT.failed, 'Patchworks Token Tray answered with something else than a token');
  const { runCommand } = await import('./exec-command');
  const result = await runCommand(command.command, Object.fromEntries(tokenVariables(answer)));
  if (typeof result === 'number') return result;
  fail(EXIT.failed, result.message);
  return result.code;
}

/** `status` (one profile, the default unless named) and `profiles` (all): never a token. */
async function printProfiles(command: Extract<CliCommand, { kind: 'status' | 'profiles' }>, ask: Ask, context: CliContext): Promise<number> {
  const answer = await ask({ kind: 'profiles', ...target(command) });
  if (typeof answer === 'number') return answer;
  if (answer.kind !== 'profiles') {
    context.stderr('patchworks-token: Patchworks Token Tray answered with something else than profiles\n');
    return EXIT.failed;
  }
  const text = await import('./profile-text');
  const now = Date.now();
  if (command.kind === 'profiles') {
    if (command.names) context.stdout(answer.profiles.map((summary) => `${summary.name}\n`).join(''));
    else if (command.json) context.stdout(`${JSON.stringify(answer.profiles.map(text.summaryJson))}\n`);
    else context.stdout(text.profilesText(answer.profiles, now));
    return EXIT.ok;
  }
  const summary = command.profile === undefined ? answer.profiles.find((candidate) => candidate.isDefault) : answer.profiles[0];
  if (!summary) {
    context.stderr('patchworks-token: Patchworks Token Tray has no profile yet\n');
    return EXIT.unknownProfile;
  }
  context.stdout(command.json ? `${JSON.stringify(text.summaryJson(summary))}\n` : text.statusText(summary, now));
  return exitForSummary(summary);
}

