import { describe, expect, it } from 'vitest';
import { DOC_LINKS } from './doc-links';
import { allowListedOpener } from './external-opener';

describe('allowListedOpener', () => {
  it('hands allow-listed https links to the browser and refuses every other URL without opening it', async () => {
    const opened: string[] = [];
    const open = allowListedOpener(async (url) => void opened.push(url));
    await open(DOC_LINKS['obtaining-a-token']);
    for (const url of ['file:///etc/passwd', 'http://doc.wearepatchworks.com/', 'https://evil.example/', 'javascript:alert(1)', 'smb://host/share']) {
      await expect(open(url)).rejects.toThrow(/not on the allow-list/);
    }
    expect(opened).toEqual([DOC_LINKS['obtaining-a-token']]);
  });
});
