import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { API_KEY_PATTERN } from '../../main/core/api-clients/api-key';
import { callEndpoint, freePort } from '../api-clients/http-client';
import { ACME, dismissFirstRun, expectNoSecrets, expectNoSevereAxeViolations, openTab, saveScreenshot, useSettingsWindows } from './window-fixture';

const windows = useSettingsWindows();

describe('the API clients section', () => {
  it('turns the endpoint on at a chosen port, copies the key in main, rotates it, and never shows the key', async () => {
    const window = await windows.openWindow();
    await windows.signIn(window, ACME);
    const { page, controller } = window;
    await dismissFirstRun(page);
    await openTab(page, 'Preferences');
    const section = page.locator('#panel-preferences > #api-clients');
    await expect(section.isVisible()).resolves.toBe(true);
    await expect(section.locator('section').count()).resolves.toBe(0);
    await expect(page.locator('#api-clients-url').textContent()).resolves.toBe('http://127.0.0.1:17345/v1/token');
    await expect(page.locator('#api-clients-state').textContent()).resolves.toBe('(off)');

    const port = await freePort();
    await page.getByLabel('Port on 127.0.0.1').fill(String(port));
    await page.getByLabel('Port on 127.0.0.1').press('Enter');
    await page.locator('#api-clients-message.success', { hasText: `port ${port} is closed` }).waitFor();
    await page.getByLabel('Allow API clients on this computer (Postman, Insomnia, Bruno…)').check();
    await page.locator('#api-clients-message.success', { hasText: 'API clients can connect to' }).waitFor();
    await expect(page.locator('#api-clients-state').textContent()).resolves.toBe('(listening)');
    await expect(page.locator('#api-clients-url').textContent()).resolves.toBe(`http://127.0.0.1:${port}/v1/token`);

    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.locator('#api-clients-message.success').filter({ hasText: 'Key copied' }).waitFor();
    const key = controller.clipboard.writes.at(-1) ?? '';
    expect(key).toMatch(API_KEY_PATTERN);
    expect((await callEndpoint(port, { key })).status).toBe(200);

    await page.getByRole('button', { name: 'Rotate key' }).click();
    await page.locator('#api-clients-message.success').filter({ hasText: 'old one no longer works' }).waitFor();
    expect((await callEndpoint(port, { key })).status).toBe(401);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.locator('#api-clients-message').filter({ hasText: 'Key copied' }).waitFor();
    const rotated = controller.clipboard.writes.at(-1) ?? '';
    expect(rotated).not.toBe(key);

    await page.getByRole('button', { name: 'Copy Postman pre-request script' }).click();
    await page.locator('#api-clients-message').filter({ hasText: 'pre-request script copied' }).waitFor();
    expect(controller.clipboard.writes.at(-1)).toContain(`http://127.0.0.1:${port}/v1/token`);
    await expectNoSecrets(window, [key, rotated]);
    await expectNoSevereAxeViolations(page);
    await saveScreenshot(section, 'api-clients-listening');
  });

  it('applies each field as it changes; a taken port is shown beside the field and the switch stays off', async () => {
    const { page, controller } = await windows.openWindow();
    await dismissFirstRun(page);
    await openTab(page, 'Preferences');
    const squatter = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => squatter.listen({ host: '127.0.0.1', port }, resolve));
    try {
      await page.getByLabel('Port on 127.0.0.1').fill(String(port));
      await page.getByLabel('Port on 127.0.0.1').blur();
      await page.locator('#api-clients-message.success').waitFor();
      await page.getByLabel('Allow API clients on this computer (Postman, Insomnia, Bruno…)').check();
      await page.locator('#api-clients-message.error').waitFor();
      await expect(page.locator('#api-clients-port-error').textContent()).resolves.toMatch(new RegExp(`Port ${port} on 127.0.0.1 is already in use`));
      await expect(page.locator('#api-clients-port').getAttribute('aria-invalid')).resolves.toBe('true');
      expect(controller.getSnapshot().apiClients).toMatchObject({ enabled: false, port, state: 'off' });
      await expect(page.getByLabel('Allow API clients on this computer (Postman, Insomnia, Bruno…)').isChecked()).resolves.toBe(true);
    } finally {
      squatter.close();
    }
  });
});
