/** Shared inputs for the minting tests: a deployment, a secret that must never leak, RSA keys. */
import { exportJWK, exportPKCS8, exportSPKI } from 'jose/key/export';
import { generateKeyPair } from 'jose/key/generate/keypair';
import type { JWK } from 'jose';
import type { MintOptions } from '../../../server/mint/index.js';
import { NOW } from '../../fixtures/tokens.js';

export { NOW };

/** A secret with a distinctive spelling, so a leak into any output is easy to find. */
export const SECRET = 'Sekr1t-app-secret-NEVER-PRINT-4f9a';

/** A correct self-hosted HS256 mint request; tests override what they exercise. */
export function hsOptions(overrides: Partial<MintOptions> = {}): MintOptions {
  return {
    appId: 'myapp',
    secret: SECRET,
    domain: 'meet.example.org',
    room: 'Team Standup',
    user: { id: 'u1', name: 'Ann Owner', email: 'ann@example.org', avatar: 'https://example.org/ann.png' },
    role: 'member',
    now: NOW,
    ...overrides,
  };
}

/** One RSA key pair in every form the tests pass around. */
export interface RsaKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  pkcs8: string;
  spki: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

let cached: Promise<RsaKeys> | null = null;

/** A 2048-bit RS256 key pair, generated once per test file. */
export function rsaKeys(): Promise<RsaKeys> {
  cached ??= (async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
    return {
      privateKey,
      publicKey,
      pkcs8: await exportPKCS8(privateKey),
      spki: await exportSPKI(publicKey),
      privateJwk: await exportJWK(privateKey),
      publicJwk: await exportJWK(publicKey),
    };
  })();
  return cached;
}

/** The middle of a PEM body: if this appears in an output, the key leaked. */
export function pemFragment(pem: string): string {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return body.slice(100, 140);
}
