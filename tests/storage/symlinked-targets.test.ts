import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startScriptAccessServer } from '../../main/core/script-access/script-access-server';
import { openSettingsStore } from '../../main/core/settings/settings-store';
import { CredentialVault } from '../../main/core/storage/credential-vault';
import { openWithConf } from './conf-backing';
import { FakeKeychainCipher } from './fake-keychain-cipher';

// An attacker (or a confused tool) replaces a file the app writes with a symbolic link to a file of the
// user's elsewhere. Writing through the link would overwrite that file with the app's data.

let root: string;
let victim: string;
const VICTIM_TEXT = 'the user\'s own file, not the app\'s\n';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'symlinks-'));
  victim = join(root, 'victim.txt');
  writeFileSync(victim, VICTIM_TEXT);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const expectVictimUntouched = (): void => expect(readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT);

describe('writes refuse a symlinked target', () => {
  it('the secrets file: a vault never writes through a link, and says the password was not saved', async () => {
    const directory = join(root, 'data');
    mkdirSync(directory);
    const vault = new CredentialVault({ directory, cipher: new FakeKeychainCipher() });
    await vault.load();
    await vault.saveCredentials({ email: 'dev@example.com', password: 'first password' });
    rmSync(join(directory, 'secrets.json'));
    symlinkSync(victim, join(directory, 'secrets.json'));
    await vault.saveCredentials({ email: 'dev@example.com', password: 'second password' });
    expectVictimUntouched();
    expect(vault.status).toMatchObject({ persistence: 'session-only', notice: { kind: 'session-only' } });
  });

  it('the script-access secret: the channel refuses to start rather than write the secret outside its folder', async () => {
    const directory = join(root, 'run');
    mkdirSync(directory, { mode: 0o700 });
    symlinkSync(victim, join(directory, 'secret'));
    const started = startScriptAccessServer({
      socketPath: join(directory, 'token.sock'),
      secretFilePath: join(directory, 'secret'),
      tokens: { profiles: () => [], current: () => undefined, nextChange: () => Promise.resolve() },
    });
    await expect(started).rejects.toThrow(/symbolic link/);
    expectVictimUntouched();
    expect(lstatSync(join(directory, 'secret')).isSymbolicLink()).toBe(true);
  });

  it('the settings file: a change is refused rather than written through the link', () => {
    const directory = join(root, 'settings');
    mkdirSync(directory);
    const { store } = openSettingsStore(directory, openWithConf);
    const real = readFileSync(join(directory, 'settings.json'), 'utf8');
    writeFileSync(victim, real);
    rmSync(join(directory, 'settings.json'));
    symlinkSync(victim, join(directory, 'settings.json'));
    expect(() => store.update({ refreshLeadMinutes: 45 })).toThrow(/symbolic link/);
    expect(readFileSync(victim, 'utf8')).toBe(real);
  });
});
