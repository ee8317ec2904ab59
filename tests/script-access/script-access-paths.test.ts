import { describe, expect, it } from 'vitest';
import { MAX_SOCKET_PATH_BYTES, scriptAccessPaths } from '../../main/core/script-access/script-access-paths';

describe('scriptAccessPaths', () => {
  it('uses ~/.patchworks-token-tray on Linux', () => {
    expect(scriptAccessPaths({ platform: 'linux', env: {}, homedir: '/home/ana', user: 'ana' })).toEqual({
      directory: '/home/ana/.patchworks-token-tray',
      socketPath: '/home/ana/.patchworks-token-tray/token.sock',
      secretFilePath: '/home/ana/.patchworks-token-tray/secret',
      offMarkerPath: '/home/ana/.patchworks-token-tray/script-access-off',
    });
  });

  it('uses Application Support on macOS, within the socket path limit for a long user name', () => {
    const paths = scriptAccessPaths({ platform: 'darwin', env: {}, homedir: `/Users/${'a'.repeat(20)}`, user: 'a' });
    expect(paths.socketPath).toBe(`/Users/${'a'.repeat(20)}/Library/Application Support/patchworks-token-tray/token.sock`);
    expect(Buffer.byteLength(paths.socketPath)).toBeLessThanOrEqual(MAX_SOCKET_PATH_BYTES);
  });

  it('uses a per-user pipe and LOCALAPPDATA on Windows, with unsafe name characters replaced', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\Ana Lee\\AppData\\Local' };
    expect(scriptAccessPaths({ platform: 'win32', env, homedir: 'C:\\Users\\Ana Lee', user: 'Ana Lee\\x' })).toEqual({
      directory: 'C:\\Users\\Ana Lee\\AppData\\Local\\patchworks-token-tray',
      socketPath: '\\\\.\\pipe\\patchworks-token-tray-Ana_Lee_x',
      secretFilePath: 'C:\\Users\\Ana Lee\\AppData\\Local\\patchworks-token-tray\\secret',
      offMarkerPath: 'C:\\Users\\Ana Lee\\AppData\\Local\\patchworks-token-tray\\script-access-off',
    });
  });

  it('follows PATCHWORKS_TOKEN_DIR; on Windows the pipe name then depends on that folder', () => {
    expect(scriptAccessPaths({ platform: 'linux', env: { PATCHWORKS_TOKEN_DIR: '/tmp/pw' }, homedir: '/home/ana', user: 'ana' }).socketPath).toBe(
      '/tmp/pw/token.sock',
    );
    const pipe = (dir: string): string =>
      scriptAccessPaths({ platform: 'win32', env: { PATCHWORKS_TOKEN_DIR: dir }, homedir: 'C:\\Users\\ana', user: 'ana' }).socketPath;
    expect(pipe('D:\\one')).toMatch(/^\\\\\.\\pipe\\patchworks-token-tray-ana-[0-9a-f]{12}$/);
    expect(pipe('D:\\one')).not.toBe(pipe('D:\\two'));
  });
});
