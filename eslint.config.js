// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports that cross a layer boundary, per DESIGN.md house rules 1 and 2. */
const electronModules = {
  regex: '^electron(-store|-log|-updater)?(/.*)?$',
  message: 'House rule 1: only main/electron/**, main/index.ts and preload/** may import electron.',
};
const outward = (layers) => ({
  regex: `^\\.{1,2}/(.*/)?(${layers.join('|')})(/|$)`,
  message: 'House rule 2: imports run main/index -> main/electron -> main/core -> common only.',
});

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
