import { describe, expect, it } from 'vitest';
import { isGlobalAccelerator } from '../settings/accelerator';
import { isAcceptableBaseUrl } from '../settings/base-url';
import { isAllowedExternalUrl, DOC_LINKS } from '../window/doc-links';

describe('isGlobalAccelerator', () => {
  it.each(['CommandOrControl+Shift+T', 'Alt+F4', 'Ctrl+Alt+Plus', 'Super+Space', 'CmdOrCtrl+9'])(
    'accepts %s',
    (value) => expect(isGlobalAccelerator(value)).toBe(true),
  );
  it.each(['T', 'Shift', 'Ctrl+', '+T', 'Ctrl+Ctrl+T', 'Ctrl+Hyper+T', 'Ctrl+TT', 'Ctrl+F25', ''])(
    'refuses %s',
    (value) => expect(isGlobalAccelerator(value)).toBe(false),
  );
});

describe('isAcceptableBaseUrl', () => {
  it.each(['https://svc-fabric.pwks.co', 'https://x.example/api', 'http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:9'])(
    'accepts %s',
    (value) => expect(isAcceptableBaseUrl(value)).toBe(true),
  );
  it.each(['http://svc-fabric.pwks.co', 'http://localhost.:3000', 'ftp://x', 'https://u:p@x.example', 'https://x.example/?a=1', 'javascript:alert(1)', '', 'x'])(
    'refuses %s',
    (value) => expect(isAcceptableBaseUrl(value)).toBe(false),
  );
});

describe('isAllowedExternalUrl', () => {
  it('accepts every documentation link', () => {
    for (const url of Object.values(DOC_LINKS)) expect(isAllowedExternalUrl(url)).toBe(true);
  });
  it.each(['http://doc.wearepatchworks.com/', 'https://evil.example/', 'https://doc.wearepatchworks.com.evil.example/', 'file:///etc/passwd', 'nope'])(
    'refuses %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(false),
  );
});
