import type { Socket } from 'node:net';

/** How reading one newline-terminated line ended. */
export type LineResult =
  | { kind: 'line'; text: string }
  | { kind: 'too-large' }
  | { kind: 'timeout' }
  | { kind: 'closed' };

/**
 * Reads the next line (up to `\n`) from `socket`, giving up once `maxBytes` arrive without a newline,
 * after `timeoutMs`, or when the peer closes or fails. Pauses the socket either way, so a later call
 * reads the following line (the protocol never sends more than one line before the peer answers);
 * never rejects.
 */
export function readLine(socket: Socket, maxBytes: number, timeoutMs: number): Promise<LineResult> {
  return new Promise((resolve) => {
    if (socket.destroyed || socket.readableEnded) return resolve({ kind: 'closed' });
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: LineResult): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('end', onClosed);
      socket.off('close', onClosed);
      socket.off('error', onClosed);
      socket.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      const newline = chunk.indexOf(0x0a);
      const used = newline === -1 ? chunk : chunk.subarray(0, newline);
      size += used.length;
      if (size >= maxBytes) return finish({ kind: 'too-large' });
      chunks.push(used);
      if (newline !== -1) finish({ kind: 'line', text: Buffer.concat(chunks).toString('utf8') });
    };
    const onClosed = (): void => finish({ kind: 'closed' });
    const timer = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs);
    socket.on('data', onData);
    socket.once('end', onClosed);
    socket.once('close', onClosed);
    socket.once('error', onClosed);
    socket.resume();
  });
}
