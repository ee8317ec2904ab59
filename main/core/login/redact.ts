/** Anything that looks like a JWT, or a long unbroken run of token characters. */
const TOKEN_LIKE = /eyJ[\w-]*\.[\w-]*\.?[\w-]*|[\w.~+/=-]{32,}/g;

/** Removes the given secrets and anything token-like from text the server sent, before it is shown or kept. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret !== '') clean = clean.split(secret).join('[redacted]');
  }
  return clean.replace(TOKEN_LIKE, '[redacted]');
}
