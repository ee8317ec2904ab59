import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { app } from 'electron';
import type { CliToolPort } from '../core/app/app-ports';
import { adminScript, installCliLink, refreshCopiedExecutable } from '../core/cli-link/cli-link';
import { appleScriptString, cliLinkMessage } from '../core/cli-link/cli-link-message';
import { cliLinkPlan, type CliLinkPlan } from '../core/cli-link/cli-link-plan';

type LinkPlan = Extract<CliLinkPlan, { kind: 'link' }>;

/**
 * "Install command-line tool…" for this install (AppImage, macOS), or undefined where an installer puts
 * `patchworks-token` on PATH (deb, Windows) or the app runs unpackaged. On an AppImage it also refreshes
 * an installed copy of the executable after an update.
 */
export function createCliToolPort(reportError: (error: unknown) => void): CliToolPort | undefined {
  if (!app.isPackaged) return undefined;
  const plan = cliLinkPlan({ platform: process.platform, homedir: homedir(), resourcesPath: process.resourcesPath, ...(process.env.APPIMAGE ? { appImage: process.env.APPIMAGE } : {}) });
  if (plan.kind !== 'link') return undefined;
  refreshCopiedExecutable(plan).catch(reportError);
  return { install: () => install(plan) };
}

async function install(plan: LinkPlan): Promise<{ ok: boolean; message: string }> {
  const result = await installCliLink(plan);
  if (result.kind === 'needs-admin' && process.platform === 'darwin') return installAsAdmin(plan);
  return cliLinkMessage(plan, result, process.env.PATH ?? '');
}

/** macOS: the same link made through the system's administrator prompt, as VS Code's "Install 'code' command" does. */
function installAsAdmin(plan: LinkPlan): Promise<{ ok: boolean; message: string }> {
  const script = `do shell script ${appleScriptString(adminScript(plan, 'install'))} with administrator privileges`;
  return new Promise((resolve) => {
    execFile('/usr/bin/osascript', ['-e', script], (error) => {
      if (!error) return resolve(cliLinkMessage(plan, { kind: 'installed' }, process.env.PATH ?? ''));
      resolve({ ok: false, message: `The link ${plan.linkPath} was not made (cancelled, or something else is there).` });
    });
  });
}
