/**
 * Which host plays which part: the token-authenticated VirtualHost, the conference MUC, the guest
 * domain. Found the way Jitsi wires them: config.js `hosts.domain` / `hosts.muc` /
 * `hosts.anonymousdomain`, the VirtualHost's `main_muc`, else the Debian naming
 * (`conference.<domain>`, doc/debian/jitsi-meet-prosody/prosody.cfg.lua-jvb.example).
 */
import { clientSetting, stringOption, type Deployment, type Host } from './model.js';

/** Prosody's token authentication providers (mod_auth_token and Docker's hybrid_matrix_token). */
export const TOKEN_AUTH = new Set(['token', 'hybrid_matrix_token']);
/** Anonymous authentication providers used for guest domains. */
export const ANONYMOUS_AUTH = new Set(['anonymous', 'jitsi-anonymous']);

function hostsOf(d: Deployment, kind: Host['kind']): Host[] {
  return (d.hosts ?? []).filter((h) => h.kind === kind && h.enabled);
}

function named(d: Deployment, kind: Host['kind'], name: unknown): Host | undefined {
  return typeof name === 'string' ? hostsOf(d, kind).find((h) => h.name === name.toLowerCase()) : undefined;
}

/** The VirtualHost's authentication provider, if set as text. */
export function authenticationOf(host: Host | undefined): string | undefined {
  return stringOption(host, 'authentication')?.value;
}

/** VirtualHosts with token authentication. */
export function tokenHosts(d: Deployment): Host[] {
  return hostsOf(d, 'VirtualHost').filter((h) => TOKEN_AUTH.has(authenticationOf(h) ?? ''));
}

/** The main VirtualHost: config.js `hosts.domain`, else the (first) token host, else the first plain one. */
export function mainHost(d: Deployment): Host | undefined {
  const byClient = named(d, 'VirtualHost', clientSetting(d, 'hosts.domain')?.value);
  if (byClient) return byClient;
  const tokens = tokenHosts(d);
  if (tokens[0]) return tokens[0];
  return hostsOf(d, 'VirtualHost').find((h) => !/^(auth|guest|recorder|jigasi|hidden)\./.test(h.name));
}

/** The conference MUC component. */
export function mucComponent(d: Deployment): Host | undefined {
  const main = mainHost(d);
  const candidates = [clientSetting(d, 'hosts.muc')?.value, stringOption(main, 'main_muc')?.value, main ? `conference.${main.name}` : undefined];
  for (const name of candidates) {
    const found = named(d, 'Component', name);
    if (found) return found;
  }
  return hostsOf(d, 'Component').find((h) => h.plugin === 'muc' && !/^(lobby|breakout|internal)\./.test(h.name));
}

/** The guest (anonymous) VirtualHost: config.js `hosts.anonymousdomain`, else an anonymous host other than the main one. */
export function guestHost(d: Deployment): Host | undefined {
  const byClient = named(d, 'VirtualHost', clientSetting(d, 'hosts.anonymousdomain')?.value);
  if (byClient) return byClient;
  const main = mainHost(d);
  return hostsOf(d, 'VirtualHost').find((h) => h !== main && ANONYMOUS_AUTH.has(authenticationOf(h) ?? ''));
}

/** A VirtualHost or Component by name (enabled ones only). */
export function hostNamed(d: Deployment, kind: Host['kind'], name: string): Host | undefined {
  return named(d, kind, name);
}
