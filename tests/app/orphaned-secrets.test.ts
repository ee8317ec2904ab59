import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electron, useTestbed } from '../harness';
import { storedTwoProfiles } from './profile-helpers';

const bed = useTestbed();

describe('secrets left without a profile', () => {
  it('a damaged settings file that loses a profile: its secrets file is removed, and a notice says so', async () => {
    const { opsId, opsSecrets } = await storedTwoProfiles(bed);
    expect(existsSync(opsSecrets)).toBe(true);

    // Damage one profile (a name the schema refuses): salvage keeps the other and drops this one.
    const settingsPath = join(bed.dirs.userData, 'settings.json');
    const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as { profiles: { id: string; name: string }[] };
    for (const profile of settings.profiles) if (profile.id === opsId) profile.name = '';
    writeFileSync(settingsPath, JSON.stringify(settings));

    const again = await bed.launch();
    expect((await again.snapshot()).profiles.map((p) => p.name)).toEqual(['demo']);
    expect(existsSync(opsSecrets)).toBe(false);
    const bodies = electron.Notification.shown.map((shown) => shown.body);
    expect(bodies.some((body) => body.includes('Settings were reset') || /settings file was damaged/.test(body))).toBe(true);
    expect(bodies.some((body) => body.includes(opsSecrets) && /removed/i.test(body))).toBe(true);
  });
});
