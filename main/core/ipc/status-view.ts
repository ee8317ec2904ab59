import type {
  ErrorView,
  Preferences,
  SessionStatus,
  StatusSnapshot,
} from '../../../common/ipc-contract';
import { PREFERENCE_KEYS } from '../../../common/ipc-contract';
import { ENVIRONMENT_BASE_URLS, type Settings } from '../../../common/settings';
import type { KeeperState } from '../keeper/keeper-state';

/** What the snapshot is built from; all plain values owned by main. */
export interface StatusSources {
  keeper: KeeperState;
  settings: Settings;
  passwordStored: boolean;
  sessionOnly: boolean;
}

/** `eyJh…x9Qz`: the first and last 4 characters, or only an ellipsis for a token too short to mask. */
export function maskToken(token: string): string {
  return token.length < 16 ? '…' : `${token.slice(0, 4)}…${token.slice(-4)}`;
}

/** The base URL the settings point at. */
export function resolveBaseUrl(settings: Pick<Settings, 'environment' | 'customBaseUrl'>): string {
  return settings.environment === 'custom'
    ? settings.customBaseUrl
    : ENVIRONMENT_BASE_URLS[settings.environment];
}

/** The preference fields of the settings. */
export function preferencesOf(settings: Settings): Preferences {
  return Object.fromEntries(PREFERENCE_KEYS.map((key) => [key, settings[key]])) as unknown as Preferences;
}

function sessionStatus(keeper: KeeperState): SessionStatus {
  if (keeper.status === 'stopped') return 'signed-out';
  if (keeper.status === 'idle') return keeper.token ? 'valid' : 'signed-out';
  return keeper.status;
}

function errorView(error: NonNullable<KeeperState['lastError']>): ErrorView {
  return {
    kind: error.kind,
    message: error.message,
    ...(error.fieldErrors === undefined ? {} : { fieldErrors: error.fieldErrors }),
  };
}

/** Builds what the window may see. The token is reduced to a masked preview and its times. */
export function buildStatusSnapshot(sources: StatusSources): StatusSnapshot {
  const { keeper, settings } = sources;
  const token = keeper.token;
  return {
    email: settings.email,
    environment: settings.environment,
    customBaseUrl: settings.customBaseUrl,
    baseUrl: resolveBaseUrl(settings),
    passwordStored: sources.passwordStored,
    sessionOnly: sources.sessionOnly,
    status: sessionStatus(keeper),
    ...(token === undefined
      ? {}
      : {
          token: {
            preview: maskToken(token.token),
            issuedAt: token.issuedAt.getTime(),
            expiresAt: token.expiresAt.getTime(),
          },
          lastRefreshAt: token.issuedAt.getTime(),
        }),
    ...(keeper.nextAttemptAt === undefined ? {} : { nextRefreshAt: keeper.nextAttemptAt.getTime() }),
    ...(keeper.lastError === undefined ? {} : { lastError: errorView(keeper.lastError) }),
    preferences: preferencesOf(settings),
  };
}
