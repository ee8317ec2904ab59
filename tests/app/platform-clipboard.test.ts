import { describe, expect, it } from 'vitest';
import { electron, installWlClipboard, settle, until, useTestbed, waylandSelection, wlCopyArguments } from '../harness';

const bed = useTestbed();

describe('copying on Linux Wayland', () => {
  it('a tray copy reaches the selection through wl-copy, the token on stdin and never in its arguments', async () => {
    await installWlClipboard(bed.dirs);
    const app = await bed.launchSignedIn({ platform: 'linux-wayland' });
    const issued = bed.server.requests[0]?.issuedToken ?? '';
    expect(app.settingsWindow?.focused).toBe(false);

    app.click('copy-token');
    await until(() => waylandSelection(bed.dirs) === issued, 'the token in the Wayland selection');
    expect(wlCopyArguments(bed.dirs)).not.toContain(issued);
    expect(electron.Notification.shown).toEqual([]);
  });

  it('without wl-copy, a tray copy is not claimed: one notification says what to do, however often it is tried', async () => {
    const app = await bed.launchSignedIn({ platform: 'linux-wayland' });
    app.click('copy-token');
    await until(() => electron.Notification.shown.length === 1, 'the notification');
    expect(electron.Notification.shown[0]?.body).toMatch(/wl-clipboard/);
    app.click('copy-header');
    await settle();
    expect(electron.Notification.shown).toHaveLength(1);
    // The compositor dropped the unfocused writes, whatever readText says.
    expect(electron.clipboard.text).toBe('');
  });

  it('a copy from the focused settings window uses the clipboard directly', async () => {
    const app = await bed.launchSignedIn({ platform: 'linux-wayland' });
    app.settingsWindow?.userFocus();
    const result = await app.invoke('copyToken', { profileId: await app.profileId('demo'), format: 'token' });
    expect(result.ok).toBe(true);
    expect(electron.clipboard.text).toBe(bed.server.requests[0]?.issuedToken);
    expect(electron.Notification.shown).toEqual([]);
  });

  it('on X11 a tray copy uses the clipboard, focused or not', async () => {
    await installWlClipboard(bed.dirs);
    const app = await bed.launchSignedIn({ platform: 'linux-x11' });
    app.click('copy-token');
    await until(() => electron.clipboard.text === bed.server.requests[0]?.issuedToken, 'the copy');
    expect(waylandSelection(bed.dirs)).toBe('');
  });
});
