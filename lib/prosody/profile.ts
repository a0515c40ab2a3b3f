/**
 * From a read Prosody config to a `ServerProfile`: the options `token/util.lib.lua` (`Util.new`)
 * reads for the VirtualHost with token authentication (jitsi/jitsi-meet), with Prosody's lookup
 * (the host's value, else the global one) and its type coercions (`get_option_boolean`,
 * `get_option_number`, `get_option_array`). Every setting says where it came from.
 */
import { DEFAULT_PROFILE, type ServerProfile, type SignatureAlgorithm } from '../token/profile.js';
import { optionValue } from './read-config.js';
import type { LuaValue, ProsodyConfig, ProsodySection } from './types.js';

/** Where one profile setting came from. */
export interface ProfileSetting {
  setting: keyof ServerProfile;
  /** The Prosody option it was read from (`app_secret` for `key_kind`, etc.). */
  option: string;
  source: 'host' | 'global' | 'default' | 'unevaluated';
  /** Line of the assignment, or null for a default. */
  line: number | null;
}

/** The profile read from a config, how each setting was found, and what the admin should know. */
export interface ProfileFromConfig {
  profile: ServerProfile;
  settings: ProfileSetting[];
  /** Plain-language notes: the host chosen, options that could not be evaluated, missing modules. */
  notes: string[];
}

const ALGORITHMS: readonly SignatureAlgorithm[] = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512'];

// Prosody's configmanager coercions (core/moduleapi.lua get_option_boolean / _number / _array).
/** A boolean option as get_option_boolean reads it (0.12.3): true/"true"/1, false/"false"/0, else undefined ("not understood", nil). */
export function asBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true' || value === 1) return true;
  if (value === false || value === 'false' || value === 0) return false;
  return undefined;
}
/** A number option as get_option_number reads it: Lua's tonumber, so "64" is 64. */
export function asNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
function asStrings(value: LuaValue | undefined): string[] | undefined {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/**
 * The MUC component that serves `host`'s rooms: the one under `host` that loads
 * `token_verification`, else `<prefix>.<host>`, else the one ordinary `muc` component under it.
 */
function mucComponent(config: ProsodyConfig, host: ProsodySection, prefix: string): ProsodySection | null {
  const under = config.components.filter((c) => c.module === 'muc' && c.name.endsWith(`.${host.name}`));
  const verifying = under.filter((c) => c.modules.includes('token_verification'));
  if (verifying.length === 1) return verifying[0] ?? null;
  const named = config.components.find((c) => c.name === `${prefix}.${host.name}`);
  if (named) return named;
  const rooms = under.filter((c) => !/^(internal|lobby|breakout)\b/.test(c.name));
  return rooms.length === 1 ? (rooms[0] ?? null) : null;
}

/**
 * Builds the server profile for the config's selected VirtualHost (`config.host`). Options the
 * config does not set keep `base`'s values (current Jitsi by default).
 */
export function profileFromProsodyConfig(config: ProsodyConfig, base: ServerProfile = DEFAULT_PROFILE): ProfileFromConfig {
  const notes = [config.hostReason];
  const host = config.host;
  if (!host) return { profile: { ...base }, settings: [], notes };
  const settings: ProfileSetting[] = [];
  const profile: ServerProfile = { ...base, name: host.name, domain: host.name, jaas: false };

  /** Reads an option, records where it came from, and coerces it; undefined leaves the default. */
  const read = <T>(setting: keyof ServerProfile, option: string, coerce: (v: LuaValue | undefined) => T | undefined): T | undefined => {
    const own = host.options[option];
    const global = config.global.options[option];
    const found = own ?? global;
    if (!found) {
      settings.push({ setting, option, source: 'default', line: null });
      return undefined;
    }
    if (!('value' in found)) {
      settings.push({ setting, option, source: 'unevaluated', line: found.line });
      notes.push(`${option} (line ${found.line}) could not be evaluated; MeetGate uses the default for it.`);
      return undefined;
    }
    const value = coerce(found.value);
    settings.push({ setting, option, source: own ? 'host' : 'global', line: found.line });
    if (value === undefined) notes.push(`${option} (line ${found.line}) has a value Prosody does not accept for it; MeetGate uses the default.`);
    return value;
  };

  const auth = optionValue(config, host, 'authentication');
  if (auth !== 'token')
    notes.push(
      `VirtualHost "${host.name}" has authentication = ${JSON.stringify(auth ?? 'internal_plain')}, not "token": Prosody does not check tokens there.`,
    );
  profile.app_id = read('app_id', 'app_id', (v) => (typeof v === 'string' ? v : undefined)) ?? base.app_id;
  // Util.new: a key server (asap_key_server, or cache_keys_url) means RS keys by kid; else app_secret.
  const keyOption = ['asap_key_server', 'cache_keys_url', 'app_secret'].find((o) => host.options[o] ?? config.global.options[o]);
  const keyServer = keyOption !== undefined && keyOption !== 'app_secret';
  const keyFound = keyOption ? (host.options[keyOption] ?? config.global.options[keyOption]) : undefined;
  settings.push({
    setting: 'key_kind',
    option: keyOption ?? 'app_secret',
    line: keyFound?.line ?? null,
    source: !keyOption ? 'default' : host.options[keyOption] ? 'host' : 'global',
  });
  profile.key_kind = keyServer ? 'key-server' : 'secret';
  if (!keyOption && auth === 'token')
    notes.push(`Neither app_secret nor asap_key_server is set: Prosody's token module does not start ("'app_secret' or 'asap_key_server' must be specified").`);
  profile.signature_algorithm = read('signature_algorithm', 'signature_algorithm', (v) => ALGORITHMS.find((a) => a === v)) ?? (keyServer ? 'RS256' : 'HS256');
  profile.asap_accepted_issuers = read('asap_accepted_issuers', 'asap_accepted_issuers', asStrings) ?? base.asap_accepted_issuers;
  profile.asap_accepted_audiences = read('asap_accepted_audiences', 'asap_accepted_audiences', asStrings) ?? base.asap_accepted_audiences;
  for (const option of ['enable_domain_verification', 'asap_require_room_claim', 'allow_empty_token', 'token_regex_enabled'] as const) {
    // get_option_boolean gives nil for what it does not understand ("yes", "on", "True"), and
    // token/util.lib.lua reads nil as off. token_regex_enabled's code (PR #17803) could not be read: default.
    const offWhenNotUnderstood = option !== 'token_regex_enabled';
    profile[option] = read(option, option, offWhenNotUnderstood ? (v) => asBoolean(v) ?? false : asBoolean) ?? base[option];
    const raw = host.options[option] ?? config.global.options[option];
    if (offWhenNotUnderstood && raw && 'value' in raw && asBoolean(raw.value) === undefined) {
      notes.push(`${option} (line ${raw.line}) is not understood by Prosody ("expecting true/false"), which then reads it as off.`);
    }
  }
  for (const option of ['token_regex_room_max_length', 'token_regex_max_quantifiers'] as const) {
    profile[option] = read(option, option, asNumber) ?? base[option];
  }
  profile.muc_mapper_domain_prefix =
    read('muc_mapper_domain_prefix', 'muc_mapper_domain_prefix', (v) => (typeof v === 'string' ? v : undefined)) ?? base.muc_mapper_domain_prefix;
  profile.muc_mapper_domain_base =
    read('muc_mapper_domain_base', 'muc_mapper_domain_base', (v) => (typeof v === 'string' ? v : undefined)) ?? base.muc_mapper_domain_base;

  const muc = mucComponent(config, host, profile.muc_mapper_domain_prefix);
  profile.token_verification = muc ? muc.modules.includes('token_verification') : base.token_verification;
  settings.push({
    setting: 'token_verification',
    option: 'modules_enabled',
    source: muc ? 'host' : 'default',
    line: muc?.options.modules_enabled?.line ?? null,
  });
  if (!muc) notes.push(`No MUC component for "${host.name}" in this file; MeetGate assumes token_verification is enabled on it.`);
  else if (!profile.token_verification)
    notes.push(`Component "${muc.name}" does not enable "token_verification": Prosody checks tokens at login only, never the room or sub.`);
  return { profile, settings, notes };
}
