/**
 * Jitsi's feature flags (`context.features`), read the way both readers read them: the web client
 * (`String(value) === 'true'`) and Prosody's `is_feature_allowed` (`true` or `"true"`).
 */
import { own } from './claims.js';
import type { FeatureName, FeatureReport, FeatureState } from './types.js';

/** What applies when a flag is absent: a fixed default, or "moderators only". */
type Default = boolean | 'moderator';

/**
 * Every flag Jitsi knows, with the default the web client applies when the flag is unset
 * (react/features/**: `isJwtFeatureEnabled(state, feature, ifNotInFeatures)` call sites).
 * `name-readonly` and `lobby_bypass` are read by Prosody plugins only.
 */
export const FEATURE_DEFAULTS: Readonly<Record<FeatureName, Default>> = {
  branding: false,
  calendar: false,
  'create-polls': false,
  'file-upload': false,
  flip: false,
  'inbound-call': false,
  'list-visitors': false,
  livestreaming: false,
  'live-translation': 'moderator',
  lobby: false,
  moderation: false,
  'outbound-call': false,
  recording: false,
  room: false,
  'screen-sharing': true,
  'send-groupchat': false,
  // New in 2026 and not yet read with an explicit default; it restricts what was always allowed.
  'send-private-message': true,
  'sip-inbound-call': false,
  'sip-outbound-call': false,
  transcription: false,
  'name-readonly': false,
  lobby_bypass: false,
};

/** The known names, in a stable order for display. */
export const FEATURE_NAMES = Object.keys(FEATURE_DEFAULTS) as FeatureName[];

/** Whether `key` is a feature Jitsi knows. Own keys only: claims are hostile input. */
export function isKnownFeature(key: string): key is FeatureName {
  return Object.hasOwn(FEATURE_DEFAULTS, key);
}

/** Normalises one raw value. Anything but true/false (boolean or string) counts as disabled. */
export function featureState(value: unknown): FeatureState {
  if (value === undefined) return 'unset';
  return String(value) === 'true' ? 'enabled' : 'disabled';
}

/**
 * The report for every known flag. Without any `features` object, Prosody grants moderators
 * everything (`is_feature_allowed` falls back to "is moderator") and pushes its default
 * permissions; with one, each unset flag takes the web client's default.
 */
export function readFeatures(features: Record<string, unknown> | null, elevated: boolean): Record<FeatureName, FeatureReport> {
  const report = {} as Record<FeatureName, FeatureReport>;
  for (const name of FEATURE_NAMES) {
    const state = featureState(own(features, name));
    const fallback = FEATURE_DEFAULTS[name];
    report[name] =
      state !== 'unset'
        ? { state, granted: state === 'enabled', source: 'token' }
        : features
          ? { state, granted: fallback === 'moderator' ? elevated : fallback, source: 'default' }
          : { state, granted: elevated || fallback === true, source: 'moderator-default' };
  }
  return report;
}

/** Folds spelling differences that people make: case, `_`, spaces, missing dashes. */
function fold(key: string): string {
  return key.toLowerCase().replace(/[^a-z]/g, '');
}

/** Edit distance, bounded: keys are short, and only close matches matter. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 3;
}

/** The known feature an unknown key was probably meant to be (`screensharing` → `screen-sharing`). */
export function suggestFeature(key: string): FeatureName | null {
  const folded = fold(key.slice(0, 64));
  let best: FeatureName | null = null;
  let bestDistance = 3;
  for (const name of FEATURE_NAMES) {
    const known = fold(name);
    // A shortened name ("livestream") is as telling as a typo.
    const d = folded.length >= 6 && (known.startsWith(folded) || folded.startsWith(known)) ? 1 : distance(folded, known);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}
