/** A bearer token returned by the Patchworks login call, with when it was issued and when it expires. */
export interface IssuedToken {
  token: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** Whether `token` has run out at `now` (epoch ms); the expiry instant itself counts as expired. */
export function isExpired(token: Pick<IssuedToken, 'expiresAt'>, now: number): boolean {
  return now >= token.expiresAt.getTime();
}
