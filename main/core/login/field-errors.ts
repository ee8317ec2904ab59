import { z } from 'zod';
import { redactSecrets } from './redact-secrets';

const laravelErrors = z.object({ errors: z.record(z.string(), z.array(z.string())) });

/**
 * Reads Laravel's `{"errors": {"field": ["message", …]}}` from a response body, with the given secrets
 * and anything token-like removed from the messages; undefined when the body has no such object.
 */
export function readFieldErrors(bodyText: string | undefined, secrets: readonly string[]): Record<string, string[]> | undefined {
  if (bodyText === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const parsed = laravelErrors.safeParse(json);
  if (!parsed.success) return undefined;
  const clean: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(parsed.data.errors)) {
    clean[redactSecrets(field, secrets)] = messages.map((message) => redactSecrets(message, secrets));
  }
  return Object.keys(clean).length > 0 ? clean : undefined;
}
