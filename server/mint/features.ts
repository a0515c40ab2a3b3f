/**
 * `context.features` as both Jitsi readers read it: booleans (the web client also takes "true",
 * Prosody too, but a boolean is unambiguous) under names Jitsi knows.
 */
import { FEATURE_DEFAULTS, type FeatureName, type TokenRole } from '../../lib/token/index.js';
// Not in lib/token's public list yet (requested); the inspector's own did-you-mean.
import { suggestFeature } from '../../lib/token/index.js';
import { MintError } from './errors.js';
import type { FeatureFlags } from './types.js';

/** Shortens a caller's key for a message. */
function shown(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 37)}...` : key);
}

/**
 * Checks the caller's flags and returns a fresh object of booleans in a stable order. The
 * strings "true"/"false" are turned into booleans; unknown names and other values are refused.
 */
export function normalizeFeatures(features: unknown): Partial<Record<FeatureName, boolean>> | undefined {
  if (features === undefined || features === null) return undefined;
  if (typeof features !== 'object' || Array.isArray(features)) {
    throw new MintError('invalid-feature-value', 'features must be an object of flags.', 'Write features as { recording: true, "screen-sharing": false }.');
  }
  const given = features as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!Object.prototype.hasOwnProperty.call(FEATURE_DEFAULTS, key)) {
      const guess = suggestFeature(key);
      throw new MintError(
        'unknown-feature',
        `Jitsi knows no feature called ${shown(key)}${guess ? `; did you mean "${guess}"?` : '.'}`,
        guess ? `Rename it to "${guess}".` : `Use one of: ${Object.keys(FEATURE_DEFAULTS).join(', ')}.`,
      );
    }
  }
  const flags: Partial<Record<FeatureName, boolean>> = {};
  for (const name of Object.keys(FEATURE_DEFAULTS) as FeatureName[]) {
    if (!Object.prototype.hasOwnProperty.call(given, name) || given[name] === undefined) continue;
    const value = given[name];
    if (value === true || value === 'true') flags[name] = true;
    else if (value === false || value === 'false') flags[name] = false;
    else {
      throw new MintError(
        'invalid-feature-value',
        `The feature "${name}" must be true or false.`,
        `Jitsi treats any other value as "disabled"; write ${name}: true or ${name}: false.`,
      );
    }
  }
  return flags;
}

/**
 * JaaS refuses tokens without `context.features`. When the caller gives none, moderators get what
 * Prosody grants moderators by default on self-hosted servers; everyone else gets none of it.
 */
export function jaasDefaultFeatures(role: TokenRole): FeatureFlags {
  const elevated = role === 'owner' || role === 'moderator';
  return { livestreaming: elevated, recording: elevated, transcription: elevated, 'outbound-call': elevated };
}
