// Where `npm run dist` points the app's update checks: GitHub Releases by default, or a plain HTTPS folder.

/** The GitHub repository releases go to unless PATCHWORKS_UPDATE_OWNER / PATCHWORKS_UPDATE_REPO say otherwise. */
export const DEFAULT_UPDATE_FEED = { owner: 'patchworks', repo: 'patchworks-token-tray' } as const;

/** The release packaging (GitHub Releases feed). */
export const RELEASE_CONFIG = 'electron-builder.yml';

/** The release packaging with a generic-provider feed at PATCHWORKS_UPDATE_URL. */
export const GENERIC_FEED_CONFIG = 'build/electron-builder.generic.yml';

/** How to run electron-builder for a release: its arguments and the environment its `${env.…}` macros read. */
export interface DistPlan {
  args: string[];
  env: NodeJS.ProcessEnv;
}

const GITHUB_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * Plans `npm run dist` from the environment: never uploads (`--publish never`; electron-builder still
 * writes latest*.yml and app-update.yml), fills the GitHub owner and repo with the defaults when unset,
 * or, with PATCHWORKS_UPDATE_URL, uses the generic-provider configuration. Throws a clear message for
 * a URL that is not https or a name GitHub would not accept.
 */
export function planDist(env: NodeJS.ProcessEnv): DistPlan {
  const url = env.PATCHWORKS_UPDATE_URL?.trim();
  if (url) {
    if (!URL.canParse(url) || new URL(url).protocol !== 'https:') {
      throw new Error(`PATCHWORKS_UPDATE_URL must be an https:// URL (the app downloads updates from it); got "${url}".`);
    }
    return { args: ['--config', GENERIC_FEED_CONFIG, '--publish', 'never'], env: { ...env, PATCHWORKS_UPDATE_URL: url } };
  }
  const owner = env.PATCHWORKS_UPDATE_OWNER?.trim() || DEFAULT_UPDATE_FEED.owner;
  const repo = env.PATCHWORKS_UPDATE_REPO?.trim() || DEFAULT_UPDATE_FEED.repo;
  for (const [name, value] of [['PATCHWORKS_UPDATE_OWNER', owner], ['PATCHWORKS_UPDATE_REPO', repo]] as const) {
    if (!GITHUB_NAME.test(value)) throw new Error(`${name} must be a GitHub owner or repository name; got "${value}".`);
  }
  return {
    args: ['--config', RELEASE_CONFIG, '--publish', 'never'],
    env: { ...env, PATCHWORKS_UPDATE_OWNER: owner, PATCHWORKS_UPDATE_REPO: repo },
  };
}
