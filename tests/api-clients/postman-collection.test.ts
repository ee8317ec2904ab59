import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_API_CLIENTS_PORT } from '../../common/settings';
import { postmanPreRequestScript } from '../../main/core/api-clients/postman-script';
import { postmanCollectionV21 } from './postman-collection-schema';

const PATH = resolve(import.meta.dirname, '../../docs/postman/patchworks-token-tray.postman_collection.json');
const shipped = JSON.parse(readFileSync(PATH, 'utf8')) as Record<string, unknown>;

describe('the Postman collection shipped in docs/postman', () => {
  it('is Postman Collection v2.1.0', () => {
    expect(postmanCollectionV21.safeParse(shipped).error?.issues).toBeUndefined();
  });

  it('the schema check refuses what v2.1.0 refuses', () => {
    /** The shipped collection's fields these cases change, each optional so it can be deleted. */
    interface Editable {
      info: { schema?: string };
      item?: { request?: { method?: string; header: { value?: string }[] } }[];
      event: { listen?: string }[];
      variable: Record<string, unknown>[];
    }
    const parses = (change: (copy: Editable) => void) => {
      const copy = structuredClone(shipped) as unknown as Editable;
      change(copy);
      return postmanCollectionV21.safeParse(copy).success;
    };
    const request = (copy: Editable) => copy.item![0]!.request!;
    expect(parses(() => undefined)).toBe(true);
    expect(parses((c) => delete c.info.schema)).toBe(false);
    expect(parses((c) => delete c.item)).toBe(false);
    expect(parses((c) => delete c.item![0]!.request)).toBe(false);
    expect(parses((c) => delete c.event[0]!.listen)).toBe(false);
    expect(parses((c) => delete request(c).header[0]!.value)).toBe(false);
    expect(parses((c) => (request(c).method = 'FETCH'))).toBe(false);
    expect(parses((c) => (c.variable[0] = { value: 'x' }))).toBe(false);
  });

  it('runs the same collection-level pre-request script the app copies (default port) and one request with the bearer variable', () => {
    const collection = postmanCollectionV21.parse(shipped);
    expect(collection.event).toEqual([{ listen: 'prerequest', script: { type: 'text/javascript', exec: expect.any(Array) } }]);
    const exec = collection.event?.[0]?.script?.exec as string[];
    expect(`${exec.join('\n')}\n`).toBe(postmanPreRequestScript(DEFAULT_API_CLIENTS_PORT));
    expect(collection.item).toHaveLength(1);
    expect(JSON.stringify(collection.item[0])).toContain('"key":"Authorization","value":"Bearer {{patchworksToken}}"');
    expect(collection.variable?.find((v) => v.key === 'tokenTrayKey')).toBeUndefined();
  });
});
