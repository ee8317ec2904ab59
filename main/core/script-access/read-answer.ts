import { proofsMatch, serverProof } from './channel-proof';
import {
  PROTOCOL_VERSION,
  failureCodes,
  profileStatuses,
  responseOutcome,
  type Greeting,
  type ProfileSummary,
  type TokenResponse,
} from './protocol';
import { ScriptAccessError } from './script-access-error';

// Hand-written checks rather than zod: this file runs on every CLI call, and zod's load time is most of it.

const BASE64URL_32 = /^[A-Za-z0-9_-]{43}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** The error for an answer whose `serverProof` is missing or wrong: whoever answered does not know the secret. */
export function unproven(): ScriptAccessError {
  return new ScriptAccessError('unproven', 'The channel did not prove it is Patchworks Token Tray');
}

/** Parses JSON text into a plain object, or throws a plain Error naming `what` the app sent. */
function parseObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`Patchworks Token Tray sent ${what} that is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`Patchworks Token Tray sent ${what} that is not an object`);
  return value as Record<string, unknown>;
}

/**
 * Parses the app's greeting line; throws `busy` when the app sent that instead (in this program's own
 * words: that line carries no proof), or a plain Error for a line this program does not understand.
 */
export function parseGreeting(line: string): Greeting {
  const greeting = parseObject(line, 'a greeting');
  if (greeting.ok === false && greeting.code === 'busy') {
    throw new ScriptAccessError('busy', 'Patchworks Token Tray is busy with other requests; try again in a few seconds');
  }
  if (greeting.v !== PROTOCOL_VERSION || typeof greeting.nonce !== 'string' || !BASE64URL_32.test(greeting.nonce)) {
    throw new Error('Patchworks Token Tray sent a greeting this program does not understand (a different version?)');
  }
  return { v: PROTOCOL_VERSION, nonce: greeting.nonce };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isInstant = (value: unknown): value is string => isString(value) && ISO_INSTANT.test(value);
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** One profile summary with exactly the known fields, or undefined when `value` is not one. */
function summaryOf(value: unknown): ProfileSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, environment, baseUrl, status, expiresAt, isDefault } = value as Record<string, unknown>;
  if (!isString(name) || !isString(environment) || !isString(baseUrl) || !isOneOf(profileStatuses, status)) return undefined;
  if (!(expiresAt === null || isInstant(expiresAt)) || typeof isDefault !== 'boolean') return undefined;
  return { name, environment, baseUrl, status, expiresAt, isDefault };
}

/** The answer in `body` with exactly the known fields, or undefined when it is not one this program knows. */
function responseOf(body: Record<string, unknown>): TokenResponse | undefined {
  if (body.ok === false) {
    const { code, message } = body;
    return isOneOf(failureCodes, code) && isString(message) ? { ok: false, code, message } : undefined;
  }
  if (body.ok !== true) return undefined;
  if (body.kind === 'token') {
    const { token, expiresAt, profile, baseUrl } = body;
    if (!isString(token) || token === '' || !isInstant(expiresAt) || !isString(profile) || !isString(baseUrl)) return undefined;
    return { ok: true, kind: 'token', token, expiresAt, profile, baseUrl };
  }
  if (body.kind !== 'profiles' || !Array.isArray(body.profiles)) return undefined;
  const profiles = body.profiles.map(summaryOf);
  return profiles.every((summary) => summary !== undefined) ? { ok: true, kind: 'profiles', profiles } : undefined;
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
 * JSON or of an unknown shape throws a plain Error. Nothing of an unproven answer is returned, and
 * fields the proof does not cover are dropped.
 */
export function verifiedAnswer(line: string, keys: ExchangeKeys): TokenResponse {
  const body = parseObject(line, 'an answer');
  if (!isString(body.serverProof) || !BASE64URL_32.test(body.serverProof)) throw unproven();
  const response = responseOf(body);
  if (!response) throw new Error('Patchworks Token Tray sent an answer this program does not understand');
  const expected = serverProof(keys.secret, keys.serverNonce, keys.clientNonce, responseOutcome(response));
  if (!proofsMatch(expected, body.serverProof)) throw unproven();
  return response;
}
