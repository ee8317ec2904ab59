import { connect } from 'node:net';

/**
 * Sends `bytes` as they are over the socket (then ends the sending side if `end`) and resolves with
 * everything the app sent back.
 */
export function sendRaw(socketPath: string, bytes: string, end = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The app may close while a large request is still being written; what it answered still counts.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return;
      reject(error);
    });
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('connect', () => (end ? socket.end(bytes) : socket.write(bytes)));
  });
}

/** Sends one JSON request line and parses the one JSON answer line. */
export async function ask(socketPath: string, request: unknown): Promise<unknown> {
  const text = await sendRaw(socketPath, `${JSON.stringify(request)}\n`);
  expectOneLine(text);
  return JSON.parse(text);
}

function expectOneLine(text: string): void {
  if (!/^[^\n]+\n$/.test(text)) throw new Error(`expected one answer line, got ${JSON.stringify(text.slice(0, 200))}`);
}
