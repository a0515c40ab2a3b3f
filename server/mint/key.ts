/**
 * The signing key: Prosody's shared `app_secret` (HS) or an RSA private key with its `kid` (RS,
 * for `asap_key_server`/`cache_keys_url` deployments and JaaS). Errors never quote key material.
 */
import { KeyObject } from 'node:crypto';
import { importJWK, importPKCS8 } from 'jose/key/import';
import type { JWK } from 'jose';
import { MintError } from './errors.js';
import { MIN_SECRET_BYTES } from './secret-size.js';
import type { DeploymentOptions, PrivateKeyInput, SigningAlgorithm } from './types.js';

export { MIN_SECRET_BYTES };

/** What jose signs with, and the header fields that name it. */
export interface SigningKey {
  alg: SigningAlgorithm;
  key: CryptoKey | KeyObject | Uint8Array;
  kid?: string;
}

const HS: readonly SigningAlgorithm[] = ['HS256', 'HS384', 'HS512'];
const RS: readonly SigningAlgorithm[] = ['RS256', 'RS384', 'RS512'];

const unreadable = (hint: string) => new MintError('invalid-key', 'The private key could not be read as an RSA private key.', hint);

/** Imports PEM text, JWK (object or JSON text), CryptoKey or KeyObject as an RS private key. */
export async function importPrivateKey(input: PrivateKeyInput, alg: SigningAlgorithm): Promise<{ key: CryptoKey | KeyObject; jwkKid?: string }> {
  if (input instanceof KeyObject) {
    if (input.type !== 'private' || input.asymmetricKeyType !== 'rsa') throw unreadable('Pass an RSA private key object.');
    return { key: input };
  }
  if (typeof CryptoKey !== 'undefined' && input instanceof CryptoKey) {
    if (input.type !== 'private') throw unreadable('Pass the private half of the key pair.');
    return { key: input };
  }
  if (typeof input === 'string' && input.includes('-----BEGIN')) {
    if (input.includes('BEGIN RSA PRIVATE KEY')) {
      throw unreadable('This is a PKCS#1 key; convert it: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pkcs8.pem');
    }
    if (input.includes('BEGIN ENCRYPTED PRIVATE KEY')) throw unreadable('Decrypt the key first (openssl pkcs8 -in key.pem -nocrypt).');
    if (!input.includes('BEGIN PRIVATE KEY')) throw unreadable('Give the private key (BEGIN PRIVATE KEY), not a public key or certificate.');
    try {
      return { key: await importPKCS8(input, alg) };
    } catch {
      throw unreadable('Give an RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY), e.g. the .pk file from the JaaS console.');
    }
  }
  let jwk: JWK;
  try {
    jwk = typeof input === 'string' ? (JSON.parse(input) as JWK) : (input as JWK);
  } catch {
    throw unreadable('Give PKCS#8 PEM text or a JWK.');
  }
  if (!jwk || typeof jwk !== 'object' || jwk.kty !== 'RSA' || typeof jwk.d !== 'string') {
    throw unreadable(jwk?.kty === 'oct' ? 'A symmetric JWK is a shared secret: pass it as secret.' : 'Give a private RSA JWK (kty "RSA" with "d").');
  }
  try {
    return { key: (await importJWK(jwk, alg)) as CryptoKey, jwkKid: typeof jwk.kid === 'string' ? jwk.kid : undefined };
  } catch {
    throw unreadable('The JWK is not a usable RSA private key.');
  }
}

/**
 * Refuses a secret shorter than the hash (RFC 7518 §3.2: "a key of the same size as the hash
 * output … or larger MUST be used"): anyone holding one token could guess a short secret offline
 * and mint their own. `allowWeakSecret` accepts it for a deployment that cannot change it yet.
 */
export function checkSecretStrength(byteLength: number, alg: SigningAlgorithm, allowWeak: boolean | undefined): void {
  const minimum = MIN_SECRET_BYTES[alg] ?? 0;
  if (byteLength >= minimum || allowWeak === true) return;
  throw new MintError(
    'weak-secret',
    `The secret is ${byteLength} bytes long; ${alg} needs at least ${minimum} (RFC 7518 §3.2).`,
    `Set a longer random app_secret in Prosody (e.g. openssl rand -hex ${minimum}), or pass allowWeakSecret (--allow-weak-secret) to accept the risk.`,
  );
}

/** Checks the caller's choice of algorithm against the kind of key. */
function algorithmFor(options: DeploymentOptions, allowed: readonly SigningAlgorithm[], jaas: boolean): SigningAlgorithm {
  const alg = options.algorithm ?? allowed[0] ?? 'HS256';
  if (!allowed.includes(alg) || (jaas && alg !== 'RS256')) {
    throw new MintError(
      'invalid-key',
      `The algorithm "${String(alg)}" does not fit this key.`,
      jaas ? 'JaaS tokens are RS256.' : `With ${allowed === HS ? 'a secret' : 'a private key'} use ${allowed.join(', ')}.`,
    );
  }
  return alg;
}

/** JaaS key ids are `<appId>/<keyId>`; a bare key id from the console is completed. */
function jaasKid(kid: string, appId: string): string {
  return kid.includes('/') ? kid : `${appId}/${kid}`;
}

/** Picks and imports the signing key from the options. */
export async function resolveSigningKey(options: DeploymentOptions, jaas: boolean): Promise<SigningKey> {
  const { secret, privateKey } = options;
  if (secret !== undefined && privateKey !== undefined) {
    throw new MintError('conflicting-keys', 'Give either secret or privateKey, not both.', 'A deployment checks tokens with one of them.');
  }
  if (secret !== undefined) {
    if (jaas)
      throw new MintError(
        'jaas-mismatch',
        'JaaS tokens are signed with an API key (privateKey and kid), not a secret.',
        'Download a key pair in the JaaS console.',
      );
    if (options.kid !== undefined) throw new MintError('conflicting-keys', 'kid belongs with privateKey; a shared secret has no key id.', 'Leave kid out.');
    const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
      throw new MintError('missing-key', 'The secret is empty.', 'Use app_secret from the Prosody configuration (JWT_APP_SECRET in Docker).');
    }
    const alg = algorithmFor(options, HS, false);
    checkSecretStrength(bytes.length, alg, options.allowWeakSecret);
    return { alg, key: bytes };
  }
  if (privateKey === undefined || privateKey === null) {
    throw new MintError('missing-key', 'Give a secret (Prosody app_secret) or a privateKey with its kid.', 'Minting needs a key the deployment trusts.');
  }
  const alg = algorithmFor(options, RS, jaas);
  const imported = await importPrivateKey(privateKey, alg);
  const kid = options.kid ?? imported.jwkKid;
  if (typeof kid !== 'string' || kid.trim() === '' || /[\p{Cc}\s]/u.test(kid)) {
    throw new MintError(
      'missing-kid',
      'RS-signed tokens need a kid naming the public key.',
      jaas ? 'Copy the key id from the JaaS console (API keys).' : 'Use the key name under asap_key_server, or the JWKS entry id.',
    );
  }
  return { alg, key: imported.key, kid: jaas ? jaasKid(kid, String(options.appId)) : kid };
}
