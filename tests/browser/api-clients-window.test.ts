import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_KEY_PATTERN } from '../../main/core/api-clients/api-key';
import { callEndpoint, freePort } from '../api-clients/http-client';
import { ACME, expectNoSecrets, expectNoSevereAxeViolations, useSettingsWindows } from './window-fixture';

const windows = useSettingsWindows();
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

describe('the API clients section', () => {
  it('turns the endpoint on at a chosen port, copies the key in main, rotates it, and never shows the key', async () => {
    const window = await windows.openWindow();
    await windows.signIn(window, ACME);
    const { page, controller } = window;
    const section = page.locator('#api-clients');
    await expect(section.isVisible()).resolves.toBe(true);
    await expect(page.locator('#api-clients-url').textContent()).resolves.toBe('http://127.0.0.1:17345/v1/token');
    await expect(page.locator('#api-clients-state').textContent()).resolves.toBe('(off)');

    const port = await freePort();
    await page.getByLabel('Allow API clients on this computer (Postman, Insomnia, Bruno…)').check();
    await page.getByLabel('Port on 127.0.0.1').fill(String(port));
    await page.getByRole('button', { name: 'Save API client settings' }).click();
    await page.locator('#api-clients-message.success').waitFor();
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
    await mkdir(SCREENSHOTS, { recursive: true });
    await section.screenshot({ path: resolve(SCREENSHOTS, 'api-clients-listening.png') });
  });

  it('shows a taken port beside the field and saves nothing', async () => {
    const { page, controller } = await windows.openWindow();
    const squatter = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => squatter.listen({ host: '127.0.0.1', port }, resolve));
    try {
      await page.getByLabel('Allow API clients on this computer (Postman, Insomnia, Bruno…)').check();
      await page.getByLabel('Port on 127.0.0.1').fill(String(port));
      await page.getByRole('button', { name: 'Save API client settings' }).click();
      await page.locator('#api-clients-message.error').waitFor();
      await expect(page.locator('#api-clients-port-error').textContent()).resolves.toMatch(new RegExp(`Port ${port} on 127.0.0.1 is already in use`));
      await expect(page.locator('#api-clients-port').getAttribute('aria-invalid')).resolves.toBe('true');
      expect(controller.getSnapshot().apiClients).toMatchObject({ enabled: false, port: 17345, state: 'off' });
    } finally {
      squatter.close();
    }
  });
});
