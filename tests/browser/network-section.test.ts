import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import { useSettingsWindows } from './window-fixture';

const bed = useSettingsWindows();
let dir: string;
let caFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pw-network-section-'));
  caFile = join(dir, 'company-root.pem');
  // A real root certificate from Node's bundle stands in for a company root.
  await writeFile(caFile, tls.rootCertificates[0] ?? '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('settings window: Network section', () => {
  it('saves the proxy and CA file on their own, and a new window re-reads them', async () => {
    const settings = await bed.openWindow();
    const { page } = settings;
    await page.getByLabel('Refresh this many minutes before expiry').fill('45'); // unsaved edit in another section
    await page.getByLabel('Proxy', { exact: true }).fill('http://proxy.corp:8080');
    await page.getByLabel('Extra CA certificate file (PEM)').fill(caFile);
    await page.getByRole('button', { name: 'Save network settings' }).click();
    await page.locator('#network-message.success').waitFor();
    expect(settings.controller.getSnapshot().preferences).toMatchObject({ proxyUrl: 'http://proxy.corp:8080', caFile, refreshLeadMinutes: 30 });
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await expect(page.getByLabel('Proxy', { exact: true }).inputValue()).resolves.toBe('http://proxy.corp:8080');
    await expect(page.getByLabel('Extra CA certificate file (PEM)').inputValue()).resolves.toBe(caFile);
  });

  it('refuses a bad proxy and a bad CA file beside their fields, and saves neither', async () => {
    const settings = await bed.openWindow();
    const { page } = settings;
    const before = settings.controller.getSnapshot().preferences;
    await page.getByLabel('Proxy', { exact: true }).fill('socks5://proxy.corp:1080');
    await page.getByLabel('Extra CA certificate file (PEM)').fill(join(dir, 'missing.pem'));
    await page.getByRole('button', { name: 'Save network settings' }).click();
    await page.locator('#network-message.error').waitFor();
    await expect(page.locator('#network-message').textContent()).resolves.toMatch(/^Nothing was saved\./);
    await expect(page.locator('#proxyUrl-error').textContent()).resolves.toMatch(/^Proxy: SOCKS proxies are not supported/);

    await page.getByLabel('Proxy', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save network settings' }).click();
    await page.locator('#caFile-error:not([hidden])').waitFor();
    await expect(page.locator('#caFile-error').textContent()).resolves.toBe('Extra CA certificate file (PEM): the file could not be opened: there is no such file.');
    expect(settings.controller.getSnapshot().preferences).toEqual(before);
  });

  it('shows how the last login went in Status', async () => {
    const settings = await bed.openWindow();
    await expect(settings.page.locator('#status-connection').textContent()).resolves.toBe('—');
    await bed.signIn(settings, { ...DEMO_ACCOUNT });
    await settings.page.locator('#account-message.success').waitFor();
    // The stand-in server is on this computer, which is never reached through a proxy.
    await expect(settings.page.locator('#status-connection').textContent()).resolves.toBe('direct');
  });
});
