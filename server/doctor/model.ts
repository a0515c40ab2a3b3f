/**
 * The deployment as the checks see it: Prosody hosts with their options and modules, jicofo's
 * role-related settings, config.js settings, each value with the file and line it came from.
 * Debian files and a docker-jitsi-meet `.env` (./docker.ts) both produce this model, so every check
 * works on both; `layout` only changes how a fix is spelled.
 */

/** Where a value was set. `line` is null for a default that no file sets. */
export interface Where {
  file: string | null;
  line: number | null;
}

/** A value with where it was set and how it is spelled there (`app_secret`, `JWT_APP_SECRET`). */
export interface Located<T> {
  value: T;
  at: Where;
  key: string;
}

/** A Prosody `VirtualHost` or `Component`. */
export interface Host {
  kind: 'VirtualHost' | 'Component';
  name: string;
  plugin: string | null;
  at: Where;
  /** `enabled = false` hosts are kept but skipped by the views. */
  enabled: boolean;
  /** Own options, then global ones (Prosody's host options fall back to the global section). */
  option(name: string): Located<unknown> | undefined;
  /** Own options only. */
  own(name: string): Located<unknown> | undefined;
  /** Modules: a VirtualHost's are the global list plus its own; a Component's are its own. */
  modules: Located<string>[];
}

/** jicofo's settings that decide roles (jicofo/src/main/kotlin/org/jitsi/jicofo/auth/AuthConfig.kt, ConferenceConfig.kt). */
export interface Jicofo {
  /** `org.jitsi.jicofo.auth.URL` (any value enables it) or `jicofo.authentication.enabled`. */
  authEnabled: Located<boolean> | null;
  authType: Located<string> | null;
  /** `org.jitsi.jicofo.DISABLE_AUTO_OWNER` (negated) or `jicofo.conference.enable-auto-owner`; default true. */
  autoOwner: Located<boolean> | null;
}

/** Everything the checks read. */
export interface Deployment {
  layout: 'debian' | 'docker';
  /** Null when no Prosody configuration was given (or none could be read). */
  hosts: Host[] | null;
  global: Map<string, Located<unknown>>;
  jicofo: Jicofo | null;
  /** config.js settings by dotted path; null when not given. */
  client: Map<string, Located<unknown>> | null;
  /** The `.env` variables (Docker only). */
  env: Map<string, Located<string>> | null;
}

/** Builds a Host from its options and module lists. */
export function makeHost(
  init: { kind: Host['kind']; name: string; plugin: string | null; at: Where; options: Map<string, Located<unknown>> },
  global: Map<string, Located<unknown>>,
): Host {
  const own = (name: string) => init.options.get(name);
  const listOf = (entry: Located<unknown> | undefined): Located<string>[] =>
    entry && Array.isArray(entry.value)
      ? entry.value.filter((m): m is string => typeof m === 'string').map((m) => ({ value: m, at: entry.at, key: entry.key }))
      : [];
  const disabled = new Set(listOf(own('modules_disabled')).map((m) => m.value));
  const modules = [...(init.kind === 'VirtualHost' ? listOf(global.get('modules_enabled')) : []), ...listOf(own('modules_enabled'))].filter(
    (m) => !disabled.has(m.value),
  );
  const enabled = own('enabled');
  return {
    kind: init.kind,
    name: init.name,
    plugin: init.plugin,
    at: init.at,
    enabled: !(enabled && enabled.value === false),
    own,
    option: (name) => own(name) ?? global.get(name),
    modules,
  };
}

/** The module named `name` on this host, if loaded. */
export function moduleOn(host: Host | null | undefined, name: string): Located<string> | undefined {
  return host?.modules.find((m) => m.value === name);
}

/** A string option's value, or undefined. */
export function stringOption(host: Host | null | undefined, name: string): Located<string> | undefined {
  const entry = host?.option(name);
  return entry && typeof entry.value === 'string' ? (entry as Located<string>) : undefined;
}

/** A list option (`{ "a", "b" }` or a single string) as strings, or undefined. */
export function listOption(host: Host | null | undefined, name: string): Located<string[]> | undefined {
  const entry = host?.option(name);
  if (!entry) return undefined;
  const value = Array.isArray(entry.value)
    ? entry.value.filter((v): v is string => typeof v === 'string')
    : typeof entry.value === 'string'
      ? [entry.value]
      : [];
  return { ...entry, value };
}

/** A client (config.js) setting. */
export function clientSetting(d: Deployment, path: string): Located<unknown> | undefined {
  return d.client?.get(path);
}
