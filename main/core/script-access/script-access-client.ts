import { connect } from 'node:net';
import { dirname } from 'node:path';
import { readSecretFile } from './access-secret';
import { checkPrivateDir } from './private-dir';
import { MAX_RESPONSE_BYTES, tokenResponseSchema, type TokenResponse } from './protocol';
import { readLine } from './read-line';
import type { ScriptAccessPaths } from './script-access-paths';
import { ScriptAccessError, channelOff } from './script-access-error';
import { assertSocketPathFits, isPipe } from './socket-path';

/** How long the client allows beyond the requested wait for the app to answer. */
const ANSWER_MARGIN_MS = 10_000;

/** What `requestToken` needs. */
export interface TokenClientRequest {
  paths: Pick<ScriptAccessPaths, 'socketPath' | 'secretFilePath'>;
  /** The user id the folder and secret file must belong to; undefined skips ownership checks (Windows). */
  uid: number | undefined;
  profile?: string;
  /** How long the app may wait for a login in flight (ms). */
  waitMs?: number;
}

/**
 * Asks the running app for a token over the local channel. Before sending the secret it checks that the
 * folder and the secret file are private to `uid`. Rejects with a `ScriptAccessError` when the channel
 * is off, not answering or unsafe, or with a plain Error when the answer makes no sense.
 */
export async function requestToken(request: TokenClientRequest): Promise<TokenResponse> {
  const { socketPath, secretFilePath } = request.paths;
  assertSocketPathFits(socketPath);
  await checkFolder(dirname(secretFilePath), request.uid);
  if (!isPipe(socketPath)) await checkFolder(dirname(socketPath), request.uid);
  const secret = await readSecretFile(secretFilePath, request.uid);
  const body = {
    secret,
    ...(request.profile === undefined ? {} : { profile: request.profile }),
    ...(request.waitMs === undefined ? {} : { waitMs: request.waitMs }),
  };
  const line = await exchange(socketPath, `${JSON.stringify(body)}\n`, (request.waitMs ?? 0) + ANSWER_MARGIN_MS);
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error('Patchworks Token Tray sent an answer that is not JSON');
  }
  const response = tokenResponseSchema.safeParse(parsed);
  if (!response.success) throw new Error('Patchworks Token Tray sent an answer this program does not understand');
  return response.data;
}

async function checkFolder(path: string, uid: number | undefined): Promise<void> {
  try {
    await checkPrivateDir(path, uid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw channelOff();
    }
    throw error;
  }
}

/** Sends `text` and resolves with the one answer line. */
function exchange(socketPath: string, text: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      socket.destroy();
      const off = error.code === 'ENOENT' || error.code === 'ECONNREFUSED';
      reject(off ? channelOff() : new ScriptAccessError('not-running', `Could not reach Patchworks Token Tray (${error.code ?? 'connection failed'})`));
    });
    socket.once('connect', () => {
      socket.write(text);
      void readLine(socket, MAX_RESPONSE_BYTES, timeoutMs).then((result) => {
        socket.destroy();
        if (result.kind === 'line') resolve(result.text);
        else if (result.kind === 'timeout') reject(new ScriptAccessError('not-running', 'Patchworks Token Tray did not answer in time'));
        else if (result.kind === 'too-large') reject(new Error('Patchworks Token Tray sent an answer that is too large'));
        else reject(new ScriptAccessError('not-running', 'Patchworks Token Tray closed the connection without answering'));
      });
    });
  });
}
