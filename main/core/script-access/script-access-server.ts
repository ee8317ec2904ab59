import { chmod, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import { newSecret, removeSecretFile, writeSecretFile } from './access-secret';
import { currentUid, ensurePrivateDir } from './private-dir';
import { failure } from './protocol';
import { answerAndClose, serveConnection } from './serve-connection';
import { assertSocketPathFits, clearStaleSocket, isPipe } from './socket-path';
import type { TokenSource } from './token-source';

/** Most clients served at once; more are told the channel is busy. */
const MAX_CONNECTIONS = 128;

/** What a client beyond `MAX_CONNECTIONS` is told before the connection closes. */
const BUSY = `${JSON.stringify(failure('busy', 'Patchworks Token Tray is busy with other requests; try again in a few seconds'))}\n`;

/** What `startScriptAccessServer` needs. */
export interface ScriptAccessServerOptions {
  /** A Unix socket path in a private folder, or a Windows named pipe (see `scriptAccessPaths`). */
  socketPath: string;
  /** Where the request secret is written; its folder is created private (0700) and checked. */
  secretFilePath: string;
  /** Where tokens come from (read-only). */
  tokens: TokenSource;
  /** Receives one secret-free line per refused or malformed request and per fault. */
  log?: (line: string) => void;
}

/** A running script-access channel. */
export interface ScriptAccessServer {
  /** Stops listening, ends open requests, removes the socket and the secret file; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the local script-access channel: checks or creates the private folder, writes a new random
 * secret (0600), removes a stale socket, listens on the socket (then 0600) or pipe. Never TCP. Each
 * connection is a challenge-response over that secret (see `serveConnection`); the secret is never sent.
 * Rejects with a `ScriptAccessError` when the folder or socket path is unsafe or already served.
 */
export async function startScriptAccessServer(options: ScriptAccessServerOptions): Promise<ScriptAccessServer> {
  const { socketPath, secretFilePath, tokens } = options;
  const log = options.log ?? (() => undefined);
  const uid = currentUid();
  assertSocketPathFits(socketPath);
  await ensurePrivateDir(dirname(secretFilePath), uid);
  if (!isPipe(socketPath)) {
    await ensurePrivateDir(dirname(socketPath), uid);
    await clearStaleSocket(socketPath);
  }
  const secret = newSecret();
  await writeSecretFile(secretFilePath, secret);

  const closing = new AbortController();
  const open = new Set<Socket>();
  const server = createServer((socket) => {
    socket.on('error', () => undefined); // a client that vanishes is not a fault
    if (open.size >= MAX_CONNECTIONS) return answerAndClose(socket, BUSY);
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    void serveConnection(socket, { secret, tokens, closing: closing.signal, log });
  });
  try {
    await listen(server, socketPath);
    if (!isPipe(socketPath)) await chmod(socketPath, 0o600);
  } catch (error) {
    server.close();
    await removeSecretFile(secretFilePath);
    throw error;
  }

  let closed: Promise<void> | undefined;
  return {
    close() {
      closed ??= (async () => {
        closing.abort();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          for (const socket of open) socket.destroy();
        });
        if (!isPipe(socketPath)) await rm(socketPath, { force: true });
        await removeSecretFile(secretFilePath);
      })();
      return closed;
    },
  };
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ path, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
