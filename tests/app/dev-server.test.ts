// `npm run dev`: electron-vite hands main the dev server's URL; the unpackaged app loads it and trusts only it.
import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_PAGE_URL } from '../../main/core/window/app-origin';
import { DEV_SERVER_URL_ENV } from '../../main/core/window/page-source';
import { readAppLog, useTestbed } from '../harness';

const bed = useTestbed();
const DEV_URL = 'http://localhost:5173';

describe('the settings page in development', () => {
  it('loads the dev server page and answers IPC from that origin only', async () => {
    vi.stubEnv(DEV_SERVER_URL_ENV, DEV_URL);
    const app = await bed.launch();
    const window = app.settingsWindow;
    expect(window?.loadedUrls).toEqual([`${DEV_URL}/`]);

    expect(await app.invoke('getSnapshot', undefined)).toMatchObject({ ok: true });
    const fromAppScheme = { webContentsId: window?.webContents.id ?? -1, frameUrl: SETTINGS_PAGE_URL };
    expect(await app.invoke('getSnapshot', undefined, fromAppScheme)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await readAppLog(bed.dirs)).toContain(`Settings page from the dev server at ${DEV_URL}`);
  });

  it('ignores a dev server URL that is not on this computer', async () => {
    vi.stubEnv(DEV_SERVER_URL_ENV, 'http://192.168.1.20:5173');
    const app = await bed.launch();
    expect(app.settingsWindow?.loadedUrls).toEqual([SETTINGS_PAGE_URL]);
  });
});
