/**
 * A deployment's server profile as the options page builds it: a named Jitsi release (or JaaS),
 * optionally with the settings read from the deployment's own Prosody config.
 *
 * A named choice is stored as its difference from current Jitsi, so what the deployment's sign-in
 * implies (OpenID: keys from a key server, no room claim — see `inspectContextFor`) still applies;
 * a profile read from a config is stored whole, since the file is the truth.
 */
import { forgetSecrets, summarizeProsodyConfig, type ConfigSummary, type ForgottenSecret } from '../prosody/config-summary.js';
import { readProsodyConfig } from '../prosody/read-config.js';
import type { ProsodyConfig } from '../prosody/types.js';
import { DEFAULT_PROFILE, NAMED_PROFILES, type ServerProfile } from '../token/profile.js';
import { baseOf, isConfigProfile, type ProfileBase } from './profile-label.js';

export { baseOf, isConfigProfile, profileLabel, type ProfileBase } from './profile-label.js';

/** The named profiles a person chooses from. */
export const PROFILE_BASES: readonly ProfileBase[] = ['jitsi-current', 'jitsi-2025', 'jaas'];

/** A config read on the page: secrets already dropped, the text itself not kept. */
export interface ReadConfig {
  config: ProsodyConfig;
  secrets: ForgottenSecret[];
  /** Characters read, for the page to confirm what it took. */
  length: number;
}

/** What the profile part of the form holds. */
export interface ProfileDraft {
  base: ProfileBase;
  /** A config read just now (this page), or null. */
  read: ReadConfig | null;
  /** The VirtualHost chosen in it; undefined: the reader's own choice. */
  host?: string | undefined;
  /** The profile saved earlier from a config (editing), kept while no new config is read. */
  stored?: Partial<ServerProfile> | undefined;
}

/** The draft that shows a saved deployment's profile. */
export function profileDraftOf(profile: Partial<ServerProfile> | undefined): ProfileDraft {
  return { base: baseOf(profile), read: null, ...(isConfigProfile(profile) ? { stored: profile } : {}) };
}

/** A named profile's difference from current Jitsi (with its name); undefined for current Jitsi. */
export function namedProfileSettings(base: ProfileBase): Partial<ServerProfile> | undefined {
  if (base === 'jitsi-current') return undefined;
  const named = NAMED_PROFILES[base] ?? DEFAULT_PROFILE;
  const diff = Object.fromEntries(
    Object.entries(named).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(DEFAULT_PROFILE[key as keyof ServerProfile])),
  );
  return { ...diff, name: base } as Partial<ServerProfile>;
}

/** Reads pasted config text, dropping its secrets at once; a broken file gives its message with the line. */
export function readConfigText(text: string): { ok: true; read: ReadConfig } | { ok: false; error: string } {
  const result = readProsodyConfig(text);
  if (!result.ok) return { ok: false, error: result.error.message };
  const { config, secrets } = forgetSecrets(result);
  return { ok: true, read: { config, secrets, length: text.length } };
}

/** The summary of the draft's config for its host and base, or null without a config. */
export function draftSummary(draft: ProfileDraft): ConfigSummary | null {
  if (!draft.read) return null;
  return summarizeProsodyConfig(draft.read.config, { ...(draft.host ? { host: draft.host } : {}), base: NAMED_PROFILES[draft.base] ?? DEFAULT_PROFILE });
}

/** The profile to store (undefined: current Jitsi's defaults), or why there is none yet. */
export function profileOfDraft(draft: ProfileDraft): { ok: true; profile: Partial<ServerProfile> | undefined } | { ok: false; error: string } {
  const summary = draftSummary(draft);
  if (summary) {
    if (summary.profile) return { ok: true, profile: summary.profile };
    return { ok: false, error: summary.problem ?? `${summary.hostReason} Choose the VirtualHost your meetings use.` };
  }
  if (draft.stored && baseOf(draft.stored) === draft.base) return { ok: true, profile: draft.stored };
  return { ok: true, profile: namedProfileSettings(draft.base) };
}
