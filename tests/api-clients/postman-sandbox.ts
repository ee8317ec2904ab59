// A small stand-in for Postman's script sandbox: the `pm` calls the pre-request script makes, with
// pm.sendRequest doing a real HTTP request. It records what the script asked and what it logged.
import { request as httpRequest } from 'node:http';
import { runInNewContext } from 'node:vm';

/** What Postman hands `pm.sendRequest`'s callback: the status code and the body as JSON. */
interface SandboxResponse {
  code: number;
  json(): unknown;
}

/** The sandbox's state: variable scopes as maps, the requests sent and the console lines. */
export interface PostmanSandbox {
  readonly environment: Map<string, string>;
  readonly collectionVariables: Map<string, string>;
  readonly sent: { url: string; method: string; header: Record<string, string> }[];
  readonly errors: string[];
  /** Runs `script` as a pre-request script and resolves once every `pm.sendRequest` callback ran. */
  run(script: string): Promise<void>;
}

/** Sends one request as Postman would (no Origin, Host from the URL) and hands the callback the answer. */
function send(options: { url: string; method: string; header: Record<string, string> }, callback: (error: Error | null, response?: SandboxResponse) => void): Promise<void> {
  return new Promise((resolve) => {
    const done = (error: Error | null, response?: SandboxResponse): void => {
      callback(error, response);
      resolve();
    };
    const outgoing = httpRequest(options.url, { method: options.method, headers: options.header, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        done(null, { code: incoming.statusCode ?? 0, json: () => JSON.parse(text) });
      });
    });
    outgoing.on('error', (error) => done(error));
    outgoing.end();
  });
}

/** A fresh sandbox whose environment starts with `environment` (e.g. the secret `tokenTrayKey`). */
export function postmanSandbox(environment: Record<string, string> = {}): PostmanSandbox {
  const scopes = { environment: new Map(Object.entries(environment)), collectionVariables: new Map<string, string>() };
  const sent: PostmanSandbox['sent'] = [];
  const errors: string[] = [];
  const pending: Promise<void>[] = [];
  const scope = (map: Map<string, string>) => ({
    get: (name: string) => map.get(name),
    set: (name: string, value: unknown) => void map.set(name, String(value)),
    unset: (name: string) => void map.delete(name),
  });
  const pm = {
    environment: scope(scopes.environment),
    collectionVariables: scope(scopes.collectionVariables),
    // Postman resolves the narrowest scope first: environment before collection.
    variables: { get: (name: string) => scopes.environment.get(name) ?? scopes.collectionVariables.get(name) },
    sendRequest: (options: { url: string; method: string; header: Record<string, string> }, callback: (error: Error | null, response?: SandboxResponse) => void) => {
      sent.push(structuredClone(options));
      pending.push(send(options, callback));
    },
  };
  const console = { error: (...parts: unknown[]) => void errors.push(parts.join(' ')), log: () => undefined, warn: () => undefined };
  return {
    ...scopes,
    sent,
    errors,
    async run(script) {
      runInNewContext(script, { pm, console });
      while (pending.length > 0) await pending.shift();
    },
  };
}
