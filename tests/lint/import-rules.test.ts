import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The messages `no-restricted-imports` gives for `code` linted as if it were the file `filePath`. */
async function restrictedImports(eslint: ESLint, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('eslint.config.js import rules', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: process.cwd() });
  });

  it.each([
    ['main/core/storage/x.ts', "import { ipcThing } from '../ipc/ipc-handlers';\nexport { ipcThing };\n", 'Core order'],
    ['main/core/settings/x.ts', "import { ControllerError } from '../app/app-controller';\nexport { ControllerError };\n", 'Core order'],
    ['main/core/app/x.ts', "import { createIpcHandlers } from '../ipc/ipc-handlers';\nexport { createIpcHandlers };\n", 'Core order'],
    ['main/core/tray/x.ts', "import { APP_ORIGIN } from '../window/app-origin';\nexport { APP_ORIGIN };\n", 'Core order'],
    ['main/core/window/x.ts', "import { TrayAppController } from '../app/tray-app-controller';\nexport { TrayAppController };\n", 'Core order'],
    ['main/core/login/x.ts', "import { TokenKeeper } from '../keeper/token-keeper';\nexport { TokenKeeper };\n", 'Core order'],
    ['main/core/login/x.ts', "import { resolveRoute } from '../network/resolve-route';\nexport { resolveRoute };\n", 'Core order'],
    ['main/core/network/x.ts', "import { TokenKeeper } from '../keeper/token-keeper';\nexport { TokenKeeper };\n", 'Core order'],
    ['main/core/shared/x.ts', "import { Redactor } from '../log/redact';\nexport { Redactor };\n", 'Core order'],
    ['main/core/notify/x.ts', "import { Redactor } from '..';\nexport { Redactor };\n", 'Core order'],
    ['main/core/keeper/x.ts', "import { app } from 'electron';\nexport { app };\n", 'Layer rule'],
    ['main/core/updates/x.ts', "import electronUpdater from 'electron-updater';\nexport { electronUpdater };\n", 'Layer rule'],
    ['renderer/x.ts', "import electronUpdater from 'electron-updater';\nexport { electronUpdater };\n", 'Layer rule'],
    ['main/core/updates/x.ts', "import { TrayAppController } from '../app/tray-app-controller';\nexport { TrayAppController };\n", 'Core order'],
    ['cli/x.ts', "import { startScriptAccessServer } from '../main/core/script-access/script-access-server';\nexport { startScriptAccessServer };\n", 'CLI rule'],
    ['cli/x.ts', "import { TrayAppController } from '../main/core';\nexport { TrayAppController };\n", 'CLI rule'],
    ['cli/x.ts', "import { login } from '../main/core/login/login';\nexport { login };\n", 'CLI rule'],
  ])('%s: refuses %s', async (filePath, code, rule) => {
    const messages = await restrictedImports(eslint, filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(rule);
  });

  it.each([
    ['main/core/ipc/x.ts', "import { ControllerError } from '../app/app-controller';\nexport { ControllerError };\n"],
    ['main/core/app/x.ts', "import { buildTrayView } from '../tray/menu-model';\nexport { buildTrayView };\n"],
    ['main/core/settings/x.ts', "import { copyAside } from '../storage/set-aside';\nexport { copyAside };\n"],
    ['main/core/updates/x.ts', "import { MAX_TIMER_MS } from '../keeper/refresh-time';\nexport { MAX_TIMER_MS };\n"],
    ['main/electron/x.ts', "import electronUpdater from 'electron-updater';\nexport { electronUpdater };\n"],
    ['main/core/network/x.ts', "import { login } from '../login/login';\nexport { login };\n"],
    ['cli/x.ts', "import { requestToken } from '../main/core/script-access/script-access-client';\nexport { requestToken };\n"],
    ['cli/x.ts', "import type { TokenResponse } from '../main/core/script-access/protocol';\nexport type { TokenResponse };\n"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(await restrictedImports(eslint, filePath, code)).toEqual([]);
  });
});
