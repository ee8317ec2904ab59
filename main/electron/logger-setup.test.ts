import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import log from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginError } from '../core/login/login-error';
import { Redactor } from '../core/log/redact';
import { configureLogger, LOG_FILE_NAME } from './logger-setup';

const PASSWORD = 'correct horse battery staple';
const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxODAwMDAwMDAwfQ.x3Vq8b1tK9mZ2pL7nR4sW6yA0cE5gI8jO1uQ3vX5zB7';
const OPAQUE = '7f3a9c2e41b84d0fa6e5c1d2b3a49876ff01';

describe('configureLogger with electron-log (node entry)', () => {
  let dir: string;
  let logger: typeof log;
  let redactor: Redactor;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'logs-'));
    logger = log.create({ logId: `test-${Date.now()}-${Math.random()}` });
    logger.transports.console.level = false;
    redactor = new Redactor();
    configureLogger(logger, { logsDir: dir, redactor });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes to main.log in the logs folder with no secret in it', async () => {
    const forgetPassword = redactor.register(PASSWORD);
    redactor.register(OPAQUE);
    logger.info('login ok, token', JWT);
    logger.info(`request body {"email":"you@company.com","password":"${PASSWORD}"}`);
    logger.warn('header', { Authorization: `Bearer ${OPAQUE}` });
    logger.error(new LoginError('server', `failed for ${PASSWORD}`, { cause: new Error(`Bearer ${JWT}`) }));
    logger.info('password again:', PASSWORD);
    forgetPassword();

    const text = await readFile(join(dir, LOG_FILE_NAME), 'utf8');
    expect(text).toContain('login ok, token [redacted]');
    expect(text).toContain('you@company.com');
    expect(text).toContain('LoginError');
    expect(text.split('\n').filter((line) => line.includes('[info]'))).toHaveLength(3);
    for (const secret of [PASSWORD, JWT, OPAQUE, JWT.split('.')[1] ?? JWT, 'horse battery']) {
      expect(text).not.toContain(secret);
    }
  });

  it('creates the log file owner-only (0600), and tightens one left open by an older version', async () => {
    logger.info('hello');
    expect((await stat(join(dir, LOG_FILE_NAME))).mode & 0o777).toBe(0o600);
    const older = await mkdtemp(join(tmpdir(), 'logs-'));
    await writeFile(join(older, LOG_FILE_NAME), 'old line\n', { mode: 0o644 });
    await chmod(join(older, LOG_FILE_NAME), 0o644);
    configureLogger(log.create({ logId: `test-older-${Date.now()}` }), { logsDir: older, redactor });
    expect((await stat(join(older, LOG_FILE_NAME))).mode & 0o777).toBe(0o600);
    await rm(older, { recursive: true, force: true });
  });

  it('installs the hook once however often it is configured', () => {
    configureLogger(logger, { logsDir: dir, redactor });
    expect(logger.hooks.filter((hook) => hook === redactor.hook)).toHaveLength(1);
  });
});
