import { z } from 'zod';
import { parseJsonText } from './json-text';
import { redactSecrets } from './redact-secrets';

const laravelErrors = z.object({ errors: z.record(z.string(), z.array(z.string())) });

/** The most fields, messages per field and characters per message or field name kept of a server's answer. */
export const FIELD_ERROR_LIMITS = { fields: 10, messagesPerField: 3, messageChars: 200, fieldNameChars: 64 } as const;

/**
 * Reads Laravel's `{"errors": {"field": ["message", …]}}` from a response body, with the given secrets
 * and anything token-like removed from the messages, and only as much kept as `FIELD_ERROR_LIMITS`
 * allows; undefined when the body has no such object.
 */
export function readFieldErrors(bodyText: string | undefined, secrets: readonly string[]): Record<string, string[]> | undefined {
  if (bodyText === undefined) return undefined;
  let json: unknown;
  try {
    json = parseJsonText(bodyText);
  } catch {
    return undefined;
  }
  const parsed = laravelErrors.safeParse(json);
  if (!parsed.success) return undefined;
  const clean: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(parsed.data.errors).slice(0, FIELD_ERROR_LIMITS.fields)) {
    const name = redactSecrets(field, secrets, FIELD_ERROR_LIMITS.fieldNameChars);
    const kept = messages.slice(0, FIELD_ERROR_LIMITS.messagesPerField);
    clean[name] = kept.map((message) => redactSecrets(message, secrets, FIELD_ERROR_LIMITS.messageChars));
  }
  return Object.keys(clean).length > 0 ? clean : undefined;
}
