import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';

/** A stand-in listening where the app would: it records what clients send and answers as a test says. */
export interface FakeChannel {
  /** Everything clients sent, all connections together, in arrival order. */
  received(): string;
  close(): Promise<void>;
}

function listen(server: Server, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
  });
}

/** Tracks a server's sockets so `close()` can end them, and records what they send. */
function track(sockets: Set<Socket>, socket: Socket, record: (chunk: Buffer) => void): void {
  sockets.add(socket);
  socket.on('error', () => undefined);
  socket.once('close', () => sockets.delete(socket));
  socket.on('data', record);
}

/**
 * A squatter on `socketPath`: greets like the app (a valid `{"v":2,"nonce":…}`), records everything the
 * client sends, and once a request line arrives answers `answer` (it cannot know the secret) and hangs up.
 */
export async function startSquatter(socketPath: string, answer: string): Promise<FakeChannel> {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    let text = '';
    track(sockets, socket, (chunk) => {
      chunks.push(chunk);
      text += chunk.toString('utf8');
      if (text.includes('\n')) socket.end(`${answer}\n`);
    });
    socket.write(`${JSON.stringify({ v: 2, nonce: randomBytes(32).toString('base64url') })}\n`);
  });
  await listen(server, socketPath);
  return { received: () => Buffer.concat(chunks).toString('utf8'), close: () => closeServer(server, sockets) };
}

/**
 * A relay on `listenPath` in front of the real channel at `targetPath`: it passes the greeting and the
 * client's request through unchanged, and the app's answer line through `rewrite` (a man in the middle).
 */
export async function startRelay(listenPath: string, targetPath: string, rewrite: (answer: string) => string): Promise<FakeChannel> {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const app = connect(targetPath);
    track(sockets, app, () => undefined);
    track(sockets, client, (chunk) => {
      chunks.push(chunk);
      app.write(chunk);
    });
    let fromApp = '';
    let greeted = false;
    app.on('data', (chunk: Buffer) => {
      fromApp += chunk.toString('utf8');
      const newline = fromApp.indexOf('\n');
      if (greeted || newline === -1) return;
      greeted = true;
      client.write(fromApp.slice(0, newline + 1));
      fromApp = fromApp.slice(newline + 1);
    });
    app.on('end', () => client.end(fromApp === '' ? '' : `${rewrite(fromApp.trimEnd())}\n`));
  });
  await listen(server, listenPath);
  return { received: () => Buffer.concat(chunks).toString('utf8'), close: () => closeServer(server, sockets) };
}
