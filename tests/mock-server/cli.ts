// `npm run mock-server [-- --port 8787 --behaviour token --lifetime 86400 …]`: runs the stand-in until Ctrl-C.
import { parseCliArgs } from './cli-options';
import { DEMO_ACCOUNT, startMockServer } from './mock-server';
import { requestLogLine } from './request-log-line';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const request = parseCliArgs(process.argv.slice(2));
if (request.kind === 'help') {
  process.stdout.write(request.text);
  process.exit(0);
}
if (request.kind === 'error') fail(request.message);

const server = await startMockServer({
  port: request.port,
  behaviour: request.behaviour,
  tweaks: request.tweaks,
  onRequestDone: (record) => process.stdout.write(`${requestLogLine(record)}\n`),
}).catch((error: unknown) => fail(`Could not start the stand-in server: ${error instanceof Error ? error.message : String(error)}`));

process.stdout.write(
  [
    `Stand-in Patchworks server listening (behaviour "${server.behaviour}").`,
    `  Custom environment base URL: ${server.url}`,
    `  Email:    ${DEMO_ACCOUNT.email}`,
    `  Password: ${DEMO_ACCOUNT.password}`,
    'Press Ctrl-C to stop. One line per request follows.',
    '',
  ].join('\n'),
);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
