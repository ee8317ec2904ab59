/** A bearer token returned by the Patchworks login call, with when it was issued and when it expires. */
export interface IssuedToken {
  token: string;
  issuedAt: Date;
  expiresAt: Date;
}
