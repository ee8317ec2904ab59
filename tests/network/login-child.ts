// Runs one real login in its own process and prints the outcome as JSON. Node reads the OS
// certificate store (on Linux: SSL_CERT_FILE / SSL_CERT_DIR) once per process, so each trust setup
// needs a process of its own. Input: PATCHWORKS_LOGIN_JOB, a JSON `LoginJob`.
import { login } from '../../main/core/login/login';
import { LoginError } from '../../main/core/login/login-error';
import { loginUrl } from '../../main/core/login/login-url';
import { readCaFile } from '../../main/core/network/ca-file';
import { routeLabel } from '../../main/core/login/proxy-route';
import { resolveRoute } from '../../main/core/network/resolve-route';
import { trustedCertificates } from '../../main/core/network/trusted-certificates';
import type { LoginJob, LoginOutcome } from './login-job';

async function run(job: LoginJob): Promise<LoginOutcome> {
  const route = await resolveRoute(loginUrl(job.baseUrl), { preferenceProxy: job.preferenceProxy ?? '' });
  const trust = trustedCertificates(job.caFile === undefined ? [] : await readCaFile(job.caFile));
  try {
    const token = await login({ baseUrl: job.baseUrl, email: job.email, password: job.password, route, ca: trust.ca, timeoutMs: 5_000 });
    return { ok: true, route: routeLabel(route), systemStore: trust.systemStore, tokenLength: token.token.length };
  } catch (error) {
    if (!(error instanceof LoginError)) throw error;
    return { ok: false, route: routeLabel(route), systemStore: trust.systemStore, kind: error.kind, message: error.message };
  }
}

const job = JSON.parse(process.env.PATCHWORKS_LOGIN_JOB ?? '{}') as LoginJob;
process.stdout.write(`${JSON.stringify(await run(job))}\n`);
