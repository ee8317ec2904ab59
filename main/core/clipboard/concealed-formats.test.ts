import { describe, expect, it } from 'vitest';
import { concealedFormats, osClipboardType } from './concealed-formats';

describe('concealedFormats', () => {
  it('marks the secret for clipboard history and managers on each desktop', () => {
    expect(concealedFormats('win32').map((f) => [f.name, [...f.data]])).toEqual([
      ['ExcludeClipboardContentFromMonitorProcessing', []],
      ['CanIncludeInClipboardHistory', [0, 0, 0, 0]],
      ['CanUploadToCloudClipboard', [0, 0, 0, 0]],
    ]);
    expect(concealedFormats('darwin').map((f) => f.name)).toEqual(['org.nspasteboard.ConcealedType']);
    const [kde] = concealedFormats('linux');
    expect([kde?.name, new TextDecoder().decode(kde?.data)]).toEqual(['x-kde-passwordManagerHint', 'secret']);
    expect(concealedFormats('freebsd')).toEqual([]);
  });

  it('names raw formats the way Electron’s ClipboardItem takes them', () => {
    expect(osClipboardType('org.nspasteboard.ConcealedType')).toBe('electron application/osclipboard;format="org.nspasteboard.ConcealedType"');
  });
});
