import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import {
  ACME,
  dismissFirstRun,
  expectNoSecrets,
  expectNoSevereAxeViolations,
  focusedId,
  openTab,
  saveScreenshot,
  useSettingsWindows,
  type TabName,
} from './window-fixture';

const bed = useSettingsWindows();
const TABS: readonly TabName[] = ['Status', 'Profiles & account', 'Preferences', 'About'];
const VIEWPORT = { width: 460, height: 700 };

/** Asserts the element is shown and lies wholly inside the 460×700 viewport, the page not scrolled. */
async function expectInViewport(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  expect(box, selector).not.toBeNull();
  expect(await page.evaluate<number>('window.scrollY')).toBe(0);
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${selector} right edge`).toBeLessThanOrEqual(VIEWPORT.width);
  expect(box!.y + box!.height, `${selector} bottom edge`).toBeLessThanOrEqual(VIEWPORT.height);
}

describe('window layout at 460×700', () => {
  it('opens on Status with the state, expiry, countdown and the three actions visible without scrolling', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await bed.signIn(window, { ...ACME });
    await dismissFirstRun(page);
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await expect(page.getByRole('tab', { name: 'Status' }).getAttribute('aria-selected')).resolves.toBe('true');
    for (const selector of ['#status-state', '#status-expiry', '#status-countdown', '#copy-token', '#copy-header', '#refresh-now']) {
      await expectInViewport(page, selector);
    }
    await expect(page.locator('#status-countdown').textContent()).resolves.toMatch(/^\(in 23 h 59 min\)$/);
    await expect(page.locator('#status-expiry').textContent()).resolves.not.toMatch(/\d\d:\d\d:\d\d/);
    await saveScreenshot(page, 'status-signed-in-light');
  });

  it('counts down live, with seconds only in the last minute', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    bed.server.setBehaviour('token', { lifetimeSec: 50 });
    await bed.signIn(window, DEMO_ACCOUNT);
    await dismissFirstRun(page);
    const first = await page.locator('#status-countdown').textContent();
    expect(first).toMatch(/^\(in \d\d? s\)$/);
    await page.locator('#status-countdown', { hasNotText: first ?? '' }).waitFor();
    const seconds = (text: string | null) => Number(/(\d+) s/.exec(text ?? '')?.[1]);
    expect(seconds(await page.locator('#status-countdown').textContent())).toBeLessThan(seconds(first));
  });
});

describe('tabs', () => {
  it('work with the keyboard alone: arrows move and select, Home/End jump, Tab enters the panel', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await bed.signIn(window, DEMO_ACCOUNT);
    await dismissFirstRun(page);
    await page.getByRole('tab', { name: 'Status' }).focus();
    const selected = () => page.locator('[role="tab"][aria-selected="true"]').textContent();
    await page.keyboard.press('ArrowRight');
    await expect(selected()).resolves.toBe('Profiles & account');
    await expect(focusedId(page)).resolves.toBe('tab-profiles');
    await page.keyboard.press('End');
    await expect(selected()).resolves.toBe('About');
    await page.keyboard.press('ArrowRight');
    await expect(selected()).resolves.toBe('Status');
    await page.keyboard.press('ArrowLeft');
    await expect(selected()).resolves.toBe('About');
    await page.keyboard.press('Home');
    await expect(selected()).resolves.toBe('Status');
    // Only the selected tab is in the Tab order (roving tabindex); each panel shows alone.
    await expect(page.locator('[role="tab"][tabindex="0"]').count()).resolves.toBe(1);
    await expect(page.locator('[role="tabpanel"]:not([hidden])').count()).resolves.toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focusedId(page)).resolves.toBe('copy-token');
    await page.keyboard.press('Enter');
    await page.locator('#status-message.success').waitFor();
    expect(window.controller.clipboard.writes).toEqual([bed.issuedTokens().at(-1)]);
  });

  it.each(['light', 'dark'] as const)('pass axe in every tab in %s mode, and screenshot each', async (colorScheme) => {
    const window = await bed.openWindow({ colorScheme });
    const { page } = window;
    await bed.signIn(window, ACME);
    await dismissFirstRun(page);
    for (const name of TABS) {
      await openTab(page, name);
      await expectNoSevereAxeViolations(page);
      const file = name.toLowerCase().replace(/ & /g, '-').replace(/\s+/g, '-');
      await saveScreenshot(page, `tab-${file}-${colorScheme}`);
    }
    expect(window.console.filter((line) => /Content Security Policy|pageerror/i.test(line))).toEqual([]);
  }, 90_000);
});

describe('first run and account', () => {
  it.each(['light', 'dark'] as const)('starts on Profiles & account, then shows the first-run panel (%s)', async (colorScheme) => {
    const window = await bed.openWindow({ colorScheme, trayMissing: true });
    const { page } = window;
    await expect(page.getByRole('tab', { name: 'Profiles & account' }).getAttribute('aria-selected')).resolves.toBe('true');
    // Email comes first; the name follows it; the custom URL shows only for Custom.
    const fields = await page.locator('#account-form input:not([type=radio])').evaluateAll((inputs) => inputs.map((i) => i.id));
    expect(fields.slice(0, 2)).toEqual(['email', 'name']);
    await expect(page.getByLabel('Custom base URL').isHidden()).resolves.toBe(true);
    await saveScreenshot(page, `first-run-empty-${colorScheme}`);
    await bed.signIn(window, DEMO_ACCOUNT);
    await page.locator('#first-run').waitFor();
    await expect(page.getByRole('tab', { name: 'Status' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#first-run').textContent()).resolves.toMatch(/tray icon.*Start at login.*patchworks-token/s);
    await expect(page.locator('#tray-missing').textContent()).resolves.toMatch(/StatusNotifierWatcher.*AppIndicator/s);
    // Status stays first: its actions are still above the fold with the panel and the note open.
    for (const selector of ['#status-state', '#copy-token', '#refresh-now']) await expectInViewport(page, selector);
    await expectNoSevereAxeViolations(page);
    await saveScreenshot(page, `first-run-panel-${colorScheme}`);
    await expect(focusedId(page)).resolves.toBe('first-run-start-at-login');
    await page.keyboard.press('Space');
    await page.locator('#first-run-message.success').waitFor();
    expect(window.controller.getSnapshot().preferences.startAtLogin).toBe(true);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('#first-run').isHidden()).resolves.toBe(true);
  });

  it('summarises a signed-in account with Change… and Sign out; the form appears only to change it', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await bed.signIn(window, DEMO_ACCOUNT);
    await dismissFirstRun(page);
    await openTab(page, 'Profiles & account');
    await expect(page.locator('#account-summary-text').textContent()).resolves.toBe(
      `${DEMO_ACCOUNT.email} on Custom (${bed.server.url}) · signed in`,
    );
    await expect(page.locator('#account-form').isHidden()).resolves.toBe(true);
    await expect(page.locator('.profile-detail').textContent()).resolves.toMatch(/^Custom · expires \S+ \d\d:\d\d\b/);
    await page.getByRole('button', { name: 'Change…' }).click();
    await expect(focusedId(page)).resolves.toBe('email');
    await expect(page.getByLabel('Custom base URL').isVisible()).resolves.toBe(true);
    await page.getByLabel('Production').check();
    await expect(page.getByLabel('Custom base URL').isHidden()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('#account-summary').isVisible()).resolves.toBe(true);
    await expect(focusedId(page)).resolves.toBe('change-account');
  });

  it.each(['light', 'dark'] as const)('shows a wrong password by the form, never the password (%s)', async (colorScheme) => {
    const window = await bed.openWindow({ colorScheme });
    const { page } = window;
    await bed.signIn(window, { email: DEMO_ACCOUNT.email, password: 'wrong-password-987' });
    await expect(page.locator('#account-message').textContent()).resolves.toMatch(/password|credentials/i);
    await saveScreenshot(page, `wrong-password-${colorScheme}`);
    await page.getByLabel('Password', { exact: true }).fill('');
    await expectNoSecrets(window, ['wrong-password-987']);
  });
});

describe('preferences apply on change', () => {
  it('saves each field as it changes, with an inline confirmation, and refuses in the field’s own words', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await openTab(page, 'Preferences');
    await expect(page.getByRole('button', { name: /^Save/ }).count()).resolves.toBe(0);
    await page.getByLabel('Refresh before expiry').fill('45');
    await page.getByLabel('Refresh before expiry').press('Enter');
    await expect(page.locator('#preferences-message').textContent()).resolves.toBe('Saved. Refresh before expiry: 45 minutes.');
    expect(window.controller.getSnapshot().preferences.refreshLeadMinutes).toBe(45);

    await page.getByLabel('Show notifications').uncheck();
    await page.locator('#preferences-message', { hasText: 'Show notifications is off.' }).waitFor();
    expect(window.controller.getSnapshot().preferences.notificationsEnabled).toBe(false);

    await page.getByLabel('Warn before a copied token expires').fill('-3');
    await page.getByLabel('Warn before a copied token expires').blur();
    await page.locator('#preferences-message.error').waitFor();
    await expect(page.locator('#notifyLeadMinutes-error').textContent()).resolves.toBe(
      'Warn before a copied token expires: enter a whole number of minutes from 0 to 720.',
    );
    expect(window.controller.getSnapshot().preferences.notifyLeadMinutes).toBe(15);
    await expectNoSevereAxeViolations(page);
    await saveScreenshot(page, 'preferences-refused-light');
  });

  it('records the shortcut from the keys pressed, and Clear removes it', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await openTab(page, 'Preferences');
    await page.getByLabel('Shortcut to copy the token').focus();
    await page.keyboard.press('Control+Shift+KeyY');
    await page.locator('#preferences-message.success').waitFor();
    await expect(page.getByLabel('Shortcut to copy the token').inputValue()).resolves.toBe('Ctrl+Shift+Y');
    expect(window.controller.getSnapshot().preferences.globalShortcut).toBe('CommandOrControl+Shift+Y');
    expect(window.controller.record.shortcuts.at(-1)).toBe('CommandOrControl+Shift+Y');

    await page.keyboard.press('KeyT');
    await page.locator('#preferences-message.error').waitFor();
    await expect(page.locator('#globalShortcut-error').textContent()).resolves.toMatch(/^Shortcut to copy the token: press a modifier/);
    expect(window.controller.getSnapshot().preferences.globalShortcut).toBe('CommandOrControl+Shift+Y');

    // Tab still leaves the field; Clear is next.
    await page.keyboard.press('Tab');
    await expect(focusedId(page)).resolves.toBe('globalShortcut-clear');
    await page.keyboard.press('Enter');
    await page.locator('#preferences-message', { hasText: 'The shortcut is cleared.' }).waitFor();
    expect(window.controller.getSnapshot().preferences.globalShortcut).toBe('');
  });
});

describe('About', () => {
  it('shows versions, opens the logs, copies diagnostics in main without secrets', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await bed.signIn(window, DEMO_ACCOUNT);
    await dismissFirstRun(page);
    await openTab(page, 'About');
    await expect(page.locator('#about-version').textContent()).resolves.toBe('0.1.0');
    await expect(page.locator('#about-electron').textContent()).resolves.toBe('45.5.0');
    await page.getByRole('button', { name: 'Open logs folder' }).click();
    await page.locator('#about-message.success').waitFor();
    expect(window.controller.record.openedLogs).toHaveLength(1);
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await page.locator('#about-message', { hasText: 'Diagnostics copied' }).waitFor();
    const copied = window.controller.clipboard.writes.at(-1) ?? '';
    expect(copied).toMatch(/^Patchworks Token Tray 0\.1\.0\n/);
    for (const secret of [DEMO_ACCOUNT.password, DEMO_ACCOUNT.email, ...bed.issuedTokens()]) expect(copied).not.toContain(secret);
    await expectNoSecrets(window, [DEMO_ACCOUNT.password, ...bed.issuedTokens()]);
  });

  it('resets all data after an in-page confirmation, with the keyboard', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await bed.signIn(window, DEMO_ACCOUNT);
    await dismissFirstRun(page);
    await openTab(page, 'About');
    await page.getByRole('button', { name: 'Reset all data…' }).focus();
    await page.keyboard.press('Enter');
    await expect(focusedId(page)).resolves.toBe('reset-confirm-no');
    await page.keyboard.press('Escape');
    await expect(focusedId(page)).resolves.toBe('reset-all');
    expect(window.controller.record.quits).toBe(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await expect(focusedId(page)).resolves.toBe('reset-confirm-yes');
    await page.keyboard.press('Enter');
    await page.locator('#reset-message.success').waitFor();
    expect(window.controller.record.quits).toBe(1);
    expect(window.controller.record.removed).toEqual(expect.arrayContaining(['settings.json']));
    expect(await window.controller.secretFiles()).toEqual([]);
    expect(window.dialogs).toEqual([]);
  });
});
