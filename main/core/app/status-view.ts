import type {
  ApiClientsView,
  ErrorView,
  Preferences,
  ProfileSnapshot,
  StatusSnapshot,
} from '../../../common/ipc-contract';
import { PREFERENCE_KEYS } from '../../../common/ipc-contract';
import type { ProfileSettings, Settings } from '../../../common/settings';
import { resolveBaseUrl } from '../settings/base-url';
import type { KeeperState } from '../keeper/keeper-state';
import { sessionStatus } from '../keeper/session-status';

/** What one profile's snapshot is built from; all plain values owned by main. */
export interface ProfileSources {
  profile: ProfileSettings;
  isDefault: boolean;
  keeper: KeeperState;
  passwordStored: boolean;
  /** "direct" or "via proxy.corp:8080": how the last login went; absent before one. */
  connection?: string;
}

/** What the whole snapshot is built from. */
export interface StatusSources {
  /** The profiles' snapshots, in settings order. */
  profiles: ProfileSnapshot[];
  settings: Settings;
  sessionOnly: boolean;
  /** The plain-words reason passwords are kept for the session only. */
  sessionOnlyReason?: string;
  /** The API-client endpoint, when the app has one. */
  apiClients?: ApiClientsView;
}

/**
 * `eyJh…x9Qz`: at most the first and last 4 characters and never more than a quarter of the token
 * (an eighth from each end); only an ellipsis for a token under 16 characters.
 */
export function maskToken(token: string): string {
  const shown = token.length < 16 ? 0 : Math.min(4, Math.floor(token.length / 8));
  return shown === 0 ? '…' : `${token.slice(0, shown)}…${token.slice(-shown)}`;
}

/** The preference fields of the settings. */
export function preferencesOf(settings: Settings): Preferences {
  return Object.fromEntries(PREFERENCE_KEYS.map((key) => [key, settings[key]])) as unknown as Preferences;
}

function errorView(error: NonNullable<KeeperState['lastError']>): ErrorView {
  return {
    kind: error.kind,
    message: error.message,
    ...(error.fieldErrors === undefined ? {} : { fieldErrors: error.fieldErrors }),
  };
}

/** Builds what the window may see of one profile. The token is reduced to a masked preview and its times. */
export function buildProfileSnapshot(sources: ProfileSources): ProfileSnapshot {
  const { keeper, profile } = sources;
  const token = keeper.token;
  return {
    id: profile.id,
    name: profile.name,
    isDefault: sources.isDefault,
    email: profile.email,
    environment: profile.environment,
    customBaseUrl: profile.customBaseUrl,
    baseUrl: resolveBaseUrl(profile),
    passwordStored: sources.passwordStored,
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
    ...(sources.connection === undefined ? {} : { connection: sources.connection }),
  };
}

/** Builds the whole snapshot: every profile, the default, the keyring's state, the preferences and the API-client endpoint. */
export function buildStatusSnapshot(sources: StatusSources): StatusSnapshot {
  return {
    profiles: sources.profiles,
    defaultProfileId: sources.settings.defaultProfileId,
    sessionOnly: sources.sessionOnly,
    ...(sources.sessionOnly && sources.sessionOnlyReason !== undefined && { sessionOnlyReason: sources.sessionOnlyReason }),
    preferences: preferencesOf(sources.settings),
    ...(sources.apiClients && { apiClients: sources.apiClients }),
  };
}
