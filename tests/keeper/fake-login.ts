import type { IssuedToken } from '../../main/core/login/issued-token';
import { LoginError } from '../../main/core/login/login-error';

/** One scripted answer: a token lifetime, a failure, or a function producing the answer itself. */
export type LoginStep = { lifetimeMs: number } | LoginError | ((signal: AbortSignal) => Promise<IssuedToken>);

/** A recorded call of the fake login. */
export interface LoginCall {
  at: number;
  signal: AbortSignal;
}

/**
 * A scripted stand-in for `login()` that records every call (time and signal). Steps are consumed in
 * order; when none is left it issues a token living `defaultLifetimeMs`. Tokens are `secret-token-N`.
 */
export class FakeLogin {
  readonly calls: LoginCall[] = [];
  private readonly steps: LoginStep[] = [];
  private issued = 0;

  constructor(private readonly defaultLifetimeMs = 24 * 3_600_000) {}

  /** Queues the next answers. */
  queue(...steps: LoginStep[]): this {
    this.steps.push(...steps);
    return this;
  }

  /** The login function to hand to the keeper. */
  readonly login = (signal: AbortSignal): Promise<IssuedToken> => {
    this.calls.push({ at: Date.now(), signal });
    const step = this.steps.shift() ?? { lifetimeMs: this.defaultLifetimeMs };
    if (typeof step === 'function') return step(signal);
    if (step instanceof LoginError) return Promise.reject(step);
    return Promise.resolve(this.issue(step.lifetimeMs));
  };

  /** A fresh token living `lifetimeMs` from now. */
  issue(lifetimeMs: number): IssuedToken {
    this.issued += 1;
    const now = Date.now();
    return { token: `secret-token-${this.issued}`, issuedAt: new Date(now), expiresAt: new Date(now + lifetimeMs) };
  }
}

/** A login that never answers until its signal aborts, then rejects like the real client does. */
export function hangingLogin(signal: AbortSignal): Promise<IssuedToken> {
  return new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new LoginError('aborted', 'Login was cancelled')), {
      once: true,
    });
  });
}

/** A transient failure of the given kind, as `login()` would raise it. */
export function failure(kind: 'network' | 'server' | 'timeout' | 'bad-response'): LoginError {
  return new LoginError(kind, `Simulated ${kind} failure`);
}
