import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import {
  type BehaviourTweaks,
  type MockBehaviour,
  type SuccessBehaviour,
  successBody,
  withFields,
} from './behaviours';
import { makeJwt } from './jwt';

/** The login path the stand-in serves, as Patchworks does. */
export const LOGIN_PATH = '/api/v1/login';
/** Where 'redirect' points; answering it proves a client followed the redirect. */
export const REDIRECT_TARGET_PATH = '/api/v1/login/elsewhere';
/** The account every stand-in server accepts unless `accounts` is given (demo only, not a secret). */
export const DEMO_ACCOUNT = { email: 'demo@patchworks.test', password: 'demo-password-123' } as const;

/** Real timers captured at load, so fake timers in a test do not stall the server's delays. */
const realSetTimeout = globalThis.setTimeout;
const MAX_REQUEST_BODY = 64 * 1024;

/** Options for `startMockServer`. */
export interface MockServerOptions {
  /** TCP port on 127.0.0.1; default 0 (any free port). */
  port?: number;
  /** Accepted email/password pairs; default `[DEMO_ACCOUNT]`. */
  accounts?: ReadonlyArray<{ email: string; password: string }>;
  /** Starting behaviour; default 'token'. */
  behaviour?: MockBehaviour;
  /** Starting tweaks (see `BehaviourTweaks`). */
  tweaks?: BehaviourTweaks;
  /** Serve https with this key and certificate (PEM) instead of plain http. */
  tls?: { key: string; cert: string };
  /** Called once per request when its response is over (sent, or the connection closed). */
  onRequestDone?: (record: Readonly<RequestRecord>) => void;
}

/** What the stand-in saw of one request. Holds no password: only whether one was sent and matched. */
export interface RequestRecord {
  at: Date;
  method: string;
  path: string;
  behaviour: MockBehaviour;
  accept?: string;
  contentType?: string;
  email?: string;
  passwordSent: boolean;
  passwordCorrect: boolean;
  /** Status sent, once the head has gone out. */
  status?: number;
  /** Token handed out by this request (success or 'echo-secrets'). */
  issuedToken?: string;
  /** True when the client closed the connection before the answer was complete. */
  clientClosedEarly: boolean;
}

/** A running stand-in Patchworks server. */
export interface MockServer {
  /** Base URL to give `login()`, e.g. `http://127.0.0.1:8787` (`https://` with `tls`; no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** The current behaviour. */
  readonly behaviour: MockBehaviour;
  /** Every request received, oldest first (any path, any method). */
  readonly requests: readonly RequestRecord[];
  /** Requests that reached `POST /api/v1/login`. */
  readonly loginCount: number;
  /** Switches behaviour for the following requests; tweaks are reset to `tweaks` (default none). */
  setBehaviour(behaviour: MockBehaviour, tweaks?: BehaviourTweaks): void;
  /** Accepts another account (or replaces the password of an existing one). */
  addAccount(email: string, password: string): void;
  /** Forgets the request records. */
  clearRequests(): void;
  /** Stops listening and drops open connections (including hanging ones); safe to call twice. */
  close(): Promise<void>;
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

interface LoginBody {
  email?: string;
  password?: string;
}

function parseLoginBody(raw: string): LoginBody | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { email, password } = parsed as Record<string, unknown>;
    return {
      ...(typeof email === 'string' && email !== '' ? { email } : {}),
      ...(typeof password === 'string' && password !== '' ? { password } : {}),
    };
  } catch {
    return undefined;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BODY) chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Sends the status line and headers, noting the status in the record. */
function head(response: ServerResponse, record: RequestRecord, status: number, headers: Record<string, string>): void {
  record.status = status;
  response.writeHead(status, headers);
}

function sendJson(
  response: ServerResponse,
  record: RequestRecord,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  head(response, record, status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Streams `total` bytes of a JSON-looking body, respecting back-pressure, until done or the client leaves. */
function streamOversize(response: ServerResponse, record: RequestRecord, total: number): void {
  head(response, record, 200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  const pump = (): void => {
    if (sent === 0) {
      response.write('{"token":"');
      sent = 10;
    }
    while (sent < total && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end('"}');
  };
  pump();
}

/** Starts a stand-in Patchworks login server on 127.0.0.1; resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const accounts = new Map<string, Buffer>();
  for (const account of options.accounts ?? [DEMO_ACCOUNT]) accounts.set(account.email, digest(account.password));
  let behaviour: MockBehaviour = options.behaviour ?? 'token';
  let tweaks: BehaviourTweaks = options.tweaks ?? {};
  const requests: RequestRecord[] = [];

  const passwordMatches = (body: LoginBody): boolean => {
    const expected = body.email === undefined ? undefined : accounts.get(body.email);
    return expected !== undefined && body.password !== undefined && timingSafeEqual(expected, digest(body.password));
  };

  /** The server's own clock (this computer's, shifted by the `clockOffsetSec` tweak). */
  const serverNow = (): number => Date.now() + (tweaks.clockOffsetSec ?? 0) * 1000;

  const issue = (record: RequestRecord): string => {
    const token = makeJwt(record.email ?? 'unknown', tweaks.lifetimeSec ?? 86_400, serverNow());
    record.issuedToken = token;
    return token;
  };

  /** Checks the credentials the way Laravel would, then answers with the success shape. */
  const answerLogin = (
    response: ServerResponse,
    record: RequestRecord,
    body: LoginBody | undefined,
    shape: SuccessBehaviour,
  ): void => {
    if (body?.email === undefined || body.password === undefined) {
      const errors: Record<string, string[]> = {};
      if (body?.email === undefined) errors.email = ['The email field is required.'];
      if (body?.password === undefined) errors.password = ['The password field is required.'];
      sendJson(response, record, 422, { message: 'The given data was invalid.', errors });
    } else if (!record.passwordCorrect) {
      sendJson(response, record, 401, { message: 'Invalid credentials.' });
    } else {
      const lifetimeSec = tweaks.lifetimeSec ?? 86_400;
      const token = shape === 'opaque-token' ? randomBytes(24).toString('hex') : issue(record);
      record.issuedToken = token;
      const now = serverNow();
      const bodyJson = JSON.stringify(withFields(successBody(shape, token, lifetimeSec, now), tweaks.fields));
      head(response, record, 200, { 'content-type': 'application/json', date: new Date(now).toUTCString() });
      response.end(tweaks.bom ? `\uFEFF${bodyJson}` : bodyJson);
    }
  };

  const answer = (
    response: ServerResponse,
    record: RequestRecord,
    body: LoginBody | undefined,
    password: string,
  ): void => {
    const retryAfterSec = tweaks.retryAfterSec ?? 120;
    switch (record.behaviour) {
      case 'no-token':
        return sendJson(response, record, 200, { message: 'Login successful' });
      case 'unauthorized':
        return sendJson(response, record, 401, { message: 'Invalid credentials.' });
      case 'forbidden':
        return sendJson(response, record, 403, { message: 'This account is disabled.' });
      case 'validation-error':
        return sendJson(response, record, 422, {
          message: 'The email must be a valid email address. (and 1 more error)',
          errors: { email: ['The email must be a valid email address.'], password: ['The password must be at least 8 characters.'] },
        });
      case 'rate-limited':
        return sendJson(response, record, 429, { message: 'Too Many Attempts.' }, { 'retry-after': String(retryAfterSec) });
      case 'rate-limited-date':
        return sendJson(response, record, 429, { message: 'Too Many Attempts.' }, {
          'retry-after': new Date(Date.now() + retryAfterSec * 1000).toUTCString(),
        });
      case 'server-error':
        return sendJson(response, record, 500, { message: 'Server Error' });
      case 'unavailable':
        return sendJson(response, record, 503, { message: 'Service Unavailable' }, { 'retry-after': '30' });
      case 'hang':
        return;
      case 'reset':
        response.socket?.destroy();
        return;
      case 'malformed-json':
        head(response, record, 200, { 'content-type': 'application/json' });
        response.end('{"token": "eyJhbGciOiJIUzI1NiJ9.eyJleHAi');
        return;
      case 'html':
        head(response, record, 200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><html><head><title>Maintenance</title></head><body><h1>Back soon</h1></body></html>');
        return;
      case 'redirect':
        head(response, record, 302, { location: REDIRECT_TARGET_PATH });
        response.end();
        return;
      case 'oversize':
        return streamOversize(response, record, tweaks.oversizeBytes ?? 8 * 1024 * 1024);
      case 'echo-secrets': {
        const token = issue(record);
        return sendJson(response, record, 422, {
          message: `Password "${password}" rejected for ${body?.email ?? '?'}; stale token ${token}`,
          errors: { password: [`The password "${password}" is incorrect.`], token: [`Token ${token} was revoked.`] },
        });
      }
      case 'echo-disguised': {
        // An opaque base64 session token: never one run of word characters, it always holds + and /.
        const token = `+${randomBytes(30).toString('base64')}/`;
        record.issuedToken = token;
        const html = password.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
        return sendJson(response, record, 422, {
          message: `Password ${html} rejected`,
          errors: {
            password: [`Got ${html}.`, `Got ${encodeURIComponent(password)}.`],
            password_confirmation: [`Got ${password.toUpperCase()}.`, `Got ${password.toLowerCase()}.`],
            session: [`Session ${token} was revoked.`],
          },
        });
      }
      case 'flood-errors': {
        // About 900 KB in all (under the client's 1 MiB limit): one 700 KB message and 5,000 short ones.
        const errors = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`field_${i}`, [`Field ${i} is invalid.`]]));
        errors.field_0 = ['y'.repeat(700 * 1024)];
        return sendJson(response, record, 422, { message: 'The given data was invalid.', errors });
      }
      default:
        return answerLogin(response, record, body, record.behaviour);
    }
  };

  const handle: RequestListener = (request, response) => {
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname;
    const record: RequestRecord = {
      at: new Date(),
      method: request.method ?? '?',
      path,
      behaviour,
      ...(request.headers.accept === undefined ? {} : { accept: request.headers.accept }),
      ...(request.headers['content-type'] === undefined ? {} : { contentType: request.headers['content-type'] }),
      passwordSent: false,
      passwordCorrect: false,
      clientClosedEarly: false,
    };
    requests.push(record);
    response.on('close', () => {
      if (!response.writableFinished) record.clientClosedEarly = true;
      options.onRequestDone?.(record);
    });

    void readBody(request).then((raw) => {
      const body = parseLoginBody(raw);
      const password = body?.password ?? '';
      if (body?.email !== undefined) record.email = body.email;
      record.passwordSent = body?.password !== undefined;
      record.passwordCorrect = body !== undefined && passwordMatches(body);
      const isLogin = request.method === 'POST' && (path === LOGIN_PATH || path === REDIRECT_TARGET_PATH);
      if (!isLogin) return sendJson(response, record, 404, { message: 'Not Found' });
      const delayMs = tweaks.delayMs ?? (record.behaviour === 'slow' ? 3000 : 0);
      const respond = (): void => {
        if (!response.destroyed) answer(response, record, body, password);
      };
      // The redirect target answers like a working server, so following the redirect would succeed.
      if (path === REDIRECT_TARGET_PATH) return answerLogin(response, record, body, 'token');
      if (delayMs > 0) realSetTimeout(respond, delayMs);
      else respond();
    });
  };
  const server = options.tls ? createTlsServer(options.tls, handle) : createServer(handle);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    get behaviour() {
      return behaviour;
    },
    requests,
    get loginCount() {
      return requests.filter((r) => r.method === 'POST' && r.path === LOGIN_PATH).length;
    },
    setBehaviour(next, nextTweaks = {}) {
      behaviour = next;
      tweaks = nextTweaks;
    },
    addAccount(email, password) {
      accounts.set(email, digest(password));
    },
    clearRequests() {
      requests.length = 0;
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
