/** Short causes of the network failures worth naming in one-line statuses, by `LoginError` kind. */
const CAUSES: ReadonlyMap<string, string> = new Map([
  ['proxy-auth', 'the proxy needs credentials'],
  ['proxy-unreachable', 'the proxy cannot be reached'],
  ['proxy-settings', 'the proxy setting cannot be used'],
  ['untrusted-certificate', 'the certificate is not trusted'],
]);

/** "the proxy needs credentials" for a `proxy-auth` failure; undefined for kinds without a short cause. */
export function failureCause(kind: string | undefined): string | undefined {
  return kind === undefined ? undefined : CAUSES.get(kind);
}
