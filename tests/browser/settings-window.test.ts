import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';
import { launchChromium, openSettingsPage, serveRenderer, type SettingsPage } from './settings-page';
import { TestAppController } from './test-controller';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let browser: Browser;
let renderer: Awaited<ReturnType<typeof serveRenderer>>;
let server: MockServer;
const open: { page: SettingsPage; controller: TestAppController }[] = [];

beforeAll(async () => {
  [browser, renderer, server] = await Promise.all([launchChromium(), serveRenderer(), startMockServer()]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), renderer?.close(), server?.close()]);
});

afterEach(async () => {
  for (const { page, controller } of open.splice(0)) {
    await page.close();
    await controller.dispose();
  }
  server.setBehaviour('token');
});

async function openPage(options: { colorScheme?: 'light' | 'dark'; sessionOnly?: boolean } = {}) {
  const controller = await TestAppController.create({ sessionOnly: options.sessionOnly ?? false });
  const settings = await openSettingsPage(browser, renderer.origin, controller, options);
  open.push({ page: settings, controller });
  return { ...settings, controller };
}

/** Fills the account form for the stand-in server and submits it with the mouse. */
async function signIn(settings: SettingsPage, account: { email: string; password: string }) {
  const { page } = settings;
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByLabel('Custom', { exact: true }).check();
  await page.getByLabel('Custom base URL').fill(server.url);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#account-message.success, #account-message.error').waitFor();
}

/** Every token the stand-in server issued so far. */
const issuedTokens = () => server.requests.flatMap((r) => (r.issuedToken ? [r.issuedToken] : []));

/** Asserts no secret reached the DOM (markup and field values), the console, or the page's bridge input. */
async function expectNoSecrets(settings: SettingsPage, secrets: string[]) {
  const dom = await settings.page.evaluate(
    () => document.documentElement.outerHTML + [...document.querySelectorAll('input')].map((i) => i.value).join('\n'),
  );
  const seen = [dom, settings.console.join('\n'), settings.received()];
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) for (const text of seen) expect(text).not.toContain(secret);
}

describe('settings window in Chromium', () => {
  it('signs in with good credentials and shows the expiry with a counting-down timer', async () => {
    const settings = await openPage();
    const { page } = settings;
    await signIn(settings, DEMO_ACCOUNT);
    await expect(page.locator('#account-message').textContent()).resolves.toMatch(/^Signed in as demo@patchworks\.test\. The token expires .+ \(in 23h 59m \d\ds\)\.$/);
    await expect(page.locator('#status-state').textContent()).resolves.toBe('Signed in');
    await expect(page.locator('#status-expiry').textContent()).resolves.not.toBe('—');
    const token = issuedTokens().at(-1)!;
    await expect(page.locator('#status-preview').textContent()).resolves.toBe(`${token.slice(0, 4)}…${token.slice(-4)}`);
    const first = await page.locator('#status-countdown').textContent();
    expect(first).toMatch(/^\(23h 59m \d\ds left\)$/);
    await page.waitForFunction((before) => document.querySelector('#status-countdown')?.textContent !== before, first);
    const later = await page.locator('#status-countdown').textContent();
    const seconds = (text: string | null) => Number(/(\d\d)s/.exec(text ?? '')?.[1]);
    expect((seconds(first) - seconds(later) + 60) % 60).toBeGreaterThan(0);
    await expect(page.locator('#password-stored').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Password', { exact: true }).inputValue()).resolves.toBe('');
    await expectNoSecrets(settings, [DEMO_ACCOUNT.password, ...issuedTokens()]);
  });
});
