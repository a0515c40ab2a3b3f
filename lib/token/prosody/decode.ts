/**
 * How Prosody reads a token's parts (jitsi/jitsi-meet `resources/prosody-plugins/luajwtjitsi.lib.lua`
 * `split_token` / `parse_token`, with basexx's `from_url64` and lua-cjson): the token is split
 * on runs of characters other than `.` and `\` (empty segments vanish, so `a..b.c` has three);
 * base64url ignores `=` anywhere and refuses any other foreign character; the JSON is strict,
 * without a byte-order mark, at most 1000 levels deep, and invalid UTF-8 passes through.
 */

/**
 * The decoded parts, or which part Prosody refuses and why: `token` (not three segments: Prosody
 * says "Invalid token"), `header` ("Invalid header"), `payload` ("Invalid body") or `signature`
 * ("Invalid signature"); `problem` is what is wrong with it (`depth`: deeper than cjson reads).
 */
export type ProsodyParts =
  | { ok: true; header: unknown; body: unknown }
  | { ok: false; part: 'token' | 'header' | 'payload' | 'signature'; problem: 'parts' | 'base64url' | 'json' | 'bom' | 'depth'; segments?: number };

const URL64 = /^[A-Za-z0-9_=-]*$/;
/** lua-cjson's default `decode_max_depth`. */
export const CJSON_MAX_DEPTH = 1000;

/** basexx `from_url64`: bytes, or null for a character outside the alphabet. */
export function fromUrl64(segment: string): Uint8Array | null {
  if (!URL64.test(segment)) return null;
  const clean = segment.replace(/=/g, '');
  const usable = clean.length - (clean.length % 4 === 1 ? 1 : 0);
  return Uint8Array.from(
    atob(
      clean
        .slice(0, usable)
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(usable / 4) * 4, '='),
    ),
    (c) => c.charCodeAt(0),
  );
}

/** Nesting depth of JSON text, ignoring brackets inside strings. */
function depth(text: string): number {
  let max = 0;
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++level);
    else if (c === '}' || c === ']') level--;
  }
  return max;
}

/** lua-cjson `decode` of a base64url segment: the value, or what is wrong (`depth`: past cjson's depth limit). */
export function cjsonDecode(segment: string): { value: unknown } | 'base64url' | 'json' | 'bom' | 'depth' {
  const bytes = fromUrl64(segment);
  if (!bytes) return 'base64url';
  // A BOM stays in the text (JSON.parse then refuses it, as cjson does); invalid UTF-8 passes.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  if (depth(text) > CJSON_MAX_DEPTH) return 'depth';
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return text.charCodeAt(0) === 0xfeff ? 'bom' : 'json';
  }
}

/** Splits and decodes a token as `parse_token` does. Never throws. */
export function prosodyDecode(token: string): ProsodyParts {
  const segments = token.match(/[^.\\]+/g) ?? [];
  if (segments.length !== 3) return { ok: false, part: 'token', problem: 'parts', segments: segments.length };
  const [h = '', b = '', s = ''] = segments;
  const header = cjsonDecode(h);
  if (typeof header === 'string') return { ok: false, part: 'header', problem: header === 'bom' ? 'json' : header };
  const body = cjsonDecode(b);
  if (typeof body === 'string') return { ok: false, part: 'payload', problem: body };
  if (!fromUrl64(s)) return { ok: false, part: 'signature', problem: 'base64url' };
  return { ok: true, header: header.value, body: body.value };
}
