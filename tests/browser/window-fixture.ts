import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_ACCOUNT, startMockServer, type MockServer } from '../mock-server';
import { launchChromium, openSettingsPage, serveRenderer, type SettingsPage } from './settings-page';
import { TestAppController } from './test-controller';

/** A second account the stand-in server accepts besides the demo one (test data, not a secret). */
export const SECOND_ACCOUNT = { email: 'ops@globex.test', password: 'globex-password-456' } as const;

/** The two profiles `addTwoProfiles` creates. */
export const ACME = { ...DEMO_ACCOUNT, name: 'Acme production' } as const;
/** The second profile `addTwoProfiles` creates. */
export const GLOBEX = { ...SECOND_ACCOUNT, name: 'Globex staging' } as const;

/** A settings page and the real controller behind it. */
export type OpenWindow = SettingsPage & { controller: TestAppController };

/** An account on the stand-in server, and the profile name the window gives it. */
export interface AccountInput {
  email: string;
  password: string;
  /** Typed into "Profile name" when given; otherwise the window's suggestion stays. */
  name?: string;
}

/**
 * Registers the suite's lifecycle (one Chromium, the built renderer served on loopback, one stand-in
 * Patchworks server; each test's windows and controllers closed after it) and returns its helpers.
 */
export function useSettingsWindows() {
  let browser: Browser;
  let renderer: Awaited<ReturnType<typeof serveRenderer>>;
  let server: MockServer;
  const open: OpenWindow[] = [];

  beforeAll(async () => {
    [browser, renderer, server] = await Promise.all([launchChromium(), serveRenderer(), startMockServer()]);
    server.addAccount(SECOND_ACCOUNT.email, SECOND_ACCOUNT.password);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), renderer?.close(), server?.close()]);
  });
  afterEach(async () => {
    for (const window of open.splice(0)) {
      await window.close();
      await window.controller.dispose();
    }
    server.setBehaviour('token');
    server.addAccount(SECOND_ACCOUNT.email, SECOND_ACCOUNT.password); // a test may have changed its password
  });

  /** Opens the page over a fresh controller (fresh temp storage). */
  async function openWindow(
    options: { colorScheme?: 'light' | 'dark'; sessionOnly?: boolean; trayMissing?: boolean } = {},
  ): Promise<OpenWindow> {
    const controller = await TestAppController.create({ sessionOnly: options.sessionOnly ?? false, trayMissing: options.trayMissing ?? false });
    return attach(controller, options);
  }

  /** Opens the page over `controller`; both are closed after the test. */
  async function attach(controller: TestAppController, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<OpenWindow> {
    const settings = await openSettingsPage(browser, renderer.origin, controller, options);
    const window = { ...settings, controller };
    open.push(window);
    return window;
  }

  /**
   * Fills the account form for the stand-in server (custom environment) and submits it with the mouse,
   * on the Profiles & account tab; a profile that holds an account is changed through **Change…**.
   */
  async function signIn(window: SettingsPage, account: AccountInput): Promise<void> {
    const { page } = window;
    await openTab(page, 'Profiles & account');
    const change = page.getByRole('button', { name: 'Change…' });
    if (await change.isVisible()) await change.click();
    await page.getByLabel('Email', { exact: true }).fill(account.email);
    if (account.name !== undefined) await page.getByLabel('Profile name').fill(account.name);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByLabel('Custom', { exact: true }).check();
    await page.getByLabel('Custom base URL').fill(server.url);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#account-message.success, #account-message.error').waitFor({ state: 'attached' }); // a first profile moves the window to Status, hiding the message
  }

  /** Signs in ACME (the first profile, so the default) and then adds GLOBEX; returns their ids. */
  async function addTwoProfiles(window: OpenWindow): Promise<{ acme: string; globex: string }> {
    await signIn(window, ACME);
    await dismissFirstRun(window.page);
    await openTab(window.page, 'Profiles & account');
    await window.page.getByRole('button', { name: 'Add profile' }).click();
    await signIn(window, GLOBEX);
    await window.page.locator('#account-message.success').waitFor();
    const id = (name: string) => window.controller.getSnapshot().profiles.find((p) => p.name === name)?.id ?? '';
    const ids = { acme: id(ACME.name), globex: id(GLOBEX.name) };
    expect(ids.acme).not.toBe('');
    expect(ids.globex).not.toBe('');
    return ids;
  }

  return {
    get server(): MockServer {
      return server;
    },
    get browser(): Browser {
      return browser;
    },
    get origin(): string {
      return renderer.origin;
    },
    openWindow,
    attach,
    signIn,
    addTwoProfiles,
    /** Every token the stand-in server issued so far, optionally only those for `email`. */
    issuedTokens(email?: string): string[] {
      return server.requests.flatMap((r) => (r.issuedToken && (email === undefined || r.email === email) ? [r.issuedToken] : []));
    },
  };
}

/** Where the window tests leave their screenshots. */
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Saves a screenshot of `target` (a page's viewport, or one element) as test-results/screenshots/<name>.png. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

/** The window's tabs by their names. */
export type TabName = 'Status' | 'Profiles & account' | 'Preferences' | 'About';

/** Shows a tab with the mouse (a no-op when it is already shown). */
export async function openTab(page: Page, name: TabName): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

/** Closes the first-run panel if it is open. */
export async function dismissFirstRun(page: Page): Promise<void> {
  const done = page.locator('#first-run-done');
  if (await done.isVisible()) await done.click();
}

/** Asserts no secret reached the DOM (markup and field values), the console, or the page's bridge input. */
export async function expectNoSecrets(window: SettingsPage, secrets: string[]): Promise<void> {
  const dom = await window.page.evaluate<string>(
    "document.documentElement.outerHTML + [...document.querySelectorAll('input')].map((i) => i.value).join('\\n')",
  );
  const seen = [dom, window.console.join('\n'), window.received()];
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) for (const text of seen) expect(text).not.toContain(secret);
}

/** Runs axe on the page and asserts no serious or critical violation. */
export async function expectNoSevereAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(0);
}

/** One row of the window's profile list as a person sees it. */
export interface ProfileRow {
  name: string;
  isDefault: boolean;
  status: string;
  checked: boolean;
}

/** The profile list's rows, in order. */
export function profileRows(page: Page): Promise<ProfileRow[]> {
  return page.locator('#profile-list .profile').evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.querySelector('.profile-name')?.textContent ?? '',
      isDefault: row.querySelector('.badge')?.hasAttribute('hidden') === false,
      status: row.querySelector('.profile-status')?.textContent ?? '',
      checked: row.querySelector('input')?.checked ?? false,
    })),
  );
}

/** The focused element's id (or its text when it has none). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate<string>("document.activeElement?.id || document.activeElement?.textContent || ''");
}

/** The focused element's value (a profile radio's value is the profile's id). */
export function focusedValue(page: Page): Promise<string> {
  return page.evaluate<string>("document.activeElement?.value ?? ''");
}
