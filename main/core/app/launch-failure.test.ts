import { describe, expect, it } from 'vitest';
import { launchFailureMessage } from './launch-failure';

const LOG = '/home/u/.config/Patchworks Token Tray/logs/main.log';
const fsError = (code: string, path?: string): Error => Object.assign(new Error(`${code}: failed`), { code, ...(path && { path }) });

describe('launchFailureMessage', () => {
  it('names the file and the fix for a permission problem (EACCES, e.g. a file left root-owned by sudo)', () => {
    const { title, content } = launchFailureMessage(fsError('EACCES', '/data/settings.json'), LOG);
    expect(title).toBe('Patchworks Token Tray could not start');
    expect(content).toContain('/data/settings.json cannot be read or changed with your permissions');
    expect(content).toContain('sudo chown');
    expect(content).toContain(LOG);
  });

  it('says something plain, never "internal", for an error that names no file', () => {
    const { content } = launchFailureMessage(new Error('boom'), LOG);
    expect(content).toMatch(/^Something unexpected stopped it while starting\./);
    expect(content).not.toMatch(/internal/i);
  });
});
