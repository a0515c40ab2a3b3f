/**
 * The `<meetgate-meeting>` server profile: the `profile` property (an object of Prosody settings,
 * or a profile's name) or else the `profile` attribute (a name such as `jitsi-2025`, or JSON).
 * Read as hostile input by lib/token's `readServerProfile`, like `<SecureMeeting inspect={{ profile }}>`
 * takes it.
 */
import { ConfigurationError } from '../../lib/redirect/origins.js';
import { readProfileText, readServerProfile } from '../../lib/token/profile-input.js';
import type { ServerProfile } from '../../lib/token/profile.js';

/** The profile, or undefined when neither is set; throws a `ConfigurationError` saying what is wrong. */
export function profileFrom(property: unknown, attribute: string | null): Partial<ServerProfile> | undefined {
  const given = property ?? attribute;
  if (given === null || given === undefined || (typeof given === 'string' && given.trim() === '')) return undefined;
  const result = typeof given === 'string' ? readProfileText(given) : readServerProfile(given);
  if (!result.ok) throw new ConfigurationError(`profile: ${result.error}`);
  return result.profile;
}
