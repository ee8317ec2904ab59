import type { ProfileStatus } from './protocol';

/** What a profile can hand out right now. */
export type TokenAnswer =
  | { kind: 'token'; token: string; expiresAt: Date }
  /** No token: the user must sign in (signed out, credentials refused, or the keeper is stopped). */
  | { kind: 'signed-out'; message: string }
  /** The token ran out and logins keep failing. */
  | { kind: 'expired'; message: string }
  /** No token yet: the first login is running or being retried. */
  | { kind: 'pending'; message: string };

/** A profile's answer, plus whether a later state may answer better by the keeper's own schedule. */
export interface ProfileAnswer {
  answer: TokenAnswer;
  /** True while a login is in flight (or, without a token, while the keeper will retry by itself). */
  settling: boolean;
  /** The profile's state as the settings window names it. */
  status: ProfileStatus;
}

/** A profile's name and where its API lives (what scripts need beside the token). */
export interface ProfileEndpoint {
  name: string;
  /** `production`, `staging` or `custom`. */
  environment: string;
  baseUrl: string;
}

/** Where the script-access server gets tokens: read-only, it never asks for a login. */
export interface TokenSource {
  /** The profiles, the default one first. */
  profiles(): readonly ProfileEndpoint[];
  /** What `profile` (a name) can hand out now; undefined for a profile that does not exist. */
  current(profile: string): ProfileAnswer | undefined;
  /** Resolves at the profile's next state change, or when `signal` aborts (never rejects). */
  nextChange(profile: string, signal: AbortSignal): Promise<void>;
}
