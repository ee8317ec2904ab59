import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_DATA_ENV } from '../electron/launch-app';
import { TRAY_HOOK_GLOBAL } from '../electron/tray-hook';
import { ROOT } from './builder-config';

/** The lane's update-feed override (main/electron/e2e-hooks.ts); test builds only. */
const UPDATE_FEED_ENV = 'PATCHWORKS_E2E_UPDATE_FEED';

const MAIN_OUT = join(ROOT, 'out', 'main');

describe('the release build of main (out/main, as `npm test` and `npm run dist` build it)', () => {
  it('contains none of the real-Electron lane’s test hooks', () => {
    expect(existsSync(MAIN_OUT), 'out/main is missing: run `npm run build` first (npm test does)').toBe(true);
    for (const name of readdirSync(MAIN_OUT, { recursive: true }).map(String)) {
      if (!name.endsWith('.js') && !name.endsWith('.cjs') && !name.endsWith('.mjs')) continue;
      const code = readFileSync(join(MAIN_OUT, name), 'utf8');
      expect(code.includes(TRAY_HOOK_GLOBAL), `${name} mentions ${TRAY_HOOK_GLOBAL}`).toBe(false);
      expect(code.includes(USER_DATA_ENV), `${name} mentions ${USER_DATA_ENV}`).toBe(false);
      expect(code.includes(UPDATE_FEED_ENV), `${name} mentions ${UPDATE_FEED_ENV}`).toBe(false);
    }
  });
});
