import { connect, type Socket } from 'node:net';
import { dirname } from 'node:path';
import { appRunsWithAccessOff } from './app-presence';
import { canonicalRequestFields, clientProof, newNonce } from './channel-proof';
import { checkPrivateDir } from './private-dir';
import { MAX_RESPONSE_BYTES, type TokenRequest, type TokenResponse } from './protocol';
import { parseGreeting, verifiedAnswer } from './read-answer';
import { readLine } from './read-line';
import { readSecretFile } from './read-secret-file';
import type { ScriptAccessPaths } from './script-access-paths';
import { ScriptAccessError, channelOff } from './script-access-error';
import { assertSocketPathFits, isPipe } from './socket-path';

/** How long the client allows for the greeting, and beyond the requested wait for the answer. */
const ANSWER_MARGIN_MS = 10_000;
/** How often a waiting client looks again for a channel that is not there yet. */
const CHANNEL_POLL_MS = 100;

/** What `askApp` needs: where the channel is, whose it must be, and the request's own fields. */
export interface AppRequest extends TokenRequest {
  paths: Pick<ScriptAccessPaths, 'socketPath' | 'secretFilePath' | 'offMarkerPath'>;
  /** The user id the folder and secret file must belong to; undefined skips ownership checks (Windows). */
  uid: number | undefined;
}

/**
 * Asks the running app over the local channel. Checks first that the folder and the secret file are
 * private to `uid`; then, on the channel, proves it knows the secret without sending it (an HMAC over the
 * app's nonce, its own nonce and the request) and accepts the answer only if the app proves the same.
 * With `waitMs` it also waits that long for the channel to appear (the app starting), handing the app
 * what is left of the wait. Rejects with a `ScriptAccessError` when the channel is off (`off`: the app
 * says so), absent (`not-running`), not answering, unsafe or unproven, or with a plain Error when the
 * app's lines make no sense.
 */
export async function askApp(request: AppRequest): Promise<TokenResponse> {
  const deadline = Date.now() + (request.waitMs ?? 0);
  for (;;) {
    const left = Math.max(0, deadline - Date.now());
    try {
      return await exchange(request.waitMs === undefined ? request : { ...request, waitMs: left });
    } catch (error) {
      if (!(error instanceof ScriptAccessError && error.kind === 'absent')) throw error;
      if (left < CHANNEL_POLL_MS) throw whyAbsent(request.paths.offMarkerPath);
      await new Promise((wake) => setTimeout(wake, CHANNEL_POLL_MS));
    }
  }
}

/** Says whether an absent channel means script access is off in a running app, or no app runs. */
function whyAbsent(offMarkerPath: string): ScriptAccessError {
  if (appRunsWithAccessOff(offMarkerPath)) {
    return new ScriptAccessError('off', 'Script access is off in Patchworks Token Tray; turn it on in its settings');
  }
  return new ScriptAccessError('not-running', 'Patchworks Token Tray is not running');
}

/** One request on one connection. */
async function exchange(request: AppRequest): Promise<TokenResponse> {
  const { socketPath, secretFilePath } = request.paths;
  assertSocketPathFits(socketPath);
  checkFolder(dirname(secretFilePath), request.uid);
  if (!isPipe(socketPath)) checkFolder(dirname(socketPath), request.uid);
  // Connect first: the OS and the app greet while this process reads the secret and loads its crypto.
  const connecting = connectTo(socketPath);
  let secret: string;
  let clientNonce: string;
  try {
    secret = readSecretFile(secretFilePath, request.uid);
    clientNonce = newNonce();
  } catch (error) {
    connecting.then((socket) => socket.destroy(), () => undefined);
    throw error;
  }
  const socket = await connecting;
  try {
    const serverNonce = parseGreeting(await nextLine(socket, ANSWER_MARGIN_MS)).nonce;
    const fields: TokenRequest = {
      ...(request.kind === undefined ? {} : { kind: request.kind }),
      ...(request.profile === undefined ? {} : { profile: request.profile }),
      ...(request.waitMs === undefined ? {} : { waitMs: request.waitMs }),
      ...(request.minValidityMs === undefined ? {} : { minValidityMs: request.minValidityMs }),
    };
    const proof = clientProof(secret, serverNonce, clientNonce, canonicalRequestFields(fields));
    socket.write(`${JSON.stringify({ clientNonce, proof, ...fields })}\n`);
    const line = await nextLine(socket, (request.waitMs ?? 0) + ANSWER_MARGIN_MS);
    return verifiedAnswer(line, { secret, serverNonce, clientNonce });
  } finally {
    socket.destroy();
  }
}

/** Checks a channel folder is private; a missing one means the channel is off. */
function checkFolder(path: string, uid: number | undefined): void {
  try {
    checkPrivateDir(path, uid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw channelOff();
    }
    throw error;
  }
}

/** Connects to the channel; a missing or refusing socket means the channel is absent. */
function connectTo(socketPath: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    const onError = (error: NodeJS.ErrnoException): void => {
      socket.destroy();
      const off = error.code === 'ENOENT' || error.code === 'ECONNREFUSED';
      reject(off ? channelOff() : new ScriptAccessError('not-running', `Could not reach Patchworks Token Tray (${error.code ?? 'connection failed'})`));
    };
    socket.once('error', onError);
    socket.once('connect', () => {
      socket.off('error', onError);
      socket.on('error', () => undefined); // a later failure ends the line being read as `closed`
      resolve(socket);
    });
  });
}

/** Reads the app's next line, or rejects with why there is none. */
async function nextLine(socket: Socket, timeoutMs: number): Promise<string> {
  const result = await readLine(socket, MAX_RESPONSE_BYTES, timeoutMs);
  switch (result.kind) {
    case 'line':
      return result.text;
    case 'timeout':
      throw new ScriptAccessError('not-running', 'Patchworks Token Tray did not answer in time');
    case 'too-large':
      throw new Error('Patchworks Token Tray sent an answer that is too large');
    case 'closed':
      throw new ScriptAccessError('not-running', 'Patchworks Token Tray closed the connection without answering');
  }
}
