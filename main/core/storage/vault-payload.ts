import { z } from 'zod';
import type { IssuedToken } from '../login/issued-token';

/**
 * The account's sign-in details as the vault keeps them. `baseUrl` is the address the password was
 * accepted at: it is reused only there. Files written before that rule have none (see `ProfileSession`).
 */
export interface StoredCredentials {
  email: string;
  password: string;
  baseUrl?: string;
}

/** Everything the vault encrypts, as one blob. */
export interface VaultContents {
  credentials: StoredCredentials;
  token?: IssuedToken;
}

const payloadSchema = z.strictObject({
  email: z.string(),
  password: z.string(),
  baseUrl: z.string().optional(),
  token: z
    .strictObject({ token: z.string().min(1), issuedAt: z.iso.datetime(), expiresAt: z.iso.datetime() })
    .optional(),
});

/** The plain text that gets encrypted. */
export function encodeVaultContents({ credentials, token }: VaultContents): string {
  return JSON.stringify({
    email: credentials.email,
    password: credentials.password,
    ...(credentials.baseUrl !== undefined && { baseUrl: credentials.baseUrl }),
    ...(token && {
      token: { token: token.token, issuedAt: token.issuedAt.toISOString(), expiresAt: token.expiresAt.toISOString() },
    }),
  });
}

/** Parses decrypted text; undefined when it is not what `encodeVaultContents` writes. */
export function decodeVaultContents(text: string): VaultContents | undefined {
  let parsed;
  try {
    parsed = payloadSchema.safeParse(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (!parsed.success) return undefined;
  const { email, password, baseUrl, token } = parsed.data;
  return {
    credentials: { email, password, ...(baseUrl !== undefined && { baseUrl }) },
    ...(token && {
      token: { token: token.token, issuedAt: new Date(token.issuedAt), expiresAt: new Date(token.expiresAt) },
    }),
  };
}
