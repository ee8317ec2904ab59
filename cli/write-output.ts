import { writeSync } from 'node:fs';

/**
 * Writes all of `text` to file descriptor `fd` directly, which spares every call building
 * `process.stdout`'s stream (about a millisecond). When the descriptor would block (a non-blocking pipe
 * that is full) the rest goes to `stream()` instead; when the reader has gone (EPIPE) the rest is dropped,
 * as a reader that left wants no more. On Windows everything goes to the stream: a console needs its
 * wide-character writes, and a pipe there may be an overlapped handle that plain writes must not use.
 */
export function writeOutput(fd: number, text: string, stream: () => NodeJS.WritableStream): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  if (process.platform !== 'win32') {
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
    }
  }
  if (written === bytes.length) return;
  const output = stream();
  output.on('error', () => undefined); // a reader that leaves meanwhile: as EPIPE above
  output.write(bytes.subarray(written));
}
