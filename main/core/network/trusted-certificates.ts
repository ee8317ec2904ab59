import tls from 'node:tls';

/** Which roots a login trusts, and whether the OS store could be read. */
export interface TrustStore {
  /** PEM certificates: Node's bundled roots (and NODE_EXTRA_CA_CERTS), the OS store, the CA file. */
  ca: string[];
  /** False where this Node has no `tls.getCACertificates` or the OS store could not be read. */
  systemStore: boolean;
}

type CaType = 'default' | 'system';
type CaReader = (type: CaType) => string[];

/** `tls.getCACertificates` where this Node has it (22.15+, 23.5+); null on older ones. */
const caReader = (tls as { getCACertificates?: CaReader }).getCACertificates ?? null;

/** The OS store's roots; none where this Node cannot read it (the login then trusts Node's roots only). */
function systemCertificates(read: CaReader | null): string[] | undefined {
  if (!read) return undefined;
  try {
    return read('system');
  } catch {
    return undefined;
  }
}

/**
 * The roots a login trusts: Node's defaults (the bundled Mozilla roots, plus NODE_EXTRA_CA_CERTS),
 * the operating system's store (macOS keychain, Windows store, on Linux the OpenSSL files, which
 * SSL_CERT_FILE / SSL_CERT_DIR point elsewhere) and the certificates of the CA file from Preferences.
 * Node reads the OS store once per process. `read` is `tls.getCACertificates`; null stands for a Node
 * without it.
 */
export function trustedCertificates(extra: readonly string[] = [], read: CaReader | null = caReader): TrustStore {
  const defaults = read ? read('default') : [...tls.rootCertificates];
  const system = systemCertificates(read);
  return { ca: [...new Set([...defaults, ...(system ?? []), ...extra])], systemStore: system !== undefined };
}
