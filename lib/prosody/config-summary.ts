/**
 * What a person who pasted their Prosody config should see before it fills a deployment: the
 * VirtualHosts to choose from, the token settings read (value and where from), what could not be
 * evaluated (with its line), and which secrets the file holds — whose values are dropped as soon
 * as the file is read (`forgetSecrets`), so nothing downstream can keep them. Plain data, for the
 * extension's options page and any other UI.
 */
import type { ServerProfile } from '../token/profile.js';
import { readServerProfile } from '../token/profile-input.js';
import { profileFromProsodyConfig, type ProfileSetting } from './profile.js';
import type { ProsodyConfig, ProsodySection, ProsodySkipped } from './types.js';

/** An option holding a secret: its value is dropped, only its name and line are kept. */
export interface ForgottenSecret {
  option: string;
  /** `*` for the global section, else the host or component. */
  section: string;
  line: number;
}

/** One token setting as read: the Prosody option, its value in words, and where it came from. */
export interface SettingRow {
  setting: keyof ServerProfile;
  option: string;
  value: string;
  /** `line 26`, `line 12 (global)`, `default` (`default in jitsi-2025`), `line 5: not evaluated, default used`. */
  from: string;
}

/** The summary of one read config for one VirtualHost. */
export interface ConfigSummary {
  /** Every VirtualHost, those with `authentication = "token"` marked. */
  hosts: Array<{ name: string; token: boolean; line: number }>;
  /** The VirtualHost described, or null when none could be chosen (see `hostReason`). */
  host: string | null;
  hostReason: string;
  /** The server profile for that host; null without a host or when it is not a usable profile. */
  profile: ServerProfile | null;
  rows: SettingRow[];
  skipped: ProsodySkipped[];
  notes: string[];
  /** Why `profile` is null although a host was chosen (e.g. a host name that is not plain ASCII). */
  problem: string | null;
}

// Option names whose values are secrets (app_secret, external_service_secret, turncredentials_secret,
// component_secret, *_password; not muc_password_whitelist, a list of JIDs): never kept.
const SECRET_OPTION = /(?:secret|password|passphrase)$/i;

/**
 * The config with every secret option's value removed (the option keeps its name and line, so
 * "a secret is configured" still holds), and the list of what was removed.
 */
export function forgetSecrets(config: ProsodyConfig): { config: ProsodyConfig; secrets: ForgottenSecret[] } {
  const secrets: ForgottenSecret[] = [];
  const scrub = (section: ProsodySection): ProsodySection => {
    const options: ProsodySection['options'] = Object.create(null);
    for (const [name, option] of Object.entries(section.options)) {
      if (SECRET_OPTION.test(name)) {
        secrets.push({ option: name, section: section.name, line: option.line });
        options[name] = { name, line: option.line };
      } else {
        options[name] = option;
      }
    }
    return { ...section, options };
  };
  const global = scrub(config.global);
  const virtualHosts = config.virtualHosts.map(scrub);
  const components = config.components.map(scrub);
  const host = config.host ? (virtualHosts.find((h) => h.name === config.host?.name) ?? null) : null;
  return { config: { ...config, global, virtualHosts, components, host }, secrets: secrets.sort((a, b) => a.line - b.line) };
}

/** The config with `name` as its chosen VirtualHost (as `readProsodyConfig(text, { host })` would). */
function withHost(config: ProsodyConfig, name: string | undefined): ProsodyConfig {
  if (name === undefined) return config;
  const host = config.virtualHosts.find((h) => h.name === name.trim().toLowerCase()) ?? null;
  return { ...config, host, hostReason: host ? `VirtualHost "${host.name}", as chosen.` : `There is no VirtualHost "${name}" in this file.` };
}

/** A setting's value in words. */
function shown(profile: ServerProfile, setting: keyof ServerProfile): string {
  const value = profile[setting];
  if (setting === 'key_kind') return value === 'secret' ? 'shared secret (HS)' : 'key server (RS keys by kid)';
  if (setting === 'asap_accepted_issuers' && value === null) return profile.app_id ? `${profile.app_id} (app_id)` : 'app_id (not set)';
  if (value === null) return setting.startsWith('token_regex_') ? 'no limit' : 'not set';
  if (Array.isArray(value)) return value.join(', ') || '(none)';
  return String(value);
}

function fromText(setting: ProfileSetting, base: ServerProfile | undefined): string {
  // A release's own default says which release (the 2025 defaults differ from current Jitsi's).
  if (setting.source === 'default' || setting.line === null) return base && base.name !== 'jitsi-current' ? `default in ${base.name}` : 'default';
  if (setting.source === 'unevaluated') return `line ${setting.line}: not evaluated, default used`;
  return setting.source === 'global' ? `line ${setting.line} (global)` : `line ${setting.line}`;
}

/**
 * Summarises a config read by `readProsodyConfig` (pass it through `forgetSecrets` first) for
 * `host` (default: the reader's choice), with `base`'s defaults for what the file does not set.
 */
export function summarizeProsodyConfig(config: ProsodyConfig, options: { host?: string; base?: ServerProfile } = {}): ConfigSummary {
  const chosen = withHost(config, options.host);
  const hosts = config.virtualHosts.map((h) => ({
    name: h.name,
    line: h.line,
    token: (h.options.authentication?.value ?? config.global.options.authentication?.value) === 'token',
  }));
  const summary: ConfigSummary = {
    hosts,
    host: chosen.host?.name ?? null,
    hostReason: chosen.hostReason,
    profile: null,
    rows: [],
    skipped: config.skipped,
    notes: [],
    problem: null,
  };
  if (!chosen.host) return summary;
  const { profile, settings, notes } = options.base ? profileFromProsodyConfig(chosen, options.base) : profileFromProsodyConfig(chosen);
  summary.notes = notes.slice(1);
  summary.rows = settings.map((setting) => ({
    setting: setting.setting,
    from: fromText(setting, options.base),
    value: shown(profile, setting.setting),
    // token_verification is a module of the MUC component, not an option: say so.
    option: setting.setting === 'token_verification' ? 'token_verification (MUC modules_enabled)' : setting.option,
  }));
  summary.rows.unshift({ setting: 'domain', option: 'VirtualHost', value: chosen.host.name, from: `line ${chosen.host.line}` });
  // The profile is stored and trusted later: it must pass the same checks as any outside profile.
  const checked = readServerProfile(profile);
  if (checked.ok) summary.profile = profile;
  else summary.problem = `MeetGate cannot use this host's settings: ${checked.error}`;
  return summary;
}
