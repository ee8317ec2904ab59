// `npm run mock-server [-- --port 8787 --behaviour token --lifetime 86400]`: runs the stand-in until Ctrl-C.
import { parseArgs } from 'node:util';
import { behaviours, isMockBehaviour } from './behaviours';
import { DEMO_ACCOUNT, startMockServer } from './mock-server';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseWholeNumber(text: string, name: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) fail(`--${name} must be a whole number ≥ ${min}, got "${text}"`);
  return value;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    behaviour: { type: 'string', default: 'token' },
    lifetime: { type: 'string', default: '86400' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    `Usage: npm run mock-server -- [--port 8787] [--behaviour token] [--lifetime 86400]\n` +
      `Behaviours: ${behaviours.join(', ')}\n`,
  );
  process.exit(0);
}
if (!isMockBehaviour(values.behaviour)) fail(`Unknown --behaviour "${values.behaviour}". Known: ${behaviours.join(', ')}`);

const server = await startMockServer({
  port: parseWholeNumber(values.port, 'port', 0),
  behaviour: values.behaviour,
  tweaks: { lifetimeSec: parseWholeNumber(values.lifetime, 'lifetime', 1) },
}).catch((error: unknown) => fail(`Could not start the stand-in server: ${error instanceof Error ? error.message : String(error)}`));

process.stdout.write(
  [
    `Stand-in Patchworks server listening (behaviour "${server.behaviour}").`,
    `  Custom environment base URL: ${server.url}`,
    `  Email:    ${DEMO_ACCOUNT.email}`,
    `  Password: ${DEMO_ACCOUNT.password}`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
