import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, lstat, mkdir, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptAccessError } from '../../main/core/script-access/script-access-error';
import { startScriptAccessServer } from '../../main/core/script-access/script-access-server';
import { tokenSourceFromKeeper } from '../../main/core/script-access/keeper-token-source';
import { ask } from './raw-client';
import { disposeRig, makeRig, openChannel, reach, workEndpoint, type ScriptAccessRig } from './script-access-rig';

let rig: ScriptAccessRig;
beforeEach(async () => {
  rig = await makeRig();
  rig.keeper.start();
  await reach(rig.keeper, 'valid');
});
afterEach(async () => {
  await disposeRig(rig);
});

const readSecret = async (): Promise<string> => (await readFile(rig.paths.secretFilePath, 'utf8')).trim();

/** Starts a channel on the rig's keeper with the rig's paths. */
const start = () =>
  startScriptAccessServer({ socketPath: rig.paths.socketPath, secretFilePath: rig.paths.secretFilePath, tokens: tokenSourceFromKeeper(workEndpoint(rig), rig.keeper) });

describe('the script-access channel on disk', () => {
  it('creates a 0700 folder, a 0600 socket and a 0600 file with a 32-byte secret; close() removes both', async () => {
    const channel = await openChannel(rig);
    const folder = await lstat(rig.paths.directory);
    const socket = await lstat(rig.paths.socketPath);
    const secretFile = await lstat(rig.paths.secretFilePath);
    expect(folder.isDirectory() && (folder.mode & 0o777)).toBe(0o700);
    expect(socket.isSocket() && (socket.mode & 0o777)).toBe(0o600);
    expect(secretFile.isFile() && (secretFile.mode & 0o777)).toBe(0o600);
    expect(await readSecret()).toMatch(/^[0-9a-f]{64}$/);
    await channel.close();
    await channel.close();
    await expect(lstat(rig.paths.socketPath)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(lstat(rig.paths.secretFilePath)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('writes a new secret each time it starts', async () => {
    const first = await openChannel(rig);
    const before = await readSecret();
    await first.close();
    await openChannel(rig);
    expect(await readSecret()).not.toBe(before);
  });

  it('refuses a folder that is a symbolic link, and writes nothing through it', async () => {
    const target = join(rig.root, 'elsewhere');
    await mkdir(target, { mode: 0o700 });
    await symlink(target, rig.paths.directory);
    await expect(start()).rejects.toThrow(new ScriptAccessError('insecure', `The folder ${rig.paths.directory} is a symbolic link`));
    expect(await readdirNames(target)).toEqual([]);
  });

  it('refuses a folder open to the group or others, and leaves its mode alone', async () => {
    await mkdir(rig.paths.directory, { mode: 0o750 });
    await expect(start()).rejects.toMatchObject({ kind: 'insecure', message: expect.stringMatching(/open to other users \(mode 750/) });
    expect((await stat(rig.paths.directory)).mode & 0o777).toBe(0o750);
    await expect(lstat(rig.paths.secretFilePath)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.runIf(process.getuid?.() === 0)('refuses a folder owned by another user', async () => {
    await mkdir(rig.paths.directory, { mode: 0o700 });
    await chown(rig.paths.directory, 65534, 65534);
    await expect(start()).rejects.toMatchObject({ kind: 'insecure', message: expect.stringMatching(/belongs to another user \(uid 65534\)/) });
  });

  it('removes a stale socket left by a crashed app and serves on a fresh one', async () => {
    await mkdir(rig.paths.directory, { mode: 0o700 });
    const listenThenDie = `require('node:net').createServer().listen(${JSON.stringify(rig.paths.socketPath)}, () => process.exit(0))`;
    execFileSync(process.execPath, ['-e', listenThenDie]);
    expect((await lstat(rig.paths.socketPath)).isSocket()).toBe(true);
    await openChannel(rig);
    expect(await ask(rig.paths.socketPath, await readSecret())).toMatchObject({ ok: true, profile: 'work' });
  });

  it('refuses to start while another server answers on the socket', async () => {
    await openChannel(rig);
    await expect(start()).rejects.toMatchObject({ kind: 'in-use' });
    expect(await ask(rig.paths.socketPath, await readSecret())).toMatchObject({ ok: true });
  });

  it('refuses a socket path that holds a regular file, and keeps the file', async () => {
    await mkdir(rig.paths.directory, { mode: 0o700 });
    await writeFile(rig.paths.socketPath, 'not a socket');
    await expect(start()).rejects.toMatchObject({ kind: 'insecure', message: expect.stringMatching(/is not a socket/) });
    expect(await readFile(rig.paths.socketPath, 'utf8')).toBe('not a socket');
  });

  it.runIf(existsSync('/proc/self/net/tcp'))('listens on its Unix socket and on no TCP port', async () => {
    const before = await ownListeningSockets();
    expect(before.tcp).toHaveLength(1); // the stand-in server's port: proof that TCP listeners are seen
    await openChannel(rig);
    const after = await ownListeningSockets();
    expect(after.tcp).toEqual(before.tcp);
    expect(after.unix).toEqual([...before.unix, rig.paths.socketPath]);
  });
});

async function readdirNames(path: string): Promise<string[]> {
  return readdir(path);
}

/** Listening TCP sockets (inodes) and Unix socket paths that this process holds open (Linux /proc). */
async function ownListeningSockets(): Promise<{ tcp: string[]; unix: string[] }> {
  const fds = await readdir('/proc/self/fd');
  const links = await Promise.all(fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  const mine = new Set(links.flatMap((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1] ?? []));
  const rows = async (file: string): Promise<string[][]> =>
    (await readFile(file, 'utf8').catch(() => '')).split('\n').slice(1).filter(Boolean).map((line) => line.trim().split(/\s+/));
  const tcp = [...(await rows('/proc/self/net/tcp')), ...(await rows('/proc/self/net/tcp6'))]
    .filter((row) => row[3] === '0A' && mine.has(row[9] ?? ''))
    .map((row) => row[9] ?? '')
    .sort();
  // /proc/net/unix: Num RefCount Protocol Flags Type St Inode Path; flag 00010000 marks a listening socket.
  const unix = (await rows('/proc/self/net/unix'))
    .filter((row) => row[3] === '00010000' && mine.has(row[6] ?? '') && row[7] !== undefined)
    .map((row) => row[7] ?? '')
    .sort();
  return { tcp, unix };
}

