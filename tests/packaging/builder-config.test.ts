import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import {
  ROOT,
  compileBuilderSchema,
  describeErrors,
  loadResolvedConfig,
  readBuilderYaml,
  validateLikeElectronBuilder,
} from './builder-config';

/** The fuses every release build must carry (README.md, security model). */
const RELEASE_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false,
};

/** Target names of one platform section, whatever form each entry takes. */
function targetNames(section: { target?: unknown } | null | undefined): string[] {
  const raw = section?.target;
  const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
  return list.map((t: unknown) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

const validate = await compileBuilderSchema();
const release: Configuration = await readBuilderYaml('electron-builder.yml');

describe('electron-builder.yml against electron-builder’s own schema', () => {
  it('is valid', () => {
    const errors = validate(release);
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it.each([
    ['a misspelt top-level key', { electronFuse: { runAsNode: false } }],
    ['a misspelt fuse', { electronFuses: { ...RELEASE_FUSES, runAsNodes: false } }],
    ['a fuse given as a string', { electronFuses: { ...RELEASE_FUSES, runAsNode: 'false' } }],
    ['a misspelt mac option', { mac: { ...release.mac, hardenedRuntme: true } }],
    ['deb dependencies as a number', { deb: { ...release.deb, depends: 42 } }],
  ])('rejects %s, so a typo fails npm test', (_name, change) => {
    expect(validate({ ...release, ...change }).length).toBeGreaterThan(0);
  });

  it.each(['electron-builder.yml', 'build/electron-builder.e2e.yml'])(
    '%s passes electron-builder’s own check once loaded, as `electron-builder` runs it',
    async (file) => {
      await expect(validateLikeElectronBuilder(await loadResolvedConfig(file))).resolves.toBeUndefined();
    },
  );

  it('electron-builder’s own check rejects a typo too', async () => {
    const broken = { ...(await loadResolvedConfig('electron-builder.yml')), electronFuse: {} } as Configuration;
    await expect(validateLikeElectronBuilder(broken)).rejects.toThrow(/electronFuse/);
  });

  it.each(['build/electron-builder.e2e.yml', 'build/electron-builder.generic.yml'])('%s is valid too', async (file) => {
    const errors = validate(await readBuilderYaml(file));
    expect(errors, describeErrors(errors)).toEqual([]);
  });
});

describe('release hardening', () => {
  it('flips every release fuse', () => {
    expect(release.electronFuses).toMatchObject(RELEASE_FUSES);
  });

  it('packages only the electron-vite output and package.json, into an asar (the CLI stays outside)', () => {
    expect(release.files).toEqual(['out/**', '!out/cli/**', 'package.json']);
    expect(release.asar).toBe(true);
  });

  it('ships the tray icons and the patchworks-token executable of the arch beside the asar, in <resources>/tray and /bin', () => {
    expect(release.extraResources).toEqual([
      { from: 'build/tray', to: 'tray', filter: ['*.png'] },
      { from: 'out/cli-bin/${arch}', to: 'bin', filter: ['patchworks-token', 'patchworks-token.exe'] },
    ]);
  });

  it('the test lane differs from the release only in allowing inspect arguments', async () => {
    const lane = await loadResolvedConfig('build/electron-builder.e2e.yml');
    const shipped = await loadResolvedConfig('electron-builder.yml');
    expect(lane.electronFuses).toEqual({ ...shipped.electronFuses, enableNodeCliInspectArguments: true });
    const differing = ['electronFuses', 'directories', 'extends'];
    const rest = (config: Configuration) => Object.entries(config).filter(([key]) => !differing.includes(key));
    expect(rest(lane)).toEqual(rest(shipped));
    expect(lane.directories?.output).toBe('release/e2e');
    expect(shipped.directories?.output).toBe('release');
  });

  it('electron-builder’s loader reads the release file as written', async () => {
    const resolved = await loadResolvedConfig('electron-builder.yml');
    expect(resolved.electronFuses).toEqual(release.electronFuses);
    expect(resolved.productName).toBe('Patchworks Token Tray');
  });
});

describe('targets per platform', () => {
  it('Linux: AppImage and deb, with the tray and keyring libraries declared', () => {
    expect(targetNames(release.linux)).toEqual(['AppImage', 'deb']);
    expect(release.deb?.depends).toContain('libsecret-1-0');
    expect(release.deb?.recommends?.some((r) => /appindicator3-1/.test(r))).toBe(true);
    expect(release.deb?.recommends?.some((r) => /gnome-keyring/.test(r))).toBe(true);
  });

  it('macOS: dmg and zip, hardened runtime, entitlements in build/, no Dock icon', () => {
    expect(targetNames(release.mac)).toEqual(['dmg', 'zip']);
    expect(release.mac?.hardenedRuntime).toBe(true);
    expect(release.mac?.extendInfo).toMatchObject({ LSUIElement: true });
    expect(release.mac?.entitlements).toBe('build/entitlements.mac.plist');
    const plist = readFileSync(join(ROOT, 'build/entitlements.mac.plist'), 'utf8');
    expect(plist).toContain('<key>com.apple.security.cs.allow-jit</key>');
    expect(plist).not.toContain('disable-library-validation');
    expect(plist).not.toContain('allow-unsigned-executable-memory');
  });

  it('Windows: an NSIS installer with the .ico', () => {
    expect(targetNames(release.win)).toEqual(['nsis']);
    expect(release.win?.icon).toBe('build/icon.ico');
  });

  it('deb: /usr/bin/patchworks-token is a packaged link to the executable in /opt/<productName>/resources/bin', async () => {
    expect(release.deb?.fpm).toEqual(['build/linux/patchworks-token=/usr/bin/patchworks-token']);
    const { readlink, lstat } = await import('node:fs/promises');
    expect((await lstat(join(ROOT, 'build/linux/patchworks-token'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(ROOT, 'build/linux/patchworks-token'))).toBe(`/opt/${release.productName}/resources/bin/patchworks-token`);
  });

  it('NSIS: the included script adds <install dir>\\resources\\bin to the user PATH on install and removes it on uninstall', () => {
    expect(release.nsis?.include).toBe('build/installer.nsh');
    const script = readFileSync(join(ROOT, 'build/installer.nsh'), 'utf8');
    expect(script).toMatch(/!macro customInstall\s+!insertmacro patchworksTokenPath add\s+!macroend/);
    expect(script).toMatch(/!macro customUnInstall\s+!insertmacro patchworksTokenPath remove\s+!macroend/);
    expect(script).toContain('"PATCHWORKS_BIN", t "$INSTDIR\\resources\\bin"');
    expect(script).toContain("GetValue('Path', '', 'DoNotExpandEnvironmentNames')");
    expect(script).toContain('-Type ExpandString');
  });

  it('every icon and resource the configuration names exists', () => {
    const paths = [
      release.mac?.icon,
      release.mac?.entitlements,
      release.mac?.entitlementsInherit,
      release.win?.icon,
      release.nsis?.installerIcon,
      release.nsis?.uninstallerIcon,
      release.linux?.icon,
      'build/tray',
    ];
    for (const path of paths) {
      expect(path, 'a path is missing from the configuration').toBeTypeOf('string');
      expect(existsSync(join(ROOT, path as string)), `${path} exists`).toBe(true);
    }
    expect(statSync(join(ROOT, release.linux?.icon as string)).isDirectory()).toBe(true);
  });
});

describe('package.json scripts', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('`dist` builds the app, then packages it (scripts/dist.ts; see update-feed.test.ts)', () => {
    // After the set-up checks (tests/tooling/npm-scripts.test.ts): the Node version, Electron's release zip.
    expect(pkg.scripts.build).toMatch(/&& electron-vite build && npm run build:cli$/);
    expect(pkg.scripts.dist).toMatch(/&& npm run build && npm run build:cli-sea && tsx scripts\/dist\.ts$/);
  });

  it('`npm test` does not run the real-Electron lane', () => {
    expect(pkg.scripts.test).not.toContain('test:electron');
    expect(pkg.scripts['test:electron']).toBeTypeOf('string');
  });
});
