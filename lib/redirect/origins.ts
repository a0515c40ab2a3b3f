/**
 * Exact-origin allow lists, used for both token messages (`allowedTokenOrigins`) and redirects
 * (`allowedRedirectOrigins`). Only full origins are accepted — `https://portal.example.org` —
 * because a wildcard or a bare host name would let any page (or any scheme) through.
 */

/** Thrown when an allow list or a configured URL is unusable; the message says how to fix it. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** Reads one configured origin, or throws with a hint. Accepts a trailing `/`, nothing more. */
export function parseOrigin(entry: unknown, setting: string): string {
  if (typeof entry !== 'string' || entry.trim() === '') {
    throw new ConfigurationError(`${setting}: every entry must be an origin such as "https://portal.example.org".`);
  }
  const text = entry.trim();
  if (text === '*' || text.includes('*')) {
    throw new ConfigurationError(`${setting}: "${text}" is a wildcard; list the exact origins that may be trusted instead.`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigurationError(`${setting}: "${text}" is not an origin; write it as "https://host[:port]".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${setting}: "${text}" must use https: (or http: for a local server).`);
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigurationError(`${setting}: "${text}" has more than an origin; drop the path, query and credentials.`);
  }
  return url.origin;
}

/** Validates a whole allow list; `undefined` gives an empty list. */
export function parseOriginList(entries: readonly string[] | undefined, setting: string): ReadonlySet<string> {
  if (entries === undefined) return new Set();
  if (!Array.isArray(entries)) throw new ConfigurationError(`${setting}: expected a list of origins.`);
  return new Set(entries.map((entry) => parseOrigin(entry, setting)));
}
