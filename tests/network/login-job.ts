import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** What the child login is asked to do. */
export interface LoginJob {
  baseUrl: string;
  email: string;
  password: string;
  /** The proxy address from Preferences; none when absent. */
  preferenceProxy?: string;
  /** A CA file (PEM) as chosen in Preferences; none when absent. */
  caFile?: string;
}

/** What the child login reports: the route it took, whether the OS store was read, and the result. */
export type LoginOutcome = { route: string; systemStore: boolean } & (
  | { ok: true; tokenLength: number }
  | { ok: false; kind: string; message: string }
);

const run = promisify(execFile);
const CHILD = new URL('./login-child.ts', import.meta.url).pathname;

/** Proxy and certificate variables a test must not inherit from the machine it runs on. */
const INHERITED = /^(https?_proxy|all_proxy|no_proxy|node_extra_ca_certs|ssl_cert_file|ssl_cert_dir|node_options)$/i;

/**
 * Runs `job` in a fresh Node process (tsx) whose environment is this one without any proxy or CA
 * variables, plus `env` (e.g. SSL_CERT_FILE pointing at a test CA, HTTPS_PROXY, NO_PROXY).
 */
export async function loginInChild(job: LoginJob, env: Record<string, string>): Promise<LoginOutcome> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED.test(name)));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...clean, ...env, PATCHWORKS_LOGIN_JOB: JSON.stringify(job) },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as LoginOutcome;
}
