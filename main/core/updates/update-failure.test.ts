import { describe, expect, it } from 'vitest';
import { describeUpdateFailure } from './update-failure';

describe('describeUpdateFailure', () => {
  it.each([
    [{ message: 'net::ERR_INTERNET_DISCONNECTED' }, 'linux', 'offline'],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:443' }, 'win32', 'offline'],
    [{ code: 'HTTP_ERROR_404', message: '404 Not Found' }, 'linux', 'not-found'],
    [{ code: 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND', message: 'Unable to find latest version on GitHub' }, 'darwin', 'not-found'],
    [{ code: 'ERR_CHECKSUM_MISMATCH', message: 'sha512 checksum mismatch, expected x, got y' }, 'linux', 'bad-signature'],
    [{ code: 'ERR_UPDATER_INVALID_SIGNATURE', message: 'New version 0.2.0 is not signed by the application owner' }, 'win32', 'bad-signature'],
    [{ message: 'Could not get code signature for running application' }, 'darwin', 'needs-signed-build'],
    [{ message: 'Code signature at URL file:///x did not pass validation: code object is not signed at all' }, 'darwin', 'needs-signed-build'],
    [{ message: 'Something unexpected' }, 'linux', 'other'],
  ] as const)('%j on %s is %s', (failure, platform, kind) => {
    expect(describeUpdateFailure(failure, platform).kind).toBe(kind);
  });

  it('speaks of a signed build only on macOS', () => {
    expect(describeUpdateFailure({ message: 'Could not get code signature for running application' }, 'linux').kind).toBe('other');
  });

  it('never repeats the raw message (it may hold a feed URL); that goes to the log', () => {
    const raw = 'Cannot find latest.yml in https://example.invalid/feed?token=abc: HttpError: 404';
    const described = describeUpdateFailure({ code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND', message: raw }, 'linux');
    expect(described.message).not.toContain('example.invalid');
    expect(described.message.length).toBeGreaterThan(0);
  });
});
