import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electron, readAppLog, useTestbed } from '../harness';
import { storedTwoProfiles } from './profile-helpers';

const bed = useTestbed();
const TITLE = 'Patchworks Token Tray could not start';

/** Asserts the launch gave up visibly: one error box naming `file` and matching `fix`, the log, a non-zero exit. */
async function expectFailedLaunch(file: string, fix: RegExp): Promise<void> {
  expect(electron.dialog.errorBoxes).toHaveLength(1);
  const [box] = electron.dialog.errorBoxes;
  expect(box).toMatchObject({ title: TITLE, shown: true });
  expect(box?.content).toContain(file);
  expect(box?.content).toMatch(fix);
  // app.exit() ends the process, tray included (which launch now creates before it opens the settings).
  expect(electron.app.calls).toContain('exit:1');
  expect(electron.app.exitCode).toBeGreaterThan(0);
  expect(await readAppLog(bed.dirs)).toContain(file);
}

describe('a launch that cannot go on', () => {
  it('settings.json is a folder: an error box names it and the fix, the log says so, and the app exits non-zero', async () => {
    const settingsPath = join(bed.dirs.userData, 'settings.json');
    mkdirSync(settingsPath, { recursive: true });
    await bed.launch();
    await expectFailedLaunch(settingsPath, /is a folder.*Move it away or delete it/s);
  });

  it('the data folder is a file (ENOTDIR), standing in for an unusable folder (EACCES cannot be provoked as root)', async () => {
    // Tests run as root, which ignores permission bits; a file where the folder should be fails the same way.
    rmSync(bed.dirs.userData, { recursive: true, force: true });
    writeFileSync(bed.dirs.userData, 'not a folder');
    await bed.launch();
    expect(electron.dialog.errorBoxes[0]?.content).toContain(bed.dirs.userData);
    expect(electron.dialog.errorBoxes[0]?.content).toMatch(/not a folder/);
    expect(electron.app.exitCode).toBeGreaterThan(0);
  });

  it('a full disk while a damaged settings file is set aside (ENOSPC injected at the copy): error box, log, exit', async () => {
    const settingsPath = join(bed.dirs.userData, 'settings.json');
    mkdirSync(bed.dirs.userData, { recursive: true });
    writeFileSync(settingsPath, '{ damaged');
    vi.doMock('../../main/core/storage/set-aside', async (original) => ({
      ...(await original<object>()),
      copyAside: (path: string) => {
        throw Object.assign(new Error(`ENOSPC: no space left on device, copyfile '${path}'`), { code: 'ENOSPC', path });
      },
    }));
    try {
      await bed.launch();
    } finally {
      vi.doUnmock('../../main/core/storage/set-aside');
    }
    await expectFailedLaunch(settingsPath, /disk .*is full/);
  });
});

describe('a launch that can go on', () => {
  it('one profile whose secrets file is a folder starts signed out with a notice naming it; the others run', async () => {
    const { opsId, opsSecrets } = await storedTwoProfiles(bed);
    rmSync(opsSecrets);
    mkdirSync(opsSecrets);

    const again = await bed.launch();
    expect(electron.dialog.errorBoxes).toEqual([]);
    expect(electron.app.exitCode).toBeUndefined();
    expect(electron.Tray.instances).toHaveLength(1);
    const notice = electron.Notification.shown.find((shown) => shown.body.includes(opsSecrets));
    expect(notice?.body).toMatch(/is a folder/);
    const snapshot = await again.snapshot();
    expect(snapshot.profiles.find((p) => p.id === opsId)).toMatchObject({ passwordStored: false });
    expect(snapshot.profiles.find((p) => p.id !== opsId)).toMatchObject({ passwordStored: true });
    expect(readdirSync(bed.dirs.userData)).toContain(`secrets-${opsId}.json`);
  });
});
