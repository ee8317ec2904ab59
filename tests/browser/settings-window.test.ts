import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '../../common/ipc-contract';
import { DEMO_ACCOUNT } from '../mock-server';
import { serveRenderer } from './settings-page';
import { TestAppController } from './test-controller';
import { ACME, expectNoSecrets, expectNoSevereAxeViolations, GLOBEX, openTab, profileRows, saveScreenshot, useSettingsWindows, type OpenWindow } from './window-fixture';


const bed = useSettingsWindows();
const openPage = bed.openWindow;
const signIn = bed.signIn;
const issuedTokens = () => bed.issuedTokens();

/** The one profile a single-account test works with. */
function onlyProfile(settings: OpenWindow): ProfileSnapshot {
  const { profiles } = settings.controller.getSnapshot();
  expect(profiles).toHaveLength(1);
  return profiles[0]!;
}

describe('settings window in Chromium', () => {
  it('signs in with good credentials and shows the expiry with a counting-down timer', async () => {
    const settings = await openPage();
    const { page } = settings;
    await signIn(settings, DEMO_ACCOUNT);
    await expect(page.locator('#account-message').textContent()).resolves.toMatch(/^Added “demo”\. Signed in as demo@patchworks\.test\. The token expires .+ \(in 23 h 59 min\)\.$/);
    await expect(page.locator('#status-state').textContent()).resolves.toBe('Signed in');
    await expect(page.locator('#status-expiry').textContent()).resolves.not.toBe('—');
    const token = issuedTokens().at(-1)!;
    await expect(page.locator('#status-preview').textContent()).resolves.toBe(`${token.slice(0, 4)}…${token.slice(-4)}`);
    await expect(page.locator('#status-countdown').textContent()).resolves.toBe('(in 23 h 59 min)');
    await expect(page.locator('#account-summary-text').textContent()).resolves.toBe(`demo@patchworks.test on Custom (${bed.server.url}) · signed in`);
    await expect(page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('');
    await expectNoSecrets(settings, [DEMO_ACCOUNT.password, ...issuedTokens()]);
  });

  it('shows the server message for a wrong password by the form, and never the password', async () => {
    const settings = await openPage();
    await signIn(settings, { email: DEMO_ACCOUNT.email, password: 'wrong-password-987' });
    const message = await settings.page.locator('#account-message').textContent();
    expect(message).toMatch(/password|credentials/i);
    // A refused attempt stores nothing: no profile is added and the message stays by the form.
    expect(settings.controller.getSnapshot().profiles).toEqual([]);
    await expect(settings.page.getByRole('radio', { name: 'demo' }).count()).resolves.toBe(0);
    await expect(settings.page.locator('#profiles-empty').isVisible()).resolves.toBe(true);
    await expect(settings.page.locator('#status-state').textContent()).resolves.toBe('Signed out');
    await expect(settings.page.locator('#status-error').textContent()).resolves.toBe('None');
    await expect(settings.page.locator('#password-stored').isHidden()).resolves.toBe(true);
    await expect(settings.page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('wrong-password-987');
    await settings.page.getByLabel('Password', { exact: true }).fill('');
    await expectNoSecrets(settings, ['wrong-password-987']);
  });

  it('keeps the signed-in account and its token when a later sign-in is refused', async () => {
    const settings = await openPage();
    await signIn(settings, DEMO_ACCOUNT);
    await settings.page.locator('#status-state', { hasText: 'Signed in' }).waitFor();
    const tokenBefore = onlyProfile(settings).token?.preview;
    await signIn(settings, { email: DEMO_ACCOUNT.email, password: 'wrong-password-987' });
    await expect(settings.page.locator('#account-message').textContent()).resolves.toMatch(/password|credentials/i);
    await expect(settings.page.locator('#status-state').textContent()).resolves.toBe('Signed in');
    expect(onlyProfile(settings)).toMatchObject({ status: 'valid', passwordStored: true });
    expect(onlyProfile(settings).token?.preview).toBe(tokenBefore);
    await openTab(settings.page, 'Status');
    await settings.page.getByRole('button', { name: 'Refresh now' }).click();
    await expect.poll(() => bed.server.requests.at(-1)?.passwordCorrect).toBe(true);
  });

  it('puts the server’s 422 field errors next to the fields', async () => {
    const settings = await openPage();
    bed.server.setBehaviour('validation-error');
    await signIn(settings, DEMO_ACCOUNT);
    const { page } = settings;
    await expect(page.locator('#account-message').getAttribute('class')).resolves.toContain('error');
    const emailError = page.locator('#email-error');
    await expect(emailError.isVisible()).resolves.toBe(true);
    await expect(emailError.textContent()).resolves.toMatch(/\S/);
    await expect(page.getByLabel('Email').getAttribute('aria-invalid')).resolves.toBe('true');
    const lastError = settings.received();
    expect(lastError).toContain('"fieldErrors"');
  });

  it('refuses a sign-in form main cannot accept, with messages by the fields', async () => {
    const settings = await openPage();
    const { page } = settings;
    const logins = bed.server.loginCount;
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Custom', { exact: true }).check();
    await page.getByLabel('Custom base URL').fill('http://svc-fabric.pwks.co');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#account-message.error').waitFor();
    await expect(page.locator('#email-error').textContent()).resolves.toBe('Enter a valid email address.');
    await expect(page.locator('#customBaseUrl-error').textContent()).resolves.toMatch(/https/);
    expect(bed.server.loginCount).toBe(logins);
  });

  it('switches environment and shows which base URL it will use', async () => {
    const settings = await openPage();
    const { page } = settings;
    const shown = page.locator('#base-url-shown');
    await expect(shown.textContent()).resolves.toBe('https://svc-fabric.pwks.co');
    await expect(page.getByLabel('Custom base URL').isHidden()).resolves.toBe(true);
    await page.getByLabel('Staging').check();
    await expect(shown.textContent()).resolves.toBe('https://svc-fabric-stage.pwks.co');
    await signIn(settings, DEMO_ACCOUNT);
    const profile = onlyProfile(settings);
    expect([profile.environment, profile.baseUrl]).toEqual(['custom', bed.server.url]);
    await expect(shown.textContent()).resolves.toBe(bed.server.url);
  });

  it('signs out: status signed out, password forgotten, copy refused', async () => {
    const settings = await openPage();
    const { page } = settings;
    await signIn(settings, DEMO_ACCOUNT);
    await openTab(page, 'Profiles & account');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#account-message.success').waitFor();
    // The status push that follows the success message may land a moment later: wait for it, never assume.
    await page.locator('#account-form').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#status-state').textContent()).toBe('Signed out');
    await expect.poll(() => page.locator('#status-preview').textContent()).toBe('—');
    await expect.poll(() => page.locator('#status-countdown').textContent()).toBe('');
    await page.locator('#password-stored').waitFor({ state: 'hidden' });
    await openTab(page, 'Status');
    await page.getByRole('button', { name: 'Copy token', exact: true }).click();
    await page.locator('#status-message.error').waitFor();
    expect(settings.controller.clipboard.writes).toEqual([]);
  });

  it('copies the token in main and refreshes on demand; the page sees neither token', async () => {
    const settings = await openPage();
    const { page } = settings;
    await signIn(settings, DEMO_ACCOUNT);
    await page.getByRole('button', { name: 'Copy Authorization header' }).click();
    await page.locator('#status-message.success').waitFor();
    expect(settings.controller.clipboard.writes).toEqual([`Bearer ${issuedTokens().at(-1)}`]);
    const logins = bed.server.loginCount;
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.locator('#status-message.success').filter({ hasText: 'Refreshed' }).waitFor();
    expect(bed.server.loginCount).toBe(logins + 1);
    const token = issuedTokens().at(-1)!;
    await expect(page.locator('#status-preview').textContent()).resolves.toBe(`${token.slice(0, 4)}…${token.slice(-4)}`);
    await expectNoSecrets(settings, [DEMO_ACCOUNT.password, ...issuedTokens()]);
  });

  it('never shows secrets a misbehaving server echoes back', async () => {
    const settings = await openPage();
    bed.server.setBehaviour('echo-secrets');
    await signIn(settings, DEMO_ACCOUNT);
    await expect(settings.page.locator('#account-message.error').isVisible()).resolves.toBe(true);
    await settings.page.getByLabel('Password', { exact: true }).fill(''); // what the user typed stays until then
    await expectNoSecrets(settings, [DEMO_ACCOUNT.password, ...issuedTokens()]);
  });

  it('keeps preferences applied on change across a reload', async () => {
    const settings = await openPage();
    const { page } = settings;
    await openTab(page, 'Preferences');
    const apply = async (label: string, value: string) => {
      await page.getByLabel(label).fill(value);
      await page.getByLabel(label).press('Enter');
      await page.locator('#preferences-message.success', { hasText: label }).waitFor();
    };
    await apply('Refresh before expiry', '45');
    await apply('Clear the clipboard after', '30');
    await page.getByLabel('Show notifications').uncheck();
    await page.locator('#preferences-message', { hasText: 'Show notifications is off.' }).waitFor();
    await page.locator('#startAtLogin').check();
    await page.locator('#preferences-message', { hasText: 'Start at login is on.' }).waitFor();
    await page.getByLabel('Allow scripts to read the token (patchworks-token)').check();
    await page.locator('#preferences-message', { hasText: 'Allow scripts to read the token (patchworks-token) is on.' }).waitFor();
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await openTab(page, 'Preferences');
    await expect(page.getByLabel('Refresh before expiry').inputValue()).resolves.toBe('45');
    await expect(page.getByLabel('Clear the clipboard after').inputValue()).resolves.toBe('30');
    await expect(page.getByLabel('Show notifications').isChecked()).resolves.toBe(false);
    await expect(page.locator('#startAtLogin').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Allow scripts to read the token (patchworks-token)').isChecked()).resolves.toBe(true);
    expect(settings.controller.getSnapshot().preferences).toMatchObject({
      refreshLeadMinutes: 45,
      clipboardClearSeconds: 30,
      startAtLogin: true,
      scriptAccessEnabled: true,
    });
  });

  it('shows the session-only notice when the keyring is not usable', async () => {
    const settings = await openPage({ sessionOnly: true });
    await openTab(settings.page, 'Status');
    await expect(settings.page.locator('#session-only').isVisible()).resolves.toBe(true);
    // The reason names the keyrings to install, as the vault words it for a basic_text backend.
    await expect(settings.page.locator('#session-only').textContent()).resolves.toMatch(/gnome-keyring.*KWallet/s);
    const normal = await openPage();
    await expect(normal.page.locator('#session-only').isHidden()).resolves.toBe(true);
  });

  it('opens documentation only through main’s allow-list', async () => {
    const settings = await openPage();
    await openTab(settings.page, 'About');
    await settings.page.getByRole('button', { name: 'Core API authentication' }).click();
    await expect.poll(() => settings.controller.opened).toEqual([
      'https://doc.wearepatchworks.com/product-documentation/api-reference/authentication',
    ]);
  });

  it('refuses bridge calls from a page on another origin', async () => {
    const controller = await TestAppController.create();
    const foreign = await serveRenderer();
    try {
      const settings = await bed.attach(controller);
      await settings.page.goto(`${foreign.origin}/index.html`);
      await settings.page.locator('#bridge-error').waitFor();
      await expect(settings.page.locator('#bridge-error').textContent()).resolves.toBe(
        'This request did not come from the settings window.',
      );
    } finally {
      await foreign.close();
    }
  });
});

describe('settings window: keyboard, accessibility, appearance', () => {
  it('reaches every control of a tab with Tab and signs in and applies a preference with the keyboard alone', async () => {
    const settings = await openPage();
    const { page } = settings;
    const controls = await page.evaluate<string[]>(
      "[...document.querySelectorAll('#panel-profiles input:not([type=radio]), #panel-profiles button, #panel-profiles input[type=radio]:checked')].filter((e) => e.checkVisibility()).map((e) => e.id || e.textContent)",
    );
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate<string>("document.activeElement?.id || document.activeElement?.textContent || ''"));
    }
    expect(controls).toEqual(expect.arrayContaining(['email', 'name', 'password', 'sign-in']));
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);

    await page.getByLabel('Email').focus();
    await page.keyboard.type(DEMO_ACCOUNT.email);
    await page.keyboard.press('Tab'); // the suggested profile name
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_ACCOUNT.password);
    await page.keyboard.press('Tab'); // the checked environment radio (Production)
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Custom: its URL field appears next
    await page.keyboard.press('Tab');
    await page.keyboard.type(bed.server.url);
    await page.keyboard.press('Enter');
    await page.locator('#account-message.success').waitFor({ state: 'attached' });
    await expect(page.locator('#status-state').textContent()).resolves.toBe('Signed in');

    await page.getByRole('tab', { name: 'Status' }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft'); // Preferences
    await page.locator('#startAtLogin').focus();
    await page.keyboard.press('Space');
    await page.locator('#preferences-message.success').waitFor();
    expect(settings.controller.getSnapshot().preferences.startAtLogin).toBe(true);
  });

  it.each(['light', 'dark'] as const)('passes axe with two profiles in %s mode, and screenshots', async (colorScheme) => {
    const settings = await openPage({ colorScheme });
    const { page } = settings;
    await bed.addTwoProfiles(settings);
    await page.getByRole('radio', { name: ACME.name }).check();
    await expect(profileRows(page)).resolves.toEqual([
      { name: ACME.name, isDefault: true, status: `Signed in · ${ACME.email}`, checked: true },
      { name: GLOBEX.name, isDefault: false, status: `Signed in · ${GLOBEX.email}`, checked: false },
    ]);
    await expectNoSevereAxeViolations(page);
    await saveScreenshot(page, `profiles-two-${colorScheme}`);
    expect(settings.console.filter((line) => /Content Security Policy|pageerror/i.test(line))).toEqual([]);
  });
});
