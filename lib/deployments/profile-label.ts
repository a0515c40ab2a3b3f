/**
 * Which rules judge a deployment's tokens, told from its stored profile. Light on purpose (no
 * config reader): the popup imports it to say what a token was checked against.
 */
import { NAMED_PROFILES, type ServerProfile } from '../token/profile.js';

/** The named profiles a person chooses from. */
export type ProfileBase = 'jitsi-current' | 'jitsi-2025' | 'jaas';

/** Whether a stored profile was read from a config: it names its VirtualHost (a named one carries its own name). */
export function isConfigProfile(profile: Partial<ServerProfile> | undefined): boolean {
  return typeof profile?.domain === 'string' && !(profile.name !== undefined && Object.hasOwn(NAMED_PROFILES, profile.name));
}

/** The named base a stored profile was built on. */
export function baseOf(profile: Partial<ServerProfile> | undefined): ProfileBase {
  if (profile?.jaas) return 'jaas';
  if (profile?.name === 'jitsi-2025' || profile?.room_pattern_case === 'lowercased') return 'jitsi-2025';
  return 'jitsi-current';
}

/** A few words for the deployments list: which rules judge this deployment's tokens. */
export function profileLabel(profile: Partial<ServerProfile> | undefined): string {
  if (isConfigProfile(profile)) return `rules read from its Prosody config (${profile?.name ?? profile?.domain ?? 'VirtualHost'})`;
  return { 'jitsi-current': 'current Jitsi rules', 'jitsi-2025': 'Jitsi 2025 rules', jaas: 'JaaS rules' }[baseOf(profile)];
}
