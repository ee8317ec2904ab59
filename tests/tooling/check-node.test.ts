import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runScript } from './run-script';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const minimum = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1] ?? '';

/** Node flags that make `process.versions.node` claim `version` before the check runs. */
function pretendVersion(version: string): string[] {
  const source = `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });`;
  return ['--import', `data:text/javascript,${encodeURIComponent(source)}`];
}

/** Node binaries on PATH older than the minimum (the machine's own Node 20 here), if any. */
function olderNodesOnPath(): string[] {
  const found = execFileSync('sh', ['-c', 'which -a node || true'], { encoding: 'utf8' }).split('\n').filter(Boolean);
  return found.filter((node) => {
    const [major = 0, minor = 0] = execFileSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim().split('.').map(Number);
    const [wantMajor = 0, wantMinor = 0] = minimum.split('.').map(Number);
    return major < wantMajor || (major === wantMajor && minor < wantMinor);
  });
}

describe('scripts/check-node.mjs', () => {
  it('is silent and exits 0 on this Node', () => {
    expect(runScript('check-node.mjs')).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['20.20.2', '20.20'],
    ['22.14.9', '22.14'],
  ])('prints one line and exits 1 on Node %s', (version, shown) => {
    const run = runScript('check-node.mjs', { nodeArgs: pretendVersion(version) });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`patchworks-token-tray needs Node ≥ ${minimum}, this is ${shown} — see README (Requirements)\n`);
  });

  it('accepts the minimum itself and newer majors', () => {
    expect(runScript('check-node.mjs', { nodeArgs: pretendVersion(`${minimum}.0`) }).status).toBe(0);
    expect(runScript('check-node.mjs', { nodeArgs: pretendVersion('24.0.0') }).status).toBe(0);
  });

  const olderNodes = olderNodesOnPath();
  it.runIf(olderNodes.length > 0)('runs on the older Node found on PATH and names its version', () => {
    for (const node of olderNodes) {
      const run = runScript('check-node.mjs', { node });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^patchworks-token-tray needs Node ≥ ${minimum.replace('.', '\\.')}, this is \\d+\\.\\d+ — see README`));
    }
  });
});

describe('one minimum Node everywhere', () => {
  it('is the first version with module.registerHooks, which the app harness needs', () => {
    expect(minimum).toBe('22.15');
  });

  it('is stated in the README Requirements, and .ci/run reads it from package.json', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('## Requirements');
    expect(readme).toContain(`Node ${minimum} or newer`);
    expect(readme).not.toMatch(/Node 22\.(?!15)\d+/);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toContain('engines.node');
  });
});
