/**
 * The Firefox build under test: WXT builds it once per run (so the tests never run stale code),
 * unless MEETGATE_FIREFOX_EXTENSION_DIR names a build to use.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Builds `.output/firefox-mv3` (or takes MEETGATE_FIREFOX_EXTENSION_DIR) and returns its directory. */
export function builtFirefoxExtension(): string {
  const given = process.env.MEETGATE_FIREFOX_EXTENSION_DIR;
  if (given) {
    if (!existsSync(resolve(given, 'manifest.json'))) throw new Error(`MEETGATE_FIREFOX_EXTENSION_DIR=${given} holds no manifest.json`);
    return resolve(given);
  }
  execFileSync(resolve('node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { stdio: 'pipe', timeout: 120_000 });
  return resolve('.output/firefox-mv3');
}
