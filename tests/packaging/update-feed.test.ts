import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_UPDATE_FEED, GENERIC_FEED_CONFIG, RELEASE_CONFIG, planDist } from '../../scripts/update-feed';
import {
  ROOT,
  compileBuilderSchema,
  describeErrors,
  loadResolvedConfig,
  readBuilderYaml,
  resolvePublishConfigs,
  validateLikeElectronBuilder,
} from './builder-config';

const validate = await compileBuilderSchema();
const PLATFORMS = ['mac', 'win', 'linux'] as const;

/** Sets exactly the environment a plan hands electron-builder (its `${env.…}` macros read process.env). */
function useEnv(env: NodeJS.ProcessEnv): void {
  for (const name of ['PATCHWORKS_UPDATE_OWNER', 'PATCHWORKS_UPDATE_REPO', 'PATCHWORKS_UPDATE_URL']) {
    vi.stubEnv(name, env[name]);
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('update feed: GitHub Releases by default', () => {
  it('the release configuration names a github provider whose owner and repo come from the environment, and is schema-valid', async () => {
    const release = await readBuilderYaml(RELEASE_CONFIG);
    expect(release.publish).toEqual({
      provider: 'github',
      owner: '${env.PATCHWORKS_UPDATE_OWNER}',
      repo: '${env.PATCHWORKS_UPDATE_REPO}',
      releaseType: 'release',
    });
    const errors = validate(release);
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it.each(PLATFORMS)('%s: `npm run dist` with no variables resolves to the default repository', async (platform) => {
    const plan = planDist({});
    useEnv(plan.env);
    const configs = await resolvePublishConfigs(await loadResolvedConfig(RELEASE_CONFIG), platform);
    expect(configs).toEqual([{ provider: 'github', ...DEFAULT_UPDATE_FEED, releaseType: 'release' }]);
  });

  it('owner and repo are overridden by PATCHWORKS_UPDATE_OWNER and PATCHWORKS_UPDATE_REPO', async () => {
    useEnv(planDist({ PATCHWORKS_UPDATE_OWNER: 'acme', PATCHWORKS_UPDATE_REPO: 'tray-fork' }).env);
    const configs = await resolvePublishConfigs(await loadResolvedConfig(RELEASE_CONFIG), 'linux');
    expect(configs).toEqual([{ provider: 'github', owner: 'acme', repo: 'tray-fork', releaseType: 'release' }]);
  });

  it('without the plan, electron-builder refuses the macros, so a build can never ship an empty feed', async () => {
    useEnv({});
    await expect(resolvePublishConfigs(await loadResolvedConfig(RELEASE_CONFIG), 'win')).rejects.toThrow(/PATCHWORKS_UPDATE_OWNER is not defined/);
  });

  it('refuses names GitHub would not accept', () => {
    expect(() => planDist({ PATCHWORKS_UPDATE_OWNER: 'a b' })).toThrow(/PATCHWORKS_UPDATE_OWNER must be a GitHub owner/);
    expect(() => planDist({ PATCHWORKS_UPDATE_REPO: 'x/../y' })).toThrow(/PATCHWORKS_UPDATE_REPO/);
  });
});

describe('update feed: a generic HTTPS folder', () => {
  it('with PATCHWORKS_UPDATE_URL, dist uses the generic configuration, whose only feed is that URL', async () => {
    const plan = planDist({ PATCHWORKS_UPDATE_URL: 'https://downloads.example.com/token-tray' });
    expect(plan.args).toEqual(['--config', GENERIC_FEED_CONFIG, '--publish', 'never']);
    useEnv(plan.env);
    const generic = await loadResolvedConfig(GENERIC_FEED_CONFIG);
    await expect(validateLikeElectronBuilder(generic)).resolves.toBeUndefined();
    for (const platform of PLATFORMS) {
      expect(await resolvePublishConfigs(generic, platform)).toEqual([{ provider: 'generic', url: 'https://downloads.example.com/token-tray' }]);
    }
  });

  it('differs from the release configuration only in its feed', async () => {
    const generic = await loadResolvedConfig(GENERIC_FEED_CONFIG);
    const release = await loadResolvedConfig(RELEASE_CONFIG);
    const rest = (config: Configuration) => Object.entries(config).filter(([key]) => !['publish', 'extends'].includes(key));
    expect(rest(generic)).toEqual(rest(release));
  });

  it('refuses a URL that is not https', () => {
    expect(() => planDist({ PATCHWORKS_UPDATE_URL: 'http://downloads.example.com/' })).toThrow(/must be an https:\/\/ URL/);
    expect(() => planDist({ PATCHWORKS_UPDATE_URL: 'not a url' })).toThrow(/must be an https:\/\/ URL/);
  });
});

describe('`npm run dist` writes the update metadata', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('builds, then packages through scripts/dist.ts with --publish never (no upload; latest*.yml is still written)', () => {
    // electron-builder's PublishManager writes latest*.yml for every artifact whose target writes update
    // info whenever a publish configuration resolves, whatever the publish policy; `never` only skips the upload.
    expect(pkg.scripts.dist).toMatch(/ && npm run build && npm run build:cli-sea && tsx scripts\/dist\.ts$/);
    expect(planDist({}).args).toEqual(['--config', RELEASE_CONFIG, '--publish', 'never']);
  });

  it('every platform has a target electron-updater installs from: mac zip, Windows NSIS (not portable), Linux AppImage', async () => {
    const release = await loadResolvedConfig(RELEASE_CONFIG);
    const targets = (section: { target?: unknown } | null | undefined) =>
      [section?.target ?? []].flat().map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
    expect(targets(release.mac)).toContain('zip');
    expect(targets(release.win)).toEqual(['nsis']);
    expect(targets(release.linux)).toContain('AppImage');
    // No platform or target turns the metadata off (publish: null would).
    for (const section of [release.mac, release.win, release.linux, release.nsis, release.appImage, release.deb, release.dmg]) {
      expect(section?.publish).toBeUndefined();
    }
  });
});
