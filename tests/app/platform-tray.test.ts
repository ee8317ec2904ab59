import { describe, expect, it } from 'vitest';
import { electron, installWlClipboard, settle, until, useTestbed, waylandSelection, type PlatformProfile } from '../harness';
import { addOpsProfile } from './profile-helpers';

const bed = useTestbed();
const PROFILES: PlatformProfile[] = ['linux-wayland', 'linux-x11', 'macos', 'windows'];

describe('tray clicks per desktop', () => {
  it.each(PROFILES)('on %s a left click shows the menu and runs no action', async (platform) => {
    const app = await bed.launchSignedIn({ platform });
    app.settingsWindow?.close();
    app.tray.userClick();
    await settle();
    expect(app.tray.menuOpened).toBe(1);
    expect(electron.clipboard.writes).toEqual([]);
    expect(app.settingsWindow).toBeUndefined();
  });

  it.each(PROFILES)('on %s every action is in the menu, none needs a double-click', async (platform) => {
    await installWlClipboard(bed.dirs);
    const app = await bed.launchSignedIn({ platform });
    const actions = ['copy-token', 'copy-header', 'refresh-now', 'settings', 'start-at-login', 'quit'];
    for (const id of actions) expect(app.menuEnabled(id)).toBe(true);
    const issued = bed.server.requests[0]?.issuedToken;
    app.click('copy-token');
    await until(() => electron.clipboard.text === issued || waylandSelection(bed.dirs) === issued, 'the copy from the menu');
  });
});

describe('menu labels with "&"', () => {
  it.each(PROFILES)('on %s show profile names and emails literally', async (platform) => {
    const app = await bed.launchSignedIn({ platform });
    const opsId = await addOpsProfile(app, bed.server);
    expect(await app.invoke('renameProfile', { profileId: opsId, name: 'R&D' })).toMatchObject({ ok: true });
    expect(await app.invoke('renameProfile', { profileId: await app.profileId('demo'), name: 'Tom && Jerry' })).toMatchObject({ ok: true });
    expect(app.menuLabel(`profile@${opsId}`)).toBe('R&D');
    expect(app.menuLabel('status')).toMatch(/^Tom && Jerry · /);
  });
});

describe('the settings window in front', () => {
  it('on macOS activates the menu-bar app so the window comes to the front', async () => {
    const app = await bed.launch({ platform: 'macos' });
    expect(app.settingsWindow?.visible).toBe(true);
    expect(app.settingsWindow?.focused).toBe(true);

    electron.app.userSwitchesAway();
    expect(app.settingsWindow?.focused).toBe(false);
    app.click('settings');
    await until(() => app.settingsWindow?.focused === true, 'the window to come to the front');
  });
});
