import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-script';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The command column of the README's Commands table. */
function documentedCommands(): string[] {
  const section = readme.slice(readme.indexOf('## Commands'));
  const table = section.slice(0, section.indexOf('\n## '));
  return [...table.matchAll(/^\| `(npm [^`]+)` \|/gm)].map((match) => match[1] ?? '');
}

describe('npm scripts', () => {
  it('all check the Node version first', () => {
    const unchecked = Object.entries(scripts).filter(([, command]) => !command.startsWith('node scripts/check-node.mjs && '));
    expect(unchecked).toEqual([]);
  });

  it('that need the Electron binary check for it before anything else runs', () => {
    for (const name of ['start', 'dev', 'dist']) expect(scripts[name]).toMatch(/^node scripts\/check-node\.mjs && node scripts\/check-electron\.mjs\b/);
  });

  it('are each listed once in the README Commands table, and nothing else is', () => {
    const asTyped = Object.keys(scripts).map((name) => (name === 'start' || name === 'test' ? `npm ${name}` : `npm run ${name}`));
    expect(documentedCommands().sort()).toEqual(asTyped.sort());
  });

  it('test:unit runs only the unit tests beside the code: no browser, app, packaging or other suites', () => {
    expect(scripts['test:unit']).toMatch(/vitest run --project unit$/);
    const listed = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'list', '--project', 'unit', '--filesOnly'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    const files = listed.stdout.split('\n').map((line) => line.replace(/^\[unit\]\s*/, '').trim()).filter(Boolean);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => !/^(main|common)\/.*\.test\.ts$/.test(file))).toEqual([]);
  });
});
