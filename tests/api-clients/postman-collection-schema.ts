// Postman Collection Format v2.1.0, the parts a collection may use, written as zod from the published
// JSON Schema (schema.getpostman.com/json/collection/v2.1.0/collection.json). No npm package ships that
// schema (postman-collection and postman-collection-transformer carry none), and the tests have no network.
import { z } from 'zod';

const description = z.union([z.string(), z.object({ content: z.string().optional(), type: z.string().optional(), version: z.unknown().optional() }), z.null()]);

/** `#/definitions/variable`: needs an id or a key. */
const variable = z
  .object({
    id: z.string().optional(),
    key: z.string().optional(),
    value: z.unknown().optional(),
    type: z.enum(['string', 'boolean', 'any', 'number']).optional(),
    name: z.string().optional(),
    description: description.optional(),
    system: z.boolean().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((value) => value.id !== undefined || value.key !== undefined, 'A variable needs an id or a key');

/** `#/definitions/script`. */
const script = z.object({
  id: z.string().optional(),
  type: z.string().optional(),
  exec: z.union([z.array(z.string()), z.string()]).optional(),
  src: z.unknown().optional(),
  name: z.string().optional(),
});

/** `#/definitions/event`. */
const event = z.object({ id: z.string().optional(), listen: z.string(), script: script.optional(), disabled: z.boolean().optional() });

/** `#/definitions/header`. */
const header = z.object({ key: z.string(), value: z.string(), disabled: z.boolean().optional(), description: description.optional() });

/** `#/definitions/url`. */
const url = z.union([
  z.string(),
  z.object({
    raw: z.string().optional(),
    protocol: z.string().optional(),
    host: z.union([z.string(), z.array(z.string())]).optional(),
    path: z.union([z.string(), z.array(z.union([z.string(), z.object({ type: z.string().optional(), value: z.string().optional() })]))]).optional(),
    port: z.string().optional(),
    query: z.array(z.object({ key: z.string().nullable(), value: z.string().nullable(), disabled: z.boolean().optional(), description: description.optional() })).optional(),
    hash: z.string().optional(),
    variable: z.array(variable).optional(),
  }),
]);

/** `#/definitions/auth` (the attribute form of v2.1.0). */
const auth = z
  .object({
    type: z.enum(['apikey', 'awsv4', 'basic', 'bearer', 'digest', 'edgegrid', 'hawk', 'noauth', 'oauth1', 'oauth2', 'ntlm']),
  })
  .catchall(z.array(z.object({ key: z.string(), value: z.unknown().optional(), type: z.string().optional() })));

const METHODS = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'COPY', 'HEAD', 'OPTIONS', 'LINK', 'UNLINK', 'PURGE', 'LOCK', 'UNLOCK', 'PROPFIND', 'VIEW'] as const;

/** `#/definitions/request`: an object, or a URL string. */
const request = z.union([
  z.string(),
  z.object({
    url: url.optional(),
    auth: auth.nullable().optional(),
    method: z.enum(METHODS).optional(),
    description: description.optional(),
    header: z.union([z.array(header), z.string()]).optional(),
    body: z.object({ mode: z.enum(['raw', 'urlencoded', 'formdata', 'file', 'graphql']).optional() }).loose().nullable().optional(),
  }),
]);

/** `#/definitions/item`: needs a request. */
const item = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  description: description.optional(),
  variable: z.array(variable).optional(),
  event: z.array(event).optional(),
  request,
  response: z.array(z.unknown()).optional(),
});

/** `#/definitions/item-group`: a folder, needs items. */
type ItemGroup = { name?: string; item: unknown[] };
const itemGroup: z.ZodType<ItemGroup> = z.lazy(() =>
  z.object({ name: z.string().optional(), description: description.optional(), item: z.array(z.union([item, itemGroup])), auth: auth.nullable().optional() }),
);

/** The v2.1.0 root: `info` (with `name` and `schema`) and `item` are required. */
export const postmanCollectionV21 = z.object({
  info: z.object({
    name: z.string(),
    _postman_id: z.string().optional(),
    description: description.optional(),
    version: z.unknown().optional(),
    schema: z.literal('https://schema.getpostman.com/json/collection/v2.1.0/collection.json'),
  }),
  item: z.array(z.union([item, itemGroup])),
  event: z.array(event).optional(),
  variable: z.array(variable).optional(),
  auth: auth.nullable().optional(),
});
