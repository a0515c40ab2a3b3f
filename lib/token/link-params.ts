/**
 * Finds and removes `jwt` parameters in a page address, in the query and in the hash, keeping
 * every other parameter byte for byte (no re-encoding) and any plain `#anchor`.
 */

/** The token values found and the address without them. */
export interface LinkTokens {
  /** Values of `jwt` in the hash (Jitsi reads these first), decoded and unquoted. */
  hash: string[];
  /** Values of `jwt` in the query, decoded. */
  query: string[];
  /** The address with every `jwt` parameter removed. */
  cleaned: string;
}

/** Decodes a value, leaving a broken escape as it is (the inspector then reports it). */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Jitsi writes the hash token JSON-quoted (`#jwt="…"`); both forms are read. */
export function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not valid JSON: fall back to dropping the quotes.
    }
    return value.slice(1, -1);
  }
  return value;
}

/** Splits `a=1&jwt=x&b` into the kept parts and the jwt values. */
function split(part: string): { kept: string[]; values: string[] } {
  const kept: string[] = [];
  const values: string[] = [];
  for (const piece of part.split('&')) {
    const eq = piece.indexOf('=');
    const name = decode(eq >= 0 ? piece.slice(0, eq) : piece);
    if (name === 'jwt') values.push(eq >= 0 ? decode(piece.slice(eq + 1)) : '');
    else if (piece !== '') kept.push(piece);
  }
  return { kept, values };
}

/** The path, query and hash of `href`, each split into kept parts and `jwt` values (raw: hash values still quoted). */
export function linkParts(href: string) {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = beforeHash.indexOf('?');
  return {
    path: queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash,
    query: split(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : ''),
    hash: split(hashAt >= 0 ? href.slice(hashAt + 1) : ''),
  };
}

/** Reads and removes every `jwt` parameter of `href`. */
export function splitLinkTokens(href: string): LinkTokens {
  const { path, query, hash } = linkParts(href);
  const cleaned = path + (query.kept.length > 0 ? `?${query.kept.join('&')}` : '') + (hash.kept.length > 0 ? `#${hash.kept.join('&')}` : '');
  return { hash: hash.values.map(unquote), query: query.values, cleaned };
}

/** The address without any token, e.g. for a login `returnTo`. */
export function withoutLinkTokens(href: string): string {
  const found = splitLinkTokens(href);
  return found.hash.length + found.query.length > 0 ? found.cleaned : href;
}
