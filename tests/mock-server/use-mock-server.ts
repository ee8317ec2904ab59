import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startMockServer, type MockServer } from './mock-server';

/**
 * Starts one stand-in server for the test file, resets it to the documented success shape with no
 * recorded requests before each test, and closes it afterwards. Returns a getter for the server.
 */
export function useMockServer(): () => MockServer {
  let server: MockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server?.setBehaviour('token');
    server?.clearRequests();
  });
  return () => {
    if (!server) throw new Error('The stand-in server is not running: call useMockServer() at file level.');
    return server;
  };
}
