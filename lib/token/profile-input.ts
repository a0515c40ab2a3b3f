/**
 * Server profiles from outside: a page's attribute or property, a stored deployment, pasted
 * JSON. Everything is hostile until read here: only the `ServerProfile` settings, each with its
 * own type and bounds; unknown names, prototype tricks, control and direction characters, and
 * absurd sizes are refused with one sentence naming the setting.
 */
import { NAMED_PROFILES, type ServerProfile, type SignatureAlgorithm } from './profile.js';

/** A profile read from outside: the settings it sets, or why it cannot be used. */
export type ProfileInput = { ok: true; profile: Partial<ServerProfile> } | { ok: false; error: string };

/** Longest profile text (a name or JSON) read; a full profile is well under 2 kB. */
export const MAX_PROFILE_TEXT = 16_384;

const ALGORITHMS: readonly SignatureAlgorithm[] = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512'];
// C0/C1 controls, zero-width and bidirectional marks, BOM: never part of an issuer, host or name.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const MAX_LIST = 64;
const MAX_TEXT = 512;

type Reader = (value: unknown, setting: string) => { value: unknown } | string;

const text =
  (max: number): Reader =>
  (value, setting) => {
    if (typeof value !== 'string') return `${setting} must be text.`;
    if (value.length > max || HIDDEN.test(value)) return `${setting} is longer than ${max} characters or holds invisible characters.`;
    return { value };
  };
const nullable =
  (read: Reader): Reader =>
  (value, setting) =>
    value === null ? { value: null } : read(value, setting);
const oneOf =
  (choices: readonly string[]): Reader =>
  (value, setting) =>
    typeof value === 'string' && choices.includes(value) ? { value } : `${setting} is one of ${choices.join(', ')}.`;
const boolean: Reader = (value, setting) => (typeof value === 'boolean' ? { value } : `${setting} is true or false.`);
const count: Reader = (value, setting) =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 1_000_000
    ? { value }
    : `${setting} is a whole number from 0 to 1000000, or null for no limit.`;
const hostname: Reader = (value, setting) => {
  if (typeof value !== 'string') return `${setting} must be a domain such as meet.example.org.`;
  const host = value.trim().toLowerCase();
  // Prosody compares ASCII names (IDNA-encoded); a look-alike Unicode name must not pass for one.
  return HOSTNAME.test(host)
    ? { value: host }
    : `${setting} must be a domain such as meet.example.org (letters, digits, "-" and dots; punycode for other scripts).`;
};
const list: Reader = (value, setting) => {
  if (!Array.isArray(value)) return `${setting} must be a list of text.`;
  if (value.length > MAX_LIST) return `${setting} has more than ${MAX_LIST} entries.`;
  const item = text(MAX_TEXT);
  for (const entry of value) {
    const read = item(entry, `Each entry of ${setting}`);
    if (typeof read === 'string') return read;
  }
  return { value: Object.freeze([...value]) };
};

/** Every setting of `ServerProfile` and how to read it (built on first use, so a page that only inspects drops it). */
let readers: Readonly<Record<keyof ServerProfile, Reader>> | undefined;
const settingReaders = (): Readonly<Record<keyof ServerProfile, Reader>> =>
  (readers ??= {
    name: text(80),
    jaas: boolean,
    app_id: nullable(text(MAX_TEXT)),
    key_kind: oneOf(['secret', 'key-server']),
    signature_algorithm: oneOf(ALGORITHMS),
    asap_accepted_issuers: nullable(list),
    asap_accepted_audiences: list,
    enable_domain_verification: boolean,
    asap_require_room_claim: boolean,
    allow_empty_token: boolean,
    token_regex_enabled: boolean,
    token_regex_room_max_length: nullable(count),
    token_regex_max_quantifiers: nullable(count),
    room_pattern_case: oneOf(['kept', 'lowercased']),
    sub_claim_check: oneOf(['login', 'join']),
    domain: nullable(hostname),
    muc_mapper_domain_prefix: (value, setting) => {
      const read = hostname(value, setting);
      return typeof read === 'string' ? `${setting} is a name such as conference.` : read;
    },
    muc_mapper_domain_base: nullable(hostname),
    token_verification: boolean,
  });

/** A setting name safe to repeat in a message. */
function shown(name: string): string {
  return JSON.stringify(name.replace(new RegExp(HIDDEN.source, 'g'), '').slice(0, 40));
}

/**
 * Reads a profile object (parsed JSON, a stored value, a page's property). Unset settings are
 * left out (they keep the defaults of whatever it is layered on); unknown settings are refused,
 * since a misspelt one would silently change nothing.
 */
export function readServerProfile(value: unknown): ProfileInput {
  let plain: unknown;
  try {
    // A snapshot through JSON: getters run once, functions, symbols and prototypes fall away.
    // A number JSON cannot hold (NaN, Infinity) would turn into null ("no limit"): refused instead.
    plain = JSON.parse(
      JSON.stringify(value, (_key, item: unknown) => {
        if (typeof item === 'number' && !Number.isFinite(item)) throw new RangeError('not finite');
        return item;
      }) ?? 'null',
    );
  } catch {
    return { ok: false, error: 'The server profile is not plain data (a cycle, a number that is not finite, or a value JSON cannot hold).' };
  }
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { ok: false, error: 'The server profile must be an object of Prosody settings, such as {"enable_domain_verification": false}.' };
  }
  const READERS = settingReaders();
  const entries = Object.entries(plain);
  if (entries.length > Object.keys(READERS).length) return { ok: false, error: 'The server profile has more settings than there are.' };
  const profile: Record<string, unknown> = {};
  for (const [name, setting] of entries) {
    const read = Object.hasOwn(READERS, name) ? READERS[name as keyof ServerProfile] : undefined;
    if (!read) return { ok: false, error: `${shown(name)} is not a server profile setting (they are: ${Object.keys(READERS).join(', ')}).` };
    const result = read(setting, name);
    if (typeof result === 'string') return { ok: false, error: result };
    profile[name] = result.value;
  }
  return { ok: true, profile: profile as Partial<ServerProfile> };
}

/** A named profile (`jitsi-current`, `jitsi-2025`, `jaas`), or null; never an inherited property. */
export function namedProfile(name: string): ServerProfile | null {
  return Object.hasOwn(NAMED_PROFILES, name) ? (NAMED_PROFILES[name] ?? null) : null;
}

/**
 * Reads a profile written as text: a profile's name (`jitsi-2025`) or a JSON object of settings
 * (`{"enable_domain_verification": false}`), as in an HTML attribute.
 */
export function readProfileText(input: string): ProfileInput {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  if (trimmed.length > MAX_PROFILE_TEXT) return { ok: false, error: `The server profile has ${trimmed.length} characters; a full one needs under 2000.` };
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return { ok: false, error: 'The server profile starts with "{" but is not valid JSON.' };
    }
    return readServerProfile(parsed);
  }
  const named = namedProfile(trimmed);
  if (named) return { ok: true, profile: named };
  return { ok: false, error: `${shown(trimmed)} is neither a named server profile (${Object.keys(NAMED_PROFILES).join(', ')}) nor a JSON object of settings.` };
}
