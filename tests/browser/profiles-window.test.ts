import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ACME,
  expectNoSecrets,
  expectNoSevereAxeViolations,
  focusedId,
  focusedValue,
  GLOBEX,
  openTab,
  profileRows,
  saveScreenshot,
  useSettingsWindows,
  type OpenWindow,
} from './window-fixture';

const bed = useSettingsWindows();


/** Every secret the tests put through the window: both passwords and every token issued. */
const allSecrets = (...extra: string[]) => [ACME.password, GLOBEX.password, ...extra, ...bed.issuedTokens()];

/** `first…last` as the window previews a token. */
const preview = (token: string) => `${token.slice(0, 4)}…${token.slice(-4)}`;

const text = (page: Page, selector: string) => page.locator(selector).textContent();

/** What the controller holds for the profile named `name`. */
function profileNamed(window: OpenWindow, name: string) {
  return window.controller.getSnapshot().profiles.find((p) => p.name === name);
}

describe('settings window with several profiles', () => {
  it('starts with an empty list and a form ready to add the first profile, which needs a name', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await expect(page.locator('#profiles-empty').isVisible()).resolves.toBe(true);
    await expect(profileRows(page)).resolves.toEqual([]);
    await expect(text(page, '#account-heading')).resolves.toBe('Account — new profile');
    for (const name of ['Add profile', 'Rename', 'Remove', 'Make default', 'Sign out', 'Copy token']) {
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    }
    // The name follows the email until the user types one.
    await page.getByLabel('Email', { exact: true }).fill('jane.doe@example.com');
    await expect(page.getByLabel('Profile name').inputValue()).resolves.toBe('jane.doe');
    await page.getByLabel('Profile name').fill('Mine');
    await page.getByLabel('Email', { exact: true }).fill('other@example.com');
    await expect(page.getByLabel('Profile name').inputValue()).resolves.toBe('Mine');

    const logins = bed.server.loginCount;
    await bed.signIn(window, { ...ACME, name: '  ' });
    await expect(text(page, '#name-error')).resolves.toBe('Enter a profile name.');
    await expect(page.getByLabel('Profile name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(focusedId(page)).resolves.toBe('name');
    expect(bed.server.loginCount).toBe(logins);
    expect(window.controller.getSnapshot().profiles).toEqual([]);
  });

  it('adds a second profile with another account: both listed with their status, each shown when selected', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await bed.signIn(window, ACME);
    await expect(text(page, '#account-message')).resolves.toMatch(/^Added “Acme production”\. Signed in as demo@patchworks\.test\./);
    await openTab(page, 'Profiles & account');
    await page.getByRole('button', { name: 'Add profile' }).click();
    await expect(focusedId(page)).resolves.toBe('email');
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.locator('#password-stored').isHidden()).resolves.toBe(true);
    await expect(page.locator('#profile-list').getByRole('radio', { checked: true }).count()).resolves.toBe(0);
    await bed.signIn(window, GLOBEX);
    await expect(text(page, '#account-message')).resolves.toMatch(/^Added “Globex staging”\. Signed in as ops@globex\.test\./);

    await expect(profileRows(page)).resolves.toEqual([
      { name: ACME.name, isDefault: true, status: `Signed in · ${ACME.email}`, checked: false },
      { name: GLOBEX.name, isDefault: false, status: `Signed in · ${GLOBEX.email}`, checked: true },
    ]);
    // Each radio is named by the profile and described by its default mark and status.
    const acmeRadio = page.getByRole('radio', { name: ACME.name, exact: true });
    const describedBy = (await acmeRadio.getAttribute('aria-describedby')) ?? '';
    const described = (await Promise.all(describedBy.split(' ').map((id) => text(page, `[id="${id}"]`)))).join(' ');
    expect(described).toMatch(new RegExp(`^Default Signed in · ${ACME.email} Custom · expires \\S+ \\d\\d:\\d\\d\\b`));

    const acmeToken = bed.issuedTokens(ACME.email).at(-1)!;
    const globexToken = bed.issuedTokens(GLOBEX.email).at(-1)!;
    await expect(text(page, '#status-preview')).resolves.toBe(preview(globexToken));
    await expect(text(page, '#status-heading')).resolves.toBe(`Status — ${GLOBEX.name}`);

    await acmeRadio.check();
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(ACME.email);
    await expect(page.getByLabel('Profile name').inputValue()).resolves.toBe(ACME.name);
    await expect(text(page, '#status-preview')).resolves.toBe(preview(acmeToken));
    await openTab(page, 'Status');
    await page.getByRole('button', { name: 'Copy token', exact: true }).click();
    await page.locator('#status-message.success').waitFor();
    expect(window.controller.clipboard.writes.at(-1)).toBe(acmeToken);

    // The Status tab has its own profile picker.
    await page.getByLabel('Profile', { exact: true }).selectOption({ label: GLOBEX.name });
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(GLOBEX.email);
    await page.getByRole('button', { name: 'Copy Authorization header' }).click();
    await page.locator('#status-message.success').waitFor();
    expect(window.controller.clipboard.writes.at(-1)).toBe(`Bearer ${globexToken}`);
    await expectNoSecrets(window, allSecrets());
  });

  it('keeps the selection and an edit in progress across status pushes from another profile', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    const ids = await bed.addTwoProfiles(window);
    await page.getByRole('button', { name: 'Change…' }).click();
    await page.getByLabel('Password', { exact: true }).fill('typed-but-not-sent');
    // Main signs the default profile out (as the tray could): the page hears of it through a push only.
    await window.controller.signOut(ids.acme);
    await page.locator('.profile-status', { hasText: `Signed out · ${ACME.email}` }).waitFor();
    await expect(page.getByRole('radio', { name: GLOBEX.name }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(GLOBEX.email);
    await expect(page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('typed-but-not-sent');
    await expect(text(page, '#status-state')).resolves.toBe('Signed in');
    await expect(text(page, '#status-preview')).resolves.toBe(preview(bed.issuedTokens(GLOBEX.email).at(-1)!));
  });

  it('one profile failing on a wrong password leaves the other signed in', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    await bed.addTwoProfiles(window);
    const acmeTokenBefore = profileNamed(window, ACME.name)?.token?.preview;

    // Adding a profile with a wrong password adds nothing and disturbs nobody.
    await page.getByRole('button', { name: 'Add profile' }).click();
    await bed.signIn(window, { name: 'Initech', email: ACME.email, password: 'wrong-password-987' });
    await expect(text(page, '#account-message')).resolves.toMatch(/password|credentials/i);
    await expect(profileRows(page).then((rows) => rows.map((r) => r.name))).resolves.toEqual([ACME.name, GLOBEX.name]);

    // Globex's password changes on the server: its next login fails and it needs signing in again.
    bed.server.addAccount(GLOBEX.email, 'changed-elsewhere-321');
    await page.getByRole('radio', { name: GLOBEX.name }).check();
    await openTab(page, 'Status');
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.locator('#status-message.error').waitFor();
    await expect(text(page, '#status-state')).resolves.toBe('Needs sign-in');
    await expect(text(page, '#status-error')).resolves.toMatch(/password|credentials/i);
    await expect(profileRows(page)).resolves.toEqual([
      { name: ACME.name, isDefault: true, status: `Signed in · ${ACME.email}`, checked: false },
      { name: GLOBEX.name, isDefault: false, status: `Needs sign-in · ${GLOBEX.email}`, checked: true },
    ]);
    await expect(page.locator('.profile-status[data-tone="problem"]').count()).resolves.toBe(1);
    await openTab(page, 'Profiles & account');
    expect(profileNamed(window, ACME.name)).toMatchObject({ status: 'valid' });
    expect(profileNamed(window, ACME.name)?.token?.preview).toBe(acmeTokenBefore);
    await expectNoSevereAxeViolations(page);

    // Acme still hands out its token; Globex signs in again with the new password.
    await page.getByRole('radio', { name: ACME.name }).check();
    await openTab(page, 'Status');
    await page.getByRole('button', { name: 'Copy token', exact: true }).click();
    await page.locator('#status-message.success').waitFor();
    expect(window.controller.clipboard.writes.at(-1)).toBe(bed.issuedTokens(ACME.email).at(-1));
    await openTab(page, 'Profiles & account');
    await page.getByRole('radio', { name: GLOBEX.name }).check();
    await expect(text(page, '#account-summary-text')).resolves.toMatch(/ · needs sign-in$/);
    await page.getByRole('button', { name: 'Change…' }).click();
    await page.getByLabel('Password', { exact: true }).fill('changed-elsewhere-321');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#account-message.success').waitFor();
    await expect(text(page, '#status-state')).resolves.toBe('Signed in');
    await expectNoSecrets(window, allSecrets('changed-elsewhere-321', 'wrong-password-987'));
  });

  it('renames a profile inline; a name taken in any case is refused by the field', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    const ids = await bed.addTwoProfiles(window);

    await page.getByRole('button', { name: 'Rename' }).click();
    const field = page.getByLabel('New name');
    await expect(field.inputValue()).resolves.toBe(GLOBEX.name);
    await field.fill('ACME PRODUCTION');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.locator('#profiles-message.error').waitFor();
    await expect(page.locator('#rename-name-error').isVisible()).resolves.toBe(true);
    await expect(text(page, '#rename-name-error')).resolves.toMatch(/\S/);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(profileNamed(window, GLOBEX.name)?.id).toBe(ids.globex);

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(field.isHidden()).resolves.toBe(true);
    await expect(focusedId(page)).resolves.toBe('rename-profile');

    await page.getByRole('button', { name: 'Rename' }).click();
    await field.fill('Globex live');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.locator('#profiles-message.success').waitFor();
    await expect(text(page, '#profiles-message')).resolves.toBe('Renamed to “Globex live”.');
    await expect(profileRows(page).then((rows) => rows.map((r) => r.name))).resolves.toEqual([ACME.name, 'Globex live']);
    await expect(text(page, '#account-heading')).resolves.toBe('Account — Globex live');
    expect(window.controller.getSnapshot().profiles.find((p) => p.id === ids.globex)?.name).toBe('Globex live');

    // A duplicate typed into the account form comes back beside the Profile name field.
    await page.getByRole('button', { name: 'Add profile' }).click();
    const logins = bed.server.loginCount;
    await bed.signIn(window, { name: 'globex LIVE', email: GLOBEX.email, password: GLOBEX.password });
    await expect(page.locator('#name-error').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Profile name').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(window.controller.getSnapshot().profiles).toHaveLength(2);
    expect(bed.server.loginCount).toBe(logins);
    expect(window.dialogs).toEqual([]);
  });

  it('makes another profile the default', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    const ids = await bed.addTwoProfiles(window);
    await expect(page.getByRole('button', { name: 'Make default' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Make default' }).click();
    await page.locator('#profiles-message.success').waitFor();
    await expect(text(page, '#profiles-message')).resolves.toBe('“Globex staging” is now the default profile.');
    await expect(profileRows(page).then((rows) => rows.map((r) => [r.name, r.isDefault]))).resolves.toEqual([
      [ACME.name, false],
      [GLOBEX.name, true],
    ]);
    expect(window.controller.getSnapshot().defaultProfileId).toBe(ids.globex);
    await expect(page.getByRole('button', { name: 'Make default' }).count()).resolves.toBe(0);
    await page.getByRole('radio', { name: ACME.name }).check();
    await expect(page.getByRole('button', { name: 'Make default' }).isVisible()).resolves.toBe(true);
  });

  it('removes a profile after an in-page confirmation: it is gone, with its secrets', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    const ids = await bed.addTwoProfiles(window);
    const filesBefore = await window.controller.secretFiles();
    expect(filesBefore.some((f) => f.includes(ids.globex))).toBe(true);

    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(text(page, '#remove-question')).resolves.toBe(
      'Remove “Globex staging”? Its stored password and token are deleted from this computer.',
    );
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(window.controller.getSnapshot().profiles).toHaveLength(2);
    await expect(page.locator('#remove-confirm').isHidden()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('button', { name: 'Remove profile' }).click();
    await page.locator('#profiles-message.success').waitFor();
    await expect(profileRows(page)).resolves.toEqual([
      { name: ACME.name, isDefault: true, status: `Signed in · ${ACME.email}`, checked: true },
    ]);
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(ACME.email);
    expect(window.controller.getSnapshot().profiles.map((p) => p.id)).toEqual([ids.acme]);
    const filesAfter = await window.controller.secretFiles();
    expect(filesAfter.filter((f) => f.includes(ids.globex))).toEqual([]);
    expect(filesAfter.some((f) => f.includes(ids.acme))).toBe(true);
    const removed = await window.controller.copyToken(ids.globex, 'token').then(() => 'copied', (e: { code?: string }) => e.code);
    expect(removed).toBe('unknown-profile');

    // Removing the last one leaves the form ready for a new profile.
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('button', { name: 'Remove profile' }).click();
    await page.locator('#profiles-empty').waitFor();
    await expect(text(page, '#account-heading')).resolves.toBe('Account — new profile');
    await expect(focusedId(page)).resolves.toBe('email');
    expect(await window.controller.secretFiles()).toEqual([]);
    expect(window.dialogs).toEqual([]);
    await expectNoSecrets(window, allSecrets());
  });

  it('selects the default profile when the selected one is removed', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    const ids = await bed.addTwoProfiles(window);
    await page.getByRole('radio', { name: ACME.name }).check();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('button', { name: 'Remove profile' }).click();
    await page.locator('#profiles-message.success').waitFor();
    expect(window.controller.getSnapshot().defaultProfileId).toBe(ids.globex);
    await expect(profileRows(page)).resolves.toEqual([
      { name: GLOBEX.name, isDefault: true, status: `Signed in · ${GLOBEX.email}`, checked: true },
    ]);
    await expect(text(page, '#status-heading')).resolves.toBe(`Status — ${GLOBEX.name}`);
  });
});

describe('profiles: keyboard and accessibility', () => {
  it('switches, renames, makes default, removes and adds with the keyboard alone', async () => {
    const window = await bed.openWindow();
    const { page } = window;
    const ids = await bed.addTwoProfiles(window);
    const focused = () => focusedId(page);

    // Tab from the top of the panel reaches the checked profile; arrows switch profiles.
    await page.locator('#panel-profiles').focus();
    await page.keyboard.press('Tab');
    await expect(focusedValue(page)).resolves.toBe(ids.globex);
    await page.keyboard.press('ArrowUp');
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(ACME.email);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe(GLOBEX.email);

    // Tab order after the list: Add profile, Rename, Make default, Remove.
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['add-profile', 'rename-profile', 'make-default', 'remove-profile']);

    // Rename: Enter opens the field with the name selected; Escape cancels; Enter saves.
    await page.getByRole('button', { name: 'Rename' }).focus();
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('rename-name');
    await page.keyboard.type('Draft');
    await page.keyboard.press('Escape');
    await expect(focused()).resolves.toBe('rename-profile');
    expect(profileNamed(window, GLOBEX.name)).toBeDefined();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Globex keyboard');
    await page.keyboard.press('Enter');
    await page.locator('#profiles-message.success').waitFor();
    expect(profileNamed(window, 'Globex keyboard')?.id).toBe(ids.globex);
    await expect(focused()).resolves.toBe('rename-profile');

    // Make default: Tab, Enter; the focus returns to the list.
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('make-default');
    await page.keyboard.press('Enter');
    await page.locator('#profiles-message.success').waitFor();
    expect(window.controller.getSnapshot().defaultProfileId).toBe(ids.globex);
    await expect(focusedValue(page)).resolves.toBe(ids.globex);

    // Remove: the confirmation takes the focus on the safe choice; Escape closes it; Shift+Tab then Enter confirms.
    await page.getByRole('button', { name: 'Remove', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('remove-confirm-no');
    await page.keyboard.press('Escape');
    await expect(focused()).resolves.toBe('remove-profile');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('remove-confirm-yes');
    await page.keyboard.press('Enter');
    await page.locator('#profiles-message.success').waitFor();
    expect(window.controller.getSnapshot().profiles.map((p) => p.id)).toEqual([ids.acme]);

    // Add profile: Enter moves the focus to the new form's first field.
    await page.getByRole('button', { name: 'Add profile' }).focus();
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('email');
    await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe('');
  });

  it('passes axe with the rename field and the remove confirmation open, and screenshots the confirmation', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const window = await bed.openWindow({ colorScheme });
      const { page } = window;
      await bed.addTwoProfiles(window);
      await page.getByRole('button', { name: 'Rename' }).click();
      await page.getByLabel('New name').fill(ACME.name);
      await page.getByRole('button', { name: 'Save name' }).click();
      await page.locator('#profiles-message.error').waitFor();
      await expectNoSevereAxeViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Remove', exact: true }).click();
      await expectNoSevereAxeViolations(page);
      const profiles = page.locator('section', { has: page.locator('#profiles-heading') });
      await saveScreenshot(profiles, `profiles-remove-confirm-${colorScheme}`);
    }
  }, 60_000); // four axe runs in two windows
});
