// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that cross a layer boundary: only the Electron layer may import electron (see docs/ARCHITECTURE.md). */
const electronModules = {
  regex: '^electron(-store|-log|-updater)?(/.*)?$',
  message: 'Layer rule: only main/electron/**, main/index.ts and preload/** may import electron.',
};
const outward = (layers) => ({
  regex: `^\\.{1,2}/(.*/)?(${layers.join('|')})(/|$)`,
  message: 'Layer rule: imports run main/index -> main/electron -> main/core -> common only.',
});

/** The core's folders from the bottom up; a folder may import its own layer and the ones below, never above. */
const CORE_LAYERS = [
  ['shared', 'log', 'login', 'network', 'keeper', 'settings', 'storage'],
  ['tray', 'notify', 'clipboard', 'script-access', 'api-clients', 'autostart', 'cli-link', 'updates'],
  ['window'],
  ['app'],
  ['ipc'],
];
/** Inside the bottom layer: shared/ and log/ import no other core folder, login/ only those two, network/ those and login/. */
const BOTTOM_ORDER = {
  shared: ['log', 'login', 'network', 'keeper', 'settings', 'storage'],
  log: ['shared', 'login', 'network', 'keeper', 'settings', 'storage'],
  login: ['network', 'keeper', 'settings', 'storage'],
  network: ['keeper', 'settings', 'storage'],
};
const upward = (folders) => ({
  regex: `^\\.\\./(${folders.join('|')})(/|$)`,
  message: 'Core order: login/network/keeper/settings/storage (+shared, log) -> tray/notify/clipboard/script-access/api-clients/autostart/updates -> window -> app -> ipc, never back.',
});
const coreIndex = { regex: '^\\.\\.(/index)?$', message: 'Core order: core folders import each other directly, never through main/core/index.ts.' };
const coreFolderRules = CORE_LAYERS.flatMap((layer, index) =>
  layer.map((folder) => ({
    files: [`main/core/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronModules,
            outward(['electron', 'preload', 'renderer']),
            coreIndex,
            upward([...CORE_LAYERS.slice(index + 1).flat(), ...(BOTTOM_ORDER[folder] ?? [])]),
          ],
        },
      ],
    },
  })),
);

/** The script-access client half: all `patchworks-token` may use of the core. */
const CLI_CORE_MODULES = ['script-access-client', 'protocol', 'script-access-paths', 'script-access-error', 'private-dir'];
const cliImports = {
  regex: `^\\.\\./main/(?!core/script-access/(${CLI_CORE_MODULES.join('|')})$)`,
  message: 'CLI rule: cli/ may import only the script-access client half of the core (client, protocol, paths, errors, private-dir).',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['main/core/**', 'common/**', 'renderer/**', 'tests/**', 'bench/**'],
    ignores: ['tests/harness/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronModules] }] },
  },
  {
    files: ['main/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electronModules, outward(['electron', 'preload', 'renderer'])] },
      ],
    },
  },
  ...coreFolderRules,
  {
    files: ['cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronModules, cliImports, outward(['preload', 'renderer'])] }],
    },
  },
  {
    files: ['common/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electronModules, outward(['main', 'core', 'electron', 'preload', 'renderer'])] },
      ],
    },
  },
  {
    files: ['preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [outward(['main', 'core', 'renderer'])] }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electronModules, outward(['main', 'core', 'electron', 'preload'])] },
      ],
    },
  },
  {
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [outward(['index', 'preload', 'renderer'])] }] },
  },
);
