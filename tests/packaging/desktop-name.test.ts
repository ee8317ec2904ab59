import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOSTART_FILE_NAME } from '../../main/core/autostart/xdg-autostart';
import { APP_ID } from '../../main/core/shared/app-id';
import { readBuilderYaml, ROOT } from './builder-config';

describe('one reverse-DNS app id everywhere', () => {
  it('package.json desktopName, the .desktop file electron-builder writes, the autostart entry and the AppUserModelID match', async () => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { desktopName?: string };
    const config = await readBuilderYaml('electron-builder.yml');
    expect(APP_ID).toMatch(/^[a-z]+(\.[A-Za-z][A-Za-z0-9]*){2,}$/);
    expect(config.appId).toBe(APP_ID);
    expect(pkg.desktopName).toBe(`${APP_ID}.desktop`);
    expect(config.linux?.syncDesktopName).toBe(true);
    expect(config.linux?.desktop?.entry?.StartupWMClass).toBe(APP_ID);
    expect(AUTOSTART_FILE_NAME).toBe(`${APP_ID}.desktop`);
  });
});
