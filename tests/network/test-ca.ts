import forge from 'node-forge';

/** A certificate authority made for one test run, and a server certificate it signed. */
export interface TestPki {
  /** The CA's certificate (PEM): what a trust store must hold for the server to be trusted. */
  caPem: string;
  /** The server's certificate (PEM), for `hosts`, signed by the CA. */
  certPem: string;
  /** The server's private key (PEM). */
  keyPem: string;
}

const DAY_MS = 86_400_000;

function newCertificate(publicKey: forge.pki.PublicKey, serial: string, commonName: string): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = new Date(Date.now() + DAY_MS);
  cert.setSubject([{ name: 'commonName', value: commonName }]);
  return cert;
}

/**
 * Makes a fresh CA named `caName` and a server certificate for `hosts` (DNS names or IPv4 addresses)
 * signed by it, as a company's TLS-inspection root would sign the certificates its proxy shows.
 */
export function makeTestPki(caName: string, hosts: readonly string[]): TestPki {
  const caKeys = forge.pki.rsa.generateKeyPair(2048);
  const ca = newCertificate(caKeys.publicKey, '01', caName);
  ca.setIssuer(ca.subject.attributes);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
  ]);
  ca.sign(caKeys.privateKey, forge.md.sha256.create());

  const serverKeys = forge.pki.rsa.generateKeyPair(2048);
  const server = newCertificate(serverKeys.publicKey, '02', hosts[0] ?? 'localhost');
  server.setIssuer(ca.subject.attributes);
  server.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: hosts.map((host) => (/^\d+(\.\d+){3}$/.test(host) ? { type: 7, ip: host } : { type: 2, value: host })),
    },
  ]);
  server.sign(caKeys.privateKey, forge.md.sha256.create());

  return {
    caPem: forge.pki.certificateToPem(ca),
    certPem: forge.pki.certificateToPem(server),
    keyPem: forge.pki.privateKeyToPem(serverKeys.privateKey),
  };
}
