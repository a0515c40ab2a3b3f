/**
 * A throw-away TLS certificate for the simulator: self-signed, EC P-256, valid for a day, for the
 * simulated domain, `localhost` and 127.0.0.1. Browsers in tests accept it explicitly
 * (`ignoreHTTPSErrors`); nothing else should trust it.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

/** PEM key and certificate. */
export interface Certificate {
  key: string;
  cert: string;
}

/** Generates a certificate for `domain`. */
export async function createCertificate(domain: string): Promise<Certificate> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: domain }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 24 * 60 * 60_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: domain },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** base64 SHA-256 of the certificate's public key: the value of Chromium's `--ignore-certificate-errors-spki-list`. */
export function spkiHash(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
