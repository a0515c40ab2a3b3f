/**
 * The built extension under test, and the id Chromium gives it. Each worker builds it once with
 * WXT (so the tests never run stale code), unless MEETGATE_EXTENSION_DIR names a build to use.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Builds the Chromium extension (or takes MEETGATE_EXTENSION_DIR) and returns its directory. */
export function builtExtension(): string {
  const given = process.env.MEETGATE_EXTENSION_DIR;
  if (given) {
    if (!existsSync(resolve(given, 'manifest.json'))) throw new Error(`MEETGATE_EXTENSION_DIR=${given} holds no manifest.json`);
    return resolve(given);
  }
  execFileSync(resolve('node_modules/.bin/wxt'), ['build'], { stdio: 'pipe', timeout: 120_000 });
  return resolve('.output/chrome-mv3');
}

/**
 * The id Chromium gives an unpacked extension without a `key`: the SHA-256 of its absolute path,
 * first 32 hex digits written with the letters a–p. Known before launch, so the test provider can
 * register the redirect URI `https://<id>.chromiumapp.org/` in advance.
 */
export function unpackedExtensionId(directory: string): string {
  const hex = createHash('sha256').update(resolve(directory)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
