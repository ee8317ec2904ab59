import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClipboardPort } from '../../main/core/clipboard/clipboard-guard';
import type { UpdaterPort } from '../../main/core/updates/updater-port';
import { Redactor } from '../../main/core/log/redact';
import { SCRIPT_ACCESS_DIR_ENV, scriptAccessPaths } from '../../main/core/script-access/script-access-paths';
import { TrayAppController } from '../../main/core/app/tray-app-controller';
import { API_KEY_FILE_NAME, ApiKeyStore } from '../../main/core/api-clients/api-key-store';
import { createTimeFormatter } from '../../common/time-format';
import { removeAppDataFiles } from '../../main/core/app/app-data-files';
import { trayHint, trayMissingMessage } from '../../main/core/app/desktop-facts';
import { openProfileVaults } from '../../main/core/storage/profile-vaults';
import { openSettingsStore } from '../../main/core/settings/settings-store';
import type { AppPorts } from '../../main/core/app/app-ports';
import type { LoginItemState } from '../../main/core/autostart/login-item-state';
import { FakeKeychainCipher } from '../storage/fake-keychain-cipher';
import { openWithConf } from '../storage/conf-backing';

/** The Electron clipboard's stand-in: records what main wrote, so tests can check the page never saw it. */
export class RecordingClipboard implements ClipboardPort {
  readonly writes: string[] = [];
  #text = '';
  readText(): string {
    return this.#text;
  }
  writeText(text: string): void {
    this.writes.push(text);
    this.#text = text;
  }
}

/** What the stand-ins for Electron's shell, notifications and login items were asked to do. */
export interface PortRecord {
  opened: string[];
  notifications: { title: string; body: string }[];
  shortcuts: string[];
  errors: unknown[];
  /** One entry per "Open logs folder". */
  openedLogs: true[];
  /** The app data files "Reset all data" removed. */
  removed: string[];
  /** How many times the app was asked to quit. */
  quits: number;
  /** Warnings the app logged. */
  warnings: string[];
  /** Every URL the system proxy was asked about. */
  proxyQuestions: string[];
  /** The file the user picks in the next certificate dialogs (null cancels); `certificateDialogs` counts them. */
  certificatePick: string | null;
  certificateDialogs: number;
}

/** How the stand-in desktop behaves. */
interface PortOptions {
  directory: string;
  /** Reports a Linux desktop without a tray host. */
  trayMissing?: boolean;
}

function recordingPorts(clipboard: RecordingClipboard, record: PortRecord, options: PortOptions): AppPorts {
  const { directory } = options;
  let startAtLogin: LoginItemState = 'disabled';
  const redactor = new Redactor();
  return {
    clipboard,
    notifier: { supported: true, show: (n) => void record.notifications.push({ title: n.title, body: n.body }) },
    loginItem: {
      state: async () => startAtLogin,
      setEnabled: async (enabled) => (startAtLogin = enabled ? 'enabled' : 'disabled'),
    },
    shortcut: { set: (accelerator) => (record.shortcuts.push(accelerator), { ok: true }), isConfirmed: () => true },
    openExternal: async (url) => void record.opened.push(url),
    openSettings: () => undefined,
    quit: () => void (record.quits += 1),
    formatTime: createTimeFormatter({ locale: 'en-GB', timeZone: 'UTC' }),
    about: {
      appVersion: '0.1.0', electronVersion: '45.5.0', chromiumVersion: '142.0.7444.59', nodeVersion: process.versions.node,
      os: 'Linux 6.1.0 (x64)', platform: 'linux', trayHint: trayHint('linux'),
      ...(options.trayMissing ? { trayMissing: trayMissingMessage('linux', false) } : {}),
    },
    openLogsFolder: async () => void record.openedLogs.push(true),
    removeAppData: async () => void record.removed.push(...(await removeAppDataFiles(directory))),
    hideInLogs: (secret) => redactor.register(secret),
    reportError: (error) => void record.errors.push(error),
    logWarning: (message) => void record.warnings.push(message),
    // The window's tests run against a loopback server, which is never proxied: the system is never asked.
    resolveProxy: async (url) => (record.proxyQuestions.push(url), 'DIRECT'),
    chooseCertificateFile: async () => ((record.certificateDialogs += 1), record.certificatePick),
  };
}

/**
 * The app's real `TrayAppController` over the real pieces — the login client against the stand-in
 * server, the TokenKeeper, the settings store (conf, temp dir), the credential vault and the API-client key store — with
 * recording stand-ins only where Electron's own APIs would be (keychain, clipboard, shell, notifications).
 */
export class TestAppController extends TrayAppController {
  readonly clipboard: RecordingClipboard;
  readonly record: PortRecord;
  readonly #directory: string;

  private constructor(
    options: ConstructorParameters<typeof TrayAppController>[0],
    clipboard: RecordingClipboard,
    record: PortRecord,
    directory: string,
  ) {
    super(options);
    this.clipboard = clipboard;
    this.record = record;
    this.#directory = directory;
  }

  /**
   * Opens fresh storage in a temp dir; `sessionOnly` simulates a Linux desktop without a usable keyring;
   * `updater` gives the app an update feed (the Updates section stays empty without one).
   */
  static async create(
    options: { sessionOnly?: boolean; trayMissing?: boolean; updater?: UpdaterPort } = {},
  ): Promise<TestAppController> {
    const directory = await mkdtemp(join(tmpdir(), 'pw-settings-window-'));
    const { store } = openSettingsStore(directory, openWithConf);
    const cipher = new FakeKeychainCipher(options.sessionOnly ? { backend: 'basic_text' } : {});
    const vaults = await openProfileVaults({ directory, cipher, settings: store.get() });
    const { socketPath, secretFilePath } = scriptAccessPaths({
      platform: process.platform,
      env: { [SCRIPT_ACCESS_DIR_ENV]: join(directory, 'script-access') },
      homedir: directory,
      user: 'tester',
    });
    const clipboard = new RecordingClipboard();
    const record: PortRecord = { opened: [], notifications: [], shortcuts: [], errors: [], openedLogs: [], removed: [], quits: 0, warnings: [], proxyQuestions: [], certificatePick: null, certificateDialogs: 0 };
    const keys = new ApiKeyStore({ path: join(directory, API_KEY_FILE_NAME), cipher, persistence: vaults.keyring.persistence });
    const app = new TestAppController(
      {
        settings: store,
        vaults,
        ports: recordingPorts(clipboard, record, { directory, trayMissing: options.trayMissing ?? false }),
        scriptAccess: { socketPath, secretFilePath },
        apiClients: { keys },
        ...(options.updater && { updates: { updater: options.updater, log: (line: string) => void record.errors.push(line) } }),
      },
      clipboard,
      record,
      directory,
    );
    await app.start();
    return app;
  }

  /** URLs main opened in the browser. */
  get opened(): string[] {
    return this.record.opened;
  }

  /** Names of the secrets files (and their aside and temp files) in the app's data folder. */
  async secretFiles(): Promise<string[]> {
    return (await readdir(this.#directory)).filter((name) => name.startsWith('secrets'));
  }

  /** Stops the app as quitting does, then removes the temp dir. */
  override async dispose(): Promise<void> {
    await super.dispose();
    await rm(this.#directory, { recursive: true, force: true });
  }
}
