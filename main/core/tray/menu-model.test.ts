import { describe, expect, it } from 'vitest';
import { buildTrayMenu, buildTrayView, menuAction } from './menu-model';
import { NOW, tokenExpiringIn, trayInput } from './test-fixtures';

const HOUR = 3_600_000;

/** Refresh failing with an hour of the old token left and a retry in 40 s. */
const failingFor = (message: string) =>
  trayInput({
    status: 'failing',
    token: tokenExpiringIn(HOUR),
    nextAttemptAt: new Date(NOW.getTime() + 40_000),
    lastError: { kind: 'server', message },
  });

function item(items: ReturnType<typeof buildTrayMenu>, id: string) {
  const found = items.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no menu item ${id}`);
  return found;
}

describe('buildTrayMenu', () => {
  it('lists the items in order with stable ids', () => {
    const items = buildTrayMenu(trayInput({ status: 'valid', token: tokenExpiringIn(HOUR) }));
    expect(items.map((i) => i.id)).toEqual([
      'status',
      'separator-1',
      'copy-token',
      'copy-header',
      'refresh-now',
      'separator-2',
      'settings',
      'start-at-login',
      'separator-3',
      'quit',
    ]);
    expect(items.filter((i) => i.isDefault).map((i) => i.id)).toEqual(['copy-token']);
    expect(item(items, 'status').enabled).toBe(false);
    expect(item(items, 'copy-header').label).toBe('Copy Authorization header');
  });

  it('enables copying while the token is valid', () => {
    const items = buildTrayMenu(
      trayInput({ status: 'valid', token: tokenExpiringIn((23 * 60 + 12) * 60_000 + 10_000) }),
    );
    expect(item(items, 'status').label).toBe('you@company.com · expires 10:03 (in 23 h)');
    expect(item(items, 'copy-token').enabled).toBe(true);
    expect(item(items, 'copy-header').enabled).toBe(true);
    expect(item(items, 'refresh-now').enabled).toBe(true);
  });

  it('keeps copying enabled while a refresh fails but the old token lasts', () => {
    const items = buildTrayMenu(failingFor('Cannot reach the server'));
    expect(item(items, 'status').label).toBe('Refresh failing — retrying in 40 s');
    expect(item(items, 'copy-token').enabled).toBe(true);
  });

  it.each([
    ['proxy-auth', 'Refresh failing — the proxy needs credentials, retrying in 40 s'],
    ['proxy-unreachable', 'Refresh failing — the proxy cannot be reached, retrying in 40 s'],
    ['proxy-settings', 'Refresh failing — the proxy setting cannot be used, retrying in 40 s'],
    ['untrusted-certificate', 'Refresh failing — the certificate is not trusted, retrying in 40 s'],
    ['network', 'Refresh failing — retrying in 40 s'],
  ])('names the cause of a %s failure in the status line', (kind, label) => {
    const input = trayInput({ status: 'failing', token: tokenExpiringIn(HOUR), nextAttemptAt: new Date(NOW.getTime() + 40_000), lastError: { kind, message: 'x' } });
    expect(item(buildTrayMenu(input), 'status').label).toBe(label);
  });

  it.each([
    ['signed out', trayInput({ status: 'stopped' }, { email: '' }), 'Signed out — open Settings to sign in'],
    ['signing in', trayInput({ status: 'signing-in' }), 'Signing in…'],
    [
      'rejected credentials',
      trayInput({ status: 'needs-sign-in', lastError: { kind: 'invalid-credentials', message: 'x' } }),
      'Sign-in rejected — open Settings to sign in again',
    ],
    [
      'expired and retrying',
      trayInput({ status: 'expired', nextAttemptAt: new Date(NOW.getTime() + 5 * 60_000) }),
      'Token expired — retrying in 5 min',
    ],
    [
      'first sign-in failing',
      trayInput({ status: 'failing', nextAttemptAt: new Date(NOW.getTime() - 1) }),
      'Sign-in failing — retrying now',
    ],
    [
      'a stale "valid" state whose token has run out',
      trayInput({ status: 'valid', token: tokenExpiringIn(-1) }),
      'Token expired — waiting for a fresh one',
    ],
    ['stopped', trayInput({ status: 'stopped' }), 'Auto-refresh stopped — use Refresh now'],
  ])('disables copying when %s, and says why', (_name, input, label) => {
    const items = buildTrayMenu(input);
    expect(item(items, 'status').label).toBe(label);
    expect(item(items, 'copy-token').enabled).toBe(false);
    expect(item(items, 'copy-header').enabled).toBe(false);
  });

  it('disables "Refresh now" while signed out or while a login is in flight', () => {
    expect(item(buildTrayMenu(trayInput({ status: 'idle' }, { email: '' })), 'refresh-now').enabled).toBe(false);
    expect(item(buildTrayMenu(trayInput({ status: 'refreshing', token: tokenExpiringIn(HOUR) })), 'refresh-now').enabled).toBe(false);
    expect(item(buildTrayMenu(trayInput({ status: 'needs-sign-in' })), 'refresh-now').enabled).toBe(true);
  });

  it('offers "Install command-line tool…" after "Start at login" only where the install can take it', () => {
    const offered = buildTrayMenu(trayInput({ status: 'idle' }, { cliToolInstallable: true }));
    expect(offered.map((i) => i.id).slice(-4)).toEqual(['start-at-login', 'install-cli-tool', 'separator-3', 'quit']);
    expect(item(offered, 'install-cli-tool')).toMatchObject({ label: 'Install command-line tool…', enabled: true, action: { kind: 'install-cli-tool' } });
    expect(menuAction(offered, 'install-cli-tool')).toEqual({ kind: 'install-cli-tool' });
    expect(buildTrayMenu(trayInput({ status: 'idle' })).some((i) => i.id === 'install-cli-tool')).toBe(false);
  });

  it('reflects "Start at login" as a checkbox', () => {
    const on = item(buildTrayMenu(trayInput({ status: 'idle' }, { startAtLogin: true })), 'start-at-login');
    const off = item(buildTrayMenu(trayInput({ status: 'idle' }, { startAtLogin: false })), 'start-at-login');
    expect(on).toMatchObject({ type: 'checkbox', checked: true, enabled: true });
    expect(off).toMatchObject({ type: 'checkbox', checked: false });
  });

  it('never puts the token into any label', () => {
    const token = tokenExpiringIn(HOUR);
    const statuses = ['idle', 'signing-in', 'valid', 'refreshing', 'failing', 'expired', 'needs-sign-in', 'stopped'] as const;
    for (const status of statuses) {
      const view = buildTrayView(trayInput({ status, token }));
      const text = JSON.stringify(view);
      expect(text).not.toContain(token.token);
    }
  });
});

describe('buildTrayView', () => {
  it('adds the last error to the tooltip while refreshing fails', () => {
    const view = buildTrayView(failingFor('The server answered 503'));
    expect(view.tooltip).toBe(
      'Patchworks Token Tray\nRefresh failing — retrying in 40 s\nThe server answered 503',
    );
    expect(view.icon).toBe('failing');
  });

  it('keeps the tooltip within 127 characters', () => {
    const view = buildTrayView(
      trayInput({ status: 'failing', lastError: { kind: 'server', message: 'x'.repeat(300) } }),
    );
    expect(view.tooltip).toHaveLength(127);
    expect(view.tooltip.endsWith('…')).toBe(true);
  });
});

describe('buildTrayMenu with several profiles', () => {
  const staging = { id: 'p-stage', name: 'Staging', state: { status: 'valid' as const, token: tokenExpiringIn(HOUR) }, email: 'dev@stage.example' };
  const signedOut = { id: 'p-home', name: 'Home', state: { status: 'stopped' as const }, email: '' };
  const input = trayInput({ status: 'valid', token: tokenExpiringIn(HOUR) }, { defaultName: 'Work', others: [staging, signedOut] });

  it('keeps the default profile on top with the same ids, then one submenu per other profile', () => {
    const items = buildTrayMenu(input);
    expect(items.map((i) => i.id)).toEqual([
      'status', 'separator-1', 'copy-token', 'copy-header', 'refresh-now',
      'profile@p-stage', 'profile@p-home',
      'separator-2', 'settings', 'start-at-login', 'separator-3', 'quit',
    ]);
    expect(item(items, 'status').label).toBe('Work · you@company.com · expires 11:51 (in 1 h)');
    expect(items.filter((i) => i.isDefault).map((i) => i.id)).toEqual(['copy-token']);
  });

  it("gives each submenu the profile's own status line and actions, with profile-scoped ids", () => {
    const items = buildTrayMenu(input);
    expect(item(items, 'profile@p-stage')).toMatchObject({ label: 'Staging', type: 'submenu', enabled: true });
    const stage = item(items, 'profile@p-stage').submenu ?? [];
    expect(stage.map((i) => [i.id, i.label, i.enabled])).toEqual([
      ['status@p-stage', 'dev@stage.example · expires 11:51 (in 1 h)', false],
      ['copy-token@p-stage', 'Copy token', true],
      ['copy-header@p-stage', 'Copy Authorization header', true],
      ['refresh-now@p-stage', 'Refresh now', true],
    ]);
    const home = item(items, 'profile@p-home').submenu ?? [];
    expect(home.map((i) => [i.id, i.enabled])).toEqual([
      ['status@p-home', false], ['copy-token@p-home', false], ['copy-header@p-home', false], ['refresh-now@p-home', false],
    ]);
    expect(home[0]?.label).toBe('Signed out — open Settings to sign in');
  });

  it('is exactly the one-profile menu when there are no others', () => {
    const alone = trayInput({ status: 'valid', token: tokenExpiringIn(HOUR) }, { defaultName: 'Work', others: [] });
    expect(buildTrayMenu(alone)).toEqual(buildTrayMenu(trayInput({ status: 'valid', token: tokenExpiringIn(HOUR) })));
  });

  it('takes its tooltip and icon from the default profile only', () => {
    const failingOther = { ...staging, state: { status: 'failing' as const, lastError: { kind: 'server', message: 'down' } } };
    const view = buildTrayView({ ...input, others: [failingOther] });
    expect(view.icon).toBe('valid');
    expect(view.tooltip).not.toContain('down');
  });
});

describe('menuAction', () => {
  const items = buildTrayMenu({
    ...trayInput({ status: 'valid', token: tokenExpiringIn(HOUR) }),
    others: [{ id: 'p-stage', name: 'Staging', email: 'a@b.test', state: { status: 'valid', token: tokenExpiringIn(HOUR) } }],
  });

  it.each([
    ['copy-token', { kind: 'copy-token', format: 'token' }],
    ['quit', { kind: 'quit' }],
    ['settings', { kind: 'open-settings' }],
    ['copy-header@p-stage', { kind: 'copy-token', format: 'authorization-header', profileId: 'p-stage' }],
    ['refresh-now@p-stage', { kind: 'refresh-now', profileId: 'p-stage' }],
  ])('finds the action of %s', (id, action) => expect(menuAction(items, id)).toEqual(action));

  it.each(['profile@p-stage', 'status', 'separator-1', 'quit@p-stage', 'copy-token@', 'nonsense', ''])(
    'finds none for %s',
    (id) => expect(menuAction(items, id)).toBeUndefined(),
  );
});

describe('buildTrayMenu: updates', () => {
  const valid = { status: 'valid', token: tokenExpiringIn(HOUR) } as const;

  it('offers "Check for updates…" and shows the version above Quit', () => {
    const items = buildTrayMenu(trayInput(valid, { updates: { currentVersion: '0.1.0', canCheck: true, canRestart: false } }));
    expect(items.map((i) => i.id).slice(-5)).toEqual(['separator-3', 'check-updates', 'version', 'separator-4', 'quit']);
    expect(item(items, 'check-updates')).toMatchObject({ label: 'Check for updates…', enabled: true });
    expect(item(items, 'version')).toMatchObject({ label: 'Version 0.1.0', enabled: false });
    expect(items.some((i) => i.id === 'restart-to-update')).toBe(false);
  });

  it('adds "Restart to update" once a version is downloaded, and greys out the check while one runs', () => {
    const items = buildTrayMenu(trayInput(valid, { updates: { currentVersion: '0.1.0', canCheck: false, canRestart: true } }));
    expect(items.map((i) => i.id).slice(-5)).toEqual(['restart-to-update', 'check-updates', 'version', 'separator-4', 'quit']);
    expect(item(items, 'restart-to-update')).toMatchObject({ label: 'Restart to update', enabled: true });
    expect(item(items, 'check-updates').enabled).toBe(false);
  });

  it('each update item carries its action; the version line does nothing', () => {
    const items = buildTrayMenu(trayInput(valid, { updates: { currentVersion: '0.1.0', canCheck: true, canRestart: true } }));
    expect(menuAction(items, 'check-updates')).toEqual({ kind: 'check-for-updates' });
    expect(menuAction(items, 'restart-to-update')).toEqual({ kind: 'restart-to-update' });
    expect(menuAction(items, 'version')).toBeUndefined();
  });
});
