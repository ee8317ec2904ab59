import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../main/core/script-access/protocol';
import { ask, converse, freshNonce, outcomeOf, parseAnswer, proofFor, sendRaw, serverProofFor, type RequestFields } from './raw-client';
import { disposeRig, makeRig, openChannel, reach, type ScriptAccessRig } from './script-access-rig';

let rig: ScriptAccessRig;
let secret: string;
beforeEach(async () => {
  rig = await makeRig();
  rig.keeper.start();
  await reach(rig.keeper, 'valid');
  await openChannel(rig);
  secret = (await readFile(rig.paths.secretFilePath, 'utf8')).trim();
});
afterEach(async () => {
  await disposeRig(rig);
});

const REFUSED = { ok: false, code: 'refused', message: 'The request did not prove it knows the current script-access secret' };
const otherSecret = (): string => `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`;

/** Sends the request `build(serverNonce)` as one JSON line and returns the parsed answer (serverProof split off). */
async function send(build: (serverNonce: string) => unknown): Promise<ReturnType<typeof parseAnswer> & { serverNonce: string }> {
  const { serverNonce, rest } = await converse(rig.paths.socketPath, (nonce) => `${JSON.stringify(build(nonce))}\n`);
  return { serverNonce, ...parseAnswer(rest) };
}

/** A well-formed request whose proof was made with `key` over `signed` but which carries `sent`. */
const request = (serverNonce: string, key: string, signed: RequestFields, sent: RequestFields = signed): Record<string, unknown> => {
  const clientNonce = freshNonce();
  return { clientNonce, proof: proofFor(key, serverNonce, clientNonce, signed), ...sent };
};

describe('the script-access protocol', () => {
  it('greets with a fresh 32-byte nonce per connection and answers a proven request with the token and a valid serverProof', async () => {
    const token = rig.keeper.state.token!;
    const clientNonce = freshNonce();
    const first = await send((nonce) => ({ clientNonce, proof: proofFor(secret, nonce, clientNonce, {}) }));
    expect(first.answer).toEqual({ ok: true, kind: 'token', token: token.token, expiresAt: token.expiresAt.toISOString(), profile: 'work', baseUrl: rig.server.url });
    expect(first.serverProof).toBe(serverProofFor(secret, first.serverNonce, clientNonce, outcomeOf(first.answer)));
    expect(Buffer.from(first.serverNonce, 'base64url')).toHaveLength(32);
    const second = await converse(rig.paths.socketPath, () => '', true);
    expect(second.serverNonce).not.toBe(first.serverNonce);
  });

  it('refuses a request without a proof, with a proof of a wrong secret, of another length or type, and logs no secret', async () => {
    const attempts: ((nonce: string) => unknown)[] = [
      () => ({}),
      () => ({ profile: 'work' }),
      () => ({ secret }),
      (nonce) => request(nonce, otherSecret(), {}),
      (nonce) => ({ ...request(nonce, secret, {}), proof: secret }),
      (nonce) => ({ ...request(nonce, secret, {}), proof: 42 }),
      (nonce) => ({ ...request(nonce, secret, {}), clientNonce: undefined }),
      (nonce) => [request(nonce, secret, {})],
    ];
    for (const build of attempts) {
      const { answer, serverProof } = await send(build);
      expect(answer).toEqual(REFUSED);
      expect(typeof serverProof).toBe('string'); // the refusal is signed too, for a client that knows the secret
    }
    expect(rig.logged).toHaveLength(attempts.length);
    expect(rig.logged.every((line) => line === `script access: refused: ${REFUSED.message}`)).toBe(true);
    expect(rig.logged.join('\n')).not.toContain(rig.keeper.state.token!.token);
  });

  it('refuses a proof bound to other fields, another server nonce or another client nonce', async () => {
    const forHome = await send((nonce) => request(nonce, secret, { profile: 'home' }, { profile: 'work' }));
    const longerWait = await send((nonce) => request(nonce, secret, { waitMs: 0 }, { waitMs: 30_000 }));
    const otherKind = await send((nonce) => request(nonce, secret, {}, { kind: 'profiles' }));
    const laxerValidity = await send((nonce) => request(nonce, secret, { minValidityMs: 60_000 }, { minValidityMs: 0 }));
    const otherNonce = await send(() => request(freshNonce(), secret, {}));
    const swappedClientNonce = await send((nonce) => ({ ...request(nonce, secret, {}), clientNonce: freshNonce() }));
    for (const { answer } of [forHome, longerWait, otherKind, laxerValidity, otherNonce, swappedClientNonce]) expect(answer).toEqual(REFUSED);
  });

  it('refuses a replayed request: the same line on a new connection meets a new nonce', async () => {
    let line = '';
    const first = await converse(rig.paths.socketPath, (nonce) => (line = `${JSON.stringify(request(nonce, secret, { profile: 'work' }))}\n`));
    expect(parseAnswer(first.rest).answer).toMatchObject({ ok: true, profile: 'work' });
    const replayed = await sendRaw(rig.paths.socketPath, line);
    expect(parseAnswer(replayed).answer).toEqual(REFUSED);
  });

  it('refuses a request larger than 4 KiB, even with a valid proof', async () => {
    const fields = { profile: 'x'.repeat(MAX_REQUEST_BYTES) };
    const { answer } = await send((nonce) => request(nonce, secret, fields));
    expect(answer).toEqual({ ok: false, code: 'refused', message: `The request is larger than ${MAX_REQUEST_BYTES} bytes` });
    const noNewline = parseAnswer(await sendRaw(rig.paths.socketPath, 'x'.repeat(64 * 1024)));
    expect(noNewline.answer).toMatchObject({ ok: false, code: 'refused' });
  });

  it('answers bad-request to text that is not JSON and to malformed fields with a valid proof, naming them', async () => {
    expect(parseAnswer(await sendRaw(rig.paths.socketPath, 'hello\n')).answer).toEqual({ ok: false, code: 'bad-request', message: 'The request is not JSON' });
    expect(await ask(rig.paths.socketPath, secret, { waitMs: 'soon', profile: '' })).toEqual({
      ok: false,
      code: 'bad-request',
      message: 'The request is malformed: profile, waitMs',
    });
  });

  it('answers unknown-profile for a profile it does not have', async () => {
    expect(await ask(rig.paths.socketPath, secret, { profile: 'home' })).toEqual({
      ok: false,
      code: 'unknown-profile',
      message: 'No profile named "home" (profiles: work)',
    });
  });

  it('answers bad-request to a client that sends half a request and goes quiet (read timeout)', async () => {
    expect(parseAnswer(await sendRaw(rig.paths.socketPath, '{"clientNonce":')).answer).toEqual({
      ok: false,
      code: 'bad-request',
      message: 'No complete request arrived in time',
    });
  });

  it('hangs up on a client that leaves early, without disturbing the next one', async () => {
    expect(await sendRaw(rig.paths.socketPath, '{"clientNonce":', true)).toBe('');
    expect(await ask(rig.paths.socketPath, secret)).toMatchObject({ ok: true });
  });
});
