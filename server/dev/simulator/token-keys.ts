/**
 * The verification key for a token, found the way Prosody's token plugin finds it
 * (research/jitsi-facts.md §4.2–§4.3): the app secret in HS mode; in RS mode the key named by the
 * header's `kid`, from a JWKS address (`cache_keys_url`) or one configured public key.
 */
import { createRemoteJWKSet } from 'jose/jwks/remote';
import { importJWK, importSPKI, importX509 } from 'jose/key/import';
import type { ResolvedOptions } from './options.js';

/** A key jose can verify with. */
export type VerifyKey = CryptoKey | Uint8Array;

/** Finds the key for a token whose header says `alg` and `kid`; throws when there is none. */
export type KeyResolver = (header: { alg: string; kid: string }) => Promise<VerifyKey>;

/** Builds the key lookup for the configured deployment. */
export function createKeyResolver(options: ResolvedOptions): KeyResolver {
  if (options.algorithm.startsWith('HS')) {
    const secret = new TextEncoder().encode(options.appSecret ?? '');
    return async () => secret;
  }
  if (options.jwksUrl) {
    // jose caches the set and refetches on an unknown kid, like Prosody's key cache.
    const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 1000 });
    return async ({ alg, kid }) => (await jwks({ alg, kid })) as CryptoKey;
  }
  const publicKey = options.publicKey;
  const cache = new Map<string, Promise<CryptoKey>>();
  return ({ alg }) => {
    let key = cache.get(alg);
    if (!key) {
      if (publicKey === null) key = Promise.reject(new Error('no public key'));
      else if (typeof publicKey !== 'string') key = importJWK(publicKey, alg) as Promise<CryptoKey>;
      else if (publicKey.includes('BEGIN CERTIFICATE')) key = importX509(publicKey, alg);
      else key = importSPKI(publicKey, alg);
      cache.set(alg, key);
    }
    return key;
  };
}
