/** Why storage needs the user's attention. */
export type StorageNoticeKind = 'settings-recovered' | 'session-only' | 'sign-in-again' | 'orphans-removed';

/**
 * A plain-words message for the user about stored data: shown once (settings recovered) or for as
 * long as it holds (session-only, sign in again). Never contains a secret.
 */
export interface StorageNotice {
  kind: StorageNoticeKind;
  title: string;
  message: string;
}
