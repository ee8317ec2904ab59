import { REDACTED, redactTokenShapes } from '../log/redact';

/** Removes the given secrets, then anything token-shaped, from text the server sent before it is shown or kept. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret !== '') clean = clean.split(secret).join(REDACTED);
  }
  return redactTokenShapes(clean);
}
