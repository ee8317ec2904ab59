import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../mock-server';
import { openTab, useSettingsWindows } from './window-fixture';

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

describe('settings window: Network section (Preferences tab)', () => {
  it('applies the proxy and the CA file as each changes, and a new window re-reads them', async () => {
    const settings = await bed.openWindow();
    const { page } = settings;
    await openTab(page, 'Preferences');
    await page.getByLabel('Proxy', { exact: true }).fill('http://proxy.corp:8080');
    await page.getByLabel('Proxy', { exact: true }).press('Enter');
    await page.locator('#network-message.success', { hasText: 'Proxy: http://proxy.corp:8080. The next login uses it.' }).waitFor();
    await page.getByLabel('Extra CA certificate file (PEM)').fill(caFile);
    await page.getByLabel('Extra CA certificate file (PEM)').press('Enter');
    await page.locator('#network-message.success', { hasText: 'Extra CA certificate file (PEM):' }).waitFor();
    expect(settings.controller.getSnapshot().preferences).toMatchObject({ proxyUrl: 'http://proxy.corp:8080', caFile });
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await openTab(page, 'Preferences');
    await expect(page.getByLabel('Proxy', { exact: true }).inputValue()).resolves.toBe('http://proxy.corp:8080');
    await expect(page.getByLabel('Extra CA certificate file (PEM)').inputValue()).resolves.toBe(caFile);
  });

  it('refuses a bad proxy and a bad CA file beside their fields, and saves neither', async () => {
    const settings = await bed.openWindow();
    const { page } = settings;
    await openTab(page, 'Preferences');
    const before = settings.controller.getSnapshot().preferences;
    await page.getByLabel('Proxy', { exact: true }).fill('socks5://proxy.corp:1080');
    await page.getByLabel('Proxy', { exact: true }).press('Enter');
    await page.locator('#network-message.error').waitFor();
    await expect(page.locator('#network-message').textContent()).resolves.toMatch(/^Not saved\. Proxy: SOCKS proxies are not supported/);
    await expect(page.locator('#proxyUrl-error').textContent()).resolves.toMatch(/^Proxy: SOCKS proxies are not supported/);

    await page.getByLabel('Extra CA certificate file (PEM)').fill(join(dir, 'missing.pem'));
    await page.getByLabel('Extra CA certificate file (PEM)').press('Enter');
    await page.locator('#caFile-error:not([hidden])').waitFor();
    await expect(page.locator('#caFile-error').textContent()).resolves.toBe('Extra CA certificate file (PEM): the file could not be opened: there is no such file.');
    expect(settings.controller.getSnapshot().preferences).toEqual(before);
  });

  it('applies a CA file picked in the system file dialog, and leaves it as it was on a cancel', async () => {
    const settings = await bed.openWindow();
    const { page, controller } = settings;
    await openTab(page, 'Preferences');
    controller.record.certificatePick = caFile;
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await page.locator('#network-message.success', { hasText: 'Extra CA certificate file (PEM):' }).waitFor();
    await expect(page.getByLabel('Extra CA certificate file (PEM)').inputValue()).resolves.toBe(caFile);
    expect(controller.getSnapshot().preferences.caFile).toBe(caFile);
    controller.record.certificatePick = null;
    await page.getByRole('button', { name: 'Choose file…' }).click();
    await expect.poll(() => controller.record.certificateDialogs).toBe(2);
    await expect(page.getByLabel('Extra CA certificate file (PEM)').inputValue()).resolves.toBe(caFile);
    expect(controller.getSnapshot().preferences.caFile).toBe(caFile);
  });

  it('shows how the last login went in Status', async () => {
    const settings = await bed.openWindow();
    await expect(settings.page.locator('#status-connection').textContent()).resolves.toBe('—');
    await bed.signIn(settings, { ...DEMO_ACCOUNT });
    await settings.page.locator('#account-message.success').waitFor({ state: 'attached' });
    // The stand-in server is on this computer, which is never reached through a proxy.
    await expect(settings.page.locator('#status-connection').textContent()).resolves.toBe('direct');
  });
});
