import { delimiter, dirname } from 'node:path';
import type { CliLinkResult } from './cli-link';
import type { CliLinkPlan } from './cli-link-plan';

/** True when the `PATH` value `envPath` lists `folder`. */
export function pathIncludes(envPath: string, folder: string, separator: string = delimiter): boolean {
  return envPath.split(separator).some((entry) => entry.replace(/\/+$/, '') === folder.replace(/\/+$/, ''));
}

/** What "Install command-line tool…" tells the user after `result` (with a PATH hint when the folder is not on it). */
export function cliLinkMessage(plan: Extract<CliLinkPlan, { kind: 'link' }>, result: CliLinkResult, envPath: string): { ok: boolean; message: string } {
  switch (result.kind) {
    case 'installed': {
      const folder = dirname(plan.linkPath);
      const hint = pathIncludes(envPath, folder) ? '' : ` Add ${folder} to your PATH to run it by name.`;
      return { ok: true, message: `patchworks-token is installed as ${plan.linkPath}.${hint}` };
    }
    case 'foreign':
      return { ok: false, message: result.message };
    case 'needs-admin':
      return { ok: false, message: `You may not write to ${dirname(plan.linkPath)}; the link was not made.` };
    case 'removed':
    case 'not-installed':
      return { ok: true, message: `patchworks-token is no longer linked from ${plan.linkPath}.` };
  }
}

/** `value` as an AppleScript string literal (for `osascript -e 'do shell script … with administrator privileges'`). */
export function appleScriptString(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
