import { chmod, copyFile, lstat, mkdir, readlink, rename, rm, stat, symlink, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isOurLinkTarget, type CliLinkPlan } from './cli-link-plan';

/** What is at the link's path now. */
export type LinkState = 'absent' | 'ours' | 'foreign';

/** How installing or removing the link ended; `needs-admin`: the folder is not writable by this user (run `adminScript`). */
export type CliLinkResult =
  | { kind: 'installed' | 'removed' | 'not-installed' }
  | { kind: 'foreign'; message: string }
  | { kind: 'needs-admin' };

type LinkPlan = Extract<CliLinkPlan, { kind: 'link' }>;

/** What is at `plan.linkPath`: nothing, our link, or something else (a file, a directory, someone else's link). */
export async function inspectLink(plan: LinkPlan): Promise<LinkState> {
  let stats;
  try {
    stats = await lstat(plan.linkPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  if (!stats.isSymbolicLink()) return 'foreign';
  return isOurLinkTarget(await readlink(plan.linkPath), plan.target) ? 'ours' : 'foreign';
}

const foreign = (plan: LinkPlan): CliLinkResult => ({
  kind: 'foreign',
  message: `${plan.linkPath} already exists and is not Patchworks Token Tray's link; it was left alone. Remove or rename it, then try again.`,
});

const isPermissionError = (error: unknown): boolean => ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Installs the link: copies the executable first when the plan says so (to a temporary name, then renamed,
 * so a running copy is never half-written), then points `linkPath` at `target`, replacing only our own
 * link (atomically) and never a file or link that is not ours.
 */
export async function installCliLink(plan: LinkPlan): Promise<CliLinkResult> {
  const state = await inspectLink(plan);
  if (state === 'foreign') return foreign(plan);
  if (plan.copyFrom !== undefined) await copyExecutable(plan.copyFrom, plan.target);
  try {
    await mkdir(dirname(plan.linkPath), { recursive: true });
    const temporary = `${plan.linkPath}.patchworks-${process.pid}`;
    await rm(temporary, { force: true });
    await symlink(plan.target, temporary);
    await rename(temporary, plan.linkPath);
  } catch (error) {
    if (isPermissionError(error)) return { kind: 'needs-admin' };
    throw error;
  }
  return { kind: 'installed' };
}

/** Removes the link if it is ours (and the copied executable, when the plan copies one); leaves anything else alone. */
export async function uninstallCliLink(plan: LinkPlan): Promise<CliLinkResult> {
  const state = await inspectLink(plan);
  if (state === 'foreign') return foreign(plan);
  if (state === 'ours') {
    try {
      await rm(plan.linkPath);
    } catch (error) {
      if (isPermissionError(error)) return { kind: 'needs-admin' };
      throw error;
    }
  }
  if (plan.copyFrom !== undefined) await rm(plan.target, { force: true });
  return { kind: state === 'ours' ? 'removed' : 'not-installed' };
}

/**
 * AppImage: after an update the image holds a newer executable; when our link is installed and the copy
 * differs in size or modification time from the one in the image, copies it again. Returns true if it did.
 */
export async function refreshCopiedExecutable(plan: LinkPlan): Promise<boolean> {
  if (plan.copyFrom === undefined || (await inspectLink(plan)) !== 'ours') return false;
  const [source, copy] = await Promise.all([stat(plan.copyFrom), stat(plan.target).catch(() => undefined)]);
  if (copy && copy.size === source.size && copy.mtime.getTime() === source.mtime.getTime()) return false; // as Dates: utimes carries no more
  await copyExecutable(plan.copyFrom, plan.target);
  return true;
}

/** Copies `from` to `to` (mode 0755, same modification time) via a temporary file and a rename. */
async function copyExecutable(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const temporary = `${to}.patchworks-${process.pid}`;
  await copyFile(from, temporary);
  await chmod(temporary, 0o755);
  const source = await stat(from);
  await utimes(temporary, source.atime, source.mtime);
  await rename(temporary, to);
}

/** A POSIX shell word that stands for `value` exactly. */
function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * The shell script that installs (or removes) the link with administrator rights (macOS asks through
 * `osascript … with administrator privileges`, as VS Code does); it refuses to touch anything at the
 * link's path that is not a symbolic link.
 */
export function adminScript(plan: LinkPlan, action: 'install' | 'uninstall'): string {
  const link = quote(plan.linkPath);
  const guard = `if [ -e ${link} ] && [ ! -L ${link} ]; then exit 3; fi`;
  return action === 'install'
    ? `${guard}; mkdir -p ${quote(dirname(plan.linkPath))} && ln -sfn ${quote(plan.target)} ${link}`
    : `${guard}; rm -f ${link}`;
}
