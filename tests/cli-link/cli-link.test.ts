import { execFile } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminScript, appleScriptString, cliLinkMessage, cliLinkPlan, pathIncludes, inspectLink, installCliLink, isOurLinkTarget, refreshCopiedExecutable, uninstallCliLink, type CliLinkPlan } from '../../main/core/cli-link';

type LinkPlan = Extract<CliLinkPlan, { kind: 'link' }>;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-cli-link-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** An AppImage-style plan inside the temp root, with a fake bundled executable. */
async function appImagePlan(): Promise<LinkPlan> {
  const resourcesPath = join(root, 'mount', 'resources');
  await mkdir(join(resourcesPath, 'bin'), { recursive: true });
  await writeFile(join(resourcesPath, 'bin', 'patchworks-token'), '#!/bin/sh\necho v1\n');
  const plan = cliLinkPlan({ platform: 'linux', homedir: join(root, 'home'), resourcesPath, appImage: join(root, 'App.AppImage') });
  if (plan.kind !== 'link') throw new Error('expected a link plan');
  return plan;
}

describe('cliLinkPlan', () => {
  it('AppImage: copy to ~/.local/share/patchworks-token-tray/bin, link ~/.local/bin; macOS: /usr/local/bin into the bundle', () => {
    expect(cliLinkPlan({ platform: 'linux', homedir: '/home/ana', resourcesPath: '/tmp/.mount_x/resources', appImage: '/home/ana/Apps/P.AppImage' })).toEqual({
      kind: 'link',
      target: '/home/ana/.local/share/patchworks-token-tray/bin/patchworks-token',
      linkPath: '/home/ana/.local/bin/patchworks-token',
      copyFrom: '/tmp/.mount_x/resources/bin/patchworks-token',
    });
    const resourcesPath = '/Applications/Patchworks Token Tray.app/Contents/Resources';
    expect(cliLinkPlan({ platform: 'darwin', homedir: '/Users/ana', resourcesPath })).toEqual({
      kind: 'link',
      target: `${resourcesPath}/bin/patchworks-token`,
      linkPath: '/usr/local/bin/patchworks-token',
    });
  });

  it('deb and Windows need nothing: their installers put the command on PATH', () => {
    expect(cliLinkPlan({ platform: 'linux', homedir: '/home/ana', resourcesPath: '/opt/Patchworks Token Tray/resources' })).toMatchObject({ kind: 'unsupported', reason: expect.stringMatching(/\/usr\/bin\/patchworks-token/) });
    expect(cliLinkPlan({ platform: 'win32', homedir: 'C:\\Users\\ana', resourcesPath: 'C:\\x\\resources' })).toMatchObject({ kind: 'unsupported' });
  });

  it('recognises links to our command in any install or data folder, and nothing else', () => {
    const target = '/home/ana/.local/share/patchworks-token-tray/bin/patchworks-token';
    expect(isOurLinkTarget(target, target)).toBe(true);
    expect(isOurLinkTarget('/Applications/Patchworks Token Tray.app/Contents/Resources/bin/patchworks-token', target)).toBe(true);
    expect(isOurLinkTarget('/usr/local/lib/node_modules/other/bin/patchworks-token', target)).toBe(false);
    expect(isOurLinkTarget('/home/ana/.local/share/patchworks-token-tray/bin/sh', target)).toBe(false);
  });
});

describe('installCliLink and uninstallCliLink', () => {
  it('AppImage: copies the executable (0755) and links it; installing again is harmless; uninstall removes both', async () => {
    const plan = await appImagePlan();
    expect(await inspectLink(plan)).toBe('absent');
    expect(await installCliLink(plan)).toEqual({ kind: 'installed' });
    expect(await readlink(plan.linkPath)).toBe(plan.target);
    expect((await stat(plan.target)).mode & 0o777).toBe(0o755);
    expect(await readFile(plan.linkPath, 'utf8')).toBe('#!/bin/sh\necho v1\n');
    expect(await installCliLink(plan)).toEqual({ kind: 'installed' });
    expect(await inspectLink(plan)).toBe('ours');
    expect(await uninstallCliLink(plan)).toEqual({ kind: 'removed' });
    await expect(lstat(plan.linkPath)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(lstat(plan.target)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await uninstallCliLink(plan)).toEqual({ kind: 'not-installed' });
  });

  it('never replaces or removes a file or a link that is not ours', async () => {
    const plan = await appImagePlan();
    await mkdir(join(root, 'home', '.local', 'bin'), { recursive: true });
    await writeFile(plan.linkPath, 'my own script\n');
    for (const result of [await installCliLink(plan), await uninstallCliLink(plan)]) {
      expect(result).toMatchObject({ kind: 'foreign', message: expect.stringMatching(/already exists and is not Patchworks Token Tray's link; it was left alone/) });
    }
    expect(await readFile(plan.linkPath, 'utf8')).toBe('my own script\n');
    await rm(plan.linkPath);
    await symlink('/usr/bin/true', plan.linkPath);
    expect(await installCliLink(plan)).toMatchObject({ kind: 'foreign' });
    expect(await readlink(plan.linkPath)).toBe('/usr/bin/true');
  });

  it('refreshes the copy after an AppImage update, only while our link is installed', async () => {
    const plan = await appImagePlan();
    expect(await refreshCopiedExecutable(plan)).toBe(false);
    await installCliLink(plan);
    expect(await refreshCopiedExecutable(plan)).toBe(false);
    await writeFile(plan.copyFrom!, '#!/bin/sh\necho v2 with more bytes\n');
    await utimes(plan.copyFrom!, new Date(), new Date(Date.now() + 5_000));
    expect(await refreshCopiedExecutable(plan)).toBe(true);
    expect(await readFile(plan.linkPath, 'utf8')).toBe('#!/bin/sh\necho v2 with more bytes\n');
  });
});

describe('adminScript', () => {
  const sh = (script: string): Promise<number> => new Promise((done) => execFile('sh', ['-c', script], (error) => done(error ? Number(error.code) : 0)));

  it('links with ln -sfn, removes with rm, and exits 3 without touching a file that is not a link', async () => {
    const plan: LinkPlan = { kind: 'link', target: join(root, "it's here", 'patchworks-token'), linkPath: join(root, 'usr local', 'bin', 'patchworks-token') };
    expect(await sh(adminScript(plan, 'install'))).toBe(0);
    expect(await readlink(plan.linkPath)).toBe(plan.target);
    expect(await sh(adminScript(plan, 'uninstall'))).toBe(0);
    await expect(lstat(plan.linkPath)).rejects.toMatchObject({ code: 'ENOENT' });
    await writeFile(plan.linkPath, 'keep me\n');
    expect(await sh(adminScript(plan, 'install'))).toBe(3);
    expect(await sh(adminScript(plan, 'uninstall'))).toBe(3);
    expect(await readFile(plan.linkPath, 'utf8')).toBe('keep me\n');
  });
});

describe('cliLinkMessage and the macOS prompt', () => {
  const plan: LinkPlan = { kind: 'link', target: '/t/bin/patchworks-token', linkPath: '/home/ana/.local/bin/patchworks-token' };

  it('says where the command is, and hints at PATH only when its folder is missing from it', () => {
    expect(cliLinkMessage(plan, { kind: 'installed' }, '/usr/bin:/home/ana/.local/bin/')).toEqual({ ok: true, message: 'patchworks-token is installed as /home/ana/.local/bin/patchworks-token.' });
    expect(cliLinkMessage(plan, { kind: 'installed' }, '/usr/bin:/bin').message).toMatch(/ Add \/home\/ana\/\.local\/bin to your PATH to run it by name\.$/);
    expect(cliLinkMessage(plan, { kind: 'foreign', message: 'left alone' }, '')).toEqual({ ok: false, message: 'left alone' });
    expect(cliLinkMessage(plan, { kind: 'needs-admin' }, '')).toMatchObject({ ok: false });
    expect(pathIncludes('C:\\a;C:\\b', 'C:\\b', ';')).toBe(true);
  });

  it('quotes the admin script as an AppleScript string', () => {
    expect(appleScriptString('ln -sfn \'/A "B"\\C\' x')).toBe('"ln -sfn \'/A \\"B\\"\\\\C\' x"');
  });
});
