import { describe, expect, it } from 'vitest';
import { createTimeFormatter } from '../../common/time-format';
import { DEMO_ACCOUNT } from '../mock-server';
import { electron, until, useTestbed } from '../harness';

const bed = useTestbed();
const START = new Date('2026-03-02T08:00:00Z');
const HOUR = 3_600_000;

describe('tray menu', () => {
  it('shows the email and expiry, and copies the issued token and the Authorization header', async () => {
    const app = await bed.launchSignedIn({ clock: START });
    const issued = bed.server.requests[0]?.issuedToken;
    expect(issued).toMatch(/^eyJ/);

    const expiresAt = new Date(START.getTime() + 24 * HOUR);
    expect(app.menuLabel('status')).toBe(`${DEMO_ACCOUNT.email} · expires ${createTimeFormatter()(expiresAt)} (in 24 h)`);
    expect(app.tray.image.path).toMatch(/tray-valid(Template)?\.png$/);
    expect(app.tray.image.exists).toBe(true);

    app.click('copy-token');
    await until(() => electron.clipboard.writes.length === 1, 'the token to be copied');
    expect(electron.clipboard.text).toBe(issued);

    app.click('copy-header');
    await until(() => electron.clipboard.writes.length === 2, 'the header to be copied');
    expect(electron.clipboard.text).toBe(`Bearer ${issued}`);
  });

  it('disables the copy items while signed out, and Settings opens the window', async () => {
    const app = await bed.launch();
    app.settingsWindow?.close();
    expect(app.menuEnabled('copy-token')).toBe(false);
    expect(app.menuEnabled('copy-header')).toBe(false);
    expect(() => app.click('copy-token')).toThrow(/disabled/);
    expect(electron.clipboard.writes).toEqual([]);

    app.click('settings');
    await until(() => app.settingsWindow?.visible === true, 'the settings window to show');
    expect(electron.BrowserWindow.instances).toHaveLength(2);
  });

  it('double-clicking the icon copies the token (the default item)', async () => {
    const app = await bed.launchSignedIn();
    app.tray.emit('double-click');
    await until(() => electron.clipboard.writes.length === 1, 'the token to be copied');
    expect(electron.clipboard.text).toBe(bed.server.requests[0]?.issuedToken);
  });
});
