/**
 * Readers for single option fields. Each takes what the person typed and returns the clean
 * value or one sentence saying what is wrong and how it should look.
 */

/** A field's value, or why it cannot be used. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_URL_LENGTH = 2048;

/** Whether a host name is this computer, the only place plain http is tolerated (for testing). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Whether a hostname (no port) is a DNS name or an IP address. */
function isHostname(hostname: string): boolean {
  if (IPV4.test(hostname) || /^\[[0-9a-f:.]+\]$/.test(hostname)) return true;
  return hostname.length <= 253 && hostname.split('.').every((label) => LABEL.test(label));
}

/** Reads the deployment's web host: `meet.example.org`, `meet.example.org:8443`, or a bare https link to it. */
export function readDomain(text: string): FieldResult<string> {
  let candidate = text.trim().toLowerCase();
  if (candidate === '') return { ok: false, error: 'Enter the domain of the Jitsi deployment, for example meet.example.org.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(candidate)) {
    let url: URL;
    try {
      url = new URL(candidate);
    } catch {
      return { ok: false, error: 'This is not a valid address. Enter the domain only, for example meet.example.org.' };
    }
    if (url.protocol !== 'https:')
      return { ok: false, error: 'Jitsi deployments are reached over https; enter the domain only, for example meet.example.org.' };
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
      return { ok: false, error: 'Enter the domain only (meet.example.org), without a room or path; a tenant goes in the Tenant field.' };
    }
    candidate = url.host;
  }
  if (/[/?#@\\\s]/.test(candidate)) return { ok: false, error: 'Enter the domain only (meet.example.org), without a path, spaces or "@".' };
  let url: URL;
  try {
    url = new URL(`https://${candidate}`);
  } catch {
    return { ok: false, error: `"${text.trim()}" is not a valid domain; it should look like meet.example.org.` };
  }
  if (!isHostname(url.hostname)) return { ok: false, error: `"${text.trim()}" is not a valid domain; it should look like meet.example.org.` };
  return { ok: true, value: url.host };
}

/** Reads an address that must be https (http only on this computer, for testing). */
export function readSecureUrl(text: string, what: string, options: { allowQuery?: boolean } = {}): FieldResult<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `Enter the ${what}.` };
  if (trimmed.length > MAX_URL_LENGTH || CONTROL.test(trimmed)) return { ok: false, error: `The ${what} is too long or holds invisible characters.` };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: `The ${what} is not a valid address; it should start with https://.` };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, error: `The ${what} must use https:// (plain http is accepted only for 127.0.0.1 and localhost, for testing).` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: `The ${what} must start with https://.` };
  if (url.username || url.password) return { ok: false, error: `The ${what} must not contain a user name or password.` };
  if (url.hash) return { ok: false, error: `The ${what} must not contain a "#" part.` };
  if (url.search && !options.allowQuery) return { ok: false, error: `The ${what} must not contain a "?" query.` };
  return { ok: true, value: url.href };
}

/** Reads a list typed with commas, spaces or new lines; empty input gives an empty list. */
export function readList(text: string, what: string): FieldResult<string[]> {
  const items = [...new Set(text.split(/[\s,]+/).filter((item) => item !== ''))];
  const bad = items.find((item) => item.length > 512 || CONTROL.test(item));
  if (bad !== undefined) return { ok: false, error: `One ${what} is too long or holds invisible characters.` };
  return { ok: true, value: items };
}

/** Reads the optional tenant (a single path segment, without slashes). */
export function readTenant(text: string): FieldResult<string | null> {
  const trimmed = text.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(trimmed)) {
    return { ok: false, error: 'A tenant is one path segment of letters, digits, ".", "_" or "-" (for example "sales" in meet.example.org/sales/room).' };
  }
  return { ok: true, value: trimmed };
}

/** Reads an OAuth client id: visible ASCII characters, no spaces. */
export function readClientId(text: string): FieldResult<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Enter the client id registered at the provider (in Keycloak: the client\'s "Client ID", e.g. jitsi).' };
  if (!/^[\x21-\x7e]{1,256}$/.test(trimmed))
    return { ok: false, error: 'A client id has no spaces and only plain characters (letters, digits, "-", "_", ".").' };
  return { ok: true, value: trimmed };
}

/** Reads OAuth scopes (RFC 6749 scope tokens, space separated); empty gives `openid`. */
export function readScopes(text: string): FieldResult<string[]> {
  const scopes = [...new Set(text.split(/[\s,]+/).filter((scope) => scope !== ''))];
  if (scopes.length === 0) return { ok: true, value: ['openid'] };
  const bad = scopes.find((scope) => !/^[\x21\x23-\x5b\x5d-\x7e]{1,128}$/.test(scope));
  if (bad !== undefined)
    return { ok: false, error: `"${bad.slice(0, 40)}" is not a valid scope; scopes are words separated by spaces, like "openid profile".` };
  return { ok: true, value: scopes };
}

/** Reads the display name: trimmed, without control characters, at most 80 characters. */
export function readName(text: string, fallback: string): FieldResult<string> {
  const trimmed = text.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (trimmed.length > 80) return { ok: false, error: 'Keep the name under 80 characters.' };
  return { ok: true, value: trimmed === '' ? fallback : trimmed };
}
