import { proofsMatch, serverProof } from './channel-proof';
import { busySchema, greetingSchema, responseOutcome, responseProofSchema, tokenResponseSchema, type Greeting, type TokenResponse } from './protocol';
import { ScriptAccessError } from './script-access-error';

/** The error for an answer whose `serverProof` is missing or wrong: whoever answered does not know the secret. */
export function unproven(): ScriptAccessError {
  return new ScriptAccessError('unproven', 'The channel did not prove it is Patchworks Token Tray');
}

/** Parses JSON text, or throws a plain Error naming `what` the app sent. */
function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Patchworks Token Tray sent ${what} that is not JSON`);
  }
}

/**
 * Parses the app's greeting line; throws `busy` when the app sent that instead (in this program's own
 * words: the line carries no proof), or a plain Error for a line this program does not understand.
 */
export function parseGreeting(line: string): Greeting {
  const body = parseJson(line, 'a greeting');
  if (busySchema.safeParse(body).success) {
    throw new ScriptAccessError('busy', 'Patchworks Token Tray is busy with other requests; try again in a few seconds');
  }
  const greeting = greetingSchema.safeParse(body);
  if (!greeting.success) throw new Error('Patchworks Token Tray sent a greeting this program does not understand (a different version?)');
  return greeting.data;
}

/** The nonces and secret one request is bound to. */
export interface ExchangeKeys {
  secret: string;
  serverNonce: string;
  clientNonce: string;
}

/**
 * Parses the app's answer line and returns it only once its `serverProof` holds for `keys` and
 * every field of the answer. A missing or wrong proof throws `unproven()`; an answer that is not
 * JSON or has unknown fields throws a plain Error. Nothing of an unproven answer is returned.
 */
export function verifiedAnswer(line: string, keys: ExchangeKeys): TokenResponse {
  const body = parseJson(line, 'an answer');
  const proof = responseProofSchema.safeParse(body);
  if (!proof.success) throw unproven();
  const response = tokenResponseSchema.safeParse(body);
  if (!response.success) throw new Error('Patchworks Token Tray sent an answer this program does not understand');
  const expected = serverProof(keys.secret, keys.serverNonce, keys.clientNonce, responseOutcome(response.data));
  if (!proofsMatch(expected, proof.data.serverProof)) throw unproven();
  return response.data;
}
