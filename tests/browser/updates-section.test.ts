import { describe, expect, it } from 'vitest';
import { ScriptedUpdater } from '../../main/core/updates/test-fixtures';
import { TestAppController } from './test-controller';
import { expectNoSevereAxeViolations, useSettingsWindows } from './window-fixture';

const windows = useSettingsWindows();

/** A window over a controller whose updater the test scripts (an AppImage-style in-place install). */
async function openWithUpdater() {
  const updater = new ScriptedUpdater();
  const window = await windows.attach(await TestAppController.create({ updater }));
  await window.page.getByRole('tab', { name: 'About' }).click();
  return { ...window, updater };
}

describe('settings window: Updates section (About tab)', () => {
  it('shows the version and the launch check, then offers "Restart to update" once downloaded', async () => {
    const { page, updater } = await openWithUpdater();
    const section = page.getByRole('region', { name: 'Updates' });
    await expect.poll(() => section.locator('#updates-version').textContent()).toBe('0.1.0');
    expect(updater.checks).toHaveLength(1);
    await expect.poll(() => section.locator('#updates-status').textContent()).toBe('Checking for updates…');
    expect(await section.getByRole('button', { name: 'Check for updates' }).isDisabled()).toBe(true);
    expect(await section.getByRole('button', { name: 'Restart to update' }).isVisible()).toBe(false);

    updater.deliver('0.2.0');
    const restart = section.getByRole('button', { name: 'Restart to update' });
    await restart.waitFor();
    expect(await section.locator('#updates-status').textContent()).toBe('Version 0.2.0 is ready. Restart to update.');
    await expectNoSevereAxeViolations(page);
    await restart.click();
    await expect.poll(() => updater.installs).toBe(1);
  });

  it('shows a failure as text in the section, with no alert', async () => {
    const { page, updater } = await openWithUpdater();
    updater.emit({ type: 'error', failure: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND github.com' } });
    const status = page.locator('#updates-status');
    await expect.poll(() => status.textContent()).toMatch(/Could not reach the update server/);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('ENOTFOUND');
    expect(await page.getByRole('button', { name: 'Check for updates' }).isEnabled()).toBe(true);
  });

  it('"Check for updates" asks main; the automatic-checks switch is saved', async () => {
    const { page, updater, controller } = await openWithUpdater();
    updater.emit({ type: 'not-available', version: '0.1.0' });
    const check = page.getByRole('button', { name: 'Check for updates' });
    await expect.poll(() => check.isEnabled()).toBe(true);
    await check.click();
    await expect.poll(() => updater.checks.length).toBe(2);

    const automatic = page.getByLabel('Check for updates automatically');
    expect(await automatic.isChecked()).toBe(true);
    await automatic.uncheck();
    await page.locator('#updates-message.success').waitFor();
    expect(controller.getSnapshot().updates?.automaticChecks).toBe(false);
    expect(await page.locator('#updates-message').textContent()).toBe('Automatic checks are off.');
  });

  it('without an updater the section says updates are not available here', async () => {
    const { page } = await windows.openWindow();
    await page.getByRole('tab', { name: 'About' }).click();
    await expect.poll(() => page.locator('#updates-status').textContent()).toBe('Updates are not available in this copy of the app.');
    expect(await page.getByRole('button', { name: 'Check for updates' }).isVisible()).toBe(false);
  });
});
