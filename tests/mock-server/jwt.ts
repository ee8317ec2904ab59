import { createHmac, randomBytes, randomUUID } from 'node:crypto';

const signingKey = randomBytes(32);

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Makes a real-looking HS256 JWT for `subject`, unique per call, whose `exp` is `lifetimeSec` from `nowMs`. */
export function makeJwt(subject: string, lifetimeSec: number, nowMs: number = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  const head = base64url({ alg: 'HS256', typ: 'JWT' });
  const body = base64url({ iss: 'patchworks-stand-in', sub: subject, iat, exp: iat + lifetimeSec, jti: randomUUID() });
  const signature = createHmac('sha256', signingKey).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}
